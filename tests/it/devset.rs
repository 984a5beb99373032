//! The two held-out dev sets (`tests/devset/*.tsv`, `tests/devset2/*.tsv`): messages written
//! independently of the examples in `intents/examples/`, classified through the same public path as
//! `kyr classify`; and the messages in languages kyr does not speak, and the Kreyòl and Portuguese
//! look-alikes (`tests/devset2/foreign.tsv`, `lookalike.tsv`). Fails below the floors; run with
//! `--nocapture` to see per-file accuracy and the confusions:
//!
//! ```text
//! cargo test --release --test it devset -- --nocapture
//! ```
//!
//! The floors sit a little under what the shipped setting measures (README, "Understanding"); the
//! setting itself is chosen by cross-validation (`cargo run --release --example tune`), not here.

use std::collections::BTreeMap;

use kyr::content::Priority;
use kyr::understand::Outcome;

/// One labelled message.
struct Case {
    file: &'static str,
    expected: Option<String>,
    lang: Option<String>,
    text: String,
}

const DEV1: [(&str, &str); 5] = [
    ("en", include_str!("../devset/en.tsv")),
    ("es", include_str!("../devset/es.tsv")),
    ("pt", include_str!("../devset/pt.tsv")),
    ("ht", include_str!("../devset/ht.tsv")),
    ("mixed", include_str!("../devset/mixed.tsv")),
];

const DEV2: [(&str, &str); 9] = [
    ("en", include_str!("../devset2/en.tsv")),
    ("es", include_str!("../devset2/es.tsv")),
    ("pt", include_str!("../devset2/pt.tsv")),
    ("ht", include_str!("../devset2/ht.tsv")),
    ("fr", include_str!("../devset2/fr.tsv")),
    ("pl", include_str!("../devset2/pl.tsv")),
    ("zh", include_str!("../devset2/zh.tsv")),
    ("ar", include_str!("../devset2/ar.tsv")),
    ("mixed", include_str!("../devset2/mixed.tsv")),
];

/// The languages added by issue 15, whose dev-set files have their own floor.
const NEW_LANGUAGES: [&str; 4] = ["fr", "pl", "zh", "ar"];

/// The floors one dev set must meet.
struct Floors {
    overall: f64,
    per_file: f64,
    /// Top-1 each of [`NEW_LANGUAGES`] must reach (dev set 2 holds them).
    new_language: f64,
    rejection: f64,
    urgent_missed: f64,
    language: f64,
}

fn load(files: &[(&'static str, &'static str)]) -> Vec<Case> {
    let mut cases = Vec::new();
    for &(file, text) in files {
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (label, lang, message) = match cols.as_slice() {
                [label, lang, message] => (*label, Some(lang.to_string()), *message),
                [label, message] => (*label, (file != "mixed").then(|| file.to_string()), *message),
                _ => panic!("malformed dev-set line in {file}: {line:?}"),
            };
            cases.push(Case {
                file,
                expected: (label != "none").then(|| label.to_string()),
                lang,
                text: message.to_string(),
            });
        }
    }
    cases
}

#[derive(Default)]
struct Tally {
    total: usize,
    correct: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.correct += usize::from(ok);
    }
    fn rate(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }
}

fn catalog() -> &'static kyr::Catalog {
    static CATALOG: std::sync::OnceLock<kyr::Catalog> = std::sync::OnceLock::new();
    CATALOG.get_or_init(|| kyr::check::load_embedded().expect("content loads"))
}

#[test]
fn dev_set_1_meets_accuracy_floors() {
    meets_floors(
        "dev set 1",
        &DEV1,
        &Floors {
            overall: 0.90,
            per_file: 0.85,
            new_language: 0.90,
            rejection: 0.85,
            urgent_missed: 0.05,
            language: 0.90,
        },
    );
}

/// Dev set 2 is written to the kinds of message kyr misreads most (README, "Understanding"): its
/// floors are lower on out-of-scope rejection and urgent misses, where it measures lower.
#[test]
fn dev_set_2_meets_accuracy_floors() {
    meets_floors(
        "dev set 2",
        &DEV2,
        &Floors {
            overall: 0.91,
            per_file: 0.88,
            new_language: 0.90,
            rejection: 0.82,
            urgent_missed: 0.07,
            language: 0.90,
        },
    );
}

