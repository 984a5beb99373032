//! Abuse limits, pure: at most one report per chat every 10 minutes and five a day, and the mute
//! verifiers can put on a reporter for 30 days. The store knows reporters only by a salted hash
//! of their chat id ([`reporter_hash`]), so neither verifiers nor the database learn who they are.

/// Least time between two reports from one chat, in seconds.
pub const MIN_GAP_SECS: i64 = 10 * 60;
/// Most reports from one chat in a day.
pub const PER_DAY: usize = 5;
/// One day, in seconds.
pub const DAY_SECS: i64 = 24 * 60 * 60;
/// How long a mute lasts, in seconds.
pub const MUTE_SECS: i64 = 30 * DAY_SECS;

/// Whether a chat may send a report now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowed {
    /// Yes.
    Yes,
    /// Not yet: the last report was less than 10 minutes ago; this many minutes are left.
    TooSoon(i64),
    /// Five reports in the last day already.
    DailyLimit,
    /// Verifiers muted this reporter.
    Muted,
}

/// Whether a chat whose earlier reports were sent at `recent` (Unix seconds) may report at `now`.
pub fn check(recent: &[i64], now: i64, muted_until: Option<i64>) -> Allowed {
    if muted_until.is_some_and(|until| until > now) {
        return Allowed::Muted;
    }
    let today: Vec<i64> = recent.iter().copied().filter(|at| now - at < DAY_SECS).collect();
    if let Some(last) = today.iter().max() {
        let since = now - last;
        if since < MIN_GAP_SECS {
            return Allowed::TooSoon(((MIN_GAP_SECS - since) + 59) / 60);
        }
    }
    if today.len() >= PER_DAY {
        return Allowed::DailyLimit;
    }
    Allowed::Yes
}

/// The salted hash that stands for a reporter in the store: hex HMAC-SHA-256 of the chat id,
/// keyed with the salt. Without the salt, which never leaves the database, it cannot be traced
/// back to a chat (and a keyed MAC, unlike a hash of salt and id run together, has no length or
/// boundary tricks to reason about).
pub fn reporter_hash(salt: &str, chat_id: i64) -> String {
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, salt.as_bytes());
    let tag = ring::hmac::sign(&key, format!("kyr-reporter:{chat_id}").as_bytes());
    tag.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_depends_on_the_salt_and_hides_the_id() {
        let a = reporter_hash("salt-one", 1234);
        assert_eq!(a, reporter_hash("salt-one", 1234));
        assert_ne!(a, reporter_hash("salt-two", 1234));
        assert_ne!(a, reporter_hash("salt-one", 1235));
        assert!(!a.contains("1234") && a.len() == 64);
    }

    #[test]
    fn one_report_per_ten_minutes_and_five_a_day() {
        let now = 1_000_000;
        assert_eq!(check(&[], now, None), Allowed::Yes);
        assert_eq!(check(&[now - 60], now, None), Allowed::TooSoon(9));
        assert_eq!(check(&[now - 600], now, None), Allowed::Yes);
        let five: Vec<i64> = (1..=5).map(|h| now - h * 3600).collect();
        assert_eq!(check(&five, now, None), Allowed::DailyLimit);
        let old: Vec<i64> = (1..=5).map(|d| now - d * DAY_SECS).collect();
        assert_eq!(check(&old, now, None), Allowed::Yes);
    }

    #[test]
    fn a_mute_holds_for_its_time() {
        let now = 1_000_000;
        assert_eq!(check(&[], now, Some(now + MUTE_SECS)), Allowed::Muted);
        assert_eq!(check(&[], now, Some(now - 1)), Allowed::Yes);
    }
}
