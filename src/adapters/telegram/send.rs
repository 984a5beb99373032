//! Sending to Telegram: rendering a [`Reply`] as HTML messages with an inline keyboard, and
//! retrying what is worth retrying (flood limits, dropped connections, server errors).

use std::future::{Future, IntoFuture};
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, LinkPreviewOptions, ParseMode, ResponseParameters};
use teloxide::{ApiError, RequestError};
use tokio::sync::Semaphore;

use super::keyboard::reply_keyboard;
use crate::content::{Arg, Content, Lang};
use crate::reply::Reply;

/// How many replies may be on their way to Telegram at once. Each request in flight holds an
/// HTTP/1.1 connection of its own: in the README's load test, a bot that fetched a surge of 500
/// chats ahead without this cap opened a connection for nearly every one (a TLS handshake each, in
/// production) and answered the surge later than with it.
const REPLIES_IN_FLIGHT: usize = 32;
/// How many times a request is tried in all.
const ATTEMPTS: u32 = 3;
/// Longest flood wait honoured inside a conversation reply; longer ones are given up on and logged.
const MAX_INLINE_WAIT: Duration = Duration::from_secs(30);

/// What kind of failure a Telegram error is, for retry and unsubscribe decisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Flood control: wait this long, then try again.
    RetryAfter(Duration),
    /// The chat blocked the bot, deleted its account, or removed the bot: stop writing to it.
    Gone,
    /// A network or server problem that may pass.
    Transient,
    /// Anything else: retrying will not help.
    Permanent,
}

/// Classifies a Telegram error.
pub fn classify(error: &RequestError) -> Failure {
    match error {
        RequestError::RetryAfter(seconds) => Failure::RetryAfter(seconds.duration()),
        RequestError::Network(_) | RequestError::Io(_) => Failure::Transient,
        RequestError::Api(api) => match api {
            ApiError::BotBlocked
            | ApiError::ChatNotFound
            | ApiError::UserDeactivated
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::BotKickedFromChannel
            | ApiError::GroupDeactivated
            | ApiError::CantInitiateConversation => Failure::Gone,
            ApiError::Unknown(description) if description.starts_with("Forbidden") => Failure::Gone,
            ApiError::Unknown(description)
                if description.contains("Internal Server Error")
                    || description.contains("Bad Gateway")
                    || description.contains("Service Unavailable")
                    || description.contains("Gateway Timeout")
                    || description.contains("Too Many Requests") =>
            {
                Failure::Transient
            }
            _ => Failure::Permanent,
        },
        RequestError::InvalidJson { .. } => Failure::Transient,
        RequestError::MigrateToChatId(_) => Failure::Permanent,
    }
}

