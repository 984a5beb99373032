//! Understanding: scores a message against the example messages of every intent in every
//! language at once, and decides between a confident answer, "did you mean", and no intent.
//!
//! Features are whole words, word pairs and character n-grams (3 and 4, padded per word), weighted
//! by TF-IDF and compared by cosine through an inverted index. Words the examples never use are
//! rescued by their nearest known word (Jaro-Winkler), so typos still match. The language of the
//! best-matching example is the language of the message: no language detector is needed, which
//! matters because none handles Haitian Creole.

mod columns;
mod file;

use std::borrow::Cow;
use std::collections::HashMap;

pub use file::ModelError;

use super::decision::{Decision, Outcome, Scored, Thresholds};
use super::features::{features, hash_feature, term_weights, two_letters, FeatureMap};
use super::normalize::normalize;
use crate::content::{Content, Example, Lang, Priority, OUT_OF_SCOPE};
use columns::{Column, FeatureTable, Id, Ids, IdsView, Postings, RowOffsets, Vocabulary};

/// Shortest unknown word worth a typo rescue.
const RESCUE_MIN_LEN: usize = 4;
/// Jaro-Winkler similarity a known word needs to stand in for an unknown one.
const RESCUE_SIMILARITY: f64 = 0.88;
/// Inputs are cut to this many characters before matching: Telegram's own message limit.
const MAX_INPUT_CHARS: usize = 4096;

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
}

