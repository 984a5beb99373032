//! The regions alerts go to: all of Connecticut, or one of its eight counties.

use crate::content::{Content, Lang};
use crate::store::{REGIONS, STATEWIDE};

/// Display names of the regions (county names are proper nouns and stay as they are).
const REGION_NAMES: [(&str, &str); 8] = [
    ("fairfield", "Fairfield County"),
    ("hartford", "Hartford County"),
    ("litchfield", "Litchfield County"),
    ("middlesex", "Middlesex County"),
    ("new_haven", "New Haven County"),
    ("new_london", "New London County"),
    ("tolland", "Tolland County"),
    ("windham", "Windham County"),
];

/// Whether `code` is a region kyr knows (a county, or statewide).
pub fn is_region(code: &str) -> bool {
    code == STATEWIDE || REGIONS.contains(&code)
}

/// A region's name in `lang`.
pub fn region_name(content: &Content, lang: Lang, code: &str) -> String {
    if code == STATEWIDE {
        return content.locales().text(lang, "subscribe-statewide");
    }
    REGION_NAMES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or_else(|| code.to_string(), |(_, name)| (*name).to_string())
}

#[cfg(test)]
mod tests {
    use super::{is_region, region_name};
    use crate::content::{Content, Lang};
    use crate::store::{REGIONS, STATEWIDE};

    #[test]
    fn counties_and_statewide_are_regions_and_nothing_else() {
        assert!(is_region("windham") && is_region(STATEWIDE) && !is_region("boston"));
        assert!(REGIONS.iter().all(|code| is_region(code)));
        assert!(!is_region("") && !is_region("Windham"));
    }

    #[test]
    fn every_region_has_a_name_in_every_language() {
        let content = Content::embedded().expect("the built-in content loads");
        assert_eq!(region_name(&content, Lang::Es, "new_london"), "New London County");
        for lang in Lang::ALL {
            for code in REGIONS {
                let name = region_name(&content, lang, code);
                assert!(name.ends_with(" County"), "{lang} {code}: {name}");
            }
            let statewide = region_name(&content, lang, STATEWIDE);
            assert!(!statewide.is_empty() && statewide != STATEWIDE, "{lang}: {statewide}");
        }
        assert!(region_name(&content, Lang::Pt, STATEWIDE).contains("Connecticut inteiro"));
    }
}
