//! What several test modules share: a fake Telegram Bot API server, and rate measurements.

pub mod fake_bot_api;
pub mod rate;
