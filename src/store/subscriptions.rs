//! Alert subscriptions: which chats get alerts, for which regions, in which language.

use rusqlite::{params, OptionalExtension};

use super::{lang_from_db, Context, Store, StoreResult};
use crate::content::Lang;

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

impl Store {
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
}
