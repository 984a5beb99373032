//! Content validation: everything `kyr check` reports, and what start-up refuses to run with.
//! It sits on top of the content and reply layers (it renders every answer as users see it), and
//! nothing in kyr depends on it but the binary, which loads through [`load`].

use std::collections::HashSet;

use crate::content::{
    embedded_model, embedded_sources, html, Arg, Category, Content, ContentError, ContentErrors, Lang, Priority,
    Source, CARD_LINK, MODEL_PATH, OUT_OF_SCOPE,
};
use crate::conversation::{Catalog, Models};
use crate::print;
use crate::reply::{AnswerCache, Composer};

/// Loads, validates and indexes `sources`. Every problem `kyr check` would report is an error
/// here too, so a broken file stops start-up with the file and line instead of reaching users.
/// The checks run while the models load on another core; the answers they render are kept. A
/// stale or missing model file is not an error here (the matcher is built instead, which only
/// costs time); [`check`] reports it.
pub fn load(sources: &[Source], model: Option<&[u8]>) -> Result<Catalog, ContentErrors> {
    let content = Content::load(sources)?;
    let answers = AnswerCache::new(content.intents().len());
    let (models, problems) = std::thread::scope(|scope| {
        // The models (read from the model file, or built when it is stale) load on the other
        // cores while this one checks the content.
        let loader = scope.spawn(|| Models::of(&content, model));
        let problems = problems_in(&content, Composer::new(&content, &answers));
        let models = loader.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (models, problems)
    });
    if !problems.is_empty() {
        return Err(ContentErrors(problems));
    }
    Ok(Catalog::new(content, models, answers))
}

/// [`load`] over the content and model file compiled into the binary.
pub fn load_embedded() -> Result<Catalog, ContentErrors> {
    load(&embedded_sources(), embedded_model())
}

/// The intent ids of the project's contract with outside testers. They are never renamed; the
/// catalog may add intents but must keep all of these.
pub const REQUIRED_INTENTS: [&str; 35] = [
    "ice_at_door",
    "ice_at_work",
    "ice_at_courthouse",
    "stopped_in_public",
    "stopped_in_car",
    "detained_now",
    "find_detained",
    "warrant_types",
    "right_to_silence",
    "signing_documents",
    "trust_act",
    "police_share_with_ice",
    "police_ask_status",
    "ice_interview_custody",
    "report_crime_safely",
    "sensitive_places",
    "school_rights",
    "ice_cooperation_programs",
    "local_policies",
    "data_privacy",
    "daca_minors",
    "law_changes",
    "compliance_oversight",
    "file_complaint",
    "legal_help",
    "rapid_response",
    "family_plan",
    "know_your_rights",
    "community_support",
    "greeting",
    "help_menu",
    "change_language",
    "thanks",
    "human_help",
    "bot_privacy",
];

/// Interface messages the code uses; each must exist in every locale.
pub const REQUIRED_UI: &[&str] = &[
    "footer-short",
    "call-first",
    "who-can-help",
    "details-button",
    "who-to-call-button",
    "open-in-bot-button",
    "details-heading",
    "already-shown",
    "lang-name",
    "welcome",
    "menu-title",
    "category-encounter",
    "category-rights",
    "category-help",
    "emergency-button",
    "topics-button",
    "language-button",
    "resources-button",
    "share-button",
    "back-button",
    "who-to-call-heading",
    "footer",
    "sms-line",
    "did-you-mean",
    "fallback",
    "non-text",
    "empty-message",
    "unknown-command",
    "stale-button",
    "other-language",
    "language-picker",
    "language-set",
    "help-text",
    "cmd-start",
    "cmd-help",
    "cmd-topics",
    "cmd-emergency",
    "cmd-resources",
    "cmd-language",
    "cmd-privacy",
    "cmd-forget",
    "cmd-subscribe",
    "cmd-unsubscribe",
    "bot-short-description",
    "bot-description",
    "resources-heading",
    "resources-intro",
    "privacy-text",
    "forget-done",
    "error-generic",
    "cmd-report",
    "report-button",
    "report-elsewhere",
    "report-disabled",
    "report-private-only",
    "report-safety",
    "report-ask-town",
    "report-ask-place",
    "report-ask-activity",
    "report-ask-details",
    "report-ask-when",
    "report-ask-photo",
    "report-not-a-photo",
    "report-review",
    "report-sent",
    "report-cancelled",
    "report-too-soon",
    "report-daily-limit",
    "report-muted",
    "report-outcome-confirmed",
    "report-outcome-false-alarm",
    "report-outcome-unverified",
    "report-admin-draft",
    "report-alert",
];

