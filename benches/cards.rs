//! Speed of drawing the rights card and the flyers.
//!
//!     cargo bench --bench cards
//!
//! `card/front_png` and `card/back_png` draw one side from the content to PNG bytes (SVG built,
//! parsed, text shaped, rasterized at 1050 × 600, PNG encoded): what the bot does once per
//! language before its first upload. `card/sheet_pdf` is the ten-card print sheet, `flyer/*` one
//! half-letter flyer, and `check/all_cards_and_flyers` the layout check `kyr check` runs on every
//! card and flyer in every language.

use std::hint::black_box;

use criterion::{criterion_main, Criterion};
use kyr::print::{self, Side};
use kyr::Lang;

fn bench(c: &mut Criterion) {
    let catalog = kyr::check::load_embedded().expect("content loads");
    let content = catalog.content();
    let door = catalog.intent_index("ice_at_door").expect("ice_at_door");
    let mut group = c.benchmark_group("card");
    group.sample_size(20);
    group.bench_function("front_png", |b| {
        b.iter(|| black_box(print::card_png(content, Lang::Ht, Side::Front, "kyr_ct_bot").unwrap()))
    });
    group.bench_function("back_png", |b| {
        b.iter(|| black_box(print::card_png(content, Lang::En, Side::Back, "kyr_ct_bot").unwrap()))
    });
    group.bench_function("front_svg", |b| {
        b.iter(|| black_box(print::card_svg(content, Lang::Ht, Side::Front, "kyr_ct_bot").unwrap()))
    });
    group.bench_function("sheet_pdf", |b| {
        b.iter(|| black_box(print::card_sheet_pdf(content, Lang::Es, "kyr_ct_bot").unwrap()))
    });
    group.finish();
    let mut group = c.benchmark_group("flyer");
    group.sample_size(10);
    group.bench_function("png", |b| {
        b.iter(|| black_box(print::flyer_png(content, Lang::Es, door, "kyr_ct_bot").unwrap()))
    });
    group.bench_function("pdf", |b| {
        b.iter(|| black_box(print::flyer_pdf(content, Lang::Es, door, "kyr_ct_bot").unwrap()))
    });
    group.finish();
    c.bench_function("check/all_cards_and_flyers", |b| {
        b.iter(|| black_box(print::problems(content)))
    });
}

// In a private module, the `pub fn` that `criterion_group!` generates needs no doc comment.
mod group {
    criterion::criterion_group!(benches, super::bench);
}
criterion_main!(group::benches);
