## Rapid-response reports: someone reports ICE activity, trained volunteers check it, and only
## then may an admin alert the community. The verifiers' message itself is English only and lives
## in the code (src/reports/text.rs); these are what reporters and admins read.

report-button = 📣 Report ICE activity
report-elsewhere = Reports of ICE activity are made in the Telegram bot, in a private chat with it: send /report there. If someone is hurt or in danger, call 911.
report-disabled = Reports are not turned on in this bot yet. To report ICE activity, call the United We Dream hotline: 1-844-363-1423. If someone is hurt or in danger, call 911.
report-private-only = To protect you, reports are made only in a private chat with me, never in a group. Open a private chat with me and send /report.
report-safety =
    <b>Report ICE activity</b>

    First, stay safe:
    • Keep your distance.
    • Do not interfere or get in the agents' way.
    • You may record from a safe place.
    • Your name is never shared. Trained volunteers check every report before anyone is alerted, and they never see who sent it.

    A few quick questions follow. Send /cancel at any time to stop.
report-continue = Continue
report-cancel-button = Cancel
report-ask-town = Which town? Choose the county, or type the name of the town.
report-choose-town = Choose the town in { $county }:
report-counties-button = ⬅️ Counties
report-town-choices = Did you mean one of these towns? If not, type the name again or choose the county.
report-town-not-found = I could not find that town in Connecticut. Check the spelling, or choose the county.
report-ask-place = Where in { $town }? Send a street, a cross street or a landmark. Please do not send your own home address.
report-ask-activity = What did you see?
report-activity-arrest = Someone arrested or detained
report-activity-door = Agents at the door of a home
report-activity-checkpoint = A checkpoint, or cars being stopped
report-activity-workplace = Agents at a workplace
report-activity-patrol = Agents or their vehicles waiting or patrolling
report-activity-other = Something else
report-ask-details = How many agents and vehicles? Any markings or uniforms (for example ICE, POLICE, HSI)? Write a short message, or press Skip.
report-skip = Skip
report-ask-when = When was it?
report-when-now = Happening now
report-when-hour = Within the last hour
report-when-earlier = Earlier
report-ask-photo = If you took a photo from a safe place, send it now as a photo (not as a file). Otherwise press Skip.
report-not-a-photo = Please send the picture as a photo, not as a file: a file keeps the place where it was taken. In Telegram, choose Photo or Gallery instead of File.
report-photo-yes = yes
report-photo-no = none
report-review =
    <b>Your report</b>
    Town: { $town }
    Where: { $place }
    What: { $what }
    When: { $when }
    Photo: { $photo }

    Send it to the rapid-response team?
report-send = ✅ Send report
report-sent =
    Thank you. Trained volunteers will check your report before anyone is alerted. I will tell you what they find.

    <b>What to do now</b>
    • Stay at a safe distance and do not interfere.
    • If agents stop you: stay calm, you have the right to remain silent, and do not sign anything.
    • If someone is hurt or in danger, call 911.
    • For help, call the United We Dream hotline: 1-844-363-1423.
report-cancelled = Report cancelled. Nothing was sent or kept.
report-too-soon = Thank you for looking out for your community. One chat can send one report every 10 minutes: please try again in { $minutes } minutes. If it is urgent, call the United We Dream hotline: 1-844-363-1423.
report-daily-limit = Thank you for looking out for your community. You have sent 5 reports today, the most one chat can send in a day. If it is urgent, call the United We Dream hotline: 1-844-363-1423.
report-muted = Reports from this chat are paused for now. If it is urgent, call the United We Dream hotline: 1-844-363-1423. If someone is hurt or in danger, call 911.
report-outcome-confirmed = Update on your report: the rapid-response team confirmed it. Thank you for helping keep your community safe.
report-outcome-false-alarm = Update on your report: the rapid-response team checked it and found it was not ICE activity. Thank you for reporting: checking first protects everyone from false alarms.
report-outcome-unverified = Update on your report: the rapid-response team could not verify it. Thank you. If you see more, you can send a new report.
report-admin-draft = A report from { $town } was confirmed by the rapid-response team. The alert below is ready for { $region }: check it, then press Send or Cancel. Nothing goes out until you press Send.
report-alert = ICE activity confirmed in { $town } ({ $place }), reported at { $time }: { $what }. Verified by the rapid-response team. Know your rights: do not open the door, stay silent, do not sign anything, and call a lawyer.
