//! Tunes the matcher's decision thresholds on the dev set (`tests/devset/`) and prints the
//! accuracy of each setting, so a change to the examples can be followed by a re-tune:
//!
//!     cargo run --release --example tune
//!
//! Output: one line per threshold setting, best first, with overall top-1, the worst language,
//! out-of-scope rejection and the urgent miss rate.

use kyr::content;
use kyr::understand::{IntentSpec, Matcher, Outcome, Thresholds, Weighting};
use kyr::Catalog;

fn main() {
    let catalog = Catalog::load_unchecked(&content::embedded_sources()).expect("content loads");
    let mut cases: Vec<(String, Option<usize>, String)> = Vec::new();
    for file in ["en", "es", "pt", "ht", "mixed"] {
        let text = std::fs::read_to_string(format!("tests/devset/{file}.tsv")).expect("run from the project root");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (label, message) = (cols[0], cols[cols.len() - 1]);
            let expected = (label != "none").then(|| catalog.intent_index(label).expect("known intent"));
            cases.push((file.to_string(), expected, message.to_string()));
        }
    }
    let specs: Vec<IntentSpec<'_>> = catalog
        .intents()
        .iter()
        .map(|i| IntentSpec {
            id: &i.id,
            urgent: i.priority == kyr::content::Priority::Urgent,
        })
        .collect();
    let mut results = Vec::new();
    let grid: Vec<(f32, f32, f32)> = std::env::args()
        .nth(1)
        .map(|_| vec![(0.005, 0.4, 0.20)])
        .unwrap_or_else(|| {
            let mut grid = Vec::new();
            for common in [0.02f32, 0.005] {
                for share in [0.0f32, 0.2, 0.4] {
                    for reject in [0.18f32, 0.22, 0.26] {
                        grid.push((common, share, reject));
                    }
                }
            }
            grid
        });
    for (common, share, reject) in grid {
        let weighting = Weighting {
            common_feature_share: common,
            best_example_share: share,
            ..Weighting::default()
        };
        let thresholds = Thresholds {
            reject,
            urgent_reject: reject - 0.06,
            ..Thresholds::default()
        };
        let matcher = Matcher::build_weighted(&specs, catalog.examples(), thresholds, weighting);
        let mut by_file = std::collections::BTreeMap::<String, (usize, usize)>::new();
        let (mut ok, mut oos, mut oos_ok, mut urgent, mut urgent_ok) = (0, 0, 0, 0, 0);
        let (mut ranked_ok, mut in_domain) = (0, 0);
        for (file, expected, text) in &cases {
            let decision = matcher.decide(text);
            let got = match decision.outcome {
                Outcome::NoIntent => None,
                _ => decision.ranked.first().map(|s| s.intent),
            };
            let hit = got == *expected;
            if expected.is_some() {
                in_domain += 1;
                ranked_ok += usize::from(decision.ranked.first().map(|s| s.intent) == *expected);
            }
            ok += usize::from(hit);
            let entry = by_file.entry(file.clone()).or_default();
            entry.0 += usize::from(hit);
            entry.1 += 1;
            match expected {
                None => {
                    oos += 1;
                    oos_ok += usize::from(hit);
                }
                Some(i) if catalog.intent(*i).priority == kyr::content::Priority::Urgent => {
                    urgent += 1;
                    urgent_ok += usize::from(hit);
                }
                _ => {}
            }
        }
        let worst = by_file
            .iter()
            .map(|(f, (c, t))| (f.clone(), *c as f64 / *t as f64))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .unwrap_or_default();
        let per: Vec<String> = by_file
            .iter()
            .map(|(f, (c, t))| format!("{f} {:.1}", 100.0 * *c as f64 / *t as f64))
            .collect();
        results.push((
            ok as f64 / cases.len() as f64,
            format!(
                "common {common:.3} share {share:.1} reject {reject:.2}: top-1 {:.1}%  [{}]  worst {} {:.1}%  oos rejected {:.1}%  urgent missed {:.1}%  ranking ceiling {:.1}%",
                100.0 * ok as f64 / cases.len() as f64,
                per.join(", "),
                worst.0,
                worst.1 * 100.0,
                100.0 * oos_ok as f64 / oos.max(1) as f64,
                100.0 * (urgent - urgent_ok) as f64 / urgent.max(1) as f64,
                100.0 * ranked_ok as f64 / in_domain.max(1) as f64
            ),
        ));
    }
    results.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (_, line) in results {
        println!("{line}");
    }
    // How often a confident answer (no "did you mean") is right, for candidate settings.
    let matcher = catalog.matcher();
    let decided: Vec<_> = cases
        .iter()
        .map(|(_, expected, text)| (*expected, matcher.decide(text)))
        .collect();
    for confident in [0.25f32, 0.30, 0.35, 0.40, 0.45] {
        for margin in [0.04f32, 0.08, 0.12] {
            let (mut shown, mut right, mut answered) = (0, 0, 0);
            for (expected, decision) in &decided {
                if decision.outcome == Outcome::NoIntent {
                    continue;
                }
                answered += 1;
                let top = decision.ranked[0];
                let runner = decision.ranked.get(1).map_or(0.0, |s| s.score);
                if top.score >= confident && top.score - runner >= margin {
                    shown += 1;
                    right += usize::from(Some(top.intent) == *expected);
                }
            }
            println!(
                "confident {confident:.2} margin {margin:.2}: {:.1}% of answers confident, {:.1}% of those right",
                100.0 * shown as f64 / answered.max(1) as f64,
                100.0 * right as f64 / shown.max(1) as f64
            );
        }
    }
}
