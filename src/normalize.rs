//! Text normalization for matching: the same message typed with or without accents, in capitals,
//! with stretched letters or emoji, normalizes to the same words.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Folds `text` to lower-case ASCII-ish words separated by single spaces.
///
/// Steps: Unicode NFKD; combining marks (accents) dropped; lower case; apostrophes joined
/// (`what's` → `whats`, `m'ap` → `map`); every other non-alphanumeric character (punctuation,
/// emoji, symbols, control characters) becomes a space; a letter repeated three or more times is
/// squashed to one (`ayudaaa` → `ayuda`), while doubles (`rr`, `ll`, `ss`) are kept.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last: Option<char> = None;
    let mut run = 0usize;
    let mut pending_space = false;
    for c in text.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        if matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´') {
            continue;
        }
        if !c.is_alphanumeric() {
            pending_space = !out.is_empty();
            last = None;
            run = 0;
            continue;
        }
        for lower in c.to_lowercase() {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            if Some(lower) == last {
                run += 1;
            } else {
                last = Some(lower);
                run = 1;
            }
            match run {
                1 | 2 => out.push(lower),
                3 => {
                    // A third repeat means the letter was stretched: keep a single one.
                    out.pop();
                }
                _ => {}
            }
        }
    }
    out
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
    fn empty_and_symbol_only_input_is_empty() {
        assert_eq!(normalize(""), "");
        assert_eq!(normalize("🙏🙏 ?!\u{0}\u{7}"), "");
    }
}
