//! The Telegram adapter: a thin layer over [`crate::conversation`]. It turns updates into
//! [`Input`](crate::conversation::Input)s, renders [`Reply`](crate::reply::Reply)s as HTML with
//! inline keyboards, answers inline queries with ready-to-post articles, and runs the community
//! alerts. It logs update kinds, intent ids and timings, never what anyone wrote. Each file has
//! one job:
//!
//! | file | job |
//! |---|---|
//! | `schema` | the handler tree: every route, filter and dialogue state |
//! | `app` | the state handlers share, and each chat's dialogue state |
//! | `chat` | the conversation endpoints: text, commands, non-text, buttons |
//! | `inline` | inline mode |
//! | `card` | the rights card's two photos, drawn and uploaded once per language |
//! | `subscribe` | `/subscribe`, the region picker, `/unsubscribe` |
//! | `admin_alert` | `/alert`: the admin's draft, preview, Send and Cancel |
//! | `report` | `/report`: the reporter's steps, stored so a restart resumes them |
//! | `verify` | the verifiers' message and buttons, mutes, and the admins' draft from a confirmed report |
//! | `membership` | forgetting a chat that blocked or removed the bot |
//! | `sender` | the broadcaster's [`AlertSender`](crate::alerts::AlertSender) over Telegram |
//! | `menus` | the localized command menus and descriptions |
//! | `callback` | callback data: every encoding and decoding |
//! | `keyboard` | every inline keyboard |
//! | `send` | sending replies, retries, error kinds |
//! | `prefetch` | long polling one batch ahead |
//! | `serve` | start, serve until the shutdown signal, stop |

mod admin_alert;
mod app;
pub mod callback;
mod card;
mod chat;
mod inline;
pub mod keyboard;
mod membership;
mod menus;
mod prefetch;
mod report;
mod schema;
mod send;
mod sender;
mod serve;
mod subscribe;
mod verify;

pub use app::{App, ChatState};
pub use card::{bot_username, Cards, Picture};

/// The log filter when `RUST_LOG` is not set: kyr's own events, and only warnings from the Telegram
/// library, whose debug output would include raw updates (what users wrote).
pub const DEFAULT_LOG_FILTER: &str = "info,teloxide=warn";
pub use inline::inline_results;
pub use schema::schema;
pub use sender::TelegramSender;
pub use serve::{serve, start, start_with, Options, Running};
