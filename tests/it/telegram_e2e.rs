//! End-to-end tests of the Telegram adapter: the real bot (`kyr::adapters::telegram::start`: dispatcher,
//! long polling, retries) against a fake Bot API server in the test process. Each test has its
//! own fake server, store and bot, so tests share nothing but the read-only catalog.

use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use kyr::adapters::telegram::Running;
use kyr::content::Category;
use kyr::conversation::{ChatContext, Command, Conversation, Input};
use kyr::reply::{Composer, Reply};
use kyr::store::Store;
use kyr::{Catalog, Lang};
use serde_json::Value;

use crate::support::fake_bot_api::{
    keyboard_rows, text_message, Call, FakeBotApi, Fault, KeyButton, Media, SentMessage, TgChat, TgUser, BOT_USERNAME,
};

/// Longest wait for a reply that involves no injected delay. Generous for a loaded CI machine.
const WAIT: Duration = Duration::from_secs(8);
/// How long to watch for messages that must not arrive.
const QUIET: Duration = Duration::from_millis(400);
/// The bot admin's user id in these tests.
const ADMIN: u64 = 999;

fn catalog() -> Arc<Catalog> {
    static CATALOG: OnceLock<Arc<Catalog>> = OnceLock::new();
    CATALOG
        .get_or_init(|| {
            Arc::new(kyr::check::load_embedded().expect("the embedded content loads (run `cargo run -- check`)"))
        })
        .clone()
}

/// One bot under test, with its own fake server and in-memory store.
struct TestBot {
    fake: FakeBotApi,
    catalog: Arc<Catalog>,
    store: Arc<Store>,
    running: Option<Running>,
}

async fn start_bot() -> TestBot {
    let fake = FakeBotApi::start().await;
    let catalog = catalog();
    let store = Arc::new(Store::open_in_memory().expect("in-memory store"));
    let running = tokio::time::timeout(
        Duration::from_secs(10),
        kyr::adapters::telegram::start(fake.bot(), catalog.clone(), store.clone(), vec![ADMIN], 25),
    )
    .await
    .expect("the bot starts within 10 s")
    .expect("the bot starts");
    TestBot {
        fake,
        catalog,
        store,
        running: Some(running),
    }
}

impl TestBot {
    fn composer(&self) -> Composer<'_> {
        self.catalog.composer()
    }

    fn intent(&self, id: &str) -> usize {
        self.catalog
            .intent_index(id)
            .unwrap_or_else(|| panic!("intent {id} exists"))
    }

    fn slug(&self, index: usize) -> String {
        self.catalog.intent(index).slug.clone()
    }

    /// Waits for the next `reply.parts.len()` messages to `chat` (after the `seen` already
    /// checked), asserts they are exactly `reply` (texts, HTML mode, keyboard on the last part),
    /// advances `seen`, and returns them.
    async fn expect_reply(&self, chat: i64, seen: &mut usize, reply: &Reply) -> Vec<SentMessage> {
        let all = self.fake.wait_for_messages(chat, *seen + reply.parts.len(), WAIT).await;
        let got = all[*seen..*seen + reply.parts.len()].to_vec();
        assert_reply(&self.catalog, &got, reply);
        *seen += reply.parts.len();
        got
    }

    /// Asserts that `chat` got exactly `count` messages and nothing more arrives.
    async fn expect_no_more(&self, chat: i64, count: usize) {
        let all = self.fake.messages_after(chat, QUIET).await;
        assert_eq!(
            all.len(),
            count,
            "chat {chat} got unexpected messages: {:#?}",
            all.iter().skip(count).map(|m| short(m.text())).collect::<Vec<_>>()
        );
    }

    /// Stops the bot (bounded) and checks everything it sent was valid for Telegram.
    async fn finish(mut self) {
        let running = self.running.take().expect("running");
        tokio::time::timeout(Duration::from_secs(5), running.stop())
            .await
            .expect("the bot stops within 5 s");
        for message in self.fake.sent() {
            assert_valid_html(message.text());
        }
        let rejected = self.fake.rejected();
        assert!(
            rejected.is_empty(),
            "Telegram would have rejected these requests: {:#?}",
            rejected.iter().map(|c| (&c.method, c.response())).collect::<Vec<_>>()
        );
    }
}

fn short(text: &str) -> String {
    text.chars().take(100).collect()
}

/// Telegram HTML that parses, at most 4,096 visible characters.
fn assert_valid_html(text: &str) {
    let parsed = kyr::content::html::parse(text).unwrap_or_else(|e| panic!("invalid Telegram HTML ({e}) in:\n{text}"));
    assert!(
        parsed.telegram_len() <= 4096,
        "message of {} visible characters (over 4,096): {}",
        parsed.telegram_len(),
        short(text)
    );
    assert!(parsed.telegram_len() > 0, "empty message");
}

/// The sent messages are exactly `reply`: same texts in order, HTML, and the reply's keyboard on
/// the last message only.
fn assert_reply(catalog: &Catalog, got: &[SentMessage], reply: &Reply) {
    assert_eq!(got.len(), reply.parts.len());
    let expected_markup =
        kyr::adapters::telegram::keyboard::reply_keyboard(catalog, reply).map(|k| serde_json::to_value(k).unwrap());
    for (i, (message, part)) in got.iter().zip(&reply.parts).enumerate() {
        assert_eq!(
            message.text(),
            *part,
            "message {i} of the reply differs (expected the {} reply)",
            reply.lang
        );
        assert_eq!(message.parse_mode(), Some("HTML"), "messages are sent as HTML");
        assert_valid_html(message.text());
        if i + 1 == got.len() {
            assert_eq!(
                message.reply_markup(),
                expected_markup.as_ref(),
                "keyboard of the reply"
            );
        } else {
            assert_eq!(message.reply_markup(), None, "only the last part carries the keyboard");
        }
    }
}

fn callback_data(messages: &[SentMessage]) -> Vec<String> {
    messages.last().map(SentMessage::callback_data).unwrap_or_default()
}

fn last_buttons(messages: &[SentMessage]) -> Vec<KeyButton> {
    messages.last().map(SentMessage::buttons).unwrap_or_default()
}

/// The welcome keyboard: emergency, the topic categories and the language picker.
fn assert_welcome_keyboard(messages: &[SentMessage], lang: Lang) {
    let data = callback_data(messages);
    for code in Lang::ALL.map(Lang::code) {
        assert!(
            data.contains(&format!("l:{code}")),
            "language picker lacks {code}: {data:?}"
        );
    }
    for category in ["encounter", "rights", "help"] {
        assert!(
            data.contains(&format!("c:{category}:{lang}")),
            "topic menu lacks {category}: {data:?}"
        );
    }
    assert!(data.contains(&format!("e:{lang}")), "no emergency button: {data:?}");
}

