//! The matcher as a file (`intents/matcher.model`, written by `kyr train`), so start-up reads
//! the index instead of building it.
//!
//! The file is valid only for the inputs it was built from. Its fingerprint hashes those inputs
//! (every intent, every example, the weighting) together with the source code that turns them
//! into an index (normalization, features, the matcher, this format, the languages): if any of
//! them changes, the file is stale, the index is built as before, and `kyr check` says to run
//! `kyr train`. A stale file is never used, so it can slow start-up down but never change an
//! answer.
//!
//! Layout: little-endian; a magic, the format version, the fingerprint, then each table as a
//! length followed by its items. Nothing in it is trusted: every length is checked against the
//! bytes left, and a short or malformed file is an error, never a panic.

use std::collections::HashMap;
use std::fmt;

use super::{ExampleMeta, IntentSpec, Matcher, Rows, Weighting, NO_LABEL};
use crate::content::{Example, Lang, MODEL_PATH};
use crate::understand::features::{FeatureMap, KeyIsHash};
use crate::understand::Thresholds;

const MAGIC: &[u8; 4] = b"KYRM";
const VERSION: u32 = 1;

/// The code that decides what an index holds: a change to any of it makes every model file stale.
const INDEXING_CODE: [&str; 5] = [
    include_str!("mod.rs"),
    include_str!("file.rs"),
    include_str!("../features.rs"),
    include_str!("../normalize.rs"),
    include_str!("../../content/lang.rs"),
];

/// Why a model file was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    /// There is no model file.
    Missing,
    /// The file was built from other examples, intents, weighting or code.
    Stale,
    /// The file is damaged or not a model file.
    Corrupt(String),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::Missing => write!(f, "{MODEL_PATH} is missing: run `kyr train` and commit the file"),
            ModelError::Stale => write!(
                f,
                "{MODEL_PATH} was built from other examples or code: run `kyr train` and commit the file"
            ),
            ModelError::Corrupt(why) => {
                write!(
                    f,
                    "{MODEL_PATH} is damaged ({why}): run `kyr train` and commit the file"
                )
            }
        }
    }
}

impl std::error::Error for ModelError {}

/// FNV-1a over everything fed to it, with each piece's length first so that pieces cannot run
/// into each other.
struct Fingerprint(u64);

impl Fingerprint {
    fn new() -> Self {
        Fingerprint(0xcbf2_9ce4_8422_2325)
    }

