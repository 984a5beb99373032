## English answers, part B: rights and the law (warrant_types to compliance_oversight)
## and the conversation intents (greeting to bot_privacy).
## Format and writing rules: CONTENT.md. Facts: shared/facts (the addendum wins).
## The bot adds the "Who to call" list and the footer itself: do not repeat them here.

## warrant_types
warrant_types-title = Judge vs. ICE warrants
warrant_types-summary = How to tell a judge's warrant from an ICE form, and what each one lets agents do.
warrant_types-body =
    As a rule, officers need a warrant signed by a <b>judge</b> to enter your home without your permission. Most ICE papers are not signed by a judge.
    
    <b>Judicial warrant (from a court)</b>
    • At the top it names a court, such as "United States District Court" or a Connecticut court.
    • It is signed by a judge or magistrate.
    • It names the person or the address. Check that the name and address are right and the date is current.
    • A search warrant lets officers into the places it lists. An arrest warrant lets them into the named person's home if they believe that person is inside.
    
    <b>ICE administrative warrant</b>
    • It is a Homeland Security (DHS) form, usually <b>I-200</b> (arrest) or <b>I-205</b> (removal or deportation).
    • It is signed by an immigration officer, not a judge.
    • For years, lawyers and advocates have said it does not allow entry into a home without your consent.
    • At work, it does not let agents into private, staff-only areas unless the employer agrees.
    
    <b>Important 2026 change:</b> an ICE memo made public in January 2026 says agents may force their way into a home with an I-205 when the person has a final deportation order. Many lawyers say this breaks the U.S. Constitution, and lawsuits over it were reported. If agents force their way in, do not resist. Say clearly "I do not consent," stay silent, and contact a lawyer.
    
    <b>At the door</b>
    • Do not open the door. Ask them to slide the warrant under the door or hold it up to a window.
    • Read the name, the address, the date and who signed it.
    • If it is not a judge's warrant for your address, you can keep the door closed. Say: "I do not consent to your entry. I want to remain silent. I want to speak to a lawyer."
    • If it is a judge's warrant, they may come in. Do not resist. You can still stay silent.
    
    In Connecticut, police, jails and prisons may not hold or arrest you only because of an ICE administrative warrant (see the Trust Act). That rule limits Connecticut officers; it does not stop ICE itself.

## right_to_silence
right_to_silence-title = Your right to silence
right_to_silence-summary = You can stay silent about where you were born and your status. Never lie or show false papers.
right_to_silence-body =
    Everyone in the United States has these rights, whatever their immigration status. Using them may not stop an arrest on the spot, but it protects your case later.
    
    <b>You do not have to say</b>
    • where you were born or what country you are from;
    • your immigration status;
    • how or when you came to the United States.
    
    You can say: "I want to remain silent. I want to speak to a lawyer." Then stop talking. A red card can say this for you.
    
    <b>Your name</b>
    Connecticut legal aid advises: if officials ask for your name, tell them. Giving your name does not mean you have to answer anything else.
    
    <b>Searches</b>
    You can say: "I do not consent to a search." Officers may still pat the outside of your clothes for weapons. If they search anyway, do not resist.
    
    <b>Papers</b>
    • If you have lawful immigration status, you must show proof of it to ICE agents if they ask. You do not have to show it to local police.
    • If you are driving, you must show your license, registration and proof of insurance.
    • Advocates advise not carrying papers from another country, such as a foreign passport, that show where you are from.
    
    <b>Never</b>
    • lie or give a false name;
    • show false papers;
    • say you are a U.S. citizen if you are not;
    • run away or fight, even if you think the officers are wrong.
    These can hurt you much more than staying silent.
    
    What you tell police about your status can reach ICE: federal law does not let states forbid sharing status information. If you are detained, phone calls are listened to, so talk about your case only with your lawyer.

