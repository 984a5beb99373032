## Premye ekran chak repons, ak bouton ki louvri rès la.
## Haitian Creole translation of locales/en/first-screen.ftl. Same ids, variables and HTML tags.
## Limits (visible characters, tags not counted): urgent first screen at most 700 (each ht `-now`
## at most 500), other first screen at most 900 (each ht `-gist` at most 620).
## Legal terms: locales/ht/GLOSSARY.md (one rendering per term). Reviewed 2026-11-27.

## Interface

# One line under every first screen. Keep { $date } and the not-legal-advice idea.
footer-short = <i>Revize { $date } · Enfòmasyon jeneral, pa konsèy legal.</i>
# Put before the first contact of an urgent answer: "Call first: <name> ☎️ <number>".
call-first = Rele an premye:
# Put before the first contact of any other answer: "Who can help: <name> ☎️ <number>".
who-can-help = Ki moun ki ka ede:
details-button = 📖 Plis detay
who-to-call-button = 📞 Ki moun pou rele
# On an inline result shared into another chat: opens the whole answer in the bot.
open-in-bot-button = 📖 Tout repons lan nan bot la
# Heading of the message the "More details" button sends. $title is the topic's title.
details-heading = Plis detay: { $title }
# When someone presses the same button twice in a row.
already-shown = Pati sa a la jis anwo a. ⬆️

## Gists: rights and the law

warrant_types-gist = An jeneral, ofisye yo bezwen yon manda <b>jij</b> siyen pou yo antre lakay ou san pèmisyon w. Fòm ICE I-200 ak I-205 se yon ofisye imigrasyon ki siyen yo, pa yon jij, kidonk ou ka kite pòt la fèmen. Yon memo ICE ki vin piblik an 2026 di ajan yo ka fòse antre ak yon I-205 lè moun nan gen yon lòd depòtasyon final, e anpil avoka di sa vyole Konstitisyon an. Si ajan yo fòse antre, pa reziste, di "Mwen pa dakò", epi rete an silans.

right_to_silence-gist = Ou pa oblije di ki kote ou fèt, ki estati imigrasyon ou, ni kijan ou te vin Etazini. Di: "Mwen vle rete an silans. Mwen vle pale ak yon avoka", epi pa pale ankò. Èd legal gratis Connecticut konseye w bay non w si otorite yo mande l. Pa janm bay manti, pa montre fo papye, e pa di ou se sitwayen ameriken si se pa vre.

signing_documents-gist = Pa siyen okenn papye ICE oswa ofisye detansyon ba ou anvan ou pale ak yon avoka. Papye tankou <b>depa volontè</b> (voluntary departure) oswa <b>depòtasyon ou aksepte</b> (stipulated removal) ka fè w pèdi dwa w pou yon odyans ak chans ou pou rete Etazini. Di: "Mwen p ap siyen anyen toutotan mwen pa pale ak avoka m." Yon notario pa yon avoka, e pa janm siyen yon fòm ki vid.

trust_act-gist = Trust Act (lwa TRUST) Connecticut, yon lwa eta depi 2013, di lapolis, jèl ak prizon pa ka kenbe w ni arete w sèlman paske ICE voye yon demann detansyon (detainer) oswa yon manda administratif ICE (yon jij pa siyen l). Yo ka fè sa sèlman ak yon manda <b>jij</b> siyen, yon kondanasyon pou yon krim grav (felony) klas A oswa B oswa pou youn nan 13 krim ki nan lis la, oswa si non w ka sou lis siveyans teworis la. Li pa anpeche ajan ICE fè pwòp arestasyon pa yo. Depatman Jistis Etazini ap konteste l nan tribinal federal (depi prentan 2026).

police_share_with_ice-gist = Pa gen okenn lwa Connecticut ki oblije lapolis di ICE anyen sou moun ki san papye; lwa eta a limite sa yo ka pataje, tankou dat y ap lage w. Men si yo arete w, anprent dwèt ou rive jwenn ICE otomatikman atravè yon pwogram federal, e eta a pa ka anpeche sa. Lwa eta a pa ka anpeche lapolis pase bay ICE sa ou di sou estati w tou, kidonk kenbe sa pou ou.

police_ask_status-gist = Pa gen okenn lwa eta Connecticut ki anpeche lapolis poze kesyon sou estati imigrasyon w, men kèk vil, tankou New Haven, gen pwòp règ yo kont sa. Ou pa janm oblije reponn: di "Mwen vle rete an silans." Sa ou di lapolis sou estati w ka pase bay ICE. Si w ap kondwi, ou toujou dwe montre lisans ou, rejistrasyon machin nan ak asirans.

