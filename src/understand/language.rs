//! Recognising messages in languages kyr does not speak, so that it says which languages it
//! speaks instead of guessing a topic from words that happen to look alike.
//!
//! Two tests, cheapest first:
//! - the alphabet: a message written mostly in letters outside the scripts kyr writes (Latin,
//!   Arabic, Han) — Cyrillic, Greek, Hebrew, Devanagari, Hangul, Thai… — or with a fair share of
//!   Japanese kana, is in a language kyr does not speak;
//! - for the rest, a multinomial naive-Bayes model over character trigrams, whose classes
//!   are the languages kyr speaks (learned from the example messages) and each language of
//!   `intents/other-languages.toml`. A message is another language's only when that language
//!   beats every language kyr speaks by a clear margin per trigram, and it is long enough to tell:
//!   telling a Kreyòl speaker "I do not speak your language" costs far more than a "did you mean".
//!
//! No language-identification crate knows Haitian Creole, and the ones that know French take
//! Kreyòl for it, which is why this model is kyr's own.

use std::collections::HashMap;

use super::features::FeatureMap;
use super::normalize::{normalize, Prepared};
use crate::content::{Example, Lang, OtherLanguageSample};

/// Above this many examples, the model learns kyr's languages from every other one.
const SUBSAMPLE_ABOVE: usize = 1000;
/// Laplace smoothing of trigram counts.
const SMOOTHING: f32 = 0.5;
/// Fewest trigrams a message in a script kyr writes needs before the model may call it another language.
const MIN_TRIGRAMS: usize = 12;
/// Share of letters outside kyr's scripts above which a message is another language's.
const FOREIGN_SCRIPT_SHARE: f32 = 0.5;
/// Share of Japanese kana above which a message is Japanese: Chinese never uses kana, while
/// Japanese mixes them with Han characters it shares with Chinese.
const KANA_SHARE: f32 = 0.2;

/// How sure the model must be: mean log-likelihood per trigram by which another language must
/// beat the best language kyr speaks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LanguageMargin(pub f32);

impl Default for LanguageMargin {
    fn default() -> Self {
        LanguageMargin(0.8)
    }
}

/// What the identifier concluded about a message's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Identified {
    /// Possibly one of the languages kyr speaks: understand it as usual.
    Spoken,
    /// Clearly another language.
    Other,
}

/// The language identifier: kyr's languages against the others it has samples of.
#[derive(Debug)]
pub struct LanguageId {
    trigram_ids: FeatureMap<u32>,
    /// Per trigram, per class: log-probability minus the class's default (row-major).
    weights: Vec<f32>,
    /// Per class: log-probability of a trigram the class never saw.
    defaults: Vec<f32>,
    /// Classes `0..spoken` are kyr's languages; the rest are other languages.
    spoken: usize,
    margin: LanguageMargin,
}

/// The trigrams of a normalized text, each word padded with a space on both sides, hashed as they
/// slide by (no string is built: this runs on every message).
fn trigrams(normalized: &str, out: &mut Vec<u64>) {
    out.clear();
    for word in normalized.split(' ').filter(|w| !w.is_empty()) {
        let mut window = [' ', ' ', ' '];
        let mut filled = 1;
        for c in word.chars().chain([' ']) {
            window = [window[1], window[2], c];
            filled += 1;
            if filled >= 3 {
                out.push(hash_trigram(window));
            }
        }
    }
}

