## Answers, part A: encounters (urgent) and help topics.
## Each intent X has X-title (button, max 30 chars, no HTML), X-summary (one sentence, max 120 chars,
## no HTML), X-now (urgent intents only: 3 to 5 numbered lines), and X-body.
## The bot prints the "Who to call" block from intents/referrals.toml between X-now and X-body,
## so phone numbers of an intent's own referrals are never repeated here.
## Facts: /work/shared/facts (the addendum wins). Reviewed 2026-11-27.

## ---------------------------------------------------------------- ice_at_door

ice_at_door-title = ICE at your door
ice_at_door-summary = Do not open the door: ask for a warrant signed by a judge, stay silent, and call for help.
ice_at_door-now =
    1. Do not open the door. Talk through it.
    2. Ask which agency they are from, and to slide any warrant under the door. ICE forms I-200 and I-205 are not signed by a judge: you do not have to open for them.
    3. Say: "I do not consent to your entry. I will remain silent. I want a lawyer."
    4. If they force their way in, do not resist or run. Keep saying: "I do not consent."
    5. Call the number below, or tap Who to call.
ice_at_door-body =
    <b>Check the paper they show you</b>
    • A judge's warrant comes from a court. At the top it names a court, such as "United States District Court" or a Connecticut court. A judge signs it. Check that the name, address and date are right.
    • ICE forms <b>I-200</b> and <b>I-205</b> are signed by an immigration officer, not a judge. You do not have to open the door or agree to let agents in because of these forms.
    • A judge's warrant can allow agents in. A search warrant lets them search only the places it lists. An arrest warrant lets them enter the named person's home if they believe that person is inside. You still have the right to stay silent.
    
    <b>Warning: an ICE memo made public in 2026</b>
    An ICE memo from May 2025, made public in January 2026, says agents may force their way into a home with an I-205 form when the person has a final deportation order. Legal experts and advocates say this breaks the U.S. Constitution, and it is being challenged in court. If agents force their way in:
    • do not fight, resist or run;
    • say clearly: "I do not consent";
    • stay silent and do not sign anything;
    • call a lawyer as soon as you can.
    
    <b>Good to know</b>
    • Opening the door, even a little, can be treated as letting them in. Agents may also see who is inside.
    • Everyone in the home has the right to stay silent.
    • Agents sometimes say they are "police" or that there is a problem with your car, so you come outside. Always ask which agency they are from.
    • Do not lie. Do not show false papers. Never say you are a U.S. citizen if you are not.
    • You can hold a red card to the window or slide it under the door. It says you will stay silent and will not open without a judge's warrant.
    • Afterwards, write down what happened: the time, the agency, names and badge numbers.
    • Call 911 if someone is hurt or in danger.

## ---------------------------------------------------------------- ice_at_work

ice_at_work-title = ICE at work
ice_at_work-summary = Stay calm, do not run, stay silent and sign nothing; agents need a judge's warrant for private areas.
ice_at_work-now =
    1. Stay calm. Do not run.
    2. Ask: "Am I free to leave?" If they say yes, walk away calmly.
    3. If not, say: "I will remain silent. I want a lawyer."
    4. Do not sign anything. Do not show false papers or papers from another country.
    5. Call the number below, or tap Who to call.
ice_at_work-body =
    <b>Where agents can go</b>
    • ICE may enter the public areas of a business without a warrant: a lobby, a dining room, a parking lot.
    • To enter private areas (a kitchen, a back office, rooms for staff only), ICE needs a warrant signed by a judge, or the employer's permission. A form signed by an immigration officer is not enough.
    • The owner or manager decides whether to let agents into private areas. You can remind your employer that they can say no if there is no judge's warrant. "Employees Only" signs help mark private areas.
    
    <b>Your rights at work</b>
    • You do not have to say where you were born, what your immigration status is, or how you came to the U.S.
    • Say: "I do not consent to a search" of you or your things.
    • You do not have to join a group sorted by immigration status. Stay silent and do not push back physically.
    • If you have lawful immigration status and ICE agents ask, you must show them proof of it.
    
    <b>Do not make things worse</b>
    • Do not run or physically resist, even if you think the agents are wrong.
    • Do not lie, and never show false documents. Running and false papers can be used against you and can lead to new charges.
    
    <b>If you can do it safely</b>
    • Record, or write down badge numbers, names, and who was taken. Do not get in the agents' way.
    • Tell the families of coworkers who were taken. They can look for them with the ICE Online Detainee Locator.

