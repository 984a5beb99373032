//! SQLite storage: the only module that writes to disk. It keeps the least that works: a chat's
//! chosen language, its alert subscription (language and regions), the alert delivery queue, and
//! rapid-response reports for at most `KYR_REPORT_TTL`. Nothing a user writes is stored, except
//! the report they chose to send (deleted after its time to live, or by `/forget`).
//!
//! - `migrations`: the schema, versioned;
//! - `chats`: a chat's language, and `/forget`;
//! - `subscriptions`: who gets alerts for which regions;
//! - `queue`: alerts and their exactly-once delivery queue;
//! - `reports`: rapid-response reports, drafts, rate records, mutes and expiry.

mod chats;
mod migrations;
mod queue;
mod reports;
mod subscriptions;

pub use queue::{AlertSummary, Counts, Delivery, DeliveryState};
pub use reports::{NewReport, ReportState, Reporter, StoredReport};
pub use subscriptions::{Subscription, REGIONS, STATEWIDE};

use migrations::MIGRATIONS;

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use rusqlite::Connection;

use crate::content::Lang;

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
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

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
