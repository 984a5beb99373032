//! The broadcaster: drains the persistent delivery queue at Telegram's limits, exactly once per
//! (alert, chat), through the narrow [`AlertSender`] trait.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tokio::sync::Notify;

use super::pacer::Pacer;
use super::text::{render, text_for};
use crate::content::Lang;
use crate::conversation::Catalog;
use crate::store::{Counts, Delivery, DeliveryState, Store, StoreResult, STATEWIDE};

/// Tries a delivery gets before it counts as failed.
pub const MAX_ATTEMPTS: u32 = 4;
/// How often the admin's progress message is refreshed.
pub const PROGRESS_EVERY: Duration = Duration::from_secs(3);

/// Why a single send failed, as the broadcaster needs to know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendError {
    /// Flood control: wait, then retry.
    RetryAfter(Duration),
    /// Blocked, kicked, deactivated or not found: unsubscribe.
    Gone,
    /// May pass: retry with backoff.
    Transient,
    /// Will not pass: count as failed.
    Permanent,
}

/// Sends one rendered alert to one chat. Implemented over Telegram by the bot, and by fakes in
/// tests.
pub trait AlertSender: Send + Sync + 'static {
    /// Sends `html` to `chat_id`; `lang` is the subscriber's language (for the emergency button).
    fn send(&self, chat_id: i64, html: String, lang: Lang) -> impl Future<Output = Result<(), SendError>> + Send;

    /// Reports an alert's progress every few seconds, and once more when it is `finished`.
    fn progress(&self, alert_id: i64, counts: Counts, finished: bool) {
        let _ = (alert_id, counts, finished);
    }
}

fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, seconds)
}

/// Whole seconds as the store's `i64` timestamps count them; a duration past `i64::MAX`
/// seconds (no real clock or retry-after) saturates rather than wraps negative.
fn seconds(duration: Duration) -> i64 {
    i64::try_from(duration.as_secs()).unwrap_or(i64::MAX)
}

/// Drains the delivery queue of alerts.
pub struct Broadcaster<S> {
    store: Arc<Store>,
    catalog: Arc<Catalog>,
    sender: Arc<S>,
    rate: u32,
    stop: Arc<AtomicBool>,
    wake: Arc<Notify>,
    /// The sliding-window pacer: it carries over from one alert to the next.
    pacer: std::sync::Mutex<Pacer>,
}

/// A handle to stop a running broadcaster gracefully, or to wake it for a new alert.
#[derive(Clone, Debug)]
pub struct BroadcastHandle {
    stop: Arc<AtomicBool>,
    wake: Arc<Notify>,
}

impl BroadcastHandle {
    /// Asks the broadcaster to finish the sends in flight, record them, and stop.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        self.wake.notify_waiters();
    }

    /// Tells the broadcaster a new alert is queued.
    pub fn wake(&self) {
        self.wake.notify_one();
    }
}

impl<S: AlertSender> Broadcaster<S> {
    /// A broadcaster sending at most `rate` messages per second overall.
    pub fn new(store: Arc<Store>, catalog: Arc<Catalog>, sender: Arc<S>, rate: u32) -> Self {
        Broadcaster {
            store,
            catalog,
            sender,
            rate: rate.max(1),
            stop: Arc::new(AtomicBool::new(false)),
            wake: Arc::new(Notify::new()),
            pacer: std::sync::Mutex::new(Pacer::new(rate)),
        }
    }

    /// A handle to stop or wake this broadcaster.
    pub fn handle(&self) -> BroadcastHandle {
        BroadcastHandle {
            stop: self.stop.clone(),
            wake: self.wake.clone(),
        }
    }

