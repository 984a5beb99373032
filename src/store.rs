//! SQLite storage: the only module that writes to disk. It keeps the least that works: a chat's
//! chosen language, its alert subscription (language and regions), and the alert delivery queue.
//! Nothing a user writes is ever stored.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use rusqlite::{params, Connection, OptionalExtension};

use crate::lang::Lang;

/// A storage failure, with what was being done.
#[derive(Debug, thiserror::Error)]
#[error("database error while {action}: {source}")]
pub struct StoreError {
    action: &'static str,
    #[source]
    source: rusqlite::Error,
}

/// Result of a store operation.
pub type StoreResult<T> = Result<T, StoreError>;

trait Context<T> {
    fn ctx(self, action: &'static str) -> StoreResult<T>;
}

impl<T> Context<T> for rusqlite::Result<T> {
    fn ctx(self, action: &'static str) -> StoreResult<T> {
        self.map_err(|source| StoreError { action, source })
    }
}

/// Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
const MIGRATIONS: &[&str] = &[
    // 1: chosen languages.
    "CREATE TABLE chats (
        chat_id INTEGER PRIMARY KEY,
        lang    TEXT NOT NULL
    );",
    // 2: alert subscriptions, alerts, and the delivery queue.
    "CREATE TABLE subscriptions (
        chat_id INTEGER PRIMARY KEY,
        lang    TEXT NOT NULL,
        regions TEXT NOT NULL
    );
    CREATE TABLE alerts (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at INTEGER NOT NULL,
        region     TEXT NOT NULL,
        texts      TEXT NOT NULL,
        status     TEXT NOT NULL DEFAULT 'sending'
    );
    CREATE TABLE deliveries (
        alert_id INTEGER NOT NULL REFERENCES alerts(id),
        chat_id  INTEGER NOT NULL,
        lang     TEXT NOT NULL,
        state    TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_at  INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (alert_id, chat_id)
    );
    CREATE INDEX deliveries_pending ON deliveries(alert_id, state, next_at);",
];

/// Where alerts go: all of Connecticut, or some of its counties.
pub const REGIONS: [&str; 8] = [
    "fairfield",
    "hartford",
    "litchfield",
    "middlesex",
    "new_haven",
    "new_london",
    "tolland",
    "windham",
];

/// Region code meaning all of Connecticut.
pub const STATEWIDE: &str = "all";

/// A chat's alert subscription.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    /// Language alerts are sent in.
    pub lang: Lang,
    /// Region codes ([`REGIONS`]), or just [`STATEWIDE`].
    pub regions: Vec<String>,
}

/// Where one delivery stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryState {
    /// Not sent yet.
    Pending,
    /// Handed to Telegram; the outcome is not recorded yet.
    Sending,
    /// Delivered.
    Sent,
    /// Gave up after retries, or the outcome of an interrupted send is unknown.
    Failed,
    /// The chat blocked the bot or no longer exists; it was unsubscribed.
    Gone,
}

impl DeliveryState {
    fn as_str(self) -> &'static str {
        match self {
            DeliveryState::Pending => "pending",
            DeliveryState::Sending => "sending",
            DeliveryState::Sent => "sent",
            DeliveryState::Failed => "failed",
            DeliveryState::Gone => "gone",
        }
    }
}

/// One message of the queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// The alert.
    pub alert_id: i64,
    /// The chat to send it to.
    pub chat_id: i64,
    /// The chat's language.
    pub lang: Lang,
    /// Tries so far.
    pub attempts: u32,
}

/// Delivery counts of one alert.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Delivered.
    pub sent: u64,
    /// Failed for good.
    pub failed: u64,
    /// Unsubscribed because blocked or gone.
    pub gone: u64,
    /// Still to send (pending or in flight).
    pub left: u64,
}

