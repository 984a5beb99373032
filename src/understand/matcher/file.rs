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
//! Layout: little-endian; a magic, the format version and the fingerprint (16 bytes), then the
//! index's tables as columns (one flat array per field, `columns`), each as its item count (a
//! `u64`) followed by its items and zero bytes up to a multiple of 8. Every column thus starts
//! 8-byte aligned in the file, and the file compiled into the binary is 8-byte aligned in memory
//! (`build.rs`), so the matcher views those columns where they lie instead of copying them: the
//! model is in memory once, as the pages of the binary it was read from. A file read at run time
//! (`--content DIR`), or a big-endian machine, gets copies. Ids into a table are as narrow as
//! the table allows (`columns::Ids`: 2 bytes per example id, 1 per class), to keep the file small.
//!
//! Nothing in the file is trusted: every length is checked against the bytes left before it is
//! sliced, every row offset and every id against the table it points into, the feature hashes
//! (searched, not hashed into a map) to be strictly increasing, the words to be UTF-8 split on
//! character boundaries; a short or malformed file is an error, never a panic or an
//! out-of-bounds read later.

use std::borrow::Cow;
use std::fmt;

use super::columns::{id_width, Column, FeatureTable, Ids, Postings, RowOffsets, Vocabulary, Weight};
use super::{language_starts, IntentSpec, Matcher, Weighting, NO_LABEL};
use crate::content::{Example, Lang, MODEL_PATH};
use crate::understand::Thresholds;

const MAGIC: &[u8; 4] = b"KYRM";
const VERSION: u32 = 4;

/// Columns start at multiples of this many bytes.
const ALIGN: usize = 8;

/// The code that decides what an index holds: a change to any of it makes every model file stale.
const INDEXING_CODE: [&str; 6] = [
    include_str!("mod.rs"),
    include_str!("file.rs"),
    include_str!("columns.rs"),
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
        language_window,
    } = weighting;
    for value in [
        best_example_share,
        bayes_share,
        urgent_boost,
        common_feature_share,
        bayes_smoothing,
        language_window,
    ] {
        print.bytes(&value.to_le_bytes());
    }
    print.0
}

/// A value a column holds: plain bytes in the file, little-endian.
trait Item: bytemuck::Pod {
    /// The value with its bytes reversed (between the file's order and a big-endian machine's).
    fn swapped(self) -> Self;
}

impl Item for u8 {
    fn swapped(self) -> Self {
        self
    }
}

impl Item for u16 {
    fn swapped(self) -> Self {
        self.swap_bytes()
    }
}

impl Item for u32 {
    fn swapped(self) -> Self {
        self.swap_bytes()
    }
}

impl Item for u64 {
    fn swapped(self) -> Self {
        self.swap_bytes()
    }
}

impl Item for f32 {
    fn swapped(self) -> Self {
        f32::from_bits(self.to_bits().swap_bytes())
    }
}

impl Item for Weight {
    fn swapped(self) -> Self {
        Weight(self.0.swap_bytes())
    }
}

impl<T: Item, const N: usize> Item for [T; N] {
    fn swapped(self) -> Self {
        self.map(Item::swapped)
    }
}

const BIG_ENDIAN: bool = cfg!(target_endian = "big");

/// Appends the header and columns of a model file to a buffer.
struct Writer(Vec<u8>);

impl Writer {
    /// Row offsets: the block size's log2, the blocks' starts and the rows' starts within them.
    fn rows<const N: usize>(&mut self, rows: &RowOffsets<N>) {
        self.column(&[rows.shift]);
        self.column(&rows.base);
        self.column(&rows.rel);
    }

    /// A column of ids, in their width.
    fn ids(&mut self, ids: &Ids) {
        match ids {
            Ids::U8(ids) => self.column(ids),
            Ids::U16(ids) => self.column(ids),
            Ids::U32(ids) => self.column(ids),
        }
    }