/// An intent answer carries its related topics, a share button (inline mode) and the menu.
fn assert_answer_buttons(bot: &TestBot, messages: &[SentMessage], index: usize, lang: Lang) {
    let buttons = last_buttons(messages);
    let data: Vec<String> = buttons.iter().filter_map(|b| b.callback_data.clone()).collect();
    for related in &bot.catalog.intent(index).related {
        let slug = bot.slug(bot.intent(related));
        assert!(
            data.contains(&format!("i:{slug}:{lang}")),
            "no related-topic button for {related}: {data:?}"
        );
    }
    let share: Vec<&str> = buttons
        .iter()
        .filter_map(|b| b.switch_inline_query.as_deref())
        .collect();
    assert_eq!(share, vec![format!("{}_{lang}", bot.slug(index))], "one share button");
    assert!(data.contains(&format!("t:{lang}")), "no topics button: {data:?}");
}

// =============================================================================== the fake itself

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fake_api_json_is_what_teloxide_expects() {
    use teloxide::prelude::*;
    use teloxide::types::{ChatMemberStatus, MediaKind, MessageKind, UpdateKind};

    let fake = FakeBotApi::start().await;
    let user = TgUser::new(7).lang("pt-BR").username("maria");
    let group = TgChat::supergroup(-1_001_234_567_890, "Vizinhos");
    fake.push_private_text(&user, "/start door_es");
    fake.push_mention(&group, &user, "onde fica a porta");
    for media in Media::ALL {
        fake.push_media(&user.chat(), &user, media);
    }
    fake.push_callback_in(&user.chat(), &user, "i:door:es");
    fake.push_inline_query(&user, "door");
    fake.push_my_chat_member(&user.chat(), &user, "member", "kicked");

    let updates: Vec<teloxide::types::Update> = fake
        .pending_updates()
        .into_iter()
        // As on the wire: teloxide parses updates from text (`from_value` is not supported).
        .map(|u| serde_json::from_str(&u.to_string()).unwrap_or_else(|e| panic!("{e}: {u}")))
        .collect();
    assert_eq!(updates.len(), 10);
    let kinds: Vec<&str> = updates
        .iter()
        .map(|u| match &u.kind {
            UpdateKind::Message(m) => match &m.kind {
                MessageKind::Common(common) => match &common.media_kind {
                    MediaKind::Text(_) => "text",
                    MediaKind::Sticker(_) => "sticker",
                    MediaKind::Photo(_) => "photo",
                    MediaKind::Voice(_) => "voice",
                    MediaKind::Location(_) => "location",
                    MediaKind::Document(_) => "document",
                    _ => "other media",
                },
                _ => "other message",
            },
            UpdateKind::CallbackQuery(_) => "callback",
            UpdateKind::InlineQuery(_) => "inline",
            UpdateKind::MyChatMember(_) => "my_chat_member",
            UpdateKind::Error(e) => panic!("teloxide could not parse {e}"),
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "text",
            "text",
            "sticker",
            "photo",
            "voice",
            "location",
            "document",
            "callback",
            "inline",
            "my_chat_member"
        ]
    );
    let UpdateKind::Message(first) = &updates[0].kind else {
        unreachable!()
    };
    assert_eq!(first.from.as_ref().unwrap().language_code.as_deref(), Some("pt-BR"));
    assert!(first.chat.is_private());
    let UpdateKind::Message(mention) = &updates[1].kind else {
        unreachable!()
    };
    assert!(mention.chat.is_supergroup());
    assert_eq!(mention.text(), Some("@kyr_test_bot onde fica a porta"));

    // Answers of the methods parse too.
    let bot = fake.bot();
    let me = bot.get_me().await.expect("getMe");
    assert_eq!(me.username(), BOT_USERNAME);
    assert!(me.supports_inline_queries && me.can_join_groups);
    for status in ["creator", "administrator", "member", "left", "kicked"] {
        fake.set_member_status(group.id, 5, status);
        let member = bot
            .get_chat_member(ChatId(group.id), UserId(5))
            .await
            .expect("getChatMember");
        let expected = match status {
            "creator" => ChatMemberStatus::Owner,
            "administrator" => ChatMemberStatus::Administrator,
            "member" => ChatMemberStatus::Member,
            "left" => ChatMemberStatus::Left,
            _ => ChatMemberStatus::Banned,
        };
        assert_eq!(member.status(), expected);
    }
    let chat = bot.get_chat(ChatId(group.id)).await.expect("getChat");
    assert_eq!(chat.id, ChatId(group.id));
    let sent = bot
        .send_message(ChatId(7), "<b>hi</b>")
        .parse_mode(teloxide::types::ParseMode::Html)
        .await
        .expect("sendMessage");
    assert_eq!(sent.chat.id, ChatId(7));
    // Telegram's checks: bad HTML is refused with 400, injected faults come back as errors.
    let bad = bot
        .send_message(ChatId(7), "<b>hi")
        .parse_mode(teloxide::types::ParseMode::Html)
        .await;
    assert!(bad.is_err());
    assert_eq!(fake.rejected().len(), 1);
    fake.inject(Fault::too_many_requests("sendMessage", 3).for_chat(7));
    let flood = bot.send_message(ChatId(8), "other chat").await;
    assert!(flood.is_ok(), "a fault for chat 7 leaves chat 8 alone");
    match bot.send_message(ChatId(7), "x").await {
        Err(teloxide::RequestError::RetryAfter(s)) => assert_eq!(s.seconds(), 3),
        other => panic!("expected RetryAfter, got {other:?}"),
    }
    assert_eq!(fake.call_count("sendmessage"), 4);
    assert_eq!(fake.messages_to(7).len(), 1);
}

