//! The understanding layer: text in, [`Decision`] out. Pure: no I/O, no Telegram types. It depends
//! only on the content layer (the example messages it learns from).
//!
//! - `normalize`: Unicode folding (accents, case, stretched letters, punctuation and emoji);
//! - `features`: words, word pairs and character n-grams of a normalized message;
//! - `matcher`: the index over every example, scoring, and the decision; its `file` submodule
//!   reads and writes the index as a model file (`kyr train`), so start-up need not build it;
//! - `decision`: what the matcher concludes, and the thresholds that decide it;
//! - `language`: recognising messages in languages kyr does not speak;
//! - `classify`: the JSON of `kyr classify`.

mod classify;
mod decision;
mod features;
mod language;
mod matcher;
mod normalize;

pub use classify::{Alternative, Classification};
pub use decision::{Decision, Outcome, Scored, Thresholds};
pub use features::features_of;
pub use language::{foreign_script, Identified, LanguageId, LanguageMargin};
pub use matcher::{IntentSpec, Matcher, ModelError, Weighting};
pub use normalize::{normalize, Prepared, MAX_INPUT_CHARS};
