//! A fake Telegram Bot API server for end-to-end tests, running inside the test process.
//!
//! It speaks the real HTTP protocol teloxide uses (`POST /bot<token>/<Method>`, JSON or form
//! bodies, the `{"ok":…}` envelope), so a test drives the bot's real dispatcher, long polling,
//! retries and error handling, with no network and no token.
//!
//! # Use
//!
//! ```ignore
//! #[path = "support/fake_bot_api.rs"]
//! mod fake_bot_api;
//! use fake_bot_api::{FakeBotApi, Fault, TgUser};
//!
//! let fake = FakeBotApi::start().await;
//! let running = kyr::adapters::telegram::start(fake.bot(), catalog, store, vec![], 25).await?;
//! let ana = TgUser::new(1001).lang("es-419");
//! fake.push_private_text(&ana, "/start");
//! let replies = fake.wait_for_messages(ana.id, 1, Duration::from_secs(5)).await;
//! assert_eq!(replies[0].parse_mode.as_deref(), Some("HTML"));
//! running.stop().await;
//! ```
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

#![allow(dead_code)]

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use axum::Router;
use serde::Serialize;
use serde_json::{json, Map, Value};
use tokio::sync::{oneshot, Notify};

/// The token [`FakeBotApi::bot`] uses and the fake accepts.
pub const TOKEN: &str = "123456:TEST-TOKEN";
/// The bot's user id (the part of [`TOKEN`] before the colon, as in real Telegram).
pub const BOT_ID: i64 = 123_456;
/// The bot's username, without `@`.
pub const BOT_USERNAME: &str = "kyr_test_bot";

/// Longest a `getUpdates` call with `timeout > 0` waits for an update by default.
pub const DEFAULT_POLL_WAIT: Duration = Duration::from_millis(500);

// ================================================================================== test users

/// A Telegram user who writes to the bot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TgUser {
    /// User id; also the id of the private chat with the bot.
    pub id: i64,
    /// First name.
    pub first_name: String,
    /// Username, without `@`.
    pub username: Option<String>,
    /// The client's language (`language_code`), such as `pt-BR`.
    pub language_code: Option<String>,
}

impl TgUser {
    /// A user with this id, no username and no client language.
    pub fn new(id: i64) -> TgUser {
        TgUser {
            id,
            first_name: format!("User{id}"),
            username: None,
            language_code: None,
        }
    }

    /// The same user with Telegram's `language_code` set (an IETF tag such as `es-419`).
    pub fn lang(mut self, code: &str) -> TgUser {
        self.language_code = Some(code.to_string());
        self
    }

    /// The same user with a username.
    pub fn username(mut self, name: &str) -> TgUser {
        self.username = Some(name.to_string());
        self
    }

    /// The user as Bot API JSON.
    pub fn json(&self) -> Value {
        let mut user = json!({ "id": self.id, "is_bot": false, "first_name": self.first_name });
        if let Some(name) = &self.username {
            user["username"] = json!(name);
        }
        if let Some(code) = &self.language_code {
            user["language_code"] = json!(code);
        }
        user
    }

    /// The user's private chat with the bot.
    pub fn chat(&self) -> TgChat {
        TgChat::private(self)
    }
}

/// The kind of a chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatKind {
    /// A one-to-one chat with a user.
    Private,
    /// A basic group.
    Group,
    /// A supergroup.
    Supergroup,
    /// A channel.
    Channel,
}

/// A chat updates come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TgChat {
    /// Chat id (positive for users, negative for groups; supergroups and channels use -100…).
    pub id: i64,
    /// Kind of chat.
    pub kind: ChatKind,
    /// Title of a group or channel; first name of a private chat.
    pub title: String,
    /// Public username, if any (channels).
    pub username: Option<String>,
}

impl TgChat {
    /// The private chat with `user`.
    pub fn private(user: &TgUser) -> TgChat {
        TgChat {
            id: user.id,
            kind: ChatKind::Private,
            title: user.first_name.clone(),
            username: user.username.clone(),
        }
    }

    /// A basic group; `id` should be negative.
    pub fn group(id: i64, title: &str) -> TgChat {
        TgChat {
            id,
            kind: ChatKind::Group,
            title: title.to_string(),
            username: None,
        }
    }

    /// A supergroup; `id` should look like `-100…`.
    pub fn supergroup(id: i64, title: &str) -> TgChat {
        TgChat {
            id,
            kind: ChatKind::Supergroup,
            title: title.to_string(),
            username: None,
        }
    }

    /// A channel; `id` should look like `-100…`.
    pub fn channel(id: i64, title: &str, username: Option<&str>) -> TgChat {
        TgChat {
            id,
            kind: ChatKind::Channel,
            title: title.to_string(),
            username: username.map(str::to_string),
        }
    }

