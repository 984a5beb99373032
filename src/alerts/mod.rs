//! Community alerts: the regions they go to, an admin's text parsed per language and rendered for
//! each subscriber, the admin's draft as a pure state machine, and the broadcaster that drains the
//! persistent delivery queue at Telegram's limits, exactly once per (alert, chat).
//!
//! The broadcaster talks to Telegram through the narrow [`AlertSender`] trait, so its pacing,
//! retries and bookkeeping are tested without a network; the draft is tested without Telegram.

mod broadcaster;
mod draft;
mod history;
mod pacer;
mod regions;
mod text;

pub use broadcaster::{AlertSender, BroadcastHandle, Broadcaster, SendError, MAX_ATTEMPTS, PROGRESS_EVERY};
pub use draft::{Draft, DraftStep};
pub use history::print_history;
pub use pacer::{Pacer, MARGIN, TELEGRAM_MAX_PER_SECOND};
pub use regions::{is_region, region_name};
pub use text::{parse_admin_text, render, text_for};
