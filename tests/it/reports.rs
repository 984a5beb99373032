//! Rapid-response reports end to end, through the fake Bot API: a report in each language, with
//! and without a photo; what the verifiers' chat receives (never anything about the reporter, and
//! never a forward); verdicts, the admin's draft and the alert it becomes; limits and mutes;
//! expiry and `/forget`; a restart in the middle; and the broadcast rate measured over every
//! one-second window.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use kyr::adapters::telegram::{Options, Running, TelegramSender};
use kyr::alerts::Broadcaster;
use kyr::config::ReportsConfig;
use kyr::content::Arg;
use kyr::store::{NewReport, ReportState, Store};
use kyr::{Catalog, Lang};

use crate::support::fake_bot_api::{FakeBotApi, Fault, Media, SentMessage, TgChat, TgUser};
use crate::support::rate::max_in_window;

/// Longest wait for a reply. Generous for a loaded CI machine.
const WAIT: Duration = Duration::from_secs(10);
/// How long to watch for messages that must not arrive.
const QUIET: Duration = Duration::from_millis(500);
/// The verifiers' group.
const VERIFIERS: i64 = -1_001_777_000_111;
/// The bot admin.
const ADMIN: u64 = 9_001;
/// The largest size of the fake's photo fixture.
const PHOTO: &str = "AgACAgIAAxkBphoto-m";

fn catalog() -> Arc<Catalog> {
    static CATALOG: OnceLock<Arc<Catalog>> = OnceLock::new();
    CATALOG
        .get_or_init(|| Arc::new(kyr::check::load_embedded().expect("the embedded content loads")))
        .clone()
}

fn text(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    catalog().locales().format(lang, id, args)
}

fn reports_on(ttl: Duration) -> ReportsConfig {
    ReportsConfig {
        verifiers_chat: Some(VERIFIERS),
        ttl,
        salt: None,
    }
}

async fn start(fake: &FakeBotApi, db: &Path, reports: ReportsConfig) -> (Arc<Store>, Running) {
    fake.add_chat(&TgChat::supergroup(VERIFIERS, "Rapid response verifiers"));
    let store = Arc::new(Store::open(db).expect("the store opens"));
    let options = Options {
        admin_ids: vec![ADMIN],
        broadcast_rate: 30,
        reports,
    };
    let running = tokio::time::timeout(
        WAIT,
        kyr::adapters::telegram::start_with(fake.bot(), catalog(), store.clone(), options),
    )
    .await
    .expect("the bot starts in time")
    .expect("the bot starts");
    (store, running)
}

/// A user, whose messages so far have been read up to `seen`.
struct Reporter {
    user: TgUser,
    seen: usize,
}

impl Reporter {
    fn new(id: i64, lang: &str) -> Reporter {
        Reporter {
            user: TgUser::new(id).lang(lang).username(&format!("reporter_{id}_name")),
            seen: 0,
        }
    }

    /// The next message the bot sends this user.
    async fn next(&mut self, fake: &FakeBotApi) -> SentMessage {
        let messages = fake.wait_for_messages(self.user.id, self.seen + 1, WAIT).await;
        self.seen += 1;
        messages[self.seen - 1].clone()
    }

    async fn say(&mut self, fake: &FakeBotApi, text: &str) -> SentMessage {
        fake.push_private_text(&self.user, text);
        self.next(fake).await
    }

    async fn press(&mut self, fake: &FakeBotApi, on: &SentMessage, data: &str) -> SentMessage {
        assert!(
            on.callback_data().iter().any(|d| d == data),
            "no button {data} under {:?}: {:?}",
            on.text(),
            on.callback_data()
        );
        fake.push_callback(&self.user, data, on);
        self.next(fake).await
    }

    async fn send_media(&mut self, fake: &FakeBotApi, media: Media) -> SentMessage {
        fake.push_media(&self.user.chat(), &self.user, media);
        self.next(fake).await
    }
}

/// How the reporter names the town.
enum Town<'a> {
    /// Typed (exact, or a typo followed by the offered button).
    Typed(&'a str, &'a str),
    /// A county, then the town's button.
    Picked(&'a str, &'a str),
}

