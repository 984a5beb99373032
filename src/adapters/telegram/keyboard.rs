//! Inline keyboards, all of them: a [`Reply`]'s buttons, the region pickers, the alert
//! confirmation, and the emergency button under every alert.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::callback::{self, Press};
use crate::alerts::region_name;
use crate::content::{Content, Lang};
use crate::reply::{Action, Reply};
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