## signing_documents
signing_documents-title = Before you sign anything
signing_documents-summary = Do not sign papers from ICE, like voluntary departure, before you talk to a lawyer.
signing_documents-body =
    ICE or detention officers may ask you to sign papers. Some of them can end your chance to stay in the United States. <b>Do not sign anything you do not fully understand, and do not sign before you talk to a lawyer.</b>
    
    <b>Be most careful with</b>
    • <b>Voluntary departure:</b> you agree to leave the United States.
    • <b>Stipulated removal:</b> you agree to be deported without seeing a judge.
    Signing these can give up your right to a hearing and your chance to ask to stay, even if you may have a way to stay.
    
    <b>What you can do</b>
    • Say: "I will not sign anything until I talk to my lawyer."
    • Ask for an interpreter if you do not fully understand the language.
    • Ask for a copy of every paper they give you and every paper you sign.
    • Ask for the list of free or low-cost legal services. The government does not give you a free lawyer in immigration court, so call legal aid early.
    • Know your A-number (your immigration case number) and give it to your family and your lawyer.
    
    <b>Watch out for "notarios"</b>
    In the United States, a notario or notary public is not a lawyer and cannot help with immigration cases. Only a lawyer or a DOJ-accredited representative at a recognized nonprofit can.
    • Never sign a blank form.
    • Never give anyone your original documents.
    • Government forms are free.
    • Make sure government websites end in .gov.
    You can report notario fraud to the Connecticut Department of Consumer Protection. If you were already cheated, see a real immigration lawyer soon: the damage may be fixable.

## trust_act
trust_act-title = Connecticut's TRUST Act
trust_act-summary = Connecticut's 2013 law that limits when police, jails and prisons may hold people for ICE.
trust_act-body =
    The TRUST Act is a Connecticut law passed by the state legislature in 2013 (Public Act 13-155, in force since Jan. 1, 2014). It is a law, not an order from a governor. Lawmakers made it stronger in 2019 and changed it again in 2025. Read it: <a href="https://www.cga.ct.gov/2026/sup/chap_965.htm#sec_54-192h">General Statutes 54-192h</a>.
    
    <b>The main rule today</b>
    Covered Connecticut officers may not hold or arrest you just because ICE sent a <b>detainer</b> (a request to keep you for ICE) or an ICE <b>administrative warrant</b>. They may do so only if:
    • a <b>judge</b> signed a warrant;
    • you were <b>convicted</b> of a class A or B felony;
    • you were <b>convicted</b> of one of 13 crimes added in 2025, such as sexual assault in the second or third degree, risk of injury to a minor, strangulation in the first degree, burglary in the second degree with a firearm, criminal violation of a protective order, or possessing child sexual abuse material; or
    • you may match a name in the federal terrorist screening database.
    An arrest or a charge is not enough. It takes a conviction.
    
    <b>Who must follow it</b>
    Local police and State Police, the Department of Correction, judicial and state marshals, adult and juvenile probation, court bail staff, school police and security, prosecutors, and the Board of Pardons and Paroles.
    
    <b>Other rules</b>
    • These officers may not do ICE's job, so no 287(g) agreements.
    • If ICE sends a detainer, the agency must give you a copy and say whether it will follow it.
    • If it tells ICE your release date, it must give you and your lawyer a copy and the reason in writing.
    • The old 48-hour limit on holds was removed in 2019. Today state law allows a hold only in the cases listed above.
    
    <b>If the law is broken</b>
    Since Oct. 1, 2025, you can sue a town or city whose police or school police break this law. A court can order them to stop, but you cannot get money damages. If you win, the town may have to pay your lawyer's fees. There is no such lawsuit against state agencies, such as the Department of Correction or State Police.
    
    <b>What it does not do</b>
    It limits Connecticut officers only. It does not stop ICE agents from making their own arrests. Fingerprints taken at any arrest still go to ICE.
    
    <b>In court:</b> the U.S. Justice Department sued Connecticut and New Haven over this law in federal court in spring 2026 (reported). We do not know the outcome. Check with legal aid for news.