/// The rights card's and flyers' messages besides the card's lines (which
/// [`print::card::front_ids`] and [`print::card::back_ids`] list); each must exist in every
/// locale, but the back's, which only English has.
pub const REQUIRED_CARD: &[&str] = &[
    "card-caption",
    "card-caption-back",
    "card-button",
    "cmd-card",
    "card-terminal",
    "card-inline-title",
    "card-inline-description",
    "card-inline-text",
    "flyer-scan",
    "flyer-reviewed",
];

/// Messages only English has: the card's back, the one English statement behind every
/// language's front. Another language defining one is a mistake `kyr check` reports.
pub fn english_only(id: &str) -> bool {
    id.starts_with("card-back-")
}

/// Most visible characters (as Telegram counts them) on the first screen of an urgent answer.
pub const URGENT_FIRST_SCREEN: usize = 700;
/// Most visible characters on the first screen of any other answer.
pub const FIRST_SCREEN: usize = 900;
/// Longest a referral's short description may be, in characters.
pub const MAX_SHORT_REFERRAL_CHARS: usize = 60;

/// Fewest example messages an intent needs in each language.
pub const MIN_EXAMPLES: usize = 12;
/// Longest a photo caption may be (the card's), in characters as Telegram counts them.
pub const MAX_CAPTION: usize = 1024;
/// Longest a button title may be, in characters.
pub const MAX_TITLE_CHARS: usize = 30;
/// Longest a summary may be, in characters.
pub const MAX_SUMMARY_CHARS: usize = 140;

/// ICE's tip line, in the forms it is written: kyr must never show it.
const FORBIDDEN_NUMBERS: [&str; 3] = ["866-347-2423", "8663472423", "DHS-2-ICE"];

fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

const CATALOG: &str = "intents/content.toml";
const REFERRALS: &str = "intents/referrals.toml";

fn err(problems: &mut Vec<ContentError>, file: &str, line: Option<usize>, message: String) {
    problems.push(ContentError::new(file, line, message));
}

/// Checks a loaded catalog and returns every problem (empty when the content is sound).
pub fn check(catalog: &Catalog) -> Vec<ContentError> {
    let mut problems = problems_in(catalog.content(), catalog.composer());
    if let Err(why) = catalog.model_file() {
        err(&mut problems, MODEL_PATH, None, why.to_string());
    }
    problems
}

fn problems_in(content: &Content, composer: Composer<'_>) -> Vec<ContentError> {
    let mut problems = Vec::new();
    check_catalog(content, &mut problems);
    check_referrals(content, &mut problems);
    check_examples(content, &mut problems);
    check_messages(content, &mut problems);
    check_rendered(content, composer, &mut problems);
    check_card(content, &mut problems);
    problems
}

