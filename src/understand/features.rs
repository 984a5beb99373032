//! The features of a normalized message: whole words, word pairs and character n-grams (3 and 4,
//! padded per word), each hashed to 64 bits with its type weight.
//!
//! Chinese is written without spaces, and normalization makes each Han character a word: its
//! words are then character unigrams, its pairs character bigrams, and in place of n-grams
//! inside a word it gets the character trigrams of each run of Han characters.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Weight of a whole-word feature relative to one character n-gram.
const WORD_WEIGHT: f32 = 1.6;
/// Weight of a word-pair feature.
const PAIR_WEIGHT: f32 = 1.2;

/// Feature keys are already well-mixed 64-bit hashes, so the map uses them as they are instead
/// of hashing them again (this halves the cost of a lookup).
#[derive(Default)]
pub(super) struct KeyIsHash(u64);

impl Hasher for KeyIsHash {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(super) type FeatureMap<V> = HashMap<u64, V, BuildHasherDefault<KeyIsHash>>;

pub(super) fn hash_feature(kind: u8, parts: &[&str]) -> u64 {
    // FNV-1a: fast, stable across runs, and good enough for a few hundred thousand features.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |byte: u8| {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    };
    eat(kind);
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            eat(b' ');
        }
        for &b in part.as_bytes() {
            eat(b);
        }
    }
    hash
}

/// Features of normalized text, each with its type weight.
pub(super) fn features(normalized: &str, out: &mut Vec<(u64, f32)>) {
    out.clear();
    let words: Vec<&str> = normalized.split(' ').filter(|w| !w.is_empty()).collect();
    let mut padded = String::new();
    let mut offsets: Vec<usize> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        out.push((hash_feature(b'w', &[word]), WORD_WEIGHT));
        if let Some(next) = words.get(i + 1) {
            out.push((hash_feature(b'p', &[word, next]), PAIR_WEIGHT));
        }
        if is_han_word(word) {
            // A padded single character would only repeat its word feature.
            if i >= 2 && is_han_word(words[i - 1]) && is_han_word(words[i - 2]) {
                padded.clear();
                padded.push_str(words[i - 2]);
                padded.push_str(words[i - 1]);
                padded.push_str(word);
                out.push((hash_feature(b'3', &[&padded]), 1.0));
            }
            continue;
        }
        padded.clear();
        padded.push(' ');
        padded.push_str(word);
        padded.push(' ');
        if padded.is_ascii() {
            let count = padded.len();
            for n in 3..=4u8 {
                let len = usize::from(n);
                if len > count {
                    break;
                }
                for start in 0..=(count - len) {
                    out.push((hash_feature(b'0' + n, &[&padded[start..start + len]]), 1.0));
                }
            }
        } else {
            offsets.clear();
            offsets.extend(padded.char_indices().map(|(i, _)| i).chain([padded.len()]));
            let count = offsets.len() - 1;
            for n in 3..=4u8 {
                let len = usize::from(n);
                if len > count {
                    break;
                }
                for start in 0..=(count - len) {
                    let gram = &padded[offsets[start]..offsets[start + len]];
                    out.push((hash_feature(b'0' + n, &[gram]), 1.0));
                }
            }
        }
    }
}

/// Whether a normalized word is one Han character (normalization splits Chinese so).
fn is_han_word(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if super::normalize::is_han(c))
}

/// The first two letters of a word, the key of the typo-rescue buckets.
pub(super) fn two_letters(word: &str) -> Option<(char, char)> {
    let mut chars = word.chars();
    Some((chars.next()?, chars.next()?))
}

/// Sums duplicate features with sublinear term frequency: weight × (1 + ln count).
pub(super) fn term_weights(raw: &mut [(u64, f32)]) -> Vec<(u64, f32)> {
    raw.sort_unstable_by_key(|&(feature, _)| feature);
    let mut out: Vec<(u64, f32)> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let (feature, weight) = raw[i];
        let mut count = 1u32;
        while i + (count as usize) < raw.len() && raw[i + count as usize].0 == feature {
            count += 1;
        }
        out.push((feature, weight * (1.0 + (count as f32).ln())));
        i += count as usize;
    }
    out
}

/// The weighted features of a message as the matcher sees it (normalized, duplicates summed),
/// for baselines and tools that want the same view of a text.
pub fn features_of(text: &str) -> Vec<(u64, f32)> {
    let mut raw = Vec::new();
    features(&super::normalize::normalize(text), &mut raw);
    term_weights(&mut raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_gets_character_words_pairs_and_trigrams() {
        let got: Vec<u64> = features_of("移民局来了").into_iter().map(|(f, _)| f).collect();
        for expected in [
            hash_feature(b'w', &["移"]),
            hash_feature(b'w', &["局"]),
            hash_feature(b'p', &["移", "民"]),
            hash_feature(b'p', &["来", "了"]),
            hash_feature(b'3', &["移民局"]),
            hash_feature(b'3', &["局来了"]),
        ] {
            assert!(got.contains(&expected));
        }
        // 5 characters, 4 pairs, 3 trigrams.
        assert_eq!(got.len(), 12);
    }

    #[test]
    fn latin_and_arabic_words_keep_their_n_grams() {
        let latin = features_of("ice door");
        let arabic = features_of("الشرطة عند الباب");
        assert!(latin.len() > 4);
        assert!(arabic.iter().any(|&(f, _)| f == hash_feature(b'3', &[" عن"])));
    }
}