## police_share_with_ice
police_share_with_ice-title = Do police tell ICE?
police_share_with_ice-summary = What Connecticut police may and may not tell ICE, and why your fingerprints still reach ICE.
police_share_with_ice-body =
    <b>Short answer:</b> no Connecticut law requires police to tell ICE about undocumented people. State law limits what they may share. But if you are arrested, your fingerprints reach ICE automatically.
    
    <b>What Connecticut law limits</b>
    • An ICE request to be told your release date counts as a detainer. Police, jails and prisons should not tell ICE when you will be released unless there is a judge's warrant, a conviction for a class A or B felony or one of 13 listed crimes, or a possible terrorist watch-list match.
    • If they do tell ICE your release date, they must give you and your lawyer a copy and the reason in writing.
    • If ICE sends a detainer for you, you must get a copy and be told whether the agency will follow it.
    • Police may not give ICE "confidential information" except in narrow cases. That means whether you are a victim of domestic violence or sexual assault, a crime witness, or on public assistance, your sexual orientation, and your Social Security number and financial records.
    • Since Nov. 18, 2025, state and local agencies may not give ICE your non-public address, workplace, school or appointment times, with some exceptions.
    
    <b>What Connecticut does not stop</b>
    • <b>Fingerprints:</b> prints taken at any arrest go to the FBI and then automatically to ICE (the federal "Secure Communities" program, statewide since Feb. 22, 2012). The state has no control over this. ICE may then look for you on its own.
    • <b>Status information:</b> federal law (8 U.S.C. 1373) does not let states ban sharing information about a person's citizenship or immigration status, and Connecticut says it follows that law. So keep your status to yourself: you have the right to stay silent.
    • <b>Databases:</b> ICE has had access to COLLECT, a state police database that includes DMV records. As of November 2025, Connecticut also had not blocked ICE's DMV searches through a national police network. We do not know if that has changed.
    
    These rules bind Connecticut officers only. ICE can still make its own arrests. If you think police shared your information against the law, talk to legal aid.

## police_ask_status
police_ask_status-title = Police asking your status
police_ask_status-summary = No state law stops police from asking your immigration status, but you never have to answer.
police_ask_status-body =
    <b>Can they ask?</b> No Connecticut state law stops police from asking about your immigration status. In 2025 the governor said police do not ask about status in everyday stops, like speeding. That describes how police usually work; it is not a law.
    
    <b>Some cities have their own rules</b>
    • <b>New Haven:</b> a police order since 2006 (General Order 06-2) and the 2020 "Welcoming City" order say police and city workers do not ask about status.
    • <b>Hartford:</b> a 2008 city ordinance says police may not arrest or hold anyone only for their status or an ICE administrative warrant, and city workers do not ask about status for city services.
    Many other towns have no such rule.
    
    <b>You never have to answer</b>
    Whoever asks, you can say: "I want to remain silent." You do not have to say where you were born, your status or how you came here. Connecticut legal aid advises giving your name if asked.
    
    If you are driving, you must show your license, registration and insurance. A Connecticut drive-only license is a valid license for driving.
    
    <b>Do not</b> lie, show false papers or say you are a U.S. citizen if you are not.
    
    <b>Why silence matters</b>
    What you tell police about your status can be passed to ICE: federal law does not let states ban sharing status information. The Trust Act limits holding you for ICE, but it does not stop police from asking.
    
    <b>If you felt targeted</b>
    After a traffic stop, Connecticut police must tell you how to file a racial-profiling complaint. You can file it with the police department or with the Commission on Human Rights and Opportunities (CHRO). Write down the officer's name, badge number, and the time and place.

## ice_interview_custody
ice_interview_custody-title = ICE interviews in jail
ice_interview_custody-summary = When Connecticut jails, prisons and police may let ICE interview someone in custody.
ice_interview_custody-body =
    If you or a relative is held in a Connecticut jail, prison or police station, ICE may ask to interview the person. Connecticut law (General Statutes 54-192h) limits this.
    
    <b>The rule</b>
    Connecticut jails, prisons and police may <b>not</b> give ICE access to interview a person in their custody unless:
    • the person was <b>convicted</b> of a class A or B felony, or of one of 13 listed crimes (such as second- or third-degree sexual assault, first-degree strangulation, or criminal violation of a protective order);
    • the person may match a name in the federal terrorist screening database; or
    • a federal court ordered it.
    An arrest or a charge alone is not enough.
    
    <b>You can still refuse to answer</b>
    Even if ICE gets to see you, you do not have to answer questions. You can say: "I want to remain silent. I want to speak to a lawyer." Do not sign anything without a lawyer. Do not lie or show false papers.
    
    <b>What Connecticut law does not promise</b>
    Some websites say Connecticut must give you a written notice or consent form before an ICE interview. That is California's law, not Connecticut's. A similar Connecticut bill failed in 2018. Do not wait for a form: ask for a lawyer right away.
    
    <b>Records and complaints</b>
    Records of ICE access to people in custody are public records, and local police departments report this access to the state. If a town's police broke this rule, you can ask a court to order them to stop (no money damages). Talk to legal aid about what happened.
    
    This rule binds Connecticut officers only. It does not apply once a person is in ICE's own custody.

