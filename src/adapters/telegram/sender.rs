//! The alert sender over Telegram: the broadcaster's [`AlertSender`], and the admin's live
//! progress message. The broadcaster paces the sends ([`Pacer`](crate::alerts::Pacer)): a sliding
//! window, where teloxide's `Throttle` released in rounds and let one second hold 31 messages.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::ParseMode;

use super::app::{lock, ProgressMessages};
use super::keyboard;
use super::send::{self, Failure};
use crate::alerts::{AlertSender, SendError};
use crate::content::{Arg, Lang};
use crate::conversation::Catalog;
use crate::store::Counts;

/// Sends alerts through Telegram, and keeps admins' progress messages up to date.
pub struct TelegramSender {
    bot: Bot,
    catalog: Arc<Catalog>,
    progress: ProgressMessages,
}

impl TelegramSender {
    /// A sender over `bot`. It sends as fast as it is asked: the broadcaster paces it (at most
    /// 30 messages in any second); an alert goes to each chat once, so per-chat limits are not
    /// reached, and flood waits are returned to the broadcaster (which persists them).
    pub fn new(bot: Bot, catalog: Arc<Catalog>, progress: ProgressMessages) -> TelegramSender {
        TelegramSender { bot, catalog, progress }
    }
}

impl AlertSender for TelegramSender {
    async fn send(&self, chat_id: i64, html: String, lang: Lang) -> Result<(), SendError> {
        let result = self
            .bot
            .send_message(ChatId(chat_id), html)
            .parse_mode(ParseMode::Html)
            .reply_markup(keyboard::emergency(&self.catalog, lang))
            .await;
        result.map(|_| ()).map_err(|e| match send::classify(&e) {
            Failure::RetryAfter(wait) => SendError::RetryAfter(wait),
            Failure::Gone => SendError::Gone,
            Failure::Transient => SendError::Transient,
            Failure::Permanent => SendError::Permanent,
        })
    }

    fn progress(&self, alert_id: i64, counts: Counts, finished: bool) {
        let target = lock(&self.progress).get(&alert_id).copied();
        let Some((chat_id, message_id, lang)) = target else {
            return;
        };
        let locales = self.catalog.locales();
        let text = if finished {
            lock(&self.progress).remove(&alert_id);
            locales.format(
                lang,
                "alert-report",
                &[
                    ("id", Arg::Number(alert_id as f64)),
                    ("sent", Arg::Number(counts.sent as f64)),
                    ("failed", Arg::Number(counts.failed as f64)),
                    ("removed", Arg::Number(counts.gone as f64)),
                ],
            )
        } else {
            locales.format(
                lang,
                "alert-progress",
                &[
                    ("id", Arg::Number(alert_id as f64)),
                    ("sent", Arg::Number(counts.sent as f64)),
                    ("failed", Arg::Number((counts.failed + counts.gone) as f64)),
                    ("left", Arg::Number(counts.left as f64)),
                ],
            )
        };
        let bot = self.bot.clone();
        tokio::spawn(async move {
            let edit = bot
                .edit_message_text(chat_id, message_id, text)
                .parse_mode(ParseMode::Html);
            if let Err(e) = edit.await {
                tracing::debug!(failure = ?send::classify(&e), "could not update alert progress");
            }
        });
    }
}
