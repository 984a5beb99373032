//! Text normalization for matching: the same message typed with or without accents, in capitals,
//! with stretched letters or emoji, normalizes to the same words.

use unicode_normalization::char::is_combining_mark;

/// Inputs are cut to this many characters before they are understood: Telegram's own message
/// limit.
pub const MAX_INPUT_CHARS: usize = 4096;

/// A message as the understanding models read it: cut to [`MAX_INPUT_CHARS`], and normalized once
/// for both the language identifier and the matcher, which would otherwise each fold it again.
#[derive(Debug, Clone)]
pub struct Prepared<'a> {
    /// The message as written, cut.
    pub(super) text: &'a str,
    /// [`normalize`]d.
    pub(super) normalized: String,
}

impl<'a> Prepared<'a> {
    /// `text`, cut and normalized.
    pub fn new(text: &'a str) -> Prepared<'a> {
        let end = text
            .char_indices()
            .nth(MAX_INPUT_CHARS)
            .map_or(text.len(), |(at, _)| at);
        let text = &text[..end];
        Prepared {
            text,
            normalized: normalize(text),
        }
    }
}

/// Folds `text` to lower-case ASCII-ish words separated by single spaces.
///
/// Steps: Unicode NFKD; combining marks (accents) dropped; lower case; apostrophes joined
/// (`what's` → `whats`, `m'ap` → `map`); every other non-alphanumeric character (punctuation,
/// emoji, symbols, control characters) becomes a space; a letter repeated three or more times is
/// squashed to one (`ayudaaa` → `ayuda`), while doubles (`rr`, `ll`, `ss`) are kept.
///
/// Beyond accents, letters that people type interchangeably are folded to one: Polish `ł` → `l`
/// (NFKD leaves it whole); in Arabic, tashkeel and the superscript alef go with the combining
/// marks, tatweel (`ـ`) is dropped, alef variants (`أ إ آ ٱ`) → `ا`, `ى` → `ي`, `ة` → `ه`, and
/// Arabic-Indic and Persian digits → ASCII digits (Latin digits inside Arabizi words such as
/// `3ayez` stay), and the definite article with the particles written onto it is removed. Chinese
/// has no spaces between words, so every Han character becomes a word of
/// its own: the features then see characters as words and neighbouring characters as pairs.
///
/// ```
/// use kyr::understand::normalize;
///
/// assert_eq!(normalize("¡AYUDAAA! La migra está en mi puerta 🚨"), "ayuda la migra esta en mi puerta");
/// assert_eq!(normalize("M'ap rele lapolis"), normalize("map rele lapolis"));
/// assert_eq!(normalize("أُريدُ مُحامِياً في المحكمة"), "اريد محاميا في محكم");
/// assert_eq!(normalize("移民局在门口！"), "移 民 局 在 门 口");
/// ```
pub fn normalize(text: &str) -> String {
    let mut folder = Folder {
        out: String::with_capacity(text.len()),
        last: None,
        run: 0,
        pending_space: false,
    };
    for c in text.chars() {
        if c.is_ascii() {
            // Most text is ASCII already: it needs no decomposition.
            folder.push(c);
        } else {
            unicode_normalization::char::decompose_compatible(c, |d| folder.push(d));
        }
    }
    if folder.out.chars().any(is_arabic_letter) {
        strip_arabic_prefixes(&folder.out)
    } else {
        folder.out
    }
}

/// Whether `c` is a letter of the Arabic block (after folding).
fn is_arabic_letter(c: char) -> bool {
    ('\u{0620}'..='\u{064A}').contains(&c)
}

/// The definite article and the conjunctions and prepositions written onto it (`ال`, `وال`,
/// `بال`, `فال`, `كال`, `لل`), removed from words long enough to keep a stem (light stemming, as
/// Arabic search engines do): "الباب", "بالباب" and "باب" are one word to the matcher.
const ARABIC_PREFIXES: [&str; 6] = ["وال", "بال", "فال", "كال", "لل", "ال"];

/// Possessive pronouns and plural endings written onto a word ("بابها" her door, "جوزي" my
/// husband), removed likewise from words long enough to keep a stem of three letters.
const ARABIC_SUFFIXES: [&str; 9] = ["ها", "هم", "كم", "نا", "ات", "ون", "ين", "ه", "ي"];

fn strip_arabic_prefixes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let letters = word.chars().count();
        let stem = ARABIC_PREFIXES
            .iter()
            .find_map(|prefix| {
                let rest = word.strip_prefix(prefix)?;
                (letters >= prefix.chars().count() + 3 && rest.chars().all(is_arabic_letter)).then_some(rest)
            })
            .unwrap_or(word);
        let letters = stem.chars().count();
        let stem = ARABIC_SUFFIXES
            .iter()
            .find_map(|suffix| {
                let rest = stem.strip_suffix(suffix)?;
                (letters >= suffix.chars().count() + 3 && rest.chars().all(is_arabic_letter)).then_some(rest)
            })
            .unwrap_or(stem);
        out.push_str(stem);
    }
    out
}