// ====================================================================================== /start

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_welcomes_in_the_client_language() {
    let bot = start_bot().await;
    let cases = [
        ("en", Lang::En),
        ("es-419", Lang::Es),
        ("pt-BR", Lang::Pt),
        ("ht", Lang::Ht),
        ("fr-CA", Lang::Fr),
        ("pl", Lang::Pl),
        ("zh-hans", Lang::Zh),
        ("zh-CN", Lang::Zh),
        ("ar-SA", Lang::Ar),
        ("it", Lang::En),
    ];
    for (id, (code, _)) in (100..).zip(&cases) {
        bot.fake.push_private_text(&TgUser::new(id).lang(code), "/start");
    }
    let mut texts = BTreeSet::new();
    for (chat, (code, lang)) in (100..).zip(&cases) {
        let mut seen = 0;
        let got = bot.expect_reply(chat, &mut seen, &bot.composer().welcome(*lang)).await;
        assert_welcome_keyboard(&got, *lang);
        if *code != "it" {
            texts.insert(got[0].text().to_string());
        }
        bot.expect_no_more(chat, seen).await;
    }
    assert_eq!(texts.len(), Lang::ALL.len(), "each language has its own welcome text");
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deep_links_open_the_linked_answer() {
    let bot = start_bot().await;
    let door = bot.intent("ice_at_door");
    let complaint = bot.intent("file_complaint");
    let user = TgUser::new(200).lang("en-US");
    bot.fake.push_private_text(&user, "/start door_es");
    bot.fake.push_private_text(&user, "/start complaint_ht");
    bot.fake.push_private_text(&user, "/start bogus_payload_42");
    let mut seen = 0;
    let got = bot
        .expect_reply(user.id, &mut seen, &bot.composer().answer(Lang::Es, door))
        .await;
    assert_answer_buttons(&bot, &got, door, Lang::Es);
    let got = bot
        .expect_reply(user.id, &mut seen, &bot.composer().answer(Lang::Ht, complaint))
        .await;
    assert_answer_buttons(&bot, &got, complaint, Lang::Ht);
    let got = bot
        .expect_reply(user.id, &mut seen, &bot.composer().welcome(Lang::En))
        .await;
    assert_welcome_keyboard(&got, Lang::En);
    bot.expect_no_more(user.id, seen).await;
    bot.finish().await;
}

// ==================================================================================== commands

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_command_answers_in_the_client_language() {
    let bot = start_bot().await;
    let user = TgUser::new(300).lang("es-MX");
    let lang = Lang::Es;
    for command in [
        "/help",
        "/topics",
        "/emergency",
        "/resources",
        "/language",
        "/privacy",
        "/subscribe",
        "/frobnicate",
    ] {
        bot.fake.push_private_text(&user, command);
    }
    let c = bot.composer();
    let mut seen = 0;
    bot.expect_reply(user.id, &mut seen, &c.help(lang, BOT_USERNAME)).await;
    bot.expect_reply(user.id, &mut seen, &c.topics(lang)).await;
    let got = bot.expect_reply(user.id, &mut seen, &c.emergency(lang)).await;
    assert!(
        got[0].text().contains(&c.title(lang, bot.intent("ice_at_door"))),
        "/emergency is the door answer"
    );
    bot.expect_reply(user.id, &mut seen, &c.resources(lang)).await;
    let got = bot.expect_reply(user.id, &mut seen, &c.language_picker(lang)).await;
    assert_eq!(callback_data(&got), Lang::ALL.map(|l| format!("l:{l}")));
    bot.expect_reply(user.id, &mut seen, &c.privacy(lang)).await;

    // /subscribe in private: the region picker.
    let all = bot.fake.wait_for_messages(user.id, seen + 1, WAIT).await;
    let picker = &all[seen];
    seen += 1;
    let locales = bot.catalog.locales();
    assert!(
        picker.text().starts_with(&locales.text(lang, "subscribe-intro")),
        "{}",
        short(picker.text())
    );
    let data = picker.callback_data();
    assert_eq!(data.first().map(String::as_str), Some("s:all"));
    assert_eq!(data.last().map(String::as_str), Some("s:done"));
    for region in kyr::store::REGIONS {
        assert!(data.contains(&format!("s:{region}")), "picker lacks {region}");
    }

    // An unknown command: a kind note, then the help.
    let got = bot
        .expect_reply(user.id, &mut seen, &c.unknown_command(lang, BOT_USERNAME))
        .await;
    assert!(got[0].text().starts_with(&locales.text(lang, "unknown-command")));
    assert!(got
        .last()
        .unwrap()
        .text()
        .contains(&c.help(lang, BOT_USERNAME).parts.last().unwrap().clone()));
    bot.expect_no_more(user.id, seen).await;
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forget_deletes_the_chosen_language() {
    let bot = start_bot().await;
    let user = TgUser::new(400).lang("en");
    let c = bot.composer();
    bot.fake.push_private_text(&user, "/start");
    let mut seen = 0;
    let welcome = bot.expect_reply(user.id, &mut seen, &c.welcome(Lang::En)).await;

    // Choose Kreyòl with the language picker under the welcome.
    let cbq = bot.fake.push_callback(&user, "l:ht", welcome.last().unwrap());
    bot.expect_reply(user.id, &mut seen, &c.language_set(Lang::Ht)).await;
    assert_eq!(bot.store.language(user.id).unwrap(), Some(Lang::Ht));
    let answered = bot.fake.wait_for_calls("answerCallbackQuery", 1, WAIT).await;
    assert_eq!(answered[0].str_param("callback_query_id"), Some(cbq.as_str()));

    // /forget answers in the chosen language and deletes it.
    bot.fake.push_private_text(&user, "/forget");
    let got = bot
        .expect_reply(user.id, &mut seen, &c.notice(Lang::Ht, "forget-done", &[]))
        .await;
    assert_eq!(got[0].text(), bot.catalog.locales().text(Lang::Ht, "forget-done"));
    assert_eq!(
        bot.store.language(user.id).unwrap(),
        None,
        "/forget deleted the language"
    );

    // Back to the client's language.
    bot.fake.push_private_text(&user, "/start");
    bot.expect_reply(user.id, &mut seen, &c.welcome(Lang::En)).await;
    bot.expect_no_more(user.id, seen).await;
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn subscribe_picker_toggles_regions_and_saves() {
    let bot = start_bot().await;
    let user = TgUser::new(450).lang("pt-BR");
    let lang = Lang::Pt;
    bot.fake.push_private_text(&user, "/subscribe");
    let picker = bot.fake.wait_for_messages(user.id, 1, WAIT).await.remove(0);

    bot.fake.push_callback(&user, "s:fairfield", &picker);
    let edits = bot.fake.wait_for_calls("editMessageReplyMarkup", 1, WAIT).await;
    assert_eq!(edits[0].chat_id(), Some(user.id));
    assert_eq!(edits[0].params["message_id"].as_i64(), Some(picker.message_id));
    let rows = keyboard_rows(edits[0].params.get("reply_markup"));
    let marked: Vec<&KeyButton> = rows
        .iter()
        .flatten()
        .filter(|b| b.callback_data.as_deref() != Some("s:done") && b.text.starts_with('☑'))
        .collect();
    assert_eq!(marked.len(), 1);
    assert_eq!(marked[0].callback_data.as_deref(), Some("s:fairfield"));

    bot.fake.push_callback(&user, "s:done", &picker);
    let done = bot.fake.wait_for_messages(user.id, 2, WAIT).await.remove(1);
    let region = kyr::alerts::region_name(&bot.catalog, lang, "fairfield");
    assert!(done.text().contains(&region), "{}", done.text());
    let subscription = bot.store.subscription(user.id).unwrap().expect("subscribed");
    assert_eq!(subscription.regions, ["fairfield"]);
    assert_eq!(subscription.lang, lang);

    bot.fake.push_private_text(&user, "/unsubscribe");
    let gone = bot.fake.wait_for_messages(user.id, 3, WAIT).await.remove(2);
    assert_eq!(gone.text(), bot.catalog.locales().text(lang, "unsubscribe-done"));
    assert_eq!(bot.store.subscription(user.id).unwrap(), None);
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn group_subscribe_is_for_group_admins() {
    let bot = start_bot().await;
    let group = TgChat::supergroup(-1_001_000_000_451, "Comunidad");
    let user = TgUser::new(451).lang("es");
    bot.fake.push_text(&group, &user, "/subscribe@kyr_test_bot");
    let refused = bot.fake.wait_for_messages(group.id, 1, WAIT).await.remove(0);
    assert_eq!(
        refused.text(),
        bot.catalog.locales().text(Lang::Es, "group-only-admins")
    );
    let checks = bot.fake.calls("getChatMember");
    assert_eq!(checks.len(), 1);
    assert_eq!(checks[0].params["user_id"].as_i64(), Some(user.id));

    bot.fake.set_member_status(group.id, user.id, "administrator");
    bot.fake.push_text(&group, &user, "/subscribe");
    let picker = bot.fake.wait_for_messages(group.id, 2, WAIT).await.remove(1);
    assert_eq!(picker.callback_data().last().map(String::as_str), Some("s:done"));
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registers_localized_commands_and_descriptions() {
    let bot = start_bot().await;
    let commands = bot.fake.calls("setMyCommands");
    assert_eq!(
        commands.len(),
        Lang::ALL.len() + 1,
        "one menu per language plus the default"
    );
    let codes: BTreeSet<Option<&str>> = commands.iter().map(|c| c.str_param("language_code")).collect();
    let expected: BTreeSet<Option<&str>> = std::iter::once(None).chain(Lang::ALL.map(|l| Some(l.code()))).collect();
    assert_eq!(codes, expected);
    for call in &commands {
        let names: Vec<&str> = call.params["commands"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["command"].as_str().unwrap())
            .collect();
        for name in ["start", "help", "emergency", "topics", "language", "privacy", "forget"] {
            assert!(names.contains(&name), "menu lacks /{name}");
        }
        for command in call.params["commands"].as_array().unwrap() {
            let description = command["description"].as_str().unwrap();
            assert!(
                (1..=256).contains(&description.chars().count()),
                "bad description {description:?}"
            );
        }
    }
    for (method, field, limit) in [
        ("setMyDescription", "description", 512),
        ("setMyShortDescription", "short_description", 120),
    ] {
        let calls = bot.fake.calls(method);
        assert_eq!(calls.len(), Lang::ALL.len(), "{method} in every language");
        let texts: BTreeSet<&str> = calls.iter().map(|c| c.str_param(field).unwrap()).collect();
        assert_eq!(texts.len(), Lang::ALL.len(), "{method}: each language has its own text");
        for text in texts {
            assert!(!text.is_empty() && text.chars().count() <= limit, "{method}: {text:?}");
        }
    }
    bot.finish().await;
}

// ================================================================================== free text

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn free_text_is_answered_in_the_language_it_is_written_in() {
    let bot = start_bot().await;
    let door = bot.intent("ice_at_door");
    let cases = [
        ("la migra esta en mi puerta", Lang::Es),
        ("ICE tá na minha porta", Lang::Pt),
        ("imigrasyon nan pòt mwen", Lang::Ht),
        ("ICE is at my door", Lang::En),
    ];
    for (id, (text, _)) in (500..).zip(&cases) {
        // The client says English: the message's language wins over it.
        bot.fake.push_private_text(&TgUser::new(id).lang("en"), text);
    }
    for (chat, (text, lang)) in (500..).zip(&cases) {
        let decision = bot.catalog.understand(text);
        assert_eq!(
            decision.intent().map(|s| s.intent),
            Some(door),
            "the matcher understands {text:?} as ice_at_door: {decision:?}"
        );
        let expected = bot.composer().answer(*lang, door);
        let mut seen = 0;
        let got = bot.expect_reply(chat, &mut seen, &expected).await;
        assert_answer_buttons(&bot, &got, door, *lang);
        bot.expect_no_more(chat, seen).await;
    }
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chosen_language_wins_over_the_message_language() {
    let bot = start_bot().await;
    let door = bot.intent("ice_at_door");
    let user = TgUser::new(600).lang("es");
    bot.fake.push_callback_in(&user.chat(), &user, "l:ht");
    let mut seen = 0;
    bot.expect_reply(user.id, &mut seen, &bot.composer().language_set(Lang::Ht))
        .await;
    bot.fake.push_private_text(&user, "la migra esta en mi puerta");
    let got = bot
        .expect_reply(user.id, &mut seen, &bot.composer().answer(Lang::Ht, door))
        .await;
    assert_answer_buttons(&bot, &got, door, Lang::Ht);
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn out_of_scope_text_gets_the_fallback_and_menu() {
    let bot = start_bot().await;
    let user = TgUser::new(700).lang("en");
    let text = "what's the weather tomorrow";
    let decision = bot.catalog.understand(text);
    assert_eq!(decision.intent(), None, "out of scope: {decision:?}");
    bot.fake.push_private_text(&user, text);
    let mut seen = 0;
    let got = bot
        .expect_reply(user.id, &mut seen, &bot.composer().fallback(Lang::En))
        .await;
    assert_eq!(got[0].text(), bot.catalog.locales().text(Lang::En, "fallback"));
    let data = callback_data(&got);
    assert!(data.contains(&"e:en".to_string()), "emergency button: {data:?}");
    assert!(data.iter().any(|d| d.starts_with("c:")), "topic menu: {data:?}");
    assert!(
        !data.iter().any(|d| d.starts_with("i:")),
        "no intent answered: {data:?}"
    );
    assert!(last_buttons(&got).iter().all(|b| b.switch_inline_query.is_none()));
    bot.expect_no_more(user.id, seen).await;
    bot.finish().await;
}

// ===================================================================================== buttons

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_intent_button_answers_the_callback_and_sends_the_answer() {
    let bot = start_bot().await;
    let door = bot.intent("ice_at_door");
    let user = TgUser::new(800).lang("en");
    bot.fake.push_private_text(&user, "/topics");
    let mut seen = 0;
    let menu = bot
        .expect_reply(user.id, &mut seen, &bot.composer().topics(Lang::En))
        .await;

    let id = bot.fake.push_callback(&user, "i:door:es", menu.last().unwrap());
    let got = bot
        .expect_reply(user.id, &mut seen, &bot.composer().answer(Lang::Es, door))
        .await;
    assert_answer_buttons(&bot, &got, door, Lang::Es);
    let answered = bot.fake.wait_for_calls("answerCallbackQuery", 1, WAIT).await;
    assert_eq!(answered.len(), 1);
    assert_eq!(answered[0].str_param("callback_query_id"), Some(id.as_str()));

    // A related-topic button under that answer works too.
    let related = got
        .last()
        .unwrap()
        .callback_data()
        .into_iter()
        .find(|d| d.starts_with("i:"))
        .expect("a related topic");
    let slug = related.split(':').nth(1).unwrap();
    let index = bot.catalog.intent_by_slug(slug).unwrap();
    bot.fake.push_callback(&user, &related, got.last().unwrap());
    bot.expect_reply(user.id, &mut seen, &bot.composer().answer(Lang::Es, index))
        .await;
    bot.fake.wait_for_calls("answerCallbackQuery", 2, WAIT).await;
    bot.expect_no_more(user.id, seen).await;
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stale_or_forged_buttons_are_answered_politely() {
    let bot = start_bot().await;
    let user = TgUser::new(900).lang("pt-BR");
    let mut noise = 0x2545_f491_4f6c_dd1d_u64;
    let random: Vec<u8> = (0..200)
        .map(|_| {
            noise ^= noise << 13;
            noise ^= noise >> 7;
            noise ^= noise << 17;
            noise.to_le_bytes()[3] // bits 24 to 31
        })
        .collect();
    let random = String::from_utf8_lossy(&random).into_owned();
    let forged = [
        "zzz",
        "i:nope:es",
        random.as_str(),
        "i:door:es:extra",
        "l:xx",
        "c:nothing:en",
        "s:atlantis",
    ];
    for data in forged {
        bot.fake.push_callback_in(&user.chat(), &user, data);
    }
    let stale = bot.composer().stale_button(Lang::Pt);
    let mut seen = 0;
    for _ in forged {
        let got = bot.expect_reply(user.id, &mut seen, &stale).await;
        assert_eq!(got[0].text(), bot.catalog.locales().text(Lang::Pt, "stale-button"));
    }
    bot.fake.wait_for_calls("answerCallbackQuery", forged.len(), WAIT).await;
    bot.expect_no_more(user.id, seen).await;
    // Still serving.
    bot.fake.push_private_text(&user, "/start");
    bot.expect_reply(user.id, &mut seen, &bot.composer().welcome(Lang::Pt))
        .await;
    bot.finish().await;
}

// ================================================================================ HTML sweep

/// Everything the bot can say, in every language, is valid Telegram HTML within 4,096
/// characters, and is exactly what the conversation composes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_message_the_bot_sends_is_valid_telegram_html() {
    let bot = start_bot().await;
    // Accept everything, so an invalid message is reported here with its text rather than as a
    // missing reply.
    bot.fake.set_strict(false);
    let catalog = bot.catalog.clone();
    let conversation = Conversation::new(&catalog, BOT_USERNAME);
    let mut expected: Vec<(i64, Vec<Reply>)> = Vec::new();
    for (id, lang) in (1000..).zip(Lang::ALL) {
        let user = TgUser::new(id).lang(lang.code());
        let context = ChatContext {
            chosen: None,
            client: Some(lang),
            traditional_chinese: false,
        };
        let mut replies = Vec::new();
        let mut command = |text: &str| {
            bot.fake.push_private_text(&user, text);
            let body = &text[1..];
            let (name, args) = body.split_once(' ').unwrap_or((body, ""));
            replies.push(
                conversation
                    .handle(Input::Command(Command::from_parts(name, args)), context)
                    .reply,
            );
        };
        for text in [
            "/start",
            "/help",
            "/topics",
            "/emergency",
            "/resources",
            "/language",
            "/privacy",
            "/nonsense",
        ] {
            command(text);
        }
        for intent in catalog.intents() {
            command(&format!("/start {}_{}", intent.slug, lang.code()));
        }
        for text in ["what's the weather tomorrow", "hello", "ICE is at my door"] {
            bot.fake.push_private_text(&user, text);
            replies.push(conversation.handle(Input::Text(text), context).reply);
        }
        bot.fake.push_media(&user.chat(), &user, Media::Sticker);
        replies.push(conversation.handle(Input::NonText, context).reply);
        expected.push((user.id, replies));
    }
    let mut total = 0;
    for (chat, replies) in &expected {
        let mut seen = 0;
        for reply in replies {
            bot.expect_reply(*chat, &mut seen, reply).await;
        }
        total += seen;
    }
    // Category menus through their buttons (callback queries).
    for (id, lang) in (1100..).zip(Lang::ALL) {
        let user = TgUser::new(id).lang(lang.code());
        let mut seen = 0;
        for category in [Category::Encounter, Category::Rights, Category::Help] {
            bot.fake
                .push_callback_in(&user.chat(), &user, &format!("c:{}:{lang}", category.name()));
            bot.expect_reply(user.id, &mut seen, &bot.composer().category(lang, category))
                .await;
        }
        for data in [
            format!("r:{lang}"),
            format!("e:{lang}"),
            format!("p:{lang}"),
            format!("t:{lang}"),
        ] {
            bot.fake.push_callback_in(&user.chat(), &user, &data);
            bot.fake.wait_for_messages(user.id, seen + 1, WAIT).await;
            seen = bot.fake.messages_to(user.id).len();
        }
        total += seen;
    }
    let sent = bot.fake.sent();
    assert!(sent.len() >= total && total > 150, "sent {} messages", sent.len());
    for message in &sent {
        assert_valid_html(message.text());
        assert_eq!(message.parse_mode(), Some("HTML"));
        for data in message.callback_data() {
            assert!(
                (1..=64).contains(&data.len()),
                "callback data {data:?} is not 1-64 bytes"
            );
        }
    }
    bot.finish().await;
}

// =============================================================================== inline mode

fn inline_articles(call: &Call) -> Vec<(String, String, Value)> {
    call.params["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            assert_eq!(r["type"], "article");
            let content = &r["input_message_content"];
            assert_eq!(content["parse_mode"], "HTML");
            (
                r["id"].as_str().unwrap().to_string(),
                content["message_text"].as_str().unwrap().to_string(),
                r.clone(),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inline_queries_return_ready_to_post_answers() {
    let bot = start_bot().await;
    let door = bot.intent("ice_at_door");
    let c = bot.composer();
    let user = TgUser::new(1200);

    // "@kyr_test_bot ice at my door": the best match first, its first screen ready to post, with a
    // button that opens the whole answer in the bot.
    let id = bot.fake.push_inline_query(&user, "ice at my door");
    let calls = bot.fake.wait_for_calls("answerInlineQuery", 1, WAIT).await;
    assert_eq!(calls[0].str_param("inline_query_id"), Some(id.as_str()));
    let articles = inline_articles(&calls[0]);
    assert!(
        !articles.is_empty() && articles.len() <= 3,
        "{} articles",
        articles.len()
    );
    assert_eq!(articles[0].0, "door_en");
    assert_eq!(articles[0].1, c.first_screen_html(Lang::En, door));
    assert_eq!(articles[0].2["title"], c.title(Lang::En, door));
    assert_eq!(articles[0].2["description"], c.summary(Lang::En, door));
    let link = keyboard_rows(articles[0].2.get("reply_markup"));
    assert_eq!(
        link[0][0].url.as_deref(),
        Some("https://t.me/kyr_test_bot?start=door_en")
    );
    assert_eq!(
        link[0][0].text,
        bot.catalog.locales().text(Lang::En, "open-in-bot-button")
    );

    // A slug names the answer and its language.
    bot.fake.push_inline_query(&user, "door_es");
    let calls = bot.fake.wait_for_calls("answerInlineQuery", 2, WAIT).await;
    let articles = inline_articles(&calls[1]);
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0].0, "door_es");
    assert_eq!(articles[0].1, c.first_screen_html(Lang::Es, door));

    // Nothing typed yet: the urgent topics.
    bot.fake.push_inline_query(&user.clone().lang("ht"), "");
    let calls = bot.fake.wait_for_calls("answerInlineQuery", 3, WAIT).await;
    let ids: BTreeSet<String> = inline_articles(&calls[2]).into_iter().map(|a| a.0).collect();
    let urgent: BTreeSet<String> = bot
        .catalog
        .intents()
        .iter()
        .filter(|i| i.category == Category::Encounter)
        .map(|i| format!("{}_ht", i.slug))
        .chain(["card_ht".to_string()])
        .collect();
    assert!(urgent.len() > 1);
    assert_eq!(ids, urgent);

    for call in bot.fake.calls("answerInlineQuery") {
        for (_, text, _) in inline_articles(&call) {
            assert_valid_html(&text);
        }
    }
    assert_eq!(bot.fake.call_count("sendMessage"), 0, "inline mode sends no messages");
    bot.finish().await;
}

// ====================================================================================== groups

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_groups_the_bot_speaks_only_when_spoken_to() {
    let bot = start_bot().await;
    let door = bot.intent("ice_at_door");
    let c = bot.composer();
    let group = TgChat::supergroup(-1_001_000_001_300, "Vecinos de Hartford");
    let user = TgUser::new(1300).lang("en");
    let mut seen = 0;

    // Plain chatter, and a sticker: nothing. Updates of one chat are handled in order, so the
    // answer to the /help that follows proves they were handled and ignored.
    bot.fake.push_text(&group, &user, "ICE is at my door");
    bot.fake.push_media(&group, &user, Media::Sticker);
    bot.fake.push_text(&group, &user, "/help");
    bot.expect_reply(group.id, &mut seen, &c.help(Lang::En, BOT_USERNAME))
        .await;

    // A command for another bot: ignored; one for us by name: answered.
    bot.fake.push_text(&group, &user, "/help@other_bot");
    bot.fake.push_text(&group, &user, "/privacy@kyr_test_bot");
    let privacy = bot.expect_reply(group.id, &mut seen, &c.privacy(Lang::En)).await;

    // A mention: answered, with the mention stripped before matching.
    bot.fake.push_mention(&group, &user, "ICE is at my door");
    bot.expect_reply(group.id, &mut seen, &c.answer(Lang::En, door)).await;

    // A mention after letters whose lowercase is longer than they are (`İ` is two bytes, its
    // lowercase three): answered, not a crash. Stripping once cut the text inside a letter here.
    bot.fake.push_text(
        &group,
        &user,
        &format!("İİİİİİİİİİİİİİİİ @{BOT_USERNAME} ICE is at my door ééééééé"),
    );
    let expected = Conversation::new(&bot.catalog, BOT_USERNAME)
        .handle(
            Input::Text("İİİİİİİİİİİİİİİİ  ICE is at my door ééééééé"),
            ChatContext {
                chosen: None,
                client: Some(Lang::En),
                traditional_chinese: false,
            },
        )
        .reply;
    bot.expect_reply(group.id, &mut seen, &expected).await;

    // A reply to the bot's message: answered.
    bot.fake
        .push_reply(&group, &user, "ICE is at my door", privacy.last().unwrap());
    bot.expect_reply(group.id, &mut seen, &c.answer(Lang::En, door)).await;

    // A reply to someone else's message is not for the bot.
    let mut other = text_message(&group, &TgUser::new(1301), "hi all");
    other["message_id"] = serde_json::json!(1);
    other["date"] = serde_json::json!(1_700_000_000);
    let mut reply = text_message(&group, &user, "ICE is at my door");
    reply["reply_to_message"] = other;
    bot.fake.push_message(reply);
    bot.fake.push_text(&group, &user, "/topics");
    bot.expect_reply(group.id, &mut seen, &c.topics(Lang::En)).await;

    bot.expect_no_more(group.id, seen).await;
    bot.finish().await;
}

// ============================================================================== non-text input

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn non_text_messages_get_the_text_only_reply() {
    let bot = start_bot().await;
    let user = TgUser::new(1400).lang("es");
    for media in Media::ALL {
        bot.fake.push_media(&user.chat(), &user, media);
    }
    let expected = bot.composer().non_text(Lang::Es);
    let mut seen = 0;
    for _ in Media::ALL {
        let got = bot.expect_reply(user.id, &mut seen, &expected).await;
        assert_eq!(got[0].text(), bot.catalog.locales().text(Lang::Es, "non-text"));
        assert!(callback_data(&got).contains(&"e:es".to_string()));
    }
    bot.expect_no_more(user.id, seen).await;
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blocking_the_bot_forgets_the_chat() {
    let bot = start_bot().await;
    let user = TgUser::new(1450).lang("en");
    bot.fake.push_private_text(&user, "/language ht");
    bot.fake.wait_for_messages(user.id, 1, WAIT).await;
    assert_eq!(bot.store.language(user.id).unwrap(), Some(Lang::Ht));
    bot.fake.push_my_chat_member(&user.chat(), &user, "member", "kicked");
    let forgotten = bot
        .fake
        .wait_until(WAIT, |_| bot.store.language(user.id).unwrap().is_none())
        .await;
    // wait_until wakes on requests; getUpdates polls keep it checking.
    assert!(forgotten, "the language of a chat that blocked the bot is deleted");
    bot.finish().await;
}

// ====================================================================================== errors

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_wait_is_honoured_and_the_reply_arrives_once() {
    let bot = start_bot().await;
    let user = TgUser::new(1500).lang("en");
    bot.fake
        .inject(Fault::too_many_requests("sendMessage", 1).for_chat(user.id));
    bot.fake.push_private_text(&user, "/help");
    let expected = bot.composer().help(Lang::En, BOT_USERNAME);
    let mut seen = 0;
    bot.expect_reply(user.id, &mut seen, &expected).await;
    let calls: Vec<_> = bot
        .fake
        .calls("sendMessage")
        .into_iter()
        .filter(|c| c.chat_id() == Some(user.id))
        .collect();
    assert_eq!(
        calls.len(),
        expected.parts.len() + 1,
        "one refused attempt, then the reply"
    );
    assert_eq!(calls[0].status(), 429);
    assert!(
        calls[1].at - calls[0].at >= Duration::from_millis(950),
        "waited retry_after before retrying"
    );
    // Wait out more than another retry_after: no duplicate.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    bot.expect_no_more(user.id, seen).await;

    bot.fake.push_private_text(&user, "/privacy");
    bot.expect_reply(user.id, &mut seen, &bot.composer().privacy(Lang::En))
        .await;
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_error_is_retried_and_the_reply_arrives_once() {
    // Replies are retried after a short backoff (teloxide's own requests sleep 10 s inside the
    // request after any 5xx; replies do not go through that path).
    let bot = start_bot().await;
    let door = bot.intent("ice_at_door");
    let user = TgUser::new(1600).lang("en");
    let other = TgUser::new(1601).lang("es");
    bot.fake.inject(Fault::server_error("sendMessage").for_chat(user.id));
    let started = Instant::now();
    bot.fake.push_private_text(&user, "ICE is at my door");
    // Meanwhile other chats are served without waiting for the stuck one.
    bot.fake.push_private_text(&other, "/start");
    let mut other_seen = 0;
    bot.expect_reply(other.id, &mut other_seen, &bot.composer().welcome(Lang::Es))
        .await;
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "another chat waited for the 5xx"
    );

    let expected = bot.composer().answer(Lang::En, door);
    let all = bot
        .fake
        .wait_for_messages(user.id, expected.parts.len(), Duration::from_secs(5))
        .await;
    assert_reply(&bot.catalog, &all, &expected);
    let calls: Vec<_> = bot
        .fake
        .calls("sendMessage")
        .into_iter()
        .filter(|c| c.chat_id() == Some(user.id))
        .collect();
    assert_eq!(calls.len(), expected.parts.len() + 1);
    assert_eq!(calls[0].status(), 500);
    let retried_after = calls[1].at - calls[0].at;
    assert!(
        (Duration::from_millis(400)..Duration::from_secs(3)).contains(&retried_after),
        "the reply is retried after a short backoff, not at once and not 10 s later: {retried_after:?}"
    );

    // The chat keeps being served, without the 10 s delay.
    let mut seen = expected.parts.len();
    let asked = Instant::now();
    bot.fake.push_private_text(&user, "/help");
    bot.expect_reply(user.id, &mut seen, &bot.composer().help(Lang::En, BOT_USERNAME))
        .await;
    assert!(asked.elapsed() < Duration::from_secs(3));
    bot.expect_no_more(user.id, seen).await;
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blocked_chat_is_not_retried_and_others_are_served() {
    let bot = start_bot().await;
    let blocked = TgUser::new(1700).lang("en");
    let other = TgUser::new(1701).lang("ht");
    bot.fake.inject(Fault::blocked("sendMessage").for_chat(blocked.id));
    bot.fake.push_private_text(&blocked, "/start");
    bot.fake.push_private_text(&other, "/start");
    let mut other_seen = 0;
    bot.expect_reply(other.id, &mut other_seen, &bot.composer().welcome(Lang::Ht))
        .await;
    let refused = bot.fake.wait_for_calls("sendMessage", 2, WAIT).await;
    tokio::time::sleep(QUIET).await;
    let to_blocked: Vec<_> = bot
        .fake
        .calls("sendMessage")
        .into_iter()
        .filter(|c| c.chat_id() == Some(blocked.id))
        .collect();
    assert_eq!(to_blocked.len(), 1, "403 is not retried: {refused:?}");
    assert_eq!(to_blocked[0].status(), 403);
    assert!(bot.fake.messages_to(blocked.id).is_empty());

    // Unblocked later: served again.
    bot.fake.push_private_text(&blocked, "/start");
    let mut seen = 0;
    bot.expect_reply(blocked.id, &mut seen, &bot.composer().welcome(Lang::En))
        .await;
    bot.finish().await;
}

// ============================================================================ stopping the bot

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stop_is_prompt_and_confirms_handled_updates() {
    let mut bot = start_bot().await;
    let user = TgUser::new(1800).lang("en");
    let last = bot.fake.push_private_text(&user, "/help");
    bot.fake.wait_for_messages(user.id, 1, WAIT).await;
    let running = bot.running.take().unwrap();
    let stopping = Instant::now();
    tokio::time::timeout(Duration::from_secs(3), running.stop())
        .await
        .expect("stop() returns within 3 s");
    assert!(stopping.elapsed() < Duration::from_secs(3));
    // The last poll confirmed the handled update, so a restart would not answer it again.
    let polls = bot.fake.calls("getUpdates");
    let confirmed = polls.iter().filter_map(|c| c.params["offset"].as_i64()).max();
    assert_eq!(confirmed, Some(last + 1));
    // Nothing is polled or answered after stop.
    let stopped = Instant::now();
    bot.fake.push_private_text(&user, "/start");
    tokio::time::sleep(Duration::from_millis(800)).await;
    let late: Vec<String> = bot
        .fake
        .all_calls()
        .iter()
        .filter(|c| c.at > stopped)
        .map(|c| c.method.clone())
        .collect();
    assert!(late.is_empty(), "requests after stop(): {late:?}");
    assert_eq!(bot.fake.messages_to(user.id).len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stop_while_the_dispatcher_waits_on_a_busy_chat_still_returns_and_answers_what_it_fetched() {
    // teloxide's dispatcher hears a shutdown only while it waits for the next update. Here it is
    // busy instead: one chat's first reply sits out a flood wait, the chat's queue (64) fills,
    // and the dispatcher waits to hand over the next update when stop() comes.
    let mut bot = start_bot().await;
    let user = TgUser::new(1850).lang("en");
    bot.fake
        .inject(Fault::too_many_requests("sendMessage", 1).for_chat(user.id));
    const MESSAGES: usize = 150;
    for _ in 0..MESSAGES {
        bot.fake.push_private_text(&user, "/help");
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let running = bot.running.take().unwrap();
    tokio::time::timeout(Duration::from_secs(10), running.stop())
        .await
        .expect("stop() returns while a chat's queue is full");
    // Every update fetched before the stop was answered, once each.
    let polls = bot.fake.calls("getUpdates");
    let fetched: usize = polls
        .iter()
        .map(|c| c.response()["result"].as_array().map_or(0, Vec::len))
        .sum();
    assert!(fetched > 64, "the chat's queue filled ({fetched} fetched)");
    assert_eq!(bot.fake.messages_to(user.id).len(), fetched);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stop_right_after_start_returns() {
    // SIGTERM can come at any time, also while the dispatcher is still starting.
    for _ in 0..3 {
        let mut bot = start_bot().await;
        let running = bot.running.take().unwrap();
        tokio::time::timeout(Duration::from_secs(3), running.stop())
            .await
            .expect("stop() right after start() returns within 3 s");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_previews_and_sends_an_alert_that_reaches_subscribers_in_their_language() {
    let bot = start_bot().await;
    // Subscribers: Fairfield in Spanish and Kreyòl, statewide in Portuguese, New London in English.
    let subscribers = [
        (7001, Lang::Es, "fairfield"),
        (7002, Lang::Ht, "fairfield"),
        (7003, Lang::Pt, "all"),
        (7004, Lang::En, "new_london"),
    ];
    for (chat, lang, region) in subscribers {
        bot.store.subscribe(chat, lang, &[region.to_string()]).unwrap();
    }

    // Anyone else gets the same plain refusal, revealing nothing about who the admins are.
    let stranger = TgUser::new(7100).lang("es");
    bot.fake.push_private_text(&stranger, "/alert");
    let refusal = bot.fake.wait_for_messages(stranger.id, 1, WAIT).await.remove(0);
    assert_eq!(refusal.text(), bot.catalog.locales().text(Lang::Es, "admin-only"));

    let admin = TgUser::new(i64::try_from(ADMIN).unwrap()).lang("en");
    bot.fake.push_private_text(&admin, "/alert");
    let regions = bot.fake.wait_for_messages(admin.id, 1, WAIT).await.remove(0);
    assert!(regions.callback_data().iter().any(|d| d == "a:region:fairfield"));
    bot.fake.push_callback(&admin, "a:region:fairfield", &regions);
    let ask = bot.fake.wait_for_messages(admin.id, 2, WAIT).await.remove(1);
    assert_eq!(ask.text(), bot.catalog.locales().text(Lang::En, "alert-write-text"));

    bot.fake.push_private_text(
        &admin,
        "[es]\nMigra confirmada en Danbury <hoy>\n[ht]\nImigrasyon konfime nan Danbury",
    );
    let shown = bot.fake.wait_for_messages(admin.id, 4, WAIT).await;
    let (preview, confirm) = (&shown[2], &shown[3]);
    // The admin writes no English text, so an English reader sees the first text given (Spanish).
    assert!(
        preview.text().contains("Migra confirmada en Danbury &lt;hoy&gt;"),
        "escaped: {}",
        preview.text()
    );
    assert!(preview.text().contains("Fairfield"));
    assert_eq!(confirm.callback_data(), ["a:send", "a:cancel"]);

    bot.fake.push_callback(&admin, "a:send", confirm);
    for (chat, lang, expected) in [
        (7001, Lang::Es, "Migra confirmada en Danbury &lt;hoy&gt;"),
        (7002, Lang::Ht, "Imigrasyon konfime nan Danbury"),
        (7003, Lang::Pt, "Migra confirmada en Danbury &lt;hoy&gt;"),
    ] {
        let got = bot.fake.wait_for_messages(chat, 1, WAIT).await;
        assert_eq!(got.len(), 1, "exactly one copy for chat {chat}");
        assert!(got[0].text().contains(expected), "{}", got[0].text());
        let verify = bot.catalog.locales().text(lang, "alert-verify-line");
        assert!(
            got[0].text().contains(&verify),
            "the verify-before-sharing line in {lang}"
        );
        assert_eq!(
            got[0].callback_data(),
            [format!("e:{}", lang.code())],
            "the emergency button"
        );
    }
    assert!(
        bot.fake.messages_after(7004, QUIET).await.is_empty(),
        "New London is not alerted"
    );
    // The admin's progress message ends as the final report.
    let report_done = bot
        .fake
        .wait_until(WAIT, |fake| {
            fake.calls("editMessageText")
                .iter()
                .any(|c| c.str_param("text").is_some_and(|t| t.contains("3 sent")))
        })
        .await;
    assert!(report_done, "the admin sees the final report");
    bot.finish().await;
}

// ============================================================================ answer parts

/// A first screen's buttons each send their part as a new message; the same button pressed again
/// right away gets a short pointer instead of a second copy; a stale part button is answered
/// politely. Free text and a deep link both lead with the first screen.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_screen_buttons_send_the_details_and_who_to_call() {
    let bot = start_bot().await;
    let door = bot.intent("ice_at_door");
    let c = bot.composer();
    let user = TgUser::new(1300).lang("es");
    let mut seen = 0;

    bot.fake.push_private_text(&user, "la migra esta tocando mi puerta");
    let first = bot.expect_reply(user.id, &mut seen, &c.answer(Lang::Es, door)).await;
    let data = callback_data(&first);
    assert_eq!(
        data[..2],
        ["d:door:es".to_string(), "w:door:es".to_string()],
        "the parts come first"
    );

    bot.fake.push_callback(&user, "d:door:es", first.last().unwrap());
    let details = bot.expect_reply(user.id, &mut seen, &c.details(Lang::Es, door)).await;
    let body = bot.catalog.locales().text(Lang::Es, "ice_at_door-body");
    assert!(
        details[0].text().contains(&body),
        "the details carry the whole explanation"
    );

    // Pressed again right away: a pointer to the part above, not the same long message.
    bot.fake.push_callback(&user, "d:door:es", first.last().unwrap());
    let again = bot.expect_reply(user.id, &mut seen, &c.already_shown(Lang::Es)).await;
    assert_eq!(again[0].text(), bot.catalog.locales().text(Lang::Es, "already-shown"));

    bot.fake.push_callback(&user, "w:door:es", first.last().unwrap());
    let who = bot
        .expect_reply(user.id, &mut seen, &c.who_to_call(Lang::Es, door))
        .await;
    for referral in &bot.catalog.intent(door).referrals {
        let referral = bot.catalog.referral(referral).unwrap();
        for phone in &referral.phones {
            assert!(who[0].text().contains(phone.as_str()), "{phone} in who to call");
        }
    }

    // After another part, the details may be sent again.
    bot.fake.push_callback(&user, "d:door:es", first.last().unwrap());
    bot.expect_reply(user.id, &mut seen, &c.details(Lang::Es, door)).await;

    // A part button naming no topic is stale, and answered politely.
    bot.fake.push_callback(&user, "w:nosuchtopic:es", first.last().unwrap());
    bot.expect_reply(user.id, &mut seen, &c.stale_button(Lang::Es)).await;

    // A deep link leads with the first screen too.
    bot.fake.push_private_text(&user, "/start court_ht");
    let court = bot.intent("ice_at_courthouse");
    bot.expect_reply(user.id, &mut seen, &c.answer(Lang::Ht, court)).await;

    bot.fake.wait_for_calls("answerCallbackQuery", 5, WAIT).await;
    bot.expect_no_more(user.id, seen).await;
    bot.finish().await;
}

/// A message in a language kyr does not speak gets the note in each of kyr's languages, the
/// language picker and the emergency button, never a guessed topic.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_language_kyr_does_not_speak_gets_the_languages_it_does() {
    let bot = start_bot().await;
    let c = bot.composer();
    let user = TgUser::new(1400).lang("fr");
    let mut seen = 0;
    for text in [
        "Buongiorno, gli agenti dell'immigrazione bussano alla mia porta, devo aprire?",
        "Guten Tag, die Polizei hat meinen Bruder festgenommen, was soll ich jetzt tun?",
        "Сотрудники иммиграционной службы стоят у моей двери, что делать?",
    ] {
        bot.fake.push_private_text(&user, text);
        let got = bot.expect_reply(user.id, &mut seen, &c.other_language()).await;
        for lang in Lang::ALL {
            assert!(got[0]
                .text()
                .contains(&bot.catalog.locales().text(lang, "other-language")));
        }
        let data = callback_data(&got);
        for code in Lang::ALL.map(Lang::code) {
            assert!(
                data.contains(&format!("l:{code}")),
                "language picker lacks {code}: {data:?}"
            );
        }
        assert!(
            data.iter().any(|d| d.starts_with("e:")),
            "no emergency button: {data:?}"
        );
    }
    bot.expect_no_more(user.id, seen).await;
    bot.finish().await;
}