    fn stopped(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    /// Runs until stopped: settles sends interrupted by a crash, resumes unfinished alerts, then
    /// waits for new ones.
    pub async fn run(&self) -> StoreResult<()> {
        let unknown = self.store.settle_interrupted()?;
        if unknown > 0 {
            tracing::warn!(
                deliveries = unknown,
                "alert sends interrupted by a crash counted as failed, not resent"
            );
        }
        // Telegram's counters outlive our process: after a restart, pause so a resumed broadcast
        // cannot exceed the rate together with the sends of the process that just stopped.
        tokio::time::sleep(Duration::from_secs(1)).await;
        while !self.stopped() {
            let notified = self.wake.notified();
            for alert in self.store.unfinished_alerts()? {
                if self.stopped() {
                    break;
                }
                self.deliver(alert).await?;
            }
            if self.stopped() {
                break;
            }
            tokio::select! {
                () = notified => {}
                () = tokio::time::sleep(Duration::from_secs(5)) => {}
            }
        }
        Ok(())
    }

    /// Delivers one alert until its queue is empty or the broadcaster is stopped, reporting
    /// progress every few seconds and once at the end. Returns the counts.
    pub async fn deliver(&self, alert_id: i64) -> StoreResult<Counts> {
        let texts = self.store.alert_texts(alert_id)?;
        let region = self
            .store
            .alerts()?
            .into_iter()
            .find(|a| a.id == alert_id)
            .map_or_else(|| STATEWIDE.to_string(), |a| a.region);
        let mut last_progress = Instant::now();
        // At most a second's worth of sends in flight.
        let in_flight = (self.rate as usize).max(1);
        let mut tasks = tokio::task::JoinSet::new();
        // Set by a flood error: nothing is sent until then.
        let mut resume_at: Option<tokio::time::Instant> = None;
        // Deliveries are claimed (marked in flight) only about 20 ms before they are sent, so a
        // crash loses (counts as failed) the sends in flight and no more; at Telegram's rates
        // that is one at a time.
        let claim_ahead = (self.rate as usize / 50).max(1);
        let mut claimed: std::collections::VecDeque<Delivery> = std::collections::VecDeque::new();
        loop {
            while let Some(joined) = tasks.try_join_next() {
                self.record(alert_id, joined, &mut resume_at)?;
            }
            let stop = self.stopped() && claimed.is_empty();
            if stop || resume_at.is_some() {
                // Let the sends in flight finish and record them, then stop or wait.
                while let Some(joined) = tasks.join_next().await {
                    self.record(alert_id, joined, &mut resume_at)?;
                }
                if self.stopped() && claimed.is_empty() {
                    return self.store.counts(alert_id);
                }
                if let Some(until) = resume_at.take() {
                    tracing::warn!("flood limit reached; broadcast paused");
                    tokio::time::sleep_until(until).await;
                }
                continue;
            }
            if tasks.len() >= in_flight {
                if let Some(joined) = tasks.join_next().await {
                    self.record(alert_id, joined, &mut resume_at)?;
                }
                continue;
            }
            if last_progress.elapsed() >= PROGRESS_EVERY {
                self.sender.progress(alert_id, self.store.counts(alert_id)?, false);
                last_progress = Instant::now();
            }
            // Outcomes are recorded as soon as they are known (above), and what was claimed is
            // sent even when a stop is asked, so a graceful stop leaves nothing unrecorded.
            let slot = self
                .pacer
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .reserve(tokio::time::Instant::now());
            tokio::time::sleep_until(slot).await;
            if claimed.is_empty() && !self.stopped() {
                claimed.extend(self.store.claim_due(alert_id, unix_now(), claim_ahead)?);
            }
            let Some(delivery) = claimed.pop_front() else {
                // Nothing due now: wait for the sends in flight, then see what is left.
                while let Some(joined) = tasks.join_next().await {
                    self.record(alert_id, joined, &mut resume_at)?;
                }
                if self.stopped() || resume_at.is_some() {
                    continue;
                }
                let counts = self.store.counts(alert_id)?;
                if counts.left == 0 {
                    self.store.mark_done(alert_id)?;
                    self.sender.progress(alert_id, counts, true);
                    return Ok(counts);
                }
                if tasks.is_empty() && self.store.in_flight(alert_id)? == counts.left {
                    // Nothing is in flight here, yet rows say "sending": a send task died
                    // (panicked) without reporting. Its outcome is unknown: count it as failed.
                    self.store.settle_interrupted()?;
                    continue;
                }
                // Only retries waiting for their time are left.
                tokio::time::sleep(Duration::from_millis(200)).await;
                continue;
            };
            let html = render(
                &self.catalog,
                delivery.lang,
                &region,
                text_for(&texts, delivery.lang).unwrap_or_default(),
            );
            let sender = self.sender.clone();
            tasks.spawn(async move {
                let result = sender.send(delivery.chat_id, html, delivery.lang).await;
                (delivery, result)
            });
        }
    }

    /// Records the outcome of one send; a flood error sets when sending may resume.
    fn record(
        &self,
        alert_id: i64,
        joined: Result<(Delivery, Result<(), SendError>), tokio::task::JoinError>,
        resume_at: &mut Option<tokio::time::Instant>,
    ) -> StoreResult<()> {
        let Ok((delivery, result)) = joined else {
            return Ok(());
        };
        let chat = delivery.chat_id;
        let attempts = delivery.attempts + 1;
        match result {
            Ok(()) => self.store.finish(alert_id, chat, DeliveryState::Sent),
            Err(SendError::Gone) => self.store.finish(alert_id, chat, DeliveryState::Gone),
            Err(SendError::RetryAfter(wait)) => {
                let until = tokio::time::Instant::now() + wait;
                *resume_at = Some(resume_at.map_or(until, |earlier| earlier.max(until)));
                self.store
                    .retry_later(alert_id, chat, unix_now().saturating_add(seconds(wait)), false)
            }
            Err(SendError::Transient) if attempts < MAX_ATTEMPTS => {
                let backoff = 1i64 << attempts.min(5);
                self.store.retry_later(alert_id, chat, unix_now() + backoff, true)
            }
            Err(SendError::Transient | SendError::Permanent) => {
                self.store.finish(alert_id, chat, DeliveryState::Failed)
            }
        }
    }
}
