//! Understanding through the public paths: the right intent in the right language, refusal of
//! what is out of scope, and the reply-language rule.

use std::sync::OnceLock;

use kyr::conversation::{ChatContext, Command, Conversation, Effect, Input};
use kyr::reply::Action;
use kyr::understand::Outcome;
use kyr::Catalog;
use kyr::Lang;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| kyr::check::load_embedded().expect("content loads"))
}

#[test]
fn typical_messages_find_their_intent_and_language() {
    let cases = [
        ("ICE is at my door what do i do", "ice_at_door", "en"),
        ("la migra esta en mi puerta", "ice_at_door", "es"),
        ("o ICE ta na minha porta", "ice_at_door", "pt"),
        ("imigrasyon nan pòt mwen", "ice_at_door", "ht"),
        ("where do i file a complaint", "file_complaint", "en"),
        ("necesito un abogado gratis", "legal_help", "es"),
        (
            "tenho audiencia no tribunal amanha, é seguro ir?",
            "ice_at_courthouse",
            "pt",
        ),
        ("kote pou m fè plent", "file_complaint", "ht"),
        ("hola", "greeting", "es"),
        ("mèsi anpil", "thanks", "ht"),
        ("l'ICE frappe à ma porte, je dois ouvrir ?", "ice_at_door", "fr"),
        ("j'ai besoin d'un avocat gratuit", "legal_help", "fr"),
        ("ICE puka do drzwi, co mam robić", "ice_at_door", "pl"),
        ("potrzebuję darmowego prawnika", "legal_help", "pl"),
        // Chinese has no spaces: characters, their pairs and trigrams carry the meaning.
        ("移民局的人在敲我家的门", "ice_at_door", "zh"),
        ("我需要免费的律师", "legal_help", "zh"),
        ("ICE عند الباب ماذا افعل", "ice_at_door", "ar"),
        ("أحتاجُ مُحامياً مجانيّاً", "legal_help", "ar"),
        ("3ayez mo7ami bbalash", "legal_help", "ar"),
    ];
    for (text, intent, lang) in cases {
        let result = catalog().classify(text, None);
        assert_eq!(result.intent.as_deref(), Some(intent), "{text:?}: {result:?}");
        assert_eq!(result.lang, lang, "{text:?}");
    }
}

#[test]
fn typos_and_missing_accents_still_match() {
    for text in [
        "ice is at my dor",
        "imigrasion nan pot mwen",
        "nesesito abogdo",
        "ICE ESTA EN MI PUERTAAAA",
    ] {
        let result = catalog().classify(text, None);
        assert!(result.intent.is_some(), "{text:?}: {result:?}");
    }
}

#[test]
fn out_of_scope_messages_get_no_intent() {
    for text in [
        "what's the weather tomorrow",
        "my car door won't open",
        "where can I buy ice",
        "who won the game last night",
    ] {
        let result = catalog().classify(text, None);
        assert_eq!(result.intent, None, "{text:?}: {result:?}");
    }
}

#[test]
fn classification_json_has_the_testers_shape() {
    let value = serde_json::to_value(catalog().classify("ICE is at my door", None)).unwrap();
    let object = value.as_object().unwrap();
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    assert_eq!(keys, ["alternatives", "intent", "lang", "score"]);
    assert!(value["score"].as_f64().unwrap() > 0.0);
    for alternative in value["alternatives"].as_array().unwrap() {
        assert!(alternative["intent"].is_string() && alternative["score"].is_number());
    }
    let none = serde_json::to_value(catalog().classify("what's the weather", None)).unwrap();
    assert!(none["intent"].is_null());
}

