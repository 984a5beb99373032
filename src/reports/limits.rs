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

/// The salted hash that stands for a reporter in the store (hex SHA-256 of the salt and the chat
/// id). Without the salt, which never leaves the database, it cannot be traced back.
pub fn reporter_hash(salt: &str, chat_id: i64) -> String {
    let digest = sha256(format!("kyr-reporter:{salt}:{chat_id}").as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// SHA-256 (FIPS 180-4), small and dependency-free: used only for [`reporter_hash`].
fn sha256(data: &[u8]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
        0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
        0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
        0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
        0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
        0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
        0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ];
    let mut message = data.to_vec();
    let bit_len = (data.len() as u64).wrapping_mul(8);
    message.push(0x80);
    while message.len() % 64 != 56 {
        message.push(0);
    }
    message.extend_from_slice(&bit_len.to_be_bytes());
    for block in message.chunks_exact(64) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (state, add) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *state = state.wrapping_add(add);
        }
    }
    let mut out = [0u8; 32];
    for (chunk, word) in out.chunks_exact_mut(4).zip(h) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_matches_the_standard_test_vectors() {
        let hex = |d: [u8; 32]| d.iter().map(|b| format!("{b:02x}")).collect::<String>();
        assert_eq!(
            hex(sha256(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            hex(sha256(b"")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            hex(sha256(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
    }

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