    fn bytes(&mut self, bytes: &[u8]) {
        for &b in (bytes.len() as u64).to_le_bytes().iter().chain(bytes) {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The fingerprint of the index built from these inputs by this code.
pub(super) fn fingerprint(intents: &[IntentSpec<'_>], examples: &[Example], weighting: Weighting) -> u64 {
    let mut print = Fingerprint::new();
    print.bytes(&VERSION.to_le_bytes());
    for code in INDEXING_CODE {
        print.bytes(code.as_bytes());
    }
    for intent in intents {
        print.bytes(intent.id.as_bytes());
        print.bytes(&[u8::from(intent.urgent)]);
    }
    for example in examples {
        print.bytes(example.intent.as_bytes());
        print.bytes(example.lang.code().as_bytes());
        print.bytes(example.text.as_bytes());
    }
    let Weighting {
        best_example_share,
        bayes_share,
        urgent_boost,
        common_feature_share,
        bayes_smoothing,
    } = weighting;
    for value in [
        best_example_share,
        bayes_share,
        urgent_boost,
        common_feature_share,
        bayes_smoothing,
    ] {
        print.bytes(&value.to_le_bytes());
    }
    print.0
}

/// Appends little-endian values to a buffer.
struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn f32(&mut self, v: f32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn len(&mut self, n: usize) {
        self.u32(super::to_u32(n));
    }
    fn f32s(&mut self, values: &[f32]) {
        self.len(values.len());
        values.iter().for_each(|&v| self.f32(v));
    }
    fn str(&mut self, s: &str) {
        self.len(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn rows<T>(&mut self, rows: &Rows<T>, mut item: impl FnMut(&mut Self, &T)) {
        self.len(rows.offsets.len());
        rows.offsets.iter().for_each(|&o| self.u32(o));
        self.len(rows.items.len());
        rows.items.iter().for_each(|i| item(self, i));
    }
}

/// Reads little-endian values, failing on anything short or out of range.
struct Reader<'a> {
    bytes: &'a [u8],
}

type Read<T> = Result<T, ModelError>;

fn corrupt(why: &str) -> ModelError {
    ModelError::Corrupt(why.to_string())
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Read<&'a [u8]> {
        if self.bytes.len() < n {
            return Err(corrupt("it ends too soon"));
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }
    fn array<const N: usize>(&mut self) -> Read<[u8; N]> {
        let mut out = [0; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }
    fn u8(&mut self) -> Read<u8> {
        Ok(self.array::<1>()?[0])
    }
    fn u32(&mut self) -> Read<u32> {
        self.array().map(u32::from_le_bytes)
    }
    fn u64(&mut self) -> Read<u64> {
        self.array().map(u64::from_le_bytes)
    }
    fn f32(&mut self) -> Read<f32> {
        self.array().map(f32::from_le_bytes)
    }
    /// A count of items of `item_size` bytes each, checked against the bytes left so that a
    /// damaged length cannot ask for gigabytes.
    fn len(&mut self, item_size: usize) -> Read<usize> {
        let n = self.u32()? as usize;
        if n.saturating_mul(item_size) > self.bytes.len() {
            return Err(corrupt("a table is longer than the file"));
        }
        Ok(n)
    }
    fn f32s(&mut self) -> Read<Vec<f32>> {
        let n = self.len(4)?;
        (0..n).map(|_| self.f32()).collect()
    }
    fn string(&mut self) -> Read<String> {
        let n = self.len(1)?;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| corrupt("a word is not UTF-8"))
    }
    fn rows<T>(&mut self, item_size: usize, mut item: impl FnMut(&mut Self) -> Read<T>) -> Read<Rows<T>> {
        let n = self.len(4)?;
        let offsets: Vec<u32> = (0..n).map(|_| self.u32()).collect::<Read<_>>()?;
        let count = self.len(item_size)?;
        let items: Vec<T> = (0..count).map(|_| item(self)).collect::<Read<_>>()?;
        let well_formed = offsets.first() == Some(&0)
            && offsets.windows(2).all(|w| w[0] <= w[1])
            && offsets.last().is_some_and(|&last| last as usize == items.len());
        if !well_formed {
            return Err(corrupt("a table's rows do not add up"));
        }
        Ok(Rows { offsets, items })
    }
}

impl Matcher {
    /// The index as the bytes of a model file for inputs with this `fingerprint`.
    pub(super) fn to_bytes(&self, fingerprint: u64) -> Vec<u8> {
        let mut w = Writer(Vec::with_capacity(4 << 20));
        w.0.extend_from_slice(MAGIC);
        w.u32(VERSION);
        w.u64(fingerprint);
        w.len(self.intent_count);
        self.urgent.iter().for_each(|&u| w.u8(u8::from(u)));
        let Weighting {
            best_example_share,
            bayes_share,
            urgent_boost,
            common_feature_share,
            bayes_smoothing,
        } = self.weighting;
        [
            best_example_share,
            bayes_share,
            urgent_boost,
            common_feature_share,
            bayes_smoothing,
            self.unknown_idf,
        ]
        .into_iter()
        .for_each(|v| w.f32(v));
        // Features in id order: the map is rebuilt from their position.
        let mut features = vec![0u64; self.feature_ids.len()];
        for (&feature, &id) in &self.feature_ids {
            features[id as usize] = feature;
        }
        w.len(features.len());
        features.iter().for_each(|&f| w.u64(f));
        w.f32s(&self.idf);
        w.rows(&self.postings, |w, &(doc, weight)| {
            w.u32(doc);
            w.f32(weight);
        });
        w.rows(&self.class_postings, |w, &(class, centroid, bayes)| {
            w.u32(class);
            w.f32(centroid);
            w.f32(bayes);
        });
        w.f32s(&self.bayes_default);
        w.rows(&self.lang_postings, |w, &(lang, weight)| {
            w.u8(lang);
            w.f32(weight);
        });
        w.f32s(&self.lang_default);
        w.len(self.examples.len());
        for meta in &self.examples {
            w.u32(meta.label);
            w.u8(meta.lang.index().try_into().expect("a handful of languages"));
        }
        // Buckets in key order, so that the same inputs always give the same bytes.
        let mut buckets: Vec<_> = self.vocabulary_by_initial.iter().collect();
        buckets.sort_by_key(|(key, _)| **key);
        w.len(buckets.len());
        for (&(first, second), words) in buckets {
            w.u32(u32::from(first));
            w.u32(u32::from(second));
            w.len(words.len());
            words.iter().for_each(|(_, word)| w.str(word));
        }
        w.0
    }

    /// Reads a model file, if it was built for inputs with this `fingerprint`.
    pub(super) fn from_bytes(bytes: &[u8], fingerprint: u64, thresholds: Thresholds) -> Result<Matcher, ModelError> {
        let mut r = Reader { bytes };
        if r.take(MAGIC.len()).ok() != Some(MAGIC.as_slice()) {
            return Err(corrupt("not a kyr model file"));
        }
        if r.u32()? != VERSION || r.u64()? != fingerprint {
            return Err(ModelError::Stale);
        }
        let intent_count = r.len(1)?;
        let urgent: Vec<bool> = (0..intent_count).map(|_| r.u8().map(|u| u != 0)).collect::<Read<_>>()?;
        let [best_example_share, bayes_share, urgent_boost, common_feature_share, bayes_smoothing, unknown_idf] =
            [r.f32()?, r.f32()?, r.f32()?, r.f32()?, r.f32()?, r.f32()?];
        let feature_count = r.len(8)?;
        let mut feature_ids: FeatureMap<u32> =
            HashMap::with_capacity_and_hasher(feature_count, std::hash::BuildHasherDefault::<KeyIsHash>::default());
        for id in 0..feature_count {
            feature_ids.insert(r.u64()?, super::to_u32(id));
        }
        let idf = r.f32s()?;
        let postings = r.rows(8, |r| Ok((r.u32()?, r.f32()?)))?;
        let class_postings = r.rows(12, |r| Ok((r.u32()?, r.f32()?, r.f32()?)))?;
        let bayes_default = r.f32s()?;
        let lang_postings = r.rows(5, |r| Ok((r.u8()?, r.f32()?)))?;
        let lang_default: [f32; Lang::ALL.len()] = r
            .f32s()?
            .try_into()
            .map_err(|_| corrupt("another number of languages"))?;
        let example_count = r.len(5)?;
        let examples: Vec<ExampleMeta> = (0..example_count)
            .map(|_| {
                let label = r.u32()?;
                let lang = *Lang::ALL
                    .get(usize::from(r.u8()?))
                    .ok_or_else(|| corrupt("an unknown language"))?;
                Ok(ExampleMeta { label, lang })
            })
            .collect::<Read<_>>()?;
        let bucket_count = r.len(12)?;
        let mut vocabulary_by_initial = HashMap::with_capacity(bucket_count);
        for _ in 0..bucket_count {
            let key = (
                char::from_u32(r.u32()?).ok_or_else(|| corrupt("a bad letter"))?,
                char::from_u32(r.u32()?).ok_or_else(|| corrupt("a bad letter"))?,
            );
            let word_count = r.len(4)?;
            let words: Vec<(usize, String)> = (0..word_count)
                .map(|_| r.string().map(|word| (word.chars().count(), word)))
                .collect::<Read<_>>()?;
            vocabulary_by_initial.insert(key, words);
        }
        if !r.bytes.is_empty() {
            return Err(corrupt("bytes are left over"));
        }
        // Every id the tables hold must point inside the tables it indexes: a damaged file must
        // not make scoring read out of bounds.
        let classes = intent_count + 1;
        let consistent = idf.len() == feature_count
            && postings.offsets.len() == feature_count + 1
            && class_postings.offsets.len() == feature_count + 1
            && lang_postings.offsets.len() == feature_count + 1
            && bayes_default.len() == classes
            && postings.items.iter().all(|&(doc, _)| (doc as usize) < example_count)
            && class_postings
                .items
                .iter()
                .all(|&(component, _, _)| (component as usize) < classes * Lang::ALL.len())
            && lang_postings
                .items
                .iter()
                .all(|&(lang, _)| usize::from(lang) < Lang::ALL.len())
            && examples
                .iter()
                .all(|m| m.label == NO_LABEL || (m.label as usize) < intent_count);
        if !consistent {
            return Err(corrupt("its tables do not fit together"));
        }
        Ok(Matcher {
            feature_ids,
            idf,
            postings,
            class_postings,
            bayes_default,
            lang_postings,
            lang_default,
            weighting: Weighting {
                best_example_share,
                bayes_share,
                urgent_boost,
                common_feature_share,
                bayes_smoothing,
            },
            examples,
            intent_count,
            urgent,
            vocabulary_by_initial,
            unknown_idf,
            thresholds,
        })
    }
}
