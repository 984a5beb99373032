//! kyr's integration tests: one test binary, one module per area, all through the library's
//! public API (and, for `cli`, the built `kyr` binary).
//!
//! ```text
//! cargo test --release --test it                 # everything CI runs here
//! cargo test --release --test it telegram_e2e    # one area: test names start with their module
//! ```
//!
//! Ignored tests measure or fuzz, and say at the top of their module how to run them:
//! `telegram_load`, `alerts_bench`, `fuzz`.
//!
//! Test data stays where it was, beside this folder: `tests/devset/` and `tests/devset2/`. What
//! several modules share (the fake Bot API server, rate measurements) is in `support`.

mod alerts;
mod alerts_bench;
mod alerts_telegram;
mod cards;
mod cli;
mod content;
mod devset;
mod fuzz;
mod reports;
mod robustness;
mod support;
mod telegram_e2e;
mod telegram_load;
mod understanding;
