//! The adapters: thin layers that carry the conversation to people. Each turns what arrives into
//! an [`Input`](crate::conversation::Input) and renders the [`Reply`](crate::reply::Reply) it gets
//! back; none holds content or matching logic.

pub mod telegram;
pub mod terminal;
