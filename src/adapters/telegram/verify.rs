//! The verifiers' side: each report (or group of reports about one town within an hour) is one
//! English message in the verifiers' chat, with Confirmed, False alarm and Can't verify. It names
//! nothing about the reporter, and a photo is re-sent by its file id (`sendPhoto`), never
//! forwarded. Only members of that chat can decide; the message then shows who decided and when.
//! A confirmation gives the admins an alert draft (preview, Send, Cancel); nothing is broadcast
//! without an admin's Send.

use std::future::IntoFuture;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId, ParseMode};

use super::admin_alert;
use super::app::{App, ReportsSetup};
use super::keyboard;
use super::report::unix_now;
use super::schema::HandlerResult;
use super::send::{self, send_outgoing, with_retry, Outgoing};
use crate::alerts;
use crate::content::{html, Arg, Lang};
use crate::reports::{self, Verdict};
use crate::store::{ReportState, StoredReport};

/// Posts a new report to the verifiers: a new message for a new group, or the group's message
/// edited to add it (and its photo, if any, re-sent under it).
pub async fn post_for_verification(bot: &Bot, app: &App, setup: &ReportsSetup, id: i64, group: i64) {
    let reports = match app.store.report_group(group) {
        Ok(reports) => reports,
        Err(e) => {
            tracing::error!(error = %e, report = id, "reading a report group failed");
            return;
        }
    };
    let Some(report) = reports.iter().find(|r| r.id == id) else {
        return;
    };
    let chat = setup.verifiers_chat;
    if group != id {
        if let Some(message_id) = report.verifier_message_id {
            refresh(
                bot,
                app,
                chat,
                MessageId(message_id),
                &reports,
                None,
                report.verifier_is_photo,
            )
            .await;
            if let Some(photo) = &report.photo_file_id {
                let caption = format!("📷 Photo of report #{id} ({})", html::escape(&report.town));
                if let Err(e) = send_photo(bot, chat, photo, &caption, None, Some(message_id)).await {
                    tracing::warn!(report = id, failure = %e, "could not send a report's photo to the verifiers");
                }
            }
            tracing::info!(report = id, group, state = "open", "report added to its group");
            return;
        }
    }
    let keyboard = keyboard::verifier(&app.catalog, group, &[id]);
    let posted = match &report.photo_file_id {
        Some(photo) => {
            let caption = reports::verifier_html(&reports, None, true);
            send_photo(bot, chat, photo, &caption, Some(&keyboard), None)
                .await
                .map(|message_id| (message_id, true))
        }
        None => {
            let html = reports::verifier_html(&reports, None, false);
            with_retry("sendMessage", || {
                bot.send_message(chat, html.clone())
                    .parse_mode(ParseMode::Html)
                    .reply_markup(keyboard.clone())
                    .into_future()
            })
            .await
            .map(|message| (message.id.0, false))
            .map_err(|e| format!("{:?}", send::classify(&e)))
        }
    };
    match posted {
        Ok((message_id, is_photo)) => {
            if let Err(e) = app.store.set_verifier_message(group, message_id, is_photo) {
                tracing::error!(error = %e, report = id, "saving the verifiers' message failed");
            }
            tracing::info!(report = id, group, state = "open", "report posted to the verifiers");
        }
        Err(failure) => tracing::error!(report = id, failure, "could not post a report to the verifiers"),
    }
}

/// Rewrites the verifiers' message of a group: the reports, and the decision once there is one
/// (then without buttons).
async fn refresh(
    bot: &Bot,
    app: &App,
    chat: ChatId,
    message_id: MessageId,
    reports: &[StoredReport],
    decision: Option<&str>,
    is_photo: bool,
) {
    let html = reports::verifier_html(reports, decision, is_photo);
    let keyboard = match (decision, reports.first()) {
        (None, Some(first)) => {
            let ids: Vec<i64> = reports.iter().map(|r| r.id).collect();
            keyboard::verifier(&app.catalog, first.group_id, &ids)
        }
        _ => InlineKeyboardMarkup::default(),
    };
    let result = if is_photo {
        with_retry("editMessageCaption", || {
            bot.edit_message_caption(chat, message_id)
                .caption(html.clone())
                .parse_mode(ParseMode::Html)
                .reply_markup(keyboard.clone())
                .into_future()
        })
        .await
    } else {
        with_retry("editMessageText", || {
            bot.edit_message_text(chat, message_id, html.clone())
                .parse_mode(ParseMode::Html)
                .reply_markup(keyboard.clone())
                .into_future()
        })
        .await
    };
    if let Err(e) = result {
        tracing::warn!(failure = ?send::classify(&e), "could not update the verifiers' message");
    }
}

