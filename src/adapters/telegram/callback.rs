//! Callback data, all of it: every button kyr puts under a message is encoded here, and every
//! press is decoded here. The strings are short and opaque (Telegram allows 64 bytes); anything
//! that does not decode (stale, forged, from an old version) is `None`, and the bot answers it
//! politely.

use crate::content::{Category, Content, Lang};
use crate::reply::Action;
use crate::reports::{Activity, Verdict, When};

/// A decoded button press.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Press {
    /// A conversation button, with the language of the reply that carried it.
    Action(Action, Option<Lang>),
    /// Toggle a region in the subscription picker (`all` = statewide).
    ToggleRegion(String),
    /// Finish the subscription picker.
    SubscribeDone,
    /// An admin chose the region of a new alert.
    AlertRegion(String),
    /// An admin confirmed sending the previewed alert.
    AlertSend,
    /// An admin confirmed sending the alert drafted from a confirmed group of reports (by the
    /// group's id: the draft is rebuilt from the store, so it outlives a restart).
    ReportAlertSend(i64),
    /// An admin cancelled the previewed alert.
    AlertCancel,
    /// A reporter's button in the report flow.
    Report(ReportPress),
    /// A verifier decided a group of reports (by the group's id).
    Verify(Verdict, i64),
    /// A verifier muted the sender of a report (by the report's id).
    Mute(i64),
}

/// A button of the reporter's flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportPress {
    /// Continue after the safety screen.
    Continue,
    /// A county (region code).
    County(String),
    /// A town (index into the town list).
    Town(usize),
    /// Back to the counties.
    Counties,
    /// What was seen.
    Activity(Activity),
    /// When.
    When(When),
    /// Skip this step.
    Skip,
    /// Send the report.
    Confirm,
    /// Cancel the report.
    Cancel,
}

impl Press {
    /// The callback data of this press; fits Telegram's 64-byte limit by construction (slugs are
    /// at most 20 bytes, region codes at most 10).
    pub fn encode(&self, content: &Content) -> String {
        match self {
            Press::Action(action, lang) => {
                let l = lang.map_or("", Lang::code);
                match *action {
                    Action::Intent(i) | Action::Share(i) => format!("i:{}:{l}", content.intent(i).slug),
                    Action::Details(i) => format!("d:{}:{l}", content.intent(i).slug),
                    Action::WhoToCall(i) => format!("w:{}:{l}", content.intent(i).slug),
                    Action::SetLanguage(chosen) => format!("l:{}", chosen.code()),
                    Action::Category(c) => format!("c:{}:{l}", c.name()),
                    Action::Topics => format!("t:{l}"),
                    Action::Emergency => format!("e:{l}"),
                    Action::Resources => format!("r:{l}"),
                    Action::LanguagePicker => format!("p:{l}"),
                    Action::Card => format!("k:{l}"),
                    Action::Report => format!("rp:{l}"),
                }
            }
            Press::ToggleRegion(region) => format!("s:{region}"),
            Press::SubscribeDone => "s:done".to_string(),
            Press::AlertRegion(region) => format!("a:region:{region}"),
            Press::AlertSend => "a:send".to_string(),
            Press::ReportAlertSend(group) => format!("a:rsend:{group}"),
            Press::AlertCancel => "a:cancel".to_string(),
            Press::Report(press) => match press {
                ReportPress::Continue => "q:go".to_string(),
                ReportPress::County(region) => format!("q:c:{region}"),
                ReportPress::Town(index) => format!("q:t:{index}"),
                ReportPress::Counties => "q:counties".to_string(),
                ReportPress::Activity(activity) => format!("q:a:{}", activity.code()),
                ReportPress::When(when) => format!("q:w:{}", when.code()),
                ReportPress::Skip => "q:skip".to_string(),
                ReportPress::Confirm => "q:send".to_string(),
                ReportPress::Cancel => "q:cancel".to_string(),
            },
            Press::Verify(verdict, group) => format!("v:{}:{group}", verdict.code()),
            Press::Mute(report) => format!("v:m:{report}"),
        }
    }
}

/// The callback data of a conversation button in a reply in `lang`.
pub fn encode(content: &Content, action: Action, lang: Lang) -> String {
    Press::Action(action, Some(lang)).encode(content)
}

