//! Load test of the Telegram adapter: 500 private chats each send one message at the same
//! moment, through the real dispatcher and a fake Bot API. Every chat must get its answer exactly
//! once; the test prints the reply latency (from queueing the update to the reply reaching the
//! fake) at p50, p99 and max, and the total time.
//!
//! Ignored in CI; run with
//! `cargo test --release --test telegram_load -- --ignored --nocapture`.

#[path = "support/fake_bot_api.rs"]
mod fake_bot_api;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use fake_bot_api::{FakeBotApi, TgUser, BOT_USERNAME};
use kyr::conversation::{ChatContext, Conversation, Input};
use kyr::store::Store;
use kyr::{Catalog, Lang};

const CHATS: i64 = 500;
const FIRST_CHAT: i64 = 50_000;

/// Messages people send, in every language: urgent questions, rights questions, chatter.
const MESSAGES: [(&str, &str); 8] = [
    ("en", "ICE is at my door"),
    ("es-419", "la migra esta en mi puerta"),
    ("pt-BR", "ICE tá na minha porta"),
    ("ht", "imigrasyon nan pòt mwen"),
    ("en", "can the police ask about my immigration status"),
    ("es", "donde encuentro un abogado"),
    ("pt-BR", "o que é a lei trust act"),
    ("en", "hello"),
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "load test: run with --release -- --ignored --nocapture"]
async fn five_hundred_chats_at_once_are_each_answered_exactly_once() {
    let fake = FakeBotApi::start().await;
    let catalog = Arc::new(Catalog::embedded().expect("the embedded content loads"));
    let store = Arc::new(Store::open_in_memory().expect("in-memory store"));
    let running = kyr::telegram::start(fake.bot(), catalog.clone(), store, vec![], 25)
        .await
        .expect("the bot starts");

    // What each chat must receive, from the same conversation the bot runs.
    let conversation = Conversation::new(&catalog, BOT_USERNAME);
    let mut expected: HashMap<i64, Vec<String>> = HashMap::new();
    let mut users = Vec::new();
    for n in 0..CHATS {
        let (client, text) = MESSAGES[n as usize % MESSAGES.len()];
        let user = TgUser::new(FIRST_CHAT + n).lang(client);
        let context = ChatContext {
            chosen: None,
            client: Lang::from_tag(client),
        };
        expected.insert(user.id, conversation.handle(Input::Text(text), context).reply.parts);
        users.push((user, text));
    }
    let total_messages: usize = expected.values().map(Vec::len).sum();

    // Everyone writes at once.
    let started = Instant::now();
    let mut pushed_at = HashMap::new();
    for (user, text) in &users {
        pushed_at.insert(user.id, Instant::now());
        fake.push_private_text(user, text);
    }
    let all_sent = fake
        .wait_until(Duration::from_secs(120), |f| f.sent_count() >= total_messages)
        .await;
    let answered_in = started.elapsed();
    // Watch a little longer for duplicates.
    tokio::time::sleep(Duration::from_secs(2)).await;
    tokio::time::timeout(Duration::from_secs(10), running.stop())
        .await
        .expect("the bot stops");

    let sent = fake.sent();
    let mut by_chat: HashMap<i64, Vec<&fake_bot_api::SentMessage>> = HashMap::new();
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
                if got.iter().zip(parts).any(|(m, p)| &m.text != p) {
                    wrong.push(*chat);
                }
                // Latency of the whole answer: until its last part reached Telegram.
                let last = got.iter().map(|m| m.at).max().expect("at least one part");
                latencies.push(last - pushed_at[chat]);
            }
        }
    }
    let extra_chats: Vec<&i64> = by_chat.keys().filter(|c| !expected.contains_key(c)).collect();
    let failed_calls = fake.calls("sendMessage").into_iter().filter(|c| !c.ok()).count();

    latencies.sort();
    println!();
    println!(
        "chats: {CHATS}, reply messages: {} (expected {total_messages})",
        sent.len()
    );
    println!(
        "all answered: {all_sent}, in {:.0?} (total, from the first update queued)",
        answered_in
    );
    if !latencies.is_empty() {
        println!(
            "reply latency: p50 {:.1?}, p99 {:.1?}, max {:.1?}",
            percentile(&latencies, 50.0),
            percentile(&latencies, 99.0),
            latencies[latencies.len() - 1]
        );
    }
    println!(
        "getUpdates calls: {}, failed sendMessage calls: {failed_calls}",
        fake.call_count("getUpdates")
    );

    assert!(
        missing.is_empty(),
        "{} chats got no (or a partial) answer: {:?}",
        missing.len(),
        &missing[..missing.len().min(20)]
    );
    assert!(
        duplicated.is_empty(),
        "{} chats got their answer twice: {:?}",
        duplicated.len(),
        &duplicated[..duplicated.len().min(20)]
    );
    assert!(
        wrong.is_empty(),
        "{} chats got a different answer: {:?}",
        wrong.len(),
        &wrong[..wrong.len().min(20)]
    );
    assert!(
        extra_chats.is_empty(),
        "messages to chats that wrote nothing: {extra_chats:?}"
    );
    assert_eq!(failed_calls, 0);
    assert!(fake.rejected().is_empty());
}