/// The rights card and the flyers: the card's referral, its deep link, and every text on them
/// fitting its box in glyphs the bundled fonts have.
fn check_card(content: &Content, problems: &mut Vec<ContentError>) {
    let card_referrals: Vec<_> = content.referrals().iter().filter(|r| r.card).collect();
    match card_referrals.as_slice() {
        [referral] if !referral.phones.is_empty() => {}
        [referral] => err(
            problems,
            REFERRALS,
            None,
            format!("{}: the card's referral needs a phone number to print", referral.id),
        ),
        [] => err(
            problems,
            REFERRALS,
            None,
            "no referral has card = true: mark the Connecticut legal-aid line the rights card prints".to_string(),
        ),
        _ => err(
            problems,
            REFERRALS,
            None,
            "more than one referral has card = true: the rights card prints one".to_string(),
        ),
    }
    for intent in content.intents().iter().filter(|i| i.slug == CARD_LINK) {
        err(
            problems,
            CATALOG,
            None,
            format!("{}: slug {CARD_LINK:?} is the rights card's deep link", intent.id),
        );
    }
    // Telegram refuses a photo caption over 1,024 characters.
    for lang in Lang::ALL {
        for id in ["card-caption", "card-caption-back"] {
            let caption = content.locales().text(lang, id);
            let length = html::parse(&caption).map_or(usize::MAX, |parsed| parsed.telegram_len());
            if length > MAX_CAPTION {
                let (file, line) = card_message_place(content, lang, id);
                err(
                    problems,
                    &file,
                    line,
                    format!("message {id}: a photo caption is at most {MAX_CAPTION} characters"),
                );
            }
        }
    }
    for problem in print::problems(content) {
        let (file, line) = card_message_place(content, problem.lang, &problem.misfit.id);
        err(problems, &file, line, problem.to_string());
    }
}

/// Where a card or flyer message is: its file and line, or the language's `card.ftl` when the
/// message is missing.
fn card_message_place(content: &Content, lang: Lang, id: &str) -> (String, Option<usize>) {
    content.locales().messages(lang).get(id).map_or_else(
        || (format!("locales/{}/card.ftl", lang.code()), None),
        |info| (info.file.clone(), Some(info.line)),
    )
}

fn check_catalog(content: &Content, problems: &mut Vec<ContentError>) {
    for id in REQUIRED_INTENTS {
        if content.intent_index(id).is_none() {
            err(
                problems,
                CATALOG,
                None,
                format!("required intent {id} is missing (ids are a contract: never rename them)"),
            );
        }
    }
    let mut slugs = HashSet::new();
    for intent in content.intents() {
        let id = &intent.id;
        if !slugs.insert(intent.slug.as_str()) {
            err(
                problems,
                CATALOG,
                None,
                format!("{id}: slug {:?} is used twice", intent.slug),
            );
        }
        if intent.slug.is_empty()
            || intent.slug.len() > 20
            || !intent
                .slug
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            err(
                problems,
                CATALOG,
                None,
                format!("{id}: slug {:?} must be 1-20 lower-case letters or digits", intent.slug),
            );
        }
        if !is_date(&intent.reviewed) {
            err(
                problems,
                CATALOG,
                None,
                format!("{id}: reviewed {:?} is not a YYYY-MM-DD date", intent.reviewed),
            );
        }
        if (intent.priority == Priority::Urgent) != (intent.category == Category::Encounter) {
            err(
                problems,
                CATALOG,
                None,
                format!("{id}: encounter intents, and only they, are urgent"),
            );
        }
        for referral in &intent.referrals {
            if content.referral(referral).is_none() {
                err(
                    problems,
                    CATALOG,
                    None,
                    format!("{id}: referral {referral} is not in {REFERRALS}"),
                );
            }
        }
        for related in &intent.related {
            if content.intent_index(related).is_none() || related == id {
                err(
                    problems,
                    CATALOG,
                    None,
                    format!("{id}: related intent {related} does not exist"),
                );
            }
        }
    }
}