/// Decodes callback data; `None` for anything unknown.
pub fn decode(content: &Content, data: &str) -> Option<Press> {
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
        "i" => action(Action::Intent(content.intent_by_slug(first?)?), second),
        "d" => action(Action::Details(content.intent_by_slug(first?)?), second),
        "w" => action(Action::WhoToCall(content.intent_by_slug(first?)?), second),
        "l" => action(Action::SetLanguage(Lang::from_tag(first?)?), None),
        "c" => action(Action::Category(Category::from_name(first?)?), second),
        "t" => action(Action::Topics, first),
        "e" => action(Action::Emergency, first),
        "r" => action(Action::Resources, first),
        "p" => action(Action::LanguagePicker, first),
        "k" => action(Action::Card, first),
        "rp" => action(Action::Report, first),
        "q" => {
            let press = match (first?, second) {
                ("go", None) => ReportPress::Continue,
                ("c", Some(region)) if crate::store::REGIONS.contains(&region) => {
                    ReportPress::County(region.to_string())
                }
                ("t", Some(index)) => ReportPress::Town(index.parse().ok()?),
                ("counties", None) => ReportPress::Counties,
                ("a", Some(code)) => ReportPress::Activity(Activity::from_code(code)?),
                ("w", Some(code)) => ReportPress::When(When::from_code(code)?),
                ("skip", None) => ReportPress::Skip,
                ("send", None) => ReportPress::Confirm,
                ("cancel", None) => ReportPress::Cancel,
                _ => return None,
            };
            Some(Press::Report(press))
        }
        "v" => {
            let id: i64 = second?.parse().ok().filter(|id| *id > 0)?;
            match first? {
                "m" => Some(Press::Mute(id)),
                code => Some(Press::Verify(Verdict::from_code(code)?, id)),
            }
        }
        "s" => match first? {
            "done" => Some(Press::SubscribeDone),
            region => Some(Press::ToggleRegion(region.to_string())),
        },
        "a" => match first? {
            "send" => Some(Press::AlertSend),
            "rsend" => Some(Press::ReportAlertSend(second?.parse().ok().filter(|g: &i64| *g > 0)?)),
            "cancel" => Some(Press::AlertCancel),
            "region" => Some(Press::AlertRegion(second?.to_string())),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_press_decodes_to_itself_within_telegram_s_limit() {
        let content = Content::embedded().expect("the built-in content loads");
        let mut presses = vec![
            Press::ToggleRegion("new_london".to_string()),
            Press::ToggleRegion("all".to_string()),
            Press::SubscribeDone,
            Press::AlertRegion("fairfield".to_string()),
            Press::AlertSend,
            Press::ReportAlertSend(42),
            Press::AlertCancel,
            Press::Report(ReportPress::Continue),
            Press::Report(ReportPress::County("new_london".into())),
            Press::Report(ReportPress::Town(168)),
            Press::Report(ReportPress::Counties),
            Press::Report(ReportPress::Skip),
            Press::Report(ReportPress::Confirm),
            Press::Report(ReportPress::Cancel),
            Press::Verify(Verdict::FalseAlarm, 9_007_199_254_740_991),
            Press::Mute(12),
        ];
        for activity in Activity::ALL {
            presses.push(Press::Report(ReportPress::Activity(activity)));
        }
        for when in When::ALL {
            presses.push(Press::Report(ReportPress::When(when)));
        }
        for verdict in Verdict::ALL {
            presses.push(Press::Verify(verdict, 3));
        }
        for lang in Lang::ALL {
            for i in 0..content.intents().len() {
                presses.push(Press::Action(Action::Intent(i), Some(lang)));
                presses.push(Press::Action(Action::Details(i), Some(lang)));
                presses.push(Press::Action(Action::WhoToCall(i), Some(lang)));
            }
            for category in Category::ALL {
                presses.push(Press::Action(Action::Category(category), Some(lang)));
            }
            for action in [
                Action::Topics,
                Action::Emergency,
                Action::Resources,
                Action::LanguagePicker,
                Action::Card,
                Action::Report,
            ] {
                presses.push(Press::Action(action, Some(lang)));
            }
            presses.push(Press::Action(Action::SetLanguage(lang), None));
        }
        for press in presses {
            let data = press.encode(&content);
            assert!(data.len() <= 64, "{data}");
            assert_eq!(decode(&content, &data), Some(press), "{data}");
        }
    }

    #[test]
    fn unknown_or_forged_data_does_not_decode() {
        let content = Content::embedded().expect("the built-in content loads");
        for data in [
            "",
            "x",
            "i:nosuchslug:en",
            "l:xx",
            "c:nope:en",
            "a:launch",
            "a:region",
            "t:en:extra:more",
            "q:c:atlantis",
            "q:t:-1",
            "q:a:dance",
            "v:c:0",
            "v:m:abc",
            "v:z:4",
        ] {
            assert_eq!(decode(&content, data), None, "{data}");
        }
    }
}
