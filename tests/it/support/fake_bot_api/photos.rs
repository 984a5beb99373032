//! Photos: `sendPhoto` with an upload (multipart) or a `file_id` already known, as Telegram
//! answers them. An upload gets a fresh `file_id` (kept with its bytes); a known `file_id` is
//! sent again without an upload; an unknown one is refused like Telegram refuses it.

use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::http::HeaderMap;
use serde_json::{json, Map, Value};

use super::fixtures::bot_user_json;
use super::recorded::SentMessage;
use super::server::{bad_request, chat_for, ok, Answer, FakeBotApi, Shared};
use super::validation::validate_caption;
use super::{int_param, str_field, unix_now};

/// A file part of a multipart request.
#[derive(Debug, Clone)]
pub(super) struct Upload {
    /// The form field it was sent as (`photo`).
    pub(super) field: String,
    /// Its file name.
    pub(super) file_name: String,
    /// Its bytes.
    pub(super) bytes: Bytes,
}

/// The text fields and file parts of a `multipart/form-data` body, or `None` for other bodies.
/// Text fields that hold JSON (`reply_markup`) are decoded, as in form bodies; a file field is
/// recorded in the parameters as `{"upload": <file name>, "size": <bytes>}`.
pub(super) fn parse_multipart(headers: &HeaderMap, body: &Bytes) -> Option<(Map<String, Value>, Vec<Upload>)> {
    let content_type = headers.get(axum::http::header::CONTENT_TYPE)?.to_str().ok()?;
    if !content_type.starts_with("multipart/form-data") {
        return None;
    }
    let boundary = content_type
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))?
        .trim_matches('"');
    let delimiter = format!("--{boundary}");
    let mut params = Map::new();
    let mut uploads = Vec::new();
    let mut rest: &[u8] = body;
    while let Some(start) = find(rest, delimiter.as_bytes()) {
        rest = &rest[start + delimiter.len()..];
        if rest.starts_with(b"--") {
            break;
        }
        let rest_part = rest.strip_prefix(b"\r\n").unwrap_or(rest);
        let end = find(rest_part, delimiter.as_bytes()).unwrap_or(rest_part.len());
        let part = &rest_part[..end];
        let part = part.strip_suffix(b"\r\n").unwrap_or(part);
        let Some(split) = find(part, b"\r\n\r\n") else {
            rest = &rest_part[end..];
            continue;
        };
        let head = String::from_utf8_lossy(&part[..split]).to_string();
        let content = &part[split + 4..];
        let attribute = |name: &str| {
            head.split(';').find_map(|p| {
                p.trim()
                    .strip_prefix(&format!("{name}="))
                    .map(|v| v.trim_matches('"').to_string())
            })
        };
        if let Some(name) = attribute("name") {
            match attribute("filename") {
                Some(file_name) => {
                    params.insert(name.clone(), json!({ "upload": &file_name, "size": content.len() }));
                    uploads.push(Upload {
                        field: name,
                        file_name,
                        bytes: Bytes::copy_from_slice(content),
                    });
                }
                None => {
                    let text = String::from_utf8_lossy(content).to_string();
                    let value = match serde_json::from_str::<Value>(&text) {
                        Ok(parsed @ (Value::Object(_) | Value::Array(_) | Value::Number(_) | Value::Bool(_))) => parsed,
                        _ => Value::String(text),
                    };
                    params.insert(name, value);
                }
            }
        }
        rest = &rest_part[end..];
    }
    Some((params, uploads))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A PNG's width and height, from its header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    let be = |at: usize| {
        bytes
            .get(at..at + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, u32::from_be_bytes)
    };
    (be(16), be(20))
}

/// Answers `sendPhoto`.
pub(super) fn send_photo(shared: &Shared, params: &Arc<Value>, uploads: &[Upload], at: Instant) -> Arc<Answer> {
    if let Err(refusal) = validate_caption(params) {
        return bad_request(&refusal);
    }
    let mut state = shared.lock();
    // An upload is a file part named by `attach://<name>` (teloxide), or the `photo` part itself.
    let photo = str_field(params, "photo");
    let attached = match photo.and_then(|p| p.strip_prefix("attach://")) {
        Some(name) => uploads.iter().find(|u| u.field == name),
        None => uploads.iter().find(|u| u.field == "photo"),
    };
    let (file_id, bytes) = match (photo, attached) {
        (_, Some(upload)) => {
            state.next_file_id += 1;
            let file_id = format!("AgACAgQAAxk-photo-{}", state.next_file_id);
            state.photos.insert(file_id.clone(), upload.bytes.clone());
            (file_id, upload.bytes.clone())
        }
        (Some(file_id), None) => match state.photos.get(file_id) {
            Some(bytes) => (file_id.to_string(), bytes.clone()),
            None => return bad_request("wrong file identifier/HTTP URL specified"),
        },
        (None, None) => return bad_request("there is no photo in the request"),
    };
    let message_id = state.next_message_id;
    state.next_message_id += 1;
    let chat = chat_for(&state, params);
    let (width, height) = png_size(&bytes);
    // Telegram answers every size it made; the largest is the picture as sent.
    let photo = json!([
        { "file_id": format!("{file_id}-thumb"), "file_unique_id": format!("u-{file_id}-thumb"),
          "width": 320, "height": height * 320 / width.max(1), "file_size": bytes.len() / 10 },
        { "file_id": &file_id, "file_unique_id": format!("u-{file_id}"),
          "width": width, "height": height, "file_size": bytes.len() },
    ]);
    let mut message = json!({
        "message_id": message_id,
        "from": bot_user_json(),
        "chat": chat,
        "date": unix_now(),
        "photo": photo,
    });
    if let Some(caption) = str_field(params, "caption") {
        message["caption"] = json!(caption);
    }
    if let Some(markup) = params
        .get("reply_markup")
        .filter(|m| m.get("inline_keyboard").is_some())
    {
        message["reply_markup"] = markup.clone();
    }
    let answer = ok(message);
    state.sent.push(SentMessage {
        message_id,
        chat_id: int_param(params, "chat_id").unwrap_or(0),
        at,
        params: params.clone(),
        answer: answer.clone(),
    });
    answer
}

impl FakeBotApi {
    /// Photos the fake accepted for `chat_id`, in order (their captions: [`SentMessage::caption`]).
    pub fn photos_to(&self, chat_id: i64) -> Vec<SentMessage> {
        self.shared
            .lock()
            .sent
            .iter()
            .filter(|m| m.chat_id == chat_id && m.photo().is_some())
            .cloned()
            .collect()
    }

    /// The bytes uploaded as the photo Telegram calls `file_id`.
    pub fn photo_bytes(&self, file_id: &str) -> Option<Bytes> {
        self.shared.lock().photos.get(file_id).cloned()
    }
}

impl SentMessage {
    /// The caption of a photo.
    pub fn caption(&self) -> Option<&str> {
        str_field(&self.params, "caption")
    }

    /// Whether a photo was uploaded with this request (`false`: sent again by `file_id`).
    pub fn uploaded(&self) -> bool {
        match self.params.get("photo") {
            Some(Value::String(photo)) => photo.starts_with("attach://"),
            Some(photo) => photo.get("upload").is_some(),
            None => false,
        }
    }

    /// The `file_id` of the largest size of a photo the fake accepted.
    pub fn photo_file_id(&self) -> Option<&str> {
        self.message()["photo"].as_array()?.last()?["file_id"].as_str()
    }
}
