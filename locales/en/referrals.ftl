## One line per referral in intents/referrals.toml: what it helps with, and its hours and limits
## where the fact sheets give them. No phone numbers here: the bot prints them from the TOML.
## Facts: /work/shared/facts/resources-and-rights.md (Part A) and ct-law-addendum.md. Reviewed 2026-11-27.
## Each ref-<id>-short is one line of at most 60 characters, shown beside the name where space is tight
## (the first screen of an answer). Keep it the plain gist of the long line above it.

ref-emergency_911 = Call 911 if someone is hurt or in danger right now.
ref-emergency_911-short = Emergencies: someone is hurt or in danger now
ref-ct_211 = Free, confidential help in many languages, 24 hours a day, with food, housing, utilities and mental-health crises.
ref-ct_211-short = Food, housing and crisis help, 24/7, many languages
ref-sls = Free civil legal aid for people with low income (usually at or below 125% of the federal poverty level), with a hotline open Monday to Friday 9am–12pm and 1–2pm; undocumented people in the New Haven area should call NHLAA directly.
ref-sls-short = Free legal aid for low income; weekday hotline hours
ref-nhlaa = Free legal aid in the Greater New Haven area, including defense against deportation; undocumented people can call directly, and it does not report immigration status to police or anyone else.
ref-nhlaa-short = Free legal aid, New Haven area; undocumented can call
ref-ccif = Free deportation defense for people in ICE detention or in deportation (removal) cases and for people seeking asylum, with programs in New Haven and Hartford; call to ask if you qualify.
ref-ccif-short = Free deportation defense, New Haven and Hartford
ref-uwd_hotline = A national deportation-defense hotline run by United We Dream, used to report ICE activity and ask for help.
ref-uwd_hotline-short = National hotline: report ICE activity, ask for help
ref-ice_locator = ICE's website to find an adult in ICE custody, using the A-number or the exact name, plus the country of birth; it is updated within about 8 hours.
ref-ice_locator-short = Website to find an adult held by ICE
ref-ice_dril = ICE line to find someone in detention and to report abuse or serious problems in detention, trouble reaching a lawyer, or separation from children, with live operators Monday to Friday 8am–8pm Eastern time (not holidays) and help in Spanish.
ref-ice_dril-short = ICE's own line: find someone detained; weekdays 8am–8pm
ref-eoir = Immigration court information by A-number, 24 hours a day in English and Spanish: the next hearing date, time and place, and the judge's decision (not bond hearings).
ref-eoir-short = Immigration court dates by A-number, 24/7
ref-chro = Connecticut's free office for discrimination in jobs, housing, public places and credit, for example because of national origin; it does not take complaints against ICE, and you should contact it as soon as possible because some complaints must be filed within 180 days.
ref-chro-short = Discrimination complaints in CT; not about ICE
ref-dhs_oig = Federal office that takes complaints about misconduct by DHS staff, including ICE and CBP, such as force, profiling or denial of rights; it is not an emergency line and is not answered 24 hours a day.
ref-dhs_oig-short = Complaints about ICE or CBP misconduct; not emergencies
ref-dhs_crcl = Federal office for civil-rights complaints about ICE, CBP and other parts of DHS; DHS cut this office in 2025, so file for the record and also tell a lawyer.
ref-dhs_crcl-short = DHS civil-rights complaints; office cut in 2025
ref-aclu_ct = Free civil-rights legal help, mostly for cases that affect many people, requested by online form, email or mail; there is no phone intake and it cannot help in emergencies.
ref-aclu_ct-short = Civil-rights cases, by form or email; no emergencies
ref-ct_oig = Connecticut office that investigates only police use of deadly force and deaths in police or prison custody; it is not a general complaint line.
ref-ct_oig-short = Police deadly force and deaths in custody only
ref-ct_safe_connect = Free, confidential help for domestic violence 24 hours a day, by phone, text, email or chat, in many languages, including safety planning, counseling and help finding shelter.
ref-ct_safe_connect-short = Domestic violence help, 24/7, free and confidential
ref-ct_sexual_assault = Free, confidential 24-hour hotline for survivors of sexual violence, with one number for English and one for Spanish, and someone to go with you to the hospital, police or court.
ref-ct_sexual_assault-short = Sexual violence help, 24/7, English and Spanish
ref-trafficking_hotline = National hotline for help if you or someone you know may be a victim of human trafficking.
ref-trafficking_hotline-short = Help for victims of human trafficking
ref-ian_directory = Online list of nonprofit free and low-cost immigration legal services that you can search by state and zip code.
ref-ian_directory-short = Find free or low-cost immigration help by zip code
ref-dcp = Connecticut office where you can report notario fraud and other scams, even anonymously online, but complaints may become public record.
ref-dcp-short = Report notario fraud and scams in Connecticut
ref-ftc = Federal office where you can report notario fraud and other scams, in English or Spanish; write "Notario Publico" in your complaint.
ref-ftc-short = Report notario fraud and scams, English or Spanish
ref-ct_family_plan = Free state toolkit to plan care for your children if a parent is detained, with a standby guardian form, in 9 languages and with no lawyer or court needed.
ref-ct_family_plan-short = Free state toolkit to plan care for your children
ref-ctlawhelp = Free self-help articles from Connecticut legal aid, in English and Spanish, on immigrants' rights and protecting your children.
ref-ctlawhelp-short = Free CT legal-aid articles on immigrants' rights
ref-ilrc_red_cards = Cards to print and carry that say you will stay silent, will not open the door without a judge's warrant, and do not consent to a search, in many languages.
ref-ilrc_red_cards-short = Cards that say you will stay silent, many languages
ref-ct_ag = The Connecticut Attorney General's consumer office, which takes complaints about scams by online form but cannot give you private legal advice.
ref-ct_ag-short = Scam complaints by online form; no legal advice
ref-circ = A Hartford-based statewide network of community, religious, business and legal groups that support immigrants and refugees.
ref-circ-short = Statewide network that supports immigrants and refugees
ref-ula = A New Haven grassroots immigrant group that helps workers with unpaid wages and goes with people to court, in Spanish, Mam, Totonaco and Kaqchikel.
ref-ula-short = New Haven group: unpaid wages, going with you to court
ref-c4d = A group led by undocumented young people, part of the United We Dream network, that offers college-access help and know-your-rights trainings.
ref-c4d-short = Youth-led: college help, know-your-rights trainings
ref-make_the_road_ct = A community group in Bridgeport and Hartford that offers legal and support services, organizing and know-your-rights help.
ref-make_the_road_ct-short = Support, know-your-rights help; Bridgeport, Hartford
