//! Connecticut's 169 towns and the village names people type instead, from
//! `intents/ct-towns.toml` (embedded like the rest of the content), and matching what someone
//! typed against them: case, accents, spacing and typos allowed; a village gives its town.

use serde::Deserialize;

use crate::understand::normalize;

/// Where the town list lives (compiled into the binary).
pub const TOWNS_FILE: &str = "intents/ct-towns.toml";

/// Most candidates a typed name offers.
const MAX_CANDIDATES: usize = 4;
/// Least similarity (Jaro-Winkler on folded names) for a typed name to match a name.
const MIN_SIMILARITY: f64 = 0.88;

/// A Connecticut town.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Town {
    /// Its name, such as `New Haven`.
    pub name: String,
    /// Its historical county, such as `New Haven` (counties are the alert regions).
    pub county: String,
}

impl Town {
    /// The alert region of the town: its county's code, such as `new_haven`.
    pub fn region(&self) -> String {
        county_code(&self.county)
    }
}

/// The region code of a county name (`New London` → `new_london`).
pub fn county_code(county: &str) -> String {
    county.trim().to_lowercase().replace(' ', "_")
}

#[derive(Debug, Deserialize)]
struct Village {
    name: String,
    #[serde(default)]
    also: Vec<String>,
    towns: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct TownsFile {
    town: Vec<Town>,
    #[serde(default)]
    village: Vec<Village>,
}

/// The towns, and every name that leads to them.
#[derive(Debug, Clone)]
pub struct Towns {
    towns: Vec<Town>,
    /// Folded name → the towns it names (one for a town, one or more for a village).
    names: Vec<(String, Vec<usize>)>,
}

/// The town file did not parse or names a town it does not list.
#[derive(Debug, thiserror::Error)]
#[error("{TOWNS_FILE}: {0}")]
pub struct TownsError(String);

impl Towns {
    /// The towns compiled into the binary.
    pub fn embedded() -> Result<Towns, TownsError> {
        let text = crate::content::embedded_text(TOWNS_FILE).ok_or_else(|| TownsError("file is missing".into()))?;
        Towns::parse(text)
    }

    /// Parses a town file.
    pub fn parse(text: &str) -> Result<Towns, TownsError> {
        let file: TownsFile = toml::from_str(text).map_err(|e| TownsError(e.message().to_string()))?;
        let mut names: Vec<(String, Vec<usize>)> = file
            .town
            .iter()
            .enumerate()
            .map(|(i, town)| (normalize(&town.name), vec![i]))
            .collect();
        for village in &file.village {
            let towns = village
                .towns
                .iter()
                .map(|name| {
                    file.town
                        .iter()
                        .position(|t| t.name == *name)
                        .ok_or_else(|| TownsError(format!("village {} names unknown town {name}", village.name)))
                })
                .collect::<Result<Vec<_>, _>>()?;
            for name in std::iter::once(&village.name).chain(&village.also) {
                names.push((normalize(name), towns.clone()));
            }
        }
        Ok(Towns {
            towns: file.town,
            names,
        })
    }

    /// Every town, in the file's (alphabetical) order.
    pub fn all(&self) -> &[Town] {
        &self.towns
    }

    /// The town at `index`.
    pub fn get(&self, index: usize) -> Option<&Town> {
        self.towns.get(index)
    }

    /// The towns of one county, by region code (`new_haven`), as indexes.
    pub fn in_region(&self, region: &str) -> Vec<usize> {
        (0..self.towns.len())
            .filter(|&i| self.towns[i].region() == region)
            .collect()
    }

