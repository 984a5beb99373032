//! Each intent's answer in each language, rendered on first use: answers are fixed content, and
//! rendering one (Fluent, referral lines, splitting) costs several times more than understanding
//! the message that asked for it.

use std::sync::OnceLock;

use super::Reply;
use crate::content::Lang;

/// One slot per (intent, language), filled the first time that answer is composed.
#[derive(Debug)]
pub struct AnswerCache {
    slots: Vec<OnceLock<Reply>>,
}

impl AnswerCache {
    /// Empty slots for `intent_count` intents in every language.
    pub fn new(intent_count: usize) -> AnswerCache {
        AnswerCache {
            slots: (0..intent_count * Lang::ALL.len()).map(|_| OnceLock::new()).collect(),
        }
    }

    /// The slot of intent `index` in `lang`.
    pub(crate) fn slot(&self, lang: Lang, index: usize) -> &OnceLock<Reply> {
        &self.slots[index * Lang::ALL.len() + lang.index()]
    }
}
