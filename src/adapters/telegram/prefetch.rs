//! Long polling that asks Telegram for the next batch of updates as soon as a batch arrives.
//!
//! teloxide's [`Polling`] asks for more updates only once the dispatcher has taken every update
//! of the last batch, and under a surge that request then waits its turn behind every handler the
//! batch started: the bot ran short of work while more messages sat at Telegram (in the load test,
//! batches of 100 arrived 7–14 ms apart). Here the polling runs in a task of its own and hands
//! updates over through a queue one batch deep, so the next request is already out while the
//! current batch is being answered. (Replies are capped in flight by `send`, so fetching ahead does
//! not open a connection per waiting chat.)
//!
//! Stopping is unchanged: the stop token stops the inner polling, which confirms to Telegram what
//! it fetched, and the dispatcher still receives every fetched update before the stream ends.

use futures::stream::BoxStream;
use futures::StreamExt;
use teloxide::stop::StopToken;
use teloxide::types::{AllowedUpdate, Update};
use teloxide::update_listeners::{AsUpdateStream, Polling, UpdateListener};
use teloxide::{Bot, RequestError};
use tokio::sync::mpsc;

/// How many fetched updates may wait for the dispatcher: one `getUpdates` batch. More would only
/// widen what a crash could lose (Telegram forgets updates once the next request confirms them).
const QUEUE: usize = 100;

/// An update listener: teloxide's long polling, run ahead of the dispatcher by one batch.
pub struct Prefetching {
    polling: Option<Polling<Bot>>,
    stop: StopToken,
}

impl Prefetching {
    /// Wraps `polling`; it starts when the dispatcher asks for the update stream.
    pub fn new(mut polling: Polling<Bot>) -> Prefetching {
        let stop = polling.stop_token();
        Prefetching {
            polling: Some(polling),
            stop,
        }
    }
}

impl UpdateListener for Prefetching {
    type Err = RequestError;

    fn stop_token(&mut self) -> StopToken {
        self.stop.clone()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        if let Some(polling) = self.polling.as_mut() {
            polling.hint_allowed_updates(hint);
        }
    }
}

impl<'a> AsUpdateStream<'a> for Prefetching {
    type StreamErr = RequestError;
    type Stream = BoxStream<'a, Result<Update, RequestError>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let (queue, mut updates) = mpsc::channel(QUEUE);
        if let Some(mut polling) = self.polling.take() {
            tokio::spawn(async move {
                let fetched = polling.as_stream();
                let mut fetched = std::pin::pin!(fetched);
                loop {
                    // A dispatcher that goes away without stopping the polling ends it too.
                    let update = tokio::select! {
                        update = fetched.next() => update,
                        () = queue.closed() => break,
                    };
                    let Some(update) = update else { break };
                    if queue.send(update).await.is_err() {
                        break;
                    }
                }
            });
        }
        futures::stream::poll_fn(move |cx| updates.poll_recv(cx)).boxed()
    }
}
