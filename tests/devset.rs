//! The held-out dev set (`tests/devset/*.tsv`): messages written independently of the examples in
//! `intents/examples/`, classified through the same public path as `kyr classify`. Fails below
//! the accuracy floors; run with `--nocapture` to see per-language accuracy and the confusions.

use std::collections::BTreeMap;

use kyr::content::Priority;
use kyr::Catalog;

/// One labelled message.
struct Case {
    file: &'static str,
    expected: Option<String>,
    lang: Option<String>,
    text: String,
}

fn load() -> Vec<Case> {
    let files: [(&str, &str); 5] = [
        ("en", include_str!("devset/en.tsv")),
        ("es", include_str!("devset/es.tsv")),
        ("pt", include_str!("devset/pt.tsv")),
        ("ht", include_str!("devset/ht.tsv")),
        ("mixed", include_str!("devset/mixed.tsv")),
    ];
    let mut cases = Vec::new();
    for (file, text) in files {
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

#[test]
fn dev_set_meets_accuracy_floors() {
    let catalog = kyr::check::load_embedded().expect("content loads");
    let cases = load();
    let mut overall = Tally::default();
    let mut per_file: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut rejection = Tally::default();
    let mut urgent = Tally::default();
    let mut language = Tally::default();
    let mut confusions: BTreeMap<(String, String), usize> = BTreeMap::new();
    for case in &cases {
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
    println!("dev set: {} messages", overall.total);
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
        overall.rate() >= 0.90,
        "overall top-1 {:.3} is below 0.90",
        overall.rate()
    );
    for (file, tally) in &per_file {
        assert!(tally.rate() >= 0.85, "{file} top-1 {:.3} is below 0.85", tally.rate());
    }
    assert!(
        rejection.rate() >= 0.85,
        "out-of-scope rejection {:.3} is below 0.85",
        rejection.rate()
    );
    assert!(
        urgent.rate() >= 0.95,
        "urgent intents missed {:.3}, at most 0.05 allowed",
        1.0 - urgent.rate()
    );
    assert!(
        language.rate() >= 0.90,
        "reply language right only {:.3}",
        language.rate()
    );
}
