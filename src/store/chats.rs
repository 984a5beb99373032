//! Chats: the language a chat chose, and forgetting a chat entirely.

use rusqlite::{params, OptionalExtension};

use super::{lang_from_db, Context, Store, StoreResult};
use crate::content::Lang;

impl Store {
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

    /// Deletes everything stored about a chat: language, subscription, queued alerts, its reports
    /// and any report being written. (Rate records and mutes stay: they hold a salted hash, not
    /// the chat, and must outlast `/forget` to mean anything.)
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
        removed += tx
            .execute("DELETE FROM reports WHERE reporter_chat_id = ?1", [chat_id])
            .ctx("forgetting reports")?;
        removed += tx
            .execute("DELETE FROM report_drafts WHERE chat_id = ?1", [chat_id])
            .ctx("forgetting a report being written")?;
        tx.commit().ctx("finishing /forget")?;
        Ok(removed > 0)
    }
}
