//! The reporter's side of a rapid-response report, in private chats: `/report` (or the "Report
//! ICE activity" button), the safety screen, then the steps of [`ReportDraft`], stored after every
//! step so a restart resumes where the reporter was. A confirmed report goes to the verifiers
//! ([`super::verify`]). Logs carry report ids and states, never what the reporter wrote.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use teloxide::prelude::*;

use super::app::{App, ReportsSetup};
use super::callback::ReportPress;
use super::keyboard;
use super::schema::HandlerResult;
use super::send::{send_outgoing, Outgoing};
use super::verify;
use crate::content::{Arg, Lang};
use crate::reports::{self, Allowed, Effect, Event, ReportDraft, Step};
use crate::store::NewReport;

/// A report in progress, found for a message or a press.
#[derive(Debug, Clone)]
pub struct Reporting {
    /// The language the report is being written in.
    pub lang: Lang,
    /// The draft.
    pub draft: ReportDraft,
}

/// Seconds since the Unix epoch.
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// The report a chat is writing, if any.
pub fn in_progress(app: &App, chat_id: ChatId) -> Option<Reporting> {
    let (lang, json) = app.store.report_draft(chat_id.0).unwrap_or_else(|e| {
        tracing::error!(error = %e, "reading a report draft failed");
        None
    })?;
    // A draft that does not parse (written by another version) is dropped.
    let draft = serde_json::from_str(&json).ok()?;
    Some(Reporting { lang, draft })
}

/// `/report`.
pub async fn on_report(bot: Bot, msg: Message, app: Arc<App>) -> HandlerResult {
    let lang = app.lang(msg.chat.id, msg.from.as_ref().and_then(|u| u.language_code.as_deref()));
    begin(&bot, &app, msg.chat.id, msg.chat.is_private(), lang).await;
    tracing::info!(update = "command", command = "report", "answered");
    Ok(())
}

/// The "Report ICE activity" button.
pub async fn on_report_button(bot: Bot, q: CallbackQuery, app: Arc<App>) -> HandlerResult {
    let Some(chat) = q.message.as_ref().map(|m| m.chat().clone()) else {
        return Ok(());
    };
    let lang = app.lang(chat.id, q.from.language_code.as_deref());
    begin(&bot, &app, chat.id, chat.is_private(), lang).await;
    Ok(())
}

/// Starts a report: private chats only, reports enabled, within the limits; then the safety
/// screen.
async fn begin(bot: &Bot, app: &App, chat_id: ChatId, private: bool, lang: Lang) {
    let catalog = &app.catalog;
    let Some(setup) = app.reports.as_ref() else {
        send_outgoing(bot, chat_id, Outgoing::text(catalog, lang, "report-disabled", &[])).await;
        return;
    };
    if !private {
        send_outgoing(bot, chat_id, Outgoing::text(catalog, lang, "report-private-only", &[])).await;
        return;
    }
    if let Some(refusal) = refusal(app, setup, chat_id, lang) {
        send_outgoing(bot, chat_id, refusal).await;
        return;
    }
    let draft = ReportDraft::default();
    save(app, chat_id, lang, &draft);
    ask(bot, app, chat_id, lang, &draft, Step::Safety).await;
}

/// The kind refusal when a chat may not report now.
fn refusal(app: &App, setup: &ReportsSetup, chat_id: ChatId, lang: Lang) -> Option<Outgoing> {
    let now = unix_now();
    let hash = reports::reporter_hash(&setup.salt, chat_id.0);
    let (times, muted) = app.store.reporter_limits(&hash, now).unwrap_or_else(|e| {
        tracing::error!(error = %e, "reading report limits failed");
        (Vec::new(), None)
    });
    let catalog = &app.catalog;
    match reports::check(&times, now, muted) {
        Allowed::Yes => None,
        #[allow(clippy::cast_precision_loss, reason = "at most ten minutes")]
        Allowed::TooSoon(minutes) => Some(Outgoing::text(
            catalog,
            lang,
            "report-too-soon",
            &[("minutes", Arg::Number(minutes as f64))],
        )),
        Allowed::DailyLimit => Some(Outgoing::text(catalog, lang, "report-daily-limit", &[])),
        Allowed::Muted => Some(Outgoing::text(catalog, lang, "report-muted", &[])),
    }
}

fn save(app: &App, chat_id: ChatId, lang: Lang, draft: &ReportDraft) {
    let saved = serde_json::to_string(draft)
        .map_err(|e| e.to_string())
        .and_then(|json| {
            app.store
                .save_report_draft(chat_id.0, lang, &json, unix_now())
                .map_err(|e| e.to_string())
        });
    if let Err(e) = saved {
        tracing::error!(error = %e, "saving a report draft failed");
    }
}