## ---------------------------------------------------------------- ice_at_courthouse

ice_at_courthouse-title = ICE at a courthouse
ice_at_courthouse-summary = Connecticut limits ICE arrests at state courthouses, but do not skip court: talk to a lawyer before your date.
ice_at_courthouse-now =
    1. Do not skip court. Missing it can make things much worse.
    2. Before your date, talk to your lawyer or public defender, and to an immigration lawyer.
    3. Bring someone you trust to court with you.
    4. If agents stop you, stay silent, ask for a lawyer, and sign nothing.
    5. Call the number below for legal help. To check your immigration court date, tap Who to call.
ice_at_courthouse-body =
    <b>Connecticut law since November 18, 2025</b>
    • No officer, including ICE, may make a civil arrest (such as an immigration arrest) on the grounds of a Connecticut <b>state</b> courthouse, unless the officer first tells a judicial marshal and shows papers. The papers must show a warrant signed by a judge, a conviction for a class A or B felony or for one of 13 listed crimes, or a possible match on the terrorist watch list. The marshal must check them.
    • "Courthouse grounds" include the building, court parking lots and garages, and the sidewalks and walkways next to it. The rule protects everyone there, not only people with a case.
    • Officers may not wear masks on courthouse grounds unless a mask is medically needed and a judge approved it in advance.
    • Breaking the rule can be punished as contempt of court (a fine of up to $100, up to 6 months in jail, or both). A person who is harmed can sue.
    • The rule is about civil arrests only. It does not stop arrests for crimes.
    • ICE did arrest people at Connecticut courthouses in 2025. No court has decided yet whether state courts can hold ICE agents to this law. So plan ahead.
    • In August 2025 the federal court in Connecticut (U.S. District Court) also banned immigration arrests in its own courthouses.
    
    <b>Immigration court is different</b>
    Immigration courts are federal. The Connecticut courthouse law does not cover them. Since May 2025, ICE has arrested people at or near immigration courts. Talk to a lawyer before your hearing, but do not simply stay away.
    
    <b>Why you should not skip court</b>
    • If you miss a state court date, the judge can issue a warrant for your arrest.
    • If you miss an immigration hearing, the judge can order you deported "in absentia" (without you there). ICE can then arrest and deport you without another hearing.
    • Keep your address up to date with the immigration court.
    • Community groups, such as ULA in New Haven, go with people to court. Ask a local group if someone can come with you.

## ---------------------------------------------------------------- stopped_in_public

stopped_in_public-title = Stopped on the street
stopped_in_public-summary = If ICE or police stop you on the street, stay calm, ask if you are free to leave, and do not discuss your status.
stopped_in_public-now =
    1. Stay calm. Do not run or resist. Keep your hands where they can be seen.
    2. Ask: "Am I free to leave?" If they say yes, walk away calmly.
    3. If not, say: "I will remain silent. I want to speak to a lawyer."
    4. If they ask your name, give it. You do not have to answer other questions.
    5. Say: "I do not consent to a search." Never show false papers.
stopped_in_public-body =
    <b>What you do not have to do</b>
    • You do not have to say where you were born, what your immigration status is, or how you came to the U.S.
    • You can refuse a search. Officers may still pat the outside of your clothes for weapons. Do not push back.
    
    <b>Your name</b>
    Connecticut legal aid (CTLawHelp) says that if officials ask your name, you must tell them. Giving your name does not mean you have to answer anything else.
    
    <b>Papers</b>
    • Never show false documents. Never say you are a U.S. citizen if you are not.
    • Advocates say not to carry papers from another country, like a foreign passport, that show your nationality.
    • If you have lawful immigration status (for example a green card or a visa), you must show proof to ICE agents if they ask. You do not have to show it to local police.
    
    <b>Police or ICE?</b>
    • Local police and ICE are different. Connecticut's Trust Act limits how state and local police help ICE. New Haven and Hartford tell their police not to ask about immigration status.
    • ICE agents sometimes say they are "police". Ask which agency they are from.
    • A 2026 Connecticut law says officers, including federal agents, must show a badge and a name tag and may not hide their face in most cases. The U.S. Justice Department is challenging this law in court.
    
    <b>If you see someone else stopped</b>
    You may film police and federal agents working in public. Stay at a distance, do not get in the way, and step back if they tell you to.

