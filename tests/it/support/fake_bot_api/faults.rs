//! Failures a test injects: "the next K calls of method M (optionally for chat C) answer with
//! status S and this body".

use std::sync::Arc;

use serde_json::{json, Value};

use super::int_param;
use super::server::{Answer, FakeBotApi, Shared};

/// An injected failure: the next [`Fault::times`] calls of a method (optionally only for one
/// chat) are answered with this status and body instead of being served.
#[derive(Debug, Clone)]
pub struct Fault {
    method: String,
    chat_id: Option<i64>,
    times: usize,
    status: u16,
    body: Value,
}

impl Fault {
    /// Calls of `method` answer `status` with `body` (once, for any chat, until changed).
    pub fn new(method: &str, status: u16, body: Value) -> Fault {
        Fault {
            method: method.to_string(),
            chat_id: None,
            times: 1,
            status,
            body,
        }
    }

    /// Calls of `method` answer `status` with the standard error envelope and `description`.
    pub fn error(method: &str, status: u16, description: &str) -> Fault {
        Fault::new(
            method,
            status,
            json!({ "ok": false, "error_code": status, "description": description }),
        )
    }

    /// 429 flood control with `retry_after` seconds.
    pub fn too_many_requests(method: &str, retry_after: u64) -> Fault {
        Fault::new(
            method,
            429,
            json!({
                "ok": false, "error_code": 429,
                "description": format!("Too Many Requests: retry after {retry_after}"),
                "parameters": { "retry_after": retry_after }
            }),
        )
    }

    /// 500 Internal Server Error. Requests sent through teloxide sleep 10 s inside the request after
    /// any 5xx; the bot's conversation replies do not.
    pub fn server_error(method: &str) -> Fault {
        Fault::error(method, 500, "Internal Server Error")
    }

    /// 403 "Forbidden: bot was blocked by the user".
    pub fn blocked(method: &str) -> Fault {
        Fault::error(method, 403, "Forbidden: bot was blocked by the user")
    }

    /// Apply to this many calls (default 1).
    pub fn times(mut self, times: usize) -> Fault {
        self.times = times;
        self
    }

    /// Apply only to calls whose `chat_id` is `chat_id`.
    pub fn for_chat(mut self, chat_id: i64) -> Fault {
        self.chat_id = Some(chat_id);
        self
    }

    fn matches(&self, method: &str, params: &Value) -> bool {
        self.times > 0
            && self.method.eq_ignore_ascii_case(method)
            && self.chat_id.is_none_or(|c| int_param(params, "chat_id") == Some(c))
    }
}

impl FakeBotApi {
    /// Queues a failure (see [`Fault`]). Faults apply in the order they were injected.
    pub fn inject(&self, fault: Fault) {
        self.shared.lock().faults.push(fault);
    }
}

/// The answer of the first injected fault that matches this call, if any (using it up).
pub(super) fn take_fault(shared: &Shared, method: &str, params: &Value) -> Option<Arc<Answer>> {
    let mut state = shared.lock();
    let fault = state.faults.iter_mut().find(|f| f.matches(method, params))?;
    fault.times -= 1;
    let answer = Answer::new(fault.status, &fault.body);
    state.faults.retain(|f| f.times > 0);
    Some(answer)
}
