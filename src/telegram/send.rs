//! Sending to Telegram: rendering a [`Reply`] as HTML messages with an inline keyboard, and
//! retrying what is worth retrying (flood limits, dropped connections, server errors).

use std::future::Future;
use std::time::Duration;

use serde::Serialize;
use teloxide::prelude::*;
use teloxide::requests::{JsonRequest, Payload};
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, ParseMode};
use teloxide::{ApiError, RequestError};

use super::callback;
use crate::catalog::Catalog;
use crate::reply::{Action, Reply};

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

/// The inline keyboard of a reply, or `None` when it has no buttons.
pub fn keyboard(catalog: &Catalog, reply: &Reply) -> Option<InlineKeyboardMarkup> {
    if reply.buttons.is_empty() {
        return None;
    }
    let rows = reply.buttons.iter().map(|row| {
        row.iter()
            .map(|button| match button.action {
                Action::Share(i) => InlineKeyboardButton::switch_inline_query(
                    button.label.clone(),
                    format!("{}_{}", catalog.intent(i).slug, reply.lang.code()),
                ),
                action => {
                    InlineKeyboardButton::callback(button.label.clone(), callback::encode(catalog, action, reply.lang))
                }
            })
            .collect::<Vec<_>>()
    });
    Some(InlineKeyboardMarkup::new(rows))
}

/// `sendMessage` for conversation replies, whose answer is checked for errors but not parsed:
/// the bot never reads back a reply it sent, and parsing Telegram's echo of a long answer into a
/// `Message` costs more than understanding the question did.
#[derive(Debug, Serialize)]
struct SendReplyPart {
    chat_id: ChatId,
    text: String,
    parse_mode: ParseMode,
    link_preview_options: LinkPreviewOptions,
    #[serde(skip_serializing_if = "Option::is_none")]
    reply_markup: Option<InlineKeyboardMarkup>,
}

impl Payload for SendReplyPart {
    type Output = serde::de::IgnoredAny;
    const NAME: &'static str = "SendMessage";
}

/// Sends a reply as one or more HTML messages; the keyboard goes on the last one.
pub async fn send_reply(bot: &Bot, catalog: &Catalog, chat_id: ChatId, reply: &Reply) -> Result<(), RequestError> {
    let last = reply.parts.len().saturating_sub(1);
    for (i, part) in reply.parts.iter().enumerate() {
        let request = JsonRequest::new(
            bot.clone(),
            SendReplyPart {
                chat_id,
                text: part.clone(),
                parse_mode: ParseMode::Html,
                link_preview_options: no_link_preview(),
                reply_markup: if i == last { keyboard(catalog, reply) } else { None },
            },
        );
        with_retry("sendMessage", || request.send_ref()).await?;
    }
    Ok(())
}
