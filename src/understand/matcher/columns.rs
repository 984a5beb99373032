//! The matcher's tables as columns: one flat slice per field, viewed in place in the model file
//! compiled into the binary (borrowed), or held on the heap when built from the examples or read
//! from a file at run time (owned).
//!
//! A variable-length table (one row per feature, say) is a column of row offsets beside one
//! column per field of its items: row `i` is items `offsets[i]..offsets[i + 1]` of each.

use std::borrow::Cow;
use std::ops::Range;

/// One field of a table, for every item: borrowed from the model file, or owned.
pub(super) type Column<T> = Cow<'static, [T]>;

/// Where each row begins and ends in the item columns of `N` tables at once (the matcher's rows are
/// per feature, and scoring reads a feature's rows of all four tables together). Two levels take
/// half the room of a `u32` per row and table: rows come in blocks of `2^shift`, each block has
/// its starts as `u32`s, and each row its starts from its block's as `u16`s.
#[derive(Debug)]
pub(super) struct RowOffsets<const N: usize> {
    /// Log2 of the rows per block.
    pub(super) shift: u32,
    /// Per block: where its first row starts in each table.
    pub(super) base: Column<[u32; N]>,
    /// Per row, and one past the last: where it starts in each table, from its block's start.
    pub(super) rel: Column<[u16; N]>,
}

/// [`RowOffsets`] borrowed, for loops that look up many rows.
#[derive(Clone, Copy)]
pub(super) struct RowsView<'a, const N: usize> {
    shift: u32,
    base: &'a [[u32; N]],
    rel: &'a [[u16; N]],
}

impl<const N: usize> RowsView<'_, N> {
    /// The items of row `i` in each table.
    #[inline]
    pub(super) fn ranges(self, i: usize) -> [Range<usize>; N] {
        let (first, last) = (self.base[i >> self.shift], self.base[(i + 1) >> self.shift]);
        // One bounds check for both.
        let pair = &self.rel[i..i + 2];
        let (start, end) = (pair[0], pair[1]);
        std::array::from_fn(|t| first[t] as usize + usize::from(start[t])..last[t] as usize + usize::from(end[t]))
    }
}

/// The most rows per block (log2): 64.
const MAX_BLOCK_SHIFT: u32 = 6;

impl<const N: usize> RowOffsets<N> {
    /// The offsets of rows of these lengths (per row, its length in each table), in the largest
    /// blocks whose rows all start within 65,535 items of their block's start (blocks of one row
    /// always do).
    pub(super) fn from_lengths(lengths: impl IntoIterator<Item = [usize; N]>) -> RowOffsets<N> {
        let mut starts: Vec<[u32; N]> = vec![[0; N]];
        let mut total = [0usize; N];
        for row in lengths {
            for (sum, len) in total.iter_mut().zip(row) {
                *sum += len;
            }
            starts.push(total.map(super::to_u32));
        }
        let near = |shift: u32| {
            (0..starts.len()).all(|k| {
                let block = starts[(k >> shift) << shift];
                (0..N).all(|t| starts[k][t] - block[t] <= u32::from(u16::MAX))
            })
        };
        let shift = (0..=MAX_BLOCK_SHIFT).rev().find(|&shift| near(shift)).unwrap_or(0);
        let base: Vec<[u32; N]> = starts.iter().step_by(1 << shift).copied().collect();
        let rel = (0..starts.len())
            .map(|k| {
                std::array::from_fn(|t| {
                    u16::try_from(starts[k][t] - base[k >> shift][t]).expect("checked when the shift was chosen")
                })
            })
            .collect();
        RowOffsets {
            shift,
            base: Cow::Owned(base),
            rel,
        }
    }

    /// The offsets borrowed.
    #[inline]
    pub(super) fn view(&self) -> RowsView<'_, N> {
        RowsView {
            shift: self.shift,
            base: &self.base,
            rel: &self.rel,
        }
    }

    /// Where row `k` starts in each table (row `rows` being one past the last), in 64 bits so
    /// that no sum wraps on any machine. `k` must be at most the number of rows, and the columns'
    /// lengths must fit it ([`RowOffsets::fit`] checks both first).
    fn start(&self, k: usize) -> [u64; N] {
        let (block, row) = (self.base[k >> self.shift], self.rel[k]);
        std::array::from_fn(|t| u64::from(block[t]) + u64::from(row[t]))
    }

    /// Whether these offsets describe `rows` rows over `items[t]` items of each table `t`: a
    /// block start for every block and a start for every row and one past the last, starting
    /// at 0, never decreasing, ending at the table's length.
    pub(super) fn fit(&self, rows: usize, items: [usize; N]) -> bool {
        if self.shift > MAX_BLOCK_SHIFT || self.rel.len() != rows + 1 || self.base.len() != (rows >> self.shift) + 1 {
            return false;
        }
        let mut previous = [0u64; N];
        (0..=rows).all(|k| {
            let start = self.start(k);
            let fits = (0..N).all(|t| {
                start[t] >= previous[t]
                    && (k > 0 || start[t] == 0)
                    && (k < rows || usize::try_from(start[t]) == Ok(items[t]))
            });
            previous = start;
            fits
        })
    }
}