    /// The chat as Bot API JSON (the short `Chat` object found in messages).
    pub fn json(&self) -> Value {
        let mut chat = match self.kind {
            ChatKind::Private => json!({ "id": self.id, "type": "private", "first_name": self.title }),
            ChatKind::Group => json!({ "id": self.id, "type": "group", "title": self.title }),
            ChatKind::Supergroup => json!({ "id": self.id, "type": "supergroup", "title": self.title }),
            ChatKind::Channel => json!({ "id": self.id, "type": "channel", "title": self.title }),
        };
        if let Some(name) = &self.username {
            chat["username"] = json!(name);
        }
        chat
    }
}

/// A non-text message a user can send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Media {
    /// A sticker.
    Sticker,
    /// A photo (several sizes).
    Photo,
    /// A voice message.
    Voice,
    /// A shared location.
    Location,
    /// A file.
    Document,
}

impl Media {
    /// Every kind, for loops.
    pub const ALL: [Media; 5] = [
        Media::Sticker,
        Media::Photo,
        Media::Voice,
        Media::Location,
        Media::Document,
    ];

    /// The message fields of this media kind.
    fn fields(self) -> Vec<(&'static str, Value)> {
        match self {
            Media::Sticker => vec![(
                "sticker",
                json!({
                    "file_id": "CAACAgIAAxkBAAEBsticker", "file_unique_id": "AgADsticker",
                    "type": "regular", "width": 512, "height": 512, "emoji": "👍",
                    "set_name": "TestStickers", "is_animated": false, "is_video": false, "file_size": 18290
                }),
            )],
            Media::Photo => vec![(
                "photo",
                json!([
                    { "file_id": "AgACAgIAAxkBphoto-s", "file_unique_id": "AQADphoto-s", "file_size": 1200, "width": 90, "height": 67 },
                    { "file_id": "AgACAgIAAxkBphoto-m", "file_unique_id": "AQADphoto-m", "file_size": 14000, "width": 320, "height": 240 }
                ]),
            )],
            Media::Voice => vec![(
                "voice",
                json!({ "file_id": "AwACAgIAAxkBvoice", "file_unique_id": "AgADvoice", "duration": 4, "mime_type": "audio/ogg", "file_size": 9000 }),
            )],
            Media::Location => vec![("location", json!({ "latitude": 41.7658, "longitude": -72.6734 }))],
            Media::Document => vec![(
                "document",
                json!({ "file_id": "BQACAgIAAxkBdoc", "file_unique_id": "AgADdoc", "file_name": "letter.pdf", "mime_type": "application/pdf", "file_size": 52000 }),
            )],
        }
    }
}

/// The bot's own user JSON.
pub fn bot_user_json() -> Value {
    json!({ "id": BOT_ID, "is_bot": true, "first_name": "kyr (test)", "username": BOT_USERNAME })
}

// ============================================================================ what was recorded

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
    answer: Arc<Answer>,
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

/// An answer as the fake sent it: the bytes written, parsed back only when a test looks at them
/// (a surge of replies should cost the fake as little as it costs Telegram).
#[derive(Debug)]
struct Answer {
    status: u16,
    bytes: Bytes,
    json: OnceLock<Value>,
}

impl Answer {
    fn new(status: u16, body: &impl Serialize) -> Arc<Answer> {
        // Written into a reused buffer and kept at its exact size: the fake keeps every answer,
        // and a buffer sized for the longest would hold kilobytes for each `true`.
        thread_local! {
            static SCRATCH: std::cell::RefCell<Vec<u8>> = std::cell::RefCell::new(Vec::with_capacity(8 * 1024));
        }
        let bytes = SCRATCH.with_borrow_mut(|scratch| {
            scratch.clear();
            serde_json::to_writer(&mut *scratch, body).expect("the fake's answers serialize");
            Bytes::copy_from_slice(scratch)
        });
        Arc::new(Answer {
            status,
            bytes,
            json: OnceLock::new(),
        })
    }

    fn json(&self) -> &Value {
        self.json
            .get_or_init(|| serde_json::from_slice(&self.bytes).expect("the fake answers JSON"))
    }
}

/// `{"ok": true, "result": …}`.
#[derive(Serialize)]
struct Success<T> {
    ok: bool,
    result: T,
}

/// The `Message` Telegram echoes for a message the bot sent or edited.
#[derive(Serialize)]
struct EchoedMessage<'a> {
    message_id: i64,
    from: &'static Value,
    chat: &'a Value,
    date: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    edit_date: Option<i64>,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reply_markup: Option<&'a Value>,
}