/// Whether the user who pressed is a member of the verifiers' chat, pressing in that chat.
async fn may_decide(bot: &Bot, setup: &ReportsSetup, q: &CallbackQuery) -> bool {
    let in_chat = q.message.as_ref().is_some_and(|m| m.chat().id == setup.verifiers_chat);
    if !in_chat {
        return false;
    }
    match with_retry("getChatMember", || {
        bot.get_chat_member(setup.verifiers_chat, q.from.id).into_future()
    })
    .await
    {
        Ok(member) => member.kind.is_present(),
        Err(e) => {
            tracing::warn!(failure = ?send::classify(&e), "could not check a verifier's membership");
            false
        }
    }
}

/// A verdict pressed under a group's message.
pub async fn on_verdict(bot: Bot, q: CallbackQuery, (verdict, group): (Verdict, i64), app: Arc<App>) -> HandlerResult {
    let Some(setup) = app.reports.clone() else {
        return Ok(());
    };
    if !may_decide(&bot, &setup, &q).await {
        tracing::info!(group, "a verdict from outside the verifiers' chat was refused");
        return Ok(());
    }
    let consequences = verdict.consequences();
    let now = unix_now();
    let by = q.from.first_name.clone();
    let reporters = match app.store.decide_group(group, consequences.state, &by, now) {
        Ok(reporters) => reporters,
        Err(e) => {
            tracing::error!(error = %e, group, "saving a verdict failed");
            return Ok(());
        }
    };
    let reports = app.store.report_group(group).unwrap_or_default();
    if reporters.is_empty() {
        // Decided already by someone else, or expired: an expired group's buttons go.
        if reports.is_empty() {
            if let Some(message) = q.message.as_ref() {
                let _ = bot
                    .edit_message_reply_markup(setup.verifiers_chat, message.id())
                    .reply_markup(InlineKeyboardMarkup::default())
                    .await;
            }
        }
        return Ok(());
    }
    let Some(first) = reports.first().cloned() else {
        return Ok(());
    };
    tracing::info!(
        group,
        state = consequences.state.as_str(),
        reports = reports.len(),
        "reports decided"
    );
    if let Some(message_id) = first.verifier_message_id {
        let line = reports::decision_line(consequences.state, &by, now);
        refresh(
            &bot,
            &app,
            setup.verifiers_chat,
            MessageId(message_id),
            &reports,
            Some(&line),
            first.verifier_is_photo,
        )
        .await;
    }
    for reporter in reporters {
        let out = Outgoing::text(&app.catalog, reporter.lang, consequences.tell_reporter, &[]);
        send_outgoing(&bot, ChatId(reporter.chat_id), out).await;
        if let Err(e) = app.store.reporter_told(reporter.report_id) {
            tracing::error!(error = %e, "erasing a reporter failed");
        }
    }
    if consequences.draft_alert && consequences.state == ReportState::Confirmed {
        draft_alert_for_admins(&bot, &app, group, &reports).await;
    }
    Ok(())
}

/// Gives every admin a ready alert draft for the confirmed reports' town: the usual preview,
/// with Send and Cancel. The draft is rebuilt from the store when Send is pressed, so it outlives
/// a restart, and is sent once however many admins press.
async fn draft_alert_for_admins(bot: &Bot, app: &App, group: i64, reports: &[StoredReport]) {
    let Some(latest) = reports.iter().max_by_key(|r| r.created_at) else {
        return;
    };
    if app.admin_ids.is_empty() {
        tracing::warn!("a report was confirmed but KYR_ADMIN_IDS is empty: no one can send the alert");
        return;
    }
    let texts = reports::alert_texts(&app.catalog, latest);
    for &admin in &app.admin_ids {
        let Ok(admin_chat) = i64::try_from(admin).map(ChatId) else {
            continue;
        };
        let lang: Lang = app.lang(admin_chat, None);
        let intro = Outgoing::text(
            &app.catalog,
            lang,
            "report-admin-draft",
            &[
                ("town", Arg::Text(latest.town.clone())),
                (
                    "region",
                    Arg::Text(alerts::region_name(&app.catalog, lang, &latest.region)),
                ),
            ],
        );
        send_outgoing(bot, admin_chat, intro).await;
        let preview = Outgoing {
            html: alerts::render(
                &app.catalog,
                lang,
                &latest.region,
                alerts::text_for(&texts, lang).unwrap_or_default(),
            ),
            keyboard: Some(keyboard::emergency(&app.catalog, lang)),
        };
        send_outgoing(bot, admin_chat, preview).await;
        let confirm = Outgoing::text(&app.catalog, lang, "alert-preview", &[])
            .with_keyboard(keyboard::report_alert_confirm(&app.catalog, lang, group));
        send_outgoing(bot, admin_chat, confirm).await;
    }
    tracing::info!(report = latest.id, "alert draft given to the admins");
}

