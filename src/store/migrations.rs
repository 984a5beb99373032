//! Schema migrations, applied in order; `PRAGMA user_version` records how many ran.

pub(super) const MIGRATIONS: &[&str] = &[
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
