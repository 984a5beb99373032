//! `kyr reports`: open and recent reports by state and town, with nothing about who sent them.

use std::collections::BTreeMap;

use super::text::{county_name, ct_clock};
use crate::store::{ReportState, Store};

/// Prints open reports and those of the last day, grouped by state and town (`kyr reports`).
pub fn print_reports(store: &Store, now: i64, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    let reports = store.reports_since(now - super::DAY_SECS)?;
    if reports.is_empty() {
        writeln!(
            out,
            "No open or recent reports (reports are deleted after KYR_REPORT_TTL)."
        )?;
        return Ok(());
    }
    let order = [
        ReportState::Open,
        ReportState::Confirmed,
        ReportState::FalseAlarm,
        ReportState::Unverified,
    ];
    for state in order {
        let mut by_town: BTreeMap<(&str, &str), Vec<_>> = BTreeMap::new();
        for report in reports.iter().filter(|r| r.state == state) {
            by_town
                .entry((report.town.as_str(), report.region.as_str()))
                .or_default()
                .push(report);
        }
        if by_town.is_empty() {
            continue;
        }
        let total: usize = by_town.values().map(Vec::len).sum();
        writeln!(out, "{} ({total})", state.as_str())?;
        for ((town, region), list) in by_town {
            writeln!(out, "  {town} ({}): {}", county_name(region), list.len())?;
            for report in list {
                let decided = match (&report.decided_by, report.decided_at) {
                    (Some(by), Some(at)) => format!(", decided by {by} at {}", ct_clock(at)),
                    _ => String::new(),
                };
                writeln!(
                    out,
                    "    #{id} sent {sent}, {activity}, seen {when}{photo}{decided}",
                    id = report.id,
                    sent = ct_clock(report.created_at),
                    activity = report.activity,
                    when = report.seen_when,
                    photo = if report.photo_file_id.is_some() { ", photo" } else { "" },
                )?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Lang;
    use crate::store::NewReport;

    #[test]
    fn the_list_groups_by_state_and_town_and_shows_no_reporter() {
        let store = Store::open_in_memory().unwrap();
        let mut out = Vec::new();
        print_reports(&store, 10_000, &mut out).unwrap();
        assert!(String::from_utf8(out).unwrap().contains("No open"));
        let report = NewReport {
            town: "Danbury".into(),
            region: "fairfield".into(),
            place: "Main St secret place".into(),
            activity: "door".into(),
            details: "details nobody should print".into(),
            seen_when: "now".into(),
            photo_file_id: None,
            reporter_chat_id: 987_654_321,
            reporter_hash: "hash".into(),
            lang: Lang::Ht,
        };
        store.create_report(&report, 9_000, 0).unwrap();
        let mut out = Vec::new();
        print_reports(&store, 10_000, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("open (1)") && text.contains("Danbury (Fairfield County): 1"),
            "{text}"
        );
        assert!(
            !text.contains("987654321") && !text.contains("ht") && !text.contains("secret"),
            "{text}"
        );
    }
}
