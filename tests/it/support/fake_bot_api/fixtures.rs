//! The people and chats a test plays, and the updates they send the bot: text, commands,
//! mentions, replies, media, button presses, inline queries and membership changes.

use std::sync::Arc;

use serde_json::{json, Map, Value};

use super::recorded::SentMessage;
use super::server::FakeBotApi;
use super::{str_field, unix_now, BOT_ID, BOT_USERNAME};

/// The `file_id`s of the photo a user sends ([`Media::Photo`]), smallest size first; the fake
/// knows them, as Telegram knows every file it has handed out.
pub(super) const USER_PHOTO_IDS: [&str; 2] = ["AgACAgIAAxkBphoto-s", "AgACAgIAAxkBphoto-m"];

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
                    { "file_id": USER_PHOTO_IDS[0], "file_unique_id": "AQADphoto-s", "file_size": 1200, "width": 90, "height": 67 },
                    { "file_id": USER_PHOTO_IDS[1], "file_unique_id": "AQADphoto-m", "file_size": 14000, "width": 320, "height": 240 }
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

impl FakeBotApi {
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
}