#[test]
fn chosen_language_beats_message_language_beats_client_language() {
    let conversation = Conversation::new(catalog(), "kyr_bot");
    let spanish = "la migra esta en mi puerta";
    let chosen = conversation.handle(
        Input::Text(spanish),
        ChatContext {
            chosen: Some(Lang::Ht),
            client: Some(Lang::Pt),
            traditional_chinese: false,
        },
    );
    assert_eq!(chosen.reply.lang, Lang::Ht);
    let message = conversation.handle(
        Input::Text(spanish),
        ChatContext {
            chosen: None,
            client: Some(Lang::Pt),
            traditional_chinese: false,
        },
    );
    assert_eq!(message.reply.lang, Lang::Es);
    let client = conversation.handle(
        Input::Command(Command::from_parts("help", "")),
        ChatContext {
            chosen: None,
            client: Some(Lang::Pt),
            traditional_chinese: false,
        },
    );
    assert_eq!(client.reply.lang, Lang::Pt);
    let fallback = conversation.handle(Input::Command(Command::from_parts("help", "")), ChatContext::default());
    assert_eq!(fallback.reply.lang, Lang::En);
}

#[test]
fn a_confident_answer_offers_related_topics_and_sharing() {
    let turn = Conversation::new(catalog(), "kyr_bot")
        .handle(Input::Text("ICE is at my door what do i do"), ChatContext::default());
    let decision = turn.decision.expect("free text is decided");
    assert_eq!(decision.outcome, Outcome::Confident);
    let actions = turn.reply.numbered_actions();
    assert!(actions.iter().any(|a| matches!(a, Action::Share(_))));
    assert!(actions.iter().filter(|a| matches!(a, Action::Intent(_))).count() >= 2);
}

#[test]
fn an_out_of_scope_message_gets_the_menu_and_the_emergency_button() {
    let turn = Conversation::new(catalog(), "kyr_bot")
        .handle(Input::Text("what's the weather tomorrow"), ChatContext::default());
    assert_eq!(turn.reply.intent, None);
    let actions = turn.reply.numbered_actions();
    assert!(actions.contains(&Action::Emergency));
    assert!(actions.iter().any(|a| matches!(a, Action::Category(_))));
}

#[test]
fn deep_links_open_an_intent_in_a_language() {
    let conversation = Conversation::new(catalog(), "kyr_bot");
    // (payload, intent it opens, language it opens it in); an unknown payload gets the welcome.
    let cases = [
        ("door_es", Some("ice_at_door"), Some(Lang::Es)),
        ("complaint_ht", Some("file_complaint"), Some(Lang::Ht)),
        ("nonsense_zz", None, None),
    ];
    for (payload, intent, lang) in cases {
        let turn = conversation.handle(
            Input::Command(Command::from_parts("start", payload)),
            ChatContext::default(),
        );
        assert_eq!(
            turn.reply.intent,
            intent.map(|id| catalog().intent_index(id).expect("the intent exists")),
            "{payload}"
        );
        if let Some(lang) = lang {
            assert_eq!(turn.reply.lang, lang, "{payload}");
        }
    }
}

#[test]
fn language_buttons_and_forget_produce_effects() {
    let conversation = Conversation::new(catalog(), "kyr_bot");
    let turn = conversation.handle(
        Input::Press(Action::SetLanguage(Lang::Pt), None),
        ChatContext::default(),
    );
    assert_eq!(turn.effect, Some(Effect::ChooseLanguage(Lang::Pt)));
    assert_eq!(turn.reply.lang, Lang::Pt);
    let turn = conversation.handle(
        Input::Command(Command::from_parts("forget", "")),
        ChatContext {
            chosen: Some(Lang::Pt),
            client: None,
            traditional_chinese: false,
        },
    );
    assert_eq!(turn.effect, Some(Effect::Forget));
    assert_eq!(turn.reply.html(), catalog().locales().text(Lang::Pt, "forget-done"));
}

#[test]
fn unknown_commands_get_help_not_silence() {
    let turn = Conversation::new(catalog(), "kyr_bot").handle(
        Input::Command(Command::from_parts("frobnicate", "")),
        ChatContext::default(),
    );
    assert!(turn
        .reply
        .html()
        .starts_with(&catalog().locales().text(Lang::En, "unknown-command")));
}

