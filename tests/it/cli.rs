//! The `kyr` command line, run as a user runs it.

use std::io::Write;
use std::process::{Command, Stdio};

fn kyr() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kyr"));
    command.env_remove("TELOXIDE_TOKEN").env_remove("KYR_CONTENT_DIR");
    command
}

fn run_with_stdin(args: &[&str], stdin: &str) -> (String, bool) {
    let mut child = kyr()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("kyr runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    (String::from_utf8(output.stdout).unwrap(), output.status.success())
}

#[test]
fn check_passes_on_the_shipped_content() {
    let output = kyr().arg("check").output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stdout));
    assert!(String::from_utf8_lossy(&output.stdout).contains("content ok"));
}

#[test]
fn check_fails_and_lists_problems_for_broken_content() {
    let dir = tempfile::tempdir().unwrap();
    for source in kyr::content::embedded_sources() {
        let path = dir.path().join(&source.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let text = if source.path == "locales/es/ui.ftl" {
            source.text.replace("menu-title =", "menu-titel =")
        } else {
            source.text
        };
        std::fs::write(path, text).unwrap();
    }
    let output = kyr().args(["check", "--content"]).arg(dir.path()).output().unwrap();
    assert!(!output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("menu-title is missing") && stdout.contains("menu-titel is not in English"),
        "{stdout}"
    );
}

#[test]
fn classify_writes_one_json_object_per_line_in_order() {
    let input = "ICE is at my door\n\nla migra esta en mi puerta\nwhat's the weather\n\u{1F6A8}\n";
    let (stdout, ok) = run_with_stdin(&["classify"], input);
    assert!(ok);
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 5, "one line out per line in, empty lines included");
    assert_eq!(lines[0]["intent"], "ice_at_door");
    assert_eq!(lines[0]["lang"], "en");
    assert!(lines[1]["intent"].is_null());
    assert_eq!(lines[2]["lang"], "es");
    assert!(lines[3]["intent"].is_null());
}

#[test]
fn ask_prints_the_reply_as_plain_text() {
    let output = kyr()
        .args(["ask", "imigrasyon", "nan", "pòt", "mwen"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!stdout.contains("<b>"), "plain text, not HTML");
    assert!(stdout.contains("1-844-363-1423"), "who to call is included");
}

#[test]
fn show_prints_any_intent_in_any_language() {
    let output = kyr().args(["show", "trust_act", "--lang", "pt"]).output().unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("2013"));
    let output = kyr().args(["show", "nonsense"]).output().unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no intent"));
}

#[test]
fn show_first_prints_the_first_screen_alone_and_show_the_whole_answer() {
    let first = kyr()
        .args(["show", "door", "--lang", "ht", "--first"])
        .output()
        .unwrap();
    assert!(first.status.success());
    let first = String::from_utf8_lossy(&first.stdout);
    let whole = kyr().args(["show", "ice_at_door", "--lang", "ht"]).output().unwrap();
    let whole = String::from_utf8_lossy(&whole.stdout);
    assert!(first.contains("1-844-363-1423") && first.contains("2026-"), "{first}");
    assert!(first.chars().count() <= 700, "{} characters", first.chars().count());
    assert!(!first.contains('<'), "plain text");
    assert!(
        whole.starts_with(first.trim_end()),
        "the whole answer starts with the first screen"
    );
    assert!(
        whole.len() > 2 * first.len(),
        "and goes on with the details and who to call"
    );
}

#[test]
fn a_language_kyr_does_not_speak_is_told_which_it_speaks() {
    let output = kyr()
        .args(["ask", "Buongiorno, la polizia è davanti a casa mia e non so cosa fare"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("I speak English, Spanish, Portuguese, Haitian Creole, French, Polish, Chinese and Arabic"),
        "{stdout}"
    );
    assert!(stdout.contains("Kreyòl"), "the language picker: {stdout}");
    let (json, ok) = run_with_stdin(
        &["classify"],
        "Guten Tag, die Polizei hat meinen Bruder festgenommen, was soll ich tun?\n",
    );
    assert!(ok);
    let line: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    assert_eq!(line["intent"], serde_json::Value::Null);
}

#[test]
fn chat_runs_the_same_flow_in_the_terminal() {
    let (stdout, ok) = run_with_stdin(&["chat"], "1\nla migra esta en mi puerta\n/language\n/quit\n");
    assert!(ok);
    assert!(stdout.contains("[1]"), "buttons are numbered");
    assert!(stdout.contains("1-844-363-1423"));
    // The first screen's first button is "More details", its second "Who to call".
    let (stdout, ok) = run_with_stdin(&["chat", "--lang", "en"], "ice at my door\n1\n/emergency\n2\n/quit\n");
    assert!(ok);
    assert!(stdout.contains("More details: ICE at your door"), "{stdout}");
    assert!(
        stdout.contains("Statewide Legal Services of Connecticut:"),
        "who to call, with descriptions"
    );
}

#[test]
fn no_token_and_no_command_starts_the_terminal_chat() {
    let (stdout, ok) = run_with_stdin(&[], "/quit\n");
    assert!(ok);
    assert!(stdout.contains("kyr"));
}

#[test]
fn a_malformed_token_is_a_one_line_error_not_a_panic() {
    let output = kyr().arg("run").env("TELOXIDE_TOKEN", "not-a-token").output().unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("TELOXIDE_TOKEN") && !stderr.contains("panicked"),
        "{stderr}"
    );
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}

#[test]
fn alerts_lists_past_alerts_with_their_counts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kyr.sqlite3");
    {
        let store = kyr::store::Store::open(&db).unwrap();
        store.subscribe(1, kyr::Lang::Es, &["fairfield".to_string()]).unwrap();
        let texts = std::collections::BTreeMap::from([(kyr::Lang::Es, "hola".to_string())]);
        let id = store.create_alert("fairfield", &texts, 1_764_000_000).unwrap();
        let claimed = store.claim_due(id, i64::MAX, 10).unwrap();
        store
            .finish(id, claimed[0].chat_id, kyr::store::DeliveryState::Sent)
            .unwrap();
    }
    let output = kyr().arg("alerts").env("KYR_DB", &db).output().unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("#1") && stdout.contains("fairfield") && stdout.contains("1 sent"),
        "{stdout}"
    );
}

#[test]
fn reports_lists_reports_by_state_and_town_without_reporters() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kyr.sqlite3");
    {
        let store = kyr::store::Store::open(&db).unwrap();
        let now = i64::try_from(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs(),
        )
        .unwrap();
        let report = kyr::store::NewReport {
            town: "Meriden".into(),
            region: "new_haven".into(),
            place: "West Main St".into(),
            activity: "patrol".into(),
            details: "two vans".into(),
            seen_when: "now".into(),
            photo_file_id: Some("AgAC-file".into()),
            reporter_chat_id: 55_501_234,
            reporter_hash: "h".into(),
            lang: kyr::Lang::Pt,
        };
        store.create_report(&report, now, 0).unwrap();
    }
    let output = kyr().arg("reports").env("KYR_DB", &db).output().unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("open (1)") && stdout.contains("Meriden (New Haven County): 1") && stdout.contains("#1"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("55501234") && !stdout.contains("West Main") && !stdout.contains("vans"),
        "{stdout}"
    );
}

#[test]
fn report_outside_telegram_points_to_the_telegram_bot() {
    let output = kyr().args(["ask", "--lang", "es", "/report"]).output().unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("chat privado") && stdout.contains("/report"),
        "{stdout}"
    );
}