/// Writes and sends a whole report; returns the reporter's last message ("what to do now").
async fn report(fake: &FakeBotApi, who: &mut Reporter, lang: Lang, town: Town<'_>, photo: bool) -> SentMessage {
    let safety = who.say(fake, "/report").await;
    assert_eq!(safety.text(), text(lang, "report-safety", &[]));
    let ask_town = who.press(fake, &safety, "q:go").await;
    assert_eq!(ask_town.text(), text(lang, "report-ask-town", &[]));
    let (ask_place, name) = match town {
        Town::Typed(typed, name) => {
            let answer = who.say(fake, typed).await;
            if answer.text() == text(lang, "report-town-choices", &[]) {
                let button = answer
                    .buttons()
                    .into_iter()
                    .find(|b| b.text == name)
                    .unwrap_or_else(|| panic!("{name} is offered for {typed}"));
                let data = button.callback_data.unwrap();
                (who.press(fake, &answer, &data).await, name)
            } else {
                (answer, name)
            }
        }
        Town::Picked(county, name) => {
            let towns = who.press(fake, &ask_town, &format!("q:c:{county}")).await;
            let data = towns
                .buttons()
                .into_iter()
                .find(|b| b.text == name)
                .and_then(|b| b.callback_data)
                .unwrap_or_else(|| panic!("{name} is in {county}"));
            (who.press(fake, &towns, &data).await, name)
        }
    };
    assert_eq!(
        ask_place.text(),
        text(lang, "report-ask-place", &[("town", Arg::Text(name.to_string()))])
    );
    let ask_activity = who.say(fake, "Corner of Main St & Elm St, by the bakery").await;
    assert_eq!(ask_activity.text(), text(lang, "report-ask-activity", &[]));
    let ask_details = who.press(fake, &ask_activity, "q:a:checkpoint").await;
    let ask_when = who.say(fake, "3 agents, 2 grey SUVs, vests saying POLICE ICE").await;
    assert_eq!(ask_details.text(), text(lang, "report-ask-details", &[]));
    let ask_photo = who.press(fake, &ask_when, "q:w:now").await;
    assert_eq!(ask_photo.text(), text(lang, "report-ask-photo", &[]));
    let summary = if photo {
        let refused = who.send_media(fake, Media::Document).await;
        assert_eq!(refused.text(), text(lang, "report-not-a-photo", &[]));
        who.send_media(fake, Media::Photo).await
    } else {
        who.press(fake, &ask_photo, "q:skip").await
    };
    assert!(summary.text().contains(name), "{}", summary.text());
    let sent = who.press(fake, &summary, "q:send").await;
    assert_eq!(sent.text(), text(lang, "report-sent", &[]));
    sent
}

/// The verifiers' messages so far.
fn verifier_messages(fake: &FakeBotApi) -> Vec<SentMessage> {
    fake.messages_to(VERIFIERS)
}

/// Every string the verifiers' chat received: texts, captions, edits, buttons.
fn everything_verifiers_saw(fake: &FakeBotApi) -> String {
    let mut seen = String::new();
    for call in fake.all_calls() {
        if call.chat_id() == Some(VERIFIERS) {
            seen.push_str(&call.params.to_string());
            seen.push('\n');
        }
    }
    seen
}

fn assert_nothing_about(fake: &FakeBotApi, reporters: &[&Reporter]) {
    let seen = everything_verifiers_saw(fake);
    assert!(!seen.is_empty());
    for reporter in reporters {
        let user = &reporter.user;
        // A two-letter language code is too short to look for ("es" is in "reports"); a full tag
        // such as es-419 is not, and no field or word names a language.
        let tag = user.language_code.clone().unwrap();
        let mut secrets = vec![
            user.id.to_string(),
            user.first_name.clone(),
            user.username.clone().unwrap(),
        ];
        if tag.len() > 2 {
            secrets.push(tag);
        }
        secrets.extend(
            [
                "language_code",
                "\"lang\"",
                "Spanish",
                "Portuguese",
                "Creole",
                "Kreyòl",
                "Español",
            ]
            .map(String::from),
        );
        for secret in secrets {
            assert!(!seen.contains(&secret), "the verifiers saw {secret:?}: {seen}");
        }
    }
    for method in ["forwardMessage", "forwardMessages", "copyMessage", "copyMessages"] {
        assert_eq!(fake.call_count(method), 0, "{method} was called");
    }
}