ice_interview_custody-gist = Jèl, prizon ak lapolis Connecticut <b>pa</b> ka kite ICE fè entèvyou ak yon moun yo kenbe, sof si moun nan te kondane pou yon krim grav (felony) klas A oswa B oswa pou youn nan 13 krim ki nan lis la, si non l ka sou lis siveyans teworis la, oswa si yon tribinal federal bay lòd pou sa. Menm si ICE rive wè w, ou pa oblije reponn: mande yon avoka epi pa siyen anyen. Connecticut pa gen règ sou fòm konsantman pou entèvyou sa yo; se lwa Kalifòni sa ye.

report_crime_safely-gist = Ou ka jwenn èd kòm viktim krim kèlkeswa estati imigrasyon w. Si ou an danje, rele 911. Dapre Trust Act la, lapolis pa ka di ICE ou viktim vyolans domestik oswa agresyon seksyèl, oswa ou temwen yon krim, sof nan kèk ka byen limite. Viktim yo ka kalifye pou yon <b>viza U</b>, yon <b>viza T</b> oswa <b>VAWA</b>: pale ak èd legal gratis oswa yon avoka imigrasyon anvan ou fè demann.

sensitive_places-gist = Yo te anile politik federal ki te kenbe ICE lwen lekòl, lopital ak legliz 20 janvye 2025. Depi 1ye oktòb 2026, yon lwa Connecticut (Public Act 26-14) di okenn ofisye, <b>menm ICE</b>, pa ka fè yon arestasyon sivil nan kote sa yo san yon manda jij siyen. Depatman Jistis Etazini ap konteste lwa sa a nan tribinal federal, kidonk konnen dwa w tout kote ou ale.

school_rights-gist = Tout timoun ka ale lekòl piblik gratis depi jadendanfan (kindergarten) rive nan 12yèm ane, kèlkeswa estati imigrasyon timoun nan oswa paran l. Lekòl Connecticut pa oblije ranmase estati imigrasyon, e yon lwa federal sou vi prive pwoteje dosye elèv yo. Depi 1ye oktòb 2026, yon lwa eta entèdi arestasyon sivil nan lekòl san manda jij siyen, men Depatman Jistis Etazini ap konteste l nan tribinal.

ice_cooperation_programs-gist = Lè yo arete nenpòt moun epi yo pran anprent dwèt li nan Connecticut, anprent yo ale jwenn ICE otomatikman atravè pwogram federal Secure Communities. Depi 2019, Trust Act la entèdi lapolis, jèl ak lòt ofisye Connecticut lwa a kouvri fè travay ICE dapre akò <b>287(g)</b>. Pwogram PEP te fini an janvye 2017. ICE te gen aksè nan yon baz done lapolis eta a ki gen dosye DMV ladan l; nou pa konnen si sa chanje.

local_policies-gist = Pa gen okenn lwa Connecticut ki rele eta a yon "sanktyè" (sanctuary). Sa ki aplike nan tout vil se <b>Trust Act</b> la, ki limite jan lapolis ak jèl ede ICE. Gen vil ki ale pi lwen: lapolis New Haven pa mande estati imigrasyon, e lapolis Hartford pa arete ni kenbe pèsonn sèlman poutèt estati yo. Depatman Jistis Etazini ap konteste Trust Act la ak lòd Welcoming City New Haven nan tribinal federal.

data_privacy-gist = Depi 18 novanm 2025, ajans eta ak ajans lokal Connecticut pa ka bay ICE adrès ou, kote ou travay, lekòl ou oswa lè randevou w lè yo pa piblik, ak kèk eksepsyon, tankou yon manda jij siyen oswa yon lòd tribinal. Men anprent dwèt nenpòt arestasyon ale jwenn ICE otomatikman. Dosye DMV yo nan yon baz done lapolis eta a ICE te ka sèvi ak li, e nou pa konnen si sa chanje.

daca_minors-gist = Avèk oswa san DACA, e kèlkeswa laj ou, ou gen menm dwa yo: rete an silans, mande yon avoka, epi pa siyen papye ou pa konprann. Tout timoun ka ale lekòl piblik depi jadendanfan rive nan 12yèm ane, kèlkeswa estati yo. Nou pa gen enfòmasyon serye e ajou sou DACA, kidonk anvan ou fè demann, renouvle oswa vwayaje, pale ak yon avoka imigrasyon oswa yon reprezantan ki gen akreditasyon DOJ, pa janm yon notario.

