//! Understanding: scores a message against the example messages of every intent, and decides
//! between a confident answer, "did you mean", and no intent.
//!
//! Features are whole words, word pairs and character n-grams (3 and 4, padded per word), weighted
//! by TF-IDF and compared by cosine through an inverted index. Words the examples never use are
//! rescued by their nearest known word (Jaro-Winkler), so typos still match. A naive-Bayes model
//! over the same features, with the languages as classes, tells the message's language first; only
//! the languages within reach of it have their examples and centroids compared. No language
//! detector crate is needed, which matters because none handles Haitian Creole.

mod columns;
mod file;

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

pub use file::ModelError;

use super::decision::{Decision, Outcome, Scored, Thresholds};
use super::features::{features, hash_feature, term_weights, two_letters, FeatureMap};
use super::normalize::{normalize, Prepared};
use crate::content::{Content, Example, Lang, Priority, OUT_OF_SCOPE};
use columns::{Column, FeatureTable, Id, Ids, IdsView, Postings, RowOffsets, Vocabulary, Weight};

/// Shortest unknown word worth a typo rescue.
const RESCUE_MIN_LEN: usize = 4;
/// Jaro-Winkler similarity a known word needs to stand in for an unknown one.
const RESCUE_SIMILARITY: f64 = 0.88;

/// How features are weighted and example scores combined; chosen by cross-validation
/// (`cargo run --release --example tune`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weighting {
    /// Share of an intent's score that comes from its best single example; the rest comes from
    /// the intent's centroid (all its examples together).
    pub best_example_share: f32,
    /// Weight of the naive-Bayes posterior added to the similarity score.
    pub bayes_share: f32,
    /// Factor applied to urgent intents' scores, so they win near-ties.
    pub urgent_boost: f32,
    /// Features found in more than this share of all examples are left out of the
    /// example-by-example comparison (they still count in the centroids and naive Bayes): they
    /// say little about any one example and cost the most to compare.
    pub common_feature_share: f32,
    /// Pseudo-count added to every feature of every class in the naive-Bayes model. The more
    /// languages and features the index holds, the more a fixed pseudo-count flattens each
    /// class's word probabilities, so it is chosen by cross-validation with the other weights.
    pub bayes_smoothing: f32,
    /// How far (in the language model's log-odds) a language may trail the message's likeliest
    /// language and still have its centroids and examples compared. Languages further behind
    /// cannot be the message's, and skipping them is most of what keeps eight languages as fast
    /// as four; a message that mixes languages, or is too short to tell, keeps every language
    /// within reach.
    pub language_window: f32,
}