fn meets_floors(name: &str, files: &[(&'static str, &'static str)], floors: &Floors) {
    let catalog = catalog();
    let cases = load(files);
    let mut overall = Tally::default();
    let mut per_file: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut rejection = Tally::default();
    let mut urgent = Tally::default();
    let mut language = Tally::default();
    let mut confusions: BTreeMap<(String, String), usize> = BTreeMap::new();
    for case in &cases {
        if NEW_LANGUAGES.contains(&case.file) {
            assert_ne!(
                catalog.understand(&case.text).outcome,
                Outcome::OtherLanguage,
                "{}: taken for a language kyr does not speak: {}",
                case.file,
                case.text
            );
        }
        let result = &catalog.classify(&case.text, None);
        let ok = result.intent == case.expected;
        overall.add(ok);
        per_file.entry(case.file).or_default().add(ok);
        match &case.expected {
            None => rejection.add(result.intent.is_none()),
            Some(id) => {
                let index = catalog
                    .intent_index(id)
                    .unwrap_or_else(|| panic!("dev set uses unknown intent {id}"));
                if catalog.intent(index).priority == Priority::Urgent {
                    urgent.add(ok);
                }
            }
        }
        if let (Some(lang), true) = (&case.lang, case.expected.is_some()) {
            language.add(&result.lang == lang);
        }
        if !ok {
            let expected = case.expected.clone().unwrap_or_else(|| "none".into());
            let got = result.intent.clone().unwrap_or_else(|| "none".into());
            *confusions.entry((expected, got)).or_default() += 1;
        }
    }
    println!("{name}: {} messages", overall.total);
    println!("  overall top-1      {:.1}%", overall.rate() * 100.0);
    for (file, tally) in &per_file {
        println!(
            "  {file:<6} top-1       {:.1}% ({}/{})",
            tally.rate() * 100.0,
            tally.correct,
            tally.total
        );
    }
    println!(
        "  out-of-scope rejected {:.1}% ({}/{})",
        rejection.rate() * 100.0,
        rejection.correct,
        rejection.total
    );
    println!(
        "  urgent missed      {:.1}% ({}/{})",
        (1.0 - urgent.rate()) * 100.0,
        urgent.total - urgent.correct,
        urgent.total
    );
    println!("  reply language     {:.1}%", language.rate() * 100.0);
    let mut top: Vec<_> = confusions.into_iter().collect();
    top.sort_by_key(|entry| std::cmp::Reverse(entry.1));
    println!("  most frequent confusions (expected -> got):");
    for ((expected, got), n) in top.iter().take(15) {
        println!("    {n:>3}  {expected} -> {got}");
    }
    assert!(
        overall.rate() >= floors.overall,
        "{name}: overall top-1 {:.3} is below {}",
        overall.rate(),
        floors.overall
    );
    for (file, tally) in &per_file {
        if NEW_LANGUAGES.contains(file) {
            let floor = floors.new_language;
            assert!(
                tally.rate() >= floor,
                "{name}: {file} top-1 {:.3} is below {floor}",
                tally.rate()
            );
        }
        assert!(
            tally.rate() >= floors.per_file,
            "{name}: {file} top-1 {:.3} is below {}",
            tally.rate(),
            floors.per_file
        );
    }
    assert!(
        rejection.rate() >= floors.rejection,
        "{name}: out-of-scope rejection {:.3} is below {}",
        rejection.rate(),
        floors.rejection
    );
    assert!(
        1.0 - urgent.rate() <= floors.urgent_missed,
        "{name}: urgent intents missed {:.3}, at most {} allowed",
        1.0 - urgent.rate(),
        floors.urgent_missed
    );
    assert!(
        language.rate() >= floors.language,
        "{name}: reply language right only {:.3}",
        language.rate()
    );
}

fn lines(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    text.lines().filter(|l| !l.trim().is_empty()).map(|line| {
        line.split_once('\t')
            .unwrap_or_else(|| panic!("malformed line: {line:?}"))
    })
}

