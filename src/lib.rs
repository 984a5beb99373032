//! kyr: a multilingual know-your-rights bot for immigrants in Connecticut.
//!
//! # Layout
//!
//! One message flows one way, and each layer depends only on the layers before it:
//!
//! ```text
//! text ──▶ understand ──▶ Decision ──▶ reply ──▶ Reply ──▶ adapters (terminal | Telegram | CLI)
//!          (content)                   (content)
//! ```
//!
//! - [`content`]: the files (`intents/`, `locales/`) loaded into one immutable
//!   [`Content`](content::Content); the languages; Telegram's HTML subset. Depends on nothing.
//! - [`understand`]: normalization, features, the matcher; text in,
//!   [`Decision`](understand::Decision) out.
//! - [`reply`]: composes a [`Reply`](reply::Reply) (HTML parts, buttons as data) in one language.
//! - [`conversation`]: the [`Catalog`] (content, matcher, answer cache), the typed
//!   [`Command`](conversation::Command), and the flow every adapter shares, with effects as data.
//! - [`check`]: everything `kyr check` and start-up validate; nothing depends on it.
//! - Beside the pipeline: [`alerts`] (regions, alert text, the admin's draft, the broadcaster),
//!   [`reports`] (rapid-response reports: the reporter's steps, verification, limits, towns),
//!   [`store`] (SQLite, the only module that writes to disk), [`config`] (the environment).
//! - [`adapters`]: the terminal chat and the Telegram bot, thin layers over the conversation.
//! - [`print`](mod@print): the rights card, its print sheet and the QR flyers, drawn from the content alone
//!   (SVG with bundled fonts, PNG by resvg, PDF by svg2pdf); the adapters and the check use it.
//!
//! The core (content to conversation) is pure: no I/O after loading, no Telegram types. teloxide
//! is used only in `adapters::telegram`, rusqlite only in `store`. The binary (`src/main.rs`)
//! owns the command line, logging and signals.

#![deny(missing_docs)]

pub mod adapters;
pub mod alerts;
pub mod check;
pub mod config;
pub mod content;
pub mod conversation;
pub mod print;
pub mod reply;
pub mod reports;
pub mod store;
pub mod understand;

pub use content::Lang;
pub use conversation::Catalog;

/// The memory allocator of every program built on kyr (the bot, the command line, the tests and
/// benchmarks). A surge of chats means thousands of short-lived buffers on two threads at once;
/// glibc's allocator spends that time in lock waits and page faults (measured in the README's
/// load test), mimalloc does not. It is built without transparent huge pages: zeroing 2 MB pages
/// for small buffers cost more than glibc did.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// What a program is about to do, for [`tune_allocator`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workload {
    /// Loading the content and answering from the command line: short-lived buffers on several
    /// threads, and a memory cap to keep (`kyr classify` under 30 MB).
    Batch,
    /// Serving Telegram: bursts of replies that should reuse the memory of the burst before.
    Serving,
}

/// Sets how long the allocator keeps freed memory before giving it back to the system. Every kyr
/// program calls it first with [`Workload::Batch`] (`main`, and the load test, so that it
/// measures what runs); the bot calls it again with [`Workload::Serving`] once the content is
/// loaded.
///
/// mimalloc 3 keeps freed memory for a second. Loading the content churns through short-lived
/// buffers on several threads, and a second's delay kept them all resident (`kyr classify` peaked
/// at 34 MB instead of 20 MB), so batch work gives memory back after 10 ms (mimalloc 2's
/// default). A bot serving a surge frees and reallocates the same buffers within milliseconds:
/// returning them after 10 ms meant faulting them back in, page by page, during the surge, so
/// serving keeps them for 250 ms (the README's load test measures the difference).
pub fn tune_allocator(workload: Workload) {
    let milliseconds = match workload {
        Workload::Batch => 10,
        Workload::Serving => 250,
    };
    // SAFETY: sets one integer option, which mimalloc reads atomically; no memory is touched.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, milliseconds) };
}

/// `mi_option_purge_delay` in mimalloc 3's `mimalloc.h` (the Rust bindings leave it out).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

#[cfg(test)]
mod tests {
    /// `tune_allocator` names the option by number. In mimalloc 3 it is the only option whose
    /// default is 1,000, so an upgrade that renumbers the options fails here, not silently.
    #[test]
    fn the_option_tune_allocator_sets_is_the_purge_delay() {
        // SAFETY: reads one integer option.
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(super::PURGE_DELAY) }, 1000);
    }
}
