//! Callback data: short, opaque strings that encode a button's [`Action`] and the language of the
//! reply that carried it. Anything that does not decode (stale, forged, from an old version) is
//! `None`, and the bot answers it politely.

use crate::catalog::Catalog;
use crate::content::Category;
use crate::lang::Lang;
use crate::reply::Action;

/// A decoded button press.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Press {
    /// A conversation button.
    Action(Action, Option<Lang>),
    /// Toggle a region in the subscription picker (`all` = statewide).
    ToggleRegion(String),
    /// Finish the subscription picker.
    SubscribeDone,
    /// An admin chose the region of a new alert.
    AlertRegion(String),
    /// An admin confirmed sending the previewed alert.
    AlertSend,
    /// An admin cancelled the previewed alert.
    AlertCancel,
}

/// Encodes an action; fits Telegram's 64-byte limit by construction (slugs are ≤ 20 bytes).
pub fn encode(catalog: &Catalog, action: Action, lang: Lang) -> String {
    let l = lang.code();
    match action {
        Action::Intent(i) => format!("i:{}:{l}", catalog.intent(i).slug),
        Action::SetLanguage(chosen) => format!("l:{}", chosen.code()),
        Action::Share(i) => format!("i:{}:{l}", catalog.intent(i).slug),
        Action::Category(c) => format!("c:{}:{l}", c.name()),
        Action::Topics => format!("t:{l}"),
        Action::Emergency => format!("e:{l}"),
        Action::Resources => format!("r:{l}"),
        Action::LanguagePicker => format!("p:{l}"),
    }
}

/// Decodes callback data; `None` for anything unknown.
pub fn decode(catalog: &Catalog, data: &str) -> Option<Press> {
    let mut parts = data.split(':');
    let kind = parts.next()?;
    let first = parts.next();
    let second = parts.next();
    if parts.next().is_some() {
        return None;
    }
    let lang_of = |code: Option<&str>| code.and_then(Lang::from_tag);
    let action = |a: Action, code: Option<&str>| Some(Press::Action(a, lang_of(code)));
    match kind {
        "i" => action(Action::Intent(catalog.intent_by_slug(first?)?), second),
        "l" => action(Action::SetLanguage(Lang::from_tag(first?)?), None),
        "c" => action(Action::Category(Category::from_name(first?)?), second),
        "t" => action(Action::Topics, first),
        "e" => action(Action::Emergency, first),
        "r" => action(Action::Resources, first),
        "p" => action(Action::LanguagePicker, first),
        "s" => match first? {
            "done" => Some(Press::SubscribeDone),
            region => Some(Press::ToggleRegion(region.to_string())),
        },
        "a" => match first? {
            "send" => Some(Press::AlertSend),
            "cancel" => Some(Press::AlertCancel),
            "region" => Some(Press::AlertRegion(second?.to_string())),
            _ => None,
        },
        _ => None,
    }
}