## ---------------------------------------------------------------- stopped_in_car

stopped_in_car-title = Stopped in your car
stopped_in_car-summary = Pull over safely and keep your hands visible; the driver shows a license, but no one has to answer status questions.
stopped_in_car-now =
    1. Pull over safely. Turn off the engine and turn on the inside light.
    2. Keep your hands where they can be seen.
    3. Driver: show your license, registration and insurance if asked. Never show false papers.
    4. Say: "I do not consent to a search." Do not resist if they search anyway.
    5. You do not have to answer questions about your status or where you were born.
stopped_in_car-body =
    <b>Driver and passengers</b>
    • The driver must show a driver's license, registration and proof of insurance when asked.
    • Passengers: general know-your-rights guidance says passengers do not have to show ID or answer questions, and may ask: "Am I free to go?" We could not confirm the exact Connecticut rule for passengers, so check with a lawyer.
    • No one in the car has to answer questions about immigration status, where they were born, or how they came to the U.S.
    • You can refuse a search of the car, but do not physically stop officers if they search anyway.
    
    <b>Police or ICE?</b>
    • ICE often uses cars with no markings and agents in regular clothes. You must stop for officers who say who they are and signal with lights or a siren. Ask which agency they are from.
    • If they are ICE and you have lawful immigration status, show proof of it.
    • With police, you can write down the officer's name and badge number.
    
    <b>Drive-only licenses</b>
    Connecticut gives drive-only licenses to people who cannot prove legal presence (CGS § 14-36m). It is a real license for driving. It is not valid as federal ID, for example to board a plane.
    
    <b>Racial profiling</b>
    After a traffic stop in Connecticut, police must tell you how to file a racial-profiling complaint. You can file it with the police department or with CHRO.

## ---------------------------------------------------------------- detained_now

detained_now-title = Detained by ICE
detained_now-summary = Stay silent, ask for a lawyer, sign nothing, and give your family your A-number.
detained_now-now =
    1. Stay silent. Say: "I will remain silent. I want a lawyer."
    2. Do not sign anything without a lawyer, especially voluntary departure or stipulated removal.
    3. Ask for the list of free legal services.
    4. Find out your A-number and give it to your family.
    5. Call a family member or a lawyer whose number you know by heart.
detained_now-body =
    <b>Your rights in ICE custody</b>
    • Talk about your immigration status only with your lawyer.
    • Signing papers like <b>voluntary departure</b> or <b>stipulated removal</b> can mean giving up your chance to stay in the U.S. Talk to a lawyer first.
    • The government does not give you a free lawyer in immigration court. Ask for the list of free or low-cost legal services. CCIF gives free deportation defense, with programs in New Haven and Hartford. Call to ask if you qualify.
    • You have the right to contact your country's consulate, or to ask officers to tell the consulate.
    • Ask a lawyer whether you can get a bond hearing to be released while your case goes on. Some people are not eligible.
    
    <b>Phone calls are monitored</b>
    Calls from detention are listened to. Do not talk about where you were born, your status or any criminal record on these calls. Save that for your lawyer.
    
    <b>Your A-number</b>
    It is an 8- or 9-digit number on your immigration papers, at the top right of the Notice to Appear (form I-862). Your family and lawyer need it to find you and your court dates.
    
    <b>If it is your family member</b>
    • Search for them with the ICE Online Detainee Locator, using their A-number, or their exact name and country of birth.
    • The ICE Detention Reporting and Information Line (DRIL) can also help.
    • Call a lawyer right away.
    • Only a lawyer or a DOJ-accredited representative can give immigration legal help. A "notario" cannot.
    
    <b>Be ready</b>
    Memorize the phone numbers of a family member or friend (best if they have lawful status) and of a lawyer. Keep a written list too.

