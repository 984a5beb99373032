//! The fonts cards and flyers are drawn with: built into the binary (subsets of Noto Sans, Noto
//! Sans Arabic and Noto Sans CJK SC, see `assets/fonts/README.md`), never the system's, so every
//! machine draws the same image.
//!
//! A line of text is cut here into [`Run`]s, in the order they are seen: first by direction (a
//! small bidirectional algorithm, [`runs`]), then by font, each character going to the first
//! font that has it (Latin, then Arabic, then Chinese; spaces, digits and punctuation stay with
//! their neighbours' font). Each run is shaped with rustybuzz, the shaper usvg draws with, so a
//! measured width is the drawn width: Arabic letters joined, lam-alef ligatures, kerning. The
//! SVG then places each run itself (`svg.rs`): usvg 0.45 falls back from font to font per
//! glyph, but drops every fallback glyph when the fonts shape a text into different numbers of
//! glyphs (a Latin `ffi` ligature beside Chinese, lam-alef beside a Latin word), and lays out
//! every text left to right whatever its `direction`.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, OnceLock};

use resvg::usvg::fontdb;
use rustybuzz::{Direction as HbDirection, Face as HbFace, Script, ShapePlan, UnicodeBuffer};

/// The family name of the Latin font, the one a text without other script asks for.
pub const FAMILY: &str = "Noto Sans";

/// Left-to-right isolate.
const LRI: char = '\u{2066}';
/// Right-to-left isolate.
const RLI: char = '\u{2067}';
/// First-strong isolate.
const FSI: char = '\u{2068}';
/// Pop directional isolate.
const PDI: char = '\u{2069}';

/// A font weight used on cards and flyers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Titles, numbers, names.
    Bold,
}

impl Weight {
    /// The CSS weight written into the SVG.
    pub fn css(self) -> u16 {
        match self {
            Weight::Regular => 400,
            Weight::Bold => 700,
        }
    }

    fn index(self) -> usize {
        usize::from(self == Weight::Bold)
    }
}

/// Which way a paragraph reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic): lines flush right, runs ordered from the right.
    Rtl,
}

impl Direction {
    /// The direction a language is written in.
    pub fn of(lang: crate::content::Lang) -> Direction {
        if lang.is_rtl() {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }

    fn is_rtl(self) -> bool {
        self == Direction::Rtl
    }
}

/// A bundled typeface, in both weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Font {
    /// Noto Sans: Latin letters, digits, punctuation.
    Latin,
    /// Noto Sans Arabic.
    Arabic,
    /// Noto Sans CJK SC: the Han characters of the Chinese texts, CJK punctuation.
    Cjk,
}

impl Font {
    /// Every font, in the order a character is looked for.
    pub const ALL: [Font; 3] = [Font::Latin, Font::Arabic, Font::Cjk];

