//! `kyr alerts`: past alerts and their delivery counts.

use crate::store::Store;

/// Prints past alerts and their delivery counts (`kyr alerts`).
pub fn print_history(store: &Store, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    let alerts = store.alerts()?;
    if alerts.is_empty() {
        writeln!(out, "No alerts have been sent yet.")?;
    }
    for alert in alerts {
        writeln!(
            out,
            "#{id}  created {created} (unix)  region {region}  {status}: {sent} sent, {failed} failed, {gone} unsubscribed, {left} left",
            id = alert.id,
            created = alert.created_at,
            region = alert.region,
            status = alert.status,
            sent = alert.counts.sent,
            failed = alert.counts.failed,
            gone = alert.counts.gone,
            left = alert.counts.left,
        )?;
    }
    Ok(())
}
