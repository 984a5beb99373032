//! Speed of understanding and start-up.
//!
//!     cargo bench --bench matcher
//!
//! `classify/message` is the cost of one message, cycling through dev set 1's 1,600 realistic
//! messages and dev set 2's French, Polish, Chinese and Arabic ones (all eight languages, typos,
//! out-of-scope); `startup/load_validate_index` loads, validates
//! and indexes all content, as the bot does once at start. Before the criterion runs, the per-
//! message distribution (p50, p90, p99) over the dev set is printed.

use std::hint::black_box;
use std::time::Instant;

use criterion::{criterion_main, Criterion};
use kyr::Catalog;

fn dev_messages() -> Vec<String> {
    [
        "devset/en",
        "devset/es",
        "devset/pt",
        "devset/ht",
        "devset/mixed",
        "devset2/fr",
        "devset2/pl",
        "devset2/zh",
        "devset2/ar",
    ]
    .iter()
    .flat_map(|file| {
        let text = std::fs::read_to_string(format!("{}/tests/{file}.tsv", env!("CARGO_MANIFEST_DIR")))
            .expect("dev set present");
        text.lines()
            .filter_map(|line| line.rsplit('\t').next().map(str::to_string))
            .collect::<Vec<_>>()
    })
    .collect()
}

fn percentiles(catalog: &Catalog, messages: &[String]) {
    let mut nanos: Vec<u128> = Vec::with_capacity(messages.len() * 5);
    for _ in 0..5 {
        for message in messages {
            let start = Instant::now();
            black_box(catalog.understand(black_box(message)));
            nanos.push(start.elapsed().as_nanos());
        }
    }
    nanos.sort_unstable();
    let at = |percent: usize| nanos[(nanos.len() - 1) * percent / 100] as f64 / 1000.0;
    eprintln!(
        "classify per message over {} runs: p50 {:.1} µs, p90 {:.1} µs, p99 {:.1} µs, max {:.1} µs",
        nanos.len(),
        at(50),
        at(90),
        at(99),
        at(100)
    );
}

fn bench(c: &mut Criterion) {
    let catalog = kyr::check::load_embedded().expect("content loads");
    let messages = dev_messages();
    percentiles(&catalog, &messages);
    let mut next = 0usize;
    c.bench_function("classify/message", |b| {
        b.iter(|| {
            next = (next + 1) % messages.len();
            black_box(catalog.understand(black_box(&messages[next])))
        })
    });
    c.bench_function("classify/ice_at_door_en", |b| {
        b.iter(|| black_box(catalog.understand(black_box("ICE is at my door what do I do"))))
    });
    c.bench_function("classify/long_4096_chars", |b| {
        let long = "la migra esta en mi puerta y no se que hacer ".repeat(92);
        b.iter(|| black_box(catalog.understand(black_box(&long))))
    });
    let mut group = c.benchmark_group("startup");
    group.sample_size(20);
    // Dropping the catalog is not part of start-up, so it is left out of the timing.
    group.bench_function("load_validate_index", |b| {
        b.iter_with_large_drop(|| kyr::check::load_embedded().expect("content loads"))
    });
    group.finish();
}

// In a private module, the `pub fn` that `criterion_group!` generates needs no doc comment.
mod group {
    criterion::criterion_group!(benches, super::bench);
}
criterion_main!(group::benches);
