//! Rapid-response reports: reports and their verification, reports being written (so a restart
//! loses nothing), the per-reporter rate records and mutes (by salted hash, never by id), and
//! expiry. What a report keeps, and for how long, is in the README's "Rapid-response reports".

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};

use rusqlite::{params, OptionalExtension, Row};

use super::{lang_from_db, Context, Store, StoreResult};
use crate::content::Lang;

/// Where a report stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportState {
    /// Waiting for the verifiers.
    Open,
    /// Verifiers confirmed it.
    Confirmed,
    /// Verifiers found it was not ICE.
    FalseAlarm,
    /// Verifiers could not verify it.
    Unverified,
}

impl ReportState {
    /// The state as stored and logged.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportState::Open => "open",
            ReportState::Confirmed => "confirmed",
            ReportState::FalseAlarm => "false_alarm",
            ReportState::Unverified => "unverified",
        }
    }

    /// The state stored as `text`.
    pub fn parse(text: &str) -> Option<ReportState> {
        [
            ReportState::Open,
            ReportState::Confirmed,
            ReportState::FalseAlarm,
            ReportState::Unverified,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }
}

/// A new report, as the reporter confirmed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReport {
    /// Town name.
    pub town: String,
    /// The town's alert region.
    pub region: String,
    /// Where in the town.
    pub place: String,
    /// Activity code.
    pub activity: String,
    /// Agents, vehicles, markings (may be empty).
    pub details: String,
    /// When code.
    pub seen_when: String,
    /// The photo's Telegram file id.
    pub photo_file_id: Option<String>,
    /// The reporter's chat, kept only to tell them the outcome.
    pub reporter_chat_id: i64,
    /// The reporter's salted hash (limits and mutes).
    pub reporter_hash: String,
    /// The reporter's language (for the outcome message).
    pub lang: Lang,
}

/// A stored report, without anything about its reporter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReport {
    /// Report id.
    pub id: i64,
    /// Where it stands.
    pub state: ReportState,
    /// Town name.
    pub town: String,
    /// Alert region (county code).
    pub region: String,
    /// Where in the town.
    pub place: String,
    /// Activity code.
    pub activity: String,
    /// Agents, vehicles, markings.
    pub details: String,
    /// When code.
    pub seen_when: String,
    /// The photo's file id.
    pub photo_file_id: Option<String>,
    /// When it was sent (Unix seconds).
    pub created_at: i64,
    /// The first report of its group (same town within an hour), itself if first.
    pub group_id: i64,
    /// The verifiers' message about its group.
    pub verifier_message_id: Option<i32>,
    /// Whether that message is a photo (its text is a caption).
    pub verifier_is_photo: bool,
    /// Display name of the verifier who decided.
    pub decided_by: Option<String>,
    /// When it was decided.
    pub decided_at: Option<i64>,
}

/// A reporter to tell the outcome of a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reporter {
    /// The report.
    pub report_id: i64,
    /// Their chat.
    pub chat_id: i64,
    /// Their language.
    pub lang: Lang,
}

/// One day, in seconds: how long rate records are kept.
const DAY_SECS: i64 = 24 * 60 * 60;

const COLUMNS: &str = "id, state, town, region, place, activity, details, seen_when, photo_file_id, created_at, \
     group_id, verifier_message_id, verifier_is_photo, decided_by, decided_at";

fn stored(row: &Row<'_>) -> rusqlite::Result<StoredReport> {
    let state: String = row.get(1)?;
    Ok(StoredReport {
        id: row.get(0)?,
        state: ReportState::parse(&state).unwrap_or(ReportState::Open),
        town: row.get(2)?,
        region: row.get(3)?,
        place: row.get(4)?,
        activity: row.get(5)?,
        details: row.get(6)?,
        seen_when: row.get(7)?,
        photo_file_id: row.get(8)?,
        created_at: row.get(9)?,
        group_id: row.get(10)?,
        verifier_message_id: row.get(11)?,
        verifier_is_photo: row.get(12)?,
        decided_by: row.get(13)?,
        decided_at: row.get(14)?,
    })
}

