//! Inline keyboards, all of them: a [`Reply`]'s buttons, the region pickers, the alert
//! confirmation, the emergency button under every alert, the reporter's steps and the
//! verifiers' buttons.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::callback::{self, Press, ReportPress};
use crate::alerts::region_name;
use crate::content::{Content, Lang};
use crate::reply::{Action, Reply};
use crate::reports::{Activity, Verdict, When};
use crate::store::{REGIONS, STATEWIDE};

/// The inline keyboard of a reply, or `None` when it has no buttons. "Share" opens inline mode
/// with the answer's deep-link name, so the volunteer picks the chat to post it in.
pub fn reply_keyboard(content: &Content, reply: &Reply) -> Option<InlineKeyboardMarkup> {
    if reply.buttons.is_empty() {
        return None;
    }
    let rows = reply.buttons.iter().map(|row| {
        row.iter()
            .map(|button| match button.action {
                Action::Share(i) => InlineKeyboardButton::switch_inline_query(
                    button.label.clone(),
                    format!("{}_{}", content.intent(i).slug, reply.lang.code()),
                ),
                action => {
                    InlineKeyboardButton::callback(button.label.clone(), callback::encode(content, action, reply.lang))
                }
            })
            .collect::<Vec<_>>()
    });
    Some(InlineKeyboardMarkup::new(rows))
}

/// The button under every alert and its preview: what to do if ICE comes.
pub fn emergency(content: &Content, lang: Lang) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([[InlineKeyboardButton::callback(
        content.locales().text(lang, "alert-emergency-button"),
        callback::encode(content, Action::Emergency, lang),
    )]])
}

/// What a region picker is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionPicker {
    /// `/subscribe`: several counties may be toggled, then Done.
    Subscribe,
    /// `/alert`: one region, chosen by a press.
    Alert,
}

/// The region picker: statewide first, then the counties two by two (☑️ marks chosen ones).
pub fn regions(content: &Content, lang: Lang, selected: &[String], picker: RegionPicker) -> InlineKeyboardMarkup {
    let press = |code: &str| match picker {
        RegionPicker::Subscribe => Press::ToggleRegion(code.to_string()),
        RegionPicker::Alert => Press::AlertRegion(code.to_string()),
    };
    let mut rows = vec![vec![InlineKeyboardButton::callback(
        region_name(content, lang, STATEWIDE),
        press(STATEWIDE).encode(content),
    )]];
    for pair in REGIONS.chunks(2) {
        rows.push(
            pair.iter()
                .map(|code| {
                    let mark = if selected.iter().any(|s| s == code) {
                        "☑️ "
                    } else {
                        ""
                    };
                    InlineKeyboardButton::callback(
                        format!("{mark}{}", region_name(content, lang, code)),
                        press(code).encode(content),
                    )
                })
                .collect(),
        );
    }
    if picker == RegionPicker::Subscribe {
        rows.push(vec![InlineKeyboardButton::callback(
            content.locales().text(lang, "subscribe-finish"),
            Press::SubscribeDone.encode(content),
        )]);
    }
    InlineKeyboardMarkup::new(rows)
}

/// Send and Cancel under an alert's preview.
pub fn alert_confirm(content: &Content, lang: Lang) -> InlineKeyboardMarkup {
    let locales = content.locales();
    InlineKeyboardMarkup::new([[
        InlineKeyboardButton::callback(locales.text(lang, "alert-send"), Press::AlertSend.encode(content)),
        InlineKeyboardButton::callback(locales.text(lang, "alert-cancel"), Press::AlertCancel.encode(content)),
    ]])
}

/// Send and Cancel under the alert drafted from a confirmed group of reports.
pub fn report_alert_confirm(content: &Content, lang: Lang, group: i64) -> InlineKeyboardMarkup {
    let locales = content.locales();
    InlineKeyboardMarkup::new([[
        InlineKeyboardButton::callback(
            locales.text(lang, "alert-send"),
            Press::ReportAlertSend(group).encode(content),
        ),
        InlineKeyboardButton::callback(locales.text(lang, "alert-cancel"), Press::AlertCancel.encode(content)),
    ]])
}

/// A reporter's button.
fn report_button(content: &Content, label: String, press: ReportPress) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(label, Press::Report(press).encode(content))
}

