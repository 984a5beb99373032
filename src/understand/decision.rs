//! What understanding concludes about a message, and the thresholds that decide it.

use crate::content::Lang;

/// Decision thresholds, chosen by cross-validation (`cargo run --release --example tune`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// Below this best score the message has no intent.
    pub reject: f32,
    /// The same for urgent intents: missing someone in danger costs more than showing the
    /// emergency steps to someone who did not need them, so the bar is lower.
    pub urgent_reject: f32,
    /// At or above this best score (with `margin`) the answer is confident.
    pub confident: f32,
    /// How far the best intent must lead the runner-up to be confident.
    pub margin: f32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            reject: 0.20,
            urgent_reject: 0.13,
            confident: 0.30,
            margin: 0.08,
        }
    }
}

/// An intent and how well the message matched it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    /// Index of the intent in the catalog.
    pub intent: usize,
    /// Cosine similarity of the best-matching example, 0 to 1.
    pub score: f32,
    /// Language of that example.
    pub lang: Lang,
}

/// What the matcher concluded about a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// One intent clearly fits: answer it.
    Confident,
    /// Some intents fit, none clearly: offer the top three.
    Unsure,
    /// Nothing in the catalog fits.
    NoIntent,
    /// The message is in a language kyr does not speak: no topic is guessed.
    OtherLanguage,
}

/// The result of understanding one message.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    /// Confident, unsure, or no intent.
    pub outcome: Outcome,
    /// Intents by score, best first (at most four); empty when nothing matched at all.
    pub ranked: Vec<Scored>,
    /// Language the message is written in, when the matcher could tell.
    pub lang: Option<Lang>,
}

impl Decision {
    /// The decision about a message in a language kyr does not speak.
    pub fn other_language() -> Decision {
        Decision {
            outcome: Outcome::OtherLanguage,
            ranked: Vec::new(),
            lang: None,
        }
    }

    /// The best intent, unless the outcome is [`Outcome::NoIntent`] or [`Outcome::OtherLanguage`].
    pub fn intent(&self) -> Option<Scored> {
        match self.outcome {
            Outcome::NoIntent | Outcome::OtherLanguage => None,
            _ => self.ranked.first().copied(),
        }
    }
}
