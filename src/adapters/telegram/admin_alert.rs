//! The admin's alert flow, driven by the pure [`Draft`] state machine kept in the chat's dialogue:
//! `/alert` → region → text → preview → Send or Cancel. Anyone who is not a bot admin gets the
//! same plain refusal, which reveals nothing about who the admins are.

use std::future::IntoFuture;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use teloxide::prelude::*;
use teloxide::types::ParseMode;

use super::app::{lock, App, ChatDialogue, ChatState};
use super::keyboard::{self, RegionPicker};
use super::schema::HandlerResult;
use super::send::{send_outgoing, with_retry, Outgoing};
use crate::alerts::{self, Draft, DraftStep};
use crate::content::{Arg, Lang};

/// `/alert` from a bot admin in a private chat: a new draft and the region picker.
pub async fn start(bot: Bot, msg: Message, dialogue: ChatDialogue, app: Arc<App>) -> HandlerResult {
    let lang = message_lang(&app, &msg);
    let _ = dialogue.update(ChatState::DraftingAlert(Draft::default())).await;
    let picker = Outgoing::text(&app.catalog, lang, "alert-choose-region", &[]).with_keyboard(keyboard::regions(
        &app.catalog,
        lang,
        &[],
        RegionPicker::Alert,
    ));
    send_outgoing(&bot, msg.chat.id, picker).await;
    tracing::info!(update = "command", command = "alert", "answered");
    Ok(())
}

/// `/alert` from anyone else.
pub async fn refuse(bot: Bot, msg: Message, app: Arc<App>) -> HandlerResult {
    let lang = message_lang(&app, &msg);
    send_outgoing(&bot, msg.chat.id, Outgoing::text(&app.catalog, lang, "admin-only", &[])).await;
    tracing::info!(update = "command", command = "alert", "refused");
    Ok(())
}

/// An alert button pressed by someone who is not a bot admin.
pub async fn refuse_press(bot: Bot, q: CallbackQuery, app: Arc<App>) -> HandlerResult {
    if let Some((chat_id, lang)) = press_chat(&app, &q) {
        send_outgoing(&bot, chat_id, Outgoing::text(&app.catalog, lang, "admin-only", &[])).await;
    }
    Ok(())
}

/// `/cancel` while a draft is open.
pub async fn cancel_command(bot: Bot, msg: Message, dialogue: ChatDialogue, app: Arc<App>) -> HandlerResult {
    let lang = message_lang(&app, &msg);
    let _ = dialogue.exit().await;
    send_outgoing(
        &bot,
        msg.chat.id,
        Outgoing::text(&app.catalog, lang, "alert-cancelled", &[]),
    )
    .await;
    tracing::info!(update = "command", command = "cancel", "answered");
    Ok(())
}

/// The admin chose the alert's region.
pub async fn on_region(
    bot: Bot,
    q: CallbackQuery,
    region: String,
    dialogue: ChatDialogue,
    app: Arc<App>,
) -> HandlerResult {
    let Some((chat_id, lang)) = press_chat(&app, &q) else {
        return Ok(());
    };
    if !alerts::is_region(&region) {
        send_outgoing(&bot, chat_id, Outgoing::text(&app.catalog, lang, "admin-only", &[])).await;
        return Ok(());
    }
    let id = match dialogue.get().await.ok().flatten() {
        Some(ChatState::DraftingAlert(mut draft)) => {
            let step = draft.choose_region(&region);
            let _ = dialogue.update(ChatState::DraftingAlert(draft)).await;
            step_message(&step)
        }
        _ => "stale-button",
    };
    send_outgoing(&bot, chat_id, Outgoing::text(&app.catalog, lang, id, &[])).await;
    Ok(())
}

