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
    // 3: rapid-response reports, reports being written, reporters' rate records and mutes (by
    // salted hash), and settings (the salt).
    "CREATE TABLE reports (
        id                  INTEGER PRIMARY KEY AUTOINCREMENT,
        state               TEXT NOT NULL DEFAULT 'open',
        town                TEXT NOT NULL,
        region              TEXT NOT NULL,
        place               TEXT NOT NULL,
        activity            TEXT NOT NULL,
        details             TEXT NOT NULL,
        seen_when           TEXT NOT NULL,
        photo_file_id       TEXT,
        reporter_chat_id    INTEGER,
        reporter_hash       TEXT NOT NULL,
        lang                TEXT NOT NULL,
        created_at          INTEGER NOT NULL,
        group_id            INTEGER NOT NULL,
        verifier_message_id INTEGER,
        verifier_is_photo   INTEGER NOT NULL DEFAULT 0,
        decided_by          TEXT,
        decided_at          INTEGER,
        alerted_at          INTEGER
    );
    CREATE INDEX reports_town ON reports(town, state, created_at);
    CREATE INDEX reports_group ON reports(group_id);
    CREATE INDEX reports_reporter ON reports(reporter_chat_id);
    CREATE TABLE report_drafts (
        chat_id    INTEGER PRIMARY KEY,
        lang       TEXT NOT NULL,
        draft      TEXT NOT NULL,
        updated_at INTEGER NOT NULL
    );
    CREATE TABLE report_attempts (
        reporter_hash TEXT NOT NULL,
        at            INTEGER NOT NULL
    );
    CREATE INDEX report_attempts_hash ON report_attempts(reporter_hash, at);
    CREATE TABLE muted (
        reporter_hash TEXT PRIMARY KEY,
        until         INTEGER NOT NULL
    );
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );",
];