/// An admin pressed Send under the alert drafted from a confirmed group of reports: the alert is
/// rebuilt from the store and queued, once.
pub async fn on_send_alert(bot: Bot, q: CallbackQuery, group: i64, app: Arc<App>) -> HandlerResult {
    let Some(chat_id) = q.message.as_ref().map(|m| m.chat().id) else {
        return Ok(());
    };
    let lang = app.lang(chat_id, q.from.language_code.as_deref());
    let reports = app.store.report_group(group).unwrap_or_default();
    let latest = reports
        .iter()
        .filter(|r| r.state == ReportState::Confirmed)
        .max_by_key(|r| r.created_at);
    let sendable = match latest {
        Some(_) => app.store.mark_group_alerted(group, unix_now()).unwrap_or_else(|e| {
            tracing::error!(error = %e, "recording an alert from reports failed");
            false
        }),
        None => false,
    };
    let Some(latest) = latest.filter(|_| sendable) else {
        // Expired, or already sent (by this admin or another).
        send_outgoing(&bot, chat_id, Outgoing::text(&app.catalog, lang, "stale-button", &[])).await;
        return Ok(());
    };
    let texts = reports::alert_texts(&app.catalog, latest);
    admin_alert::queue_alert(&bot, &app, chat_id, lang, &latest.region, &texts).await;
    tracing::info!(group, "alert from confirmed reports queued");
    Ok(())
}

/// A verifier muted the sender of a report, for 30 days, without learning who it is.
pub async fn on_mute(bot: Bot, q: CallbackQuery, report_id: i64, app: Arc<App>) -> HandlerResult {
    let Some(setup) = app.reports.clone() else {
        return Ok(());
    };
    if !may_decide(&bot, &setup, &q).await {
        tracing::info!(
            report = report_id,
            "a mute from outside the verifiers' chat was refused"
        );
        return Ok(());
    }
    let now = unix_now();
    match app.store.mute_reporter_of(report_id, now + reports::MUTE_SECS) {
        Ok(true) => {
            let line = reports::muted_line(report_id, &q.from.first_name, now);
            let sent = bot
                .send_message(setup.verifiers_chat, line)
                .parse_mode(ParseMode::Html)
                .await;
            if let Err(e) = sent {
                tracing::warn!(failure = ?send::classify(&e), "could not confirm a mute");
            }
            tracing::info!(report = report_id, "reporter muted");
        }
        Ok(false) => tracing::info!(report = report_id, "mute of an expired report ignored"),
        Err(e) => tracing::error!(error = %e, "muting a reporter failed"),
    }
    Ok(())
}

/// `sendPhoto` by file id, as JSON: the photo Telegram already has is sent again with a caption
/// and no link to whoever sent it first (`forwardMessage` would show the sender). Returns the new
/// message's id.
async fn send_photo(
    bot: &Bot,
    chat: ChatId,
    file_id: &str,
    caption: &str,
    keyboard: Option<&InlineKeyboardMarkup>,
    reply_to: Option<i32>,
) -> Result<i32, String> {
    #[derive(Serialize)]
    struct ReplyTo {
        message_id: i32,
        allow_sending_without_reply: bool,
    }
    #[derive(Serialize)]
    struct SendPhoto<'a> {
        chat_id: ChatId,
        photo: &'a str,
        caption: &'a str,
        parse_mode: ParseMode,
        #[serde(skip_serializing_if = "Option::is_none")]
        reply_markup: Option<&'a InlineKeyboardMarkup>,
        #[serde(skip_serializing_if = "Option::is_none")]
        reply_parameters: Option<ReplyTo>,
    }
    #[derive(Deserialize)]
    struct Sent {
        message_id: i32,
    }
    #[derive(Deserialize)]
    struct Answer {
        ok: bool,
        result: Option<Sent>,
        description: Option<String>,
    }
    let body = SendPhoto {
        chat_id: chat,
        photo: file_id,
        caption,
        parse_mode: ParseMode::Html,
        reply_markup: keyboard,
        reply_parameters: reply_to.map(|message_id| ReplyTo {
            message_id,
            allow_sending_without_reply: true,
        }),
    };
    let body = serde_json::to_vec(&body).map_err(|e| e.to_string())?;
    let mut last = String::new();
    for attempt in 0..3u64 {
        let sent = bot
            .client()
            .post(send::method_url(bot, "sendPhoto"))
            .header("content-type", "application/json")
            .body(body.clone())
            .send()
            .await;
        match sent {
            Ok(response) => {
                let bytes = response.bytes().await.map_err(|_| "network".to_string())?;
                let answer: Answer = serde_json::from_slice(&bytes).map_err(|_| "invalid answer".to_string())?;
                return match (answer.ok, answer.result) {
                    (true, Some(sent)) => Ok(sent.message_id),
                    // Telegram's description, not a user's words.
                    _ => Err(answer.description.unwrap_or_else(|| "refused".to_string())),
                };
            }
            Err(_) => {
                last = "network".to_string();
                tokio::time::sleep(std::time::Duration::from_millis(250 * (attempt + 1))).await;
            }
        }
    }
    Err(last)
}