    /// The family name the SVG asks for.
    pub fn family(self) -> &'static str {
        match self {
            Font::Latin => FAMILY,
            Font::Arabic => "Noto Sans Arabic",
            Font::Cjk => "Noto Sans CJK SC",
        }
    }

    fn bytes(self, weight: Weight) -> &'static [u8] {
        match (self, weight) {
            (Font::Latin, Weight::Regular) => include_bytes!("../../assets/fonts/NotoSans-Regular-subset.ttf"),
            (Font::Latin, Weight::Bold) => include_bytes!("../../assets/fonts/NotoSans-Bold-subset.ttf"),
            (Font::Arabic, Weight::Regular) => include_bytes!("../../assets/fonts/NotoSansArabic-Regular-subset.ttf"),
            (Font::Arabic, Weight::Bold) => include_bytes!("../../assets/fonts/NotoSansArabic-Bold-subset.ttf"),
            (Font::Cjk, Weight::Regular) => include_bytes!("../../assets/fonts/NotoSansCJKsc-Regular-subset.otf"),
            (Font::Cjk, Weight::Bold) => include_bytes!("../../assets/fonts/NotoSansCJKsc-Bold-subset.otf"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The script a run of this font is shaped as.
    fn script(self) -> Script {
        match self {
            Font::Latin => rustybuzz::script::LATIN,
            Font::Arabic => rustybuzz::script::ARABIC,
            Font::Cjk => rustybuzz::script::HAN,
        }
    }
}

/// The font database usvg draws with: the bundled fonts only.
pub fn database() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        for font in Font::ALL {
            for weight in [Weight::Regular, Weight::Bold] {
                db.load_font_data(font.bytes(weight).to_vec());
            }
        }
        db.set_sans_serif_family(FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// A parsed font, for measuring, and the characters it has a glyph for.
struct Parsed {
    face: HbFace<'static>,
    chars: HashSet<char>,
}

/// The parsed fonts: `[font][weight]`.
fn parsed() -> &'static [[Parsed; 2]; 3] {
    static PARSED: OnceLock<[[Parsed; 2]; 3]> = OnceLock::new();
    PARSED.get_or_init(|| {
        Font::ALL.map(|font| {
            [Weight::Regular, Weight::Bold].map(|weight| {
                // The fonts are built in and parsed by the tests: a failure is a broken build.
                let face = HbFace::from_slice(font.bytes(weight), 0).expect("a bundled font parses");
                let mut chars = HashSet::new();
                for subtable in face.tables().cmap.iter().flat_map(|cmap| cmap.subtables) {
                    if subtable.is_unicode() {
                        subtable.codepoints(|cp| {
                            if let Some(c) = char::from_u32(cp) {
                                if subtable.glyph_index(cp).is_some_and(|g| g.0 != 0) {
                                    chars.insert(c);
                                }
                            }
                        });
                    }
                }
                Parsed { face, chars }
            })
        })
    })
}

fn face(font: Font, weight: Weight) -> &'static HbFace<'static> {
    &parsed()[font.index()][weight.index()].face
}

fn has_glyph(font: Font, weight: Weight, c: char) -> bool {
    parsed()[font.index()][weight.index()].chars.contains(&c)
}

/// A run of a line: one font, one direction. A line's runs come in the order they are drawn,
/// left to right.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// The text, in reading order (a right-to-left run's first character is drawn rightmost).
    pub text: String,
    /// Its font.
    pub font: Font,
    /// Whether it reads right to left.
    pub rtl: bool,
    /// Its shaped width in pixels.
    pub width: f32,
}

/// The width of `text` in pixels at `size`, as a left-to-right paragraph, or the first
/// character no bundled font has a glyph for.
pub fn width(text: &str, weight: Weight, size: f32) -> Result<f32, char> {
    measure(text, weight, size, Direction::Ltr)
}

/// The width of `text` in pixels at `size` in a paragraph of `direction`: the sum of its shaped
/// runs.
pub fn measure(text: &str, weight: Weight, size: f32, direction: Direction) -> Result<f32, char> {
    Ok(runs(text, weight, size, direction)?.iter().map(|r| r.width).sum())
}

/// The first character of `text` the bundled fonts (both weights) cannot draw, if any.
/// Invisible format characters (bidi isolates and marks, joiners) need no glyph.
pub fn missing_glyph(text: &str) -> Option<char> {
    [Weight::Regular, Weight::Bold]
        .into_iter()
        .find_map(|w| width(text, w, 1.0).err())
}

/// `text` as a line in a paragraph of `direction`: its runs in drawing order (left to right),
/// each shaped, or the first character no bundled font has.
pub fn runs(text: &str, weight: Weight, size: f32, direction: Direction) -> Result<Vec<Run>, char> {
    // Most text is one left-to-right run of the Latin font.
    if direction == Direction::Ltr && text.chars().all(|c| has_glyph(Font::Latin, weight, c)) {
        let width = shape(text, Font::Latin, weight, false) * size / face(Font::Latin, weight).units_per_em() as f32;
        return Ok(vec![Run {
            text: text.to_string(),
            font: Font::Latin,
            rtl: false,
            width,
        }]);
    }
    let mut segments = Vec::new();
    bidi(text, direction.is_rtl(), &mut segments);
    let mut runs = Vec::new();
    for (segment, rtl) in segments {
        let mut pieces = by_font(&segment, weight)?;
        if rtl {
            pieces.reverse();
        }
        for (font, text) in pieces {
            let width = shape(&text, font, weight, rtl) * size / face(font, weight).units_per_em() as f32;
            runs.push(Run { text, font, rtl, width });
        }
    }
    Ok(runs)
}