## report_crime_safely
report_crime_safely-title = Reporting a crime safely
report_crime_safely-summary = Crime victims can get help whatever their status, including U visas, T visas and VAWA.
report_crime_safely-body =
    <b>If you are in danger, call 911.</b> You can get help as a crime victim whatever your immigration status. The domestic-violence and sexual-assault help lines are free and confidential.
    
    <b>What police may share with ICE</b>
    Under Connecticut's Trust Act, being a victim of domestic violence or sexual assault, or a crime witness, is "confidential information." Police may not give it to ICE except in narrow cases. One warning: if <i>you</i> are arrested and fingerprinted, those fingerprints go to ICE automatically.
    
    <b>Immigration options for victims</b>
    • <b>U visa:</b> for victims of certain crimes, such as domestic violence or sexual assault, who suffered serious harm and have helped, are helping or will likely help the police or prosecutors. It needs a signed form from a certifying agency, such as the police, a prosecutor or a judge (Form I-918 Supplement B). No arrest or conviction of the attacker is needed. It gives up to 4 years of status, a work permit and a path to a green card. Only 10,000 are given each year, so there is a waiting list; people on it can get protection from deportation.
    • <b>T visa:</b> for victims of human trafficking.
    • <b>VAWA self-petition:</b> if you were abused by your U.S. citizen or permanent resident spouse or parent, or by your adult U.S. citizen child, you can apply on your own, without the abuser knowing. The government must keep it confidential.
    
    <b>Connecticut's U-visa rule</b>
    Since July 1, 2021, every Connecticut police agency must name an officer to handle U-visa certification requests (General Statutes 46b-38b). They must act within 60 days, or within 14 days if the victim is detained or in deportation proceedings, or a family member is about to become too old to qualify.
    
    Talk to legal aid or an immigration lawyer before you apply. They can tell you which option fits you.

## sensitive_places
sensitive_places-title = Schools, hospitals, churches
sensitive_places-summary = Federal limits on ICE at schools and hospitals ended; Connecticut's own law is being fought in court.
sensitive_places-body =
    <b>Federal policy changed</b>
    For years, ICE had a policy of mostly avoiding arrests at schools, hospitals, places of worship and similar places. That policy was canceled on Jan. 20, 2025. Now each ICE officer decides, and ICE may act in these places.
    
    <b>Connecticut's own law (since Oct. 1, 2026)</b>
    Public Act 26-14, signed May 4, 2026, says no officer, <b>including federal agents like ICE</b>, may arrest or hold anyone for a civil (non-criminal) matter, such as immigration, in these places unless they have a warrant signed by a <b>judge</b>:
    • schools, from preschool to college;
    • hospitals and urgent-care centers;
    • places of worship or religious study;
    • child care, playgrounds, recreation centers, before- and after-school programs, and school bus stops when children are there;
    • shelters, food banks and pantries, crisis and domestic-violence centers, drug and alcohol treatment, and other social services;
    • disaster-relief sites and cemeteries;
    • state agency buildings and town or city buildings.
    This includes their grounds and parking lots. A past conviction does not change this: only a judge's warrant allows the arrest. A person arrested against this law can sue, and may get money damages. It does not stop arrests for crimes.
    
    The same law says officers, federal agents included, may not wear masks while dealing with the public (with some exceptions) and must show a badge and name tag. Breaking these rules can be a crime (a class D misdemeanor).
    
    <b>Being fought in court</b>
    The U.S. Justice Department sued Connecticut over this law in federal court in spring 2026. Whether it can be enforced against ICE is being decided there. We do not know the outcome, so check with legal aid for news, and know your rights wherever you go.
    
    <b>Courthouses</b>
    Courthouses were never on the federal list. Connecticut protects state courthouses under a separate 2025 law: no civil arrest on courthouse grounds unless the agent shows a judicial marshal a judge's warrant, proof of certain serious convictions, or a watch-list match.

