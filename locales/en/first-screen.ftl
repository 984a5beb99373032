## The first screen of every answer, and the buttons that open the rest.
##
## The bot first sends one short screen: the title in bold, then
##   • for urgent intents: the numbered `<id>-now` steps (in answers-a.ftl),
##     then "Call first:" with the first referral of the intent in intents/catalog.toml;
##   • for the other intents (rights and help): `<id>-gist` below,
##     then "Who can help:" with the first referral (no line if the intent has none);
## then `footer-short`. The full `<id>-body` and the phone list come behind the buttons.
##
## Limits, in visible characters (tags not counted, emoji count 2), in EVERY language:
##   urgent first screen at most 700 (keep English `-now` at most about 440 characters),
##   other first screen at most 900 (keep English `-gist` at most about 550 characters).
##
## A gist is two to four plain sentences: the single most useful answer, not a teaser
## ("This answer explains..." is wrong). It says nothing the body does not say.
## <b> may mark one key phrase. No lists, no phone numbers (the code adds the contact line),
## no date or disclaimer (the footer adds them).
## Writing rules: CONTENT.md. Facts: /work/shared/facts (the addendum wins). Reviewed 2026-11-27.

## Interface

# One line under every first screen. Keep { $date } and the not-legal-advice idea.
footer-short = <i>Reviewed { $date } · General information, not legal advice.</i>
# Put before the first contact of an urgent answer: "Call first: <name> ☎️ <number>".
call-first = Call first:
# Put before the first contact of any other answer: "Who can help: <name> ☎️ <number>".
who-can-help = Who can help:
details-button = 📖 More details
who-to-call-button = 📞 Who to call
# On an inline result shared into another chat: opens the whole answer in the bot.
open-in-bot-button = 📖 Full answer in the bot
# Heading of the message the "More details" button sends. $title is the topic's title.
details-heading = More details: { $title }
# When someone presses the same button twice in a row.
already-shown = That part is just above. ⬆️

## Gists: rights and the law

warrant_types-gist = As a rule, officers need a warrant signed by a <b>judge</b> to enter your home without your permission. ICE forms I-200 and I-205 are signed by an immigration officer, not a judge, so you can keep the door closed. An ICE memo made public in 2026 claims agents may force their way in with an I-205 when the person has a final deportation order, and many lawyers say this breaks the Constitution. If agents force their way in, do not resist, say "I do not consent," and stay silent.

right_to_silence-gist = You do not have to say where you were born, your immigration status, or how you came to the U.S. Say: "I want to remain silent. I want to speak to a lawyer," then stop talking. Connecticut legal aid advises giving your name if officials ask. Never lie, show false papers, or say you are a U.S. citizen if you are not.

signing_documents-gist = Do not sign any paper from ICE or detention officers before you talk to a lawyer. Papers like <b>voluntary departure</b> or <b>stipulated removal</b> can give up your right to a hearing and your chance to stay in the U.S. Say: "I will not sign anything until I talk to my lawyer." A notario is not a lawyer, and you should never sign a blank form.

trust_act-gist = Connecticut's TRUST Act, a state law since 2013, says police, jails and prisons may not hold or arrest you just because ICE asks them to or sends a warrant not signed by a judge. They may do it only with a warrant signed by a <b>judge</b>, a conviction for a class A or B felony or one of 13 listed crimes, or a possible terrorist watch-list match. It does not stop ICE agents from making their own arrests. The U.S. Justice Department is challenging it in federal court (filed spring 2026).

police_share_with_ice-gist = No Connecticut law requires police to tell ICE about undocumented people; state law limits what they may share, including your release date. But if you are arrested, your fingerprints reach ICE automatically through a federal program, and the state cannot stop that. Federal law does not let the state stop police from passing your status on to ICE, so keep it to yourself.

police_ask_status-gist = No Connecticut state law stops police from asking about your immigration status, but some cities, such as New Haven, have their own rules against it. You never have to answer: say "I want to remain silent." What you tell police about your status can be passed to ICE. If you are driving, you must still show your license, registration and insurance.

ice_interview_custody-gist = Connecticut jails, prisons and police may <b>not</b> let ICE interview someone in their custody unless the person was convicted of a class A or B felony or one of 13 listed crimes, may match the terrorist watch list, or a federal court ordered it. Even if ICE gets to see you, you do not have to answer: ask for a lawyer and sign nothing. Connecticut has no consent-form rule for these interviews; that is California's law.

report_crime_safely-gist = You can get help as a crime victim whatever your immigration status. If you are in danger, call 911. Under the Trust Act, police may not tell ICE that you are a victim of domestic violence or sexual assault, or a crime witness, except in narrow cases. Victims may qualify for a <b>U visa</b>, a <b>T visa</b> or <b>VAWA</b>: talk to legal aid or an immigration lawyer before you apply.

