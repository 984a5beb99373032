//! Understanding: scores a message against the example messages of every intent in every
//! language at once, and decides between a confident answer, "did you mean", and no intent.
//!
//! Features are whole words, word pairs and character n-grams (3 to 5, padded per word), weighted
//! by TF-IDF and compared by cosine through an inverted index. Words the examples never use are
//! rescued by their nearest known word (Jaro-Winkler), so typos still match. The language of the
//! best-matching example is the language of the message: no language detector is needed, which
//! matters because none handles Haitian Creole.

use std::collections::{HashMap, HashSet};

use crate::content::{Example, OUT_OF_SCOPE};
use crate::lang::Lang;
use crate::normalize::normalize;

/// Weight of a whole-word feature relative to one character n-gram.
const WORD_WEIGHT: f32 = 1.6;
/// Weight of a word-pair feature.
const PAIR_WEIGHT: f32 = 1.2;
/// Shortest unknown word worth a typo rescue.
const RESCUE_MIN_LEN: usize = 4;
/// Jaro-Winkler similarity a known word needs to stand in for an unknown one.
const RESCUE_SIMILARITY: f64 = 0.88;
/// Inputs are cut to this many characters before matching: Telegram's own message limit.
const MAX_INPUT_CHARS: usize = 4096;

/// Decision thresholds, tuned on the dev set in `tests/devset/`.
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
            reject: 0.26,
            urgent_reject: 0.20,
            confident: 0.45,
            margin: 0.04,
        }
    }
}

/// How features are weighted and example scores combined; tuned on the dev set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weighting {
    /// Share of an intent's score that comes from its best single example; the rest comes from
    /// the intent's centroid (all its examples together).
    pub best_example_share: f32,
    /// Exponent of the inverse class frequency: how much a feature that belongs to few intents
    /// counts more than one shared by many.
    pub class_focus: f32,
    /// Weight of the naive-Bayes posterior added to the similarity score.
    pub bayes_share: f32,
    /// Factor applied to urgent intents' scores, so they win near-ties.
    pub urgent_boost: f32,
}

