//! The content layer: what kyr knows, loaded from `intents/` and `locales/` into one immutable
//! [`Content`] that every other layer borrows. It depends on nothing else in kyr.
//!
//! - `source`: where the files come from (built into the binary, or a folder) and errors that
//!   name a file and line;
//! - `model`: intents, referrals and example messages;
//! - `locales`: Fluent messages, English as every language's fallback;
//! - `load`: parsing the files, reporting every structural problem at once;
//! - [`lang`]: the languages kyr speaks; [`html`]: Telegram's HTML subset, the format every
//!   message is written in.

pub mod html;
pub mod lang;
mod load;
mod locales;
mod model;
mod source;

use std::collections::HashMap;

pub use lang::Lang;
pub use locales::{Arg, Locales, MessageInfo};
pub use model::{Category, Example, Intent, OtherLanguageSample, Priority, Referral, OUT_OF_SCOPE};
pub use source::{
    dir_model, dir_sources, embedded_model, embedded_sources, embedded_text, ContentError, ContentErrors, Source,
    MODEL_PATH,
};

/// Everything loaded from the content files, with the look-ups every layer needs.
#[derive(Debug)]
pub struct Content {
    intents: Vec<Intent>,
    referrals: Vec<Referral>,
    examples: Vec<Example>,
    other_languages: Vec<OtherLanguageSample>,
    locales: Locales,
    intent_by_id: HashMap<String, usize>,
    intent_by_slug: HashMap<String, usize>,
    referral_by_id: HashMap<String, usize>,
}

impl Content {
    fn indexed(
        intents: Vec<Intent>,
        referrals: Vec<Referral>,
        examples: Vec<Example>,
        other_languages: Vec<OtherLanguageSample>,
        locales: Locales,
    ) -> Content {
        let by_key = |key: fn(&Intent) -> &String| -> HashMap<String, usize> {
            intents
                .iter()
                .enumerate()
                .map(|(i, intent)| (key(intent).clone(), i))
                .collect()
        };
        let intent_by_id = by_key(|i| &i.id);
        let intent_by_slug = by_key(|i| &i.slug);
        let referral_by_id = referrals
            .iter()
            .enumerate()
            .map(|(i, referral)| (referral.id.clone(), i))
            .collect();
        Content {
            intents,
            referrals,
            examples,
            other_languages,
            locales,
            intent_by_id,
            intent_by_slug,
            referral_by_id,
        }
    }

    /// The content compiled into the binary.
    pub fn embedded() -> Result<Content, ContentErrors> {
        Content::load(&embedded_sources())
    }

    /// All intents, in catalog order.
    pub fn intents(&self) -> &[Intent] {
        &self.intents
    }

    /// All referrals, in directory order.
    pub fn referrals(&self) -> &[Referral] {
        &self.referrals
    }

    /// The example messages of every language.
    pub fn examples(&self) -> &[Example] {
        &self.examples
    }

    /// Messages in languages kyr does not speak, to recognise them by.
    pub fn other_languages(&self) -> &[OtherLanguageSample] {
        &self.other_languages
    }

    /// The Fluent messages of every language.
    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    /// The intent at `index`.
    pub fn intent(&self, index: usize) -> &Intent {
        &self.intents[index]
    }

    /// Index of the intent with this id.
    pub fn intent_index(&self, id: &str) -> Option<usize> {
        self.intent_by_id.get(id).copied()
    }

    /// Index of the intent with this deep-link slug.
    pub fn intent_by_slug(&self, slug: &str) -> Option<usize> {
        self.intent_by_slug.get(slug).copied()
    }

    /// The referral with this id.
    pub fn referral(&self, id: &str) -> Option<&Referral> {
        self.referral_by_id.get(id).map(|&i| &self.referrals[i])
    }

    /// Parses a deep-link payload such as `door_es` (or just `door`) into an intent and language.
    /// The rights card's link (`card_es`) is not an intent: see [`Content::deep_link`].
    pub fn parse_deep_link(&self, payload: &str) -> Option<(usize, Option<Lang>)> {
        match self.deep_link(payload)? {
            DeepLink::Intent(index, lang) => Some((index, lang)),
            DeepLink::Card(_) => None,
        }
    }

    /// Parses any deep-link payload: an answer (`door_es`, `door`) or the rights card
    /// (`card_es`, `card`).
    pub fn deep_link(&self, payload: &str) -> Option<DeepLink> {
        let payload = payload.trim();
        if payload == CARD_LINK {
            return Some(DeepLink::Card(None));
        }
        if let Some(index) = self.intent_by_slug(payload) {
            return Some(DeepLink::Intent(index, None));
        }
        let (name, code) = payload.rsplit_once(['_', '-'])?;
        let lang = Lang::from_tag(code)?;
        if name == CARD_LINK {
            return Some(DeepLink::Card(Some(lang)));
        }
        Some(DeepLink::Intent(self.intent_by_slug(name)?, Some(lang)))
    }

    /// The referral whose number is printed on the rights card (`card = true` in the directory).
    pub fn card_referral(&self) -> Option<&Referral> {
        self.referrals.iter().find(|r| r.card)
    }

    /// The date the rights card was last reviewed: that of the know-your-rights answer, whose
    /// advice it condenses (`None` only if the catalog lacks that required intent).
    pub fn card_reviewed(&self) -> Option<&str> {
        self.intent_index(CARD_INTENT)
            .map(|index| self.intents[index].reviewed.as_str())
    }
}

/// The name of the rights card in deep links: `t.me/<bot>?start=card_<lang>`. No intent may
/// take it as its slug (`kyr check`).
pub const CARD_LINK: &str = "card";

/// How many "what to do" lines the card's front has: `card-front-1` to `card-front-6`.
pub const CARD_FRONT_LINES: usize = 6;

/// The intent whose answer the rights card condenses, and whose review date it prints.
pub const CARD_INTENT: &str = "know_your_rights";

/// What a deep link (`/start <payload>`, an inline query) opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeepLink {
    /// An answer (catalog index), in the link's language if it names one.
    Intent(usize, Option<Lang>),
    /// The rights card, in the link's language if it names one.
    Card(Option<Lang>),
}