/// The dev-set messages, for comparing two matchers message by message.
fn dev_messages() -> impl Iterator<Item = &'static str> {
    [
        include_str!("../devset/en.tsv"),
        include_str!("../devset/es.tsv"),
        include_str!("../devset/pt.tsv"),
        include_str!("../devset/ht.tsv"),
        include_str!("../devset2/mixed.tsv"),
    ]
    .into_iter()
    .flat_map(str::lines)
    .filter_map(|line| line.split_once('\t').map(|(_, text)| text))
}

#[test]
fn the_committed_model_file_fits_the_content_and_is_what_loads() {
    // If this fails, the examples, intents or indexing code changed after the last `kyr train`:
    // run it and commit intents/matcher.model.
    assert_eq!(catalog().model_file(), Ok(()));
}

#[test]
fn the_model_file_understands_exactly_like_a_fresh_build() {
    use kyr::understand::Matcher;
    let content = catalog().content();
    let read = Matcher::from_model(content, kyr::content::embedded_model()).expect("the model file fits");
    let built = Matcher::for_content(content);
    assert_eq!(read.feature_count(), built.feature_count());
    let mut compared = 0;
    for text in dev_messages() {
        let (a, b) = (read.decide(text), built.decide(text));
        assert_eq!(a.outcome, b.outcome, "{text:?}");
        assert_eq!(a.lang, b.lang, "{text:?}");
        let intents = |d: &kyr::understand::Decision| d.ranked.iter().map(|s| (s.intent, s.lang)).collect::<Vec<_>>();
        assert_eq!(intents(&a), intents(&b), "{text:?}");
        for (x, y) in a.ranked.iter().zip(&b.ranked) {
            assert!((x.score - y.score).abs() < 1e-5, "{text:?}: {} vs {}", x.score, y.score);
        }
        compared += 1;
    }
    assert!(compared > 1500, "only {compared} dev messages compared");
}

#[test]
fn a_damaged_or_foreign_model_file_is_refused_and_never_trusted() {
    use kyr::understand::{Matcher, ModelError};
    let content = catalog().content();
    let good = kyr::content::embedded_model().expect("the build embeds intents/matcher.model");
    assert_eq!(Matcher::from_model(content, None).err(), Some(ModelError::Missing));
    assert!(matches!(
        Matcher::from_model(content, Some(b"not a model")),
        Err(ModelError::Corrupt(_))
    ));
    // Cut anywhere, the file is an error (and never a panic or an out-of-bounds read later).
    for cut in [4, 9, 17, 100, good.len() / 3, good.len() / 2, good.len() - 1] {
        assert!(
            matches!(
                Matcher::from_model(content, Some(&good[..cut])),
                Err(ModelError::Corrupt(_) | ModelError::Stale)
            ),
            "cut at {cut}"
        );
    }
    let mut longer = good.to_vec();
    longer.push(0);
    assert!(matches!(
        Matcher::from_model(content, Some(&longer)),
        Err(ModelError::Corrupt(_))
    ));
    // A file built from other examples is stale: the matcher is built instead, and check says so.
    let sources: Vec<kyr::content::Source> = kyr::content::embedded_sources()
        .into_iter()
        .map(|mut s| {
            if s.path == "intents/examples/en.toml" {
                s.text = s
                    .text
                    .replacen("ice_at_door = [", "ice_at_door = [\n    \"a brand new example\",", 1);
            }
            s
        })
        .collect();
    let edited = Catalog::load_unchecked(&sources, Some(good)).expect("edited content loads");
    assert_eq!(edited.model_file(), Err(&ModelError::Stale));
    assert_eq!(
        edited
            .classify("ICE is at my door what do I do", None)
            .intent
            .as_deref(),
        Some("ice_at_door"),
        "a stale file must not stop understanding"
    );
    let problems = kyr::check::check(&edited);
    assert!(
        problems
            .iter()
            .any(|p| p.file == "intents/matcher.model" && p.message.contains("kyr train")),
        "{problems:#?}"
    );
}