/// Runs `request` until it succeeds, retrying flood waits, network errors and server errors a
/// few times with backoff.
pub async fn with_retry<T, F, Fut>(what: &'static str, mut request: F) -> Result<T, RequestError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, RequestError>>,
{
    let mut attempt = 0;
    loop {
        attempt += 1;
        match request().await {
            Ok(value) => return Ok(value),
            Err(error) => {
                let failure = classify(&error);
                let wait = match failure {
                    Failure::RetryAfter(wait) if wait <= MAX_INLINE_WAIT => wait,
                    Failure::Transient => Duration::from_millis(250 * 2u64.pow(attempt)),
                    _ => return Err(error),
                };
                if attempt >= ATTEMPTS {
                    return Err(error);
                }
                tracing::warn!(request = what, ?failure, attempt, "telegram request failed; retrying");
                tokio::time::sleep(wait).await;
            }
        }
    }
}

/// Answers link to official pages; a preview card of the first one would bury the steps to take.
pub fn no_link_preview() -> teloxide::types::LinkPreviewOptions {
    teloxide::types::LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

/// `sendMessage` for conversation replies.
#[derive(Debug, Serialize)]
struct SendReplyPart<'a> {
    chat_id: ChatId,
    text: &'a str,
    parse_mode: ParseMode,
    link_preview_options: LinkPreviewOptions,
    #[serde(skip_serializing_if = "Option::is_none")]
    reply_markup: Option<InlineKeyboardMarkup>,
}

/// What the bot reads of Telegram's answer to a reply: whether it worked and, if not, why.
/// Telegram echoes the whole message back; the bot never reads a reply it sent, and teloxide
/// would buffer the echo and then parse it into a `Message`, which under a surge cost more than
/// understanding the question did. Here serde skips over it.
#[derive(Deserialize)]
struct Acknowledgement {
    ok: bool,
    description: Option<ApiError>,
    parameters: Option<ResponseParameters>,
}

impl Acknowledgement {
    /// The outcome teloxide would report for the same answer.
    fn outcome(answer: &[u8]) -> Result<(), RequestError> {
        let invalid = |source: serde_json::Error| RequestError::InvalidJson {
            source: Arc::new(source),
            raw: String::from_utf8_lossy(answer).into(),
        };
        let acknowledgement: Acknowledgement = serde_json::from_slice(answer).map_err(invalid)?;
        match acknowledgement {
            Acknowledgement { ok: true, .. } => Ok(()),
            Acknowledgement {
                parameters: Some(ResponseParameters::RetryAfter(seconds)),
                ..
            } => Err(RequestError::RetryAfter(seconds)),
            Acknowledgement {
                parameters: Some(ResponseParameters::MigrateToChatId(chat)),
                ..
            } => Err(RequestError::MigrateToChatId(chat)),
            Acknowledgement {
                description: Some(error),
                ..
            } => Err(RequestError::Api(error)),
            Acknowledgement { description: None, .. } => Err(invalid(serde::de::Error::missing_field("description"))),
        }
    }
}

/// The URL of a Bot API method, built as teloxide builds it so every request goes to one place.
pub(super) fn method_url(bot: &Bot, method: &str) -> url::Url {
    let mut url = bot.api_url();
    // The configuration only accepts http(s) URLs, which always take path segments.
    if let Ok(mut segments) = url.path_segments_mut() {
        segments.push(&format!("bot{}", bot.token())).push(method);
    }
    url
}

/// Posts one part of a reply. Network errors become teloxide's (with the token hidden).
async fn post_reply_part(bot: &Bot, url: &url::Url, part: &SendReplyPart<'_>) -> Result<(), RequestError> {
    // Held for one attempt only, never across a retry's wait: a chat in a flood wait must not
    // hold up the others.
    static IN_FLIGHT: Semaphore = Semaphore::const_new(REPLIES_IN_FLIGHT);
    let _permit = IN_FLIGHT.acquire().await.expect("the semaphore is never closed");
    // Sized for the text plus the keyboard up front: growing a buffer of a long answer step by
    // step copied it several times.
    let mut body = Vec::with_capacity(part.text.len() + 1024);
    serde_json::to_writer(&mut body, part).map_err(|e| RequestError::Io(Arc::new(e.into())))?;
    let answer = bot
        .client()
        .post(url.clone())
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await?
        .bytes()
        .await?;
    Acknowledgement::outcome(&answer)
}

/// Sends a reply as one or more HTML messages; the keyboard goes on the last one.
pub async fn send_reply(bot: &Bot, content: &Content, chat_id: ChatId, reply: &Reply) -> Result<(), RequestError> {
    let url = method_url(bot, "sendMessage");
    let last = reply.parts.len().saturating_sub(1);
    for (i, part) in reply.parts.iter().enumerate() {
        let part = SendReplyPart {
            chat_id,
            text: part,
            parse_mode: ParseMode::Html,
            link_preview_options: no_link_preview(),
            reply_markup: if i == last {
                reply_keyboard(content, reply)
            } else {
                None
            },
        };
        with_retry("sendMessage", || post_reply_part(bot, &url, &part)).await?;
    }
    Ok(())
}

/// A message whose keyboard is not made of conversation actions (region pickers, alert previews).
pub struct Outgoing {
    /// The text, as Telegram HTML.
    pub html: String,
    /// Its keyboard, if any.
    pub keyboard: Option<InlineKeyboardMarkup>,
}

impl Outgoing {
    /// Interface message `id` in `lang`, without a keyboard.
    pub fn text(content: &Content, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Outgoing {
        Outgoing {
            html: content.locales().format(lang, id, args),
            keyboard: None,
        }
    }

    /// The same message with `keyboard` under it.
    pub fn with_keyboard(self, keyboard: InlineKeyboardMarkup) -> Outgoing {
        Outgoing {
            keyboard: Some(keyboard),
            ..self
        }
    }
}

/// Sends an [`Outgoing`] message with retries; a failure is logged by its kind.
pub async fn send_outgoing(bot: &Bot, chat_id: ChatId, out: Outgoing) {
    let result = with_retry("sendMessage", || {
        let mut request = bot.send_message(chat_id, out.html.clone()).parse_mode(ParseMode::Html);
        if let Some(keyboard) = out.keyboard.clone() {
            request = request.reply_markup(keyboard);
        }
        request.into_future()
    })
    .await;
    if let Err(e) = result {
        tracing::warn!(failure = ?classify(&e), "could not send a message");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(answer: &str) -> Result<(), RequestError> {
        Acknowledgement::outcome(answer.as_bytes())
    }

    #[test]
    fn a_sent_message_is_acknowledged_whatever_the_echo_holds() {
        let echo = r#"{"ok":true,"result":{"message_id":7,"chat":{"id":1,"type":"private"},"date":0,
            "text":"<b>x</b> \u00e9 \ud83d\ude00","entities":[{"type":"bold","offset":0,"length":1}]}}"#;
        assert!(outcome(echo).is_ok());
        assert!(outcome(r#"{"ok":true,"result":true}"#).is_ok());
    }

    #[test]
    fn failures_are_reported_as_teloxide_reports_them() {
        let flood = outcome(
            r#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3","parameters":{"retry_after":3}}"#,
        );
        assert_eq!(
            classify(&flood.unwrap_err()),
            Failure::RetryAfter(Duration::from_secs(3))
        );

        let blocked =
            outcome(r#"{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}"#);
        assert!(matches!(blocked, Err(RequestError::Api(ApiError::BotBlocked))));

        let migrated = outcome(
            r#"{"ok":false,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":-100123}}"#,
        );
        assert!(matches!(migrated, Err(RequestError::MigrateToChatId(ChatId(-100123)))));

        let bad_html =
            outcome(r#"{"ok":false,"error_code":400,"description":"Bad Request: can't parse entities: unclosed tag"}"#);
        assert_eq!(classify(&bad_html.unwrap_err()), Failure::Permanent);
    }

    #[test]
    fn an_answer_that_is_not_the_bot_api_s_may_pass_and_is_retried() {
        // A proxy's error page, a cut connection, an envelope without its error.
        for answer in ["<html>502 Bad Gateway</html>", r#"{"ok":true"#, r#"{"ok":false}"#, ""] {
            let error = outcome(answer).unwrap_err();
            assert!(
                matches!(error, RequestError::InvalidJson { .. }),
                "{answer:?}: {error:?}"
            );
            assert_eq!(classify(&error), Failure::Transient, "{answer:?}");
        }
    }

    #[test]
    fn replies_go_to_the_configured_server_s_send_message() {
        let bot = Bot::new("123:abc").set_api_url("http://127.0.0.1:8081/tg".parse().unwrap());
        assert_eq!(
            method_url(&bot, "sendMessage").as_str(),
            "http://127.0.0.1:8081/tg/bot123:abc/sendMessage"
        );
        let default = Bot::new("123:abc");
        assert_eq!(
            method_url(&default, "sendMessage").as_str(),
            "https://api.telegram.org/bot123:abc/sendMessage"
        );
    }
}