/// A fresh random salt: 128 bits from the standard library's per-process random keys.
fn fresh_salt() -> String {
    let mut out = String::new();
    for round in 0..2u64 {
        let mut hasher = RandomState::new().build_hasher();
        hasher.write_u64(round);
        hasher.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        out.push_str(&format!("{:016x}", hasher.finish()));
    }
    out
}

impl Store {
    /// The salt of reporter hashes: `configured` (`KYR_REPORT_SALT`) if given, else the one
    /// generated on first use and kept in the database. Never logged.
    pub fn report_salt(&self, configured: Option<&str>) -> StoreResult<String> {
        if let Some(salt) = configured {
            return Ok(salt.to_string());
        }
        let conn = self.conn();
        let existing: Option<String> = conn
            .query_row("SELECT value FROM settings WHERE key = 'report_salt'", [], |row| {
                row.get(0)
            })
            .optional()
            .ctx("reading the report salt")?;
        if let Some(salt) = existing {
            return Ok(salt);
        }
        let salt = fresh_salt();
        conn.execute(
            "INSERT OR IGNORE INTO settings (key, value) VALUES ('report_salt', ?1)",
            [&salt],
        )
        .ctx("saving the report salt")?;
        conn.query_row("SELECT value FROM settings WHERE key = 'report_salt'", [], |row| {
            row.get(0)
        })
        .ctx("reading the report salt")
    }

    /// The report a chat is writing: its language and the draft (JSON), if any.
    pub fn report_draft(&self, chat_id: i64) -> StoreResult<Option<(Lang, String)>> {
        let conn = self.conn();
        conn.prepare_cached("SELECT lang, draft FROM report_drafts WHERE chat_id = ?1")
            .and_then(|mut statement| {
                statement
                    .query_row([chat_id], |row| {
                        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
                    })
                    .optional()
            })
            .map(|found| found.map(|(lang, draft)| (lang_from_db(lang), draft)))
            .ctx("reading a report draft")
    }

    /// Saves the report a chat is writing.
    pub fn save_report_draft(&self, chat_id: i64, lang: Lang, draft: &str, now: i64) -> StoreResult<()> {
        self.conn()
            .execute(
                "INSERT INTO report_drafts (chat_id, lang, draft, updated_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(chat_id) DO UPDATE SET lang = excluded.lang, draft = excluded.draft,
                 updated_at = excluded.updated_at",
                params![chat_id, lang.code(), draft, now],
            )
            .ctx("saving a report draft")?;
        Ok(())
    }

    /// Deletes the report a chat is writing.
    pub fn delete_report_draft(&self, chat_id: i64) -> StoreResult<()> {
        self.conn()
            .execute("DELETE FROM report_drafts WHERE chat_id = ?1", [chat_id])
            .ctx("deleting a report draft")?;
        Ok(())
    }

    /// When a reporter sent reports in the last day (Unix seconds), and until when they are
    /// muted.
    pub fn reporter_limits(&self, reporter_hash: &str, now: i64) -> StoreResult<(Vec<i64>, Option<i64>)> {
        let conn = self.conn();
        let mut statement = conn
            .prepare_cached("SELECT at FROM report_attempts WHERE reporter_hash = ?1 AND at > ?2")
            .ctx("reading report times")?;
        let times = statement
            .query_map(params![reporter_hash, now - DAY_SECS], |row| row.get(0))
            .and_then(Iterator::collect)
            .ctx("reading report times")?;
        let muted = conn
            .query_row(
                "SELECT until FROM muted WHERE reporter_hash = ?1",
                [reporter_hash],
                |row| row.get(0),
            )
            .optional()
            .ctx("reading a mute")?;
        Ok((times, muted))
    }

