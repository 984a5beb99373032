//! What the bot did: every request ([`Call`]), every message the fake accepted
//! ([`SentMessage`]), and waiting for them.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::server::{Answer, FakeBotApi};
use super::{int_param, raw_keyboard_rows, str_field};

/// One request the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    /// The method as the client spelled it (teloxide: `SendMessage`).
    pub method: String,
    /// The parameters (JSON body, form fields, or query string), as JSON (shared with
    /// [`SentMessage`], not copied).
    pub params: Arc<Value>,
    /// When the request arrived.
    pub at: Instant,
    /// Whether the answer came from an injected [`Fault`].
    pub injected: bool,
    pub(super) answer: Arc<Answer>,
}

impl Call {
    /// Whether this call is `method` (case-insensitive).
    pub fn is(&self, method: &str) -> bool {
        self.method.eq_ignore_ascii_case(method)
    }

    /// The numeric `chat_id` parameter, if any.
    pub fn chat_id(&self) -> Option<i64> {
        int_param(&self.params, "chat_id")
    }

    /// HTTP status the fake answered.
    pub fn status(&self) -> u16 {
        self.answer.status
    }

    /// Whether the fake answered `ok: true`.
    pub fn ok(&self) -> bool {
        self.status() == 200
    }

    /// A string parameter.
    pub fn str_param(&self, name: &str) -> Option<&str> {
        str_field(&self.params, name)
    }

    /// The JSON the fake answered.
    pub fn response(&self) -> &Value {
        self.answer.json()
    }
}

/// A button of an inline keyboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyButton {
    /// Label.
    pub text: String,
    /// `callback_data`, for callback buttons.
    pub callback_data: Option<String>,
    /// `switch_inline_query`, for "share" buttons.
    pub switch_inline_query: Option<String>,
    /// `url`, for link buttons.
    pub url: Option<String>,
}

/// Parses the `inline_keyboard` of a reply markup into rows of buttons.
pub fn keyboard_rows(markup: Option<&Value>) -> Vec<Vec<KeyButton>> {
    let field = |button: &Value, name: &str| str_field(button, name).map(str::to_string);
    raw_keyboard_rows(markup)
        .map(|row| {
            row.iter()
                .map(|b| KeyButton {
                    text: field(b, "text").unwrap_or_default(),
                    callback_data: field(b, "callback_data"),
                    switch_inline_query: field(b, "switch_inline_query"),
                    url: field(b, "url"),
                })
                .collect()
        })
        .collect()
}

/// A message the fake accepted from `sendMessage` (what the user would see).
#[derive(Debug, Clone)]
pub struct SentMessage {
    /// Id the fake gave it.
    pub message_id: i64,
    /// The chat it was sent to.
    pub chat_id: i64,
    /// When the fake received it.
    pub at: Instant,
    /// The request's parameters.
    pub(super) params: Arc<Value>,
    /// The answer the fake gave: `{"ok": true, "result": <Message>}`.
    pub(super) answer: Arc<Answer>,
}

impl SentMessage {
    /// The text as sent (HTML source when `parse_mode` is HTML); a photo's caption.
    pub fn text(&self) -> &str {
        str_field(&self.params, "text")
            .or_else(|| str_field(&self.params, "caption"))
            .unwrap_or_default()
    }

    /// The `photo` sent (a file id), for `sendPhoto`.
    pub fn photo(&self) -> Option<&str> {
        str_field(&self.params, "photo")
    }

    /// `parse_mode`, such as `HTML`.
    pub fn parse_mode(&self) -> Option<&str> {
        str_field(&self.params, "parse_mode")
    }

    /// The `Message` JSON the fake answered (used to build callback queries and replies).
    pub fn message(&self) -> &Value {
        &self.answer.json()["result"]
    }

    /// `reply_markup`, as sent.
    pub fn reply_markup(&self) -> Option<&Value> {
        self.params.get("reply_markup")
    }

    /// The inline keyboard, as rows of buttons (empty without one).
    pub fn keyboard(&self) -> Vec<Vec<KeyButton>> {
        keyboard_rows(self.reply_markup())
    }

    /// Every button, row by row.
    pub fn buttons(&self) -> Vec<KeyButton> {
        self.keyboard().into_iter().flatten().collect()
    }

    /// The `callback_data` of every callback button.
    pub fn callback_data(&self) -> Vec<String> {
        self.buttons().into_iter().filter_map(|b| b.callback_data).collect()
    }
}

impl FakeBotApi {
    /// Every request so far, in arrival order.
    pub fn all_calls(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }

