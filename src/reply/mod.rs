//! The reply layer: turns a decision, a command or a button into a [`Reply`] in one language.
//! Pure: no I/O and no Telegram types. Every adapter (terminal, Telegram, inline mode) renders the
//! same `Reply`, so a Kreyòl speaker on any of them gets the same answer as an English speaker.
//!
//! - [`Reply`], [`Button`] and [`Action`]: a reply as data;
//! - `composer`: [`Composer`] builds every reply from the content;
//! - `cache`: [`AnswerCache`] keeps each intent's answer once rendered.

mod cache;
mod composer;

pub use cache::AnswerCache;
pub use composer::Composer;

use crate::content::{html, Category, Lang};

/// What a button does when pressed. Adapters encode it (callback data, a number in the terminal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Show the answer (its first screen) of the intent at this catalog index.
    Intent(usize),
    /// "More details": the full explanation of this intent.
    Details(usize),
    /// "Who to call": this intent's referrals with every contact.
    WhoToCall(usize),
    /// Switch to this language.
    SetLanguage(Lang),
    /// Share the answer of this intent into another chat (inline mode).
    Share(usize),
    /// Show the intents of one category.
    Category(Category),
    /// Show the categories.
    Topics,
    /// What to do if ICE is here now.
    Emergency,
    /// The referral directory.
    Resources,
    /// Show the language picker.
    LanguagePicker,
    /// The rights card: two pictures on Telegram, its text and the print command elsewhere.
    Card,
    /// Report ICE activity to the rapid-response team (Telegram; elsewhere, a pointer to it).
    Report,
}

/// A button: its label in the reply's language, and what it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    /// Text on the button (plain text, not HTML).
    pub label: String,
    /// What pressing it does.
    pub action: Action,
}

/// A reply ready for any adapter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The text as Telegram HTML, split into messages of at most 4,096 visible characters.
    pub parts: Vec<String>,
    /// Buttons, in rows.
    pub buttons: Vec<Vec<Button>>,
    /// The intent answered, if any.
    pub intent: Option<usize>,
    /// Language of the reply.
    pub lang: Lang,
}

impl Reply {
    /// A reply in `lang`. Right-to-left replies get their left-to-right runs isolated here, the
    /// one place every reply passes, so phone numbers and links read in order in Arabic.
    pub(crate) fn new(html: String, buttons: Vec<Vec<Button>>, intent: Option<usize>, lang: Lang) -> Reply {
        let html = if lang.is_rtl() { html::isolate_ltr(&html) } else { html };
        Reply {
            parts: html::split(&html, html::MESSAGE_LIMIT),
            buttons,
            intent,
            lang,
        }
    }

    /// The same reply with a note (HTML) before its text.
    #[must_use]
    pub(crate) fn with_note_first(self, note: &str) -> Reply {
        let html = format!("{note}\n\n{}", self.html());
        Reply::new(html, self.buttons, self.intent, self.lang)
    }

    /// The whole text as one HTML string.
    pub fn html(&self) -> String {
        self.parts.join("\n\n")
    }

    /// The reply as plain text with numbered buttons, for the terminal and `kyr ask`.
    pub fn to_plain(&self) -> String {
        let mut out = html::to_plain(&self.html());
        let mut n = 0;
        for row in &self.buttons {
            for button in row {
                n += 1;
                if n == 1 {
                    out.push('\n');
                }
                out.push_str(&format!("\n  [{n}] {}", button.label));
            }
        }
        out
    }

    /// Buttons in display order, as numbered in [`Reply::to_plain`] (1-based).
    pub fn numbered_actions(&self) -> Vec<Action> {
        self.buttons.iter().flatten().map(|b| b.action).collect()
    }
}
