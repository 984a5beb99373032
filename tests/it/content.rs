//! The content as users receive it: every answer in every language is complete, valid, within
//! Telegram's limit, dated and disclaimed; translations carry the same facts as English; the
//! corrections to the seed Q&A hold; and `kyr check` catches broken content, naming the file.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use kyr::check;
use kyr::content::html;
use kyr::content::{self, Arg, Category, Priority, Source};
use kyr::Catalog;
use kyr::Lang;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| kyr::check::load_embedded().expect("content loads"))
}

fn answer(lang: Lang, id: &str) -> String {
    let catalog = catalog();
    let index = catalog.intent_index(id).expect("known intent");
    catalog.composer().answer_html(lang, index)
}

/// Phone numbers (digit runs with dashes, 7+ digits) and link targets: the facts that must be
/// identical in every language.
fn contacts(html_text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut current = String::new();
    for c in html_text.chars().chain([' ']) {
        if c.is_ascii_digit() || (c == '-' && !current.is_empty()) {
            current.push(c);
        } else {
            let digits = current.chars().filter(char::is_ascii_digit).count();
            if digits >= 7 && current.contains('-') {
                found.insert(current.trim_end_matches('-').to_string());
            }
            current.clear();
        }
    }
    let parsed = html::parse(html_text).expect("valid HTML");
    found.extend(parsed.links.into_iter().map(|(_, href)| href));
    found
}

#[test]
fn shipped_content_passes_every_check() {
    let problems = check::check(catalog());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_part_of_every_answer_in_every_language_is_one_valid_dated_and_disclaimed_message() {
    let catalog = catalog();
    let composer = catalog.composer();
    for lang in Lang::ALL {
        for (index, intent) in catalog.intents().iter().enumerate() {
            let first = composer.answer(lang, index);
            let mut parts = vec![("first screen", first.clone())];
            if intent.category != Category::Conversation {
                parts.push(("details", composer.details(lang, index)));
                parts.push(("who to call", composer.who_to_call(lang, index)));
            }
            for (part, reply) in &parts {
                assert_eq!(reply.parts.len(), 1, "{} {part} in {lang} fits one message", intent.id);
                let parsed =
                    html::parse(&reply.parts[0]).unwrap_or_else(|e| panic!("{} {part} in {lang}: {e}", intent.id));
                assert!(parsed.telegram_len() <= html::MESSAGE_LIMIT);
                assert!(
                    !parsed.text.contains('['),
                    "{} {part} in {lang} has a missing message",
                    intent.id
                );
            }
            if intent.category == Category::Conversation {
                continue;
            }
            let date = [("date", Arg::Text(intent.reviewed.clone()))];
            let short = catalog.locales().format(lang, "footer-short", &date);
            assert!(
                without_isolates(&first.parts[0]).ends_with(&short),
                "{} first screen in {lang} lacks its footer",
                intent.id
            );
            assert!(html::to_plain(&first.parts[0]).contains(&intent.reviewed));
            let footer = catalog.locales().format(lang, "footer", &date);
            assert!(
                without_isolates(&composer.details(lang, index).parts[0]).ends_with(&footer),
                "{} details in {lang} lack their footer",
                intent.id
            );
        }
    }
}

/// A reply's HTML without the isolates Arabic replies wrap their left-to-right runs in, to find
/// the messages as written inside it.
fn without_isolates(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '\u{2066}' | '\u{2069}')).collect()
}

#[test]
fn first_screens_fit_a_phone_and_lead_with_what_to_do() {
    let catalog = catalog();
    let composer = catalog.composer();
    for lang in Lang::ALL {
        for (index, intent) in catalog.intents().iter().enumerate() {
            if intent.category == Category::Conversation {
                continue;
            }
            let reply = composer.answer(lang, index);
            let text = &without_isolates(&reply.parts[0]);
            // Measured as sent, isolates included: Telegram counts them.
            let length = html::parse(&reply.parts[0]).expect("valid").telegram_len();
            let urgent = intent.priority == Priority::Urgent;
            let lead = catalog
                .locales()
                .text(lang, &format!("{}-{}", intent.id, if urgent { "now" } else { "gist" }));
            let referral = catalog.referral(&intent.referrals[0]).expect("first referral");
            let label = catalog
                .locales()
                .text(lang, if urgent { "call-first" } else { "who-can-help" });
            let lead_at = text
                .find(&lead)
                .unwrap_or_else(|| panic!("{} in {lang}: steps or gist", intent.id));
            let call_at = text
                .find(&label)
                .unwrap_or_else(|| panic!("{} in {lang}: contact line", intent.id));
            assert!(
                lead_at < call_at,
                "{} in {lang}: what to do comes before who to call",
                intent.id
            );
            if urgent {
                assert!(length <= 700, "{} in {lang}: {length} characters", intent.id);
                let phone = &referral.phones[0];
                assert!(
                    text[call_at..].contains(phone.as_str()),
                    "{} in {lang}: the number to call",
                    intent.id
                );
                let body = catalog.locales().text(lang, &format!("{}-body", intent.id));
                assert!(
                    !text.contains(&body),
                    "{} in {lang}: the details wait behind a button",
                    intent.id
                );
            } else {
                assert!(length <= 900, "{} in {lang}: {length} characters", intent.id);
            }
            let labels: Vec<&str> = reply.buttons[0].iter().map(|b| b.label.as_str()).collect();
            assert_eq!(
                labels,
                [
                    catalog.locales().text(lang, "details-button"),
                    catalog.locales().text(lang, "who-to-call-button")
                ],
                "{} in {lang}: the rest is one tap away",
                intent.id
            );
        }
    }
}