impl Default for Weighting {
    fn default() -> Self {
        Weighting {
            best_example_share: 0.2,
            bayes_share: 0.4,
            urgent_boost: 1.0,
            common_feature_share: 0.005,
            bayes_smoothing: 0.025,
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

/// Adds one feature's share (`q` times each posting's weight) to the scores of the examples in
/// its postings, whose ids are of any width; `touched` collects the examples scored so far.
fn add_examples<D: Id>(docs: &[D], weights: &[f32], q: f32, scores: &mut [f32], touched: &mut Vec<u32>) {
    for (&doc, &dw) in docs.iter().zip(weights) {
        let doc: u32 = doc.into();
        let slot = &mut scores[doc as usize];
        if *slot == 0.0 {
            touched.push(doc);
        }
        *slot += q * dw;
    }
}

/// Adds one feature's share to the centroid scores of the components in its postings and the
/// naive-Bayes scores of their classes; `weights` are each posting's (centroid weight,
/// naive-Bayes log-odds).
fn add_classes<C: Id>(components: &[C], weights: &[[f32; 2]], q: f32, centroid: &mut [f32], class_log: &mut [f32]) {
    for (&component, &[cw, lw]) in components.iter().zip(weights) {
        let component = component.into() as usize;
        centroid[component] += q * cw;
        // Only a class's first component carries its log-odds; skipping the zeros also breaks the
        // chain of additions to one class's slot, which its components otherwise run through.
        if lw != 0.0 {
            class_log[component / Lang::ALL.len()] += q * lw;
        }
    }
}

/// Normalized exponentials of log-scores, computed stably.
fn softmax(logs: &[f32]) -> Vec<f32> {
    let peak = logs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exps: Vec<f32> = logs.iter().map(|l| (l - peak).exp()).collect();
    let total: f32 = exps.iter().sum();
    exps.into_iter().map(|e| e / total).collect()
}

/// The component of a class in one language: its position in the per-component tables.
fn component(class: usize, lang: Lang) -> usize {
    class * Lang::ALL.len() + lang.index()
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
    idf: Column<f32>,
    /// Per feature: (example, weight), for features rare enough to compare example by example;
    /// (component, centroid weight, naive-Bayes log-odds against the class's default) for every
    /// component that has seen the feature, where a component is one class in one language (see
    /// [`component`]; class `intent_count` is out of scope): centroids are per component, the
    /// naive-Bayes model per class, its log-odds for a class sitting on the first of that class's
    /// entries (the others hold zero); and the same naive Bayes with the languages as classes,
    /// which tells the message's language.
    postings: Postings,
    /// Per class: the smoothed log-probability of a feature the class has never seen.
    bayes_default: Column<f32>,
    lang_default: [f32; Lang::ALL.len()],
    weighting: Weighting,
    /// Per example: its intent, or [`NO_LABEL`] for out of scope.
    example_label: Column<u32>,
    /// Per example: its language's position in [`Lang::ALL`].
    example_lang: Column<u8>,
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
        let analyze = |chunk: &[Example]| -> Share {
            let mut share = Share::default();
            let mut local: FeatureMap<u32> = FeatureMap::default();
            let mut words: FeatureMap<()> = FeatureMap::default();
            let mut raw = Vec::new();
            let (mut seen_in, mut slot, mut counts): (Vec<u32>, Vec<u32>, Vec<u32>) = Default::default();
            let mut doc = 0u32;
            for example in chunk {
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
            vec![analyze(examples)]
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

        // 4. Per feature, the sums over each class (centroids, naive Bayes) and each language.
        // A class's centroid is taken per language (a component): a centroid over all languages
        // would be diluted by every language added, and by each class's mix of languages.
        let components = class_count * Lang::ALL.len();
        let mut class_entries: Rows<(u32, f32, f32)> = Rows::default();
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
                component_sums[component(class_of(meta), meta.lang)] += weight;
                class_sums[class_of(meta)] += weight;
                lang_sums[meta.lang.index()] += weight;
            }
            for (c, sum) in component_sums.iter_mut().enumerate() {
                if *sum > 0.0 {
                    let class = c / Lang::ALL.len();
                    // The class's whole sum rides on its first component; `bayes` below turns it
                    // into log-odds.
                    let class_sum = std::mem::take(&mut class_sums[class]);
                    class_entries.items.push((to_u32(c), *sum, class_sum));
                    class_mass[class] += class_sum;
                    component_norm[c] += *sum * *sum;
                    *sum = 0.0;
                }
            }
            class_entries.end_row();
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
        let component_norm: Vec<f32> = component_norm.iter().map(|x| x.sqrt()).collect();
        for (c, centroid, bayes) in &mut class_entries.items {
            let c = *c as usize;
            let class = c / Lang::ALL.len();
            *centroid /= component_norm[c];
            if *bayes > 0.0 {
                *bayes = ((*bayes + smoothing) / denominators[class]).ln() - bayes_default[class];
            }
        }
        // Per-language centroids give a shared feature (an n-gram common to several languages)
        // one entry per class and language: entries whose centroid weight is below this floor are
        // dropped unless they carry the class's log-odds. Measured: no dev-set decision changes,
        // and classification is about a fifth faster.
        const CENTROID_FLOOR: f32 = 0.01;
        let mut kept: Rows<(u32, f32, f32)> = Rows::default();
        for id in 0..feature_count {
            for &entry in class_entries.row(id) {
                if entry.1 >= CENTROID_FLOOR || entry.2 != 0.0 {
                    kept.items.push(entry);
                }
            }
            kept.end_row();
        }
        let class_entries = kept;
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
        let idf: Vec<f32> = order.iter().map(|&id| idf[id as usize]).collect();
        let rows = RowOffsets::from_lengths(order.iter().map(|&id| {
            let id = id as usize;
            [
                example_postings.range(id),
                class_entries.range(id),
                lang_entries.range(id),
            ]
            .map(|row| row.len())
        }));
        let (doc, doc_weight) = example_postings.items_in(&order).into_iter().unzip();
        let (class, class_weights) = class_entries
            .items_in(&order)
            .into_iter()
            .map(|(class, centroid_weight, log_odds)| (class, [centroid_weight, log_odds]))
            .unzip();
        let (lang, lang_weight) = lang_entries.items_in(&order).into_iter().unzip();
        let postings = Postings {
            rows,
            doc: Ids::new(doc, metas.len()),
            doc_weight: Cow::Owned(doc_weight),
            class: Ids::new(class, components),
            class_weights: Cow::Owned(class_weights),
            lang: Cow::Owned(lang),
            lang_weight: Cow::Owned(lang_weight),
        };

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
            example_lang: metas
                .iter()
                .map(|m| u8::try_from(m.lang.index()).expect("a handful of languages"))
                .collect(),
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
        let mut best: Option<(&str, f64)> = None;
        for i in first..words.end {
            if self.vocabulary.chars(i) > len + 2 {
                break;
            }
            let candidate = self.vocabulary.word(i);
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
                    let w = weight * self.idf[id as usize];
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
        let classes = self.intent_count + 1;
        let mut touched: Vec<u32> = Vec::new();
        let mut component_centroid = vec![0.0f32; classes * Lang::ALL.len()];
        let mut class_log = vec![0.0f32; classes];
        let mut lang_log = [0.0f32; Lang::ALL.len()];
        let mut mass = 0.0f32;
        let postings = &self.postings;
        let rows = postings.rows.view();
        let (docs, doc_weights) = (postings.doc.view(), &*postings.doc_weight);
        let (class_ids, class_weights) = (postings.class.view(), &*postings.class_weights);
        let (langs, lang_weights) = (&*postings.lang, &*postings.lang_weight);
        for &(id, w) in known {
            let q = w / norm;
            mass += q;
            let [doc_row, class_row, lang_row] = rows.ranges(id as usize);
            let weights = &doc_weights[doc_row.clone()];
            match docs {
                IdsView::U8(docs) => add_examples(&docs[doc_row], weights, q, example_scores, &mut touched),
                IdsView::U16(docs) => add_examples(&docs[doc_row], weights, q, example_scores, &mut touched),
                IdsView::U32(docs) => add_examples(&docs[doc_row], weights, q, example_scores, &mut touched),
            }
            let weights = &class_weights[class_row.clone()];
            match class_ids {
                IdsView::U8(ids) => add_classes(&ids[class_row], weights, q, &mut component_centroid, &mut class_log),
                IdsView::U16(ids) => add_classes(&ids[class_row], weights, q, &mut component_centroid, &mut class_log),
                IdsView::U32(ids) => add_classes(&ids[class_row], weights, q, &mut component_centroid, &mut class_log),
            }
            for (&lang, &lw) in langs[lang_row.clone()].iter().zip(&lang_weights[lang_row]) {
                lang_log[usize::from(lang)] += q * lw;
            }
        }
        for (log, default) in class_log.iter_mut().zip(self.bayes_default.iter()) {
            *log += mass * default;
        }
        for (log, default) in lang_log.iter_mut().zip(&self.lang_default) {
            *log += mass * default;
        }
        let posterior = softmax(&class_log);
        // A class is as close as its closest language's centroid.
        let mut centroid = vec![0.0f32; classes];
        for (c, &similarity) in component_centroid.iter().enumerate() {
            let best = &mut centroid[c / Lang::ALL.len()];
            *best = best.max(similarity);
        }
        result.lang = lang_log
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map(|(i, _)| Lang::ALL[i]);
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
        let scores = self.score(&normalized);
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

    use super::{IntentSpec, Matcher};
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