fn check_referrals(content: &Content, problems: &mut Vec<ContentError>) {
    let mut ids = HashSet::new();
    for referral in content.referrals() {
        let id = &referral.id;
        if !ids.insert(id.as_str()) {
            err(problems, REFERRALS, None, format!("referral {id} is listed twice"));
        }
        if !referral.source.starts_with("http") {
            err(
                problems,
                REFERRALS,
                None,
                format!("{id}: needs a source URL that confirms the contact"),
            );
        }
        if !is_date(&referral.verified) {
            err(
                problems,
                REFERRALS,
                None,
                format!("{id}: needs a verified date (YYYY-MM-DD)"),
            );
        }
        if !matches!(referral.confidence.as_str(), "high" | "medium") {
            err(
                problems,
                REFERRALS,
                None,
                format!("{id}: confidence must be high or medium (low-confidence contacts are not shown)"),
            );
        }
        if referral.phones.is_empty() && referral.web.is_none() && referral.email.is_none() {
            err(problems, REFERRALS, None, format!("{id}: has no phone, web or email"));
        }
        let contact_text = format!(
            "{:?} {:?} {:?} {:?}",
            referral.phones, referral.web, referral.email, referral.sms_number
        );
        for number in FORBIDDEN_NUMBERS {
            if contact_text.contains(number) {
                err(
                    problems,
                    REFERRALS,
                    None,
                    format!("{id}: {number} is ICE's tip line and must never be shown"),
                );
            }
        }
    }
}

fn check_examples(content: &Content, problems: &mut Vec<ContentError>) {
    for lang in Lang::ALL {
        let file = format!("intents/examples/{}.toml", lang.code());
        let mut has_out_of_scope = false;
        for example in content.examples().iter().filter(|e| e.lang == lang) {
            if example.intent == OUT_OF_SCOPE {
                has_out_of_scope = true;
            } else if content.intent_index(&example.intent).is_none() {
                err(
                    problems,
                    &file,
                    None,
                    format!("examples for unknown intent {}", example.intent),
                );
                break;
            }
        }
        if !has_out_of_scope {
            err(
                problems,
                &file,
                None,
                format!("needs {OUT_OF_SCOPE} examples so the bot learns what to refuse"),
            );
        }
        for intent in content.intents() {
            let count = content
                .examples()
                .iter()
                .filter(|e| e.lang == lang && e.intent == intent.id)
                .count();
            if count < MIN_EXAMPLES {
                err(
                    problems,
                    &file,
                    None,
                    format!("{} has {count} examples; at least {MIN_EXAMPLES} are needed", intent.id),
                );
            }
        }
    }
}

fn required_messages(content: &Content) -> Vec<String> {
    let mut ids: Vec<String> = REQUIRED_UI.iter().map(|s| s.to_string()).collect();
    ids.extend(REQUIRED_CARD.iter().map(|s| s.to_string()));
    ids.extend(print::card::front_ids());
    ids.extend(print::card::back_ids());
    for intent in content.intents() {
        ids.push(format!("{}-title", intent.id));
        ids.push(format!("{}-summary", intent.id));
        ids.push(format!("{}-body", intent.id));
        if intent.priority == Priority::Urgent {
            ids.push(format!("{}-now", intent.id));
        } else if intent.category != Category::Conversation {
            ids.push(format!("{}-gist", intent.id));
        }
    }
    for category in Category::ALL {
        ids.push(format!("category-{}", category.name()));
    }
    for referral in content.referrals() {
        ids.push(format!("ref-{}", referral.id));
        ids.push(format!("ref-{}-short", referral.id));
    }
    ids
}

/// Messages that may read the same in every language (names, numbers).
fn may_match_english(id: &str, text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    // The Traditional Chinese note is read only by Chinese readers, so it is Chinese everywhere.
    letters < 12 || id == "lang-name" || id == "traditional-chinese-note"
}