## school_rights
school_rights-title = Your children and school
school_rights-summary = Every child can go to public school. What schools may share, and what happens if ICE comes.
school_rights-body =
    <b>Every child can go to public school</b>
    Every child in the United States has the right to a free public education from kindergarten to grade 12, whatever the child's or the parents' immigration status. The U.S. Supreme Court decided this in 1982 (Plyler v. Doe).
    
    <b>What schools collect and share</b>
    • Connecticut schools do not have to collect the immigration status of students or their families (State Department of Education guidance, Jan. 28, 2025).
    • Student records are protected by a federal privacy law, FERPA.
    • School boards and colleges may give ICE a student's confidential information, including immigration status, only with written consent, for a terrorism investigation, or when a law, a judge's warrant or a court order requires it (General Statutes 10a-11i).
    • Since Nov. 18, 2025, public agencies, public schools included, may not tell ICE which school a person attends or their school hours, when that is not public, with some exceptions.
    
    <b>If ICE comes to a school</b>
    Since March 2025 (Public Act 25-1), each public school must name an administrator to deal with immigration agents. Staff may ask agents for ID and for a warrant signed by a judge, and may talk to a lawyer first.
    
    Since Oct. 1, 2026, a Connecticut law (Public Act 26-14) says no officer, ICE included, may make a civil arrest without a judge's warrant at schools from preschool to college, child care, playgrounds, or school bus stops when children are there. The U.S. Justice Department is challenging this law in federal court, so check with legal aid for the latest.
    
    <b>What parents can do</b>
    • Keep your child's emergency contacts at school up to date, with adults you trust who can pick up your child.
    • Make a family plan, including who will care for your children if you are detained.
    • Teach your children that they can stay silent and do not have to answer questions about the family's status.

## ice_cooperation_programs
ice_cooperation_programs-title = 287(g) and ICE programs
ice_cooperation_programs-summary = Secure Communities, 287(g), PEP and state databases: how ICE works with Connecticut agencies.
ice_cooperation_programs-body =
    <b>Secure Communities (fingerprints)</b>
    When anyone is arrested and fingerprinted in Connecticut, the prints go to the FBI and then automatically to ICE. This federal program has covered all of Connecticut since Feb. 22, 2012. In 2012 the state said it had no control over it, and the Trust Act does not stop it. ICE may then send a detainer, but Connecticut officers may follow it only in the cases the Trust Act allows.
    
    <b>287(g) agreements</b>
    Under 287(g), ICE lets local officers do the work of immigration agents. Since Oct. 1, 2019, the Trust Act forbids Connecticut police, jails, marshals, probation, school police and prosecutors from doing ICE's work under 287(g) or any other agreement. Danbury police had a 287(g) agreement from 2009. We do not know if it was formally ended, but it could not lawfully continue after 2019.
    
    <b>PEP</b>
    The Priority Enforcement Program ended in January 2017. It no longer exists.
    
    <b>State police and DMV data</b>
    ICE has had access to COLLECT, the state's police database, which includes DMV records, under a 2016 agreement and a 2018 memorandum. As of November 2025, Connecticut had also not blocked ICE's DMV searches through Nlets, a national police network, even after members of Congress urged the governor to. We do not know if either has changed since.
    
    <b>License-plate cameras</b>
    Since Oct. 1, 2026, Connecticut agencies may not use license-plate camera data for immigration enforcement. Federal and other outside agencies need a judge's warrant (or a terrorism watch-list match) to get it. This is part of Public Act 26-14, which the U.S. Justice Department is challenging in court.
    
    <b>SCAAP</b>
    SCAAP is a federal grant that pays back part of the cost of jailing some people. It is not a rule about detainers and does not require police to hold anyone for ICE.

