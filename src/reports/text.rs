//! What verifiers and admins read. The verifiers' message is English only and is built from
//! [`StoredReport`]s, which hold nothing about the reporter: no name, username, id or language
//! can appear in it. The admins' alert draft is written in every language from the Fluent
//! messages in `locales/<lang>/report.ftl`.

use std::collections::BTreeMap;

use super::flow::{Activity, When};
use crate::content::{html, Arg, Content, Lang};
use crate::store::{ReportState, StoredReport};

/// Longest caption Telegram accepts under a photo, in characters.
pub const MAX_CAPTION_CHARS: usize = 1024;
/// Most reports a group's message lists (the newest; a message holds at most 4,096 characters).
pub const MAX_LISTED: usize = 8;

/// The activity in the verifiers' English.
fn activity_en(code: &str) -> &'static str {
    match Activity::from_code(code) {
        Some(Activity::Arrest) => "Arrest or detention",
        Some(Activity::Door) => "Agents at the door of a home",
        Some(Activity::Checkpoint) => "Checkpoint or cars being stopped",
        Some(Activity::Workplace) => "Agents at a workplace",
        Some(Activity::Patrol) => "Agents or vehicles waiting or patrolling",
        Some(Activity::Other) | None => "Something else",
    }
}

/// When, in the verifiers' English.
fn when_en(code: &str) -> &'static str {
    match When::from_code(code) {
        Some(When::Now) => "happening now",
        Some(When::WithinHour) => "within the last hour",
        Some(When::Earlier) | None => "earlier",
    }
}

/// A decision, in the verifiers' English.
pub fn state_en(state: ReportState) -> &'static str {
    match state {
        ReportState::Open => "Open",
        ReportState::Confirmed => "✅ Confirmed",
        ReportState::FalseAlarm => "❌ False alarm",
        ReportState::Unverified => "❔ Could not verify",
    }
}

/// The county's display name of a region code (`new_london` → `New London County`).
pub fn county_name(region: &str) -> String {
    let words: Vec<String> = region
        .split('_')
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        })
        .collect();
    format!("{} County", words.join(" "))
}

/// The verifiers' message about a group of reports (same town, within an hour), as HTML. With a
/// `decision` line once decided. Fits a photo caption when `caption` is set.
pub fn verifier_html(reports: &[StoredReport], decision: Option<&str>, caption: bool) -> String {
    let Some(first) = reports.first() else {
        return String::new();
    };
    let mut out = if reports.len() == 1 {
        format!(
            "🚨 <b>Report #{} to verify</b>\n<b>Town:</b> {} ({})\n",
            first.id,
            html::escape(&first.town),
            county_name(&first.region)
        )
    } else {
        format!(
            "🚨 <b>{} reports to verify</b> (#{} to #{})\n<b>Town:</b> {} ({})\n",
            reports.len(),
            first.id,
            reports.last().map_or(first.id, |r| r.id),
            html::escape(&first.town),
            county_name(&first.region)
        )
    };
    let skipped = reports.len().saturating_sub(MAX_LISTED);
    if skipped > 0 {
        out.push_str(&format!(
            "\n({skipped} earlier reports not shown: see <code>kyr reports</code>.)\n"
        ));
    }
    for report in &reports[skipped..] {
        if reports.len() > 1 {
            out.push_str(&format!("\n<b>#{}</b> at {}\n", report.id, ct_clock(report.created_at)));
        } else {
            out.push_str(&format!("<b>Sent:</b> {}\n", ct_clock(report.created_at)));
        }
        out.push_str(&format!("<b>Where:</b> {}\n", html::escape(&report.place)));
        out.push_str(&format!("<b>What:</b> {}", activity_en(&report.activity)));
        if !report.details.is_empty() {
            out.push_str(&format!(" — {}", html::escape(&report.details)));
        }
        out.push_str(&format!("\n<b>When:</b> {}\n", when_en(&report.seen_when)));
        if report.photo_file_id.is_some() {
            out.push_str("<b>Photo:</b> yes\n");
        }
    }
    match decision {
        Some(line) => out.push_str(&format!("\n{line}")),
        None => out.push_str("\nCheck it before anyone is alerted. Keep this message in this chat."),
    }
    if caption && html::to_plain(&out).chars().count() > MAX_CAPTION_CHARS {
        // A long group under a photo: keep the header and the decision, point to the list.
        let mut short = format!(
            "🚨 <b>{} reports to verify</b> about {} ({}); the newest: #{}.\nSee <code>kyr reports</code> for the list.",
            reports.len(),
            html::escape(&first.town),
            county_name(&first.region),
            reports.last().map_or(first.id, |r| r.id)
        );
        if let Some(line) = decision {
            short.push_str(&format!("\n{line}"));
        }
        return short;
    }
    out
}

/// The decision line under a decided group: who decided and when (Connecticut time).
pub fn decision_line(state: ReportState, by: &str, at: i64) -> String {
    format!("<b>{}</b> by {} at {}", state_en(state), html::escape(by), ct_clock(at))
}

