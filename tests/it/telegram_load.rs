//! Load test of the Telegram adapter: 500 private chats each send one message at the same
//! moment, through the real dispatcher and a fake Bot API. Every chat must get its answer exactly
//! once; the test prints the reply latency (from queueing the update to the reply reaching the
//! fake) at p50, p99 and max, and the total time.
//!
//! It runs two bursts on one bot: the first right after start-up (cold: every buffer, connection
//! and allocator page is new), the second a moment later (warm: how a bot that has been serving
//! meets a surge). Both must be answered exactly once; both sets of numbers are printed.
//!
//! Ignored in CI; run with
//!
//! ```text
//! cargo test --release --test it telegram_load -- --ignored --nocapture
//! ```

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use kyr::conversation::{ChatContext, Conversation, Input};
use kyr::store::Store;
use kyr::{Catalog, Lang};

use crate::support::fake_bot_api::{FakeBotApi, SentMessage, TgUser, BOT_USERNAME};

const CHATS: i64 = 500;
/// The bursts, in order, each with the number of its first chat: cold right after start-up, warm
/// a moment later with other chats.
const BURSTS: [(&str, i64); 2] = [("cold", 50_000), ("warm", 60_000)];

/// Messages people send, in every language: urgent questions, rights questions, chatter.
const MESSAGES: [(&str, &str); 12] = [
    ("en", "ICE is at my door"),
    ("es-419", "la migra esta en mi puerta"),
    ("pt-BR", "ICE tá na minha porta"),
    ("ht", "imigrasyon nan pòt mwen"),
    ("en", "can the police ask about my immigration status"),
    ("es", "donde encuentro un abogado"),
    ("pt-BR", "o que é a lei trust act"),
    ("en", "hello"),
    ("fr-CA", "l'ICE est à ma porte, je fais quoi"),
    ("pl", "ICE stoi pod drzwiami, co robić"),
    ("zh-hans", "移民局的人在我家门口"),
    ("ar-SA", "ICE عند باب البيت ماذا أفعل"),
];

