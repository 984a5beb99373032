//! Text normalization for matching: the same message typed with or without accents, in capitals,
//! with stretched letters or emoji, normalizes to the same words.

use unicode_normalization::char::is_combining_mark;

/// Folds `text` to lower-case ASCII-ish words separated by single spaces.
///
/// Steps: Unicode NFKD; combining marks (accents) dropped; lower case; apostrophes joined
/// (`what's` → `whats`, `m'ap` → `map`); every other non-alphanumeric character (punctuation,
/// emoji, symbols, control characters) becomes a space; a letter repeated three or more times is
/// squashed to one (`ayudaaa` → `ayuda`), while doubles (`rr`, `ll`, `ss`) are kept.
///
/// ```
/// use kyr::understand::normalize;
///
/// assert_eq!(normalize("¡AYUDAAA! La migra está en mi puerta 🚨"), "ayuda la migra esta en mi puerta");
/// assert_eq!(normalize("M'ap rele lapolis"), normalize("map rele lapolis"));
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
    folder.out
}

/// The state of [`normalize`] as it consumes decomposed characters.
struct Folder {
    out: String,
    last: Option<char>,
    run: usize,
    pending_space: bool,
}

impl Folder {
    fn push(&mut self, c: char) {
        if is_combining_mark(c) || matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´') {
            return;
        }
        if !c.is_alphanumeric() {
            self.pending_space = !self.out.is_empty();
            self.last = None;
            self.run = 0;
            return;
        }
        for lower in c.to_lowercase() {
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