fn check_messages(content: &Content, problems: &mut Vec<ContentError>) {
    let locales = content.locales();
    let english = locales.messages(Lang::En);
    for id in required_messages(content) {
        if !english.contains_key(&id) {
            err(problems, "locales/en", None, format!("message {id} is missing"));
        }
    }
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let own = locales.messages(lang);
        let dir = format!("locales/{}", lang.code());
        for (id, info) in english {
            match own.get(id) {
                None if english_only(id) => {}
                Some(theirs) if english_only(id) => err(
                    problems,
                    &theirs.file,
                    Some(theirs.line),
                    format!("message {id} is English only (the card's back is the same English for every language): remove it"),
                ),
                None => err(
                    problems,
                    &dir,
                    None,
                    format!(
                        "message {id} is missing (English has it at {}:{})",
                        info.file, info.line
                    ),
                ),
                Some(theirs) if theirs.variables != info.variables => err(
                    problems,
                    &theirs.file,
                    Some(theirs.line),
                    format!(
                        "message {id} uses variables {:?} but English uses {:?}",
                        theirs.variables, info.variables
                    ),
                ),
                Some(theirs) => {
                    let args = dummy_args(&info.variables);
                    let en_text = locales.format_own(Lang::En, id, &args).map(|(t, _)| t);
                    let own_text = locales.format_own(lang, id, &args).map(|(t, _)| t);
                    let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
                    if let (Some(en_text), Some(own_text)) = (en_text, own_text) {
                        if words(&en_text) == words(&own_text) && !may_match_english(id, &en_text) {
                            err(
                                problems,
                                &theirs.file,
                                Some(theirs.line),
                                format!("message {id} is left in English"),
                            );
                        }
                    }
                }
            }
        }
        for (id, info) in own {
            if !english.contains_key(id) {
                err(
                    problems,
                    &info.file,
                    Some(info.line),
                    format!("message {id} is not in English (typo or leftover?)"),
                );
            }
        }
    }
}

fn dummy_args(variables: &[String]) -> Vec<(&str, Arg)> {
    variables
        .iter()
        .map(|v| (v.as_str(), Arg::Text(format!("{v}-value"))))
        .collect()
}

fn check_rendered(content: &Content, composer: Composer<'_>, problems: &mut Vec<ContentError>) {
    let locales = content.locales();
    for lang in Lang::ALL {
        // Every message renders without Fluent errors and as HTML Telegram accepts, paragraph by
        // paragraph (long answers are split at blank lines).
        for (id, info) in locales.messages(lang) {
            let args = dummy_args(&info.variables);
            let Some((text, errors)) = locales.format_own(lang, id, &args) else {
                continue;
            };
            for e in errors {
                err(problems, &info.file, Some(info.line), format!("message {id}: {e}"));
            }
            for paragraph in text.split("\n\n") {
                if let Err(e) = html::parse(paragraph) {
                    err(
                        problems,
                        &info.file,
                        Some(info.line),
                        format!("message {id}: HTML Telegram would reject: {e}"),
                    );
                }
            }
            for number in FORBIDDEN_NUMBERS {
                if text.contains(number) {
                    err(
                        problems,
                        &info.file,
                        Some(info.line),
                        format!("message {id}: {number} is ICE's tip line and must never be shown"),
                    );
                }
            }
            let plain_len = text.chars().count();
            if id.ends_with("-title") && (plain_len > MAX_TITLE_CHARS || text.contains('<')) {
                err(
                    problems,
                    &info.file,
                    Some(info.line),
                    format!(
                        "message {id}: a title is plain text of at most {MAX_TITLE_CHARS} characters ({plain_len})"
                    ),
                );
            }
            if id.starts_with("ref-")
                && id.ends_with("-short")
                && (plain_len > MAX_SHORT_REFERRAL_CHARS || text.contains('<'))
            {
                err(
                    problems,
                    &info.file,
                    Some(info.line),
                    format!(
                        "message {id}: a short referral line is plain text of at most {MAX_SHORT_REFERRAL_CHARS} characters ({plain_len})"
                    ),
                );
            }
            if id.ends_with("-summary") && (plain_len > MAX_SUMMARY_CHARS || text.contains('<')) {
                err(
                    problems,
                    &info.file,
                    Some(info.line),
                    format!(
                        "message {id}: a summary is plain text of at most {MAX_SUMMARY_CHARS} characters ({plain_len})"
                    ),
                );
            }
        }
        // Every part of every answer, composed as users see it: valid, each within Telegram's
        // limit in one message, no message missing, the details with their review date and
        // disclaimer, and the first screen within its own limits.
        for (index, intent) in content.intents().iter().enumerate() {
            let file = locales
                .messages(lang)
                .get(&format!("{}-body", intent.id))
                .map_or_else(|| format!("locales/{}", lang.code()), |info| info.file.clone());
            let parts: Vec<(&str, String)> = if intent.category == Category::Conversation {
                vec![("answer", composer.first_screen_html(lang, index))]
            } else {
                vec![
                    ("first screen", composer.first_screen_html(lang, index)),
                    ("details", composer.details_html(lang, index)),
                    ("who to call", composer.who_to_call_html(lang, index)),
                ]
            };
            for (part, text) in &parts {
                match html::parse(text) {
                    Ok(parsed) if parsed.telegram_len() > html::MESSAGE_LIMIT => err(
                        problems,
                        &file,
                        None,
                        format!(
                            "{} in {lang}: {part} has {} characters, over Telegram's {}",
                            intent.id,
                            parsed.telegram_len(),
                            html::MESSAGE_LIMIT
                        ),
                    ),
                    Ok(_) => {}
                    Err(e) => err(
                        problems,
                        &file,
                        None,
                        format!("{} in {lang}: {part} is HTML Telegram would reject: {e}", intent.id),
                    ),
                }
                if text.contains("[ref-") || text.contains(&format!("[{}-", intent.id)) {
                    err(
                        problems,
                        &file,
                        None,
                        format!("{} in {lang}: {part}: a message is missing", intent.id),
                    );
                }
            }
            if intent.category == Category::Conversation {
                continue;
            }
            let (first_screen, details) = (&parts[0].1, &parts[1].1);
            for problem in first_screen_problems(content, first_screen, lang, index) {
                err(
                    problems,
                    &file,
                    None,
                    format!("{} in {lang}: first screen {problem}", intent.id),
                );
            }
            let footer = locales.format(lang, "footer", &[("date", Arg::Text(intent.reviewed.clone()))]);
            if !footer.contains(&intent.reviewed) || !without_isolates(details).ends_with(&footer) {
                err(
                    problems,
                    &file,
                    None,
                    format!(
                        "{} in {lang}: the details lack their review date and disclaimer",
                        intent.id
                    ),
                );
            }
        }
    }
}