/// The shaped advance of `text` in font units.
fn shape(text: &str, font: Font, weight: Weight, rtl: bool) -> f32 {
    type Plans = Mutex<HashMap<(Font, Weight, bool), Arc<ShapePlan>>>;
    type Widths = Mutex<HashMap<(Font, Weight, bool), HashMap<String, f32>>>;
    static PLANS: OnceLock<Plans> = OnceLock::new();
    // `kyr check` measures every word of every flyer in every language at each start-up, and
    // words (and Chinese characters) repeat: each is shaped once.
    static WIDTHS: OnceLock<Widths> = OnceLock::new();
    /// Past this many texts the cache starts again, so it cannot grow without bound.
    const MAX_CACHED: usize = 100_000;
    let key = (font, weight, rtl);
    let widths = WIDTHS.get_or_init(Widths::default);
    if let Some(&width) = widths
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&key)
        .and_then(|w| w.get(text))
    {
        return width;
    }
    let face = face(font, weight);
    let direction = if rtl {
        HbDirection::RightToLeft
    } else {
        HbDirection::LeftToRight
    };
    // A plan is slow to make and the same for every run of a font and direction.
    let plan = {
        let mut plans = PLANS
            .get_or_init(Plans::default)
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        plans
            .entry(key)
            .or_insert_with(|| Arc::new(ShapePlan::new(face, direction, Some(font.script()), None, &[])))
            .clone()
    };
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(direction);
    buffer.set_script(font.script());
    let shaped = rustybuzz::shape_with_plan(face, &plan, buffer);
    let width = shaped.glyph_positions().iter().map(|p| p.x_advance as f32).sum();
    let mut widths = widths.lock().unwrap_or_else(|e| e.into_inner());
    if widths.values().map(HashMap::len).sum::<usize>() >= MAX_CACHED {
        widths.clear();
    }
    widths.entry(key).or_default().insert(text.to_string(), width);
    width
}

/// Characters drawn as nothing: format controls (bidi marks and isolates, joiners, the soft
/// hyphen, variation selectors). No font needs a glyph for them.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

/// Bidi controls: consumed by [`bidi`], never drawn.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their
/// presentation forms), less the Arabic-Indic digits.
fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
        && !is_number(c)
        && c.is_alphabetic()
}

/// Digits, which read left to right in any paragraph.
fn is_number(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

fn is_ltr_letter(c: char) -> bool {
    c.is_alphabetic() && !is_rtl_letter(c) && !is_combining(c)
}

/// Combining marks, which go with the letter before them.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{08D3}'..='\u{08FF}')
}

/// One element of a paragraph's top level: a character, or a whole isolate with the direction
/// its content reads in.
enum Item {
    Char(char),
    Isolate(String, bool),
}

