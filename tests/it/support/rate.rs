//! Measuring send rates in tests.

use std::time::{Duration, Instant};

/// The largest number of instants inside any window `[t, t + window)`.
pub fn max_in_window(instants: &[Instant], window: Duration) -> usize {
    let mut sorted = instants.to_vec();
    sorted.sort();
    let mut best = 0;
    let mut start = 0;
    for end in 0..sorted.len() {
        while sorted[end].duration_since(sorted[start]) >= window {
            start += 1;
        }
        best = best.max(end - start + 1);
    }
    best
}