law_changes-gist = Règ Connecticut yo chanje anpil an 2025 ak 2026. Depi 18 novanm 2025, yon arestasyon sivil sou teren tribinal eta bezwen yon manda jij siyen, yon kondanasyon ki nan lis la oswa non moun nan sou lis siveyans teworis la. Depi 1ye oktòb 2026, yon arestasyon sivil nan lekòl, lopital, legliz ak lòt kote ki pwoteje bezwen yon <b>manda jij siyen</b>. Depatman Jistis Etazini ap konteste Trust Act la ak lwa 2026 la nan tribinal federal; enfòmasyon nou yo rive jiska anviwon me 2026.

compliance_oversight-gist = Lapolis lokal fè rapò bay eta a chak fwa ICE jwenn aksè a moun yo kenbe, e eta a pibliye done sa yo sou data.ct.gov; dosye yo piblik. Depi 1ye oktòb 2025, ou ka fè pwosè kont yon vil si lapolis li oswa lapolis lekòl li vyole Trust Act la, pou jwenn yon lòd tribinal (pa gen lajan pou domaj). Si ou panse yon ajans vyole règ sa yo, pale ak èd legal gratis oswa kontakte ACLU of Connecticut.

## Gists: help and referrals

file_complaint-gist = Anvan tout bagay, ekri non, nimewo badj, dat, lè ak kote, ak sa k te pase. Plent sou ajan ICE oswa CBP ale nan DHS Inspector General, ki pa yon liy ijans: si ou an danje, rele 911. Plent sou lapolis Connecticut ale nan depatman lapolis ofisye a. CHRO okipe diskriminasyon nan travay, lojman, kote piblik ak kredi, pa plent kont ICE.

legal_help-gist = Se sèlman yon avoka ki gen lisans oswa yon reprezantan ki gen akreditasyon DOJ ki gen dwa ba w èd legal sou imigrasyon. Yon "notario" <b>pa</b> avoka. CCIF bay defans gratis kont depòtasyon pou moun ki nan detansyon ICE oswa ki gen yon ka depòtasyon, ak pou moun k ap mande azil, ak pwogram nan New Haven ak Hartford: rele pou mande si ou kalifye. Pou lòt èd legal gratis, rele Statewide Legal Services (peze "Ki moun pou rele").

rapid_response-gist = Nou pa t ka konfime nimewo okenn liy repons rapid nan Connecticut, kidonk ou ka sèvi ak liy nasyonal United We Dream. Si ou wè ICE, rete byen lwen, epi filme oswa ekri lè a, kote a, konbyen ajan ak machin, ak sa k te pase. Anvan ou pataje yon rapò, tcheke l, epi make l "PA KONFIME" jiskaske yon moun tcheke l. Pa janm rele liy denonsyasyon ICE (tip line).

family_plan-gist = Planifye kounye a pou pitit ou, papye ou ak lajan ou si yo mete yon paran nan detansyon. <b>Family Preparedness Plan</b> Connecticut la gratis, ou pa bezwen avoka ni tribinal, e li egziste nan 9 lang, tankou panyòl, pòtigè ak kreyòl ayisyen. Fòm pou nonmen yon gadyen legal an rezèv (standby guardian) ki ladan l pèmèt ou nonmen, devan de temwen, yon moun pou okipe pitit ou si yo mete w nan detansyon.

know_your_rights-gist = Tout moun ki Etazini gen dwa sa yo, kèlkeswa estati yo. <b>Pa louvri pòt la</b>: mande yo glise nenpòt manda anba l. <b>Rete an silans</b>, <b>pa siyen anyen</b> san avoka, <b>mande yon avoka</b>, epi di: "Mwen pa dakò pou nou fouye m." Pa bay manti, pa kouri, pa reziste, e pa janm montre fo papye.

community_support-gist = Gen gwoup nan Connecticut ki sipòte imigran ak fòmasyon, akonpayman nan tribinal, pwogram pou jèn ak bezwen debaz: pa egzanp CIRC (yon rezo nan tout eta a), ULA nan New Haven (dwa travayè, akonpaye w nan tribinal), C4D (jèn san papye ki dirije l) ak Make the Road nan Bridgeport ak Hartford. Pou manje, lojman oswa yon kriz, konpoze 2-1-1, 24 è sou 24. Se sèlman yon avoka oswa yon reprezantan ki gen akreditasyon DOJ ki ka ba w konsèy legal sou imigrasyon.