/// Messages in languages kyr does not speak get no topic: `kyr classify` says `null`, and the
/// conversation says which languages kyr speaks.
#[test]
fn messages_in_other_languages_get_no_guessed_topic() {
    let catalog = catalog();
    let (mut caught, mut total) = (0usize, 0usize);
    let mut missed: BTreeMap<&str, usize> = BTreeMap::new();
    for (code, text) in lines(include_str!("../devset2/foreign.tsv")) {
        if let Some(lang) = kyr::Lang::from_tag(code) {
            // Written when kyr did not speak them: now they must be understood, not refused.
            let decision = catalog.understand(text);
            assert_ne!(decision.outcome, Outcome::OtherLanguage, "{code}: {text}");
            assert_eq!(decision.lang, Some(lang), "{code}: {text}");
            continue;
        }
        total += 1;
        if catalog.understand(text).outcome == Outcome::OtherLanguage {
            caught += 1;
            assert_eq!(catalog.classify(text, None).intent, None, "{text}");
        } else {
            *missed.entry(code).or_default() += 1;
        }
    }
    println!("other languages recognised: {caught}/{total}; missed by language: {missed:?}");
    assert!(caught * 100 >= total * 90, "only {caught} of {total} recognised");
}

/// Haitian Creole is never taken for French (nor French for Kreyòl), and Portuguese never for
/// Spanish or Polish.
#[test]
fn kreyol_is_never_french_and_portuguese_never_spanish() {
    let catalog = catalog();
    let (mut ht, mut pt) = (0usize, 0usize);
    for (lang, text) in lines(include_str!("../devset2/lookalike.tsv")) {
        let decision = catalog.understand(text);
        assert_ne!(decision.outcome, Outcome::OtherLanguage, "{lang}: {text}");
        match lang {
            "ht" => {
                ht += 1;
                assert_ne!(decision.lang, Some(kyr::Lang::Fr), "Kreyòl taken for French: {text}");
            }
            "pt" => {
                pt += 1;
                assert_ne!(
                    decision.lang,
                    Some(kyr::Lang::Es),
                    "Portuguese taken for Spanish: {text}"
                );
                assert_ne!(
                    decision.lang,
                    Some(kyr::Lang::Pl),
                    "Portuguese taken for Polish: {text}"
                );
            }
            other => panic!("unexpected language {other}"),
        }
    }
    assert!(ht >= 100 && pt >= 100, "{ht} Kreyòl and {pt} Portuguese messages");
}

/// The look-alike pairs over hundreds of messages each: every Kreyòl and Portuguese message of
/// both dev sets, and every French and Polish one (dev set 2, and the French and Polish messages
/// once kept to recognise languages kyr did not speak), in the language it is written in, or at
/// least never in its look-alike, and never refused as another language.
#[test]
fn french_and_kreyol_polish_and_portuguese_are_told_apart() {
    let catalog = catalog();
    let mut files: Vec<(&str, &str)> = DEV1.iter().chain(&DEV2).copied().collect();
    files.retain(|(code, _)| matches!(*code, "ht" | "pt" | "fr" | "pl"));
    let mut messages: Vec<(&str, &str)> = files
        .iter()
        .flat_map(|&(code, text)| {
            text.lines()
                .filter_map(|l| l.split_once('\t'))
                .map(move |(_, message)| (code, message))
        })
        .collect();
    messages.extend(lines(include_str!("../devset2/formerly-other.tsv")));
    let mut per_lang: BTreeMap<&str, Tally> = BTreeMap::new();
    for (code, text) in messages {
        let decision = catalog.understand(text);
        assert_ne!(decision.outcome, Outcome::OtherLanguage, "{code}: {text}");
        let lookalike = match code {
            "ht" => kyr::Lang::Fr,
            "fr" => kyr::Lang::Ht,
            "pt" => kyr::Lang::Pl,
            _ => kyr::Lang::Pt,
        };
        assert_ne!(decision.lang, Some(lookalike), "{code} taken for {lookalike}: {text}");
        per_lang
            .entry(code)
            .or_default()
            .add(decision.lang.map(kyr::Lang::code) == Some(code));
    }
    for (code, tally) in &per_lang {
        println!("{code}: language right {}/{}", tally.correct, tally.total);
        assert!(tally.total >= 190, "{code}: only {} messages", tally.total);
        assert!(tally.rate() >= 0.97, "{code}: language right only {:.3}", tally.rate());
    }
}