/// Cuts a line of a paragraph (right to left when `rtl`) into segments of one direction, appended
/// to `out` in drawing order (left to right): a simplified Unicode bidirectional algorithm, enough
/// for card text, where [`crate::content::html::isolate_ltr`] has already isolated the numbers,
/// links and Latin words of a right-to-left language. Isolates (`LRI`, `RLI`, `FSI` … `PDI`) keep
/// their own order inside; outside them, a run of letters of the other direction (with the
/// spaces, punctuation and digits up to its last letter or digit) reads its own way, as does a
/// number in a right-to-left paragraph (`1-800-453-3320`); everything else reads the
/// paragraph's way. An isolate left open at the end of a line closes there; a stray `PDI` is
/// dropped.
fn bidi(text: &str, rtl: bool, out: &mut Vec<(String, bool)>) {
    // The top level: characters and isolates.
    let mut items = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, LRI | RLI | FSI) {
            let mut depth = 1;
            let mut inner = String::new();
            for d in chars.by_ref() {
                match d {
                    LRI | RLI | FSI => depth += 1,
                    PDI => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
                inner.push(d);
            }
            let inner_rtl = match c {
                LRI => false,
                RLI => true,
                // First strong: the first letter outside nested isolates decides.
                _ => first_strong(&inner).unwrap_or(rtl),
            };
            items.push(Item::Isolate(inner, inner_rtl));
        } else if !is_bidi_control(c) {
            items.push(Item::Char(c));
        }
    }

    // Units in reading order: each a list of segments in drawing order.
    let mut units: Vec<Vec<(String, bool)>> = Vec::new();
    let mut own = String::new();
    let flush = |own: &mut String, units: &mut Vec<Vec<(String, bool)>>| {
        if !own.is_empty() {
            units.push(vec![(std::mem::take(own), rtl)]);
        }
    };
    let is_other = |c: char| if rtl { is_ltr_letter(c) } else { is_rtl_letter(c) };
    let is_own = |c: char| if rtl { is_rtl_letter(c) } else { is_ltr_letter(c) };
    let mut i = 0;
    while i < items.len() {
        match &items[i] {
            Item::Isolate(inner, inner_rtl) => {
                flush(&mut own, &mut units);
                let mut segments = Vec::new();
                bidi(inner, *inner_rtl, &mut segments);
                units.push(segments);
                i += 1;
            }
            Item::Char(c) if is_other(*c) || (rtl && is_number(*c)) => {
                // The other direction's run: up to the last letter of that direction (or digit)
                // before a letter of the paragraph's direction. In a right-to-left paragraph a
                // number alone is such a run, with the separators between its digits.
                let letters = is_other(*c);
                let mut end = i + 1;
                let mut j = i + 1;
                while j < items.len() {
                    match &items[j] {
                        Item::Char(d) if is_own(*d) => break,
                        Item::Char(d) if letters && (is_other(*d) || is_number(*d)) => end = j + 1,
                        Item::Char(d) if !letters && is_number(*d) => end = j + 1,
                        Item::Char(d) if !letters && !is_number_separator(*d) => break,
                        Item::Isolate(..) if !letters => break,
                        _ => {}
                    }
                    j += 1;
                }
                flush(&mut own, &mut units);
                let run: String = items[i..end]
                    .iter()
                    .map(|item| match item {
                        Item::Char(c) => c.to_string(),
                        Item::Isolate(inner, inner_rtl) => {
                            format!("{}{inner}{PDI}", if *inner_rtl { RLI } else { LRI })
                        }
                    })
                    .collect();
                let mut segments = Vec::new();
                bidi(&run, !rtl, &mut segments);
                units.push(segments);
                i = end;
            }
            Item::Char(c) => {
                own.push(*c);
                i += 1;
            }
        }
    }
    flush(&mut own, &mut units);
    if rtl {
        units.reverse();
    }
    out.extend(units.into_iter().flatten());
}

/// Separators that keep a number whole: `1-800`, `3.5`, `10,000`, `10:30`, `2/3`.
fn is_number_separator(c: char) -> bool {
    matches!(c, '-' | '.' | ',' | ':' | '/' | '\u{066B}' | '\u{066C}')
}

/// The direction of the first letter of `text` outside isolates: `Some(true)` for right to
/// left.
fn first_strong(text: &str) -> Option<bool> {
    let mut depth = 0_u32;
    for c in text.chars() {
        match c {
            LRI | RLI | FSI => depth += 1,
            PDI => depth = depth.saturating_sub(1),
            c if depth == 0 && is_rtl_letter(c) => return Some(true),
            c if depth == 0 && is_ltr_letter(c) => return Some(false),
            _ => {}
        }
    }
    None
}

/// Whether a character takes its font from its neighbours (spaces, digits, punctuation, marks,
/// format characters) rather than choosing one.
fn is_common(c: char) -> bool {
    !c.is_alphabetic() || is_combining(c)
}