/// The Cancel row under every step of a report.
fn report_cancel_row(content: &Content, lang: Lang) -> Vec<InlineKeyboardButton> {
    vec![report_button(
        content,
        content.locales().text(lang, "report-cancel-button"),
        ReportPress::Cancel,
    )]
}

/// Continue and Cancel under the safety screen.
pub fn report_safety(content: &Content, lang: Lang) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([
        vec![report_button(
            content,
            content.locales().text(lang, "report-continue"),
            ReportPress::Continue,
        )],
        report_cancel_row(content, lang),
    ])
}

/// The eight counties, two by two, then Cancel.
pub fn report_counties(content: &Content, lang: Lang) -> InlineKeyboardMarkup {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = REGIONS
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|code| {
                    report_button(
                        content,
                        region_name(content, lang, code),
                        ReportPress::County((*code).to_string()),
                    )
                })
                .collect()
        })
        .collect();
    rows.push(report_cancel_row(content, lang));
    InlineKeyboardMarkup::new(rows)
}

/// Towns (index and name), three by three, then back to the counties, then Cancel.
pub fn report_towns(content: &Content, lang: Lang, towns: &[(usize, String)]) -> InlineKeyboardMarkup {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = towns
        .chunks(3)
        .map(|chunk| {
            chunk
                .iter()
                .map(|(index, name)| report_button(content, name.clone(), ReportPress::Town(*index)))
                .collect()
        })
        .collect();
    rows.push(vec![report_button(
        content,
        content.locales().text(lang, "report-counties-button"),
        ReportPress::Counties,
    )]);
    rows.push(report_cancel_row(content, lang));
    InlineKeyboardMarkup::new(rows)
}

/// What was seen: one activity per row, then Cancel.
pub fn report_activities(content: &Content, lang: Lang) -> InlineKeyboardMarkup {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Activity::ALL
        .into_iter()
        .map(|activity| {
            vec![report_button(
                content,
                content
                    .locales()
                    .text(lang, &format!("report-activity-{}", activity.code())),
                ReportPress::Activity(activity),
            )]
        })
        .collect();
    rows.push(report_cancel_row(content, lang));
    InlineKeyboardMarkup::new(rows)
}

/// When: now, within the hour, earlier; then Cancel.
pub fn report_when(content: &Content, lang: Lang) -> InlineKeyboardMarkup {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = When::ALL
        .into_iter()
        .map(|when| {
            vec![report_button(
                content,
                content.locales().text(lang, &format!("report-when-{}", when.code())),
                ReportPress::When(when),
            )]
        })
        .collect();
    rows.push(report_cancel_row(content, lang));
    InlineKeyboardMarkup::new(rows)
}

/// Skip and Cancel (details, photo).
pub fn report_skip(content: &Content, lang: Lang) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([
        vec![report_button(
            content,
            content.locales().text(lang, "report-skip"),
            ReportPress::Skip,
        )],
        report_cancel_row(content, lang),
    ])
}

/// Only Cancel (steps answered with text).
pub fn report_cancel(content: &Content, lang: Lang) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([report_cancel_row(content, lang)])
}

/// Send and Cancel under the summary.
pub fn report_confirm(content: &Content, lang: Lang) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([
        vec![report_button(
            content,
            content.locales().text(lang, "report-send"),
            ReportPress::Confirm,
        )],
        report_cancel_row(content, lang),
    ])
}

/// The verifiers' buttons under a group of reports (English): the three verdicts for the whole
/// group, and a mute button per report (its sender stays unknown).
pub fn verifier(content: &Content, group: i64, report_ids: &[i64]) -> InlineKeyboardMarkup {
    let mut rows = vec![Verdict::ALL
        .into_iter()
        .map(|verdict| InlineKeyboardButton::callback(verdict.label(), Press::Verify(verdict, group).encode(content)))
        .collect::<Vec<_>>()];
    for chunk in report_ids.chunks(3) {
        rows.push(
            chunk
                .iter()
                .map(|id| {
                    InlineKeyboardButton::callback(format!("🔇 Mute sender of #{id}"), Press::Mute(*id).encode(content))
                })
                .collect(),
        );
    }
    InlineKeyboardMarkup::new(rows)
}