/// FNV-1a over a trigram's characters, as the matcher hashes its features.
fn hash_trigram(window: [char; 3]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(b'3');
    for c in window {
        hash ^= u64::from(u32::from(c));
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Whether a letter belongs to the Latin script (ASCII, Latin-1, Latin Extended-A and -B, IPA,
/// and Latin Extended Additional, which holds Vietnamese).
fn is_latin(c: char) -> bool {
    matches!(c, 'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{02AF}' | '\u{1E00}'..='\u{1EFF}')
}

/// Whether a letter belongs to the Arabic script (base block, supplement, extended-A and the
/// presentation forms). Persian and Urdu share it: the trigram model tells them from Arabic.
fn is_arabic(c: char) -> bool {
    matches!(c,
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Whether a letter is Japanese hiragana or katakana (full or half width).
fn is_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}')
}

/// Whether `text` is written in a script kyr does not write: most of its letters are outside
/// the Latin, Arabic and Han scripts, or a fair share of them are Japanese kana.
pub fn foreign_script(text: &str) -> bool {
    let (mut letters, mut other, mut kana) = (0usize, 0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if is_kana(c) {
            kana += 1;
            other += 1;
        } else if !(is_latin(c) || is_arabic(c) || super::normalize::is_han(c)) {
            other += 1;
        }
    }
    if letters == 0 {
        return false;
    }
    #[allow(clippy::cast_precision_loss)] // Counts of a message's letters, far below 2^24.
    let share = |count: usize| count as f32 / letters as f32;
    share(other) > FOREIGN_SCRIPT_SHARE || share(kana) > KANA_SHARE
}

impl LanguageId {
    /// Learns kyr's languages from `examples` and the others from `samples`.
    pub fn build(examples: &[Example], samples: &[OtherLanguageSample], margin: LanguageMargin) -> LanguageId {
        let mut others: Vec<&str> = samples.iter().map(|s| s.code.as_str()).collect();
        others.sort_unstable();
        others.dedup();
        let spoken = Lang::ALL.len();
        let classes = spoken + others.len();
        let other_class: HashMap<&str, usize> = others.iter().enumerate().map(|(i, c)| (*c, spoken + i)).collect();
        // With thousands of examples, every other one is plenty for trigram statistics, and
        // halves the work at start-up.
        let stride = if examples.len() > SUBSAMPLE_ABOVE { 2 } else { 1 };
        let texts = examples
            .iter()
            .step_by(stride)
            .map(|e| (e.lang.index(), e.text.as_str()))
            .chain(samples.iter().map(|s| (other_class[s.code.as_str()], s.text.as_str())));

        let mut trigram_ids: FeatureMap<u32> = FeatureMap::default();
        let mut counts: Vec<f32> = Vec::new();
        let mut totals = vec![0.0f32; classes];
        let mut grams = Vec::new();
        for (class, text) in texts {
            trigrams(&normalize(text), &mut grams);
            for &gram in &grams {
                let next = u32::try_from(trigram_ids.len()).expect("fewer than 2^32 trigrams");
                let id = *trigram_ids.entry(gram).or_insert(next);
                if id == next {
                    counts.resize(counts.len() + classes, 0.0);
                }
                counts[id as usize * classes + class] += 1.0;
                totals[class] += 1.0;
            }
        }
        #[allow(clippy::cast_precision_loss)] // Distinct trigrams: tens of thousands.
        let vocabulary = trigram_ids.len() as f32;
        let denominators: Vec<f32> = totals.iter().map(|t| t + SMOOTHING * vocabulary).collect();
        let defaults: Vec<f32> = denominators.iter().map(|d| (SMOOTHING / d).ln()).collect();
        for row in counts.chunks_mut(classes) {
            for (class, value) in row.iter_mut().enumerate() {
                *value = ((*value + SMOOTHING) / denominators[class]).ln() - defaults[class];
            }
        }
        LanguageId {
            trigram_ids,
            weights: counts,
            defaults,
            spoken,
            margin,
        }
    }

    /// Whether `text` is clearly in a language kyr does not speak.
    pub fn identify(&self, text: &str) -> Identified {
        self.identify_prepared(&Prepared::new(text))
    }

    /// [`LanguageId::identify`] over a message already prepared (the matcher's too).
    pub fn identify_prepared(&self, message: &Prepared<'_>) -> Identified {
        match self.lead_prepared(message) {
            Some(lead) if lead > self.margin.0 => Identified::Other,
            _ => Identified::Spoken,
        }
    }

    /// By how much (mean log-likelihood per trigram) the likeliest other language beats the
    /// likeliest of kyr's: infinite for another alphabet, `None` when the text is too short to
    /// tell. [`LanguageId::identify`] compares it with the margin; tuning tries other margins.
    pub fn lead(&self, text: &str) -> Option<f32> {
        self.lead_prepared(&Prepared::new(text))
    }

    /// [`LanguageId::lead`] over a message already prepared (the matcher's too).
    pub fn lead_prepared(&self, message: &Prepared<'_>) -> Option<f32> {
        if foreign_script(message.text) {
            return Some(f32::INFINITY);
        }
        let mut grams = Vec::new();
        trigrams(&message.normalized, &mut grams);
        if grams.len() < MIN_TRIGRAMS {
            return None;
        }
        let classes = self.defaults.len();
        let mut scores = self.defaults.clone();
        #[allow(clippy::cast_precision_loss)] // A message's trigrams: at most a few thousand.
        let n = grams.len() as f32;
        for score in &mut scores {
            *score *= n;
        }
        for gram in &grams {
            if let Some(&id) = self.trigram_ids.get(gram) {
                let row = &self.weights[id as usize * classes..(id as usize + 1) * classes];
                for (score, weight) in scores.iter_mut().zip(row) {
                    *score += weight;
                }
            }
        }
        let best = |range: std::ops::Range<usize>| scores[range].iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let spoken = best(0..self.spoken);
        let other = best(self.spoken..classes);
        Some((other - spoken) / n)
    }

    /// How many languages kyr does not speak the model knows.
    pub fn other_language_count(&self) -> usize {
        self.defaults.len() - self.spoken
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_kyr_does_not_write_mean_another_language() {
        assert!(foreign_script("Сотрудники ICE у моей двери"));
        assert!(foreign_script("Οι πράκτορες ICE είναι στην πόρτα μου"));
        assert!(foreign_script("סוכני ICE ליד הדלת שלי"));
        assert!(foreign_script("आईसीई मेरे दरवाजे पर है"));
        assert!(foreign_script("ICE 요원이 우리 집 문 앞에 있어요"));
        assert!(foreign_script("เจ้าหน้าที่ ICE อยู่หน้าบ้านฉัน"));
        assert!(foreign_script("入国管理局の人がドアの前にいます"));
        assert!(foreign_script("移民局の職員が来ました"));
        assert!(!foreign_script("移民局在我家门口怎么办"));
        assert!(!foreign_script("移民局在我家門口怎麼辦"));
        assert!(!foreign_script("وكلاء الهجرة عند بابي"));
        assert!(!foreign_script("ICE devan pòt mwen, kisa pou m fè?"));
        assert!(!foreign_script("Nhân viên di trú đang ở trước cửa nhà tôi"));
        assert!(!foreign_script("🙏🙏 ICE 🚨"));
        assert!(!foreign_script(""));
    }

    #[test]
    fn a_language_learned_from_samples_is_told_from_kyrs_own() {
        let example = |lang, text: &str| Example {
            intent: "x".to_string(),
            lang,
            text: text.to_string(),
        };
        let examples = [
            example(Lang::En, "immigration agents are knocking at my door what do I do"),
            example(Lang::En, "do I have to open the door for the police"),
            example(Lang::Ht, "imigrasyon ap frape pòt mwen kisa pou m fè"),
            example(Lang::Ht, "eske m oblije louvri pòt la pou lapolis"),
        ];
        let samples = [
            OtherLanguageSample {
                code: "fr".to_string(),
                text: "les agents de l'immigration frappent à ma porte, que dois-je faire".to_string(),
            },
            OtherLanguageSample {
                code: "fr".to_string(),
                text: "est-ce que je dois ouvrir la porte à la police".to_string(),
            },
        ];
        // Two sentences per language: a model this small is sure of less than the shipped one.
        let id = LanguageId::build(&examples, &samples, LanguageMargin(0.3));
        assert_eq!(id.other_language_count(), 1);
        assert_eq!(
            id.identify("les agents sont devant la porte, est-ce que je dois ouvrir"),
            Identified::Other
        );
        assert_eq!(
            id.identify("ajan imigrasyon yo devan pòt la, eske m dwe louvri"),
            Identified::Spoken
        );
        assert_eq!(id.identify("ouvrir"), Identified::Spoken, "too short to tell");
    }
}
