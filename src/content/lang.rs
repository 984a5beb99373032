//! The four languages kyr speaks, and how a language is chosen for a reply.

use std::fmt;
use std::str::FromStr;

/// A language kyr answers in. English is the fallback of every other language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English.
    En,
    /// Spanish.
    Es,
    /// Brazilian Portuguese.
    Pt,
    /// Haitian Creole (Kreyòl ayisyen).
    Ht,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Pt, Lang::Ht];

    /// The two-letter code used in file names, deep links and Telegram (`en`, `es`, `pt`, `ht`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::Ht => "ht",
        }
    }

    /// Parses a code or an IETF tag such as `pt-BR` or `es_419`; `None` for other languages.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "pt" => Some(Lang::Pt),
            "ht" => Some(Lang::Ht),
            _ => None,
        }
    }

    /// Position in [`Lang::ALL`], for per-language tables.
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Error for a language code kyr does not speak.
#[derive(Debug, thiserror::Error)]
#[error("unknown language {0:?}: use one of en, es, pt, ht")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_tag(s).ok_or_else(|| UnknownLang(s.to_string()))
    }
}

/// Picks the language of a reply: the user's explicit choice, else the language of the message,
/// else the client's language (Telegram's `language_code`), else English.
pub fn choose(explicit: Option<Lang>, message: Option<Lang>, client: Option<&str>) -> Lang {
    explicit
        .or(message)
        .or_else(|| client.and_then(Lang::from_tag))
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_with_regions_map_to_their_language() {
        assert_eq!(Lang::from_tag("pt-BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_tag("es_419"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("HT"), Some(Lang::Ht));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn explicit_choice_beats_message_beats_client() {
        assert_eq!(choose(Some(Lang::Ht), Some(Lang::Es), Some("pt")), Lang::Ht);
        assert_eq!(choose(None, Some(Lang::Es), Some("pt")), Lang::Es);
        assert_eq!(choose(None, None, Some("pt-BR")), Lang::Pt);
        assert_eq!(choose(None, None, Some("fr")), Lang::En);
        assert_eq!(choose(None, None, None), Lang::En);
    }
}