    /// One column: its item count, its items (little-endian), and padding to the next column.
    fn column<T: Item>(&mut self, items: &[T]) {
        let count = u64::try_from(items.len()).expect("a column's length fits 64 bits");
        self.0.extend_from_slice(&count.to_le_bytes());
        if BIG_ENDIAN {
            for &item in items {
                self.0.extend_from_slice(bytemuck::bytes_of(&item.swapped()));
            }
        } else {
            self.0.extend_from_slice(bytemuck::cast_slice(items));
        }
        self.0.resize(self.0.len().next_multiple_of(ALIGN), 0);
    }
}

/// The bytes of a model file.
#[derive(Clone, Copy)]
enum Bytes<'a> {
    /// Bytes that last as long as the program (the model compiled into the binary): columns
    /// aligned for their items are viewed where they lie.
    Pinned(&'static [u8]),
    /// Bytes read at run time: every column is copied.
    Transient(&'a [u8]),
}

/// Reads the header and columns of a model file, failing on anything short or out of place.
struct Reader<'a> {
    bytes: &'a [u8],
    /// The same bytes when they last as long as the program (the model compiled into the
    /// binary): aligned columns are then borrowed from them instead of copied.
    pinned: Option<&'static [u8]>,
    /// Where the next read starts.
    at: usize,
}

type Read<T> = Result<T, ModelError>;

fn corrupt(why: &str) -> ModelError {
    ModelError::Corrupt(why.to_string())
}

impl Reader<'_> {
    /// The position of the next `n` bytes, which must be there.
    fn take(&mut self, n: usize) -> Read<std::ops::Range<usize>> {
        if self.bytes.len() - self.at < n {
            return Err(corrupt("it ends too soon"));
        }
        let range = self.at..self.at + n;
        self.at += n;
        Ok(range)
    }

    fn array<const N: usize>(&mut self) -> Read<[u8; N]> {
        let mut out = [0; N];
        out.copy_from_slice(&self.bytes[self.take(N)?]);
        Ok(out)
    }

    fn u32(&mut self) -> Read<u32> {
        self.array().map(u32::from_le_bytes)
    }

    fn u64(&mut self) -> Read<u64> {
        self.array().map(u64::from_le_bytes)
    }

    /// The next column: borrowed from pinned bytes where they are aligned for `T` (and the
    /// machine is little-endian), copied otherwise.
    fn column<T: Item>(&mut self) -> Read<Column<T>> {
        let count = self.u64()?;
        // The count is checked against the bytes left, so a damaged one cannot ask for gigabytes.
        let size = usize::try_from(count)
            .ok()
            .and_then(|n| n.checked_mul(size_of::<T>()))
            .filter(|&size| size <= self.bytes.len() - self.at)
            .ok_or_else(|| corrupt("a table is longer than the file"))?;
        let range = self.take(size)?;
        let padding = self.take(self.at.next_multiple_of(ALIGN) - self.at)?;
        if self.bytes[padding].iter().any(|&b| b != 0) {
            return Err(corrupt("a table is not where it belongs"));
        }
        if !BIG_ENDIAN {
            if let Some(pinned) = self.pinned {
                if let Ok(items) = bytemuck::try_cast_slice(&pinned[range.clone()]) {
                    return Ok(Cow::Borrowed(items));
                }
            }
        }
        let mut items: Vec<T> = bytemuck::pod_collect_to_vec(&self.bytes[range]);
        if BIG_ENDIAN {
            items.iter_mut().for_each(|item| *item = item.swapped());
        }
        Ok(Cow::Owned(items))
    }

    /// A column of exactly `N` items, copied.
    fn array_column<T: Item, const N: usize>(&mut self) -> Read<[T; N]> {
        <[T; N]>::try_from(&*self.column::<T>()?).map_err(|_| corrupt("a table has the wrong length"))
    }

    /// A column of text, which must be UTF-8.
    fn text(&mut self) -> Read<Cow<'static, str>> {
        let bad = || corrupt("a word is not UTF-8");
        match self.column::<u8>()? {
            Cow::Borrowed(bytes) => std::str::from_utf8(bytes).map(Cow::Borrowed).map_err(|_| bad()),
            Cow::Owned(bytes) => String::from_utf8(bytes).map(Cow::Owned).map_err(|_| bad()),
        }
    }

    fn rows<const N: usize>(&mut self) -> Read<RowOffsets<N>> {
        let [shift] = self.array_column()?;
        Ok(RowOffsets {
            shift,
            base: self.column()?,
            rel: self.column()?,
        })
    }

    /// A column of ids into a table of `len` entries, as wide as [`Ids`] makes them.
    fn ids(&mut self, len: usize) -> Read<Ids> {
        Ok(match id_width(len) {
            1 => Ids::U8(self.column()?),
            2 => Ids::U16(self.column()?),
            _ => Ids::U32(self.column()?),
        })
    }
}