impl RowOffsets<1> {
    /// The items of row `i`.
    #[inline]
    pub(super) fn range(&self, i: usize) -> Range<usize> {
        let [range] = self.view().ranges(i);
        range
    }
}

/// Positions in a table (examples, classes), each as the narrowest integer that numbers the whole
/// table: the index of 11,000 examples then takes 2 bytes per posting instead of 4.
#[derive(Debug)]
pub(super) enum Ids {
    /// Tables of at most 256 entries.
    U8(Column<u8>),
    /// Tables of at most 65,536 entries.
    U16(Column<u16>),
    /// Larger tables.
    U32(Column<u32>),
}

/// [`Ids`] borrowed.
#[derive(Clone, Copy)]
pub(super) enum IdsView<'a> {
    U8(&'a [u8]),
    U16(&'a [u16]),
    U32(&'a [u32]),
}

/// The width of [`Ids`] into a table of `len` entries: 1, 2 or 4 bytes.
pub(super) fn id_width(len: usize) -> usize {
    if len <= 1 << 8 {
        1
    } else if len <= 1 << 16 {
        2
    } else {
        4
    }
}

/// An id of [`Ids`], of any width.
pub(super) trait Id: Copy + Into<u32> {}

impl Id for u8 {}
impl Id for u16 {}
impl Id for u32 {}

impl Ids {
    /// `ids` into a table of `len` entries, in their narrowest width.
    pub(super) fn new(ids: Vec<u32>, len: usize) -> Ids {
        let fits = "an id below its table's length";
        match id_width(len) {
            1 => Ids::U8(ids.into_iter().map(|id| u8::try_from(id).expect(fits)).collect()),
            2 => Ids::U16(ids.into_iter().map(|id| u16::try_from(id).expect(fits)).collect()),
            _ => Ids::U32(Cow::Owned(ids)),
        }
    }

    /// The ids as a plain slice, for loops that read many of them.
    pub(super) fn view(&self) -> IdsView<'_> {
        match self {
            Ids::U8(ids) => IdsView::U8(ids),
            Ids::U16(ids) => IdsView::U16(ids),
            Ids::U32(ids) => IdsView::U32(ids),
        }
    }

    /// Number of ids.
    pub(super) fn len(&self) -> usize {
        match self {
            Ids::U8(ids) => ids.len(),
            Ids::U16(ids) => ids.len(),
            Ids::U32(ids) => ids.len(),
        }
    }

    /// Whether every id is below `len`.
    pub(super) fn all_below(&self, len: usize) -> bool {
        fn below<T: Id>(ids: &[T], len: usize) -> bool {
            ids.iter().all(|&id| (id.into() as usize) < len)
        }
        match self {
            Ids::U8(ids) => below(ids, len),
            Ids::U16(ids) => below(ids, len),
            Ids::U32(ids) => below(ids, len),
        }
    }
}

/// A weight in 16 bits: the upper half of an `f32` (bfloat16), rounded to nearest. It keeps
/// the `f32`'s range and about 3 significant digits, which the sums of scoring do not notice, and
/// halves the weight columns, the part of the model classification reads the most. (The `half`
/// crate would bring `zerocopy` into the build for these two conversions.)
#[derive(Debug, Clone, Copy, PartialEq, bytemuck::Pod, bytemuck::Zeroable)]
#[repr(transparent)]
pub(super) struct Weight(pub(super) u16);

impl Weight {
    /// The nearest weight to `value` (ties to even; NaN stays NaN).
    pub(super) fn new(value: f32) -> Weight {
        if value.is_nan() {
            return Weight(0x7fc0);
        }
        let bits = value.to_bits();
        let rounded = bits.wrapping_add(0x7fff + ((bits >> 16) & 1));
        Weight(u16::try_from(rounded >> 16).unwrap_or(u16::MAX))
    }

    /// The weight as an `f32`, exactly.
    #[inline]
    pub(super) fn get(self) -> f32 {
        f32::from_bits(u32::from(self.0) << 16)
    }
}

/// Per feature, its postings in four tables: the examples that have it (for features rare enough
/// to compare example by example), with its weight in each; every component (a class in one
/// language) that has seen it, with its centroid weight; every class that has seen it, with its
/// naive-Bayes log-odds against the class's default; and every language that has seen it, with
/// its log-odds. Within a row, ids increase.
#[derive(Debug)]
pub(super) struct Postings {
    /// Per feature: its rows in the example, centroid, naive-Bayes and language tables, in that
    /// order.
    pub(super) rows: RowOffsets<4>,
    pub(super) doc: Ids,
    pub(super) doc_weight: Column<Weight>,
    pub(super) centroid: Ids,
    pub(super) centroid_weight: Column<Weight>,
    pub(super) bayes: Ids,
    pub(super) bayes_weight: Column<Weight>,
    pub(super) lang: Column<u8>,
    pub(super) lang_weight: Column<Weight>,
}

/// Every feature's hash in increasing order: a feature's id is its position. A small first-level
/// index by the hash's top bits narrows a look-up to a handful of neighbours, so it costs about
/// as much as a hash map's while the column itself stays in place.
#[derive(Debug)]
pub(super) struct FeatureTable {
    hashes: Column<u64>,
    /// Bucket `b` (hashes whose top bits are `b`) is `hashes[starts[b]..starts[b + 1]]`.
    starts: Vec<u32>,
    /// How far a hash is shifted right to give its bucket: 64 minus the index's bits.
    shift: u32,
}

impl FeatureTable {
    /// The table over `hashes`, which must be strictly increasing (the builder sorts them; the
    /// reader checks).
    pub(super) fn new(hashes: Column<u64>) -> FeatureTable {
        // About 2–4 features per bucket: 32,768 buckets (128 KB) for 86,000 features; at least
        // two buckets, so that the shift stays below 64.
        let bits = (usize::BITS - hashes.len().leading_zeros())
            .saturating_sub(2)
            .clamp(1, 24);
        let shift = 64 - bits;
        let buckets = 1usize << bits;
        let mut starts = Vec::with_capacity(buckets + 1);
        let mut at = 0usize;
        for bucket in 0..=buckets {
            while at < hashes.len() && bucket_of(hashes[at], shift) < bucket {
                at += 1;
            }
            starts.push(super::to_u32(at));
        }
        FeatureTable { hashes, starts, shift }
    }

    /// The id of the feature with this hash, if the index knows it.
    #[inline]
    pub(super) fn id(&self, hash: u64) -> Option<u32> {
        let bucket = bucket_of(hash, self.shift);
        let &[start, end] = self.starts.get(bucket..bucket + 2)? else {
            return None;
        };
        // A handful of hashes: scanned.
        let at = self
            .hashes
            .get(start as usize..end as usize)?
            .iter()
            .position(|&h| h == hash)?;
        // Below the feature count, which `to_u32` checked when the table was made.
        u32::try_from(at).ok().map(|at| start + at)
    }

    /// Number of features.
    pub(super) fn len(&self) -> usize {
        self.hashes.len()
    }

    /// The hashes, in id order.
    pub(super) fn hashes(&self) -> &[u64] {
        &self.hashes
    }
}

/// The bucket of `hash`: its top `64 - shift` bits (`shift` is below 64).
#[inline]
fn bucket_of(hash: u64, shift: u32) -> usize {
    // Fewer than 2^24 buckets, so the value fits any `usize`.
    usize::try_from(hash >> shift).unwrap_or(0)
}

/// The words of the examples, for typo rescue, grouped by their first two letters and sorted by
/// length within a group. Typos rarely touch both of the first two letters, and the small
/// groups keep the rescue fast.
#[derive(Debug)]
pub(super) struct Vocabulary {
    /// Each group's first two letters as [`initial_key`], increasing.
    pub(super) keys: Column<u64>,
    /// Per group: its words.
    pub(super) groups: RowOffsets<1>,
    /// Per word: its length in characters.
    pub(super) chars: Column<u32>,
    /// Per word: its bytes in `text`.
    pub(super) spans: RowOffsets<1>,
    /// Every word, one after the other.
    pub(super) text: Cow<'static, str>,
}

/// The key of a word's first two letters.
pub(super) fn initial_key((first, second): (char, char)) -> u64 {
    (u64::from(u32::from(first)) << 32) | u64::from(u32::from(second))
}

impl Vocabulary {
    /// The vocabulary of these words (each with its first two letters), in this order within a
    /// group of the same letters and length.
    pub(super) fn new(words: Vec<((char, char), String)>) -> Vocabulary {
        let mut entries: Vec<(u64, u32, String)> = words
            .into_iter()
            .map(|(initials, word)| (initial_key(initials), super::to_u32(word.chars().count()), word))
            .collect();
        // Stable: words of one group and length keep their order.
        entries.sort_by_key(|(key, chars, _)| (*key, *chars));
        let mut keys: Vec<u64> = Vec::new();
        let mut group_sizes: Vec<usize> = Vec::new();
        let mut chars = Vec::with_capacity(entries.len());
        let mut text = String::new();
        let mut word_sizes = Vec::with_capacity(entries.len());
        for (key, count, word) in entries {
            if keys.last() == Some(&key) {
                *group_sizes.last_mut().expect("a size per key") += 1;
            } else {
                keys.push(key);
                group_sizes.push(1);
            }
            chars.push(count);
            word_sizes.push(word.len());
            text.push_str(&word);
        }
        Vocabulary {
            keys: Cow::Owned(keys),
            groups: RowOffsets::from_lengths(group_sizes.into_iter().map(|n| [n])),
            chars: Cow::Owned(chars),
            spans: RowOffsets::from_lengths(word_sizes.into_iter().map(|n| [n])),
            text: Cow::Owned(text),
        }
    }

    /// The words whose first two letters are `initials`, by index, shortest first.
    pub(super) fn group(&self, initials: (char, char)) -> Range<usize> {
        self.keys
            .binary_search(&initial_key(initials))
            .map_or(0..0, |group| self.groups.range(group))
    }

    /// Word `i`'s length in characters.
    pub(super) fn chars(&self, i: usize) -> usize {
        self.chars[i] as usize
    }

    /// Word `i`.
    pub(super) fn word(&self, i: usize) -> &str {
        // Spans are checked to fall on character boundaries when the columns are read.
        self.text.get(self.spans.range(i)).unwrap_or("")
    }

    /// Whether the columns fit together: groups over the words, each word's span inside the text
    /// and on character boundaries, its length its own, the keys increasing.
    pub(super) fn well_formed(&self) -> bool {
        let words = self.chars.len();
        self.keys.windows(2).all(|w| w[0] < w[1])
            && self.groups.fit(self.keys.len(), [words])
            && self.spans.fit(words, [self.text.len()])
            && (0..=words).all(|k| {
                let [start] = self.spans.start(k);
                usize::try_from(start).is_ok_and(|start| self.text.is_char_boundary(start))
            })
            && (0..words).all(|i| {
                self.text
                    .get(self.spans.range(i))
                    .is_some_and(|word| word.chars().count() == self.chars[i] as usize)
            })
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::{id_width, FeatureTable, Ids, RowOffsets, Vocabulary, Weight};

    #[test]
    fn row_offsets_give_each_rows_items_in_every_table() {
        // Short rows fit blocks of 64; rows of 40,000 items force smaller blocks; one of 70,000
        // fits only blocks of one row.
        let patterns: [Vec<[usize; 2]>; 3] = [
            (0..300).map(|i| [i % 7, (i * 5) % 3]).collect(),
            (0..100).map(|i| [if i % 10 == 3 { 40_000 } else { i }, 1]).collect(),
            vec![[1, 0], [70_000, 2], [0, 0], [5, 5]],
        ];
        for lengths in patterns {
            let rows = RowOffsets::from_lengths(lengths.iter().copied());
            let mut start = [0usize; 2];
            for (i, len) in lengths.iter().enumerate() {
                let ranges = rows.view().ranges(i);
                for t in 0..2 {
                    assert_eq!(ranges[t], start[t]..start[t] + len[t], "row {i}, table {t}");
                    start[t] += len[t];
                }
            }
            assert!(rows.fit(lengths.len(), start));
            assert!(!rows.fit(lengths.len() + 1, start));
            assert!(!rows.fit(lengths.len(), [start[0] + 1, start[1]]));
        }
        assert_eq!(RowOffsets::from_lengths([[70_000, 0], [1, 2]]).shift, 0);
    }

    #[test]
    fn damaged_row_offsets_do_not_fit() {
        let rows = RowOffsets::from_lengths((0..200).map(|i| [i % 5]));
        let items = (0..200).map(|i| i % 5).sum::<usize>();
        assert!(rows.fit(200, [items]));
        let damaged = |change: &dyn Fn(&mut RowOffsets<1>)| {
            let mut rows = RowOffsets::from_lengths((0..200).map(|i| [i % 5]));
            change(&mut rows);
            rows.fit(200, [items])
        };
        assert!(!damaged(&|rows| rows.rel.to_mut()[50][0] = 1000));
        assert!(!damaged(&|rows| rows.rel.to_mut()[0][0] = 1));
        assert!(!damaged(&|rows| rows.base.to_mut()[1][0] = 0));
        assert!(!damaged(&|rows| rows.base.to_mut()[1][0] = u32::MAX));
        assert!(!damaged(&|rows| rows.shift = 5));
        assert!(!damaged(&|rows| rows.shift = 200));
        assert!(!damaged(&|rows| {
            rows.base.to_mut().pop();
        }));
        assert!(!damaged(&|rows| {
            rows.rel.to_mut().pop();
        }));
    }

    #[test]
    fn ids_take_the_narrowest_width_that_numbers_their_table() {
        assert_eq!([0, 1, 256, 257, 65_536, 65_537].map(id_width), [1, 1, 1, 2, 2, 4]);
        assert!(matches!(Ids::new(vec![0, 255], 256), Ids::U8(_)));
        assert!(matches!(Ids::new(vec![0, 256], 257), Ids::U16(_)));
        assert!(matches!(Ids::new(vec![70_000], 70_001), Ids::U32(_)));
        for (ids, len) in [(vec![0, 9], 10), (vec![3, 300], 301), (vec![7, 70_000], 70_001)] {
            let ids = Ids::new(ids, len);
            assert_eq!(ids.len(), 2);
            assert!(ids.all_below(len));
            assert!(!ids.all_below(len - 1));
        }
    }

    #[test]
    fn every_feature_is_found_and_no_other() {
        for count in [0usize, 1, 2, 3, 100, 5_000] {
            let mut hashes: Vec<u64> = (0..count as u64)
                .map(|i| i.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (i << 7))
                .collect();
            hashes.sort_unstable();
            hashes.dedup();
            let table = FeatureTable::new(Cow::Owned(hashes.clone()));
            for (id, &hash) in hashes.iter().enumerate() {
                assert_eq!(table.id(hash), Some(u32::try_from(id).unwrap()));
                if !hashes.contains(&hash.wrapping_add(1)) {
                    assert_eq!(table.id(hash.wrapping_add(1)), None);
                }
            }
            for absent in [0, 1, u64::MAX, u64::MAX / 2] {
                assert_eq!(
                    table.id(absent),
                    hashes.binary_search(&absent).ok().map(|i| u32::try_from(i).unwrap())
                );
            }
        }
    }

    #[test]
    fn words_are_grouped_by_their_first_two_letters_shortest_first() {
        let words = ["lawyer", "law", "lawyers", "abogado", "abogada", "la", "ñandú"]
            .map(|w| (super::super::two_letters(w).unwrap(), w.to_string()));
        let vocabulary = Vocabulary::new(words.to_vec());
        assert!(vocabulary.well_formed());
        let group = |initials| -> Vec<(usize, &str)> {
            vocabulary
                .group(initials)
                .map(|i| (vocabulary.chars(i), vocabulary.word(i)))
                .collect()
        };
        assert_eq!(
            group(('l', 'a')),
            [(2, "la"), (3, "law"), (6, "lawyer"), (7, "lawyers")]
        );
        assert_eq!(group(('a', 'b')), [(7, "abogado"), (7, "abogada")]);
        assert_eq!(group(('ñ', 'a')), [(5, "ñandú")]);
        assert!(group(('z', 'z')).is_empty());
    }

    #[test]
    fn weights_keep_three_significant_digits_and_round_to_nearest() {
        for value in [0.0f32, 1.0, -2.5, 0.01, 0.123_456, 3.75, 9.876_5, 1e-6, 123_456.0] {
            let kept = Weight::new(value).get();
            assert!((kept - value).abs() <= value.abs() / 256.0, "{value} kept as {kept}");
        }
        assert_eq!(
            Weight::new(1.0 + 1.0 / 256.0).get(),
            1.0,
            "a tie goes to the even neighbour"
        );
        assert_eq!(
            Weight::new(1.0 + 3.0 / 256.0).get(),
            1.0 + 4.0 / 256.0,
            "a tie goes to the even neighbour"
        );
        assert_eq!(Weight::new(1.0 + 1.5 / 256.0).get(), 1.0 + 2.0 / 256.0);
        assert!(Weight::new(f32::NAN).get().is_nan());
        assert_eq!(Weight::new(f32::INFINITY).get(), f32::INFINITY);
    }
}