/// Cuts one direction's segment into pieces of one font, in reading order. A letter goes to the
/// first font that has it (Latin, Arabic, Chinese); any other character to the font of the
/// character before it if that font has it, else of the next letter, else the first font that
/// has it. A character no font has is the error; invisible ones need none.
fn by_font(text: &str, weight: Weight) -> Result<Vec<(Font, String)>, char> {
    let chars: Vec<char> = text.chars().collect();
    let first_with = |c: char| Font::ALL.into_iter().find(|&f| has_glyph(f, weight, c));
    let mut chosen: Vec<Option<Font>> = Vec::with_capacity(chars.len());
    for &c in &chars {
        chosen.push(if is_common(c) {
            None
        } else {
            Some(first_with(c).ok_or(c)?)
        });
    }
    // The next letter's font, for each position.
    let mut next: Vec<Option<Font>> = vec![None; chars.len()];
    let mut upcoming = None;
    for i in (0..chars.len()).rev() {
        next[i] = upcoming;
        if chosen[i].is_some() {
            upcoming = chosen[i];
        }
    }
    let mut fonts: Vec<Font> = Vec::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        let font = match chosen[i] {
            Some(font) => font,
            None => {
                let fits = |f: &Font| is_invisible(c) || has_glyph(*f, weight, c);
                let before = fonts.last().copied();
                match before.filter(fits).or_else(|| next[i].filter(fits)) {
                    Some(font) => font,
                    None if is_invisible(c) => Font::Latin,
                    None => first_with(c).ok_or(c)?,
                }
            }
        };
        fonts.push(font);
    }
    let mut pieces: Vec<(Font, String)> = Vec::new();
    for (c, font) in chars.into_iter().zip(fonts) {
        match pieces.last_mut() {
            Some((last, text)) if *last == font => text.push(c),
            _ => pieces.push((font, c.to_string())),
        }
    }
    Ok(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(text: &str, direction: Direction) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        bidi(text, direction == Direction::Rtl, &mut out);
        out
    }

    fn seg(text: &str, rtl: bool) -> (String, bool) {
        (text.to_string(), rtl)
    }

    #[test]
    fn a_right_to_left_line_draws_its_isolated_number_between_its_words_in_order() {
        let line = format!("اتصل بالرقم {LRI}(860) 555-0123{PDI} الآن.");
        assert_eq!(
            order(&line, Direction::Rtl),
            vec![
                seg(" الآن.", true),
                seg("(860) 555-0123", false),
                seg("اتصل بالرقم ", true)
            ]
        );
    }

    #[test]
    fn latin_words_and_bare_numbers_read_left_to_right_inside_arabic() {
        assert_eq!(
            order("امسح: kyr، بالعربية", Direction::Rtl),
            vec![seg("، بالعربية", true), seg("kyr", false), seg("امسح: ", true)]
        );
        assert_eq!(
            order("الخط 1-800-453-3320 مجانا", Direction::Rtl),
            vec![seg(" مجانا", true), seg("1-800-453-3320", false), seg("الخط ", true)]
        );
        // A step's number: the digit rightmost, its period to its left.
        assert_eq!(order("1.", Direction::Rtl), vec![seg(".", true), seg("1", false)]);
        // An isolate cut by a line break closes at the line's end; a stray PDI is dropped.
        assert_eq!(
            order(&format!("Legal Services{PDI} هنا"), Direction::Rtl),
            vec![seg(" هنا", true), seg("Legal Services", false)]
        );
    }

    #[test]
    fn left_to_right_text_is_one_segment_and_an_arabic_name_inside_it_reads_right_to_left() {
        assert_eq!(
            order("Call 911 now.", Direction::Ltr),
            vec![seg("Call 911 now.", false)]
        );
        assert_eq!(
            order("Ask for مركز العدالة today", Direction::Ltr),
            vec![seg("Ask for ", false), seg("مركز العدالة", true), seg(" today", false)]
        );
    }

    #[test]
    fn each_character_goes_to_the_first_font_that_has_it_and_punctuation_stays_with_its_words() {
        assert_eq!(
            by_font("打 911，或 ICE。", Weight::Regular).unwrap(),
            vec![
                (Font::Cjk, "打".to_string()),
                (Font::Latin, " 911".to_string()),
                (Font::Cjk, "，或".to_string()),
                (Font::Latin, " ICE".to_string()),
                (Font::Cjk, "。".to_string()),
            ]
        );
        assert_eq!(
            by_font("لا تفتح الباب.", Weight::Bold).unwrap(),
            vec![(Font::Arabic, "لا تفتح الباب.".to_string())]
        );
        assert_eq!(by_font("a ☎ b", Weight::Regular), Err('☎'));
        // Isolates and marks are drawn as nothing: never missing.
        assert_eq!(missing_glyph(&format!("{RLI}\u{200F}نعم{PDI}\u{200D}")), None);
        assert_eq!(missing_glyph("☎"), Some('☎'));
    }

    #[test]
    fn an_arabic_word_is_measured_joined_narrower_than_its_letters_apart() {
        let word = "المغادرة";
        let joined = width(word, Weight::Regular, 100.0).unwrap();
        let apart: f32 = word
            .chars()
            .map(|c| width(&c.to_string(), Weight::Regular, 100.0).unwrap())
            .sum();
        assert!(joined < apart * 0.95, "{joined} vs {apart}");
        // Lam-alef is one ligature, narrower than lam and alef side by side.
        let lam_alef = width("لا", Weight::Regular, 100.0).unwrap();
        let lam_then_alef = width("ل", Weight::Regular, 100.0).unwrap() + width("ا", Weight::Regular, 100.0).unwrap();
        assert!(lam_alef < lam_then_alef, "{lam_alef} vs {lam_then_alef}");
    }
}
