//! kyr: a multilingual know-your-rights bot for immigrants in Connecticut.
//!
//! The core is pure and knows nothing of Telegram: [`content`] loads the files, [`catalog`] holds
//! them indexed, [`matcher`] understands a message, [`reply`] composes an answer,
//! [`conversation`] runs the flow every adapter shares, and [`check`] validates the content. The
//! terminal ([`terminal`]), the command line and Telegram ([`telegram`]) are thin adapters over it;
//! [`store`] is the only module that writes to disk.

pub mod alerts;
pub mod catalog;
pub mod check;
pub mod classify;
pub mod config;
pub mod content;
pub mod conversation;
pub mod html;
pub mod lang;
pub mod matcher;
pub mod normalize;
pub mod reply;
pub mod store;
pub mod telegram;
pub mod terminal;

pub use catalog::Catalog;
pub use lang::Lang;