#[test]
fn every_language_gives_the_same_numbers_and_links_as_english() {
    let catalog = catalog();
    for intent in catalog.intents() {
        let english = contacts(&answer(Lang::En, &intent.id));
        for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
            assert_eq!(contacts(&answer(lang, &intent.id)), english, "{} in {lang}", intent.id);
        }
    }
}

#[test]
fn no_answer_or_referral_ever_shows_ice_tip_line() {
    for lang in Lang::ALL {
        for intent in catalog().intents() {
            let text = answer(lang, &intent.id);
            assert!(
                !text.contains("347-2423") && !text.contains("DHS-2-ICE"),
                "{} in {lang}",
                intent.id
            );
        }
    }
}

#[test]
fn the_seed_qa_errors_are_corrected() {
    let trust = answer(Lang::En, "trust_act");
    assert!(
        trust.contains("2013") && trust.contains("2019") && trust.contains("2025"),
        "TRUST Act history"
    );
    assert!(
        trust.contains("not an order from a governor"),
        "a statute, not a directive"
    );
    let places = answer(Lang::En, "sensitive_places");
    assert!(
        places.contains("2025"),
        "the federal protected-areas policy was rescinded in January 2025"
    );
    let programs = answer(Lang::En, "ice_cooperation_programs");
    assert!(programs.contains("2017"), "PEP ended in 2017");
    let interview = answer(Lang::En, "ice_interview_custody").to_lowercase();
    assert!(
        interview.contains("california"),
        "no Connecticut consent-form rule: that is California's"
    );
    let complaint = answer(Lang::En, "file_complaint");
    assert!(complaint.contains("CHRO") && complaint.contains("ICE"));
    let share = answer(Lang::En, "police_share_with_ice").to_lowercase();
    assert!(
        share.contains("no connecticut law requires police to tell ice"),
        "CT law does not require notifying ICE"
    );
    let court = answer(Lang::En, "ice_at_courthouse");
    assert!(
        court.contains("judicial marshal") || court.contains("marshal"),
        "CT's own 2025 courthouse rule"
    );
}

fn mutated(path: &str, edit: impl Fn(&str) -> String) -> Vec<Source> {
    content::embedded_sources()
        .into_iter()
        .map(|mut s| {
            if s.path == path {
                s.text = edit(&s.text);
            }
            s
        })
        .collect()
}

fn problems_of(sources: &[Source]) -> Vec<String> {
    match Catalog::load_unchecked(sources, kyr::content::embedded_model()) {
        Ok(catalog) => check::check(&catalog).iter().map(ToString::to_string).collect(),
        Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn check_reports_a_missing_translation_with_its_file() {
    let sources = mutated("locales/es/answers-b.ftl", |t| {
        t.replace("trust_act-summary =", "trust_act-summary-typo =")
    });
    let problems = problems_of(&sources);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("locales/es") && p.contains("trust_act-summary is missing")),
        "{problems:#?}"
    );
}

#[test]
fn check_reports_html_telegram_would_reject() {
    let sources = mutated("locales/pt/ui.ftl", |t| {
        t.replace("menu-title = ", "menu-title = <div>x</div> ")
    });
    let problems = problems_of(&sources);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("locales/pt/ui.ftl:") && p.contains("menu-title")),
        "{problems:#?}"
    );
}

#[test]
fn check_reports_a_variable_mismatch_and_an_untranslated_string() {
    let english_welcome = catalog().locales().text(Lang::En, "fallback");
    let sources = mutated("locales/ht/ui.ftl", |t| {
        let start = t.find("fallback =").expect("fallback in ht");
        let end = start + t[start..].find("\nnon-text").expect("next message");
        let replaced = format!(
            "fallback =\n    {}",
            english_welcome.replace("\n\n", " ").replace('\n', " ")
        );
        let t = format!("{}{}{}", &t[..start], replaced, &t[end..]);
        t.replace("{ $date }", "{ $day }")
    });
    let problems = problems_of(&sources);
    assert!(
        problems.iter().any(|p| p.contains("fallback is left in English")),
        "{problems:#?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("footer uses variables")),
        "{problems:#?}"
    );
}