/// CPU time used so far by every thread of this process, in nanoseconds (Linux schedstat).
fn cpu_ns() -> u64 {
    std::fs::read_dir("/proc/self/task")
        .expect("/proc/self/task lists this process's threads")
        .filter_map(|t| std::fs::read_to_string(t.ok()?.path().join("schedstat")).ok())
        .filter_map(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .sum()
}

/// The `p`th percentile (nearest rank) of sorted durations.
fn percentile(sorted: &[Duration], p: usize) -> Duration {
    let rank = (p * sorted.len()).div_ceil(100);
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Has `CHATS` chats, numbered from `first_chat`, write at once; checks that each got exactly
/// its answer and returns the sorted reply latencies.
async fn burst(name: &str, fake: &FakeBotApi, catalog: &Catalog, first_chat: i64) -> Vec<Duration> {
    // What each chat must receive, from the same conversation the bot runs.
    let conversation = Conversation::new(catalog, BOT_USERNAME);
    let mut expected: HashMap<i64, Vec<String>> = HashMap::new();
    let mut users = Vec::new();
    for n in 0..CHATS {
        let (client, text) = MESSAGES[usize::try_from(n).unwrap() % MESSAGES.len()];
        let user = TgUser::new(first_chat + n).lang(client);
        let context = ChatContext {
            chosen: None,
            client: Lang::from_tag(client),
            traditional_chinese: false,
        };
        expected.insert(user.id, conversation.handle(Input::Text(text), context).reply.parts);
        users.push((user, text));
    }
    let sent_before = fake.sent_count();
    let total_messages: usize = expected.values().map(Vec::len).sum();

    // Everyone writes at once.
    let cpu0 = cpu_ns();
    let started = Instant::now();
    let mut pushed_at = HashMap::new();
    for (user, text) in &users {
        pushed_at.insert(user.id, Instant::now());
        fake.push_private_text(user, text);
    }
    // Polled rather than woken on every request the fake serves: the harness should not take
    // CPU from the bot it measures (the fake timestamps each reply as it arrives).
    let deadline = Instant::now() + Duration::from_secs(120);
    while fake.sent_count() < sent_before + total_messages && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let all_sent = fake.sent_count() >= sent_before + total_messages;
    let answered_in = started.elapsed();
    let cpu_used = Duration::from_nanos(cpu_ns() - cpu0);
    // Watch a little longer for duplicates.
    tokio::time::sleep(Duration::from_secs(2)).await;

    let sent: Vec<_> = fake
        .sent()
        .into_iter()
        .filter(|m| (first_chat..first_chat + CHATS).contains(&m.chat_id))
        .collect();
    let mut by_chat: HashMap<i64, Vec<&SentMessage>> = HashMap::new();
    for message in &sent {
        by_chat.entry(message.chat_id).or_default().push(message);
    }
    let mut missing = Vec::new();
    let mut duplicated = Vec::new();
    let mut wrong = Vec::new();
    let mut latencies = Vec::new();
    for (chat, parts) in &expected {
        let got = by_chat.get(chat).map(Vec::as_slice).unwrap_or_default();
        match got.len().cmp(&parts.len()) {
            std::cmp::Ordering::Less => missing.push(*chat),
            std::cmp::Ordering::Greater => duplicated.push(*chat),
            std::cmp::Ordering::Equal => {
                if got.iter().zip(parts).any(|(m, p)| m.text() != p) {
                    wrong.push(*chat);
                }
                // Latency of the whole answer: until its last part reached Telegram.
                let last = got.iter().map(|m| m.at).max().expect("at least one part");
                latencies.push(last - pushed_at[chat]);
            }
        }
    }
    latencies.sort();

    println!();
    println!(
        "{name} burst: {CHATS} chats, reply messages: {} (expected {total_messages})",
        sent.len()
    );
    println!("all answered: {all_sent}, in {answered_in:.0?} (total, from the first update queued)");
    println!("CPU time used meanwhile (bot and fake together, all threads): {cpu_used:.0?}");
    if !latencies.is_empty() {
        println!(
            "reply latency: p50 {:.1?}, p99 {:.1?}, max {:.1?}",
            percentile(&latencies, 50),
            percentile(&latencies, 99),
            latencies[latencies.len() - 1]
        );
    }

    assert!(
        missing.is_empty(),
        "{name}: {} chats got no (or a partial) answer: {:?}",
        missing.len(),
        &missing[..missing.len().min(20)]
    );
    assert!(
        duplicated.is_empty(),
        "{name}: {} chats got their answer twice: {:?}",
        duplicated.len(),
        &duplicated[..duplicated.len().min(20)]
    );
    assert!(
        wrong.is_empty(),
        "{name}: {} chats got a different answer: {:?}",
        wrong.len(),
        &wrong[..wrong.len().min(20)]
    );
    latencies
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "load test: run with --release -- --ignored --nocapture"]
async fn five_hundred_chats_at_once_are_each_answered_exactly_once() {
    // As `kyr run` does: batch settings while the content loads, serving settings after.
    kyr::tune_allocator(kyr::Workload::Batch);
    let fake = FakeBotApi::start().await;
    let catalog = Arc::new(kyr::check::load_embedded().expect("the embedded content loads"));
    let store = Arc::new(Store::open_in_memory().expect("in-memory store"));
    kyr::tune_allocator(kyr::Workload::Serving);
    let running = kyr::adapters::telegram::start(fake.bot(), catalog.clone(), store, vec![], 25)
        .await
        .expect("the bot starts");

    for (name, first_chat) in BURSTS {
        burst(name, &fake, &catalog, first_chat).await;
    }

    tokio::time::timeout(Duration::from_secs(10), running.stop())
        .await
        .expect("the bot stops");

    let chats: std::collections::HashSet<i64> = fake.sent().iter().map(|m| m.chat_id).collect();
    let strangers: Vec<&i64> = chats
        .iter()
        .filter(|c| !BURSTS.iter().any(|(_, first)| (*first..first + CHATS).contains(*c)))
        .collect();
    let failed_calls = fake.calls("sendMessage").into_iter().filter(|c| !c.ok()).count();
    println!(
        "getUpdates calls: {}, failed sendMessage calls: {failed_calls}",
        fake.call_count("getUpdates")
    );
    assert!(
        strangers.is_empty(),
        "messages to chats that wrote nothing: {strangers:?}"
    );
    assert_eq!(failed_calls, 0);
    assert!(fake.rejected().is_empty());
}