/// Composed text without the bidirectional isolates a right-to-left language adds, to compare it
/// with messages as written (lengths are measured with them, as Telegram counts them).
fn without_isolates(text: &str) -> String {
    text.chars().filter(|&c| c != html::LRI && c != html::PDI).collect()
}

/// What is wrong with an intent's first screen in `lang`, if anything: over its limit, an
/// urgent one without numbered steps or a phone number to call, or without its review date and
/// not-legal-advice line. `screen` is the first screen as composed.
fn first_screen_problems(content: &Content, screen: &str, lang: Lang, index: usize) -> Vec<String> {
    let intent = content.intent(index);
    let urgent = intent.priority == Priority::Urgent;
    let mut found = Vec::new();
    let limit = if urgent { URGENT_FIRST_SCREEN } else { FIRST_SCREEN };
    match html::parse(screen) {
        Ok(parsed) if parsed.telegram_len() > limit => found.push(format!(
            "has {} characters, over its {limit} (shorten the {} message)",
            parsed.telegram_len(),
            if urgent { "-now" } else { "-gist" }
        )),
        Ok(_) => {}
        Err(e) => found.push(format!("is HTML Telegram would reject: {e}")),
    }
    if urgent {
        let steps = content.locales().format(lang, &format!("{}-now", intent.id), &[]);
        if !steps.lines().any(|line| line.trim_start().starts_with("1.")) {
            found.push("has no numbered steps (the -now message starts them with 1.)".to_string());
        }
        let has_phone = intent
            .referrals
            .first()
            .and_then(|id| content.referral(id))
            .is_some_and(|referral| !referral.phones.is_empty());
        if !has_phone {
            found.push("has no phone number: the intent's first referral must have one".to_string());
        }
    }
    let footer = content
        .locales()
        .format(lang, "footer-short", &[("date", Arg::Text(intent.reviewed.clone()))]);
    if !footer.contains(&intent.reviewed) || !without_isolates(screen).ends_with(&footer) {
        found.push("lacks its review date and not-legal-advice line (footer-short)".to_string());
    }
    found
}
