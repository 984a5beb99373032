//! Measurements of alert delivery through `TelegramSender` (paced by the broadcaster's sliding
//! window, over HTTP) to the fake Bot API server: time and messages per second for 1,000 and
//! 10,000 subscribers at the default rate (25/s), and 1,000 at Telegram's ceiling (30/s; no rate
//! goes above it).
//!
//! Ignored by default (the 10,000 case at 25/s takes about seven minutes). Run them one at a
//! time, in release:
//!
//! ```text
//! cargo test --release --test it alerts_bench -- --ignored --nocapture --test-threads=1
//! cargo test --release --test it bench_1000 -- --ignored --nocapture    # just one of them
//! ```

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kyr::adapters::telegram::TelegramSender;
use kyr::alerts::Broadcaster;
use kyr::store::{Store, STATEWIDE};
use kyr::Lang;

use crate::support::fake_bot_api::FakeBotApi;
use crate::support::rate::max_in_window;

/// Delivers one statewide alert to `chats` subscribers at `rate` and prints the measurements.
async fn measure(chats: usize, rate: u32) {
    let catalog = Arc::new(kyr::check::load_embedded().expect("the embedded content loads"));
    let fake = FakeBotApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open(&dir.path().join("kyr.sqlite3")).unwrap());
    let setup = Instant::now();
    for (i, chat) in (100_000..).take(chats).enumerate() {
        store.subscribe(chat, Lang::ALL[i % 4], &[]).unwrap();
    }
    let texts: BTreeMap<Lang, String> = Lang::ALL
        .iter()
        .map(|&l| (l, format!("Checkpoint on Route 1 &amp; Main St, Stamford ({l})")))
        .collect();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        .try_into()
        .unwrap();
    let alert = store.create_alert(STATEWIDE, &texts, now).unwrap();
    let setup = setup.elapsed();

    let sender = Arc::new(TelegramSender::new(
        fake.bot(),
        catalog.clone(),
        Arc::new(Mutex::new(HashMap::new())),
    ));
    let broadcaster = Broadcaster::new(store.clone(), catalog, sender, rate);
    let started = Instant::now();
    let counts = broadcaster.deliver(alert).await.unwrap();
    let elapsed = started.elapsed();

    assert_eq!(usize::try_from(counts.sent).unwrap(), chats, "{counts:?}");
    assert_eq!(fake.sent().len(), chats);
    let instants: Vec<Instant> = fake.calls("sendMessage").iter().map(|c| c.at).collect();
    let first = *instants.iter().min().unwrap();
    let last = *instants.iter().max().unwrap();
    let span = last - first;
    let sliding = max_in_window(&instants, Duration::from_secs(1));
    let sliding_950 = max_in_window(&instants, Duration::from_millis(950));
    let ideal = Duration::from_secs_f64(chats as f64 / f64::from(rate));
    println!(
        "BENCH {chats:>6} subscribers, rate {rate:>4}/s: delivered in {:>7.1} s = {:>7.1} msg/s \
         ({:.0}% of the limit; ideal {:.1} s); server saw first→last {:.1} s; \
         most requests in any 1 s window {sliding} (in any 950 ms window {sliding_950}); \
         setup (subscribe + queue) {:.2} s",
        elapsed.as_secs_f64(),
        chats as f64 / elapsed.as_secs_f64(),
        100.0 * chats as f64 / elapsed.as_secs_f64() / f64::from(rate),
        ideal.as_secs_f64(),
        span.as_secs_f64(),
        setup.as_secs_f64(),
    );
    assert!(
        sliding <= rate.min(30) as usize,
        "{sliding} requests within one second at rate {rate}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "measurement: about 40 s"]
async fn bench_1000_subscribers_at_the_default_rate() {
    measure(1_000, 25).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "measurement: about 7 minutes"]
async fn bench_10000_subscribers_at_the_default_rate() {
    measure(10_000, 25).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "measurement: about 35 s"]
async fn bench_1000_subscribers_at_30_per_second() {
    measure(1_000, 30).await;
}