    /// The towns a typed name most likely means, best first (at most four); empty when nothing
    /// is close. An exact name (after folding case, accents and punctuation) gives its town or a
    /// village's towns, and is marked exact; otherwise the names within a typo or two.
    pub fn find(&self, typed: &str) -> TownMatch {
        let folded = strip_noise(&normalize(typed));
        if folded.is_empty() {
            return TownMatch::default();
        }
        let squashed = folded.replace(' ', "");
        let mut scored: Vec<(f64, &[usize])> = Vec::new();
        for (name, towns) in &self.names {
            let score = if *name == folded || name.replace(' ', "") == squashed {
                2.0
            } else {
                strsim::jaro_winkler(name, &folded).max(strsim::normalized_damerau_levenshtein(name, &folded))
            };
            if score >= MIN_SIMILARITY {
                scored.push((score, towns));
            }
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        let best = scored.first().map_or(0.0, |s| s.0);
        let mut found: Vec<usize> = Vec::new();
        for (score, towns) in scored {
            // An exact name wins alone; otherwise names about as close as the best one.
            if score < best - 0.04 || (best >= 2.0 && score < 2.0) {
                break;
            }
            for &town in towns {
                if !found.contains(&town) && found.len() < MAX_CANDIDATES {
                    found.push(town);
                }
            }
        }
        TownMatch {
            towns: found,
            exact: best >= 2.0,
        }
    }
}

/// What a typed town name matched.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TownMatch {
    /// The towns, best first (indexes into [`Towns::all`]).
    pub towns: Vec<usize>,
    /// Whether the name was exactly a town's or a village's (no typo).
    pub exact: bool,
}

/// Drops words people add around a town's name: "town of", "city of", "CT", "Connecticut".
fn strip_noise(folded: &str) -> String {
    let words: Vec<&str> = folded.split(' ').collect();
    let mut start = 0;
    let mut end = words.len();
    while end > start && matches!(words[end - 1], "ct" | "connecticut" | "conn") {
        end -= 1;
    }
    if end - start > 2 && matches!(words[start], "town" | "city" | "borough") && words[start + 1] == "of" {
        start += 2;
    }
    words[start..end].join(" ")
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn towns() -> Towns {
        Towns::embedded().expect("the embedded town list parses")
    }

    fn names(towns: &Towns, typed: &str) -> Vec<String> {
        towns
            .find(typed)
            .towns
            .into_iter()
            .map(|i| towns.all()[i].name.clone())
            .collect()
    }

    #[test]
    fn there_are_169_towns_in_the_eight_counties() {
        let towns = towns();
        assert_eq!(towns.all().len(), 169);
        let mut per_county: BTreeMap<String, usize> = BTreeMap::new();
        for town in towns.all() {
            *per_county.entry(town.county.clone()).or_default() += 1;
        }
        let expected = [
            ("Fairfield", 23),
            ("Hartford", 29),
            ("Litchfield", 26),
            ("Middlesex", 15),
            ("New Haven", 27),
            ("New London", 21),
            ("Tolland", 13),
            ("Windham", 15),
        ];
        assert_eq!(
            per_county,
            expected
                .iter()
                .map(|(c, n)| ((*c).to_string(), *n))
                .collect::<BTreeMap<_, _>>()
        );
        for town in towns.all() {
            assert!(crate::store::REGIONS.contains(&town.region().as_str()), "{}", town.name);
        }
        assert_eq!(towns.in_region("tolland").len(), 13);
    }

    #[test]
    fn typed_names_match_with_case_accents_and_typos() {
        let towns = towns();
        assert_eq!(names(&towns, "new haven"), ["New Haven"]);
        assert_eq!(names(&towns, "  NEW-HAVEN, CT "), ["New Haven"]);
        assert_eq!(names(&towns, "Newhaven"), ["New Haven"]);
        assert_eq!(names(&towns, "Bridgeprot"), ["Bridgeport"]);
        // One letter off two towns: both are offered.
        let stanford = names(&towns, "Stanford");
        assert!(stanford.contains(&"Stamford".to_string()) && stanford.contains(&"Stafford".to_string()));
        assert_eq!(names(&towns, "Hártford"), ["Hartford"]);
        assert_eq!(names(&towns, "town of Danbury"), ["Danbury"]);
        assert!(names(&towns, "Waterbery").contains(&"Waterbury".to_string()));
    }

    #[test]
    fn villages_give_their_towns() {
        let towns = towns();
        assert_eq!(names(&towns, "Willimantic"), ["Windham"]);
        assert_eq!(names(&towns, "storrs"), ["Mansfield"]);
        assert_eq!(names(&towns, "SoNo"), ["Norwalk"]);
        assert_eq!(names(&towns, "Mystic"), ["Groton", "Stonington"]);
        let found = towns.find("Willimantic");
        assert!(found.exact);
        let windham = found.towns[0];
        assert_eq!(towns.all()[windham].region(), "windham");
    }

    #[test]
    fn nonsense_matches_nothing() {
        let towns = towns();
        assert!(towns.find("").towns.is_empty());
        assert!(towns.find("!!!").towns.is_empty());
        assert!(towns.find("Chicago").towns.is_empty());
        assert!(towns.find("asdfghjkl").towns.is_empty());
        assert!(!towns.find("Bridgeprot").exact);
    }
}