#[test]
fn check_reports_answers_over_the_limit_and_referrals_without_source() {
    let long = "Long text. ".repeat(400);
    let sources = mutated("locales/en/answers-b.ftl", |t| {
        t.replace("trust_act-body =\n", &format!("trust_act-body =\n    {long}\n"))
    });
    let problems = problems_of(&sources);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("trust_act in en") && p.contains("over Telegram")),
        "{problems:#?}"
    );
    let sources = mutated("intents/referrals.toml", |t| {
        t.replacen("source = \"https://oig.dhs.gov/node/1848\"", "source = \"\"", 1)
    });
    let problems = problems_of(&sources);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("emergency_911") && p.contains("source")),
        "{problems:#?}"
    );
}

#[test]
fn check_reports_missing_review_dates_and_unknown_referrals() {
    let sources = mutated("intents/catalog.toml", |t| {
        t.replacen("reviewed = \"2026-11-27\"", "reviewed = \"soon\"", 1)
            .replacen("\"uwd_hotline\"", "\"nobody\"", 1)
    });
    let problems = problems_of(&sources);
    assert!(
        problems.iter().any(|p| p.contains("ice_at_door: reviewed")),
        "{problems:#?}"
    );
    assert!(problems.iter().any(|p| p.contains("referral nobody")), "{problems:#?}");
}

#[test]
fn a_broken_file_is_an_error_naming_file_and_line() {
    let sources = mutated("intents/catalog.toml", |t| {
        t.replacen("slug = \"door\"", "slug = door\"", 1)
    });
    let error = kyr::check::load(&sources, None).expect_err("broken TOML must not load");
    let first = &error.0[0];
    assert_eq!(first.file, "intents/catalog.toml");
    assert!(first.line.is_some_and(|l| l > 1), "{first}");
    let sources = mutated("locales/es/ui.ftl", |t| format!("{t}\nbroken = {{ $\n"));
    let error = kyr::check::load(&sources, None).expect_err("broken Fluent must not load");
    assert!(
        error
            .0
            .iter()
            .any(|e| e.file == "locales/es/ui.ftl" && e.line.is_some()),
        "{error}"
    );
}

#[test]
fn check_reports_an_intent_without_examples_in_a_language() {
    let sources = mutated("intents/examples/ht.toml", |t| {
        let start = t.find("\nthanks = [").expect("thanks in ht");
        let end = start + 1 + t[start + 1..].find("\n]").expect("end of list") + 2;
        format!("{}{}", &t[..start], &t[end..])
    });
    let problems = problems_of(&sources);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("intents/examples/ht.toml") && p.contains("thanks has 0 examples")),
        "{problems:#?}"
    );
}

#[test]
fn required_intent_ids_are_all_present() {
    for id in check::REQUIRED_INTENTS {
        assert!(catalog().intent_index(id).is_some(), "{id}");
    }
}

/// A referral whose source documents no service in the reader's language says which languages
/// it serves (and whether it offers interpreters) instead of implying it speaks the reader's.
#[test]
fn referrals_say_when_they_do_not_serve_the_readers_language() {
    let content = catalog().content();
    let composer = catalog().composer();
    let note = |lang: Lang, id: &str| {
        let referral = content.referral(id).expect("a listed referral");
        html::to_plain(&composer.referral_line(lang, referral))
    };
    for referral in content.referrals() {
        for lang in Lang::ALL {
            let line = note(lang, &referral.id);
            let served = referral.languages.iter().any(|l| l == lang.code());
            assert_eq!(line.contains('🗣'), !served, "{} in {lang}: {line}", referral.id);
            if !served {
                assert!(line.contains("English"), "{} in {lang}: {line}", referral.id);
            }
        }
    }
    let only_english = content
        .referrals()
        .iter()
        .find(|r| r.languages == ["en"])
        .expect("a referral documented in English only");
    let kreyol = note(Lang::Ht, &only_english.id);
    assert!(kreyol.contains("English") && !kreyol.contains("Español"), "{kreyol}");
    let interpreted = content
        .referrals()
        .iter()
        .find(|r| r.languages.iter().any(|l| l == "interpreter"))
        .expect("a referral with interpreters");
    let polish = note(Lang::Pl, &interpreted.id);
    assert!(polish.contains("tłumacza"), "names the interpreter: {polish}");
}