/// `part` as a slice of `whole` (a `'static` slice), if it lies inside it.
fn part_of(whole: &'static [u8], part: &[u8]) -> Option<&'static [u8]> {
    let start = part.as_ptr().addr().checked_sub(whole.as_ptr().addr())?;
    whole
        .get(start..start.checked_add(part.len())?)
        .filter(|inside| std::ptr::eq(inside.as_ptr(), part.as_ptr()))
}

impl Matcher {
    /// The index as the bytes of a model file for inputs with this `fingerprint`.
    pub(super) fn to_bytes(&self, fingerprint: u64) -> Vec<u8> {
        let mut w = Writer(Vec::with_capacity(8 << 20));
        w.0.extend_from_slice(MAGIC);
        w.0.extend_from_slice(&VERSION.to_le_bytes());
        w.0.extend_from_slice(&fingerprint.to_le_bytes());
        let urgent: Vec<u8> = self.urgent.iter().map(|&u| u8::from(u)).collect();
        w.column(&urgent);
        let Weighting {
            best_example_share,
            bayes_share,
            urgent_boost,
            common_feature_share,
            bayes_smoothing,
            language_window,
        } = self.weighting;
        w.column(&[
            best_example_share,
            bayes_share,
            urgent_boost,
            common_feature_share,
            bayes_smoothing,
            language_window,
            self.unknown_idf,
        ]);
        w.column(&self.example_label);
        w.column(&self.example_lang);
        w.column(self.features.hashes());
        w.column(&self.idf);
        let Postings {
            rows,
            doc,
            doc_weight,
            centroid,
            centroid_weight,
            bayes,
            bayes_weight,
            lang,
            lang_weight,
        } = &self.postings;
        w.rows(rows);
        w.ids(doc);
        w.column(doc_weight);
        w.ids(centroid);
        w.column(centroid_weight);
        w.ids(bayes);
        w.column(bayes_weight);
        w.column(lang);
        w.column(lang_weight);
        w.column(&self.bayes_default);
        w.column(&self.lang_default);
        let Vocabulary {
            keys,
            groups,
            chars,
            spans,
            text,
        } = &self.vocabulary;
        w.column(keys);
        w.rows(groups);
        w.column(chars);
        w.rows(spans);
        w.column(text.as_bytes());
        w.0
    }

    /// Reads a model file, if it was built for inputs with this `fingerprint`. Its columns are
    /// viewed in place when `bytes` are part of the model compiled into the binary.
    pub(super) fn from_bytes(bytes: &[u8], fingerprint: u64, thresholds: Thresholds) -> Result<Matcher, ModelError> {
        let bytes = match crate::content::embedded_model().and_then(|embedded| part_of(embedded, bytes)) {
            Some(pinned) => Bytes::Pinned(pinned),
            None => Bytes::Transient(bytes),
        };
        Matcher::read(bytes, fingerprint, thresholds)
    }

    /// [`Matcher::from_bytes`] over bytes known to be pinned or not.
    fn read(bytes: Bytes<'_>, fingerprint: u64, thresholds: Thresholds) -> Result<Matcher, ModelError> {
        let (bytes, pinned) = match bytes {
            Bytes::Pinned(bytes) => (bytes, Some(bytes)),
            Bytes::Transient(bytes) => (bytes, None),
        };
        let mut r = Reader { bytes, pinned, at: 0 };
        if r.take(MAGIC.len()).ok().map(|magic| &bytes[magic]) != Some(MAGIC.as_slice()) {
            return Err(corrupt("not a kyr model file"));
        }
        if r.u32()? != VERSION || r.u64()? != fingerprint {
            return Err(ModelError::Stale);
        }
        let urgent: Vec<bool> = r.column::<u8>()?.iter().map(|&u| u != 0).collect();
        let [best_example_share, bayes_share, urgent_boost, common_feature_share, bayes_smoothing, language_window, unknown_idf] =
            r.array_column()?;
        let intent_count = urgent.len();
        let classes = intent_count + 1;
        let example_label = r.column::<u32>()?;
        let example_lang = r.column::<u8>()?;
        let example_count = example_label.len();
        let features = r.column::<u64>()?;
        let idf = r.column()?;
        let postings = Postings {
            rows: r.rows()?,
            doc: r.ids(example_count)?,
            doc_weight: r.column()?,
            // Components: one class in one language.
            centroid: r.ids(classes * Lang::ALL.len())?,
            centroid_weight: r.column()?,
            bayes: r.ids(classes)?,
            bayes_weight: r.column()?,
            lang: r.column()?,
            lang_weight: r.column()?,
        };
        let bayes_default = r.column()?;
        let lang_default = r.array_column()?;
        let vocabulary = Vocabulary {
            keys: r.column()?,
            groups: r.rows()?,
            chars: r.column()?,
            spans: r.rows()?,
            text: r.text()?,
        };
        if r.at != bytes.len() {
            return Err(corrupt("bytes are left over"));
        }
        // Every offset must stay inside the columns it points into and every id inside the table
        // it indexes: a damaged file must not make scoring read out of bounds.
        let feature_count = features.len();
        let known_lang = |&lang: &u8| usize::from(lang) < Lang::ALL.len();
        let consistent = features.windows(2).all(|w| w[0] < w[1])
            && idf.len() == feature_count
            && postings.rows.fit(
                feature_count,
                [
                    postings.doc.len(),
                    postings.centroid.len(),
                    postings.bayes.len(),
                    postings.lang.len(),
                ],
            )
            && postings.doc_weight.len() == postings.doc.len()
            && postings.doc.all_below(example_count)
            && postings.centroid_weight.len() == postings.centroid.len()
            && postings.centroid.all_below(classes * Lang::ALL.len())
            && postings.bayes_weight.len() == postings.bayes.len()
            && postings.bayes.all_below(classes)
            && bayes_default.len() == classes
            && postings.lang_weight.len() == postings.lang.len()
            && postings.lang.iter().all(known_lang)
            && example_lang.len() == example_count
            && example_lang.iter().all(known_lang)
            && example_lang.windows(2).all(|w| w[0] <= w[1])
            && example_label
                .iter()
                .all(|&label| label == NO_LABEL || (label as usize) < intent_count)
            && vocabulary.well_formed();
        if !consistent {
            return Err(corrupt("its tables do not fit together"));
        }
        Ok(Matcher {
            features: FeatureTable::new(features),
            idf,
            postings,
            bayes_default,
            lang_default,
            weighting: Weighting {
                best_example_share,
                bayes_share,
                urgent_boost,
                common_feature_share,
                bayes_smoothing,
                language_window,
            },
            example_label,
            lang_examples: language_starts(&example_lang),
            example_lang,
            intent_count,
            urgent,
            vocabulary,
            unknown_idf,
            thresholds,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::{part_of, Bytes, Matcher, ModelError};
    use crate::understand::matcher::columns::IdsView;
    use crate::understand::matcher::tests::{examples, intents};
    use crate::understand::Thresholds;

    const FINGERPRINT: u64 = 0x6b79_7221;

    /// Messages that exercise every table: examples, classes, languages and typo rescue.
    const MESSAGES: [&str; 6] = [
        "ICE is at my door",
        "i need a lawyr",
        "dónde encuentro un abogado",
        "lapolis mande m si m gen papye",
        "pizza",
        "",
    ];

    fn small() -> Matcher {
        Matcher::build(&intents(true), &examples(), Thresholds::default())
    }

    fn read_bytes(bytes: Bytes<'_>) -> Result<Matcher, ModelError> {
        Matcher::read(bytes, FINGERPRINT, Thresholds::default())
    }

    /// `bytes` copied to memory that lasts as long as the program, starting `offset` bytes past
    /// a multiple of 8 (leaked: a few kilobytes per test).
    fn pinned(bytes: &[u8], offset: usize) -> &'static [u8] {
        let words: &'static mut [u64] = vec![0u64; (offset + bytes.len()).div_ceil(8)].leak();
        let all: &'static mut [u8] = bytemuck::cast_slice_mut(words);
        all[offset..offset + bytes.len()].copy_from_slice(bytes);
        let all: &'static [u8] = all;
        &all[offset..offset + bytes.len()]
    }

    /// Whether `column` lies inside `bytes` (is viewed in place, not copied).
    fn inside<T>(bytes: &[u8], column: &[T]) -> bool {
        let range = bytes.as_ptr_range();
        column.is_empty() || (range.start <= column.as_ptr().cast() && column.as_ptr_range().end.cast() <= range.end)
    }

    /// For each of the index's columns: its name and whether it lies inside `bytes`.
    fn columns_inside(matcher: &Matcher, bytes: &[u8]) -> Vec<(&'static str, bool)> {
        let ids = |ids: IdsView<'_>| match ids {
            IdsView::U8(ids) => inside(bytes, ids),
            IdsView::U16(ids) => inside(bytes, ids),
            IdsView::U32(ids) => inside(bytes, ids),
        };
        let postings = &matcher.postings;
        let vocabulary = &matcher.vocabulary;
        vec![
            ("features", inside(bytes, matcher.features.hashes())),
            ("idf", inside(bytes, &matcher.idf)),
            ("row blocks", inside(bytes, &postings.rows.base)),
            ("rows", inside(bytes, &postings.rows.rel)),
            ("example ids", ids(postings.doc.view())),
            ("example weights", inside(bytes, &postings.doc_weight)),
            ("component ids", ids(postings.centroid.view())),
            ("centroid weights", inside(bytes, &postings.centroid_weight)),
            ("class ids", ids(postings.bayes.view())),
            ("naive-Bayes weights", inside(bytes, &postings.bayes_weight)),
            ("languages", inside(bytes, &postings.lang)),
            ("language weights", inside(bytes, &postings.lang_weight)),
            ("labels", inside(bytes, &matcher.example_label)),
            ("example languages", inside(bytes, &matcher.example_lang)),
            ("word groups", inside(bytes, &vocabulary.keys)),
            ("word lengths", inside(bytes, &vocabulary.chars)),
            ("words", inside(bytes, vocabulary.text.as_bytes())),
        ]
    }

    fn assert_decides_like(read: &Matcher, built: &Matcher) {
        for message in MESSAGES {
            assert_eq!(read.decide(message), built.decide(message), "{message:?}");
        }
    }

    #[test]
    fn an_index_reads_back_to_the_same_bytes_and_decisions() {
        let built = small();
        let bytes = built.to_bytes(FINGERPRINT);
        assert_eq!(bytes.len() % 8, 0);
        let read = read_bytes(Bytes::Transient(&bytes)).expect("reads");
        assert_eq!(read.to_bytes(FINGERPRINT), bytes);
        assert_eq!(read.feature_count(), built.feature_count());
        assert_decides_like(&read, &built);
        assert_eq!(
            Matcher::read(Bytes::Transient(&bytes), FINGERPRINT + 1, Thresholds::default()).err(),
            Some(ModelError::Stale)
        );
    }

    #[test]
    fn pinned_aligned_bytes_are_viewed_in_place() {
        let built = small();
        let bytes = pinned(&built.to_bytes(FINGERPRINT), 0);
        let read = read_bytes(Bytes::Pinned(bytes)).expect("reads");
        for (column, borrowed) in columns_inside(&read, bytes) {
            assert!(borrowed, "{column} was copied");
        }
        assert!(matches!(read.idf, Cow::Borrowed(_)));
        assert_decides_like(&read, &built);
    }

    #[test]
    fn misaligned_or_transient_bytes_are_copied_and_read_the_same() {
        let built = small();
        let bytes = built.to_bytes(FINGERPRINT);
        // 4 bytes past a multiple of 8: `u64` columns are copied, narrower ones viewed in place.
        let off_by_4 = pinned(&bytes, 4);
        let read = read_bytes(Bytes::Pinned(off_by_4)).expect("reads");
        for (column, borrowed) in columns_inside(&read, off_by_4) {
            let wide = matches!(column, "features" | "word groups");
            assert_eq!(borrowed, !wide, "{column}");
        }
        assert_decides_like(&read, &built);
        // Odd: only bytes are viewed in place.
        let odd = pinned(&bytes, 1);
        let read = read_bytes(Bytes::Pinned(odd)).expect("reads");
        assert!(!inside(odd, &read.idf) && inside(odd, &read.postings.lang));
        assert_decides_like(&read, &built);
        // Read at run time: everything is copied.
        let read = read_bytes(Bytes::Transient(&bytes)).expect("reads");
        assert!(columns_inside(&read, &bytes).iter().all(|(_, borrowed)| !borrowed));
    }

    #[test]
    fn a_damaged_file_is_refused_or_harmless_never_a_panic() {
        let built = small();
        let good = built.to_bytes(FINGERPRINT);
        // Cut anywhere, or longer: an error.
        for cut in 0..good.len() {
            assert!(read_bytes(Bytes::Transient(&good[..cut])).is_err(), "cut at {cut}");
        }
        let mut longer = good.clone();
        longer.extend_from_slice(&[0; 8]);
        assert!(matches!(
            read_bytes(Bytes::Transient(&longer)),
            Err(ModelError::Corrupt(_))
        ));
        // Any byte changed: refused, or an index that decides without reading out of bounds
        // (a changed weight is not detectable, and harmless to memory).
        let mut damaged = good.clone();
        let mut refused = 0;
        for at in 0..good.len() {
            for value in [good[at] ^ 0xff, good[at] ^ 0x01] {
                damaged[at] = value;
                match read_bytes(Bytes::Transient(&damaged)) {
                    Ok(matcher) => {
                        for message in ["ICE is at my door", "i need a lawyr"] {
                            let _ = matcher.decide(message);
                        }
                    }
                    Err(_) => refused += 1,
                }
            }
            damaged[at] = good[at];
        }
        assert!(refused > good.len() / 4, "only {refused} damaged files refused");
    }

    #[test]
    fn the_embedded_model_is_8_byte_aligned() {
        if let Some(model) = crate::content::embedded_model() {
            assert_eq!(model.as_ptr().addr() % 8, 0);
        }
    }

    #[test]
    fn only_bytes_inside_the_pinned_ones_are_pinned() {
        let whole = pinned(b"0123456789", 0);
        assert_eq!(part_of(whole, &whole[2..5]), Some(&whole[2..5]));
        assert_eq!(part_of(whole, whole), Some(whole));
        assert_eq!(part_of(whole, b"0123456789"), None);
        let copy = whole.to_vec();
        assert_eq!(part_of(whole, &copy), None);
    }
}
