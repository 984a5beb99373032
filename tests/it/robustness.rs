//! Any input gets a reply and never a panic: arbitrary Unicode, control characters, empty lines,
//! messages at and beyond Telegram's 4,096-character limit — through the same public paths the
//! bot and `kyr classify` use.

use std::sync::OnceLock;

use kyr::content::html;
use kyr::conversation::{ChatContext, Command, Conversation, Input};
use kyr::Catalog;
use kyr::Lang;
use proptest::prelude::*;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| kyr::check::load_embedded().expect("content loads"))
}

fn assert_sendable(text: &str) {
    let turn = Conversation::new(catalog(), "kyr_bot").handle(Input::Text(text), ChatContext::default());
    assert!(!turn.reply.parts.is_empty(), "every input gets a reply");
    for part in &turn.reply.parts {
        let parsed = html::parse(part).expect("replies are valid Telegram HTML");
        assert!(parsed.telegram_len() <= html::MESSAGE_LIMIT);
        assert!(!parsed.text.trim().is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_gets_a_valid_reply(text in any::<String>()) {
        assert_sendable(&text);
        let _ = catalog().classify(&text, Some(Lang::Ht));
    }

    #[test]
    fn long_messages_of_any_script_get_a_valid_reply(text in "\\PC{3000,4200}") {
        assert_sendable(&text);
    }

    #[test]
    fn arbitrary_callback_data_never_panics(data in any::<String>()) {
        let _ = kyr::adapters::telegram::callback::decode(catalog(), &data);
    }

    #[test]
    fn arbitrary_deep_links_never_panic(payload in "[A-Za-z0-9_-]{0,64}") {
        let turn = Conversation::new(catalog(), "kyr_bot").handle(Input::Command(Command::from_parts("start", &payload)), ChatContext::default());
        prop_assert!(!turn.reply.parts.is_empty());
    }
}

#[test]
fn edge_inputs_get_kind_replies() {
    let edge_cases = [
        String::new(),
        " ".repeat(10),
        "\u{0}\u{1}\u{7}\u{1b}[31m".to_string(),
        "🚨🙏😭".to_string(),
        "ICE ".repeat(1024),
        "a".repeat(4096),
        "ñ".repeat(5000),
        "\u{202e}reversed text\u{202c}".to_string(),
        "<b>not html</b> & <script>".to_string(),
        "\u{FEFF}ice at my door".to_string(),
        "𝓘𝓒𝓔 𝓪𝓽 𝓶𝔂 𝓭𝓸𝓸𝓻".to_string(),
    ];
    for text in &edge_cases {
        assert_sendable(text);
    }
}

#[test]
fn empty_text_gets_the_empty_message_reply() {
    let catalog = catalog();
    let turn = Conversation::new(catalog, "kyr_bot").handle(Input::Text("   "), ChatContext::default());
    assert!(turn
        .reply
        .html()
        .contains(&catalog.locales().text(Lang::En, "empty-message")));
}

#[test]
fn non_text_gets_the_read_text_reply_in_the_chat_language() {
    let catalog = catalog();
    let context = ChatContext {
        chosen: Some(Lang::Ht),
        client: None,
        traditional_chinese: false,
    };
    let turn = Conversation::new(catalog, "kyr_bot").handle(Input::NonText, context);
    assert_eq!(turn.reply.html(), catalog.locales().text(Lang::Ht, "non-text"));
    assert!(!turn.reply.buttons.is_empty(), "the menu comes with it");
}