impl<'a> EchoedMessage<'a> {
    /// The echo of `text` with the inline keyboard of `params`, if it has one.
    fn new(message_id: i64, chat: &'a Value, text: &'a str, params: &'a Value) -> EchoedMessage<'a> {
        static BOT_USER: OnceLock<Value> = OnceLock::new();
        EchoedMessage {
            message_id,
            from: BOT_USER.get_or_init(bot_user_json),
            chat,
            date: unix_now(),
            edit_date: None,
            text,
            reply_markup: params
                .get("reply_markup")
                .filter(|m| m.get("inline_keyboard").is_some()),
        }
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

/// The rows of a reply markup's `inline_keyboard`, as sent.
fn raw_keyboard_rows(markup: Option<&Value>) -> impl Iterator<Item = &[Value]> {
    markup
        .and_then(|m| m.get("inline_keyboard"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|row| row.as_array().map_or(&[][..], Vec::as_slice))
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
    params: Arc<Value>,
    /// The answer the fake gave: `{"ok": true, "result": <Message>}`.
    answer: Arc<Answer>,
}

impl SentMessage {
    /// The text as sent (HTML source when `parse_mode` is HTML).
    pub fn text(&self) -> &str {
        str_field(&self.params, "text").unwrap_or_default()
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

// ================================================================================== faults

/// An injected failure: the next [`Fault::times`] calls of a method (optionally only for one
/// chat) are answered with this status and body instead of being served.
#[derive(Debug, Clone)]
pub struct Fault {
    method: String,
    chat_id: Option<i64>,
    times: usize,
    status: u16,
    body: Value,
}

impl Fault {
    /// Calls of `method` answer `status` with `body` (once, for any chat, until changed).
    pub fn new(method: &str, status: u16, body: Value) -> Fault {
        Fault {
            method: method.to_string(),
            chat_id: None,
            times: 1,
            status,
            body,
        }
    }

    /// Calls of `method` answer `status` with the standard error envelope and `description`.
    pub fn error(method: &str, status: u16, description: &str) -> Fault {
        Fault::new(
            method,
            status,
            json!({ "ok": false, "error_code": status, "description": description }),
        )
    }

    /// 429 flood control with `retry_after` seconds.
    pub fn too_many_requests(method: &str, retry_after: u64) -> Fault {
        Fault::new(
            method,
            429,
            json!({
                "ok": false, "error_code": 429,
                "description": format!("Too Many Requests: retry after {retry_after}"),
                "parameters": { "retry_after": retry_after }
            }),
        )
    }

    /// 500 Internal Server Error. Requests sent through teloxide sleep 10 s inside the request after
    /// any 5xx; the bot's conversation replies do not.
    pub fn server_error(method: &str) -> Fault {
        Fault::error(method, 500, "Internal Server Error")
    }

    /// 403 "Forbidden: bot was blocked by the user".
    pub fn blocked(method: &str) -> Fault {
        Fault::error(method, 403, "Forbidden: bot was blocked by the user")
    }

    /// Apply to this many calls (default 1).
    pub fn times(mut self, times: usize) -> Fault {
        self.times = times;
        self
    }

    /// Apply only to calls whose `chat_id` is `chat_id`.
    pub fn for_chat(mut self, chat_id: i64) -> Fault {
        self.chat_id = Some(chat_id);
        self
    }

    fn matches(&self, method: &str, params: &Value) -> bool {
        self.times > 0
            && self.method.eq_ignore_ascii_case(method)
            && self.chat_id.is_none_or(|c| int_param(params, "chat_id") == Some(c))
    }
}

// ================================================================================== the server

struct Shared {
    state: Mutex<FakeState>,
    /// Woken whenever a call is recorded.
    changed: Notify,
    /// Woken whenever an update is queued.
    updates: Notify,
}

struct FakeState {
    next_update_id: i64,
    next_message_id: i64,
    queue: VecDeque<Arc<Value>>,
    allowed_updates: Option<Vec<String>>,
    poll_wait: Duration,
    calls: Vec<Call>,
    sent: Vec<SentMessage>,
    faults: Vec<Fault>,
    members: HashMap<(i64, i64), String>,
    chats: HashMap<i64, TgChat>,
    strict: bool,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, FakeState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The fake Bot API server. It stops when dropped.
pub struct FakeBotApi {
    shared: Arc<Shared>,
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<()>>,
}

impl Drop for FakeBotApi {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(server) = self.server.take() {
            server.abort();
        }
    }
}

impl FakeBotApi {
    /// Starts a fake on `127.0.0.1` with a free port. Must run inside a tokio runtime.
    pub async fn start() -> FakeBotApi {
        let shared = Arc::new(Shared {
            state: Mutex::new(FakeState {
                next_update_id: 10_000,
                next_message_id: 1,
                queue: VecDeque::new(),
                allowed_updates: None,
                poll_wait: DEFAULT_POLL_WAIT,
                calls: Vec::new(),
                sent: Vec::new(),
                faults: Vec::new(),
                members: HashMap::new(),
                chats: HashMap::new(),
                strict: true,
            }),
            changed: Notify::new(),
            updates: Notify::new(),
        });
        // tokio's listener uses a backlog of 1024, so bursts of connections are not dropped.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the fake Bot API");
        let addr = listener.local_addr().expect("local address");
        let router = Router::new()
            .route("/{bot_token}/{method}", any(handle))
            .with_state(shared.clone());
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, router)
                .with_graceful_shutdown(async move {
                    let _ = stopped.await;
                })
                .await;
        });
        FakeBotApi {
            shared,
            addr,
            stop: Some(stop),
            server: Some(server),
        }
    }

    /// Base URL, such as `http://127.0.0.1:40123` (what `Bot::set_api_url` wants).
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A `teloxide::Bot` with [`TOKEN`] pointed at this fake.
    pub fn bot(&self) -> teloxide::Bot {
        teloxide::Bot::new(TOKEN).set_api_url(url::Url::parse(&self.url()).expect("fake URL parses"))
    }

    /// How long `getUpdates` with `timeout > 0` waits for an update before answering `[]`.
    pub fn set_poll_wait(&self, wait: Duration) {
        self.shared.lock().poll_wait = wait;
    }

    /// Whether `sendMessage` and `editMessageText` are validated like Telegram does (default
    /// `true`): invalid HTML, empty or too long text and oversized callback data get a 400.
    pub fn set_strict(&self, strict: bool) {
        self.shared.lock().strict = strict;
    }

    // ------------------------------------------------------------------------------- updates

    /// Queues a raw update: `kind` is the update field (`message`, `callback_query`,
    /// `inline_query`, `my_chat_member`, …) and `payload` its object. Returns the update id.
    pub fn push_update(&self, kind: &str, payload: Value) -> i64 {
        let id = {
            let mut state = self.shared.lock();
            let id = state.next_update_id;
            state.next_update_id += 1;
            let mut update = Map::new();
            update.insert("update_id".into(), json!(id));
            update.insert(kind.into(), payload);
            state.queue.push_back(Arc::new(Value::Object(update)));
            id
        };
        self.shared.updates.notify_waiters();
        id
    }

    /// Queues a message update built from `message` (a `Message` object). A missing
    /// `message_id` or `date` is filled in. Returns the update id.
    pub fn push_message(&self, mut message: Value) -> i64 {
        if message.get("message_id").is_none() {
            message["message_id"] = json!(self.next_message_id());
        }
        if message.get("date").is_none() {
            message["date"] = json!(unix_now());
        }
        if let Some(chat) = message.get("chat").and_then(chat_from_json) {
            self.shared.lock().chats.insert(chat.id, chat);
        }
        self.push_update("message", message)
    }

    /// A user writes `text` in `chat`. Commands at the start and `@username` mentions get their
    /// `entities`, as Telegram adds them. Returns the update id.
    pub fn push_text(&self, chat: &TgChat, user: &TgUser, text: &str) -> i64 {
        self.push_message(text_message(chat, user, text))
    }

    /// A user writes `text` to the bot in private (chat id = user id). Returns the update id.
    pub fn push_private_text(&self, user: &TgUser, text: &str) -> i64 {
        self.push_text(&user.chat(), user, text)
    }

    /// A user writes `text` in a group, mentioning the bot (`@kyr_test_bot text`).
    pub fn push_mention(&self, chat: &TgChat, user: &TgUser, text: &str) -> i64 {
        self.push_text(chat, user, &format!("@{BOT_USERNAME} {text}"))
    }

    /// A user replies with `text` to `to` (a message the bot sent).
    pub fn push_reply(&self, chat: &TgChat, user: &TgUser, text: &str, to: &SentMessage) -> i64 {
        let mut message = text_message(chat, user, text);
        message["reply_to_message"] = to.message().clone();
        self.push_message(message)
    }

    /// A user sends a sticker, photo, voice message, location or document in `chat`.
    pub fn push_media(&self, chat: &TgChat, user: &TgUser, media: Media) -> i64 {
        let mut message = json!({ "from": user.json(), "chat": chat.json() });
        for (field, value) in media.fields() {
            message[field] = value;
        }
        if media == Media::Photo || media == Media::Document {
            message["caption"] = json!("look");
        }
        self.push_message(message)
    }

    /// A user presses a button with `data` under `message` (a message the bot sent). Returns the
    /// callback query id.
    pub fn push_callback(&self, user: &TgUser, data: &str, message: &SentMessage) -> String {
        self.push_callback_on(user, data, message.message().clone())
    }

    /// A user presses a button with `data` under a bot message in `chat` that the fake never sent
    /// (an old message, or forged data). Returns the callback query id.
    pub fn push_callback_in(&self, chat: &TgChat, user: &TgUser, data: &str) -> String {
        let message = json!({
            "message_id": self.next_message_id(),
            "from": bot_user_json(),
            "chat": chat.json(),
            "date": unix_now() - 3600,
            "text": "An old message",
        });
        self.push_callback_on(user, data, message)
    }

    fn push_callback_on(&self, user: &TgUser, data: &str, message: Value) -> String {
        let id = format!("cbq-{}", self.next_message_id());
        let chat_instance = message
            .get("chat")
            .and_then(|c| c.get("id"))
            .map(|id| format!("inst{id}"))
            .unwrap_or_default();
        self.push_update(
            "callback_query",
            json!({
                "id": id, "from": user.json(), "message": message,
                "chat_instance": chat_instance, "data": data
            }),
        );
        id
    }

    /// A user types `@kyr_test_bot query` in any chat. Returns the inline query id.
    pub fn push_inline_query(&self, user: &TgUser, query: &str) -> String {
        let id = format!("iq-{}", self.next_message_id());
        self.push_update(
            "inline_query",
            json!({ "id": id, "from": user.json(), "query": query, "offset": "", "chat_type": "sender" }),
        );
        id
    }

    /// The bot's membership in `chat` changes from `old` to `new` (`member`, `kicked`, `left`,
    /// `administrator`…), as when a user blocks the bot (`kicked` in a private chat).
    pub fn push_my_chat_member(&self, chat: &TgChat, by: &TgUser, old: &str, new: &str) -> i64 {
        let bot = bot_user_json();
        self.push_update(
            "my_chat_member",
            json!({
                "chat": chat.json(), "from": by.json(), "date": unix_now(),
                "old_chat_member": member_json(bot.clone(), old),
                "new_chat_member": member_json(bot, new),
            }),
        )
    }

    /// Updates queued and not yet confirmed by the bot (through `offset`), as JSON.
    pub fn pending_updates(&self) -> Vec<Value> {
        self.shared.lock().queue.iter().map(|u| (**u).clone()).collect()
    }

    fn next_message_id(&self) -> i64 {
        let mut state = self.shared.lock();
        let id = state.next_message_id;
        state.next_message_id += 1;
        id
    }

    // -------------------------------------------------------------------------- configuration

    /// Queues a failure (see [`Fault`]). Faults apply in the order they were injected.
    pub fn inject(&self, fault: Fault) {
        self.shared.lock().faults.push(fault);
    }

    /// `getChatMember(chat, user)` answers `status` (`creator`, `administrator`, `member`,
    /// `left`, `kicked`); the default is `member`.
    pub fn set_member_status(&self, chat_id: i64, user_id: i64, status: &str) {
        self.shared
            .lock()
            .members
            .insert((chat_id, user_id), status.to_string());
    }

    /// Makes `getChat` (and message JSON) know this chat.
    pub fn add_chat(&self, chat: &TgChat) {
        self.shared.lock().chats.insert(chat.id, chat.clone());
    }

    // ------------------------------------------------------------------------------ inspection

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

// ================================================================================= JSON helpers

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// `value[name]` when it is a string.
fn str_field<'a>(value: &'a Value, name: &str) -> Option<&'a str> {
    value.get(name).and_then(Value::as_str)
}

fn int_param(params: &Value, name: &str) -> Option<i64> {
    match params.get(name)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// A text message from `user` in `chat`, with `bot_command` and `mention` entities.
pub fn text_message(chat: &TgChat, user: &TgUser, text: &str) -> Value {
    let mut message = json!({ "from": user.json(), "chat": chat.json(), "text": text });
    let entities = entities_of(text);
    if !entities.is_empty() {
        message["entities"] = Value::Array(entities);
    }
    message
}

/// The entities Telegram would detect: a leading `/command[@bot]` and `@username` mentions.
pub fn entities_of(text: &str) -> Vec<Value> {
    let mut entities = Vec::new();
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '_';
    if let Some(command) = text.strip_prefix('/') {
        let end = command
            .find(|c: char| !(is_name(c) || c == '@'))
            .map_or(text.len(), |e| e + 1);
        if end > 1 {
            entities.push(
                json!({ "type": "bot_command", "offset": 0, "length": kyr::content::html::utf16_len(&text[..end]) }),
            );
        }
    }
    let mut search = 0;
    while let Some(found) = text[search..].find('@') {
        let at = search + found;
        let end = text[at + 1..]
            .find(|c: char| !is_name(c))
            .map_or(text.len(), |e| at + 1 + e);
        let preceded_ok = at == 0 || text[..at].ends_with(char::is_whitespace);
        if end - at > 5 && preceded_ok {
            entities.push(
                json!({ "type": "mention", "offset": kyr::content::html::utf16_len(&text[..at]), "length": kyr::content::html::utf16_len(&text[at..end]) }),
            );
        }
        search = end.max(at + 1);
    }
    entities
}

fn chat_from_json(chat: &Value) -> Option<TgChat> {
    let id = chat.get("id")?.as_i64()?;
    let kind = match chat.get("type")?.as_str()? {
        "private" => ChatKind::Private,
        "group" => ChatKind::Group,
        "supergroup" => ChatKind::Supergroup,
        "channel" => ChatKind::Channel,
        _ => return None,
    };
    let title = chat
        .get("title")
        .or_else(|| chat.get("first_name"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    Some(TgChat {
        id,
        kind,
        title,
        username: str_field(chat, "username").map(str::to_string),
    })
}

/// A `ChatMember` object for `user` with `status`.
pub fn member_json(user: Value, status: &str) -> Value {
    match status {
        "creator" => json!({ "user": user, "status": "creator", "is_anonymous": false }),
        "administrator" => json!({
            "user": user, "status": "administrator", "is_anonymous": false, "can_be_edited": false,
            "can_manage_chat": true, "can_change_info": true, "can_delete_messages": true,
            "can_manage_video_chats": true, "can_invite_users": true, "can_restrict_members": true,
            "can_pin_messages": true, "can_promote_members": false, "can_post_stories": false,
            "can_edit_stories": false, "can_delete_stories": false
        }),
        "kicked" => json!({ "user": user, "status": "kicked", "until_date": 0 }),
        "left" => json!({ "user": user, "status": "left" }),
        _ => json!({ "user": user, "status": "member" }),
    }
}

fn chat_for(state: &FakeState, params: &Value) -> Value {
    let id = int_param(params, "chat_id").unwrap_or(0);
    if let Some(chat) = state.chats.get(&id) {
        return chat.json();
    }
    if let Some(name) = str_field(params, "chat_id").filter(|s| s.starts_with('@')) {
        return json!({ "id": -1_009_999_999_999i64, "type": "channel", "title": name, "username": &name[1..] });
    }
    let chat = if id > 0 {
        TgChat {
            id,
            kind: ChatKind::Private,
            title: format!("User{id}"),
            username: None,
        }
    } else if id <= -1_000_000_000_000 {
        TgChat::supergroup(id, "A supergroup")
    } else {
        TgChat::group(id, "A group")
    };
    chat.json()
}

fn full_chat_json(chat: Value) -> Value {
    let mut full = chat;
    full["accepted_gift_types"] = json!({
        "unlimited_gifts": false, "limited_gifts": false, "unique_gifts": false, "premium_subscription": false
    });
    full["max_reaction_count"] = json!(11);
    full
}

/// Decodes the request parameters: JSON body, form body, and query string.
fn parse_params(headers: &HeaderMap, query: Option<&str>, body: &[u8]) -> Value {
    let mut params = Map::new();
    let mut add_pairs = |pairs: url::form_urlencoded::Parse<'_>| {
        for (k, v) in pairs {
            // Form values that hold JSON (reply_markup, allowed_updates) are decoded.
            let value = match serde_json::from_str::<Value>(&v) {
                Ok(parsed @ (Value::Object(_) | Value::Array(_) | Value::Number(_) | Value::Bool(_))) => parsed,
                _ => Value::String(v.into_owned()),
            };
            params.insert(k.into_owned(), value);
        }
    };
    if let Some(query) = query {
        add_pairs(url::form_urlencoded::parse(query.as_bytes()));
    }
    let content_type = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if content_type.starts_with("application/x-www-form-urlencoded") {
        add_pairs(url::form_urlencoded::parse(body));
    } else if !body.is_empty() {
        // Checked as UTF-8 once, not string by string.
        let body = std::str::from_utf8(body).unwrap_or_default();
        if let Ok(Value::Object(fields)) = serde_json::from_str::<Value>(body) {
            if params.is_empty() {
                params = fields;
            } else {
                params.extend(fields);
            }
        }
    }
    Value::Object(params)
}

fn ok(result: impl Serialize) -> Arc<Answer> {
    Answer::new(200, &Success { ok: true, result })
}

fn bad_request(description: &str) -> Arc<Answer> {
    Answer::new(
        400,
        &json!({ "ok": false, "error_code": 400, "description": format!("Bad Request: {description}") }),
    )
}

/// Telegram's checks on an outgoing text and keyboard.
fn validate_text(params: &Value) -> Result<(), String> {
    validate_message_text(params, "text")
}

/// Telegram's checks on `params[field]` (formatted with `params.parse_mode`) and `reply_markup`.
fn validate_message_text(params: &Value, field: &str) -> Result<(), String> {
    let text = str_field(params, field).unwrap_or_default();
    let html = str_field(params, "parse_mode").is_some_and(|m| m.eq_ignore_ascii_case("html"));
    let visible = if html {
        let parsed = kyr::content::html::parse(text).map_err(|e| format!("can't parse entities: {e}"))?;
        parsed.telegram_len()
    } else {
        kyr::content::html::utf16_len(text)
    };
    if text.trim().is_empty() {
        return Err("message text is empty".into());
    }
    if visible > 4096 {
        return Err("message is too long".into());
    }
    // Read in place: every reply of the load test passes here.
    for button in raw_keyboard_rows(params.get("reply_markup")).flatten() {
        if str_field(button, "callback_data").is_some_and(|d| d.is_empty() || d.len() > 64) {
            return Err("BUTTON_DATA_INVALID".into());
        }
        if str_field(button, "text").unwrap_or_default().is_empty() {
            return Err("text buttons are unallowed in the inline keyboard".into());
        }
    }
    Ok(())
}

/// Telegram's checks on `answerInlineQuery` results.
fn validate_inline_results(params: &Value) -> Result<(), String> {
    let results = params
        .get("results")
        .and_then(Value::as_array)
        .ok_or("results are missing")?;
    if results.len() > 50 {
        return Err("RESULTS_TOO_MUCH".into());
    }
    let mut ids = std::collections::HashSet::new();
    for result in results {
        let id = str_field(result, "id").unwrap_or_default();
        if id.is_empty() || id.len() > 64 {
            return Err("RESULT_ID_INVALID".into());
        }
        if !ids.insert(id.to_string()) {
            return Err("RESULT_ID_DUPLICATE".into());
        }
        if str_field(result, "type") == Some("article") {
            if str_field(result, "title").is_none_or(str::is_empty) {
                return Err("RESULT_TITLE_EMPTY".into());
            }
            let mut content = result
                .get("input_message_content")
                .cloned()
                .ok_or("input_message_content is missing")?;
            if let Some(markup) = result.get("reply_markup") {
                content["reply_markup"] = markup.clone();
            }
            validate_message_text(&content, "message_text").map_err(|e| match e.as_str() {
                "message is too long" => "MESSAGE_TOO_LONG".to_string(),
                _ => e,
            })?;
        }
    }
    Ok(())
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    Path((bot_token, method)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let at = Instant::now();
    let params = Arc::new(parse_params(&headers, query.as_deref(), &body));
    let lower = method.to_ascii_lowercase();

    let (answer, injected) = if bot_token != format!("bot{TOKEN}") {
        (
            Answer::new(
                401,
                &json!({ "ok": false, "error_code": 401, "description": "Unauthorized" }),
            ),
            false,
        )
    } else if let Some(answer) = take_fault(&shared, &method, &params) {
        (answer, true)
    } else if lower == "getupdates" {
        (get_updates(&shared, &params).await, false)
    } else {
        (serve(&shared, &lower, &params, at), false)
    };

    let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let bytes = answer.bytes.clone();
    shared.lock().calls.push(Call {
        method,
        params,
        at,
        injected,
        answer,
    });
    shared.changed.notify_waiters();
    (status, [(axum::http::header::CONTENT_TYPE, "application/json")], bytes).into_response()
}

fn take_fault(shared: &Shared, method: &str, params: &Value) -> Option<Arc<Answer>> {
    let mut state = shared.lock();
    let fault = state.faults.iter_mut().find(|f| f.matches(method, params))?;
    fault.times -= 1;
    let answer = Answer::new(fault.status, &fault.body);
    state.faults.retain(|f| f.times > 0);
    Some(answer)
}

fn update_kind(update: &Value) -> Option<&str> {
    update
        .as_object()?
        .keys()
        .find(|k| *k != "update_id")
        .map(String::as_str)
}

async fn get_updates(shared: &Shared, params: &Value) -> Arc<Answer> {
    let offset = int_param(params, "offset").unwrap_or(0);
    let limit = int_param(params, "limit").unwrap_or(100).clamp(1, 100) as usize;
    let timeout = int_param(params, "timeout").unwrap_or(0);
    let wait = {
        let mut state = shared.lock();
        if let Some(allowed) = params.get("allowed_updates").and_then(Value::as_array) {
            let allowed: Vec<String> = allowed.iter().filter_map(Value::as_str).map(str::to_string).collect();
            state.allowed_updates = (!allowed.is_empty()).then_some(allowed);
        }
        if timeout > 0 {
            state.poll_wait.min(Duration::from_secs(timeout as u64))
        } else {
            Duration::ZERO
        }
    };
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let queued = shared.updates.notified();
        tokio::pin!(queued);
        queued.as_mut().enable();
        {
            let mut state = shared.lock();
            // An offset confirms every update before it, as in Telegram.
            if offset > 0 {
                while state
                    .queue
                    .front()
                    .and_then(|u| u["update_id"].as_i64())
                    .is_some_and(|id| id < offset)
                {
                    state.queue.pop_front();
                }
            }
            // Updates of kinds the bot did not ask for are dropped, as Telegram does.
            if let Some(allowed) = state.allowed_updates.clone() {
                state
                    .queue
                    .retain(|u| update_kind(u).is_some_and(|k| allowed.iter().any(|a| a == k)));
            }
            let ready: Vec<Arc<Value>> = if offset < 0 {
                let skip = state.queue.len().saturating_sub(offset.unsigned_abs() as usize);
                state.queue.iter().skip(skip).take(limit).cloned().collect()
            } else {
                state.queue.iter().take(limit).cloned().collect()
            };
            if !ready.is_empty() || tokio::time::Instant::now() >= deadline {
                drop(state);
                let updates: Vec<&Value> = ready.iter().map(|u| &**u).collect();
                return ok(updates);
            }
        }
        // On timeout, the next round sees the deadline passed and answers what is there.
        let _ = tokio::time::timeout_at(deadline, queued).await;
    }
}

fn serve(shared: &Shared, method: &str, params: &Arc<Value>, at: Instant) -> Arc<Answer> {
    // Telegram's checks run before the state is locked, so concurrent sends are checked in
    // parallel as they would be by Telegram, not one at a time behind the fake's lock.
    let refusal = match method {
        "sendmessage" | "editmessagetext" => validate_text(params).err(),
        "answerinlinequery" => validate_inline_results(params).err(),
        _ => None,
    };
    let mut state = shared.lock();
    if let Some(refusal) = refusal.filter(|_| state.strict) {
        return bad_request(&refusal);
    }
    match method {
        "getme" => {
            let mut me = bot_user_json();
            me["can_join_groups"] = json!(true);
            me["can_read_all_group_messages"] = json!(false);
            me["supports_inline_queries"] = json!(true);
            me["can_connect_to_business"] = json!(false);
            me["has_main_web_app"] = json!(false);
            ok(me)
        }
        "getwebhookinfo" => {
            ok(json!({ "url": "", "has_custom_certificate": false, "pending_update_count": state.queue.len() }))
        }
        "sendmessage" => {
            let message_id = state.next_message_id;
            state.next_message_id += 1;
            let chat = chat_for(&state, params);
            // The answer is written outside the lock: under a surge, every send would wait here.
            drop(state);
            let text = str_field(params, "text").unwrap_or_default();
            let answer = ok(EchoedMessage::new(message_id, &chat, text, params));
            let sent = SentMessage {
                message_id,
                chat_id: int_param(params, "chat_id").unwrap_or(0),
                at,
                params: params.clone(),
                answer: answer.clone(),
            };
            shared.lock().sent.push(sent);
            answer
        }
        "editmessagetext" | "editmessagereplymarkup" => {
            if params.get("inline_message_id").is_some() {
                return ok(true);
            }
            let chat = chat_for(&state, params);
            let message_id = int_param(params, "message_id").unwrap_or(0);
            let text = str_field(params, "text").unwrap_or("(edited)");
            let mut message = EchoedMessage::new(message_id, &chat, text, params);
            message.edit_date = Some(message.date);
            message.date -= 5;
            ok(message)
        }
        "getchatmember" => {
            let chat_id = int_param(params, "chat_id").unwrap_or(0);
            let user_id = int_param(params, "user_id").unwrap_or(0);
            let status = state
                .members
                .get(&(chat_id, user_id))
                .cloned()
                .unwrap_or_else(|| "member".into());
            let user = if user_id == BOT_ID {
                bot_user_json()
            } else {
                json!({ "id": user_id, "is_bot": false, "first_name": format!("User{user_id}") })
            };
            ok(member_json(user, &status))
        }
        "getchat" => ok(full_chat_json(chat_for(&state, params))),
        // answerCallbackQuery, answerInlineQuery, setMyCommands, setMyDescription,
        // setMyShortDescription, deleteWebhook and anything else: recorded, answered `true`.
        _ => ok(true),
    }
}