/// A past or running alert.
#[derive(Debug, Clone, PartialEq)]
pub struct AlertSummary {
    /// Alert number.
    pub id: i64,
    /// Unix time it was created.
    pub created_at: i64,
    /// Region code.
    pub region: String,
    /// `sending` or `done`.
    pub status: String,
    /// Delivery counts.
    pub counts: Counts,
}

/// The database.
#[derive(Debug)]
pub struct Store {
    conn: Mutex<Connection>,
}

fn lang_from_db(code: String) -> Lang {
    Lang::from_tag(&code).unwrap_or(Lang::En)
}

impl Store {
    /// Opens (creating if needed) the database at `path` and applies migrations.
    pub fn open(path: &Path) -> StoreResult<Store> {
        let conn = Connection::open(path).ctx("opening the database file (check KYR_DB)")?;
        conn.pragma_update(None, "journal_mode", "WAL").ctx("enabling WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .ctx("setting synchronous")?;
        Store::migrate(conn)
    }

    /// An in-memory database, for tests.
    pub fn open_in_memory() -> StoreResult<Store> {
        Store::migrate(Connection::open_in_memory().ctx("opening an in-memory database")?)
    }

    fn migrate(conn: Connection) -> StoreResult<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .ctx("setting busy timeout")?;
        let version: usize = conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .ctx("reading the schema version")?;
        for (i, migration) in MIGRATIONS.iter().enumerate().skip(version) {
            conn.execute_batch(&format!("BEGIN; {migration} PRAGMA user_version = {}; COMMIT;", i + 1))
                .ctx("migrating the schema")?;
        }
        Ok(Store { conn: Mutex::new(conn) })
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite inconsistent; keep serving.
        self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The language a chat chose, if any.
    pub fn language(&self, chat_id: i64) -> StoreResult<Option<Lang>> {
        // Read for every message the bot gets: the prepared statement is kept, not re-parsed.
        let conn = self.conn();
        conn.prepare_cached("SELECT lang FROM chats WHERE chat_id = ?1")
            .and_then(|mut statement| statement.query_row([chat_id], |row| row.get::<_, String>(0)).optional())
            .map(|code| code.map(lang_from_db))
            .ctx("reading a chat's language")
    }

    /// Remembers a chat's language (and updates its subscription's language).
    pub fn set_language(&self, chat_id: i64, lang: Lang) -> StoreResult<()> {
        let conn = self.conn();
        conn.execute(
            "INSERT INTO chats (chat_id, lang) VALUES (?1, ?2)
             ON CONFLICT(chat_id) DO UPDATE SET lang = excluded.lang",
            params![chat_id, lang.code()],
        )
        .ctx("saving a chat's language")?;
        conn.execute(
            "UPDATE subscriptions SET lang = ?2 WHERE chat_id = ?1",
            params![chat_id, lang.code()],
        )
        .ctx("updating a subscription's language")?;
        Ok(())
    }

    /// Deletes everything stored about a chat: language, subscription, queued alerts.
    /// Returns whether anything was stored.
    pub fn forget(&self, chat_id: i64) -> StoreResult<bool> {
        let mut conn = self.conn();
        let tx = conn.transaction().ctx("starting /forget")?;
        let mut removed = tx
            .execute("DELETE FROM chats WHERE chat_id = ?1", [chat_id])
            .ctx("forgetting a chat")?;
        removed += tx
            .execute("DELETE FROM subscriptions WHERE chat_id = ?1", [chat_id])
            .ctx("forgetting a subscription")?;
        removed += tx
            .execute("DELETE FROM deliveries WHERE chat_id = ?1", [chat_id])
            .ctx("forgetting queued alerts")?;
        tx.commit().ctx("finishing /forget")?;
        Ok(removed > 0)
    }

    /// Subscribes a chat (or replaces its regions).
    pub fn subscribe(&self, chat_id: i64, lang: Lang, regions: &[String]) -> StoreResult<()> {
        let regions = if regions.is_empty() || regions.iter().any(|r| r == STATEWIDE) {
            STATEWIDE.to_string()
        } else {
            regions.join(",")
        };
        self.conn()
            .execute(
                "INSERT INTO subscriptions (chat_id, lang, regions) VALUES (?1, ?2, ?3)
                 ON CONFLICT(chat_id) DO UPDATE SET lang = excluded.lang, regions = excluded.regions",
                params![chat_id, lang.code(), regions],
            )
            .ctx("saving a subscription")?;
        Ok(())
    }

    /// Removes a chat's subscription; returns whether it had one.
    pub fn unsubscribe(&self, chat_id: i64) -> StoreResult<bool> {
        let removed = self
            .conn()
            .execute("DELETE FROM subscriptions WHERE chat_id = ?1", [chat_id])
            .ctx("removing a subscription")?;
        Ok(removed > 0)
    }

    /// A chat's subscription, if any.
    pub fn subscription(&self, chat_id: i64) -> StoreResult<Option<Subscription>> {
        self.conn()
            .query_row(
                "SELECT lang, regions FROM subscriptions WHERE chat_id = ?1",
                [chat_id],
                |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)),
            )
            .optional()
            .map(|found| {
                found.map(|(lang, regions)| Subscription {
                    lang: lang_from_db(lang),
                    regions: regions.split(',').map(str::to_string).collect(),
                })
            })
            .ctx("reading a subscription")
    }

    /// Number of subscribed chats.
    pub fn subscriber_count(&self) -> StoreResult<u64> {
        self.conn()
            .query_row("SELECT COUNT(*) FROM subscriptions", [], |row| row.get(0))
            .ctx("counting subscribers")
    }

    /// Creates an alert for `region` with its text per language, and queues one delivery for every
    /// chat subscribed to that region, all in one transaction. Returns the alert id.
    pub fn create_alert(&self, region: &str, texts: &BTreeMap<Lang, String>, now: i64) -> StoreResult<i64> {
        let texts_json = serde_json::to_string(
            &texts
                .iter()
                .map(|(l, t)| (l.code(), t.as_str()))
                .collect::<BTreeMap<_, _>>(),
        )
        .expect("a map of strings serializes");
        let mut conn = self.conn();
        let tx = conn.transaction().ctx("starting an alert")?;
        tx.execute(
            "INSERT INTO alerts (created_at, region, texts) VALUES (?1, ?2, ?3)",
            params![now, region, texts_json],
        )
        .ctx("saving an alert")?;
        let id = tx.last_insert_rowid();
        tx.execute(
            "INSERT OR IGNORE INTO deliveries (alert_id, chat_id, lang)
             SELECT ?1, chat_id, lang FROM subscriptions
             WHERE ?2 = 'all' OR regions = 'all' OR (',' || regions || ',') LIKE ('%,' || ?2 || ',%')",
            params![id, region],
        )
        .ctx("queueing an alert")?;
        tx.commit().ctx("finishing an alert")?;
        Ok(id)
    }

    /// The text of an alert in each language.
    pub fn alert_texts(&self, alert_id: i64) -> StoreResult<BTreeMap<Lang, String>> {
        let json: String = self
            .conn()
            .query_row("SELECT texts FROM alerts WHERE id = ?1", [alert_id], |row| row.get(0))
            .ctx("reading an alert")?;
        let raw: BTreeMap<String, String> = serde_json::from_str(&json).unwrap_or_default();
        Ok(raw
            .into_iter()
            .filter_map(|(code, text)| Lang::from_tag(&code).map(|l| (l, text)))
            .collect())
    }

    /// Claims up to `limit` deliveries that are due at `now`, marking them in flight, so a
    /// restart never sends them twice.
    pub fn claim_due(&self, alert_id: i64, now: i64, limit: usize) -> StoreResult<Vec<Delivery>> {
        let mut conn = self.conn();
        let tx = conn.transaction().ctx("claiming deliveries")?;
        let due: Vec<Delivery> = {
            let mut stmt = tx
                .prepare_cached(
                    "SELECT chat_id, lang, attempts FROM deliveries
                     WHERE alert_id = ?1 AND state = 'pending' AND next_at <= ?2
                     ORDER BY next_at, chat_id LIMIT ?3",
                )
                .ctx("preparing the queue query")?;
            let rows = stmt
                .query_map(params![alert_id, now, limit as i64], |row| {
                    Ok(Delivery {
                        alert_id,
                        chat_id: row.get(0)?,
                        lang: lang_from_db(row.get(1)?),
                        attempts: row.get(2)?,
                    })
                })
                .ctx("reading the queue")?;
            rows.collect::<rusqlite::Result<_>>().ctx("reading the queue")?
        };
        for delivery in &due {
            tx.execute(
                "UPDATE deliveries SET state = 'sending', attempts = attempts + 1 WHERE alert_id = ?1 AND chat_id = ?2",
                params![alert_id, delivery.chat_id],
            )
            .ctx("claiming a delivery")?;
        }
        tx.commit().ctx("claiming deliveries")?;
        Ok(due)
    }

    /// Records the outcome of a claimed delivery. `Gone` also unsubscribes the chat.
    pub fn finish(&self, alert_id: i64, chat_id: i64, state: DeliveryState) -> StoreResult<()> {
        let mut conn = self.conn();
        let tx = conn.transaction().ctx("recording a delivery")?;
        tx.execute(
            "UPDATE deliveries SET state = ?3 WHERE alert_id = ?1 AND chat_id = ?2",
            params![alert_id, chat_id, state.as_str()],
        )
        .ctx("recording a delivery")?;
        if state == DeliveryState::Gone {
            tx.execute("DELETE FROM subscriptions WHERE chat_id = ?1", [chat_id])
                .ctx("unsubscribing a gone chat")?;
        }
        tx.commit().ctx("recording a delivery")
    }

    /// Puts a claimed delivery back in the queue to retry at `next_at` (Unix seconds). A try that
    /// was refused by flood control (`counts_as_attempt == false`) does not use up a retry.
    pub fn retry_later(&self, alert_id: i64, chat_id: i64, next_at: i64, counts_as_attempt: bool) -> StoreResult<()> {
        let refund = i64::from(!counts_as_attempt);
        self.conn()
            .execute(
                "UPDATE deliveries SET state = 'pending', next_at = ?3, attempts = MAX(attempts - ?4, 0)
                 WHERE alert_id = ?1 AND chat_id = ?2",
                params![alert_id, chat_id, next_at, refund],
            )
            .ctx("rescheduling a delivery")?;
        Ok(())
    }

    /// After a crash, deliveries left in flight have an unknown outcome: they are counted as
    /// failed rather than sent again, so nobody gets an alert twice.
    pub fn settle_interrupted(&self) -> StoreResult<u64> {
        let n = self
            .conn()
            .execute("UPDATE deliveries SET state = 'failed' WHERE state = 'sending'", [])
            .ctx("settling interrupted deliveries")?;
        Ok(n as u64)
    }

    /// Deliveries of an alert marked in flight.
    pub fn in_flight(&self, alert_id: i64) -> StoreResult<u64> {
        self.conn()
            .query_row(
                "SELECT COUNT(*) FROM deliveries WHERE alert_id = ?1 AND state = 'sending'",
                [alert_id],
                |row| row.get(0),
            )
            .ctx("counting deliveries in flight")
    }

    /// Delivery counts of an alert.
    pub fn counts(&self, alert_id: i64) -> StoreResult<Counts> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached("SELECT state, COUNT(*) FROM deliveries WHERE alert_id = ?1 GROUP BY state")
            .ctx("counting deliveries")?;
        let mut counts = Counts::default();
        let rows = stmt
            .query_map([alert_id], |row| Ok((row.get::<_, String>(0)?, row.get::<_, u64>(1)?)))
            .ctx("counting deliveries")?;
        for row in rows {
            let (state, n) = row.ctx("counting deliveries")?;
            match state.as_str() {
                "sent" => counts.sent = n,
                "failed" => counts.failed = n,
                "gone" => counts.gone = n,
                _ => counts.left += n,
            }
        }
        Ok(counts)
    }

    /// Marks an alert finished.
    pub fn mark_done(&self, alert_id: i64) -> StoreResult<()> {
        self.conn()
            .execute("UPDATE alerts SET status = 'done' WHERE id = ?1", [alert_id])
            .ctx("finishing an alert")?;
        Ok(())
    }

    /// Alerts still being sent (to resume after a restart).
    pub fn unfinished_alerts(&self) -> StoreResult<Vec<i64>> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached("SELECT id FROM alerts WHERE status = 'sending' ORDER BY id")
            .ctx("listing unfinished alerts")?;
        let ids = stmt
            .query_map([], |row| row.get(0))
            .ctx("listing unfinished alerts")?
            .collect::<rusqlite::Result<Vec<i64>>>()
            .ctx("listing unfinished alerts")?;
        Ok(ids)
    }

    /// Every alert, newest first, with its counts.
    pub fn alerts(&self) -> StoreResult<Vec<AlertSummary>> {
        let rows: Vec<(i64, i64, String, String)> = {
            let conn = self.conn();
            let mut stmt = conn
                .prepare("SELECT id, created_at, region, status FROM alerts ORDER BY id DESC")
                .ctx("listing alerts")?;
            let rows = stmt
                .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))
                .ctx("listing alerts")?;
            rows.collect::<rusqlite::Result<_>>().ctx("listing alerts")?
        };
        rows.into_iter()
            .map(|(id, created_at, region, status)| {
                Ok(AlertSummary {
                    id,
                    created_at,
                    region,
                    status,
                    counts: self.counts(id)?,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_round_trips_and_forget_erases_everything() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(store.language(7).unwrap(), None);
        store.set_language(7, Lang::Ht).unwrap();
        store.subscribe(7, Lang::Ht, &["fairfield".into()]).unwrap();
        assert_eq!(store.language(7).unwrap(), Some(Lang::Ht));
        assert!(store.forget(7).unwrap());
        assert_eq!(store.language(7).unwrap(), None);
        assert_eq!(store.subscription(7).unwrap(), None);
        assert!(!store.forget(7).unwrap());
    }

    #[test]
    fn alerts_reach_only_matching_regions_once() {
        let store = Store::open_in_memory().unwrap();
        store.subscribe(1, Lang::En, &["fairfield".into()]).unwrap();
        store
            .subscribe(2, Lang::Es, &["new_london".into(), "windham".into()])
            .unwrap();
        store.subscribe(3, Lang::Pt, &[]).unwrap();
        let texts = BTreeMap::from([(Lang::En, "x".to_string())]);
        let alert = store.create_alert("fairfield", &texts, 0).unwrap();
        let claimed = store.claim_due(alert, 0, 10).unwrap();
        let chats: Vec<i64> = claimed.iter().map(|d| d.chat_id).collect();
        assert_eq!(chats, vec![1, 3]);
        assert!(
            store.claim_due(alert, 0, 10).unwrap().is_empty(),
            "claimed rows are not handed out twice"
        );
        store.finish(alert, 1, DeliveryState::Sent).unwrap();
        store.finish(alert, 3, DeliveryState::Gone).unwrap();
        assert_eq!(
            store.counts(alert).unwrap(),
            Counts {
                sent: 1,
                gone: 1,
                ..Counts::default()
            }
        );
        assert_eq!(store.subscription(3).unwrap(), None, "a gone chat is unsubscribed");
    }

    #[test]
    fn reopening_a_file_keeps_data_and_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kyr.sqlite3");
        Store::open(&path).unwrap().set_language(5, Lang::Pt).unwrap();
        assert_eq!(Store::open(&path).unwrap().language(5).unwrap(), Some(Lang::Pt));
    }
}
