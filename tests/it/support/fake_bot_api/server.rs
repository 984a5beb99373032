//! The HTTP server: `POST /bot<token>/<Method>` routed to one handler, the state every request
//! shares, and how each method is answered.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use axum::Router;
use serde::Serialize;
use serde_json::{json, Map, Value};
use tokio::sync::{oneshot, Notify};

use super::faults::{take_fault, Fault};
use super::fixtures::{bot_user_json, member_json, ChatKind, TgChat};
use super::photos::{parse_multipart, send_photo};
use super::recorded::{Call, SentMessage};
use super::validation::{validate_inline_results, validate_text};
use super::{int_param, str_field, unix_now, BOT_ID, DEFAULT_POLL_WAIT, TOKEN};

/// What every request handler and the test share.
pub(super) struct Shared {
    state: Mutex<FakeState>,
    /// Woken whenever a call is recorded.
    pub(super) changed: Notify,
    /// Woken whenever an update is queued.
    pub(super) updates: Notify,
}

/// The fake's state: updates waiting for the bot, what the bot sent, and the test's settings.
pub(super) struct FakeState {
    pub(super) next_update_id: i64,
    pub(super) next_message_id: i64,
    pub(super) queue: VecDeque<Arc<Value>>,
    pub(super) allowed_updates: Option<Vec<String>>,
    pub(super) poll_wait: Duration,
    pub(super) calls: Vec<Call>,
    pub(super) sent: Vec<SentMessage>,
    pub(super) faults: Vec<Fault>,
    pub(super) members: HashMap<(i64, i64), String>,
    pub(super) chats: HashMap<i64, TgChat>,
    pub(super) strict: bool,
    /// Photos Telegram holds, by `file_id`: those uploaded (with their bytes), and those of the
    /// photo users send in the fixtures (no bytes), which the bot may send on by their id.
    pub(super) photos: HashMap<String, Bytes>,
    pub(super) next_file_id: u64,
}

impl Shared {
    /// The state (a test that panicked while holding it leaves it usable).
    pub(super) fn lock(&self) -> MutexGuard<'_, FakeState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The fake Bot API server. It stops when dropped.
pub struct FakeBotApi {
    pub(super) shared: Arc<Shared>,
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
                photos: super::fixtures::USER_PHOTO_IDS
                    .iter()
                    .map(|id| ((*id).to_string(), Bytes::new()))
                    .collect(),
                next_file_id: 0,
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
}

/// An answer as the fake sent it: the bytes written, parsed back only when a test looks at them
/// (a surge of replies should cost the fake as little as it costs Telegram).
#[derive(Debug)]
pub(super) struct Answer {
    pub(super) status: u16,
    bytes: Bytes,
    json: OnceLock<Value>,
}

impl Answer {
    pub(super) fn new(status: u16, body: &impl Serialize) -> Arc<Answer> {
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

    pub(super) fn json(&self) -> &Value {
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

pub(super) fn chat_for(state: &FakeState, params: &Value) -> Value {
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

pub(super) fn ok(result: impl Serialize) -> Arc<Answer> {
    Answer::new(200, &Success { ok: true, result })
}

pub(super) fn bad_request(description: &str) -> Arc<Answer> {
    Answer::new(
        400,
        &json!({ "ok": false, "error_code": 400, "description": format!("Bad Request: {description}") }),
    )
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    Path((bot_token, method)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let at = Instant::now();
    let (params, uploads) = match parse_multipart(&headers, &body) {
        Some((mut fields, uploads)) => {
            if let Value::Object(query_params) = parse_params(&HeaderMap::new(), query.as_deref(), &[]) {
                fields.extend(query_params);
            }
            (Arc::new(Value::Object(fields)), uploads)
        }
        None => (Arc::new(parse_params(&headers, query.as_deref(), &body)), Vec::new()),
    };
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
    } else if lower == "sendphoto" {
        (send_photo(&shared, &params, &uploads, at), false)
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

fn update_kind(update: &Value) -> Option<&str> {
    update
        .as_object()?
        .keys()
        .find(|k| *k != "update_id")
        .map(String::as_str)
}

async fn get_updates(shared: &Shared, params: &Value) -> Arc<Answer> {
    let offset = int_param(params, "offset").unwrap_or(0);
    let limit = int_param(params, "limit")
        .and_then(|l| usize::try_from(l.clamp(1, 100)).ok())
        .unwrap_or(100);
    let timeout = int_param(params, "timeout")
        .and_then(|t| u64::try_from(t).ok())
        .unwrap_or(0);
    let wait = {
        let mut state = shared.lock();
        if let Some(allowed) = params.get("allowed_updates").and_then(Value::as_array) {
            let allowed: Vec<String> = allowed.iter().filter_map(Value::as_str).map(str::to_string).collect();
            state.allowed_updates = (!allowed.is_empty()).then_some(allowed);
        }
        if timeout > 0 {
            state.poll_wait.min(Duration::from_secs(timeout))
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
                let skip = state
                    .queue
                    .len()
                    .saturating_sub(usize::try_from(offset.unsigned_abs()).unwrap_or(usize::MAX));
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
        "editmessagetext" | "editmessagereplymarkup" | "editmessagecaption" => {
            if params.get("inline_message_id").is_some() {
                return ok(true);
            }
            let chat = chat_for(&state, params);
            let message_id = int_param(params, "message_id").unwrap_or(0);
            let text = str_field(params, "text")
                .or_else(|| str_field(params, "caption"))
                .unwrap_or("(edited)");
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
