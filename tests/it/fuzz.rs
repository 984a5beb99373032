//! Fuzzing on the stable toolchain: proptest runs of 100,000 cases each over the code that reads
//! what strangers send. Telegram HTML parsing and splitting, callback data, and the matcher must
//! never panic, whatever the input; split parts must be messages Telegram accepts.
//!
//! Ignored by default (a few minutes in all). Run them with
//!
//! ```text
//! cargo test --release --test it fuzz -- --ignored
//! PROPTEST_CASES=1000 cargo test --release --test it fuzz -- --ignored   # a quick pass
//! ```
//!
//! `PROPTEST_CASES` overrides the number of cases. A failure is shrunk to a minimal input and its
//! seed saved in `tests/proptest-regressions/fuzz.txt`, replayed first on every later run (commit
//! it with the fix).

use std::sync::OnceLock;

use kyr::content::html;
use kyr::understand::Outcome;
use kyr::Catalog;
use proptest::prelude::*;

/// Cases per property, unless `PROPTEST_CASES` says otherwise.
const CASES: u32 = 100_000;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| kyr::check::load_embedded().expect("the embedded content loads"))
}

/// Fragments of Telegram HTML, valid and not: tags (known, unknown, unclosed, mis-nested),
/// entities (named, numeric, broken), bare `<` and `&`, line breaks, and any text.
fn html_fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => any::<String>(),
        2 => "[a-zA-Z0-9 ]{1,12}",
        1 => prop::sample::select(vec![
            "<b>", "</b>", "<i>", "</i>", "<u>", "</u>", "<s>", "</s>", "<code>", "</code>", "<pre>", "</pre>",
            "<tg-spoiler>", "</tg-spoiler>", "<span class=\"tg-spoiler\">", "<span>", "</span>",
            "<blockquote>", "</blockquote>", "<a href=\"https://ct.gov\">", "<a href=\"\">", "<a>", "</a>",
            "<div>", "</div>", "<B>", "</ b>", "<b", ">", "<", "&", "&amp;", "&lt;", "&gt;", "&quot;",
            "&#128680;", "&#x1F6A8;", "&#xD800;", "&#99999999;", "&nbsp;", "&;", "&#;", "\n", "\n\n", " ",
        ])
        .prop_map(str::to_string),
    ]
}

fn html_ish() -> impl Strategy<Value = String> {
    prop::collection::vec(html_fragment(), 0..64).prop_map(|parts| parts.concat())
}

/// A message within `split`'s assumptions: valid HTML whose tags wrap single words (no tag spans
/// a paragraph, a line or a space, so `<a href="…">` is left out: a line too long for one message
/// is cut at spaces, and the space inside that tag is one), and no word longer than `limit`. Words
/// are any text without spaces or line breaks (escaped), separated by spaces, line breaks or blank
/// lines.
fn splittable() -> impl Strategy<Value = (String, usize)> {
    let word = ("[^ \n]{1,12}", 0..6usize).prop_map(|(text, wrap)| {
        let text = html::escape(&text);
        match wrap {
            0 => format!("<b>{text}</b>"),
            1 => format!("<tg-spoiler><i>{text}</i></tg-spoiler>"),
            2 => format!("<code>{text}</code>"),
            _ => text,
        }
    });
    let separator = prop::sample::select(vec![" ", " ", " ", "\n", "\n\n", "  ", "\n\n\n"]);
    // 12 characters are at most 24 UTF-16 units: every word fits the smallest limit.
    let limit = prop_oneof![3 => 24usize..200, 1 => 200usize..=html::MESSAGE_LIMIT];
    (prop::collection::vec((word, separator), 1..400), limit).prop_map(|(words, limit)| {
        let mut text = String::new();
        for (word, separator) in words {
            if !text.is_empty() {
                text.push_str(separator);
            }
            text.push_str(&word);
        }
        (text, limit)
    })
}

/// Arbitrary Unicode up to Telegram's 4,096 characters, or words the examples use, mangled.
fn message() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        3 => prop::sample::select(vec![
            "ICE", "migra", "immigration", "police", "polis", "lapolis", "door", "puerta", "porta", "pòt",
            "abogado", "lawyer", "avoka", "advogado", "help", "ayuda", "socorro", "èd", "my", "mi", "mwen",
            "is", "at", "está", "en", "nan", "tá", "na", "what", "rights", "derechos", "dwa", "direitos",
        ])
        .prop_map(str::to_string),
        1 => "\\PC{1,12}",
        1 => any::<String>(),
    ];
    prop_oneof![
        2 => prop::collection::vec(any::<char>(), 0..=4096).prop_map(|chars| chars.into_iter().collect()),
        2 => prop::collection::vec(word, 0..40).prop_map(|words| words.join(" ")),
        1 => "\\PC{0,4096}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    #[ignore = "fuzzing: run with --release -- --ignored"]
    fn html_parse_split_and_plain_never_panic(text in html_ish(), limit in 0usize..5000) {
        let parsed = html::parse(&text);
        let _ = html::to_plain(&text);
        let parts = html::split(&text, limit);
        if let Ok(parsed) = parsed {
            if parsed.telegram_len() <= limit {
                prop_assert_eq!(parts, vec![text]);
            }
        }
    }

    #[test]
    #[ignore = "fuzzing: run with --release -- --ignored"]
    fn every_split_part_parses_and_fits((text, limit) in splittable()) {
        html::parse(&text).expect("the generated message is valid HTML");
        for part in html::split(&text, limit) {
            let parsed = html::parse(&part);
            prop_assert!(parsed.is_ok(), "part does not parse ({parsed:?}): {part:?}");
            let len = parsed.map(|p| p.telegram_len()).unwrap_or_default();
            prop_assert!(len <= limit, "part of {len} units over the limit {limit}: {part:?}");
        }
    }

    #[test]
    #[ignore = "fuzzing: run with --release -- --ignored"]
    fn callback_decoding_never_panics(
        data in prop_oneof![
            any::<String>(),
            "[a-z]{0,2}(:[a-zA-Z0-9_-]{0,12}){0,4}",
            "[iwdlctreps]:\\PC{0,20}(:\\PC{0,8})?",
        ]
    ) {
        let _ = kyr::adapters::telegram::callback::decode(catalog(), &data);
    }

    #[test]
    #[ignore = "fuzzing: run with --release -- --ignored"]
    fn understanding_never_panics(text in message()) {
        let decision = catalog().understand(&text);
        prop_assert!(decision.ranked.len() <= 4, "{decision:?}");
        prop_assert!(
            decision.ranked.windows(2).all(|pair| pair[0].score >= pair[1].score),
            "ranked best first: {decision:?}"
        );
        prop_assert!(decision.ranked.iter().all(|s| s.score.is_finite() && s.score > 0.0), "{decision:?}");
        if matches!(decision.outcome, Outcome::Confident | Outcome::Unsure) {
            prop_assert!(decision.intent().is_some(), "{decision:?}");
        }
    }
}