    /// Stores a new report (and its time in the reporter's rate record). It joins the group of
    /// an open report about the same town sent since `group_since` that the verifiers already
    /// have a message for, or starts its own. Returns the report's id and its group's id.
    pub fn create_report(&self, report: &NewReport, now: i64, group_since: i64) -> StoreResult<(i64, i64)> {
        let mut conn = self.conn();
        let tx = conn.transaction().ctx("starting to save a report")?;
        let group: Option<i64> = tx
            .query_row(
                "SELECT group_id FROM reports WHERE town = ?1 AND state = 'open' AND created_at >= ?2
                 AND verifier_message_id IS NOT NULL ORDER BY created_at DESC LIMIT 1",
                params![report.town, group_since],
                |row| row.get(0),
            )
            .optional()
            .ctx("finding a report's group")?;
        tx.execute(
            "INSERT INTO reports (town, region, place, activity, details, seen_when, photo_file_id,
             reporter_chat_id, reporter_hash, lang, created_at, group_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                report.town,
                report.region,
                report.place,
                report.activity,
                report.details,
                report.seen_when,
                report.photo_file_id,
                report.reporter_chat_id,
                report.reporter_hash,
                report.lang.code(),
                now,
                group.unwrap_or(0)
            ],
        )
        .ctx("saving a report")?;
        let id = tx.last_insert_rowid();
        let group = group.unwrap_or(id);
        tx.execute("UPDATE reports SET group_id = ?2 WHERE id = ?1", params![id, group])
            .ctx("grouping a report")?;
        if let Some(message) = tx
            .query_row(
                "SELECT verifier_message_id, verifier_is_photo FROM reports WHERE id = ?1",
                [group],
                |row| Ok((row.get::<_, Option<i32>>(0)?, row.get::<_, bool>(1)?)),
            )
            .optional()
            .ctx("reading a group's message")?
            .filter(|_| group != id)
        {
            tx.execute(
                "UPDATE reports SET verifier_message_id = ?2, verifier_is_photo = ?3 WHERE id = ?1",
                params![id, message.0, message.1],
            )
            .ctx("grouping a report")?;
        }
        tx.execute(
            "INSERT INTO report_attempts (reporter_hash, at) VALUES (?1, ?2)",
            params![report.reporter_hash, now],
        )
        .ctx("recording a report's time")?;
        tx.commit().ctx("saving a report")?;
        Ok((id, group))
    }

    /// Records the verifiers' message about a group.
    pub fn set_verifier_message(&self, group_id: i64, message_id: i32, is_photo: bool) -> StoreResult<()> {
        self.conn()
            .execute(
                "UPDATE reports SET verifier_message_id = ?2, verifier_is_photo = ?3 WHERE group_id = ?1",
                params![group_id, message_id, is_photo],
            )
            .ctx("saving the verifiers' message")?;
        Ok(())
    }

    /// One report.
    pub fn report(&self, id: i64) -> StoreResult<Option<StoredReport>> {
        self.conn()
            .query_row(&format!("SELECT {COLUMNS} FROM reports WHERE id = ?1"), [id], stored)
            .optional()
            .ctx("reading a report")
    }

    /// The reports of a group, oldest first.
    pub fn report_group(&self, group_id: i64) -> StoreResult<Vec<StoredReport>> {
        let conn = self.conn();
        let mut statement = conn
            .prepare(&format!(
                "SELECT {COLUMNS} FROM reports WHERE group_id = ?1 ORDER BY id"
            ))
            .ctx("reading a report group")?;
        statement
            .query_map([group_id], stored)
            .and_then(Iterator::collect)
            .ctx("reading a report group")
    }

    /// Open report groups the verifiers never received (posting failed: the bot was not in the
    /// group yet, Telegram was down), sent at or before `sent_by`: each group's first report id
    /// and the group id, oldest first.
    pub fn unposted_groups(&self, sent_by: i64) -> StoreResult<Vec<(i64, i64)>> {
        let conn = self.conn();
        let mut statement = conn
            .prepare(
                "SELECT MIN(id), group_id FROM reports WHERE state = 'open' AND created_at <= ?1
                 GROUP BY group_id HAVING COUNT(verifier_message_id) = 0 ORDER BY group_id",
            )
            .ctx("reading reports not yet posted")?;
        statement
            .query_map([sent_by], |row| Ok((row.get(0)?, row.get(1)?)))
            .and_then(Iterator::collect)
            .ctx("reading reports not yet posted")
    }

    /// Decides every open report of a group. Returns the reporters to tell (their chat ids are
    /// then erased: see [`Store::reporter_told`]); empty when nothing was open.
    pub fn decide_group(&self, group_id: i64, state: ReportState, by: &str, at: i64) -> StoreResult<Vec<Reporter>> {
        let mut conn = self.conn();
        let tx = conn.transaction().ctx("starting a decision")?;
        let reporters = {
            let mut statement = tx
                .prepare(
                    "SELECT id, reporter_chat_id, lang FROM reports WHERE group_id = ?1 AND state = 'open'
                     ORDER BY id",
                )
                .ctx("reading the reports decided")?;
            let rows: Vec<(i64, Option<i64>, String)> = statement
                .query_map([group_id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
                .and_then(Iterator::collect)
                .ctx("reading the reports decided")?;
            rows
        };
        tx.execute(
            "UPDATE reports SET state = ?2, decided_by = ?3, decided_at = ?4 WHERE group_id = ?1 AND state = 'open'",
            params![group_id, state.as_str(), by, at],
        )
        .ctx("saving a decision")?;
        tx.commit().ctx("saving a decision")?;
        Ok(reporters
            .into_iter()
            .filter_map(|(report_id, chat, lang)| {
                chat.map(|chat_id| Reporter {
                    report_id,
                    chat_id,
                    lang: lang_from_db(lang),
                })
            })
            .collect())
    }

    /// An admin sent the alert drafted from a confirmed group: records it, once. Returns whether
    /// this call did (`false`: not confirmed, expired, or already sent).
    pub fn mark_group_alerted(&self, group_id: i64, at: i64) -> StoreResult<bool> {
        let changed = self
            .conn()
            .execute(
                "UPDATE reports SET alerted_at = ?2
                 WHERE group_id = ?1 AND state = 'confirmed' AND alerted_at IS NULL",
                params![group_id, at],
            )
            .ctx("recording an alert from reports")?;
        Ok(changed > 0)
    }

    /// The reporter was told the outcome: their chat id is erased from the report.
    pub fn reporter_told(&self, report_id: i64) -> StoreResult<()> {
        self.conn()
            .execute("UPDATE reports SET reporter_chat_id = NULL WHERE id = ?1", [report_id])
            .ctx("erasing a reporter")?;
        Ok(())
    }

    /// Mutes the reporter of a report until `until`, by their salted hash. Returns whether the
    /// report exists.
    pub fn mute_reporter_of(&self, report_id: i64, until: i64) -> StoreResult<bool> {
        let changed = self
            .conn()
            .execute(
                "INSERT INTO muted (reporter_hash, until)
                 SELECT reporter_hash, ?2 FROM reports WHERE id = ?1
                 ON CONFLICT(reporter_hash) DO UPDATE SET until = excluded.until",
                params![report_id, until],
            )
            .ctx("muting a reporter")?;
        Ok(changed > 0)
    }

    /// Deletes reports and drafts older than `before`, rate records older than a day and mutes
    /// that ended. Returns how many reports were deleted.
    pub fn expire_reports(&self, before: i64, now: i64) -> StoreResult<usize> {
        let mut conn = self.conn();
        let tx = conn.transaction().ctx("starting report expiry")?;
        let reports = tx
            .execute("DELETE FROM reports WHERE created_at < ?1", [before])
            .ctx("deleting expired reports")?;
        tx.execute("DELETE FROM report_drafts WHERE updated_at < ?1", [before])
            .ctx("deleting expired report drafts")?;
        tx.execute("DELETE FROM report_attempts WHERE at <= ?1", [now - DAY_SECS])
            .ctx("deleting old report times")?;
        tx.execute("DELETE FROM muted WHERE until <= ?1", [now])
            .ctx("deleting ended mutes")?;
        tx.commit().ctx("finishing report expiry")?;
        Ok(reports)
    }

    /// Reports sent since `since`, newest first (no reporter data).
    pub fn reports_since(&self, since: i64) -> StoreResult<Vec<StoredReport>> {
        let conn = self.conn();
        let mut statement = conn
            .prepare(&format!(
                "SELECT {COLUMNS} FROM reports WHERE created_at >= ?1 OR state = 'open' ORDER BY id DESC"
            ))
            .ctx("listing reports")?;
        statement
            .query_map([since], stored)
            .and_then(Iterator::collect)
            .ctx("listing reports")
    }

    /// Whether any report row still holds `chat_id` (for tests of `/forget` and expiry).
    pub fn holds_reporter(&self, chat_id: i64) -> StoreResult<bool> {
        let conn = self.conn();
        let reports: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM reports WHERE reporter_chat_id = ?1",
                [chat_id],
                |row| row.get(0),
            )
            .ctx("looking for a reporter")?;
        let drafts: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM report_drafts WHERE chat_id = ?1",
                [chat_id],
                |row| row.get(0),
            )
            .ctx("looking for a report draft")?;
        Ok(reports + drafts > 0)
    }

    /// How many reports are stored.
    pub fn report_count(&self) -> StoreResult<u64> {
        self.conn()
            .query_row("SELECT COUNT(*) FROM reports", [], |row| row.get(0))
            .ctx("counting reports")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new_report(town: &str, chat: i64) -> NewReport {
        NewReport {
            town: town.into(),
            region: "hartford".into(),
            place: "Main St".into(),
            activity: "patrol".into(),
            details: String::new(),
            seen_when: "now".into(),
            photo_file_id: None,
            reporter_chat_id: chat,
            reporter_hash: format!("hash{chat}"),
            lang: Lang::Es,
        }
    }

    #[test]
    fn reports_group_by_town_and_decisions_tell_each_reporter_once() {
        let store = Store::open_in_memory().unwrap();
        let (a, group) = store.create_report(&new_report("Hartford", 1), 1000, 0).unwrap();
        assert_eq!(group, a);
        store.set_verifier_message(group, 77, false).unwrap();
        let (b, group_b) = store.create_report(&new_report("Hartford", 2), 1100, 0).unwrap();
        assert_eq!(group_b, a);
        assert_eq!(store.report(b).unwrap().unwrap().verifier_message_id, Some(77));
        let (_, other) = store.create_report(&new_report("Berlin", 3), 1200, 0).unwrap();
        assert_ne!(other, a);
        let told = store.decide_group(a, ReportState::FalseAlarm, "Ana", 1300).unwrap();
        assert_eq!(told.iter().map(|r| r.chat_id).collect::<Vec<_>>(), vec![1, 2]);
        assert_eq!(told[0].lang, Lang::Es);
        assert!(store
            .decide_group(a, ReportState::Confirmed, "Bo", 1400)
            .unwrap()
            .is_empty());
        assert!(
            !store.mark_group_alerted(a, 1500).unwrap(),
            "a false alarm is never alerted"
        );
        store.decide_group(other, ReportState::Confirmed, "Bo", 1400).unwrap();
        assert!(store.mark_group_alerted(other, 1500).unwrap());
        assert!(!store.mark_group_alerted(other, 1501).unwrap(), "only once");
        store.reporter_told(a).unwrap();
        assert!(!store.holds_reporter(1).unwrap());
        assert!(store.holds_reporter(2).unwrap());
    }

    #[test]
    fn expiry_and_forget_delete_reports_and_drafts() {
        let store = Store::open_in_memory().unwrap();
        store.create_report(&new_report("Hartford", 5), 1000, 0).unwrap();
        store.save_report_draft(6, Lang::Pt, "{}", 1000).unwrap();
        assert_eq!(store.expire_reports(1001, 1001).unwrap(), 1);
        assert!(!store.holds_reporter(5).unwrap() && !store.holds_reporter(6).unwrap());
        store.create_report(&new_report("Hartford", 7), 2000, 0).unwrap();
        store.save_report_draft(7, Lang::Pt, "{}", 2000).unwrap();
        store.forget(7).unwrap();
        assert!(!store.holds_reporter(7).unwrap());
        assert_eq!(store.report_count().unwrap(), 0);
    }

    #[test]
    fn the_salt_is_made_once_and_mutes_follow_the_hash() {
        let store = Store::open_in_memory().unwrap();
        let salt = store.report_salt(None).unwrap();
        assert_eq!(salt.len(), 32);
        assert_eq!(store.report_salt(None).unwrap(), salt);
        assert_eq!(store.report_salt(Some("set")).unwrap(), "set");
        let (id, _) = store.create_report(&new_report("Hartford", 9), 1000, 0).unwrap();
        assert!(store.mute_reporter_of(id, 5000).unwrap());
        let (times, muted) = store.reporter_limits("hash9", 1001).unwrap();
        assert_eq!((times, muted), (vec![1000], Some(5000)));
    }
}