/// A text, photo or file sent while a report is being written.
pub async fn on_message(bot: Bot, msg: Message, reporting: Reporting, app: Arc<App>) -> HandlerResult {
    let photo = msg
        .photo()
        .and_then(|sizes| sizes.iter().max_by_key(|p| u64::from(p.width) * u64::from(p.height)))
        .map(|p| p.file.id.0.clone());
    let event = if let Some(text) = msg.text() {
        Event::Text(text)
    } else if let Some(photo) = photo.as_deref() {
        Event::Photo(photo)
    } else if msg.document().is_some() {
        Event::Document
    } else {
        // A sticker, voice message or location: the step's question again.
        Event::Continue
    };
    advance(&bot, &app, msg.chat.id, reporting, event).await;
    tracing::info!(update = "message", flow = "report", "answered");
    Ok(())
}

/// `/cancel` while a report is being written.
pub async fn on_cancel(bot: Bot, msg: Message, reporting: Reporting, app: Arc<App>) -> HandlerResult {
    advance(&bot, &app, msg.chat.id, reporting, Event::Cancel).await;
    tracing::info!(update = "command", command = "cancel", flow = "report", "answered");
    Ok(())
}

/// A button of the report flow.
pub async fn on_press(bot: Bot, q: CallbackQuery, press: ReportPress, app: Arc<App>) -> HandlerResult {
    let Some(chat_id) = q.message.as_ref().map(|m| m.chat().id) else {
        return Ok(());
    };
    let Some(reporting) = in_progress(&app, chat_id) else {
        let lang = app.lang(chat_id, q.from.language_code.as_deref());
        send_outgoing(&bot, chat_id, Outgoing::text(&app.catalog, lang, "stale-button", &[])).await;
        return Ok(());
    };
    if press == ReportPress::Counties {
        let lang = reporting.lang;
        send_outgoing(
            &bot,
            chat_id,
            Outgoing::text(&app.catalog, lang, "report-ask-town", &[])
                .with_keyboard(keyboard::report_counties(&app.catalog, lang)),
        )
        .await;
        return Ok(());
    }
    let event = match &press {
        ReportPress::Continue => Event::Continue,
        ReportPress::County(region) => Event::County(region),
        ReportPress::Town(index) => Event::Town(*index),
        ReportPress::Activity(activity) => Event::Activity(*activity),
        ReportPress::When(when) => Event::When(*when),
        ReportPress::Skip => Event::Skip,
        ReportPress::Confirm => Event::Confirm,
        ReportPress::Cancel | ReportPress::Counties => Event::Cancel,
    };
    advance(&bot, &app, chat_id, reporting, event).await;
    Ok(())
}

/// Applies an event to the chat's draft, stores the result, and shows what comes next.
async fn advance(bot: &Bot, app: &App, chat_id: ChatId, reporting: Reporting, event: Event<'_>) {
    let Reporting { lang, mut draft } = reporting;
    let effect = draft.apply(&app.towns, event);
    if ReportDraft::finished_by(&effect) {
        if let Err(e) = app.store.delete_report_draft(chat_id.0) {
            tracing::error!(error = %e, "deleting a report draft failed");
        }
    } else {
        save(app, chat_id, lang, &draft);
    }
    let catalog = &app.catalog;
    match effect {
        Effect::Ask(step) | Effect::Repeat(step) => ask(bot, app, chat_id, lang, &draft, step).await,
        Effect::CountyTowns(region) => {
            let towns: Vec<(usize, String)> = app
                .towns
                .in_region(&region)
                .into_iter()
                .filter_map(|i| app.towns.get(i).map(|t| (i, t.name.clone())))
                .collect();
            let county = crate::alerts::region_name(catalog, lang, &region);
            let out = Outgoing::text(catalog, lang, "report-choose-town", &[("county", Arg::Text(county))])
                .with_keyboard(keyboard::report_towns(catalog, lang, &towns));
            send_outgoing(bot, chat_id, out).await;
        }
        Effect::TownChoices(choices) => {
            let towns: Vec<(usize, String)> = choices
                .into_iter()
                .filter_map(|i| app.towns.get(i).map(|t| (i, t.name.clone())))
                .collect();
            let out = Outgoing::text(catalog, lang, "report-town-choices", &[])
                .with_keyboard(keyboard::report_towns(catalog, lang, &towns));
            send_outgoing(bot, chat_id, out).await;
        }
        Effect::TownNotFound => {
            let out = Outgoing::text(catalog, lang, "report-town-not-found", &[])
                .with_keyboard(keyboard::report_counties(catalog, lang));
            send_outgoing(bot, chat_id, out).await;
        }
        Effect::NotAPhoto => {
            let out = Outgoing::text(catalog, lang, "report-not-a-photo", &[])
                .with_keyboard(keyboard::report_skip(catalog, lang));
            send_outgoing(bot, chat_id, out).await;
        }
        Effect::Cancelled => {
            send_outgoing(bot, chat_id, Outgoing::text(catalog, lang, "report-cancelled", &[])).await;
            tracing::info!(flow = "report", state = "cancelled", "report cancelled");
        }
        Effect::Submit(report) => submit(bot, app, chat_id, lang, report).await,
    }
}

