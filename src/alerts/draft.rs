//! The alert an admin is preparing, as a pure state machine: choose a region, write the text,
//! look at the preview, then send or cancel. The Telegram adapter keeps one per admin chat in its
//! dialogue state and renders each step; nothing here talks to Telegram.

use std::collections::BTreeMap;

use super::regions::is_region;
use super::text::parse_admin_text;
use crate::content::{Content, Lang};

/// Where an admin's alert draft stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Draft {
    /// `/alert` was sent: the region picker is showing.
    #[default]
    ChoosingRegion,
    /// A region was chosen: the next text the admin sends is the alert.
    WritingText {
        /// Region code (a county, or statewide).
        region: String,
    },
    /// The text was parsed and previewed: Send or Cancel.
    Ready {
        /// Region code.
        region: String,
        /// The alert text per language, as HTML.
        texts: BTreeMap<Lang, String>,
    },
}

/// What the adapter shows after a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftStep {
    /// Ask for the alert's text.
    AskText,
    /// Show the preview and the Send and Cancel buttons.
    Preview,
    /// The press does not fit this draft (an old button, or not a region).
    Stale,
}

impl Draft {
    /// The admin picked `region`: the draft now waits for the text (a text already written is
    /// dropped, since it was previewed for another region).
    pub fn choose_region(&mut self, region: &str) -> DraftStep {
        if !is_region(region) {
            return DraftStep::Stale;
        }
        *self = Draft::WritingText {
            region: region.to_string(),
        };
        DraftStep::AskText
    }

    /// Whether the next text the admin sends is the alert's text.
    pub fn awaits_text(&self) -> bool {
        matches!(self, Draft::WritingText { .. })
    }

    /// The admin sent `text`. An empty or unusable text asks again; anything else is parsed
    /// ([`parse_admin_text`]) and previewed.
    pub fn write(&mut self, content: &Content, text: &str) -> DraftStep {
        let Draft::WritingText { region } = self else {
            return DraftStep::Stale;
        };
        let texts = parse_admin_text(content, text);
        if texts.is_empty() {
            return DraftStep::AskText;
        }
        *self = Draft::Ready {
            region: std::mem::take(region),
            texts,
        };
        DraftStep::Preview
    }

    /// The region and texts of a draft ready to send; `None` when it is not ready.
    pub fn into_ready(self) -> Option<(String, BTreeMap<Lang, String>)> {
        match self {
            Draft::Ready { region, texts } => Some((region, texts)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::STATEWIDE;

    fn content() -> Content {
        Content::embedded().expect("the built-in content loads")
    }

    #[test]
    fn a_draft_goes_from_region_to_text_to_ready() {
        let content = content();
        let mut draft = Draft::default();
        assert!(!draft.awaits_text());
        assert_eq!(draft.choose_region("hartford"), DraftStep::AskText);
        assert!(draft.awaits_text());
        assert_eq!(draft.write(&content, "ICE seen on Main St."), DraftStep::Preview);
        let (region, texts) = draft.into_ready().expect("ready");
        assert_eq!(region, "hartford");
        assert_eq!(texts.get(&Lang::En).map(String::as_str), Some("ICE seen on Main St."));
    }

    #[test]
    fn an_empty_text_asks_again_and_keeps_the_region() {
        let content = content();
        let mut draft = Draft::default();
        draft.choose_region(STATEWIDE);
        assert_eq!(draft.write(&content, "  \n "), DraftStep::AskText);
        assert_eq!(
            draft,
            Draft::WritingText {
                region: STATEWIDE.to_string()
            }
        );
    }

    #[test]
    fn unknown_regions_and_early_texts_are_stale() {
        let content = content();
        let mut draft = Draft::default();
        assert_eq!(draft.choose_region("atlantis"), DraftStep::Stale);
        assert_eq!(draft.write(&content, "too early"), DraftStep::Stale);
        assert_eq!(draft, Draft::ChoosingRegion);
        assert_eq!(draft.into_ready(), None);
    }

    #[test]
    fn choosing_another_region_drops_a_previewed_text() {
        let content = content();
        let mut draft = Draft::default();
        draft.choose_region("fairfield");
        draft.write(&content, "Checkpoint reported");
        assert_eq!(draft.choose_region("tolland"), DraftStep::AskText);
        assert!(draft.awaits_text());
    }
}
