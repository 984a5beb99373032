//! The broadcast pacer: no window of one second ever holds more than `min(rate, 30)` sends, at
//! any rate. Sends are spaced `1/rate` apart and, on top of that, the pacer remembers when the
//! last sends went out and holds the next one until the send `limit` places back is more than a
//! second (plus [`MARGIN`]) old: a sliding window, so there is no burst at a round's boundary
//! (teloxide's `Throttle` released in rounds, and one second could hold 31).

use std::collections::VecDeque;
use std::time::Duration;

use tokio::time::Instant;

/// Telegram's ceiling on messages per second across chats.
pub const TELEGRAM_MAX_PER_SECOND: u32 = 30;
/// Added to the one-second window, so that network jitter between kyr and Telegram cannot bring
/// two sends a second apart into one of Telegram's seconds.
pub const MARGIN: Duration = Duration::from_millis(50);

/// Paces sends: see the module documentation.
#[derive(Debug)]
pub struct Pacer {
    limit: usize,
    spacing: Duration,
    window: Duration,
    /// When the last `limit` sends were (or will be) released, oldest first.
    recent: VecDeque<Instant>,
}

impl Pacer {
    /// A pacer for `rate` messages per second (at least 1; above 30 it still allows 30).
    pub fn new(rate: u32) -> Pacer {
        let rate = rate.clamp(1, TELEGRAM_MAX_PER_SECOND);
        Pacer {
            limit: rate as usize,
            spacing: Duration::from_secs(1) / rate,
            window: Duration::from_secs(1) + MARGIN,
            recent: VecDeque::with_capacity(rate as usize + 1),
        }
    }

    /// Reserves the next send's slot, no earlier than `now`, and returns it: the caller waits
    /// until then and sends. Slots are reserved in order, so callers never share one.
    pub fn reserve(&mut self, now: Instant) -> Instant {
        let mut at = now;
        if let Some(last) = self.recent.back() {
            at = at.max(*last + self.spacing);
        }
        if self.recent.len() >= self.limit {
            at = at.max(self.recent[self.recent.len() - self.limit] + self.window);
        }
        self.recent.push_back(at);
        while self.recent.len() > self.limit {
            self.recent.pop_front();
        }
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The most slots in any window `[t, t + window)`.
    fn busiest(slots: &[Instant], window: Duration) -> usize {
        let mut start = 0;
        let mut best = 0;
        for end in 0..slots.len() {
            while slots[end] - slots[start] >= window {
                start += 1;
            }
            best = best.max(end - start + 1);
        }
        best
    }

    #[test]
    fn no_second_holds_more_than_the_rate_or_thirty() {
        for rate in [1, 7, 25, 29, 30, 31, 1000] {
            let mut pacer = Pacer::new(rate);
            let start = Instant::now();
            // Callers asking early, late, and all at once.
            let slots: Vec<Instant> = (0..200u64)
                .map(|i| pacer.reserve(start + Duration::from_millis(if i % 3 == 0 { 0 } else { i * 7 })))
                .collect();
            let cap = rate.min(30) as usize;
            assert!(busiest(&slots, Duration::from_secs(1) + MARGIN) <= cap, "rate {rate}");
            assert!(slots.windows(2).all(|w| w[1] >= w[0]));
        }
    }

    #[test]
    fn a_steady_rate_is_kept_close_to_its_limit() {
        let mut pacer = Pacer::new(25);
        let start = Instant::now();
        let slots: Vec<Instant> = (0..101).map(|_| pacer.reserve(start)).collect();
        let took = slots[100] - slots[0];
        // 100 intervals: 4 windows of 1.05 s, at most.
        assert!(took <= Duration::from_millis(4_250), "{took:?}");
        assert!(took >= Duration::from_secs(4), "{took:?}");
    }
}