/// Shows the question of `step`.
async fn ask(bot: &Bot, app: &App, chat_id: ChatId, lang: Lang, draft: &ReportDraft, step: Step) {
    let catalog = &app.catalog;
    let town = draft
        .town
        .and_then(|i| app.towns.get(i))
        .map(|t| t.name.clone())
        .unwrap_or_default();
    let out =
        match step {
            Step::Safety => Outgoing::text(catalog, lang, "report-safety", &[])
                .with_keyboard(keyboard::report_safety(catalog, lang)),
            Step::Town => Outgoing::text(catalog, lang, "report-ask-town", &[])
                .with_keyboard(keyboard::report_counties(catalog, lang)),
            Step::Place => Outgoing::text(catalog, lang, "report-ask-place", &[("town", Arg::Text(town))])
                .with_keyboard(keyboard::report_cancel(catalog, lang)),
            Step::Activity => Outgoing::text(catalog, lang, "report-ask-activity", &[])
                .with_keyboard(keyboard::report_activities(catalog, lang)),
            Step::Details => Outgoing::text(catalog, lang, "report-ask-details", &[])
                .with_keyboard(keyboard::report_skip(catalog, lang)),
            Step::When => Outgoing::text(catalog, lang, "report-ask-when", &[])
                .with_keyboard(keyboard::report_when(catalog, lang)),
            Step::Photo => Outgoing::text(catalog, lang, "report-ask-photo", &[])
                .with_keyboard(keyboard::report_skip(catalog, lang)),
            Step::Summary => {
                let locales = catalog.locales();
                let mut what = draft
                    .activity
                    .map(|a| locales.text(lang, &format!("report-activity-{}", a.code())))
                    .unwrap_or_default();
                if let Some(details) = &draft.details {
                    what = format!("{what} ({details})");
                }
                let when = draft
                    .when
                    .map(|w| locales.text(lang, &format!("report-when-{}", w.code())))
                    .unwrap_or_default();
                let photo = locales.text(
                    lang,
                    if draft.photo.is_some() {
                        "report-photo-yes"
                    } else {
                        "report-photo-no"
                    },
                );
                Outgoing::text(
                    catalog,
                    lang,
                    "report-review",
                    &[
                        ("town", Arg::Text(town)),
                        ("place", Arg::Text(draft.place.clone().unwrap_or_default())),
                        ("what", Arg::Text(what)),
                        ("when", Arg::Text(when)),
                        ("photo", Arg::Text(photo)),
                    ],
                )
                .with_keyboard(keyboard::report_confirm(catalog, lang))
            }
        };
    send_outgoing(bot, chat_id, out).await;
}

/// Sends a confirmed report for verification (within the limits), and tells the reporter what to
/// do now.
async fn submit(bot: &Bot, app: &App, chat_id: ChatId, lang: Lang, report: reports::Report) {
    let catalog = &app.catalog;
    let Some(setup) = app.reports.as_ref() else {
        send_outgoing(bot, chat_id, Outgoing::text(catalog, lang, "report-disabled", &[])).await;
        return;
    };
    if let Some(refusal) = refusal(app, setup, chat_id, lang) {
        send_outgoing(bot, chat_id, refusal).await;
        return;
    }
    let now = unix_now();
    let new = NewReport {
        town: report.town,
        region: report.region,
        place: report.place,
        activity: report.activity.code().to_string(),
        details: report.details,
        seen_when: report.when.code().to_string(),
        photo_file_id: report.photo,
        reporter_chat_id: chat_id.0,
        reporter_hash: reports::reporter_hash(&setup.salt, chat_id.0),
        lang,
    };
    let (id, group) = match app.store.create_report(&new, now, now - reports::GROUP_WINDOW_SECS) {
        Ok(ids) => ids,
        Err(e) => {
            tracing::error!(error = %e, "saving a report failed");
            send_outgoing(bot, chat_id, Outgoing::text(catalog, lang, "error-generic", &[])).await;
            return;
        }
    };
    tracing::info!(report = id, group, state = "open", "report sent for verification");
    send_outgoing(bot, chat_id, Outgoing::text(catalog, lang, "report-sent", &[])).await;
    verify::post_for_verification(bot, app, setup, id, group).await;
}