/// The line under a report whose reporter was muted.
pub fn muted_line(report_id: i64, by: &str, at: i64) -> String {
    format!(
        "🔇 The sender of #{report_id} was muted for 30 days by {} at {} (their identity is not known to anyone).",
        html::escape(by),
        ct_clock(at)
    )
}

/// The alert draft for admins, per language: the town, the time, what was seen, and that the
/// rapid-response team verified it. HTML (the reporter's words are escaped).
pub fn alert_texts(content: &Content, report: &StoredReport) -> BTreeMap<Lang, String> {
    let locales = content.locales();
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let mut what = locales.text(lang, &format!("report-activity-{}", report.activity));
            if !report.details.is_empty() {
                what = format!("{what} ({})", report.details);
            }
            let text = locales.format(
                lang,
                "report-alert",
                &[
                    ("town", Arg::Text(report.town.clone())),
                    ("place", Arg::Text(report.place.clone())),
                    ("time", Arg::Text(ct_clock(report.created_at))),
                    ("what", Arg::Text(what)),
                ],
            );
            (lang, text)
        })
        .collect()
}

/// Connecticut's clock time (US Eastern, with daylight saving time) of a Unix time, as `HH:MM`.
pub fn ct_clock(unix: i64) -> String {
    let offset = if eastern_daylight_time(unix) { -4 } else { -5 };
    let local = unix + offset * 3600;
    let minutes = local.rem_euclid(86_400) / 60;
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Whether US daylight saving time is in force: from 2:00 local standard time on the second
/// Sunday of March to 2:00 local daylight time (6:00 UTC) on the first Sunday of November.
fn eastern_daylight_time(unix: i64) -> bool {
    let days = unix.div_euclid(86_400);
    let (year, _, _) = civil_from_days(days);
    let start = nth_sunday(year, 3, 2) * 86_400 + 7 * 3600;
    let end = nth_sunday(year, 11, 1) * 86_400 + 6 * 3600;
    unix >= start && unix < end
}

/// The day number (days since 1970-01-01) of the `n`th Sunday of `month` in `year`.
fn nth_sunday(year: i64, month: i64, n: i64) -> i64 {
    let first = days_from_civil(year, month, 1);
    // 1970-01-01 was a Thursday: weekday 0 = Sunday.
    let weekday = (first + 4).rem_euclid(7);
    first + (7 - weekday) % 7 + (n - 1) * 7
}

/// Days since 1970-01-01 of a date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number (the inverse of [`days_from_civil`]).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if month <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        month,
        day,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(id: i64) -> StoredReport {
        StoredReport {
            id,
            state: ReportState::Open,
            town: "New London".into(),
            region: "new_london".into(),
            place: "Bank St & <State>".into(),
            activity: "checkpoint".into(),
            details: "3 agents, 2 SUVs".into(),
            seen_when: "now".into(),
            photo_file_id: Some("AgAC".into()),
            created_at: 1_765_000_000,
            group_id: id,
            verifier_message_id: None,
            verifier_is_photo: false,
            decided_by: None,
            decided_at: None,
        }
    }

    #[test]
    fn connecticut_time_follows_daylight_saving() {
        // 2026-07-01 16:00 UTC is 12:00 EDT; 2026-01-15 17:30 UTC is 12:30 EST.
        assert_eq!(ct_clock(1_782_921_600), "12:00");
        assert_eq!(ct_clock(1_768_498_200), "12:30");
        // DST starts 2026-03-08 at 07:00 UTC and ends 2026-11-01 at 06:00 UTC.
        assert_eq!(ct_clock(1_772_953_200 - 60), "01:59");
        assert_eq!(ct_clock(1_772_953_200), "03:00");
        assert_eq!(ct_clock(1_793_512_800 - 60), "01:59");
        assert_eq!(ct_clock(1_793_512_800), "01:00");
        assert_eq!(civil_from_days(days_from_civil(2026, 12, 7)), (2026, 12, 7));
    }

    #[test]
    fn the_verifiers_message_escapes_and_groups() {
        let one = verifier_html(&[report(4)], None, false);
        assert!(one.contains("Report #4") && one.contains("New London County"));
        assert!(one.contains("&lt;State&gt;") && one.contains("Photo:</b> yes"));
        let two = verifier_html(&[report(4), report(5)], Some("done"), false);
        assert!(two.contains("2 reports to verify") && two.contains("#5") && two.ends_with("done"));
        let many: Vec<StoredReport> = (1..40).map(report).collect();
        let listed = verifier_html(&many, None, false);
        assert!(html::to_plain(&listed).chars().count() <= 4096 && listed.contains("31 earlier reports"));
        let caption = verifier_html(&many, Some("decided"), true);
        assert!(html::to_plain(&caption).chars().count() <= MAX_CAPTION_CHARS);
        assert_eq!(county_name("new_haven"), "New Haven County");
    }

    #[test]
    fn the_alert_draft_is_in_every_language() {
        let content = Content::embedded().expect("the built-in content loads");
        let texts = alert_texts(&content, &report(1));
        assert_eq!(texts.len(), Lang::ALL.len());
        for (lang, text) in &texts {
            assert!(
                text.contains("New London") && text.contains("&lt;State&gt;"),
                "{lang}: {text}"
            );
        }
    }
}
