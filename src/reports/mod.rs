//! Rapid-response reports: someone sees agents and reports it, trained volunteers verify it,
//! and only a confirmed report becomes an alert draft that an admin may send. Pure, like
//! [`alerts::Draft`](crate::alerts::Draft): effects are data, and no Telegram types appear here.
//!
//! ```text
//! reporter ──/report──▶ ReportDraft (flow) ──Submit──▶ verifiers' chat (text, no reporter data)
//!                                                        │ Confirmed / False alarm / Can't verify
//!                      reporter told the outcome ◀───────┤
//!                                                        └─Confirmed──▶ admins: alert draft ──Send──▶ subscribers
//! ```
//!
//! - `towns`: Connecticut's 169 towns and village names, and matching typed names;
//! - `flow`: the reporter's steps, as a state machine;
//! - `verify`: a verifier's verdict and what follows from it;
//! - `limits`: one report per 10 minutes and five a day, mutes, the reporter's salted hash;
//! - `text`: the verifiers' English message and the admins' alert draft;
//! - `list`: `kyr reports`.

mod flow;
mod limits;
mod list;
mod text;
mod towns;
mod verify;

pub use flow::{Activity, Effect, Event, Report, ReportDraft, Step, When, MAX_DETAILS_CHARS, MAX_PLACE_CHARS};
pub use limits::{check, reporter_hash, Allowed, DAY_SECS, MIN_GAP_SECS, MUTE_SECS, PER_DAY};
pub use list::print_reports;
pub use text::{
    alert_texts, county_name, ct_clock, decision_line, muted_line, state_en, verifier_html, MAX_CAPTION_CHARS,
};
pub use towns::{county_code, Town, TownMatch, Towns, TownsError, TOWNS_FILE};
pub use verify::{Consequences, Verdict};

/// How long after a report another one about the same town joins its verifiers' message, in
/// seconds.
pub const GROUP_WINDOW_SECS: i64 = 60 * 60;