## ---------------------------------------------------------------- find_detained

find_detained-title = Find someone detained
find_detained-summary = Use the ICE online locator with the person's A-number, or name and country of birth, then call a lawyer.
find_detained-now =
    1. Find the person's A-number if you can. It is on their immigration papers.
    2. Search the ICE Online Detainee Locator at locator.ice.gov.
    3. No result? Call the ICE DRIL line (the number below), and search again later.
    4. Call a lawyer now. Do not wait. Tap Who to call.
    5. Check their next immigration court date. The court's phone line is in Who to call.
find_detained-body =
    <b>How to use the locator</b>
    • By A-number: it has 9 digits. If it is shorter, add zeros at the front (12345678 becomes 012345678). Then choose their country of birth.
    • By name: type their exact first and last name and their country of birth. Date of birth is optional, but add it if you know it.
    • The locator is updated within about 8 hours of a transfer or release, so try again later.
    • It shows only adults (18 and older) in ICE custody, or released in the last 60 days. For a child, ask a lawyer.
    
    <b>ICE DRIL line</b>
    If the locator shows nothing, the person may have just been moved. The DRIL line can help you find them. You can also report abuse in detention, problems reaching a lawyer, or a parent separated from their children.
    
    <b>Immigration court line (EOIR)</b>
    With the A-number, the phone line or website tells you the next hearing date, time and place, and the judge's decision. It does not show bond hearings.
    
    <b>After you find them</b>
    • Contact the detention center to ask about phone calls, visits and putting money in their account.
    • Calls are monitored. Do not talk about their status, country of birth or any criminal record on the phone.
    • Get a lawyer. CCIF gives free deportation defense, with programs in New Haven and Hartford. Call to ask if you qualify.
    • Only a lawyer or a DOJ-accredited representative can give immigration legal help. A "notario" cannot. Never give anyone original documents.

## ---------------------------------------------------------------- file_complaint

file_complaint-title = File a complaint
file_complaint-summary = Where to report misconduct by ICE, CBP or police, discrimination, or a Trust Act violation in Connecticut.
file_complaint-body =
    <b>First, keep a record</b>
    Write down names, badge numbers, the date, time and place, and what happened. Keep photos, videos, papers and the names of witnesses.
    
    <b>ICE or CBP (federal agents)</b>
    • <b>DHS Inspector General (OIG):</b> takes complaints about misconduct by DHS staff, such as force, profiling or denial of rights. It is not an emergency line. In danger, call 911.
    • <b>DHS Civil Rights office (CRCL):</b> DHS cut this office in 2025, so file for the record and also tell a lawyer.
    • Problems inside detention (abuse, no access to a lawyer): the ICE DRIL line, 1-888-351-4024.
    
    <b>Connecticut police</b>
    • File with the officer's own police department. Every Connecticut police department must have a complaint policy and post it in public. There is a statewide complaint form (from POST) in English and Spanish.
    • Racial profiling after a traffic stop: file with the department or with CHRO.
    • The CT Inspector General investigates only police use of deadly force and deaths in custody (since 2026, also by federal agents). It is not a general complaint line.
    
    <b>Trust Act violations</b>
    If a town's police (or its school police) helped ICE in a way the Trust Act forbids, since October 1, 2025 you can sue the town in Superior Court for a court order. You cannot get money damages, but the court may make the town pay your lawyer's fees if you win. This does not apply to state agencies such as State Police or prisons.
    
    <b>Arrests at state courthouses</b>
    If ICE or police break the 2025 law on arrests at Connecticut state courthouses, a person who is harmed can sue in Superior Court, including for money damages.
    
    <b>Suing for your constitutional rights (2026 law)</b>
    Public Act 26-14, signed May 4, 2026, lets you sue anyone, including federal officers, who violates your U.S. constitutional rights. You can ask for money and lawyer's fees. The state Attorney General can now also sue in these cases. The U.S. Justice Department is challenging this law in federal court (filed spring 2026), so talk to a lawyer.
    
    <b>Discrimination</b>
    CHRO handles discrimination in jobs, housing, public places (like stores) and credit, for example because of your national origin. It does not handle complaints against ICE. Contact it as soon as possible: some complaints must be filed within 180 days.
    
    <b>Legal help</b>
    For free legal aid, call Statewide Legal Services: 1-800-453-3320.