impl Default for Weighting {
    fn default() -> Self {
        Weighting {
            best_example_share: 0.4,
            class_focus: 0.0,
            bayes_share: 0.2,
            urgent_boost: 1.0,
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
    /// The best intent, unless the outcome is [`Outcome::NoIntent`].
    pub fn intent(&self) -> Option<Scored> {
        match self.outcome {
            Outcome::NoIntent => None,
            _ => self.ranked.first().copied(),
        }
    }
}

/// An intent as the matcher needs to know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IntentSpec<'a> {
    /// The intent id (examples name their intent by it).
    pub id: &'a str,
    /// Whether someone may be in danger right now.
    pub urgent: bool,
}

/// The label of an example: an intent index, or out of scope.
const NO_LABEL: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
struct ExampleMeta {
    label: u32,
    lang: Lang,
}

/// The index over all example messages.
#[derive(Debug)]
pub struct Matcher {
    feature_ids: HashMap<u64, u32>,
    idf: Vec<f32>,
    postings: Vec<Vec<(u32, f32)>>,
    /// Per feature: (class, weight) of the class centroids; class `intent_count` is out of scope.
    centroid_postings: Vec<Vec<(u32, f32)>>,
    /// Per feature: (class, log P(feature | class) − the class's default) where the class has seen
    /// the feature; the default is the smoothed log-probability of an unseen feature.
    bayes_postings: Vec<Vec<(u32, f32)>>,
    bayes_default: Vec<f32>,
    weighting: Weighting,
    examples: Vec<ExampleMeta>,
    intent_count: usize,
    urgent: Vec<bool>,
    vocabulary: HashSet<String>,
    vocabulary_by_initial: HashMap<char, Vec<String>>,
    unknown_idf: f32,
    thresholds: Thresholds,
}

fn hash_feature(kind: u8, parts: &[&str]) -> u64 {
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
fn features(normalized: &str, out: &mut Vec<(u64, f32)>) {
    out.clear();
    let words: Vec<&str> = normalized.split(' ').filter(|w| !w.is_empty()).collect();
    let mut padded = String::new();
    for (i, word) in words.iter().enumerate() {
        out.push((hash_feature(b'w', &[word]), WORD_WEIGHT));
        if let Some(next) = words.get(i + 1) {
            out.push((hash_feature(b'p', &[word, next]), PAIR_WEIGHT));
        }
        padded.clear();
        padded.push(' ');
        padded.push_str(word);
        padded.push(' ');
        let chars: Vec<usize> = padded.char_indices().map(|(i, _)| i).chain([padded.len()]).collect();
        let count = chars.len() - 1;
        for n in 3..=5usize {
            if n > count {
                break;
            }
            for start in 0..=(count - n) {
                let gram = &padded[chars[start]..chars[start + n]];
                out.push((hash_feature(b'0' + n as u8, &[gram]), 1.0));
            }
        }
    }
}

/// Sums duplicate features with sublinear term frequency: weight × (1 + ln count).
fn term_weights(raw: &[(u64, f32)]) -> Vec<(u64, f32)> {
    let mut counts: HashMap<u64, (f32, u32)> = HashMap::with_capacity(raw.len());
    for &(feature, weight) in raw {
        let entry = counts.entry(feature).or_insert((weight, 0));
        entry.1 += 1;
    }
    counts
        .into_iter()
        .map(|(feature, (weight, count))| (feature, weight * (1.0 + (count as f32).ln())))
        .collect()
}

impl Matcher {
    /// Builds the index. `intent_ids` gives each intent's position; examples whose intent is
    /// [`OUT_OF_SCOPE`] teach the matcher what to refuse. Examples of unknown intents are skipped
    /// (`kyr check` reports them).
    pub fn build(intents: &[IntentSpec<'_>], examples: &[Example], thresholds: Thresholds) -> Matcher {
        Matcher::build_weighted(intents, examples, thresholds, Weighting::default())
    }

    /// [`Matcher::build`] with explicit weighting, for tuning.
    pub fn build_weighted(intents: &[IntentSpec<'_>], examples: &[Example], thresholds: Thresholds, weighting: Weighting) -> Matcher {
        let intent_ids: Vec<&str> = intents.iter().map(|i| i.id).collect();
        let position: HashMap<&str, u32> = intent_ids
            .iter()
            .enumerate()
            .map(|(i, id)| (*id, i as u32))
            .collect();
        let mut feature_ids: HashMap<u64, u32> = HashMap::new();
        let mut documents: Vec<Vec<(u32, f32)>> = Vec::new();
        let mut metas = Vec::new();
        let mut document_frequency: Vec<u32> = Vec::new();
        let mut vocabulary = HashSet::new();
        let mut raw = Vec::new();
        for example in examples {
            let label = if example.intent == OUT_OF_SCOPE {
                NO_LABEL
            } else if let Some(&i) = position.get(example.intent.as_str()) {
                i
            } else {
                continue;
            };
            let normalized = normalize(&example.text);
            if normalized.is_empty() {
                continue;
            }
            for word in normalized.split(' ') {
                vocabulary.insert(word.to_string());
            }
            features(&normalized, &mut raw);
            let mut document = Vec::new();
            for (feature, weight) in term_weights(&raw) {
                let next = feature_ids.len() as u32;
                let id = *feature_ids.entry(feature).or_insert(next);
                if id as usize == document_frequency.len() {
                    document_frequency.push(0);
                }
                document_frequency[id as usize] += 1;
                document.push((id, weight));
            }
            documents.push(document);
            metas.push(ExampleMeta {
                label,
                lang: example.lang,
            });
        }
        let n = documents.len() as f32;
        let class_count = intent_ids.len() + 1;
        let class_of = |meta: &ExampleMeta| {
            if meta.label == NO_LABEL {
                intent_ids.len()
            } else {
                meta.label as usize
            }
        };
        // How many classes use each feature: features that belong to few intents tell them apart.
        let mut classes_with: Vec<HashSet<usize>> = vec![HashSet::new(); document_frequency.len()];
        for (document, meta) in documents.iter().zip(&metas) {
            for &(id, _) in document {
                classes_with[id as usize].insert(class_of(meta));
            }
        }
        let idf: Vec<f32> = document_frequency
            .iter()
            .zip(&classes_with)
            .map(|(&df, classes)| {
                let idf = ((n + 1.0) / (df as f32 + 1.0)).ln() + 1.0;
                let icf = ((class_count as f32 + 1.0) / (classes.len() as f32 + 1.0)).ln() + 1.0;
                idf * icf.powf(weighting.class_focus)
            })
            .collect();
        let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); idf.len()];
        let mut centroids: Vec<HashMap<u32, f32>> = vec![HashMap::new(); class_count];
        for (doc, document) in documents.iter().enumerate() {
            let norm = document
                .iter()
                .map(|&(id, w)| (w * idf[id as usize]).powi(2))
                .sum::<f32>()
                .sqrt();
            let class = class_of(&metas[doc]);
            for &(id, w) in document {
                let weight = w * idf[id as usize] / norm;
                postings[id as usize].push((doc as u32, weight));
                *centroids[class].entry(id).or_default() += weight;
            }
        }
        // Multinomial naive Bayes over the same weighted features (Rennie et al. 2003: TF-IDF
        // counts, length-normalized), smoothed with a small pseudo-count.
        const SMOOTHING: f32 = 0.05;
        let vocabulary_size = idf.len() as f32;
        let mut bayes_postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); idf.len()];
        let mut bayes_default = vec![0.0f32; class_count];
        for (class, centroid) in centroids.iter().enumerate() {
            let total: f32 = centroid.values().sum();
            let denominator = total + SMOOTHING * vocabulary_size;
            let default = (SMOOTHING / denominator).ln();
            bayes_default[class] = default;
            for (&id, &count) in centroid {
                bayes_postings[id as usize].push((class as u32, ((count + SMOOTHING) / denominator).ln() - default));
            }
        }
        let mut centroid_postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); idf.len()];
        for (class, centroid) in centroids.iter().enumerate() {
            let norm = centroid.values().map(|w| w * w).sum::<f32>().sqrt();
            if norm == 0.0 {
                continue;
            }
            for (&id, &w) in centroid {
                centroid_postings[id as usize].push((class as u32, w / norm));
            }
        }
        let mut vocabulary_by_initial: HashMap<char, Vec<String>> = HashMap::new();
        for word in &vocabulary {
            if let Some(initial) = word.chars().next() {
                vocabulary_by_initial.entry(initial).or_default().push(word.clone());
            }
        }
        for words in vocabulary_by_initial.values_mut() {
            words.sort();
        }
        Matcher {
            feature_ids,
            idf,
            postings,
            centroid_postings,
            bayes_postings,
            bayes_default,
            weighting,
            examples: metas,
            intent_count: intent_ids.len(),
            urgent: intents.iter().map(|i| i.urgent).collect(),
            vocabulary,
            vocabulary_by_initial,
            unknown_idf: (n + 1.0).ln() + 1.0,
            thresholds,
        }
    }

    /// The thresholds in use.
    pub fn thresholds(&self) -> Thresholds {
        self.thresholds
    }

    /// Number of indexed examples.
    pub fn example_count(&self) -> usize {
        self.examples.len()
    }

    /// The known word closest to an unknown one, if close enough to be a typo of it.
    fn rescue(&self, word: &str) -> Option<&str> {
        let initial = word.chars().next()?;
        let len = word.chars().count();
        let mut best: Option<(&str, f64)> = None;
        for candidate in self.vocabulary_by_initial.get(&initial)? {
            let candidate_len = candidate.chars().count();
            if candidate_len + 2 < len || candidate_len > len + 2 || candidate_len < RESCUE_MIN_LEN {
                continue;
            }
            let similarity = strsim::jaro_winkler(word, candidate);
            if similarity >= RESCUE_SIMILARITY && best.is_none_or(|(_, s)| similarity > s) {
                best = Some((candidate, similarity));
            }
        }
        best.map(|(w, _)| w)
    }

    /// Scores `text` against every example; returns the best score per intent (with the language
    /// of its best example) and the best out-of-scope score.
    fn score(&self, normalized: &str) -> (Vec<Option<Scored>>, Option<(f32, Lang)>) {
        let mut text = normalized.to_string();
        let unknown: Vec<&str> = normalized
            .split(' ')
            .filter(|w| w.chars().count() >= RESCUE_MIN_LEN && !self.vocabulary.contains(*w))
            .collect();
        for word in unknown {
            if let Some(known) = self.rescue(word) {
                text.push(' ');
                text.push_str(known);
            }
        }
        let mut raw = Vec::new();
        features(&text, &mut raw);
        let query = term_weights(&raw);
        let mut norm = 0.0f32;
        let mut known = Vec::with_capacity(query.len());
        for (feature, weight) in query {
            match self.feature_ids.get(&feature) {
                Some(&id) => {
                    let w = weight * self.idf[id as usize];
                    norm += w * w;
                    known.push((id, w));
                }
                None => norm += (weight * self.unknown_idf).powi(2),
            }
        }
        let mut best: Vec<Option<Scored>> = vec![None; self.intent_count];
        let mut out_of_scope: Option<(f32, Lang)> = None;
        if norm == 0.0 || known.is_empty() {
            return (best, out_of_scope);
        }
        let norm = norm.sqrt();
        let mut scores = vec![0.0f32; self.examples.len()];
        let mut centroid_scores = vec![0.0f32; self.intent_count + 1];
        let mut log_likelihood = vec![0.0f32; self.intent_count + 1];
        let mut query_mass = 0.0f32;
        for (id, w) in known {
            let q = w / norm;
            query_mass += q;
            for &(doc, dw) in &self.postings[id as usize] {
                scores[doc as usize] += w * dw;
            }
            for &(class, cw) in &self.centroid_postings[id as usize] {
                centroid_scores[class as usize] += w * cw;
            }
            for &(class, lw) in &self.bayes_postings[id as usize] {
                log_likelihood[class as usize] += q * lw;
            }
        }
        for (class, ll) in log_likelihood.iter_mut().enumerate() {
            *ll += query_mass * self.bayes_default[class];
        }
        // Posterior over classes (uniform prior), computed stably.
        let peak = log_likelihood.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let mut posterior: Vec<f32> = log_likelihood.iter().map(|ll| (ll - peak).exp()).collect();
        let total: f32 = posterior.iter().sum();
        for p in &mut posterior {
            *p /= total;
        }
        let share = self.weighting.best_example_share;
        let bayes = self.weighting.bayes_share;
        for (doc, &raw_score) in scores.iter().enumerate() {
            if raw_score <= 0.0 {
                continue;
            }
            let score = raw_score / norm;
            let meta = self.examples[doc];
            if meta.label == NO_LABEL {
                if out_of_scope.is_none_or(|(s, _)| score > s) {
                    out_of_scope = Some((score, meta.lang));
                }
                continue;
            }
            let slot = &mut best[meta.label as usize];
            if slot.is_none_or(|s| score > s.score) {
                *slot = Some(Scored {
                    intent: meta.label as usize,
                    score,
                    lang: meta.lang,
                });
            }
        }
        for slot in best.iter_mut().flatten() {
            slot.score = share * slot.score + (1.0 - share) * centroid_scores[slot.intent] / norm + bayes * posterior[slot.intent];
            if self.urgent[slot.intent] {
                slot.score *= self.weighting.urgent_boost;
            }
        }
        if let Some((score, lang)) = out_of_scope {
            out_of_scope = Some((
                share * score + (1.0 - share) * centroid_scores[self.intent_count] / norm + bayes * posterior[self.intent_count],
                lang,
            ));
        }
        (best, out_of_scope)
    }

    /// Understands one message. Never panics, whatever the input.
    pub fn decide(&self, text: &str) -> Decision {
        let clipped: String = text.chars().take(MAX_INPUT_CHARS).collect();
        let normalized = normalize(&clipped);
        let none = Decision {
            outcome: Outcome::NoIntent,
            ranked: Vec::new(),
            lang: None,
        };
        if normalized.is_empty() {
            return none;
        }
        let (best, out_of_scope) = self.score(&normalized);
        let mut ranked: Vec<Scored> = best.into_iter().flatten().collect();
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.intent.cmp(&b.intent)));
        ranked.truncate(4);
        let Some(top) = ranked.first().copied() else {
            return Decision {
                lang: out_of_scope.map(|(_, lang)| lang),
                ..none
            };
        };
        let runner_up = ranked.get(1).map_or(0.0, |s| s.score);
        let t = self.thresholds;
        let out_of_scope_wins = out_of_scope.is_some_and(|(s, _)| s > top.score);
        let reject = if self.urgent[top.intent] { t.urgent_reject } else { t.reject };
        let outcome = if out_of_scope_wins || top.score < reject {
            Outcome::NoIntent
        } else if top.score >= t.confident && top.score - runner_up >= t.margin {
            Outcome::Confident
        } else {
            Outcome::Unsure
        };
        let lang = match (outcome, out_of_scope) {
            (Outcome::NoIntent, Some((s, lang))) if s >= top.score => Some(lang),
            _ => Some(top.lang),
        };
        Decision {
            outcome,
            ranked,
            lang,
        }
    }
}
