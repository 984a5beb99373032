//! A fake Telegram Bot API server for end-to-end tests, running inside the test process.
//!
//! It speaks the real HTTP protocol teloxide uses (`POST /bot<token>/<Method>`, JSON or form
//! bodies, the `{"ok":…}` envelope), so a test drives the bot's real dispatcher, long polling,
//! retries and error handling, with no network and no token.
//!
//! # Use
//!
//! ```ignore
//! use crate::support::fake_bot_api::{FakeBotApi, Fault, TgUser};
//!
//! let fake = FakeBotApi::start().await;
//! let running = kyr::adapters::telegram::start(fake.bot(), catalog, store, vec![], 25).await?;
//! let ana = TgUser::new(1001).lang("es-419");
//! fake.push_private_text(&ana, "/start");
//! let replies = fake.wait_for_messages(ana.id, 1, Duration::from_secs(5)).await;
//! assert_eq!(replies[0].parse_mode(), Some("HTML"));
//! running.stop().await;
//! ```
//!
//! # Layout
//!
//! - `server`: the HTTP server, its shared state, and how each method is answered;
//! - `fixtures`: users, chats and media, and the updates a test pushes to the bot;
//! - `recorded`: what the bot sent ([`Call`], [`SentMessage`]), and waiting for it;
//! - `faults`: failures a test injects ([`Fault`]);
//! - `validation`: Telegram's rules on what the bot sends (HTML, length, keyboards, inline results).
//!
//! # What it emulates
//!
//! * `getMe` (a bot `@kyr_test_bot` that can join groups and supports inline queries),
//!   `getUpdates` (long polling that answers at once when updates are queued, otherwise waits at
//!   most [`FakeBotApi::set_poll_wait`] (500 ms by default) and answers `[]`; it honours `offset`,
//!   `limit`, `timeout` and `allowed_updates`), `deleteWebhook`, `getWebhookInfo`.
//! * `sendMessage` (validated like Telegram: empty text, more than 4,096 visible characters, HTML
//!   that does not parse, or callback data over 64 bytes are answered with `400 Bad Request`),
//!   `editMessageText`, `editMessageReplyMarkup`, `answerCallbackQuery`, `answerInlineQuery`,
//!   `setMyCommands`, `setMyDescription`, `setMyShortDescription`, `getChatMember` (status per
//!   (chat, user), default `member`), `getChat`. Any other method answers `{"ok":true,"result":true}`.
//! * `sendPhoto` (`photos`): an upload (multipart) gets a fresh `file_id`, kept with its bytes;
//!   a known `file_id` (one uploaded, or one of the photos users send in the fixtures) is sent
//!   again without an upload, an unknown one is refused. A photo is a sent message like any other
//!   (its text is its caption); see [`FakeBotApi::photos_to`], [`SentMessage::uploaded`],
//!   [`FakeBotApi::photo_bytes`].
//! * Method names are matched case-insensitively (teloxide sends `SendMessage`); a wrong token
//!   gets `401 Unauthorized`.
//!
//! # Inspecting what the bot did
//!
//! Every request is recorded as a [`Call`] (method, parameters, time, status answered): see
//! [`FakeBotApi::calls`], [`FakeBotApi::call_count`], [`FakeBotApi::wait_for_calls`]. Messages the
//! fake *accepted* are also kept as [`SentMessage`]s (what a user would see): see
//! [`FakeBotApi::messages_to`], [`FakeBotApi::wait_for_messages`], [`FakeBotApi::sent`] (with
//! timestamps, for rate checks) and [`FakeBotApi::rejected`] (requests answered with a 4xx that the
//! test did not inject).
//!
//! # Injecting failures
//!
//! [`FakeBotApi::inject`] with a [`Fault`]: "the next K calls of method M (optionally for chat C)
//! answer with status S and this body". Shortcuts: [`Fault::too_many_requests`] (429 with
//! `retry_after`), [`Fault::server_error`] (500; requests sent through teloxide then sleep 10 s inside
//! the request, the bot's conversation replies are retried after a short backoff),
//! [`Fault::blocked`] (403 "Forbidden: bot was blocked by the user").

// The fake emulates more of the Bot API than today's tests exercise (channels, `getChat`, the
// long-poll wait, call statistics); what no test calls yet stays, documented, for the next test.
#![allow(dead_code, reason = "helpers for tests still to come")]

mod faults;
mod fixtures;
mod photos;
mod recorded;
mod server;
mod validation;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::Value;

pub use faults::Fault;
pub use fixtures::{text_message, Media, TgChat, TgUser};
pub use recorded::{keyboard_rows, Call, KeyButton, SentMessage};
pub use server::FakeBotApi;

/// The token [`FakeBotApi::bot`] uses and the fake accepts.
pub const TOKEN: &str = "123456:TEST-TOKEN";
/// The bot's user id (the part of [`TOKEN`] before the colon, as in real Telegram).
pub const BOT_ID: i64 = 123_456;
/// The bot's username, without `@`.
pub const BOT_USERNAME: &str = "kyr_test_bot";

/// Longest a `getUpdates` call with `timeout > 0` waits for an update by default.
pub const DEFAULT_POLL_WAIT: Duration = Duration::from_millis(500);

/// Seconds since the Unix epoch, as Telegram dates messages.
fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// `value[name]` when it is a string.
fn str_field<'a>(value: &'a Value, name: &str) -> Option<&'a str> {
    value.get(name).and_then(Value::as_str)
}

/// `params[name]` as an integer, whether sent as a JSON number or a string (form bodies).
fn int_param(params: &Value, name: &str) -> Option<i64> {
    match params.get(name)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// The rows of a reply markup's `inline_keyboard`, as sent.
fn raw_keyboard_rows(markup: Option<&Value>) -> impl Iterator<Item = &[Value]> {
    markup
        .and_then(|m| m.get("inline_keyboard"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|row| row.as_array().map_or(&[][..], Vec::as_slice))
}
