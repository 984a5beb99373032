//! Alerts and their delivery queue: one row per (alert, chat), claimed, finished or retried, so
//! every subscriber gets each alert at most once, across restarts.

use std::collections::BTreeMap;

use rusqlite::params;

use super::{lang_from_db, Context, Store, StoreResult};
use crate::content::Lang;

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

impl Store {
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
                .query_map(params![alert_id, now, limit], |row| {
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
