//! The machine-readable classification that `kyr classify` prints, one JSON object per message.
//! Outside testers measure the bot with exactly this shape.

use serde::Serialize;

use super::decision::{Decision, Outcome};
use crate::content::lang::{self, Lang};
use crate::content::Content;

/// One alternative intent and its score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alternative {
    /// Intent id.
    pub intent: String,
    /// Score, 0 to 1, rounded to three decimals.
    pub score: f64,
}

/// `{"intent": ..., "score": ..., "lang": ..., "alternatives": [...]}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Classification {
    /// The best intent, or `null` when no intent applies.
    pub intent: Option<String>,
    /// Score of the best intent (0 when none matched at all).
    pub score: f64,
    /// Language the reply would be in: the message's language, else the hint, else English.
    pub lang: String,
    /// The runners-up, best first.
    pub alternatives: Vec<Alternative>,
}

fn round(score: f32) -> f64 {
    (f64::from(score) * 1000.0).round() / 1000.0
}

impl Classification {
    /// The classification of `decision`; `hint` plays the part of the client's language.
    pub fn of(decision: &Decision, content: &Content, hint: Option<Lang>) -> Classification {
        let reply_lang = lang::choose(None, decision.lang, hint.map(Lang::code));
        let name = |index: usize| content.intent(index).id.clone();
        let (intent, skip) = match decision.outcome {
            Outcome::NoIntent | Outcome::OtherLanguage => (None, 0),
            _ => (decision.ranked.first().map(|s| name(s.intent)), 1),
        };
        Classification {
            intent,
            score: decision.ranked.first().map_or(0.0, |s| round(s.score)),
            lang: reply_lang.code().to_string(),
            alternatives: decision
                .ranked
                .iter()
                .skip(skip)
                .take(3)
                .map(|s| Alternative {
                    intent: name(s.intent),
                    score: round(s.score),
                })
                .collect(),
        }
    }
}