sensitive_places-gist = The federal policy that kept ICE away from schools, hospitals and places of worship was canceled on Jan. 20, 2025. Since Oct. 1, 2026, a Connecticut law (Public Act 26-14) says no officer, <b>ICE included</b>, may make a civil arrest in these places without a warrant signed by a judge. The U.S. Justice Department is challenging that law in federal court, so know your rights wherever you go.

school_rights-gist = Every child can go to free public school from kindergarten to grade 12, whatever the child's or parents' immigration status. Connecticut schools do not have to collect immigration status, and student records are protected by a federal privacy law. Since Oct. 1, 2026, a state law bans civil arrests at schools without a judge's warrant, but the U.S. Justice Department is challenging it in court.

ice_cooperation_programs-gist = When anyone is arrested and fingerprinted in Connecticut, the prints go to ICE automatically through the federal Secure Communities program. Since 2019, the Trust Act has barred Connecticut police, jails and other covered officers from doing ICE's work under <b>287(g)</b> agreements. The PEP program ended in January 2017. ICE has had access to a state police database that includes DMV records; we do not know if that has changed.

local_policies-gist = No Connecticut law calls the state a "sanctuary". What applies in every town is the <b>Trust Act</b>, which limits how police and jails help ICE. Some cities go further: New Haven police do not ask about immigration status, and Hartford police do not arrest or hold anyone only because of their status. The U.S. Justice Department is challenging the Trust Act and New Haven's Welcoming City order in federal court.

data_privacy-gist = Since Nov. 18, 2025, Connecticut state and local agencies may not give ICE your address, workplace, school or appointment times when they are not public, with some exceptions, such as a judge's warrant or a court order. But fingerprints from any arrest go to ICE automatically. DMV records are in a state police database that ICE has been able to use, and we do not know if that has changed.

daca_minors-gist = With or without DACA, and at any age, you have the same rights: stay silent, ask for a lawyer, and do not sign papers you do not understand. Every child can go to public school from kindergarten to grade 12, whatever their status. We do not have reliable, current DACA information, so before you apply, renew or travel, talk to an immigration lawyer or a DOJ-accredited representative, never a notario.

law_changes-gist = Connecticut's rules changed a lot in 2025 and 2026. Since Nov. 18, 2025, civil arrests on state courthouse grounds need a judge's warrant, a listed conviction or a watch-list match. Since Oct. 1, 2026, civil arrests at schools, hospitals, places of worship and other protected places need a <b>judge's warrant</b>. The U.S. Justice Department is challenging the Trust Act and the 2026 law in federal court; our information reaches about May 2026.

compliance_oversight-gist = Local police report to the state each time ICE gets access to people in their custody, and the state publishes this data on data.ct.gov; the records are public. Since Oct. 1, 2025, you can sue a town whose police or school police break the Trust Act, for a court order (no money damages). If you think an agency broke these rules, talk to legal aid or contact the ACLU of Connecticut.

## Gists: help and referrals

file_complaint-gist = First, write down names, badge numbers, the date, time and place, and what happened. Complaints about ICE or CBP agents go to the DHS Inspector General, which is not an emergency line: in danger, call 911. Complaints about Connecticut police go to the officer's own department. CHRO handles discrimination in jobs, housing, public places and credit, not complaints against ICE.

legal_help-gist = Only a licensed lawyer or a DOJ-accredited representative may give you immigration legal help. A "notario" is <b>not</b> a lawyer. CCIF gives free deportation defense to people in ICE detention or deportation cases and to people seeking asylum, with programs in New Haven and Hartford: call to ask if you qualify. For other free legal aid, call Statewide Legal Services (tap Who to call).

rapid_response-gist = We could not confirm the number of any Connecticut rapid-response hotline, so you can use the national United We Dream hotline. If you see ICE, keep a safe distance, and record or write down the time, place, number of agents and cars, and what happened. Check a report before you share it, and mark it "UNCONFIRMED" until someone has checked it. Never call ICE's tip line.

family_plan-gist = Plan now for your children, papers and money in case a parent is detained. Connecticut's free <b>Family Preparedness Plan</b> needs no lawyer or court and comes in 9 languages, including Spanish, Portuguese and Haitian Creole. Its standby guardian form lets you name, in front of two witnesses, a person to care for your children if you are detained.

know_your_rights-gist = Everyone in the U.S. has these rights, whatever their status. <b>Do not open the door</b>: ask them to slide any warrant under it. <b>Stay silent</b>, <b>do not sign anything</b> without a lawyer, <b>ask for a lawyer</b>, and say "I do not consent to a search." Do not lie, run or resist, and never show false papers.

community_support-gist = Connecticut groups support immigrants with trainings, court support, youth programs and basic needs: for example CIRC (a statewide network), ULA in New Haven (workers' rights, going with you to court), C4D (led by undocumented youth) and Make the Road in Bridgeport and Hartford. For food, housing or a crisis, dial 2-1-1, 24 hours a day. Only a lawyer or a DOJ-accredited representative can give you immigration legal advice.