## ---------------------------------------------------------------- legal_help

legal_help-title = Find a lawyer
legal_help-summary = Free and low-cost immigration legal help in Connecticut, and how to avoid notario fraud.
legal_help-body =
    <b>Who can help you with immigration</b>
    Only a licensed lawyer, or a DOJ-accredited representative at a recognized nonprofit, may give you immigration legal help. A "notario" or notary public is <b>not</b> a lawyer.
    
    <b>Free legal help in Connecticut</b>
    • <b>CCIF:</b> free deportation defense for people in ICE detention or in deportation (removal) cases, and for people seeking asylum. Programs in New Haven and Hartford. Call to ask if you qualify.
    • <b>SLS:</b> the main line for free civil legal aid. Usually for people with income at or below 125% of the federal poverty level.
    • <b>NHLAA:</b> legal aid in the New Haven area. If you are undocumented and live there, call NHLAA directly, not SLS. NHLAA does not report immigration status to police or anyone else.
    • <b>IAN directory:</b> find nonprofit free or low-cost immigration help by zip code.
    
    <b>Protect yourself from notario fraud</b>
    • Government immigration forms are free.
    • Never sign a blank form.
    • Never hand over your original documents. Give copies.
    • Check that a government website ends in .gov.
    • Report fraud to the CT Department of Consumer Protection, or to the FTC (ReportFraud.ftc.gov, 1-877-382-4357, English or Spanish). Write "Notario Publico" in your complaint.
    • If you were already cheated, see a real immigration lawyer soon. The damage can sometimes be fixed.

## ---------------------------------------------------------------- rapid_response

rapid_response-title = Report ICE activity
rapid_response-summary = How to report ICE activity safely, and how to check a report before you share it.
rapid_response-body =
    <b>Is there a Connecticut hotline?</b>
    We could not confirm the number of any Connecticut rapid-response hotline. Groups in New Haven and Danbury run lines, but we could not verify their numbers. Ask a local immigrant group you trust for its current number. Until then, you can use the national United We Dream hotline below.
    Never call ICE's tip line. It is for reporting people to ICE.
    
    <b>If you see ICE</b>
    1. Your safety comes first. Keep a safe distance and do not get in the way.
    2. Check if it is really ICE: look for ICE markings on vests, caps and jackets.
    3. Record video or take notes from a safe distance.
    4. Write down the time, date and exact place; how many agents and vehicles; license plates; uniforms and badges; what was said; any force used.
    5. If someone is being detained, tell them they can stay silent and ask for a lawyer. Ask whom they want you to call.
    6. Report it to a rapid-response line.
    
    Many networks ask for reports in the <b>SALUTE</b> order: Size (how many), Activity, Location, Uniform, Time, Equipment (cars, gear).
    
    <b>Check before you share</b>
    • False alarms spread fear. They keep people away from work, school and the doctor.
    • Do not forward screenshots or "a friend said" messages. Check with a rapid-response network, a known legal or immigrant-rights group, or trusted local news.
    • Mark any report "UNCONFIRMED" until someone has checked it.
    • Do not post photos that show who is being detained. Give recordings to the family or their lawyer. Do not livestream.
    • On private property, the owner sets the rules. Be careful with sound: Connecticut law limits recording private conversations without consent.

## ---------------------------------------------------------------- family_plan