## local_policies
local_policies-title = Town and city policies
local_policies-summary = New Haven, Hartford and other town rules on ICE, and how Connecticut compares with other states.
local_policies-body =
    <b>Is Connecticut a "sanctuary state"?</b>
    No Connecticut law uses that word. The state Attorney General has said nothing in the state's laws makes it a "sanctuary" state, even though the federal government put Connecticut on its 2025 "sanctuary" lists. What Connecticut has is the <b>Trust Act</b>, a state law that limits how police, jails and others help ICE in every town.
    
    <b>New Haven</b>
    • Police order since 2006 (General Order 06-2): officers do not ask about immigration status and do not arrest people on ICE administrative warrants.
    • In 2007, New Haven created the first city ID card in the country, open to everyone whatever their status.
    • "Welcoming City" order (July 23, 2020): city workers do not ask about status unless the law requires it, and no city resources are used for immigration enforcement.
    
    <b>Hartford</b>
    A 2008 city ordinance: police do not arrest or hold anyone only because of immigration status or an ICE administrative warrant, and city services are open to everyone regardless of status.
    
    <b>Other towns</b>
    In 2017, a federal report listed East Haven as not honoring ICE detainers, and Bloomfield's council voted not to help enforce them. Not every town is the same: also in 2017, Danbury's mayor said its police would help ICE find specific people when asked. The Trust Act still applies in every town.
    
    <b>In court</b>
    In spring 2026, the U.S. Justice Department sued Connecticut and New Haven over the Trust Act and New Haven's Welcoming City order (reported). The case is in federal court, and we do not know the outcome.
    
    <b>Compared with other states</b>
    • Advocates called Connecticut the first state to pass a Trust Act (2013).
    • California requires a consent form before ICE interviews people in jail; Connecticut has no such rule.
    • New York, Illinois, Massachusetts, Minnesota and Washington had blocked ICE's DMV searches through a national police network by November 2025; Connecticut had not.
    
    Town rules can change. Ask a local group or legal aid what applies where you live.

## data_privacy
data_privacy-title = Your data and ICE
data_privacy-summary = What Connecticut agencies, the DMV, police and schools may share about you with ICE.
data_privacy-body =
    <b>Connecticut's data law (since Nov. 18, 2025)</b>
    State and local agencies in Connecticut may not give these details about you, when they are not public, to anyone outside Connecticut government, ICE included:
    • your address;
    • where you work and your work hours;
    • your school and school hours;
    • the date, time and place of your hearings or appointments with an agency.
    
    <b>Exceptions:</b> your written permission; a criminal investigation (unless the Trust Act forbids sharing); when a state or federal law, a judge's warrant or a court order requires it; and a few health-privacy and published-data cases. Only the state Attorney General can go to court to enforce this law; you cannot sue under it yourself. (General Statutes 4-67ee)
    
    <b>Police</b>
    Police may not give ICE "confidential information", such as being a domestic-violence or sexual-assault victim or a crime witness, getting public assistance, or your Social Security number, except in narrow cases. But fingerprints from any arrest go to ICE automatically.
    
    <b>DMV and drive-only licenses</b>
    People who cannot prove legal presence can get a drive-only license (General Statutes 14-36m). To be honest about the risk: DMV records are in COLLECT, a state police database that ICE has been able to use, and no Connecticut law specifically stops the DMV from sharing with ICE. As of November 2025, Connecticut had not blocked ICE's DMV searches through Nlets, a national police network. We do not know if that has changed, or how the 2025 data law affects it.
    
    <b>License-plate cameras</b>
    Since Oct. 1, 2026, Connecticut agencies may not use license-plate camera data for immigration enforcement, and must limit sharing it (Public Act 26-14, which the U.S. Justice Department is challenging in court).
    
    <b>Schools</b>
    Connecticut schools do not have to collect immigration status, student records are protected by the federal privacy law FERPA, and colleges and school boards may give a student's status to ICE only in narrow cases.
    
    If you think an agency shared your information against the law, talk to legal aid.