impl Default for Weighting {
    fn default() -> Self {
        Weighting {
            best_example_share: 0.2,
            bayes_share: 0.3,
            urgent_boost: 1.0,
            common_feature_share: 0.005,
            bayes_smoothing: 0.025,
            language_window: 4.0,
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

/// One core's share of the examples, analyzed: features and words numbered locally.
#[derive(Default)]
struct Share {
    /// Local feature id → feature hash.
    features: Vec<u64>,
    /// The examples' vectors over local feature ids.
    documents: Rows<(u32, f32)>,
    metas: Vec<ExampleMeta>,
    /// Distinct words, for typo rescue.
    words: Vec<String>,
}

/// The label of an example: an intent index, or out of scope.
const NO_LABEL: u32 = u32::MAX;

/// An index or length in the matcher's tables as the `u32` they store (half the memory of a
/// `usize`). The content has thousands of examples and well under a million distinct features,
/// far below `u32::MAX`; content past it stops start-up here instead of wrapping silently.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).expect("the matcher's tables hold fewer than 2^32 entries")
}

#[derive(Debug, Clone, Copy)]
struct ExampleMeta {
    label: u32,
    lang: Lang,
}

/// Scores of one message: per class (intents, then out of scope), the language of each class's
/// best example, and the message's language.
struct Scores {
    class: Vec<f32>,
    class_lang: Vec<Option<Lang>>,
    lang: Option<Lang>,
}

/// Variable-length rows stored in one flat vector (row `i` is `items[offsets[i]..offsets[i + 1]]`):
/// one allocation instead of one per feature, and rows that sit next to each other in memory.
/// The builder's tables; the finished index holds them as columns (`columns`).
#[derive(Debug)]
struct Rows<T> {
    offsets: Vec<u32>,
    items: Vec<T>,
}

impl<T> Default for Rows<T> {
    fn default() -> Self {
        Rows {
            offsets: vec![0],
            items: Vec::new(),
        }
    }
}

impl<T: Copy> Rows<T> {
    /// Rows of the given lengths, filled with `fill`.
    fn with_row_lengths(lengths: &[u32], fill: T) -> Self {
        let mut offsets = Vec::with_capacity(lengths.len() + 1);
        let mut total = 0u32;
        offsets.push(0);
        for &len in lengths {
            total += len;
            offsets.push(total);
        }
        Rows {
            offsets,
            items: vec![fill; total as usize],
        }
    }

    /// Closes the row being filled by pushes to `items`.
    fn end_row(&mut self) {
        self.offsets.push(to_u32(self.items.len()));
    }

    fn range(&self, i: usize) -> std::ops::Range<usize> {
        self.offsets[i] as usize..self.offsets[i + 1] as usize
    }

    fn row(&self, i: usize) -> &[T] {
        &self.items[self.range(i)]
    }

    /// The items of the rows in the order `order` gives (row `order[0]` first).
    fn items_in(&self, order: &[u32]) -> Vec<T> {
        order.iter().flat_map(|&row| self.row(row as usize)).copied().collect()
    }
}

/// Calls `add` with each posting (id, weight) of a row whose id lies in one of `spans`. A row's
/// ids increase, and so do the spans, which do not overlap: each span is found by two binary
/// searches, and the postings outside every span are never read.
#[inline]
fn for_postings_within<D: Id>(ids: &[D], weights: &[Weight], spans: &[Range<u32>], mut add: impl FnMut(u32, f32)) {
    let (Some(&first), Some(&last)) = (ids.first(), ids.last()) else {
        return;
    };
    let (first, last): (u32, u32) = (first.into(), last.into());
    // Most rows hold one language's ids, or lie inside one span: no search needed.
    if spans.iter().any(|span| span.start <= first && last < span.end) {
        for (&id, &weight) in ids.iter().zip(weights) {
            add(id.into(), weight.get());
        }
        return;
    }
    let mut from = 0;
    for span in spans {
        if span.end <= first || span.start > last {
            continue;
        }
        let start = from + ids[from..].partition_point(|&id| id.into() < span.start);
        let end = start + ids[start..].partition_point(|&id| id.into() < span.end);
        for (&id, &weight) in ids[start..end].iter().zip(&weights[start..end]) {
            add(id.into(), weight.get());
        }
        from = end;
    }
}

/// Adds one feature's share (`q` times each posting's weight) to the scores its postings name.
#[inline]
fn add_postings<C: Id>(ids: &[C], weights: &[Weight], q: f32, scores: &mut [f32]) {
    for (&id, &weight) in ids.iter().zip(weights) {
        scores[id.into() as usize] += q * weight.get();
    }
}

/// The letters of a word, as a set of 128 buckets (a letter's code point modulo 128): two letters
/// in one bucket make the set larger than the word's, never smaller.
struct LetterSet(u128);

impl LetterSet {
    fn of(word: &str) -> LetterSet {
        LetterSet(word.chars().fold(0, |set, c| set | 1 << (u32::from(c) % 128)))
    }

    /// How many of `other`'s letters (counted with repeats) may also be letters of this word: an
    /// upper bound, since a bucket may hold another letter.
    fn shared_with(&self, other: &str) -> usize {
        other
            .chars()
            .filter(|&c| self.0 & 1 << (u32::from(c) % 128) != 0)
            .count()
    }
}

/// Whether words of `a` and `b` characters, `b` of whose letters at most `shared` are also the
/// first word's, could reach [`RESCUE_SIMILARITY`]. Jaro-Winkler adds at most 0.4 of what Jaro
/// lacks (a common prefix of up to 4), so Jaro must reach 0.8; Jaro averages the shares of each
/// word matched (at most `shared` letters) and 1, so `shared / a + shared / b` must reach 1.4.
fn could_be_similar(a: usize, b: usize, shared: usize) -> bool {
    let needed_jaro = (RESCUE_SIMILARITY - 0.4) / 0.6;
    #[allow(clippy::cast_precision_loss)]
    let (a, b, shared) = (a as f64, b as f64, shared as f64);
    shared / a + shared / b + 1.0 >= 3.0 * needed_jaro - 1e-9
}

/// Where each language's examples start (in [`Lang::ALL`] order), and one past the last, given
/// every example's language position in id order, which never decreases.
fn language_starts(example_lang: &[u8]) -> [u32; Lang::ALL.len() + 1] {
    std::array::from_fn(|l| {
        // At most the example count; a damaged file's count, far beyond any real one, saturates.
        u32::try_from(example_lang.partition_point(|&lang| usize::from(lang) < l)).unwrap_or(u32::MAX)
    })
}

/// Normalized exponentials of log-scores, computed stably.
fn softmax(logs: &[f32]) -> Vec<f32> {
    let peak = logs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exps: Vec<f32> = logs.iter().map(|l| (l - peak).exp()).collect();
    let total: f32 = exps.iter().sum();
    exps.into_iter().map(|e| e / total).collect()
}

/// The component of a class in one language: its position in the per-component tables, where
/// each language's components are one run (so that scoring can skip a language whole).
fn component(class: usize, lang: Lang, classes: usize) -> usize {
    lang.index() * classes + class
}

thread_local! {
    /// Per-example scores of the message being scored, reused across messages: allocating and
    /// zeroing one slot per example for every message cost more than the scoring itself.
    static EXAMPLE_SCORES: std::cell::RefCell<Vec<f32>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl<'a> IntentSpec<'a> {
    /// Every intent of `content`, in its order, as the matcher needs to know it.
    pub fn all(content: &'a Content) -> Vec<IntentSpec<'a>> {
        content
            .intents()
            .iter()
            .map(|i| IntentSpec {
                id: &i.id,
                urgent: i.priority == Priority::Urgent,
            })
            .collect()
    }
}

/// The index over all example messages.
///
/// Its tables are columns (`columns`): read from the model file compiled into the binary, they
/// are viewed where they lie instead of copied (`file`).
#[derive(Debug)]
pub struct Matcher {
    /// Every feature's hash, increasing: a feature's id is its position.
    features: FeatureTable,
    idf: Column<Weight>,
    /// Per feature: (example, weight), for features rare enough to compare example by example;
    /// (component, centroid weight) for every component that has seen the feature, where a
    /// component is one class in one language (see [`component`]; class `intent_count` is out of
    /// scope); (class, naive-Bayes log-odds against the class's default) for every class that has
    /// seen it; and the same naive Bayes with the languages as classes, which tells the message's
    /// language.
    postings: Postings,
    /// Per class: the smoothed log-probability of a feature the class has never seen.
    bayes_default: Column<f32>,
    lang_default: [f32; Lang::ALL.len()],
    weighting: Weighting,
    /// Per example: its intent, or [`NO_LABEL`] for out of scope.
    example_label: Column<u32>,
    /// Per example: its language's position in [`Lang::ALL`]. Examples are numbered language by
    /// language, so these never decrease.
    example_lang: Column<u8>,
    /// Where each language's examples start (in [`Lang::ALL`] order), and one past the last.
    lang_examples: [u32; Lang::ALL.len() + 1],
    intent_count: usize,
    urgent: Vec<bool>,
    /// Known words, for typo rescue.
    vocabulary: Vocabulary,
    unknown_idf: f32,
    thresholds: Thresholds,
}

impl Matcher {
    /// Builds the index over `content`'s intents and examples, with the default thresholds.
    pub fn for_content(content: &Content) -> Matcher {
        Matcher::build(&IntentSpec::all(content), content.examples(), Thresholds::default())
    }

    /// The index over `content` read from a model file (`kyr train`), if the file was built from
    /// this content by this code; otherwise built, with the reason the file was not used.
    pub fn load_or_build(content: &Content, model: Option<&[u8]>) -> (Matcher, Result<(), ModelError>) {
        match Matcher::from_model(content, model) {
            Ok(matcher) => (matcher, Ok(())),
            Err(why) => (Matcher::for_content(content), Err(why)),
        }
    }

    /// The index over `content` read from a model file, if it was built from this content by
    /// this code.
    pub fn from_model(content: &Content, model: Option<&[u8]>) -> Result<Matcher, ModelError> {
        let model = model.ok_or(ModelError::Missing)?;
        let fingerprint = file::fingerprint(&IntentSpec::all(content), content.examples(), Weighting::default());
        Matcher::from_bytes(model, fingerprint, Thresholds::default())
    }

    /// Builds the index over `content` and returns it as the bytes of its model file.
    pub fn train(content: &Content) -> Vec<u8> {
        let specs = IntentSpec::all(content);
        let fingerprint = file::fingerprint(&specs, content.examples(), Weighting::default());
        Matcher::for_content(content).to_bytes(fingerprint)
    }

    /// Builds the index. `intents` gives each intent's position; examples whose intent is
    /// [`OUT_OF_SCOPE`] teach the matcher what to refuse. Examples of unknown intents are skipped
    /// (`kyr check` reports them).
    pub fn build(intents: &[IntentSpec<'_>], examples: &[Example], thresholds: Thresholds) -> Matcher {
        Matcher::build_weighted(intents, examples, thresholds, Weighting::default())
    }

    /// [`Matcher::build`] with explicit weighting, for tuning.
    pub fn build_weighted(
        intents: &[IntentSpec<'_>],
        examples: &[Example],
        thresholds: Thresholds,
        weighting: Weighting,
    ) -> Matcher {
        let intent_count = intents.len();
        let class_count = intent_count + 1;
        let position: HashMap<&str, u32> = intents
            .iter()
            .enumerate()
            .map(|(i, spec)| (spec.id, to_u32(i)))
            .collect();

        // 1. Every example as a sparse vector of (feature id, term weight), stored row by row.
        let mut feature_ids: FeatureMap<u32> = FeatureMap::default();
        let mut documents: Rows<(u32, f32)> = Rows::default();
        let mut metas = Vec::new();
        let mut document_frequency: Vec<u32> = Vec::new();
        // Words are deduplicated by their feature hash, so the map never hashes a string twice.
        let mut vocabulary: Vec<String> = Vec::new();
        let mut seen_words: FeatureMap<()> = FeatureMap::default();
        // Normalizing and cutting examples into features is independent per example: each core
        // takes a share, numbering features and words locally; the shares are then merged in
        // order, so the global maps see each distinct feature once per share, not once per use.
        // Examples are numbered language by language: each language's examples are then one run of
        // ids, which scoring skips whole when the message cannot be in that language.
        let mut examples: Vec<&Example> = examples.iter().collect();
        examples.sort_by_key(|example| example.lang.index());
        let analyze = |chunk: &[&Example]| -> Share {
            let mut share = Share::default();
            let mut local: FeatureMap<u32> = FeatureMap::default();
            let mut words: FeatureMap<()> = FeatureMap::default();
            let mut raw = Vec::new();
            let (mut seen_in, mut slot, mut counts): (Vec<u32>, Vec<u32>, Vec<u32>) = Default::default();
            let mut doc = 0u32;
            for &example in chunk {
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
                    if words.insert(hash_feature(b'w', &[word]), ()).is_none() {
                        share.words.push(word.to_string());
                    }
                }
                features(&normalized, &mut raw);
                // Sum repeated features without sorting: remember where each local feature was
                // last seen (`seen_in`, `slot`) and count repeats in place.
                let row_start = share.documents.items.len();
                counts.clear();
                for &(feature, weight) in &raw {
                    let next = to_u32(share.features.len());
                    let id = *local.entry(feature).or_insert(next);
                    if id == next {
                        share.features.push(feature);
                        seen_in.push(u32::MAX);
                        slot.push(0);
                    }
                    if seen_in[id as usize] == doc {
                        counts[slot[id as usize] as usize] += 1;
                    } else {
                        seen_in[id as usize] = doc;
                        slot[id as usize] = to_u32(counts.len());
                        counts.push(1);
                        share.documents.items.push((id, weight));
                    }
                }
                for (entry, &count) in share.documents.items[row_start..].iter_mut().zip(&counts) {
                    entry.1 *= 1.0 + (count as f32).ln();
                }
                share.documents.end_row();
                doc += 1;
                share.metas.push(ExampleMeta {
                    label,
                    lang: example.lang,
                });
            }
            share
        };
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 4);
        let chunk_size = examples.len().div_ceil(threads).max(1);
        let shares: Vec<Share> = if threads > 1 && examples.len() > 256 {
            std::thread::scope(|scope| {
                let handles: Vec<_> = examples
                    .chunks(chunk_size)
                    .map(|chunk| scope.spawn(move || analyze(chunk)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
                    .collect()
            })
        } else {
            vec![analyze(&examples)]
        };
        for share in shares {
            for word in share.words {
                if seen_words.insert(hash_feature(b'w', &[&word]), ()).is_none() {
                    vocabulary.push(word);
                }
            }
            let global: Vec<u32> = share
                .features
                .iter()
                .map(|&feature| {
                    let next = to_u32(feature_ids.len());
                    let id = *feature_ids.entry(feature).or_insert(next);
                    if id as usize == document_frequency.len() {
                        document_frequency.push(0);
                    }
                    id
                })
                .collect();
            for doc in 0..share.metas.len() {
                for &(local, weight) in share.documents.row(doc) {
                    let id = global[local as usize];
                    document_frequency[id as usize] += 1;
                    documents.items.push((id, weight));
                }
                documents.end_row();
            }
            metas.extend(share.metas);
        }
        let feature_count = document_frequency.len();
        let n = metas.len() as f32;
        let class_of = |meta: &ExampleMeta| {
            if meta.label == NO_LABEL {
                intent_count
            } else {
                meta.label as usize
            }
        };

        // 2. Feature weights: inverse document frequency.
        let idf: Vec<f32> = document_frequency
            .iter()
            .map(|&df| ((n + 1.0) / (df as f32 + 1.0)).ln() + 1.0)
            .collect();

        // 3. Unit-length example vectors, and the inverted index feature → (example, weight).
        for doc in 0..metas.len() {
            let range = documents.range(doc);
            let row = &mut documents.items[range];
            let norm = row
                .iter()
                .map(|&(id, w)| (w * idf[id as usize]).powi(2))
                .sum::<f32>()
                .sqrt();
            for (id, w) in row.iter_mut() {
                *w *= idf[*id as usize] / norm;
            }
        }
        let mut postings = Rows::with_row_lengths(&document_frequency, (0u32, 0.0f32));
        {
            let mut cursor: Vec<u32> = postings.offsets[..feature_count].to_vec();
            for doc in 0..metas.len() {
                for &(id, w) in documents.row(doc) {
                    let slot = &mut cursor[id as usize];
                    postings.items[*slot as usize] = (to_u32(doc), w);
                    *slot += 1;
                }
            }
        }

        // The examples' own vectors are not needed once they are in the index.
        drop(documents);

        // 4. Per feature, the sums over each component (centroids), class (naive Bayes) and
        // language. A class's centroid is taken per language (a component): a centroid over all
        // languages would be diluted by every language added, and by each class's mix of languages.
        let components = class_count * Lang::ALL.len();
        let mut centroid_entries: Rows<(u32, f32)> = Rows::default();
        let mut bayes_entries: Rows<(u32, f32)> = Rows::default();
        let mut lang_entries: Rows<(u8, f32)> = Rows::default();
        let mut class_mass = vec![0.0f32; class_count];
        let mut component_norm = vec![0.0f32; components];
        let mut lang_mass = [0.0f32; Lang::ALL.len()];
        let mut component_sums = vec![0.0f32; components];
        let mut class_sums = vec![0.0f32; class_count];
        for id in 0..feature_count {
            let mut lang_sums = [0.0f32; Lang::ALL.len()];
            for &(doc, weight) in postings.row(id) {
                let meta = &metas[doc as usize];
                let class = class_of(meta);
                component_sums[component(class, meta.lang, class_count)] += weight;
                class_sums[class] += weight;
                lang_sums[meta.lang.index()] += weight;
            }
            for (c, sum) in component_sums.iter_mut().enumerate() {
                if *sum > 0.0 {
                    centroid_entries.items.push((to_u32(c), *sum));
                    component_norm[c] += *sum * *sum;
                    *sum = 0.0;
                }
            }
            centroid_entries.end_row();
            for (class, sum) in class_sums.iter_mut().enumerate() {
                if *sum > 0.0 {
                    bayes_entries.items.push((to_u32(class), *sum));
                    class_mass[class] += *sum;
                }
                *sum = 0.0;
            }
            bayes_entries.end_row();
            for (lang, sum) in (0u8..).zip(&lang_sums) {
                if *sum > 0.0 {
                    lang_entries.items.push((lang, *sum));
                    lang_mass[usize::from(lang)] += *sum;
                }
            }
            lang_entries.end_row();
        }
        // Multinomial naive Bayes over the same weighted features (Rennie et al. 2003: TF-IDF
        // counts, length-normalized), smoothed with a small pseudo-count; stored as log-odds
        // against the class's default so unseen features cost nothing at query time.
        let smoothing = weighting.bayes_smoothing;
        let vocabulary_size = feature_count as f32;
        let denominators: Vec<f32> = class_mass.iter().map(|m| m + smoothing * vocabulary_size).collect();
        let bayes_default: Vec<f32> = denominators.iter().map(|d| (smoothing / d).ln()).collect();
        for (class, value) in &mut bayes_entries.items {
            let class = *class as usize;
            *value = ((*value + smoothing) / denominators[class]).ln() - bayes_default[class];
        }
        let component_norm: Vec<f32> = component_norm.iter().map(|x| x.sqrt()).collect();
        // Per-language centroids give a shared feature (an n-gram common to several languages)
        // one entry per class and language: entries whose centroid weight is below this floor are
        // dropped. Measured: no dev-set decision changes, and classification is about a fifth
        // faster.
        const CENTROID_FLOOR: f32 = 0.01;
        let mut kept: Rows<(u32, f32)> = Rows::default();
        for id in 0..feature_count {
            for &(c, sum) in centroid_entries.row(id) {
                let weight = sum / component_norm[c as usize];
                if weight >= CENTROID_FLOOR {
                    kept.items.push((c, weight));
                }
            }
            kept.end_row();
        }
        let centroid_entries = kept;
        // The language model keeps its own pseudo-count: it is not tuned with the intent weights.
        const LANG_SMOOTHING: f32 = 0.05;
        let lang_denominators = lang_mass.map(|m| m + LANG_SMOOTHING * vocabulary_size);
        let lang_default = lang_denominators.map(|d| (LANG_SMOOTHING / d).ln());
        for (lang, value) in &mut lang_entries.items {
            let l = *lang as usize;
            *value = ((*value + LANG_SMOOTHING) / lang_denominators[l]).ln() - lang_default[l];
        }

        // 5. Keep example-level postings only for features rare enough to tell examples apart.
        // At least 1 and at most the number of examples, so the float fits; `as` rounds it down.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let common = (weighting.common_feature_share * n).max(1.0) as usize;
        let mut example_postings: Rows<(u32, f32)> = Rows::default();
        for id in 0..feature_count {
            let row = postings.row(id);
            if row.len() <= common {
                example_postings.items.extend_from_slice(row);
            }
            example_postings.end_row();
        }

        // 6. Features in hash order: a feature's id becomes its position in the sorted column, so
        // that the model file's column is searched where it lies. Renumbering after every sum is
        // taken leaves each score exactly as it was.
        let mut hash_of = vec![0u64; feature_count];
        for (&feature, &id) in &feature_ids {
            hash_of[id as usize] = feature;
        }
        drop(feature_ids);
        let mut order: Vec<u32> = (0..to_u32(feature_count)).collect();
        order.sort_unstable_by_key(|&id| hash_of[id as usize]);
        let hashes: Vec<u64> = order.iter().map(|&id| hash_of[id as usize]).collect();
        let idf: Vec<Weight> = order.iter().map(|&id| Weight::new(idf[id as usize])).collect();
        let rows = RowOffsets::from_lengths(order.iter().map(|&id| {
            let id = id as usize;
            [
                example_postings.range(id),
                centroid_entries.range(id),
                bayes_entries.range(id),
                lang_entries.range(id),
            ]
            .map(|row| row.len())
        }));
        // Weights are stored in 16 bits (`Weight`) once every sum is taken.
        let columns = |entries: Vec<(u32, f32)>| -> (Vec<u32>, Vec<Weight>) {
            entries
                .into_iter()
                .map(|(id, weight)| (id, Weight::new(weight)))
                .unzip()
        };
        let (doc, doc_weight) = columns(example_postings.items_in(&order));
        let (centroid, centroid_weight) = columns(centroid_entries.items_in(&order));
        let (bayes, bayes_weight) = columns(bayes_entries.items_in(&order));
        let (lang, lang_weight) = lang_entries
            .items_in(&order)
            .into_iter()
            .map(|(lang, weight)| (lang, Weight::new(weight)))
            .unzip();
        let postings = Postings {
            rows,
            doc: Ids::new(doc, metas.len()),
            doc_weight: Cow::Owned(doc_weight),
            centroid: Ids::new(centroid, components),
            centroid_weight: Cow::Owned(centroid_weight),
            bayes: Ids::new(bayes, class_count),
            bayes_weight: Cow::Owned(bayes_weight),
            lang: Cow::Owned(lang),
            lang_weight: Cow::Owned(lang_weight),
        };

        let example_lang: Vec<u8> = metas
            .iter()
            .map(|m| u8::try_from(m.lang.index()).expect("a handful of languages"))
            .collect();
        let vocabulary = Vocabulary::new(
            vocabulary
                .into_iter()
                .filter_map(|word| Some((two_letters(&word)?, word)))
                .collect(),
        );
        Matcher {
            features: FeatureTable::new(Cow::Owned(hashes)),
            idf: Cow::Owned(idf),
            postings,
            bayes_default: Cow::Owned(bayes_default),
            lang_default,
            weighting,
            example_label: metas.iter().map(|m| m.label).collect(),
            lang_examples: language_starts(&example_lang),
            example_lang: Cow::Owned(example_lang),
            intent_count,
            urgent: intents.iter().map(|i| i.urgent).collect(),
            vocabulary,
            unknown_idf: (n + 1.0).ln() + 1.0,
            thresholds,
        }
    }

    /// The same index deciding with other thresholds (tuning tries many on one index).
    #[must_use]
    pub fn with_thresholds(self, thresholds: Thresholds) -> Matcher {
        Matcher { thresholds, ..self }
    }

    /// The thresholds in use.
    pub fn thresholds(&self) -> Thresholds {
        self.thresholds
    }

    /// Number of indexed examples.
    pub fn example_count(&self) -> usize {
        self.example_label.len()
    }

    /// Number of distinct features (words, word pairs, character n-grams) in the index.
    pub fn feature_count(&self) -> usize {
        self.features.len()
    }

    /// The known word closest to an unknown one, if close enough to be a typo of it.
    fn rescue(&self, word: &str) -> Option<&str> {
        let len = word.chars().count();
        let words = self.vocabulary.group(two_letters(word)?);
        let low = len.saturating_sub(2).max(RESCUE_MIN_LEN);
        let first = words.start + self.vocabulary.chars[words.clone()].partition_point(|&l| (l as usize) < low);
        let letters = LetterSet::of(word);
        let mut best: Option<(&str, f64)> = None;
        for i in first..words.end {
            let candidate_len = self.vocabulary.chars(i);
            if candidate_len > len + 2 {
                break;
            }
            let candidate = self.vocabulary.word(i);
            // Most candidates share too few letters to come close: counting them is far cheaper
            // than the similarity itself.
            if !could_be_similar(len, candidate_len, letters.shared_with(candidate)) {
                continue;
            }
            let similarity = strsim::jaro_winkler(word, candidate);
            if similarity >= RESCUE_SIMILARITY && best.is_none_or(|(_, s)| similarity > s) {
                best = Some((candidate, similarity));
            }
        }
        best.map(|(w, _)| w)
    }

    /// Scores a normalized message against every class (each intent, and out of scope) and
    /// guesses its language.
    fn score(&self, normalized: &str) -> Scores {
        let mut text = normalized.to_string();
        for word in normalized.split(' ') {
            if word.chars().count() >= RESCUE_MIN_LEN && self.features.id(hash_feature(b'w', &[word])).is_none() {
                if let Some(known) = self.rescue(word) {
                    text.push(' ');
                    text.push_str(known);
                }
            }
        }
        let mut raw = Vec::new();
        features(&text, &mut raw);
        let query = term_weights(&mut raw);
        let mut norm = 0.0f32;
        let mut known = Vec::with_capacity(query.len());
        for (feature, weight) in query {
            match self.features.id(feature) {
                Some(id) => {
                    let w = weight * self.idf[id as usize].get();
                    norm += w * w;
                    known.push((id, w));
                }
                None => norm += (weight * self.unknown_idf).powi(2),
            }
        }
        let classes = self.intent_count + 1;
        let result = Scores {
            class: vec![0.0; classes],
            class_lang: vec![None; classes],
            lang: None,
        };
        if norm == 0.0 || known.is_empty() {
            return result;
        }
        let norm = norm.sqrt();
        EXAMPLE_SCORES.with_borrow_mut(|example_scores| {
            example_scores.resize(self.example_count(), 0.0);
            self.score_known(&known, norm, example_scores, result)
        })
    }

    /// The scoring loop of [`Matcher::score`]: `example_scores` is all zeros on entry and is left
    /// all zeros on return.
    fn score_known(&self, known: &[(u32, f32)], norm: f32, example_scores: &mut [f32], mut result: Scores) -> Scores {
        const LANGS: usize = Lang::ALL.len();
        let classes = self.intent_count + 1;
        let postings = &self.postings;
        let rows = postings.rows.view();

        // 1. The message's language first: it decides which languages' centroids and examples
        // are worth comparing.
        let mut lang_log = [0.0f32; LANGS];
        let mut mass = 0.0f32;
        // Each feature's share of the message and its rows in the other tables, for step 2.
        let mut shares: Vec<(f32, [Range<usize>; 3])> = Vec::with_capacity(known.len());
        for &(id, w) in known {
            let q = w / norm;
            mass += q;
            let [doc_row, centroid_row, bayes_row, lang_row] = rows.ranges(id as usize);
            add_postings(
                &postings.lang[lang_row.clone()],
                &postings.lang_weight[lang_row],
                q,
                &mut lang_log,
            );
            shares.push((q, [doc_row, centroid_row, bayes_row]));
        }
        for (log, default) in lang_log.iter_mut().zip(&self.lang_default) {
            *log += mass * default;
        }
        let likeliest = lang_log
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map_or(0, |(i, _)| i);
        result.lang = Lang::ALL.get(likeliest).copied();
        // The languages within reach of the likeliest, as runs of component and example ids
        // (neighbouring languages' runs joined).
        let floor = lang_log[likeliest] - self.weighting.language_window;
        let mut component_spans: Vec<Range<u32>> = Vec::with_capacity(LANGS);
        let mut example_spans: Vec<Range<u32>> = Vec::with_capacity(LANGS);
        for (l, &log) in lang_log.iter().enumerate() {
            if log < floor {
                continue;
            }
            let components = to_u32(l * classes)..to_u32((l + 1) * classes);
            let examples = self.lang_examples[l]..self.lang_examples[l + 1];
            match (component_spans.last_mut(), example_spans.last_mut()) {
                (Some(c), Some(e)) if c.end == components.start => {
                    c.end = components.end;
                    e.end = examples.end;
                }
                _ => {
                    component_spans.push(components);
                    example_spans.push(examples);
                }
            }
        }

        // 2. Examples and centroids of those languages; naive Bayes over every class.
        let mut touched: Vec<u32> = Vec::new();
        let mut component_centroid = vec![0.0f32; classes * LANGS];
        let mut class_log = vec![0.0f32; classes];
        let (docs, doc_weights) = (postings.doc.view(), &*postings.doc_weight);
        let (centroids, centroid_weights) = (postings.centroid.view(), &*postings.centroid_weight);
        let (bayes, bayes_weights) = (postings.bayes.view(), &*postings.bayes_weight);
        for (q, [doc_row, centroid_row, bayes_row]) in shares {
            let mut add_example = |doc: u32, weight: f32| {
                let slot = &mut example_scores[doc as usize];
                if *slot == 0.0 {
                    touched.push(doc);
                }
                *slot += q * weight;
            };
            let weights = &doc_weights[doc_row.clone()];
            match docs {
                IdsView::U8(ids) => for_postings_within(&ids[doc_row], weights, &example_spans, &mut add_example),
                IdsView::U16(ids) => for_postings_within(&ids[doc_row], weights, &example_spans, &mut add_example),
                IdsView::U32(ids) => for_postings_within(&ids[doc_row], weights, &example_spans, &mut add_example),
            }
            let mut add_centroid = |c: u32, weight: f32| component_centroid[c as usize] += q * weight;
            let weights = &centroid_weights[centroid_row.clone()];
            match centroids {
                IdsView::U8(ids) => {
                    for_postings_within(&ids[centroid_row], weights, &component_spans, &mut add_centroid)
                }
                IdsView::U16(ids) => {
                    for_postings_within(&ids[centroid_row], weights, &component_spans, &mut add_centroid);
                }
                IdsView::U32(ids) => {
                    for_postings_within(&ids[centroid_row], weights, &component_spans, &mut add_centroid);
                }
            }
            let weights = &bayes_weights[bayes_row.clone()];
            match bayes {
                IdsView::U8(ids) => add_postings(&ids[bayes_row], weights, q, &mut class_log),
                IdsView::U16(ids) => add_postings(&ids[bayes_row], weights, q, &mut class_log),
                IdsView::U32(ids) => add_postings(&ids[bayes_row], weights, q, &mut class_log),
            }
        }
        for (log, default) in class_log.iter_mut().zip(self.bayes_default.iter()) {
            *log += mass * default;
        }
        let posterior = softmax(&class_log);
        // A class is as close as its closest language's centroid.
        let mut centroid = vec![0.0f32; classes];
        for language in component_centroid.chunks_exact(classes) {
            for (best, &similarity) in centroid.iter_mut().zip(language) {
                *best = best.max(similarity);
            }
        }
        let mut best_example = vec![0.0f32; classes];
        let (labels, langs) = (&*self.example_label, &*self.example_lang);
        for doc in touched {
            let score = std::mem::take(&mut example_scores[doc as usize]);
            let label = labels[doc as usize];
            let class = if label == NO_LABEL {
                self.intent_count
            } else {
                label as usize
            };
            if score > best_example[class] {
                best_example[class] = score;
                result.class_lang[class] = Lang::ALL.get(usize::from(langs[doc as usize])).copied();
            }
        }
        let share = self.weighting.best_example_share;
        let bayes = self.weighting.bayes_share;
        for class in 0..classes {
            if centroid[class] <= 0.0 && best_example[class] <= 0.0 {
                continue;
            }
            let mut score = share * best_example[class] + (1.0 - share) * centroid[class] + bayes * posterior[class];
            if class < self.intent_count && self.urgent[class] {
                score *= self.weighting.urgent_boost;
            }
            result.class[class] = score;
        }
        result
    }

    /// Understands one message. Never panics, whatever the input.
    pub fn decide(&self, text: &str) -> Decision {
        self.decide_prepared(&Prepared::new(text))
    }

    /// [`Matcher::decide`] over a message already prepared (the language identifier's too).
    pub fn decide_prepared(&self, message: &Prepared<'_>) -> Decision {
        let normalized = &message.normalized;
        let none = Decision {
            outcome: Outcome::NoIntent,
            ranked: Vec::new(),
            lang: None,
        };
        if normalized.is_empty() {
            return none;
        }
        let scores = self.score(normalized);
        let mut ranked: Vec<Scored> = (0..self.intent_count)
            .filter(|&i| scores.class[i] > 0.0)
            .map(|i| Scored {
                intent: i,
                score: scores.class[i],
                lang: scores.class_lang[i].or(scores.lang).unwrap_or(Lang::En),
            })
            .collect();
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.intent.cmp(&b.intent)));
        ranked.truncate(4);
        let out_of_scope = scores.class[self.intent_count];
        let Some(top) = ranked.first().copied() else {
            return Decision {
                lang: scores.lang,
                ..none
            };
        };
        let runner_up = ranked.get(1).map_or(0.0, |s| s.score);
        let t = self.thresholds;
        let reject = if self.urgent[top.intent] {
            t.urgent_reject
        } else {
            t.reject
        };
        let outcome = if out_of_scope > top.score || top.score < reject {
            Outcome::NoIntent
        } else if top.score >= t.confident && top.score - runner_up >= t.margin {
            Outcome::Confident
        } else {
            Outcome::Unsure
        };
        let lang = scores.lang;
        Decision { outcome, ranked, lang }
    }
}

#[cfg(test)]
pub(super) mod tests {
    //! The matcher on small hand-made example sets: behaviour only (which intent, which outcome,
    //! which language), never scores or internals.

    use super::{for_postings_within, IntentSpec, Matcher, Weight};
    use crate::content::{Example, Lang, OUT_OF_SCOPE};
    use crate::understand::{Decision, Outcome, Thresholds};

    const DOOR: usize = 0;
    const LAWYER: usize = 1;
    const POLICE: usize = 2;

    pub(super) fn intents(door_is_urgent: bool) -> [IntentSpec<'static>; 3] {
        [
            IntentSpec {
                id: "ice_at_door",
                urgent: door_is_urgent,
            },
            IntentSpec {
                id: "find_lawyer",
                urgent: false,
            },
            IntentSpec {
                id: "police_questions",
                urgent: false,
            },
        ]
    }

    fn example(intent: &str, lang: Lang, text: &str) -> Example {
        Example {
            intent: intent.to_string(),
            lang,
            text: text.to_string(),
        }
    }

    /// A few examples per intent in the four languages, and a few out-of-scope messages.
    pub(super) fn examples() -> Vec<Example> {
        vec![
            example("ice_at_door", Lang::En, "ICE agents are knocking at my door"),
            example(
                "ice_at_door",
                Lang::En,
                "immigration officers are outside my house right now",
            ),
            example("ice_at_door", Lang::Es, "la migra está tocando la puerta de mi casa"),
            example("ice_at_door", Lang::Pt, "o ICE está batendo na minha porta"),
            example("ice_at_door", Lang::Ht, "imigrasyon ap frape pòt lakay mwen"),
            example("find_lawyer", Lang::En, "where can I find an immigration lawyer"),
            example("find_lawyer", Lang::En, "I need an attorney who is free"),
            example("find_lawyer", Lang::Es, "dónde encuentro un abogado gratis"),
            example("find_lawyer", Lang::Pt, "preciso de um advogado de imigração"),
            example("find_lawyer", Lang::Ht, "mwen bezwen yon avoka imigrasyon"),
            example(
                "police_questions",
                Lang::En,
                "can the police ask about my immigration status",
            ),
            example(
                "police_questions",
                Lang::En,
                "a cop stopped me and asked where I was born",
            ),
            example("police_questions", Lang::Es, "la policía me preguntó si tengo papeles"),
            example(
                "police_questions",
                Lang::Pt,
                "o policial perguntou se eu tenho documentos",
            ),
            example("police_questions", Lang::Ht, "lapolis mande m si m gen papye"),
            example(OUT_OF_SCOPE, Lang::En, "where can I find a good pizza restaurant"),
            example(OUT_OF_SCOPE, Lang::En, "what will the weather be tomorrow"),
            example(OUT_OF_SCOPE, Lang::Es, "dónde encuentro una buena pizzería"),
            example(OUT_OF_SCOPE, Lang::Pt, "como vai estar o tempo amanhã"),
        ]
    }

    fn matcher() -> Matcher {
        Matcher::build(&intents(true), &examples(), Thresholds::default())
    }

    fn top(decision: &Decision) -> Option<usize> {
        decision.intent().map(|s| s.intent)
    }

    #[test]
    fn a_message_like_an_example_is_answered_confidently() {
        let decision = matcher().decide("Where can I find an immigration lawyer?");
        assert_eq!(decision.outcome, Outcome::Confident);
        assert_eq!(top(&decision), Some(LAWYER));
    }

    #[test]
    fn typos_are_rescued_to_the_right_intent() {
        let matcher = matcher();
        for typo in ["i need a lawyr", "atorney", "abogdo", "advgado"] {
            let decision = matcher.decide(typo);
            assert_ne!(decision.outcome, Outcome::NoIntent, "{typo:?}: {decision:?}");
            assert_eq!(top(&decision), Some(LAWYER), "{typo:?}: {decision:?}");
        }
        assert_eq!(top(&matcher.decide("ICE is at my dor")), Some(DOOR));
        assert_eq!(top(&matcher.decide("the polise asked me")), Some(POLICE));
    }

    #[test]
    fn out_of_scope_examples_make_a_message_no_intent() {
        // "Where can I find…" is how people ask for a lawyer: without out-of-scope examples, a
        // question about pizza is taken for one; with them, it is refused.
        let message = "where can I find a good pizza place";
        let in_scope: Vec<Example> = examples().into_iter().filter(|e| e.intent != OUT_OF_SCOPE).collect();
        let naive = Matcher::build(&intents(true), &in_scope, Thresholds::default());
        assert_eq!(top(&naive.decide(message)), Some(LAWYER));

        let matcher = matcher();
        for message in [message, "what's the weather tomorrow", "pizza"] {
            let decision = matcher.decide(message);
            assert_eq!(decision.outcome, Outcome::NoIntent, "{message:?}: {decision:?}");
            assert_eq!(decision.intent(), None);
        }
    }

    #[test]
    fn an_urgent_intent_wins_at_the_lower_urgent_threshold() {
        // A weak match: answered when its intent is urgent, refused when it is not.
        let thresholds = Thresholds {
            reject: 0.9,
            urgent_reject: 0.1,
            confident: 0.95,
            margin: 0.08,
        };
        let urgent = Matcher::build(&intents(true), &examples(), thresholds);
        let normal = Matcher::build(&intents(false), &examples(), thresholds);
        let message = "ICE outside";
        let decision = urgent.decide(message);
        assert_eq!(top(&decision), Some(DOOR), "{decision:?}");
        assert_eq!(decision.outcome, Outcome::Unsure, "{decision:?}");
        assert_eq!(normal.decide(message).outcome, Outcome::NoIntent);
        // The same bar for a weak match of a non-urgent intent: refused.
        assert_eq!(urgent.decide("lawyer").outcome, Outcome::NoIntent);
    }

    #[test]
    fn the_language_of_the_message_is_reported() {
        let matcher = matcher();
        for (message, lang) in [
            ("I need a lawyer", Lang::En),
            ("dónde encuentro un abogado", Lang::Es),
            ("preciso de um advogado", Lang::Pt),
            ("mwen bezwen avoka", Lang::Ht),
            ("la migra en mi puerta", Lang::Es),
            ("lapolis kanpe m", Lang::Ht),
        ] {
            let decision = matcher.decide(message);
            assert_eq!(decision.lang, Some(lang), "{message:?}: {decision:?}");
            assert_eq!(
                decision.intent().map(|s| s.lang),
                Some(lang),
                "{message:?}: {decision:?}"
            );
        }
    }

    #[test]
    fn examples_of_unknown_intents_change_nothing() {
        let mut examples = examples();
        examples.push(example("retired_intent", Lang::En, "tell me a joke about lawyers"));
        let with_unknown = Matcher::build(&intents(true), &examples, Thresholds::default());
        let matcher = matcher();
        for message in [
            "tell me a joke about lawyers",
            "a joke",
            "I need a lawyer",
            "ICE at my door",
        ] {
            assert_eq!(with_unknown.decide(message), matcher.decide(message), "{message:?}");
        }
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)] // Lists of spans, some of them one span long.
    fn only_the_postings_of_the_languages_in_reach_are_read() {
        let ids: [u16; 6] = [1, 3, 5, 8, 13, 21];
        let weights: Vec<Weight> = ids.iter().map(|&id| Weight::new(f32::from(id) / 10.0)).collect();
        let read = |spans: &[std::ops::Range<u32>]| {
            let mut seen = Vec::new();
            for_postings_within(&ids, &weights, spans, |id, weight| seen.push((id, weight)));
            seen.into_iter().map(|(id, _)| id).collect::<Vec<_>>()
        };
        assert_eq!(read(&[2..6, 12..21]), [3, 5, 13]);
        assert_eq!(read(&[0..100]), [1, 3, 5, 8, 13, 21]);
        assert_eq!(read(&[8..9]), [8]);
        assert_eq!(read(&[22..30]), Vec::<u32>::new());
        assert_eq!(read(&[]), Vec::<u32>::new());
        let mut weights_seen = Vec::new();
        for_postings_within(&ids, &weights, &[5..6], |_, weight| weights_seen.push(weight));
        assert_eq!(weights_seen, [Weight::new(0.5).get()]);
    }

    #[test]
    fn empty_odd_and_oversized_input_never_panics() {
        let matcher = matcher();
        for message in ["", "   ", "\n\t", "🙏🙏 ?!", "\u{0}\u{1}\u{7}", "\u{202e}\u{FEFF}"] {
            let decision = matcher.decide(message);
            assert_eq!(decision.outcome, Outcome::NoIntent, "{message:?}");
            assert!(decision.ranked.is_empty(), "{message:?}: {decision:?}");
            assert_eq!(decision.lang, None, "{message:?}");
        }
        for message in [
            "a".repeat(4096),
            "ñ".repeat(5000),
            "🚨".repeat(4096),
            "x ".repeat(4096),
            "\u{0}".repeat(4097),
            "lawyerlawyer".repeat(400),
        ] {
            let _ = matcher.decide(&message);
        }
        // A long message is cut to Telegram's 4,096 characters, and still understood.
        let long = format!("{} {}", "I need a lawyer".repeat(200), "pizza ".repeat(1000));
        assert_eq!(top(&matcher.decide(&long)), Some(LAWYER));
        // A matcher with no examples at all refuses everything.
        let empty = Matcher::build(&intents(true), &[], Thresholds::default());
        assert_eq!(empty.decide("ICE at my door").outcome, Outcome::NoIntent);
    }
}