#[test]
fn someone_else_in_danger_gets_the_urgent_answer_and_a_format_request_the_summary() {
    let cases = [
        (
            "my neighbor just texted me that immigration agents are banging on her door right now, what should she do",
            "ice_at_door",
        ),
        (
            "mi cuñado me esta llamando, lo pararon manejando y el oficial le pide papeles, que le digo",
            "stopped_in_car",
        ),
        (
            "meu primo ta no trabalho e a imigração entrou agora na fábrica, o que ele faz",
            "ice_at_work",
        ),
        (
            "can you give me something short i can save on my phone and show the officer",
            "know_your_rights",
        ),
        (
            "quiero una lista corta de mis derechos para imprimir y repartir",
            "know_your_rights",
        ),
    ];
    for (text, intent) in cases {
        let result = catalog().classify(text, None);
        assert_eq!(result.intent.as_deref(), Some(intent), "{text:?}: {result:?}");
    }
}

#[test]
fn urgent_answers_and_the_help_menu_offer_the_rights_card_and_a_report() {
    let catalog = catalog();
    let offers = |id: &str, lang: Lang| {
        let index = catalog.intent_index(id).expect("a known intent");
        let reply = catalog.composer().answer(lang, index);
        let actions: Vec<Action> = reply.buttons.iter().flatten().map(|b| b.action).collect();
        (actions.contains(&Action::Card), actions.contains(&Action::Report))
    };
    for lang in Lang::ALL {
        assert_eq!(offers("ice_at_door", lang), (true, true), "{lang}");
        assert_eq!(offers("help_menu", lang), (true, true), "{lang}");
        assert_eq!(offers("know_your_rights", lang), (true, false), "{lang}");
        assert_eq!(offers("file_complaint", lang), (false, false), "{lang}");
    }
}

/// A client set to Traditional Chinese gets Simplified Chinese, and the welcome says so once;
/// Simplified clients, and chats that chose a language, get no note.
#[test]
fn traditional_chinese_clients_are_told_once_that_answers_are_simplified() {
    let conversation = Conversation::new(catalog(), "kyr_bot");
    let note = catalog().locales().text(Lang::Zh, "traditional-chinese-note");
    let start = || Input::Command(Command::from_parts("start", ""));
    for tag in ["zh-TW", "zh-Hant", "zh-HK"] {
        let context = ChatContext::new(None, Some(tag));
        assert_eq!(context.lang(), Lang::Zh);
        let welcome = conversation.handle(start(), context);
        assert_eq!(welcome.reply.lang, Lang::Zh);
        assert!(welcome.reply.html().starts_with(&note), "{tag}");
        let answer = conversation.handle(Input::Text("移民局在我家門口怎麼辦"), context);
        assert_eq!(answer.reply.lang, Lang::Zh);
        assert!(!answer.reply.html().contains(&note), "said once, at the start");
    }
    for context in [
        ChatContext::new(None, Some("zh-CN")),
        ChatContext::new(Some(Lang::Zh), Some("zh-TW")),
    ] {
        assert!(!conversation.handle(start(), context).reply.html().contains(&note));
    }
}

/// Arabic replies keep phone numbers, links and Latin names in order: each left-to-right run is
/// isolated, and the reply is still HTML Telegram accepts.
#[test]
fn arabic_replies_isolate_numbers_and_links() {
    let conversation = Conversation::new(catalog(), "kyr_bot");
    let context = ChatContext::new(Some(Lang::Ar), None);
    let turn = conversation.handle(Input::Text("ICE عند الباب ماذا افعل"), context);
    assert_eq!(turn.reply.lang, Lang::Ar);
    let html = turn.reply.html();
    assert!(html.contains("\u{2066}1-844-363-1423\u{2069}"), "{html}");
    assert!(html.contains("\u{2066}ICE\u{2069}"), "{html}");
    assert!(kyr::content::html::parse(&html).is_ok());
    let english = conversation.handle(Input::Text("ICE is at my door"), ChatContext::default());
    assert!(!english.reply.html().contains('\u{2066}'), "only right-to-left replies");
}