## daca_minors
daca_minors-title = DACA and young people
daca_minors-summary = Rights of DACA holders and young people at school and college, and where to get help.
daca_minors-body =
    <b>School and college</b>
    • Every child can go to public school from kindergarten to grade 12, whatever their status.
    • Connecticut schools do not have to collect immigration status, and student records are protected by the federal privacy law FERPA.
    • School boards, colleges and universities may give ICE a student's confidential information, including immigration status, only with written consent, for a terrorism investigation, or when a law, a judge's warrant or a court order requires it.
    
    <b>DACA</b>
    We do not have reliable, current information on DACA applications, renewals or deadlines, so we will not guess. Before you apply, renew or travel, talk to an immigration lawyer or a DOJ-accredited representative at a nonprofit, never a notario. They can check all your options.
    
    Keep copies of your immigration papers with someone you trust.
    
    <b>Your rights are the same</b>
    With or without DACA, and at any age, you can stay silent, ask for a lawyer, and refuse to sign papers you do not understand. Connecticut's Trust Act has no special category for DACA holders or minors: the same limits on police and jails protect everyone.
    
    <b>Connecticut Students for a Dream (C4D)</b>
    A group led by undocumented young people since 2010, part of the United We Dream network. They offer know-your-rights trainings and help with getting into college.
    
    <b>If a young person is detained</b>
    The ICE online detainee locator does not list people under 18. If a child or teen is taken, contact a lawyer or legal aid right away.

## law_changes
law_changes-title = What changed recently
law_changes-summary = New Connecticut and federal rules from 2025 and 2026, and the court cases against them.
law_changes-body =
    The rules changed a lot in 2025 and 2026. Our information reaches about May 2026, so things may have changed since. Check with legal aid before you rely on it.
    
    <b>Federal</b>
    • <b>Jan. 20, 2025:</b> the federal policy that kept ICE away from most schools, hospitals and places of worship was canceled.
    • <b>Jan. 2026:</b> an ICE memo came to light saying agents may force their way into a home with an I-205 form (not signed by a judge) if the person has a final deportation order. Many lawyers say this is unconstitutional; lawsuits were reported.
    • <b>Spring 2026:</b> the U.S. Justice Department sued Connecticut and New Haven over the Trust Act and New Haven's Welcoming City order, and separately sued Connecticut over Public Act 26-14. Both cases are in federal court; we do not know the outcome.
    
    <b>Connecticut</b>
    • <b>March 2025:</b> each public school must name an administrator to deal with ICE, and staff may ask for ID and a judge's warrant (Public Act 25-1).
    • <b>Oct. 1, 2025:</b> Trust Act changes (Public Act 25-29). Convictions for 13 more crimes now allow holds for ICE. Prosecutors, juvenile probation and the Board of Pardons and Paroles are now covered. You can sue a town whose police break the law (court orders, not money).
    • <b>Nov. 18, 2025</b> (November special session, Public Act 25-3): no civil arrests on state courthouse grounds without a judge's warrant, a listed conviction or a watch-list match, checked by a judicial marshal; no masked officers at courthouses without a medical need and a judge's approval; state and local agencies may not share your non-public address, workplace, school or appointment times, with exceptions.
    • <b>May 4, 2026</b> (Public Act 26-14): officers, federal agents included, may not wear masks while dealing with the public, with some exceptions, and must show a badge and name tag; you can sue any officer, federal agents included, in state court for violating your constitutional rights; the state Inspector General can investigate deadly force by federal officers.
    • <b>Oct. 1, 2026</b> (also Public Act 26-14): no civil arrests without a judge's warrant at schools, hospitals, places of worship, shelters and other protected places; limits on using license-plate cameras for immigration enforcement.
    
    Some websites mention a "2021 Trust Act". There is none: the Trust Act dates from 2013 and was changed in 2019 and 2025.