/// The state of [`normalize`] as it consumes decomposed characters.
struct Folder {
    out: String,
    last: Option<char>,
    run: usize,
    pending_space: bool,
}

/// Whether `c` is a Han (Chinese) character: the unified ideographs and their extensions.
pub(super) fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}' | '〇')
}

/// Folds letters typed interchangeably to one (after lower-casing).
fn fold_letter(c: char) -> char {
    match c {
        'ł' => 'l',
        'ٱ' | 'أ' | 'إ' | 'آ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        '\u{0660}'..='\u{0669}' => char::from_digit(u32::from(c) - 0x0660, 10).unwrap_or(c),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(u32::from(c) - 0x06F0, 10).unwrap_or(c),
        _ => c,
    }
}

impl Folder {
    fn push(&mut self, c: char) {
        // Tatweel only stretches a word on screen, like an accent it carries no meaning.
        if is_combining_mark(c) || matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´' | '\u{0640}') {
            return;
        }
        if is_han(c) {
            self.pending_space = !self.out.is_empty();
            self.push_letter(c);
            self.pending_space = true;
            self.last = None;
            self.run = 0;
            return;
        }
        if !c.is_alphanumeric() {
            self.pending_space = !self.out.is_empty();
            self.last = None;
            self.run = 0;
            return;
        }
        for lower in c.to_lowercase() {
            self.push_letter(fold_letter(lower));
        }
    }

    fn push_letter(&mut self, lower: char) {
        if self.pending_space {
            self.out.push(' ');
            self.pending_space = false;
        }
        if Some(lower) == self.last {
            self.run += 1;
        } else {
            self.last = Some(lower);
            self.run = 1;
        }
        match self.run {
            1 | 2 => self.out.push(lower),
            3 => {
                // A third repeat means the letter was stretched: keep a single one.
                self.out.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn accents_case_and_punctuation_fold() {
        assert_eq!(
            normalize("¿Dónde está la Migración? Ação! Kreyòl"),
            "donde esta la migracion acao kreyol"
        );
    }

    #[test]
    fn stretched_letters_squash_but_doubles_stay() {
        assert_eq!(normalize("AYUDAAAA porfavorrr"), "ayuda porfavor");
        assert_eq!(normalize("socorrooo"), "socorro");
        assert_eq!(normalize("llamar carro"), "llamar carro");
    }

    #[test]
    fn apostrophes_join_and_emoji_split() {
        assert_eq!(normalize("what's up🚨ICE"), "whats up ice");
        assert_eq!(normalize("m'ap mache"), "map mache");
    }

    #[test]
    fn arabic_folds_marks_tatweel_letter_variants_and_digits() {
        // Diacritics, tatweel, hamza forms of alef, alef maqsura and taa marbuta.
        assert_eq!(normalize("إِنَّ الشُّرْطَةَ عنـــد البـاب"), normalize("ان الشرطه عند الباب"));
        assert_eq!(normalize("أين آخر محاميٍ؟"), "اين اخر محام");
        assert_eq!(normalize("عند البـــاب"), "عند باب");
        assert_eq!(normalize("ٱلهجرة على"), "هجر علي");
        // The article and the particles written onto it go, and pronoun and plural endings; short
        // words keep theirs.
        assert_eq!(normalize("الباب بالباب والشرطة للمحامي الى"), "باب باب شرط محام الي");
        // Arabic-Indic and Persian digits, Arabic comma and semicolon.
        assert_eq!(normalize("اتصل ٨٦٠-٥٤٣،۰۱۲۳؛ الآن"), "اتصل 860 543 0123 الان");
        // Arabizi keeps its digits inside words.
        assert_eq!(
            normalize("el shorta 3and el bab, 3ayez a3mel eh?"),
            "el shorta 3and el bab 3ayez a3mel eh"
        );
        assert_eq!(normalize("7a2i2i"), "7a2i2i");
    }

    #[test]
    fn polish_l_with_stroke_folds() {
        assert_eq!(
            normalize("Złożyć skargę na policję, ŁÓDŹ"),
            "zlozyc skarge na policje lodz"
        );
    }

    #[test]
    fn han_characters_become_words_and_full_width_punctuation_splits() {
        assert_eq!(normalize("ICE在我家门口，怎么办？"), "ice 在 我 家 门 口 怎 么 办");
        assert_eq!(normalize("我需要律师lawyer"), "我 需 要 律 师 lawyer");
        assert_eq!(normalize("哈哈哈"), "哈 哈 哈");
        assert_eq!(normalize("「移民」、法院。"), "移 民 法 院");
    }

    #[test]
    fn empty_and_symbol_only_input_is_empty() {
        assert_eq!(normalize(""), "");
        assert_eq!(normalize("🙏🙏 ?!\u{0}\u{7}"), "");
    }
}
