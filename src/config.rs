//! Configuration from the environment (and `.env`), read once at start and validated with errors
//! that say what to set. Secrets never appear in `Debug` output or logs.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

/// Default SQLite path when `KYR_DB` is not set.
pub const DEFAULT_DB: &str = "kyr.sqlite3";
/// Default overall broadcast rate, messages per second (Telegram allows about 30).
pub const DEFAULT_BROADCAST_RATE: u32 = 25;

/// Default time a rapid-response report is kept (`KYR_REPORT_TTL`): 24 hours.
pub const DEFAULT_REPORT_TTL: Duration = Duration::from_secs(24 * 60 * 60);

/// A setting that is missing or malformed.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// `TELOXIDE_TOKEN` is not set.
    #[error("TELOXIDE_TOKEN is not set: create a bot with @BotFather and put TELOXIDE_TOKEN=<token> in the environment or .env")]
    MissingToken,
    /// The token does not look like `123456:ABC...`.
    #[error("TELOXIDE_TOKEN does not look like a bot token (expected digits, a colon, then letters): copy it again from @BotFather")]
    MalformedToken,
    /// `TELOXIDE_API_URL` is not a URL.
    #[error("TELOXIDE_API_URL is not a valid http(s) URL: {0} (leave it unset to use Telegram's servers)")]
    MalformedApiUrl(String),
    /// `KYR_ADMIN_IDS` has something other than numbers.
    #[error("KYR_ADMIN_IDS must be Telegram user ids separated by commas, such as 12345,67890 (found {0:?})")]
    MalformedAdminIds(String),
    /// `KYR_BROADCAST_RATE` is not a positive number.
    #[error("KYR_BROADCAST_RATE must be a whole number of messages per second from 1 to 30 (found {0:?})")]
    MalformedRate(String),
    /// `KYR_VERIFIERS_CHAT` is not a chat id.
    #[error("KYR_VERIFIERS_CHAT must be the numeric id of the verifiers' group, such as -1001234567890 (found {0:?}); add the bot to the group and read the id from an update, or leave it unset to turn reports off")]
    MalformedVerifiersChat(String),
    /// `KYR_REPORT_TTL` is not a duration.
    #[error("KYR_REPORT_TTL must be a duration of at most 24h (what /privacy promises): a whole number followed by s, m or h, such as 24h, 90m or 30s (found {0:?})")]
    MalformedReportTtl(String),
}

/// Rapid-response reports: where verifiers are, and how long a report is kept.
#[derive(Clone, PartialEq, Eq)]
pub struct ReportsConfig {
    /// The verifiers' private group (`KYR_VERIFIERS_CHAT`); reports are off without it.
    pub verifiers_chat: Option<i64>,
    /// How long a report and a report being written are kept (`KYR_REPORT_TTL`, default and
    /// most 24 h, as `/privacy` says).
    pub ttl: Duration,
    /// Salt of reporters' hashes (`KYR_REPORT_SALT`); without it, one is generated and kept in
    /// the database. Never printed.
    pub salt: Option<String>,
}

impl Default for ReportsConfig {
    fn default() -> Self {
        ReportsConfig {
            verifiers_chat: None,
            ttl: DEFAULT_REPORT_TTL,
            salt: None,
        }
    }
}

