//! The languages kyr speaks, and how a language is chosen for a reply.

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
    /// French.
    Fr,
    /// Polish.
    Pl,
    /// Simplified Chinese (also the answer to Traditional Chinese tags, until kyr speaks it).
    Zh,
    /// Arabic (Modern Standard Arabic), written right to left.
    Ar,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 8] = [
        Lang::En,
        Lang::Es,
        Lang::Pt,
        Lang::Ht,
        Lang::Fr,
        Lang::Pl,
        Lang::Zh,
        Lang::Ar,
    ];

    /// The two-letter code used in file names, deep links and Telegram (`en`, `es`, `pt`, `ht`,
    /// `fr`, `pl`, `zh`, `ar`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::Ht => "ht",
            Lang::Fr => "fr",
            Lang::Pl => "pl",
            Lang::Zh => "zh",
            Lang::Ar => "ar",
        }
    }

    /// Whether the language is written right to left, so numbers and links inside its text
    /// need isolating.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// Parses a code or an IETF tag such as `pt-BR`, `es_419`, `fr-CA`, `zh-Hans` or `ar-SA`;
    /// `None` for other languages. Traditional Chinese (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`)
    /// maps to [`Lang::Zh`], which is Simplified: see [`is_traditional_chinese`].
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
            "fr" => Some(Lang::Fr),
            "pl" => Some(Lang::Pl),
            // `zh` with any script or region; `cmn` is Mandarin's own code.
            "zh" | "cmn" => Some(Lang::Zh),
            "ar" => Some(Lang::Ar),
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
#[error("unknown language {0:?}: use one of en, es, pt, ht, fr, pl, zh, ar")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_tag(s).ok_or_else(|| UnknownLang(s.to_string()))
    }
}

/// Whether a client tag asks for Traditional Chinese (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`,
/// in any case, with `-` or `_`), which kyr answers in Simplified Chinese, saying so once.
pub fn is_traditional_chinese(tag: &str) -> bool {
    let lower = tag.trim().to_ascii_lowercase();
    let mut parts = lower.split(['-', '_']);
    if parts.next() != Some("zh") {
        return false;
    }
    // A script subtag decides; without one, the region implies the script.
    let rest: Vec<&str> = parts.collect();
    if rest.contains(&"hans") {
        return false;
    }
    rest.iter().any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"))
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
        assert_eq!(Lang::from_tag("it"), None);
        assert_eq!(Lang::from_tag("fa-IR"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn telegram_tags_of_the_new_languages_map_to_them() {
        for (tag, lang) in [
            ("fr", Lang::Fr),
            ("fr-CA", Lang::Fr),
            ("fr_FR", Lang::Fr),
            ("pl", Lang::Pl),
            ("pl-PL", Lang::Pl),
            ("zh", Lang::Zh),
            ("zh-hans", Lang::Zh),
            ("zh-Hans-CN", Lang::Zh),
            ("zh-CN", Lang::Zh),
            ("zh-SG", Lang::Zh),
            ("zh-Hant", Lang::Zh),
            ("zh-TW", Lang::Zh),
            ("zh-hk", Lang::Zh),
            ("zh_MO", Lang::Zh),
            ("ar", Lang::Ar),
            ("ar-SA", Lang::Ar),
            ("ar-EG", Lang::Ar),
        ] {
            assert_eq!(Lang::from_tag(tag), Some(lang), "{tag}");
        }
        for tag in ["zh-Hant", "zh-TW", "zh-hk", "zh_MO", "ZH-HANT-TW"] {
            assert!(is_traditional_chinese(tag), "{tag}");
        }
        for tag in ["zh", "zh-hans", "zh-CN", "zh-SG", "zh-Hans-HK", "fr-CA", "ar-SA", ""] {
            assert!(!is_traditional_chinese(tag), "{tag}");
        }
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
        }
    }

    #[test]
    fn explicit_choice_beats_message_beats_client() {
        assert_eq!(choose(Some(Lang::Ht), Some(Lang::Es), Some("pt")), Lang::Ht);
        assert_eq!(choose(None, Some(Lang::Es), Some("pt")), Lang::Es);
        assert_eq!(choose(None, None, Some("pt-BR")), Lang::Pt);
        assert_eq!(choose(None, None, Some("fr-CA")), Lang::Fr);
        assert_eq!(choose(None, None, Some("it")), Lang::En);
        assert_eq!(choose(None, None, None), Lang::En);
    }
}