## compliance_oversight
compliance_oversight-title = Who checks the rules
compliance_oversight-summary = How Connecticut checks that agencies follow its ICE rules: reports, public records and lawsuits.
compliance_oversight-body =
    Connecticut uses reports, public records, internal rules and lawsuits to make agencies follow its limits on helping ICE.
    
    <b>Reports and public data</b>
    • Local police departments report to the state Office of Policy and Management when ICE gets access to people in their custody.
    • The state publishes this data on data.ct.gov as <a href="https://catalog.data.gov/dataset/trust-act-ice-access-reporting">"Trust Act ICE Access Reporting"</a>, with data from 2021 on.
    • Records of ICE access are public records. Anyone can ask for them under the Freedom of Information Act.
    
    <b>Prosecutors</b>
    Since Aug. 13, 2025, the Division of Criminal Justice (state prosecutors) has a written policy: every ICE detainer request goes to a supervisor, the state's attorney decides the answer, and staff must log every contact with ICE. The Division held Trust Act training for prosecutors in January 2026.
    
    <b>Notice to you</b>
    If ICE sends a detainer, the agency must give you a copy and say whether it will follow it. If it tells ICE your release date, you and your lawyer must get a copy and the reason in writing.
    
    <b>Lawsuits</b>
    • <b>Trust Act:</b> since Oct. 1, 2025, you can sue a town whose police or school police break it. A court can order them to stop; no money damages.
    • <b>Courthouses:</b> a judicial marshal must check the papers before any civil arrest on state courthouse grounds. A person arrested against this law can sue, and violations can be punished as contempt of court. Whether this works against ICE agents has not been tested.
    • <b>Data:</b> only the Attorney General can go to court when a local agency shares your address, workplace or appointment details against the law. The law does not let the Attorney General sue state agencies over it.
    • <b>Protected places (Public Act 26-14):</b> a person arrested without a judge's warrant can sue for damages. This law is being challenged in federal court.
    
    If you think an agency broke these rules, talk to legal aid or contact the ACLU of Connecticut.

## greeting
greeting-title = Welcome to kyr
greeting-summary = A welcome, and what this bot can do for you.
greeting-body =
    Hello, and welcome. I am kyr, a free guide to your rights as an immigrant in Connecticut. I can tell you what to do if ICE comes to your home, your work or your court, what Connecticut law says, and who to call for help. Ask me in your own words, or choose a topic below.

## help_menu
help_menu-title = What I can do
help_menu-summary = The topics you can ask me about.
help_menu-body =
    You can ask me about:
    • ICE at your door, at work, at court or on the street;
    • traffic stops and police questions;
    • what to do if someone is detained, and how to find them;
    • your rights: staying silent, warrants, signing papers;
    • Connecticut law: the Trust Act, schools, your data, recent changes;
    • finding a lawyer, filing a complaint and making a family plan.
    
    Write your question in your own words, or send /topics to see every topic. If ICE is with you now, send /emergency.

## change_language
change_language-title = Change language
change_language-summary = Switch between English, Español, Português, Kreyòl, Français, Polski, 中文, العربية.
change_language-body =
    You can choose English, Español, Português, Kreyòl, Français, Polski, 中文, العربية with the buttons below. You can also send /language at any time to change it.

## thanks
thanks-title = You're welcome
thanks-summary = You are welcome. Please share what you learned.
thanks-body =
    You are welcome. Stay safe, and take care of each other. If this helped, please share it with family, friends and neighbors: people who know their rights are safer. I am here any time you have another question.

## human_help
human_help-title = Talk to a person
human_help-summary = This is a bot. Here is how to reach real people who can help.
human_help-body =
    I am a bot, not a person, and I cannot look at your case. Real people can help: legal aid (Statewide Legal Services, or CCIF if someone is detained or facing deportation), the United We Dream hotline, and 2-1-1 for help with food, housing or a crisis. Their numbers are below. If you are in danger, call 911.

## bot_privacy
bot_privacy-title = What this bot stores
bot_privacy-summary = What this bot stores about you, and how to delete it.
bot_privacy-body =
    I store only your chat number, the language you chose and, if you signed up for alerts, the regions you picked. I never store what you write, and I never ask for your name, address or immigration status. To delete everything I store about this chat, send /forget. Telegram keeps your messages in the chat itself; you can delete them there.