impl fmt::Debug for ReportsConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReportsConfig")
            .field("verifiers_chat", &self.verifiers_chat)
            .field("ttl", &self.ttl)
            .field("salt", &self.salt.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl ReportsConfig {
    /// Reads `KYR_VERIFIERS_CHAT`, `KYR_REPORT_TTL` and `KYR_REPORT_SALT`.
    pub fn from_env() -> Result<ReportsConfig, ConfigError> {
        ReportsConfig::from_values(
            var("KYR_VERIFIERS_CHAT").as_deref(),
            var("KYR_REPORT_TTL").as_deref(),
            var("KYR_REPORT_SALT").as_deref(),
        )
    }

    /// Validates the report settings given as strings.
    pub fn from_values(
        verifiers_chat: Option<&str>,
        ttl: Option<&str>,
        salt: Option<&str>,
    ) -> Result<ReportsConfig, ConfigError> {
        let verifiers_chat = match verifiers_chat {
            Some(raw) => Some(
                raw.trim()
                    .parse::<i64>()
                    .ok()
                    .filter(|id| *id != 0)
                    .ok_or_else(|| ConfigError::MalformedVerifiersChat(raw.to_string()))?,
            ),
            None => None,
        };
        let ttl = match ttl {
            Some(raw) => parse_duration(raw)
                .filter(|ttl| *ttl <= DEFAULT_REPORT_TTL)
                .ok_or_else(|| ConfigError::MalformedReportTtl(raw.to_string()))?,
            None => DEFAULT_REPORT_TTL,
        };
        Ok(ReportsConfig {
            verifiers_chat,
            ttl,
            salt: salt.map(str::to_string),
        })
    }
}

/// Parses `24h`, `90m`, `30s` or `2d` (a positive whole number and a unit).
pub fn parse_duration(raw: &str) -> Option<Duration> {
    let raw = raw.trim();
    let unit_at = raw.find(|c: char| !c.is_ascii_digit())?;
    let (number, unit) = raw.split_at(unit_at);
    let number: u64 = number.parse().ok().filter(|n| *n > 0)?;
    let seconds = match unit.trim() {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return None,
    };
    number.checked_mul(seconds).map(Duration::from_secs)
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// Where the database lives (all `kyr` commands that touch it).
#[derive(Debug, Clone)]
pub struct StoreConfig {
    /// SQLite file (`KYR_DB`, default `kyr.sqlite3`).
    pub db_path: PathBuf,
}

impl StoreConfig {
    /// Reads `KYR_DB`.
    pub fn from_env() -> Result<StoreConfig, ConfigError> {
        Ok(StoreConfig {
            db_path: var("KYR_DB").map_or_else(|| PathBuf::from(DEFAULT_DB), PathBuf::from),
        })
    }
}

/// Everything the Telegram bot needs.
#[derive(Clone)]
pub struct Config {
    /// Bot token (`TELOXIDE_TOKEN`); never printed.
    pub token: String,
    /// Bot API server (`TELOXIDE_API_URL`), for a local Bot API server or tests.
    pub api_url: Option<url::Url>,
    /// SQLite file (`KYR_DB`).
    pub db_path: PathBuf,
    /// Telegram user ids allowed to send alerts (`KYR_ADMIN_IDS`).
    pub admin_ids: Vec<u64>,
    /// Overall broadcast rate in messages per second (`KYR_BROADCAST_RATE`).
    pub broadcast_rate: u32,
    /// Rapid-response reports (`KYR_VERIFIERS_CHAT`, `KYR_REPORT_TTL`, `KYR_REPORT_SALT`).
    pub reports: ReportsConfig,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("token", &"<redacted>")
            .field("api_url", &self.api_url.as_ref().map(url::Url::as_str))
            .field("db_path", &self.db_path)
            .field("admin_ids", &self.admin_ids.len())
            .field("broadcast_rate", &self.broadcast_rate)
            .field("reports", &self.reports)
            .finish()
    }
}

impl Config {
    /// Reads and validates every setting.
    pub fn from_env() -> Result<Config, ConfigError> {
        let token = var("TELOXIDE_TOKEN").ok_or(ConfigError::MissingToken)?;
        let mut config = Config::from_values(
            &token,
            var("TELOXIDE_API_URL").as_deref(),
            var("KYR_DB").as_deref(),
            var("KYR_ADMIN_IDS").as_deref(),
            var("KYR_BROADCAST_RATE").as_deref(),
        )?;
        config.reports = ReportsConfig::from_env()?;
        Ok(config)
    }

    /// Validates settings given as strings (the environment's values, or a test's).
    pub fn from_values(
        token: &str,
        api_url: Option<&str>,
        db: Option<&str>,
        admin_ids: Option<&str>,
        broadcast_rate: Option<&str>,
    ) -> Result<Config, ConfigError> {
        let token = token.trim().to_string();
        let well_formed = token
            .split_once(':')
            .is_some_and(|(id, secret)| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) && secret.len() >= 5);
        if !well_formed {
            return Err(ConfigError::MalformedToken);
        }
        let api_url = match api_url {
            Some(raw) => {
                let parsed = url::Url::parse(raw.trim().trim_end_matches('/'))
                    .ok()
                    .filter(|u| matches!(u.scheme(), "http" | "https"))
                    .ok_or_else(|| ConfigError::MalformedApiUrl(raw.to_string()))?;
                Some(parsed)
            }
            None => None,
        };
        let admin_ids = match admin_ids {
            Some(raw) => raw
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| s.parse::<u64>())
                .collect::<Result<Vec<_>, _>>()
                .map_err(|_| ConfigError::MalformedAdminIds(raw.to_string()))?,
            None => Vec::new(),
        };
        let broadcast_rate = match broadcast_rate {
            Some(raw) => raw
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|r| (1..=30).contains(r))
                .ok_or_else(|| ConfigError::MalformedRate(raw.to_string()))?,
            None => DEFAULT_BROADCAST_RATE,
        };
        Ok(Config {
            token,
            api_url,
            db_path: db.map_or_else(|| PathBuf::from(DEFAULT_DB), PathBuf::from),
            admin_ids,
            broadcast_rate,
            reports: ReportsConfig::default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_settings_parse_and_debug_hides_the_token() {
        let config = Config::from_values(
            "123:abcdefg",
            Some("http://127.0.0.1:8081/"),
            None,
            Some("1, 2"),
            Some("10"),
        )
        .unwrap();
        assert_eq!(config.admin_ids, vec![1, 2]);
        assert_eq!(config.broadcast_rate, 10);
        assert_eq!(config.db_path, PathBuf::from(DEFAULT_DB));
        assert!(!format!("{config:?}").contains("abcdefg"));
    }

    #[test]
    fn malformed_settings_say_what_to_fix() {
        assert!(matches!(
            Config::from_values("nope", None, None, None, None),
            Err(ConfigError::MalformedToken)
        ));
        assert!(matches!(
            Config::from_values("1:abcdef", Some("ftp://x"), None, None, None),
            Err(ConfigError::MalformedApiUrl(_))
        ));
        assert!(matches!(
            Config::from_values("1:abcdef", None, None, Some("12,abc"), None),
            Err(ConfigError::MalformedAdminIds(_))
        ));
        assert!(matches!(
            Config::from_values("1:abcdef", None, None, None, Some("0")),
            Err(ConfigError::MalformedRate(_))
        ));
        let message = ConfigError::MissingToken.to_string();
        assert!(message.contains("TELOXIDE_TOKEN") && message.contains(".env"));
        assert!(matches!(
            ReportsConfig::from_values(Some("group"), None, None),
            Err(ConfigError::MalformedVerifiersChat(_))
        ));
        let ttl = ReportsConfig::from_values(None, Some("soon"), None)
            .unwrap_err()
            .to_string();
        assert!(ttl.contains("24h") && ttl.contains("KYR_REPORT_TTL"));
        assert!(ReportsConfig::from_values(None, Some("2d"), None).is_err());
        assert!(message.contains("TELOXIDE_TOKEN") && message.contains(".env"));
    }

    #[test]
    fn report_settings_parse_durations_and_hide_the_salt() {
        assert_eq!(parse_duration("24h"), Some(Duration::from_secs(86_400)));
        assert_eq!(parse_duration("90m"), Some(Duration::from_secs(5_400)));
        assert_eq!(parse_duration(" 30s "), Some(Duration::from_secs(30)));
        assert_eq!(parse_duration("2d"), Some(Duration::from_secs(172_800)));
        for bad in ["", "h", "0h", "24", "1.5h", "-3m", "24 hours", "99999999999999999999d"] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
        let reports = ReportsConfig::from_values(Some("-1001234"), Some("1h"), Some("pepper")).unwrap();
        assert_eq!(reports.verifiers_chat, Some(-1_001_234));
        assert_eq!(reports.ttl, Duration::from_secs(3600));
        assert!(!format!("{reports:?}").contains("pepper"));
        assert_eq!(ReportsConfig::default().ttl, DEFAULT_REPORT_TTL);
    }
}
