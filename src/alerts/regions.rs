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