family_plan-title = Make a family plan
family_plan-summary = Plan now for your children, papers and money in case a parent is detained, using free Connecticut forms.
family_plan-body =
    <b>The Connecticut Family Preparedness Plan</b>
    A free state toolkit. You do not need a lawyer or a court. It comes in 9 languages, including Spanish, Portuguese and Haitian Creole. It has a child-care plan, a standby guardian form, a list of documents to gather, and scam warnings.
    
    <b>Standby guardian for your children</b>
    • A parent can name, in writing, a person to care for the children if the parent is detained (CGS §§ 45a-624 to 45a-624g).
    • Sign and date it in front of two witnesses. Give a copy to the guardian.
    • Both living parents must agree, unless one has lost guardianship or parental rights.
    • It can start when a parent is detained. It lasts up to one year, or until the parent can care for the children again. You can cancel it at any time. No court is needed.
    • If it may last longer, or the other parent will not agree, ask legal aid about guardianship in probate court.
    
    <b>Other steps</b>
    1. Choose a trusted adult and talk with them about the plan.
    2. Update the emergency contacts at your children's school and daycare.
    3. Sign a written permission so that person can make medical and school decisions.
    4. Think about a power of attorney for your money and property.
    5. Keep birth certificates and passports together.
    6. Give copies of your immigration papers and your A-number to a trusted person.
    7. Memorize important phone numbers and keep a written list.
    
    <b>Remember</b>
    • Children born in the U.S. are U.S. citizens.
    • Never give original documents to a notario.

## ---------------------------------------------------------------- know_your_rights

know_your_rights-title = Know your rights
know_your_rights-summary = A short list of your rights if ICE or police stop you, to keep on your phone and share.
know_your_rights-body =
    Everyone in the U.S. has these rights, whatever their immigration status. Using them may not stop an arrest right away, but it protects your case later.
    
    • <b>Do not open the door.</b> Ask agents to slide the warrant under the door. A warrant signed by a judge can allow them in. ICE forms I-200 and I-205 are signed by an officer, not a judge, and you do not have to open the door for them.
    • <b>Stay silent.</b> You do not have to say where you were born, your status, or how you came to the U.S. In Connecticut, legal aid says to give your name if officials ask.
    • <b>Do not sign anything</b> without a lawyer.
    • <b>Ask for a lawyer.</b>
    • <b>Say "I do not consent to a search."</b>
    • <b>Ask "Am I free to leave?"</b> If yes, walk away calmly.
    • <b>Do not lie, do not run, do not resist.</b> Never show false papers or say you are a U.S. citizen if you are not.
    • <b>Carry a red card.</b> It says you will stay silent, will not open the door without a judge's warrant, and do not consent to a search. You can show it instead of talking.
    
    <b>What to say</b>
    "I will remain silent. I want to speak to a lawyer. I do not consent to a search. I do not consent to your entry."
    
    <b>One warning</b>
    ICE now claims it may force its way into a home with an I-205 form when someone has a final deportation order. This is being challenged in court. If agents force their way in, do not resist. Say you do not consent, and stay silent.
    
    <b>Get ready</b>
    Memorize a lawyer's and a family member's phone numbers, and make a family plan.

## ---------------------------------------------------------------- community_support

community_support-title = Community groups
community_support-summary = Connecticut groups that support immigrants: organizing, trainings, youth, court support and basic needs.
community_support-body =
    These groups work with immigrants in Connecticut. Ask them about trainings, support and what is happening near you.
    
    • <b>CIRC (Connecticut Immigrant and Refugee Coalition):</b> a statewide network of community, religious, business and legal groups, based in Hartford.
    • <b>ULA (Unidad Latina en Acción), New Haven:</b> workers' rights and unpaid wages, and people who go with you to court. Spanish, Mam, Totonaco and Kaqchikel.
    • <b>C4D (Connecticut Students for a Dream):</b> led by undocumented youth. College help and know-your-rights trainings.
    • <b>Make the Road Connecticut:</b> legal and support services, organizing and know-your-rights help, in Bridgeport and Hartford.
    • <b>2-1-1:</b> free help with food, housing, utilities and mental-health crises, 24 hours a day, in many languages.
    
    Local groups also run rapid-response teams, for example in New Haven and Danbury. We could not confirm their numbers, so ask a group you trust for its current line.
    
    Community groups can connect you with help, but only a lawyer or a DOJ-accredited representative can give you immigration legal advice.