/// The admin's text for the alert: parsed, previewed exactly as subscribers in the admin's
/// language will see it, then Send and Cancel.
pub async fn receive_text(
    bot: Bot,
    msg: Message,
    mut draft: Draft,
    dialogue: ChatDialogue,
    app: Arc<App>,
) -> HandlerResult {
    let lang = message_lang(&app, &msg);
    let chat_id = msg.chat.id;
    let step = draft.write(&app.catalog, msg.text().unwrap_or_default());
    if step != DraftStep::Preview {
        send_outgoing(
            &bot,
            chat_id,
            Outgoing::text(&app.catalog, lang, step_message(&step), &[]),
        )
        .await;
        return Ok(());
    }
    let Draft::Ready { region, texts } = &draft else {
        return Ok(());
    };
    let preview = alerts::render(
        &app.catalog,
        lang,
        region,
        alerts::text_for(texts, lang).unwrap_or_default(),
    );
    let _ = dialogue.update(ChatState::DraftingAlert(draft)).await;
    let preview = Outgoing {
        html: preview,
        keyboard: Some(keyboard::emergency(&app.catalog, lang)),
    };
    send_outgoing(&bot, chat_id, preview).await;
    let confirm = Outgoing::text(&app.catalog, lang, "alert-preview", &[])
        .with_keyboard(keyboard::alert_confirm(&app.catalog, lang));
    send_outgoing(&bot, chat_id, confirm).await;
    Ok(())
}

/// Send: the alert is queued for every subscriber of its region, and a progress message follows.
pub async fn on_send(bot: Bot, q: CallbackQuery, dialogue: ChatDialogue, app: Arc<App>) -> HandlerResult {
    let Some((chat_id, lang)) = press_chat(&app, &q) else {
        return Ok(());
    };
    let ready = match dialogue.get().await.ok().flatten() {
        Some(ChatState::DraftingAlert(draft)) => {
            let _ = dialogue.exit().await;
            draft.into_ready()
        }
        _ => None,
    };
    let Some((region, texts)) = ready else {
        send_outgoing(&bot, chat_id, Outgoing::text(&app.catalog, lang, "stale-button", &[])).await;
        return Ok(());
    };
    queue_alert(&bot, &app, chat_id, lang, &region, &texts).await;
    Ok(())
}

/// Queues an alert for every subscriber of its region, shows the admin its progress message, and
/// wakes the broadcaster.
pub async fn queue_alert(
    bot: &Bot,
    app: &App,
    chat_id: ChatId,
    lang: Lang,
    region: &str,
    texts: &std::collections::BTreeMap<Lang, String>,
) {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    match app.store.create_alert(region, texts, now) {
        Ok(id) => {
            tracing::info!(alert = id, "alert queued");
            let counts = app.store.counts(id).unwrap_or_default();
            let progress = app.catalog.locales().format(
                lang,
                "alert-progress",
                &[
                    ("id", Arg::Number(id as f64)),
                    ("sent", Arg::Number(0.0)),
                    ("failed", Arg::Number(0.0)),
                    ("left", Arg::Number(counts.left as f64)),
                ],
            );
            let sent = with_retry("sendMessage", || {
                bot.send_message(chat_id, progress.clone())
                    .parse_mode(ParseMode::Html)
                    .into_future()
            })
            .await;
            if let Ok(message) = sent {
                lock(&app.progress).insert(id, (chat_id, message.id, lang));
            }
            app.broadcast.wake();
        }
        Err(e) => {
            tracing::error!(error = %e, "could not queue an alert");
            send_outgoing(bot, chat_id, Outgoing::text(&app.catalog, lang, "error-generic", &[])).await;
        }
    }
}

/// Cancel under the preview.
pub async fn on_cancel(bot: Bot, q: CallbackQuery, dialogue: ChatDialogue, app: Arc<App>) -> HandlerResult {
    let Some((chat_id, lang)) = press_chat(&app, &q) else {
        return Ok(());
    };
    if let Ok(Some(ChatState::DraftingAlert(_))) = dialogue.get().await {
        let _ = dialogue.exit().await;
    }
    send_outgoing(
        &bot,
        chat_id,
        Outgoing::text(&app.catalog, lang, "alert-cancelled", &[]),
    )
    .await;
    Ok(())
}

/// The interface message that follows a draft step that is not a preview.
fn step_message(step: &DraftStep) -> &'static str {
    match step {
        DraftStep::AskText | DraftStep::Preview => "alert-write-text",
        DraftStep::Stale => "stale-button",
    }
}

fn message_lang(app: &App, msg: &Message) -> Lang {
    app.lang(msg.chat.id, msg.from.as_ref().and_then(|u| u.language_code.as_deref()))
}

fn press_chat(app: &App, q: &CallbackQuery) -> Option<(ChatId, Lang)> {
    let chat_id = q.message.as_ref()?.chat().id;
    Some((chat_id, app.lang(chat_id, q.from.language_code.as_deref())))
}