/// Presses a button of the verifiers' message about `town` as `verifier`.
fn verifier_press(fake: &FakeBotApi, verifier: &TgUser, town: &str, data_prefix: &str) -> String {
    let message = verifier_messages(fake)
        .into_iter()
        .find(|m| m.text().contains(town) && !m.callback_data().is_empty())
        .unwrap_or_else(|| panic!("a verifiers' message about {town}"));
    let data = message
        .callback_data()
        .into_iter()
        .find(|d| d.starts_with(data_prefix))
        .unwrap_or_else(|| panic!("a {data_prefix} button"));
    fake.push_update(
        "callback_query",
        serde_json::json!({
            "id": format!("cbq-v-{}", verifier.id), "from": verifier.json(), "message": message.message(),
            "chat_instance": "verifiers", "data": data
        }),
    );
    data
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reports_in_every_language_are_verified_without_the_reporter_and_become_alerts_only_by_an_admin() {
    let fake = FakeBotApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kyr.sqlite3");
    {
        // Subscribers: New Haven County, Fairfield County, statewide.
        let store = Store::open(&db).unwrap();
        store.subscribe(501, Lang::Es, &["new_haven".into()]).unwrap();
        store.subscribe(502, Lang::En, &["fairfield".into()]).unwrap();
        store.subscribe(503, Lang::Pt, &[]).unwrap();
    }
    let (store, running) = start(&fake, &db, reports_on(Duration::from_secs(3600))).await;

    let mut en = Reporter::new(7001, "en-US");
    let mut es = Reporter::new(7002, "es-419");
    let mut pt = Reporter::new(7003, "pt-BR");
    let mut ht = Reporter::new(7004, "ht");
    report(&fake, &mut en, Lang::En, Town::Picked("new_haven", "Meriden"), true).await;
    report(&fake, &mut es, Lang::Es, Town::Typed("Bridgeprot", "Bridgeport"), false).await;
    report(&fake, &mut pt, Lang::Pt, Town::Typed("danbury ct", "Danbury"), true).await;
    report(&fake, &mut ht, Lang::Ht, Town::Typed("Willimantic", "Windham"), false).await;

    assert!(fake.wait_until(WAIT, |f| f.count_to(VERIFIERS) >= 4).await);
    let posted = verifier_messages(&fake);
    let photos: Vec<&SentMessage> = posted.iter().filter(|m| m.photo().is_some()).collect();
    assert_eq!(photos.len(), 2, "the two reports with a photo are photos");
    assert!(
        photos.iter().all(|m| m.photo() == Some(PHOTO)),
        "the largest size, by file id"
    );
    assert!(fake.calls("sendPhoto").iter().all(|c| c.ok()));
    for town in ["Meriden", "Bridgeport", "Danbury", "Windham"] {
        let message = posted.iter().find(|m| m.text().contains(town)).expect(town);
        assert!(
            message.text().contains("Corner of Main St &amp; Elm St"),
            "{}",
            message.text()
        );
        assert_eq!(message.callback_data().len(), 4, "three verdicts and a mute");
    }
    assert_nothing_about(&fake, &[&en, &es, &pt, &ht]);
    assert!(fake.rejected().is_empty(), "{:#?}", fake.rejected());

    // Someone who is not in the verifiers' chat cannot decide.
    let stranger = TgUser::new(6666);
    fake.set_member_status(VERIFIERS, stranger.id, "left");
    verifier_press(&fake, &stranger, "Danbury", "v:c:");
    tokio::time::sleep(QUIET).await;
    let danbury = store
        .reports_since(0)
        .unwrap()
        .into_iter()
        .find(|r| r.town == "Danbury")
        .unwrap();
    assert_eq!(danbury.state, ReportState::Open);
    assert_eq!(fake.count_to(pt.user.id), pt.seen, "the reporter heard nothing");

    // False alarm: the reporter is told, the report is closed, no admin draft.
    let verifier = TgUser::new(4242);
    verifier_press(&fake, &verifier, "Bridgeport", "v:f:");
    let outcome = es.next(&fake).await;
    assert_eq!(outcome.text(), text(Lang::Es, "report-outcome-false-alarm", &[]));
    let bridgeport = store
        .reports_since(0)
        .unwrap()
        .into_iter()
        .find(|r| r.town == "Bridgeport")
        .unwrap();
    assert_eq!(bridgeport.state, ReportState::FalseAlarm);
    assert_eq!(bridgeport.decided_by.as_deref(), Some("User4242"));
    let deadline = Instant::now() + WAIT;
    while store.holds_reporter(es.user.id).unwrap() {
        assert!(Instant::now() < deadline, "told, then forgotten");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let admin_chat = i64::try_from(ADMIN).unwrap();
    assert_eq!(fake.count_to(admin_chat), 0);
    let edit = fake
        .wait_for_calls("editMessageText", 1, WAIT)
        .await
        .into_iter()
        .find(|c| c.chat_id() == Some(VERIFIERS))
        .expect("the verifiers' message is edited");
    assert!(edit
        .str_param("text")
        .unwrap()
        .contains("False alarm</b> by User4242 at"));

    // Confirmed: the reporter is told, the admin gets a filled-in draft; only Send broadcasts.
    verifier_press(&fake, &verifier, "Meriden", "v:c:");
    let outcome = en.next(&fake).await;
    assert_eq!(outcome.text(), text(Lang::En, "report-outcome-confirmed", &[]));
    let caption = fake.wait_for_calls("editMessageCaption", 1, WAIT).await;
    assert!(caption[0]
        .str_param("caption")
        .unwrap()
        .contains("Confirmed</b> by User4242"));
    let admin_messages = fake.wait_for_messages(admin_chat, 3, WAIT).await;
    assert!(admin_messages[0].text().contains("Meriden"));
    assert!(admin_messages[1].text().contains("Meriden") && admin_messages[1].text().contains("rapid-response"));
    let confirm = &admin_messages[2];
    tokio::time::sleep(QUIET).await;
    for subscriber in [501, 502, 503] {
        assert_eq!(fake.count_to(subscriber), 0, "nothing is broadcast before Send");
    }
    let admin = TgUser::new(admin_chat);
    let send = confirm
        .callback_data()
        .into_iter()
        .find(|d| d.starts_with("a:rsend:"))
        .expect("Send");
    fake.push_callback(&admin, &send, confirm);
    assert!(
        fake.wait_until(WAIT, |f| f.count_to(501) == 1 && f.count_to(503) == 1)
            .await
    );
    let alert = &fake.messages_to(501)[0];
    assert!(alert.text().contains("Meriden") && alert.text().contains("equipo de respuesta rápida"));
    tokio::time::sleep(QUIET).await;
    assert_eq!(
        fake.count_to(502),
        0,
        "Fairfield County subscribers do not get a New Haven County alert"
    );
    // Send pressed again (or by another admin) sends nothing more.
    fake.push_callback(&admin, &send, confirm);
    tokio::time::sleep(QUIET).await;
    assert_eq!((fake.count_to(501), fake.count_to(503)), (1, 1));
    assert_nothing_about(&fake, &[&en, &es, &pt, &ht]);
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn limits_and_mutes_hold_and_the_reporter_is_told_kindly() {
    let fake = FakeBotApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kyr.sqlite3");
    let (store, running) = start(&fake, &db, reports_on(Duration::from_secs(3600))).await;

    // One report per 10 minutes.
    let mut ana = Reporter::new(8001, "es");
    report(&fake, &mut ana, Lang::Es, Town::Typed("Hartford", "Hartford"), false).await;
    let again = ana.say(&fake, "/report").await;
    assert_eq!(
        again.text(),
        text(Lang::Es, "report-too-soon", &[("minutes", Arg::Number(10.0))])
    );

    // Five a day: four earlier reports today (10 minutes apart or more) and one more is refused.
    let salt = store.report_salt(None).unwrap();
    let now = i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs(),
    )
    .unwrap();
    let bo = Reporter::new(8002, "pt-BR");
    for hours in 1..=5 {
        let earlier = NewReport {
            town: "Enfield".into(),
            region: "hartford".into(),
            place: "x".into(),
            activity: "other".into(),
            details: String::new(),
            seen_when: "earlier".into(),
            photo_file_id: None,
            reporter_chat_id: bo.user.id,
            reporter_hash: kyr::reports::reporter_hash(&salt, bo.user.id),
            lang: Lang::Pt,
        };
        store.create_report(&earlier, now - hours * 3600, 0).unwrap();
    }
    let mut bo = bo;
    let refused = bo.say(&fake, "/report").await;
    assert_eq!(refused.text(), text(Lang::Pt, "report-daily-limit", &[]));

    // A mute: the verifiers mute the sender of a report without learning who it is.
    let mut cy = Reporter::new(8003, "ht");
    report(&fake, &mut cy, Lang::Ht, Town::Typed("Norwich", "Norwich"), false).await;
    assert!(fake.wait_until(WAIT, |f| f.count_to(VERIFIERS) >= 2).await);
    let verifier = TgUser::new(4343);
    let data = verifier_press(&fake, &verifier, "Norwich", "v:m:");
    let id: i64 = data.trim_start_matches("v:m:").parse().unwrap();
    assert!(fake.wait_until(WAIT, |f| f.count_to(VERIFIERS) >= 3).await);
    let notice = verifier_messages(&fake).pop().unwrap();
    assert!(
        notice.text().contains(&format!("#{id} was muted for 30 days")),
        "{}",
        notice.text()
    );
    let muted = cy.say(&fake, "/report").await;
    assert_eq!(muted.text(), text(Lang::Ht, "report-muted", &[]));
    assert_nothing_about(&fake, &[&ana, &cy]);
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expiry_and_forget_delete_reports_and_drafts() {
    let fake = FakeBotApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kyr.sqlite3");
    let (store, running) = start(&fake, &db, reports_on(Duration::from_secs(1))).await;
    let mut dee = Reporter::new(8101, "en");
    report(&fake, &mut dee, Lang::En, Town::Typed("Stamford", "Stamford"), true).await;
    let mut eve = Reporter::new(8102, "en");
    let safety = eve.say(&fake, "/report").await;
    eve.press(&fake, &safety, "q:go").await;
    let deadline = Instant::now() + Duration::from_secs(6);
    while store.report_count().unwrap() > 0 || store.holds_reporter(eve.user.id).unwrap() {
        assert!(Instant::now() < deadline, "reports expire within their time to live");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(!store.holds_reporter(dee.user.id).unwrap());
    assert!(store.reports_since(0).unwrap().is_empty());
    running.stop().await;

    // /forget deletes a chat's reports and its report in progress at once.
    let fake = FakeBotApi::start().await;
    let db = dir.path().join("forget.sqlite3");
    let (store, running) = start(&fake, &db, reports_on(Duration::from_secs(3600))).await;
    let mut fay = Reporter::new(8103, "pt");
    report(&fake, &mut fay, Lang::Pt, Town::Typed("Waterbury", "Waterbury"), false).await;
    assert!(store.holds_reporter(fay.user.id).unwrap());
    fay.say(&fake, "/forget").await;
    assert!(!store.holds_reporter(fay.user.id).unwrap());
    assert_eq!(store.report_count().unwrap(), 0);
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_in_the_middle_of_a_report_or_a_verification_loses_nothing() {
    let fake = FakeBotApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kyr.sqlite3");
    let (_, running) = start(&fake, &db, reports_on(Duration::from_secs(3600))).await;
    let mut gil = Reporter::new(8201, "es");
    let safety = gil.say(&fake, "/report").await;
    gil.press(&fake, &safety, "q:go").await;
    gil.say(&fake, "New London").await;
    let ask_activity = gil.say(&fake, "Bank St").await;
    running.stop().await;

    // After a restart, the old buttons still work and the answers given are kept.
    let (store, running) = start(&fake, &db, reports_on(Duration::from_secs(3600))).await;
    let ask_details = gil.press(&fake, &ask_activity, "q:a:door").await;
    let ask_when = gil.press(&fake, &ask_details, "q:skip").await;
    let ask_photo = gil.press(&fake, &ask_when, "q:w:hour").await;
    let summary = gil.press(&fake, &ask_photo, "q:skip").await;
    assert!(summary.text().contains("New London") && summary.text().contains("Bank St"));
    gil.press(&fake, &summary, "q:send").await;
    assert!(fake.wait_until(WAIT, |f| f.count_to(VERIFIERS) >= 1).await);
    running.stop().await;

    // And after another, a verdict still reaches the reporter and the admin.
    let (_, running) = start(&fake, &db, reports_on(Duration::from_secs(3600))).await;
    verifier_press(&fake, &TgUser::new(4444), "New London", "v:u:");
    let outcome = gil.next(&fake).await;
    assert_eq!(outcome.text(), text(Lang::Es, "report-outcome-unverified", &[]));
    assert_eq!(store.reports_since(0).unwrap()[0].state, ReportState::Unverified);
    running.stop().await;

    // A confirmed report's alert draft outlives a restart: Send still works afterwards.
    store.subscribe(601, Lang::En, &["windham".into()]).unwrap();
    let (_, running) = start(&fake, &db, reports_on(Duration::from_secs(3600))).await;
    let mut hu = Reporter::new(8202, "en");
    report(&fake, &mut hu, Lang::En, Town::Typed("Putnam", "Putnam"), false).await;
    assert!(fake.wait_until(WAIT, |f| f.count_to(VERIFIERS) >= 2).await);
    verifier_press(&fake, &TgUser::new(4444), "Putnam", "v:c:");
    let admin_chat = i64::try_from(ADMIN).unwrap();
    let admin_messages = fake.wait_for_messages(admin_chat, 3, WAIT).await;
    running.stop().await;
    let (_, running) = start(&fake, &db, reports_on(Duration::from_secs(3600))).await;
    let confirm = &admin_messages[2];
    let send = confirm
        .callback_data()
        .into_iter()
        .find(|d| d.starts_with("a:rsend:"))
        .unwrap();
    fake.push_callback(&TgUser::new(admin_chat), &send, confirm);
    assert!(
        fake.wait_until(WAIT, |f| f.count_to(601) == 1).await,
        "the alert went out after the restart"
    );
    assert!(fake.messages_to(601)[0].text().contains("Putnam"));
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_verifiers_chat_or_in_a_group_report_points_elsewhere() {
    let fake = FakeBotApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kyr.sqlite3");
    let (_, running) = start(&fake, &db, ReportsConfig::default()).await;
    let mut hal = Reporter::new(8301, "en");
    let off = hal.say(&fake, "/report").await;
    assert_eq!(off.text(), text(Lang::En, "report-disabled", &[]));
    assert!(off.text().contains("1-844-363-1423"));
    // The button on the emergency answer leads to the same place.
    let emergency = hal.say(&fake, "/emergency").await;
    let button = emergency
        .callback_data()
        .into_iter()
        .find(|d| d.starts_with("rp:"))
        .expect("a Report ICE activity button");
    let off_again = hal.press(&fake, &emergency, &button).await;
    assert_eq!(off_again.text(), text(Lang::En, "report-disabled", &[]));
    running.stop().await;

    let fake = FakeBotApi::start().await;
    let db = dir.path().join("group.sqlite3");
    let (_, running) = start(&fake, &db, reports_on(Duration::from_secs(3600))).await;
    let group = TgChat::group(-4_000_123, "Neighbours");
    fake.push_text(&group, &TgUser::new(8302), "/report");
    let replies = fake.wait_for_messages(group.id, 1, WAIT).await;
    assert_eq!(replies[0].text(), text(Lang::En, "report-private-only", &[]));
    running.stop().await;
}

/// Sends `n` alerts' worth of messages through the real sender at `rate` and returns when each
/// reached the fake.
async fn measure_broadcast(rate: u32, n: i64) -> Vec<Instant> {
    let fake = FakeBotApi::start().await;
    let store = Arc::new(Store::open_in_memory().unwrap());
    for chat in 0..n {
        store.subscribe(20_000 + chat, Lang::En, &[]).unwrap();
    }
    let texts = kyr::alerts::parse_admin_text(&catalog(), "Checkpoint on Route 1");
    let alert = store.create_alert("all", &texts, 0).unwrap();
    let sender = Arc::new(TelegramSender::new(
        fake.bot(),
        catalog(),
        Arc::new(Mutex::new(HashMap::new())),
    ));
    let broadcaster = Broadcaster::new(store.clone(), catalog(), sender, rate);
    let counts = broadcaster.deliver(alert).await.unwrap();
    assert_eq!(counts.sent, u64::try_from(n).unwrap());
    fake.send_times().into_iter().map(|(_, at)| at).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_one_second_window_holds_more_than_the_rate_at_25_and_30_per_second() {
    for rate in [25u32, 30] {
        let arrivals = measure_broadcast(rate, 100).await;
        let busiest = max_in_window(&arrivals, Duration::from_secs(1));
        let mut sorted = arrivals.clone();
        sorted.sort();
        let span = *sorted.last().unwrap() - sorted[0];
        eprintln!(
            "rate {rate}: 100 sends in {:.2} s ({:.1}/s); most in any 1 s window: {busiest}",
            span.as_secs_f64(),
            99.0 / span.as_secs_f64()
        );
        assert!(
            busiest <= rate as usize,
            "{busiest} messages in one second at rate {rate}"
        );
        assert!(busiest <= 30);
        // Not needlessly slow either: at least 90% of the rate.
        assert!(99.0 / span.as_secs_f64() >= 0.9 * f64::from(rate), "{span:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reports_about_one_town_within_an_hour_share_one_verifier_message() {
    let fake = FakeBotApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kyr.sqlite3");
    let (store, running) = start(&fake, &db, reports_on(Duration::from_secs(3600))).await;
    let mut ivy = Reporter::new(8401, "en");
    let mut jo = Reporter::new(8402, "es");
    let mut kim = Reporter::new(8403, "pt");
    report(&fake, &mut ivy, Lang::En, Town::Typed("Norwalk", "Norwalk"), false).await;
    assert!(fake.wait_until(WAIT, |f| f.count_to(VERIFIERS) >= 1).await);
    report(&fake, &mut jo, Lang::Es, Town::Typed("SoNo", "Norwalk"), false).await;
    report(&fake, &mut kim, Lang::Pt, Town::Typed("norwalk", "Norwalk"), true).await;
    // The first report's message is edited to hold all three; the third's photo follows it.
    let edits = fake
        .wait_for_calls("editMessageText", 2, WAIT)
        .await
        .into_iter()
        .filter(|c| c.chat_id() == Some(VERIFIERS))
        .collect::<Vec<_>>();
    let last = edits.last().unwrap().str_param("text").unwrap().to_string();
    assert!(last.contains("3 reports to verify"), "{last}");
    assert!(fake.wait_until(WAIT, |f| f.count_to(VERIFIERS) >= 2).await);
    let posted = verifier_messages(&fake);
    assert_eq!(posted.len(), 2, "one message for the group, and the photo under it");
    assert_eq!(posted[1].photo(), Some(PHOTO));
    assert!(posted[1].callback_data().is_empty());
    // One verdict decides the whole group and tells every reporter.
    verifier_press(&fake, &TgUser::new(4545), "Norwalk", "v:f:");
    assert_eq!(
        ivy.next(&fake).await.text(),
        text(Lang::En, "report-outcome-false-alarm", &[])
    );
    assert_eq!(
        jo.next(&fake).await.text(),
        text(Lang::Es, "report-outcome-false-alarm", &[])
    );
    assert_eq!(
        kim.next(&fake).await.text(),
        text(Lang::Pt, "report-outcome-false-alarm", &[])
    );
    assert!(store
        .reports_since(0)
        .unwrap()
        .iter()
        .all(|r| r.state == ReportState::FalseAlarm));
    assert_nothing_about(&fake, &[&ivy, &jo, &kim]);
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_the_verifiers_could_not_receive_is_posted_again_once() {
    let fake = FakeBotApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kyr.sqlite3");
    // With an 8 s time to live the upkeep runs every 2 s, and leaves a report to its first post
    // for 3 s.
    let (store, running) = start(&fake, &db, reports_on(Duration::from_secs(8))).await;
    // The bot was not yet in the verifiers' group when the report came.
    fake.inject(
        Fault::error(
            "sendMessage",
            403,
            "Forbidden: bot is not a member of the supergroup chat",
        )
        .for_chat(VERIFIERS),
    );
    let mut gus = Reporter::new(8201, "es");
    report(&fake, &mut gus, Lang::Es, Town::Typed("Danbury", "Danbury"), false).await;
    assert_eq!(fake.count_to(VERIFIERS), 0, "the first post failed");
    assert!(
        fake.wait_until(WAIT, |f| f.count_to(VERIFIERS) >= 1).await,
        "the upkeep posts it again"
    );
    let posted = verifier_messages(&fake);
    assert!(posted[0].text().contains("Danbury"), "{}", posted[0].text());
    // The bot records the message just after Telegram answers.
    let deadline = Instant::now() + WAIT;
    while store.reports_since(0).unwrap()[0].verifier_message_id.is_none() {
        assert!(Instant::now() < deadline, "its message is remembered");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Posted once: later rounds leave it alone.
    tokio::time::sleep(Duration::from_millis(4500)).await;
    assert_eq!(fake.count_to(VERIFIERS), 1);
    assert_nothing_about(&fake, &[&gus]);
    running.stop().await;
}