    /// Requests of `method` (case-insensitive), in arrival order.
    pub fn calls(&self, method: &str) -> Vec<Call> {
        self.shared
            .lock()
            .calls
            .iter()
            .filter(|c| c.is(method))
            .cloned()
            .collect()
    }

    /// How many requests of `method` arrived (including failed ones).
    pub fn call_count(&self, method: &str) -> usize {
        self.shared.lock().calls.iter().filter(|c| c.is(method)).count()
    }

    /// Requests per method (method names lower-cased).
    pub fn call_counts(&self) -> HashMap<String, usize> {
        let mut counts = HashMap::new();
        for call in &self.shared.lock().calls {
            *counts.entry(call.method.to_ascii_lowercase()).or_insert(0) += 1;
        }
        counts
    }

    /// Requests answered with a 4xx that no injected fault caused: what real Telegram would have
    /// refused (bad HTML, too long, bad callback data, wrong token).
    pub fn rejected(&self) -> Vec<Call> {
        self.shared
            .lock()
            .calls
            .iter()
            .filter(|c| !c.injected && (400..500).contains(&c.status()))
            .cloned()
            .collect()
    }

    /// Every message accepted so far, in arrival order, with its timestamp (for rate checks).
    pub fn sent(&self) -> Vec<SentMessage> {
        self.shared.lock().sent.clone()
    }

    /// How many messages were accepted so far (cheap: no copies).
    pub fn sent_count(&self) -> usize {
        self.shared.lock().sent.len()
    }

    /// How many messages were accepted for `chat_id` so far.
    pub fn count_to(&self, chat_id: i64) -> usize {
        self.shared.lock().sent.iter().filter(|m| m.chat_id == chat_id).count()
    }

    /// The arrival times of accepted `sendMessage` calls, with their chat.
    pub fn send_times(&self) -> Vec<(i64, Instant)> {
        self.shared.lock().sent.iter().map(|m| (m.chat_id, m.at)).collect()
    }

    /// Messages accepted for `chat_id`, in order.
    pub fn messages_to(&self, chat_id: i64) -> Vec<SentMessage> {
        self.shared
            .lock()
            .sent
            .iter()
            .filter(|m| m.chat_id == chat_id)
            .cloned()
            .collect()
    }

    /// Waits until `condition` holds on the fake's state, checking after every request.
    /// Returns `false` on timeout.
    pub async fn wait_until(&self, timeout: Duration, mut condition: impl FnMut(&FakeBotApi) -> bool) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let changed = self.shared.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            if condition(self) {
                return true;
            }
            if tokio::time::timeout_at(deadline, changed).await.is_err() {
                return condition(self);
            }
        }
    }

    /// Waits until at least `n` messages were accepted for `chat_id` and returns all of them.
    /// Panics with what did arrive after `timeout`.
    pub async fn wait_for_messages(&self, chat_id: i64, n: usize, timeout: Duration) -> Vec<SentMessage> {
        if !self.wait_until(timeout, |f| f.count_to(chat_id) >= n).await {
            let got = self.messages_to(chat_id);
            panic!(
                "timed out after {timeout:?} waiting for {n} message(s) to chat {chat_id}; got {}:\n{:#?}\nrecent calls: {:#?}",
                got.len(),
                got.iter().map(|m| m.text().chars().take(120).collect::<String>()).collect::<Vec<_>>(),
                self.recent_calls(12)
            );
        }
        self.messages_to(chat_id)
    }

    /// Waits until at least `n` calls of `method` arrived and returns all of them. Panics on
    /// timeout.
    pub async fn wait_for_calls(&self, method: &str, n: usize, timeout: Duration) -> Vec<Call> {
        if !self.wait_until(timeout, |f| f.call_count(method) >= n).await {
            panic!(
                "timed out after {timeout:?} waiting for {n} {method} call(s); got {}; recent calls: {:#?}",
                self.call_count(method),
                self.recent_calls(12)
            );
        }
        self.calls(method)
    }

    /// Waits `quiet` and then returns the messages of `chat_id`: for asserting that nothing more
    /// arrives.
    pub async fn messages_after(&self, chat_id: i64, quiet: Duration) -> Vec<SentMessage> {
        tokio::time::sleep(quiet).await;
        self.messages_to(chat_id)
    }

    fn recent_calls(&self, n: usize) -> Vec<String> {
        let state = self.shared.lock();
        state
            .calls
            .iter()
            .rev()
            .filter(|c| !c.is("getUpdates"))
            .take(n)
            .map(|c| format!("{} {} chat={:?}", c.method, c.status(), c.chat_id()))
            .collect()
    }
}
