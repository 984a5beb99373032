//! The verifiers' decision on a group of reports, and what follows from it: the reporters are
//! told, a confirmed report becomes an alert draft for the admins (never an alert by itself), and
//! every decision closes the group.

use crate::store::ReportState;

/// What a verifier decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// It is ICE activity.
    Confirmed,
    /// It was something else.
    FalseAlarm,
    /// It could not be checked.
    CantVerify,
}

/// What the adapter does after a verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Consequences {
    /// The state the reports take.
    pub state: ReportState,
    /// The Fluent message each reporter is sent.
    pub tell_reporter: &'static str,
    /// Whether the admins get an alert draft (with Send and Cancel: nothing is sent without them).
    pub draft_alert: bool,
}

impl Verdict {
    /// Every verdict, in button order.
    pub const ALL: [Verdict; 3] = [Verdict::Confirmed, Verdict::FalseAlarm, Verdict::CantVerify];

    /// Short code (callback data).
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Confirmed => "c",
            Verdict::FalseAlarm => "f",
            Verdict::CantVerify => "u",
        }
    }

    /// The verdict with this code.
    pub fn from_code(code: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.code() == code)
    }

    /// The button's label (the verifiers' chat is in English).
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Confirmed => "✅ Confirmed",
            Verdict::FalseAlarm => "❌ False alarm",
            Verdict::CantVerify => "❔ Can't verify",
        }
    }

    /// What follows from this verdict.
    pub fn consequences(self) -> Consequences {
        match self {
            Verdict::Confirmed => Consequences {
                state: ReportState::Confirmed,
                tell_reporter: "report-outcome-confirmed",
                draft_alert: true,
            },
            Verdict::FalseAlarm => Consequences {
                state: ReportState::FalseAlarm,
                tell_reporter: "report-outcome-false-alarm",
                draft_alert: false,
            },
            Verdict::CantVerify => Consequences {
                state: ReportState::Unverified,
                tell_reporter: "report-outcome-unverified",
                draft_alert: false,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_confirmation_drafts_an_alert() {
        for verdict in Verdict::ALL {
            assert_eq!(Verdict::from_code(verdict.code()), Some(verdict));
            let c = verdict.consequences();
            assert_eq!(c.draft_alert, verdict == Verdict::Confirmed);
            assert_ne!(c.state, ReportState::Open);
        }
        assert_eq!(Verdict::from_code("x"), None);
    }
}
