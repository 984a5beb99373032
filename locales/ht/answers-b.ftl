## Repons an kreyòl, pati B: dwa ak lalwa (warrant_types rive compliance_oversight)
## ak sijè konvèsasyon yo (greeting rive bot_privacy).
## Fòma ak règ pou ekri: CONTENT.md. Enfòmasyon: shared/facts (addendum lan gen dènye mo a).
## Bot la ajoute lis "Ki moun pou rele" a ak pye paj la li menm: pa repete yo isit la.

## warrant_types
warrant_types-title = Manda jij siyen oswa fòm ICE
warrant_types-summary = Kijan pou w konnen diferans ant yon manda jij siyen ak yon fòm ICE, ak sa chak pèmèt ajan yo fè.
warrant_types-body =
    An jeneral, ofisye yo bezwen yon manda <b>jij</b> siyen pou yo antre lakay ou san pèmisyon w. Pifò papye ICE pa siyen pa yon jij.
    
    <b>Manda jij siyen (ki soti nan yon tribinal)</b>
    • Anlè papye a, gen non yon tribinal, tankou "United States District Court" oswa yon tribinal Connecticut.
    • Se yon jij oswa yon magistrate (yon kalite jij) ki siyen l.
    • Li bay non moun nan oswa adrès la. Tcheke si non an ak adrès la bon, epi si dat la valab.
    • Yon manda fouy pèmèt ofisye yo antre nan kote ki ekri sou li yo. Yon manda arestasyon pèmèt yo antre lakay moun ki nonmen an si yo kwè moun nan anndan.
    
    <b>Manda administratif ICE</b>
    • Se yon fòm Depatman Sekirite Enteryè (DHS), anjeneral <b>I-200</b> (arestasyon) oswa <b>I-205</b> (depòtasyon).
    • Se yon ofisye imigrasyon ki siyen l, pa yon jij.
    • Depi plizyè ane, avoka ak defansè dwa moun di li pa pèmèt yo antre lakay ou si ou pa dakò.
    • Nan travay, li pa pèmèt ajan yo antre nan espas prive ki pou anplwaye sèlman, sof si patwon an dakò.
    
    <b>Gwo chanjman 2026:</b> yon memo ICE ki vin piblik an janvye 2026 di ajan yo ka fòse antre lakay yon moun ak yon I-205 lè moun nan gen yon lòd depòtasyon final. Anpil avoka di sa vyole Konstitisyon Etazini, e yo rapòte gen pwosè sou sa. Si ajan yo fòse antre, pa reziste. Di klèman "Mwen pa dakò", rete an silans, epi kontakte yon avoka.
    
    <b>Devan pòt la</b>
    • Pa louvri pòt la. Mande yo glise manda a anba pòt la oswa kenbe l devan yon fenèt.
    • Li non an, adrès la, dat la ak ki moun ki siyen l.
    • Si se pa yon manda jij siyen pou adrès ou, ou ka kite pòt la fèmen. Di: "Mwen pa dakò pou nou antre. Mwen vle rete an silans. Mwen vle pale ak yon avoka."
    • Si se yon manda jij siyen, yo ka antre. Pa reziste. Ou toujou ka rete an silans.
    
    Nan Connecticut, lapolis, jèl ak prizon pa ka kenbe w ni arete w sèlman poutèt yon manda administratif ICE (gade Trust Act la). Règ sa a limite ofisye Connecticut yo; li pa anpeche ICE li menm aji.

## right_to_silence
right_to_silence-title = Dwa pou w rete an silans
right_to_silence-summary = Ou ka pa di kote ou fèt ni ki estati w. Pa janm bay manti ni montre fo papye.
right_to_silence-body =
    Tout moun ki Etazini gen dwa sa yo, kèlkeswa estati imigrasyon yo. Lè w sèvi ak yo, sa ka pa anpeche yo arete w sou plas, men sa pwoteje dosye w pita.
    
    <b>Ou pa oblije di</b>
    • ki kote ou fèt oswa ki peyi ou soti;
    • ki estati imigrasyon ou;
    • kijan oswa ki lè ou te vin Etazini.
    
    Ou ka di: "Mwen vle rete an silans. Mwen vle pale ak yon avoka." Apre sa, pa pale ankò. Yon kat wouj ka di sa pou ou.
    
    <b>Non w</b>
    Èd legal gratis nan Connecticut konseye: si otorite yo mande non w, di yo l. Lè w bay non w, sa pa vle di ou oblije reponn lòt kesyon.
    
    <b>Fouy</b>
    Ou ka di: "Mwen pa dakò pou nou fouye m." Ofisye yo ka toujou tate rad ou pa deyò pou chèche zam. Si yo fouye w kanmenm, pa reziste.
    
    <b>Papye</b>
    • Si ou gen yon estati imigrasyon legal, ou dwe montre prèv li bay ajan ICE si yo mande l. Ou pa oblije montre l bay lapolis lokal.
    • Si w ap kondwi, ou dwe montre lisans ou, rejistrasyon machin nan ak prèv asirans.
    • Defansè dwa moun konseye pa mache ak papye yon lòt peyi, tankou yon paspò etranje, ki montre ki kote ou soti.
    
    <b>Pa janm</b>
    • bay manti oswa bay yon fo non;
    • montre fo papye;
    • di ou se sitwayen ameriken si se pa vre;
    • kouri oswa goumen, menm si ou panse ofisye yo an tò.
    Bagay sa yo ka fè w plis mal pase silans.
    
    Sa ou di lapolis sou estati w ka rive jwenn ICE: lalwa federal pa kite eta yo entèdi pataje enfòmasyon sou estati. Si ou nan detansyon, yo koute apèl telefòn yo, kidonk pale sou ka w sèlman ak avoka w.

## signing_documents
signing_documents-title = Anvan ou siyen anyen
signing_documents-summary = Pa siyen papye ICE, tankou depa volontè, anvan ou pale ak yon avoka.
signing_documents-body =
    ICE oswa ofisye detansyon ka mande w siyen papye. Gen ladan yo ki ka fè w pèdi chans ou pou rete Etazini. <b>Pa siyen anyen ou pa fin konprann, epi pa siyen anyen anvan ou pale ak yon avoka.</b>
    
    <b>Fè plis atansyon ak</b>
    • <b>Depa volontè (voluntary departure):</b> ou dakò pou w kite Etazini.
    • <b>Depòtasyon ou aksepte (stipulated removal):</b> ou dakò pou yo depòte w san ou pa wè yon jij.
    Si w siyen papye sa yo, ou ka pèdi dwa w pou yon odyans ak chans ou pou mande rete, menm si ou ta ka gen yon fason pou rete.
    
    <b>Sa ou ka fè</b>
    • Di: "Mwen p ap siyen anyen toutotan mwen pa pale ak avoka m."
    • Mande yon entèprèt si ou pa fin konprann lang lan.
    • Mande yon kopi chak papye yo ba ou ak chak papye ou siyen.
    • Mande lis sèvis legal gratis oswa bon mache. Gouvènman federal la pa ba w avoka gratis nan tribinal imigrasyon, kidonk rele èd legal gratis bonè.
    • Konnen nimewo A (A-number) ou, sa vle di nimewo dosye imigrasyon w, epi bay fanmi w ak avoka w li.
    
    <b>Atansyon ak "notarios"</b>
    Etazini, yon notario oswa yon notè piblik (notary public) pa yon avoka e li pa ka ede w nan ka imigrasyon. Se sèlman yon avoka oswa yon reprezantan ki gen akreditasyon DOJ nan yon òganizasyon ki pa fè pwofi (nonprofit) e ki rekonèt, ki ka fè sa.
    • Pa janm siyen yon fòm ki vid.
    • Pa janm bay pèsonn dokiman orijinal ou yo.
    • Fòm gouvènman yo gratis.
    • Asire w sit wèb gouvènman yo fini ak .gov.
    Ou ka denonse fwod notario bay Department of Consumer Protection (pwoteksyon konsomatè) Connecticut. Si yo te deja twonpe w, al wè yon vrè avoka imigrasyon byen vit: yo ka petèt repare domaj la.

## trust_act
trust_act-title = TRUST Act Connecticut
trust_act-summary = Lwa Connecticut 2013 ki limite ki lè lapolis, jèl ak prizon ka kenbe moun pou ICE.
trust_act-body =
    TRUST Act (lwa TRUST) se yon lwa lejislati Connecticut te vote an 2013 (Public Act 13-155, ki kòmanse aplike 1ye janvye 2014). Se yon lwa, se pa yon lòd yon gouvènè. Lejislatè yo te fè l pi fò an 2019 e yo te chanje l ankò an 2025. Li l la: <a href="https://www.cga.ct.gov/2026/sup/chap_965.htm#sec_54-192h">General Statutes 54-192h</a>.
    
    <b>Règ prensipal la jodi a</b>
    Ofisye Connecticut lwa a kouvri yo pa ka kenbe w ni arete w sèlman paske ICE voye yon <b>demann detansyon (detainer)</b>, sa vle di yon demann pou kenbe w pou ICE, oswa yon <b>manda administratif</b> ICE. Yo ka fè sa sèlman si:
    • yon <b>jij</b> siyen yon manda;
    • yo te <b>kondane</b> w pou yon krim grav (felony) klas A oswa B;
    • yo te <b>kondane</b> w pou youn nan 13 krim yo te ajoute an 2025, tankou agresyon seksyèl dezyèm oswa twazyèm degre, mete yon timoun an danje, trangle yon moun (premye degre), kanbriyolaj dezyèm degre ak yon zam afe, vyolasyon kriminèl yon lòd pwoteksyon, oswa posede materyèl abi seksyèl sou timoun; oswa
    • non w ka koresponn ak yon non nan baz done federal sou teworis la.
    Yon arestasyon oswa yon akizasyon pa ase. Fòk gen yon kondanasyon.
    
    <b>Ki moun ki dwe respekte l</b>
    Lapolis lokal ak Lapolis Eta a, Department of Correction (prizon eta a), machal tribinal (judicial marshal) ak machal eta (state marshal), pwobasyon (probation) pou granmoun ak pou jèn, anplwaye tribinal ki okipe kosyon, lapolis ak sekirite lekòl, pwokirè yo, ak Board of Pardons and Paroles (gras ak libète kondisyonèl).
    
    <b>Lòt règ</b>
    • Ofisye sa yo pa ka fè travay ICE, kidonk pa gen akò 287(g).
    • Si ICE voye yon demann detansyon, ajans lan dwe ba ou yon kopi epi di w si l ap swiv li.
    • Si ajans lan di ICE ki dat y ap lage w, li dwe ba ou ak avoka w yon kopi ak rezon an alekri.
    • Ansyen limit 48 èdtan pou kenbe moun nan te retire an 2019. Jodi a, lwa eta a pèmèt kenbe moun sèlman nan ka ki nan lis anwo a.
    
    <b>Si yo vyole lwa a</b>
    Depi 1ye oktòb 2025, ou ka fè pwosè kont yon vil si lapolis li oswa lapolis lekòl li vyole lwa sa a. Yon tribinal ka ba yo lòd pou yo sispann, men ou pa ka jwenn lajan pou domaj. Si ou genyen, vil la ka oblije peye frè avoka w. Pa gen pwosè konsa kont ajans eta yo, tankou Department of Correction oswa Lapolis Eta a.
    
    <b>Sa li pa fè</b>
    Li limite ofisye Connecticut yo sèlman. Li pa anpeche ajan ICE fè pwòp arestasyon pa yo. Anprent dwèt yo pran nan nenpòt arestasyon toujou rive jwenn ICE.
    
    <b>Nan tribinal:</b> Depatman Jistis Etazini te fè pwosè kont Connecticut ak New Haven sou lwa sa a nan tribinal federal nan prentan 2026 (dapre rapò). Nou pa konnen rezilta a. Mande èd legal gratis si gen nouvèl.

## police_share_with_ice
police_share_with_ice-title = Èske lapolis di ICE?
police_share_with_ice-summary = Sa lapolis Connecticut ka di ICE ak sa li pa ka di, ak poukisa anprent dwèt ou toujou rive jwenn ICE.
police_share_with_ice-body =
    <b>Repons kout:</b> pa gen okenn lwa Connecticut ki oblije lapolis di ICE anyen sou moun ki san papye. Lwa eta a limite sa yo ka pataje. Men si yo arete w, anprent dwèt ou rive jwenn ICE otomatikman.
    
    <b>Sa lwa Connecticut limite</b>
    • Lè ICE mande pou yo di l ki dat y ap lage w, sa konte kòm yon demann detansyon (detainer). Lapolis, jèl ak prizon pa ta dwe di ICE ki lè y ap lage w, sof si gen yon manda jij siyen, yon kondanasyon pou yon krim grav (felony) klas A oswa B oswa pou youn nan 13 krim ki nan lis la, oswa si non w ka sou lis siveyans teworis la.
    • Si yo di ICE ki dat y ap lage w, yo dwe ba ou ak avoka w yon kopi ak rezon an alekri.
    • Si ICE voye yon demann detansyon pou ou, ou dwe resevwa yon kopi, epi yo dwe di w si ajans lan ap swiv li.
    • Lapolis pa ka bay ICE "enfòmasyon konfidansyèl", sof nan kèk ka byen limite. Sa vle di: si ou viktim vyolans domestik oswa agresyon seksyèl, si ou temwen yon krim, si ou resevwa asistans piblik, oryantasyon seksyèl ou, nimewo Sekirite Sosyal ou ak dosye finansye w.
    • Depi 18 novanm 2025, ajans eta ak ajans lokal pa ka bay ICE adrès ou, travay ou, lekòl ou oswa lè randevou w lè yo pa piblik, ak kèk eksepsyon.
    
    <b>Sa Connecticut pa anpeche</b>
    • <b>Anprent dwèt:</b> anprent yo pran nan nenpòt arestasyon ale jwenn FBI, epi apre sa otomatikman jwenn ICE (pwogram federal "Secure Communities", nan tout eta a depi 22 fevriye 2012). Eta a pa gen kontwòl sou sa. Apre sa, ICE ka chèche w pou kont li.
    • <b>Enfòmasyon sou estati:</b> lalwa federal (8 U.S.C. 1373) pa kite eta yo entèdi pataje enfòmasyon sou sitwayènte oswa estati imigrasyon yon moun, e Connecticut di li respekte lwa sa a. Kidonk kenbe estati w pou ou: ou gen dwa rete an silans.
    • <b>Baz done:</b> ICE te gen aksè nan COLLECT, yon baz done lapolis eta a ki gen dosye DMV ladan l. Nan mwa novanm 2025, Connecticut pa t ankò bloke rechèch ICE nan dosye DMV atravè yon rezo lapolis nasyonal. Nou pa konnen si sa chanje.
    
    Règ sa yo mare ofisye Connecticut yo sèlman. ICE ka toujou fè pwòp arestasyon pa l. Si ou panse lapolis pataje enfòmasyon w kont lalwa, pale ak èd legal gratis.

## police_ask_status
police_ask_status-title = Lapolis mande estati w
police_ask_status-summary = Pa gen lwa eta ki anpeche lapolis mande estati imigrasyon w, men ou pa janm oblije reponn.
police_ask_status-body =
    <b>Èske yo ka mande?</b> Pa gen okenn lwa eta Connecticut ki anpeche lapolis poze kesyon sou estati imigrasyon w. An 2025, gouvènè a te di lapolis pa mande estati moun lè yo rete yo pou bagay òdinè, tankou kondwi twò vit. Se konsa lapolis abitye travay; se pa yon lwa.
    
    <b>Kèk vil gen pwòp règ yo</b>
    • <b>New Haven:</b> yon lòd lapolis depi 2006 (General Order 06-2) ak lòd "Welcoming City" (vil ki akeyi moun) 2020 di lapolis ak anplwaye vil la pa mande estati moun.
    • <b>Hartford:</b> yon règleman vil la (ordinance) an 2008 di lapolis pa ka arete ni kenbe pèsonn sèlman pou estati yo oswa pou yon manda administratif ICE, e anplwaye vil la pa mande estati moun pou sèvis vil la.
    Anpil lòt vil pa gen règ konsa.
    
    <b>Ou pa janm oblije reponn</b>
    Kèlkeswa moun ki mande w, ou ka di: "Mwen vle rete an silans." Ou pa oblije di kote ou fèt, ki estati w oswa kijan ou te vin isit la. Èd legal gratis nan Connecticut konseye w bay non w si yo mande l.
    
    Si w ap kondwi, ou dwe montre lisans ou, rejistrasyon ak asirans. Yon lisans Connecticut pou kondwi sèlman (drive-only) se yon lisans valab pou kondwi.
    
    <b>Pa</b> bay manti, pa montre fo papye, epi pa di ou se sitwayen ameriken si se pa vre.
    
    <b>Poukisa silans enpòtan</b>
    Sa ou di lapolis sou estati w ka pase bay ICE: lalwa federal pa kite eta yo entèdi pataje enfòmasyon sou estati. Trust Act la limite kenbe w pou ICE, men li pa anpeche lapolis poze kesyon.
    
    <b>Si ou santi yo te vize w</b>
    Apre yo fin rete w nan wout, lapolis Connecticut dwe di w kijan pou pote plent pou pwofilaj rasyal. Ou ka pote l nan depatman lapolis la oswa nan Commission on Human Rights and Opportunities (CHRO). Ekri non ofisye a, nimewo badj li, lè a ak kote a.

## ice_interview_custody
ice_interview_custody-title = Entèvyou ICE nan prizon
ice_interview_custody-summary = Ki lè jèl, prizon ak lapolis Connecticut ka kite ICE fè entèvyou ak yon moun yo kenbe.
ice_interview_custody-body =
    Si ou menm oswa yon fanmi w nan yon jèl, yon prizon oswa yon estasyon lapolis nan Connecticut, ICE ka mande pou l fè entèvyou ak moun nan. Lwa Connecticut (General Statutes 54-192h) limite sa.
    
    <b>Règ la</b>
    Jèl, prizon ak lapolis Connecticut <b>pa</b> ka kite ICE fè entèvyou ak yon moun yo kenbe, sof si:
    • moun nan te <b>kondane</b> pou yon krim grav (felony) klas A oswa B, oswa pou youn nan 13 krim ki nan lis la (tankou agresyon seksyèl dezyèm oswa twazyèm degre, trangle yon moun premye degre, oswa vyolasyon kriminèl yon lòd pwoteksyon);
    • non moun nan ka koresponn ak yon non nan baz done federal sou teworis la; oswa
    • yon tribinal federal bay lòd pou sa.
    Yon arestasyon oswa yon akizasyon pou kont li pa ase.
    
    <b>Ou toujou ka refize reponn</b>
    Menm si ICE rive wè w, ou pa oblije reponn kesyon. Ou ka di: "Mwen vle rete an silans. Mwen vle pale ak yon avoka." Pa siyen anyen san yon avoka. Pa bay manti ni montre fo papye.
    
    <b>Sa lwa Connecticut pa pwomèt</b>
    Gen sit wèb ki di Connecticut dwe ba ou yon avi alekri oswa yon fòm konsantman anvan yon entèvyou ICE. Se lwa Kalifòni sa ye, se pa lwa Connecticut. Yon pwojè lwa konsa te echwe nan Connecticut an 2018. Pa tann yon fòm: mande yon avoka touswit.
    
    <b>Dosye ak plent</b>
    Dosye sou aksè ICE te genyen a moun ki nan prizon yo se dosye piblik, e depatman lapolis lokal yo rapòte aksè sa a bay eta a. Si lapolis yon vil vyole règ sa a, ou ka mande yon tribinal ba yo lòd pou yo sispann (pa gen lajan pou domaj). Pale ak èd legal gratis sou sa k te pase a.
    
    Règ sa a mare ofisye Connecticut yo sèlman. Li pa aplike lè yon moun deja nan men ICE.

## report_crime_safely
report_crime_safely-title = Rapòte yon krim san danje
report_crime_safely-summary = Viktim krim ka jwenn èd kèlkeswa estati yo, tankou viza U, viza T ak VAWA.
report_crime_safely-body =
    <b>Si ou an danje, rele 911.</b> Ou ka jwenn èd kòm viktim krim kèlkeswa estati imigrasyon w. Liy èd pou vyolans domestik ak agresyon seksyèl yo gratis e konfidansyèl.
    
    <b>Sa lapolis ka pataje ak ICE</b>
    Dapre Trust Act Connecticut la, si ou viktim vyolans domestik oswa agresyon seksyèl, oswa temwen yon krim, se "enfòmasyon konfidansyèl". Lapolis pa ka bay ICE li, sof nan kèk ka byen limite. Yon avètisman: si se <i>ou menm</i> yo arete epi yo pran anprent dwèt ou, anprent sa yo ale jwenn ICE otomatikman.
    
    <b>Opsyon imigrasyon pou viktim</b>
    • <b>Viza U:</b> pou viktim kèk krim, tankou vyolans domestik oswa agresyon seksyèl, ki te soufri gwo domaj epi ki te ede, k ap ede oswa ki gen chans pou ede lapolis oswa pwokirè yo. Fòk yon ajans ki ka sètifye, tankou lapolis, yon pwokirè oswa yon jij, siyen yon fòm (Form I-918 Supplement B). Yo pa bezwen arete ni kondane moun ki atake w la. Li bay jiska 4 ane estati, yon pèmi travay ak yon chemen pou yon kat vèt (green card). Yo bay sèlman 10 000 chak ane, kidonk gen yon lis datant; moun ki sou lis la ka jwenn pwoteksyon kont depòtasyon.
    • <b>Viza T:</b> pou viktim trafik moun.
    • <b>VAWA (demann pou kont ou):</b> si mari w oswa madanm ou (moun ou marye legalman avè l) oswa paran w, ki sitwayen ameriken oswa rezidan pèmanan, maltrete w, oswa si pitit ou ki granmoun e ki sitwayen ameriken maltrete w, ou ka fè demann nan pou kont ou, san moun ki maltrete w la pa konnen. Gouvènman federal la dwe kenbe sa konfidansyèl.
    
    <b>Règ Connecticut sou viza U</b>
    Depi 1ye jiyè 2021, chak ajans lapolis Connecticut dwe nonmen yon ofisye pou okipe demann sètifikasyon viza U (General Statutes 46b-38b). Yo dwe aji sou demann lan anvan 60 jou pase, oswa anvan 14 jou pase si viktim nan an detansyon oswa si li gen yon ka depòtasyon, oswa si yon manm fanmi prèt pou depase laj pou l kalifye.
    
    Pale ak èd legal gratis oswa yon avoka imigrasyon anvan ou fè demann. Yo ka di w ki opsyon ki bon pou ou.

## sensitive_places
sensitive_places-title = Lekòl, lopital, legliz
sensitive_places-summary = Limit federal sou ICE nan lekòl ak lopital fini; gen yon pwosè kont pwòp lwa Connecticut la.
sensitive_places-body =
    <b>Politik federal la chanje</b>
    Pandan plizyè ane, ICE te gen yon politik pou l evite fè arestasyon nan lekòl, lopital, legliz ak lòt kote konsa, pifò tan. Yo te anile politik sa a 20 janvye 2025. Kounye a, se chak ofisye ICE ki deside, e ICE ka aji nan kote sa yo.
    
    <b>Lwa pa Connecticut (depi 1ye oktòb 2026)</b>
    Public Act 26-14, ki siyen 4 me 2026, di okenn ofisye, <b>menm ajan federal tankou ICE</b>, pa ka arete ni kenbe pèsonn pou yon zafè sivil (ki pa kriminèl), tankou imigrasyon, nan kote sa yo, sof si yo gen yon manda <b>jij</b> siyen:
    • lekòl, depi preskolè rive nan inivèsite;
    • lopital ak sant swen ijan;
    • legliz ak lòt kote pou priye oswa etidye relijyon;
    • gadri, teren jwèt, sant rekreyasyon, pwogram anvan ak apre lekòl, ak arè otobis lekòl lè gen timoun la;
    • abri, bank manje, sant kriz ak sant pou vyolans domestik, tretman pou dwòg ak alkòl, ak lòt sèvis sosyal;
    • kote yo bay èd apre dezas ak simityè;
    • bilding ajans eta ak bilding vil.
    Sa gen ladan lakou yo ak pakin yo. Yon ansyen kondanasyon pa chanje anyen: se sèlman yon manda jij siyen ki pèmèt arestasyon an. Yon moun yo arete kont lwa sa a ka fè pwosè, e li ka jwenn lajan pou domaj. Lwa a pa anpeche arestasyon pou krim.
    
    Menm lwa a di ofisye yo, menm ajan federal, pa ka mete mas lè y ap travay ak piblik la (ak kèk eksepsyon), e yo dwe montre yon badj ak yon etikèt non. Vyole règ sa yo ka yon krim (yon ti krim klas D, class D misdemeanor).
    
    <b>Gen batay nan tribinal</b>
    Depatman Jistis Etazini te fè pwosè kont Connecticut sou lwa sa a nan tribinal federal nan prentan 2026. Se la y ap deside si yo ka aplike l kont ICE. Nou pa konnen rezilta a, kidonk mande èd legal gratis si gen nouvèl, epi konnen dwa w tout kote ou ale.
    
    <b>Tribinal yo</b>
    Tribinal pa t janm sou lis federal la. Connecticut pwoteje tribinal eta yo ak yon lòt lwa 2025: pa gen arestasyon sivil sou teren tribinal sof si ajan an montre yon machal tribinal (judicial marshal) yon manda jij siyen, prèv kèk kondanasyon grav, oswa non moun nan sou lis siveyans teworis la.

## school_rights
school_rights-title = Pitit ou ak lekòl
school_rights-summary = Tout timoun ka ale lekòl piblik. Sa lekòl ka pataje, ak sa k rive si ICE vini.
school_rights-body =
    <b>Tout timoun ka ale lekòl piblik</b>
    Tout timoun ki Etazini gen dwa pou yon edikasyon piblik gratis depi jadendanfan (kindergarten) rive nan 12yèm ane, kèlkeswa estati imigrasyon timoun nan oswa paran l. Lakou Siprèm Etazini te deside sa an 1982 (Plyler v. Doe).
    
    <b>Sa lekòl ranmase ak sa yo pataje</b>
    • Lekòl Connecticut pa oblije ranmase estati imigrasyon elèv yo oswa fanmi yo (gid Depatman Edikasyon eta a, 28 janvye 2025).
    • Yon lwa federal sou vi prive, FERPA, pwoteje dosye elèv yo.
    • Konsèy lekòl ak inivèsite ka bay ICE enfòmasyon konfidansyèl yon elèv, tankou estati imigrasyon l, sèlman ak pèmisyon alekri, pou yon envestigasyon sou teworis, oswa lè yon lwa, yon manda jij siyen oswa yon lòd tribinal egzije sa (General Statutes 10a-11i).
    • Depi 18 novanm 2025, ajans piblik yo, tankou lekòl piblik, pa ka di ICE ki lekòl yon moun ale oswa ki lè li lekòl, lè sa pa piblik, ak kèk eksepsyon.
    
    <b>Si ICE vin nan yon lekòl</b>
    Depi mas 2025 (Public Act 25-1), chak lekòl piblik dwe nonmen yon administratè pou trete ak ajan imigrasyon. Anplwaye yo ka mande ajan yo pyès idantite yo ak yon manda jij siyen, epi yo ka pale ak yon avoka anvan.
    
    Depi 1ye oktòb 2026, yon lwa Connecticut (Public Act 26-14) di okenn ofisye, menm ICE, pa ka fè yon arestasyon sivil san manda jij siyen nan lekòl depi preskolè rive nan inivèsite, nan gadri, sou teren jwèt, oswa nan arè otobis lekòl lè gen timoun la. Depatman Jistis Etazini ap konteste lwa sa a nan tribinal federal, kidonk mande èd legal gratis pou dènye nouvèl yo.
    
    <b>Sa paran yo ka fè</b>
    • Kenbe kontak ijans pitit ou nan lekòl la ajou, ak granmoun ou fè konfyans ki ka vin chèche pitit ou.
    • Fè yon plan fanmi, ki di ki moun k ap okipe pitit ou yo si yo mete w nan detansyon.
    • Aprann pitit ou yo yo ka rete an silans e yo pa oblije reponn kesyon sou estati fanmi an.

## ice_cooperation_programs
ice_cooperation_programs-title = 287(g) ak pwogram ICE
ice_cooperation_programs-summary = Secure Communities, 287(g), PEP ak baz done eta a: kijan ICE travay ak ajans Connecticut yo.
ice_cooperation_programs-body =
    <b>Secure Communities (anprent dwèt)</b>
    Lè yo arete nenpòt moun epi yo pran anprent dwèt li nan Connecticut, anprent yo ale jwenn FBI, epi apre sa otomatikman jwenn ICE. Pwogram federal sa a kouvri tout Connecticut depi 22 fevriye 2012. An 2012, eta a te di li pa gen kontwòl sou li, e Trust Act la pa anpeche l. Apre sa, ICE ka voye yon demann detansyon (detainer), men ofisye Connecticut yo ka swiv li sèlman nan ka Trust Act la pèmèt.
    
    <b>Akò 287(g)</b>
    Avèk 287(g), ICE kite ofisye lokal fè travay ajan imigrasyon. Depi 1ye oktòb 2019, Trust Act la entèdi lapolis Connecticut, jèl, machal, pwobasyon, lapolis lekòl ak pwokirè fè travay ICE dapre 287(g) oswa nenpòt lòt akò. Lapolis Danbury te gen yon akò 287(g) depi 2009. Nou pa konnen si yo te fini l ofisyèlman, men li pa t ka kontinye legalman apre 2019.
    
    <b>PEP</b>
    Priority Enforcement Program (PEP) te fini an janvye 2017. Li pa egziste ankò.
    
    <b>Done lapolis eta a ak DMV</b>
    ICE te gen aksè nan COLLECT, baz done lapolis eta a, ki gen dosye DMV ladan l, dapre yon akò 2016 ak yon memo 2018. Nan mwa novanm 2025, Connecticut pa t ankò bloke rechèch ICE nan dosye DMV atravè Nlets, yon rezo lapolis nasyonal, menm apre manm Kongrè yo te mande gouvènè a fè sa. Nou pa konnen si youn nan de bagay sa yo chanje depi lè sa a.
    
    <b>Kamera plak machin</b>
    Depi 1ye oktòb 2026, ajans Connecticut pa ka sèvi ak done kamera plak machin pou aplike lwa imigrasyon. Ajans federal ak lòt ajans deyò bezwen yon manda jij siyen (oswa non moun nan sou lis siveyans teworis la) pou jwenn done sa yo. Sa fè pati Public Act 26-14, yon lwa Depatman Jistis Etazini ap konteste nan tribinal.
    
    <b>SCAAP</b>
    SCAAP se yon lajan federal (grant) ki ranbouse yon pati nan sa li koute pou kenbe kèk moun nan prizon. Se pa yon règ sou demann detansyon, e li pa oblije lapolis kenbe pèsonn pou ICE.

## local_policies
local_policies-title = Règ vil ak komin yo
local_policies-summary = Règ New Haven, Hartford ak lòt vil sou ICE, ak kijan Connecticut konpare ak lòt eta.
local_policies-body =
    <b>Èske Connecticut se yon "eta sanktyè" (sanctuary state)?</b>
    Pa gen okenn lwa Connecticut ki sèvi ak mo sa a. Pwokirè Jeneral eta a (Attorney General) di pa gen anyen nan lwa eta a ki fè l yon eta "sanktyè", menm si gouvènman federal la te mete Connecticut sou lis "sanktyè" li yo an 2025. Sa Connecticut genyen se <b>Trust Act</b> la, yon lwa eta ki limite jan lapolis, jèl ak lòt moun ede ICE nan tout vil.
    
    <b>New Haven</b>
    • Lòd lapolis depi 2006 (General Order 06-2): ofisye yo pa mande estati imigrasyon e yo pa arete moun sou baz yon manda administratif ICE.
    • An 2007, New Haven te kreye premye kat idantite vil nan peyi a, pou tout moun kèlkeswa estati yo.
    • Lòd "Welcoming City", vil ki akeyi moun (23 jiyè 2020): anplwaye vil la pa mande estati sof si lalwa egzije sa, e vil la pa sèvi ak resous li pou aplike lwa imigrasyon.
    
    <b>Hartford</b>
    Yon règleman vil la (ordinance) an 2008: lapolis pa arete ni kenbe pèsonn sèlman poutèt estati imigrasyon oswa yon manda administratif ICE, e sèvis vil la louvri pou tout moun kèlkeswa estati yo.
    
    <b>Lòt vil</b>
    An 2017, yon rapò federal te mete East Haven sou lis vil ki pa respekte demann detansyon (detainer) ICE yo, e konsèy vil Bloomfield te vote pou l pa ede aplike yo. Se pa tout vil ki menm: menm ane 2017 la, majistra Danbury te di lapolis li ta ede ICE jwenn sèten moun lè yo mande l. Trust Act la toujou aplike nan tout vil.
    
    <b>Nan tribinal</b>
    Nan prentan 2026, Depatman Jistis Etazini te fè pwosè kont Connecticut ak New Haven sou Trust Act la ak lòd Welcoming City New Haven nan (dapre rapò). Ka a nan tribinal federal, e nou pa konnen rezilta a.
    
    <b>Konpare ak lòt eta</b>
    • Defansè dwa moun te di Connecticut se premye eta ki te vote yon Trust Act (2013).
    • Kalifòni egzije yon fòm konsantman anvan ICE fè entèvyou ak moun nan prizon; Connecticut pa gen règ konsa.
    • New York, Illinois, Massachusetts, Minnesota ak Washington te bloke rechèch ICE nan dosye DMV atravè yon rezo lapolis nasyonal anvan novanm 2025; Connecticut pa t fè sa.
    
    Règ vil yo ka chanje. Mande yon gwoup lokal oswa èd legal gratis ki règ ki aplike kote ou rete a.

## data_privacy
data_privacy-title = Done w ak ICE
data_privacy-summary = Sa ajans Connecticut, DMV, lapolis ak lekòl ka pataje sou ou ak ICE.
data_privacy-body =
    <b>Lwa Connecticut sou done (depi 18 novanm 2025)</b>
    Ajans eta ak ajans lokal nan Connecticut pa ka bay enfòmasyon sa yo sou ou, lè yo pa piblik, a okenn moun andeyò gouvènman Connecticut, ICE ladan l:
    • adrès ou;
    • kote ou travay ak lè ou travay;
    • lekòl ou ak lè ou lekòl;
    • dat, lè ak kote odyans oswa randevou ou gen ak yon ajans.
    
    <b>Eksepsyon:</b> pèmisyon ou bay alekri; yon envestigasyon kriminèl (sof si Trust Act la entèdi pataje); lè yon lwa eta oswa federal, yon manda jij siyen oswa yon lòd tribinal egzije sa; ak kèk ka sou vi prive nan sante ak done ki pibliye. Se sèlman Pwokirè Jeneral eta a (Attorney General) ki ka ale nan tribinal pou fè respekte lwa sa a; ou pa ka fè pwosè ou menm dapre lwa sa a. (General Statutes 4-67ee)
    
    <b>Lapolis</b>
    Lapolis pa ka bay ICE "enfòmasyon konfidansyèl", tankou si ou viktim vyolans domestik oswa agresyon seksyèl oswa temwen yon krim, si ou resevwa asistans piblik, oswa nimewo Sekirite Sosyal ou, sof nan kèk ka byen limite. Men anprent dwèt nenpòt arestasyon ale jwenn ICE otomatikman.
    
    <b>DMV ak lisans pou kondwi sèlman</b>
    Moun ki pa ka pwouve prezans legal yo ka jwenn yon lisans pou kondwi sèlman (drive-only, General Statutes 14-36m). Pou nou onèt sou risk la: dosye DMV yo nan COLLECT, yon baz done lapolis eta a ICE te ka sèvi ak li, e pa gen okenn lwa Connecticut ki entèdi DMV pataje ak ICE espesyalman. Nan mwa novanm 2025, Connecticut pa t bloke rechèch ICE nan dosye DMV atravè Nlets, yon rezo lapolis nasyonal. Nou pa konnen si sa chanje, ni kijan lwa 2025 sou done a afekte sa.
    
    <b>Kamera plak machin</b>
    Depi 1ye oktòb 2026, ajans Connecticut pa ka sèvi ak done kamera plak machin pou aplike lwa imigrasyon, e yo dwe limite jan yo pataje yo (Public Act 26-14, yon lwa Depatman Jistis Etazini ap konteste nan tribinal).
    
    <b>Lekòl</b>
    Lekòl Connecticut pa oblije ranmase estati imigrasyon, lwa federal sou vi prive FERPA pwoteje dosye elèv yo, e inivèsite ak konsèy lekòl ka bay ICE estati yon elèv sèlman nan kèk ka byen limite.
    
    Si ou panse yon ajans pataje enfòmasyon w kont lalwa, pale ak èd legal gratis.

## daca_minors
daca_minors-title = DACA ak jèn moun
daca_minors-summary = Dwa moun ki gen DACA ak jèn moun nan lekòl ak inivèsite, ak ki kote pou jwenn èd.
daca_minors-body =
    <b>Lekòl ak inivèsite</b>
    • Tout timoun ka ale lekòl piblik depi jadendanfan (kindergarten) rive nan 12yèm ane, kèlkeswa estati yo.
    • Lekòl Connecticut pa oblije ranmase estati imigrasyon, e lwa federal sou vi prive FERPA pwoteje dosye elèv yo.
    • Konsèy lekòl, kolèj ak inivèsite ka bay ICE enfòmasyon konfidansyèl yon elèv, tankou estati imigrasyon l, sèlman ak pèmisyon alekri, pou yon envestigasyon sou teworis, oswa lè yon lwa, yon manda jij siyen oswa yon lòd tribinal egzije sa.
    
    <b>DACA</b>
    Nou pa gen enfòmasyon serye e ajou sou demann DACA, renouvèlman oswa dat limit, kidonk nou p ap devine. Anvan ou fè demann, renouvle oswa vwayaje, pale ak yon avoka imigrasyon oswa yon reprezantan ki gen akreditasyon DOJ nan yon òganizasyon ki pa fè pwofi (nonprofit), pa janm yon notario. Yo ka gade tout opsyon ou yo.
    
    Kite kopi papye imigrasyon ou yo ak yon moun ou fè konfyans.
    
    <b>Ou gen menm dwa yo</b>
    Avèk oswa san DACA, e kèlkeswa laj ou, ou ka rete an silans, mande yon avoka, epi refize siyen papye ou pa konprann. Trust Act Connecticut la pa gen yon kategori espesyal pou moun ki gen DACA oswa pou moun ki poko gen 18 an: menm limit sou lapolis ak jèl yo pwoteje tout moun.
    
    <b>Connecticut Students for a Dream (C4D)</b>
    Yon gwoup jèn moun san papye dirije depi 2010, ki fè pati rezo United We Dream. Yo bay fòmasyon sou dwa moun e yo ede jèn yo antre nan inivèsite.
    
    <b>Si yo mete yon jèn moun nan detansyon</b>
    Zouti ICE sou entènèt pou chèche moun ki an detansyon (detainee locator) pa montre moun ki poko gen 18 an. Si yo pran yon timoun oswa yon adolesan, kontakte yon avoka oswa èd legal gratis touswit.

## law_changes
law_changes-title = Sa ki chanje dènyèman
law_changes-summary = Nouvo règ Connecticut ak federal 2025 ak 2026, ak pwosè ki fèt kont yo.
law_changes-body =
    Règ yo chanje anpil an 2025 ak 2026. Enfòmasyon nou yo rive jiska anviwon me 2026, kidonk bagay ka chanje depi lè sa a. Tcheke ak èd legal gratis anvan ou konte sou yo.
    
    <b>Federal</b>
    • <b>20 janvye 2025:</b> yo anile politik federal ki te kenbe ICE lwen pifò lekòl, lopital ak legliz.
    • <b>Janvye 2026:</b> yon memo ICE parèt ki di ajan yo ka fòse antre lakay yon moun ak yon fòm I-205 (yon jij pa siyen l) si moun nan gen yon lòd depòtasyon final. Anpil avoka di sa kont Konstitisyon an; yo rapòte gen pwosè.
    • <b>Prentan 2026:</b> Depatman Jistis Etazini fè pwosè kont Connecticut ak New Haven sou Trust Act la ak lòd Welcoming City New Haven nan, epi li fè yon lòt pwosè kont Connecticut sou Public Act 26-14. De ka yo nan tribinal federal; nou pa konnen rezilta yo.
    
    <b>Connecticut</b>
    • <b>Mas 2025:</b> chak lekòl piblik dwe nonmen yon administratè pou trete ak ICE, e anplwaye yo ka mande pyès idantite ak yon manda jij siyen (Public Act 25-1).
    • <b>1ye oktòb 2025:</b> chanjman nan Trust Act la (Public Act 25-29). Kondanasyon pou 13 lòt krim kounye a pèmèt yo kenbe moun pou ICE. Kounye a lwa a kouvri pwokirè yo, pwobasyon pou jèn ak Board of Pardons and Paroles. Ou ka fè pwosè kont yon vil si lapolis li vyole lwa a (lòd tribinal, pa lajan).
    • <b>18 novanm 2025</b> (sesyon espesyal novanm, Public Act 25-3): pa gen arestasyon sivil sou teren tribinal eta san manda jij siyen, yon kondanasyon ki nan lis la oswa non sou lis siveyans teworis la, e se yon machal tribinal (judicial marshal) ki tcheke sa; pa gen ofisye ak mas nan tribinal san yon bezwen medikal ak dakò yon jij; ajans eta ak lokal pa ka pataje adrès ou, travay ou, lekòl ou oswa lè randevou w lè yo pa piblik, ak kèk eksepsyon.
    • <b>4 me 2026</b> (Public Act 26-14): ofisye yo, menm ajan federal, pa ka mete mas lè y ap travay ak piblik la, ak kèk eksepsyon, e yo dwe montre yon badj ak yon etikèt non; ou ka fè pwosè kont nenpòt ofisye, menm ajan federal, nan tribinal eta si li vyole dwa konstitisyonèl ou; Enspektè Jeneral eta a ka fè ankèt lè ofisye federal sèvi ak fòs ki touye moun.
    • <b>1ye oktòb 2026</b> (menm Public Act 26-14 la): pa gen arestasyon sivil san manda jij siyen nan lekòl, lopital, legliz, abri ak lòt kote ki pwoteje; limit sou kamera plak machin pou aplike lwa imigrasyon.
    
    Gen sit wèb ki pale de yon "Trust Act 2021". Li pa egziste: Trust Act la soti an 2013, e yo te chanje l an 2019 ak 2025.

## compliance_oversight
compliance_oversight-title = Ki moun ki tcheke règ yo
compliance_oversight-summary = Kijan Connecticut tcheke si ajans yo swiv règ li sou ICE: rapò, dosye piblik ak pwosè.
compliance_oversight-body =
    Connecticut sèvi ak rapò, dosye piblik, règ entèn ak pwosè pou fè ajans yo respekte limit li mete sou èd yo bay ICE.
    
    <b>Rapò ak done piblik</b>
    • Depatman lapolis lokal yo fè rapò bay Office of Policy and Management eta a lè ICE jwenn aksè a moun yo kenbe.
    • Eta a pibliye done sa yo sou data.ct.gov anba non <a href="https://catalog.data.gov/dataset/trust-act-ice-access-reporting">"Trust Act ICE Access Reporting"</a>, ak done depi 2021.
    • Dosye sou aksè ICE se dosye piblik. Nenpòt moun ka mande yo dapre Freedom of Information Act (lwa sou aksè a enfòmasyon).
    
    <b>Pwokirè yo</b>
    Depi 13 out 2025, Division of Criminal Justice (pwokirè eta yo) gen yon politik alekri: chak demann detansyon (detainer) ICE ale devan yon sipèvizè, se state's attorney a (pwokirè a) ki deside repons lan, e anplwaye yo dwe anrejistre chak kontak ak ICE. Divizyon an te fè yon fòmasyon sou Trust Act la pou pwokirè yo an janvye 2026.
    
    <b>Avi pou ou</b>
    Si ICE voye yon demann detansyon, ajans lan dwe ba ou yon kopi epi di w si l ap swiv li. Si li di ICE ki dat y ap lage w, ou menm ak avoka w dwe resevwa yon kopi ak rezon an alekri.
    
    <b>Pwosè</b>
    • <b>Trust Act:</b> depi 1ye oktòb 2025, ou ka fè pwosè kont yon vil si lapolis li oswa lapolis lekòl li vyole l. Yon tribinal ka ba yo lòd pou yo sispann; pa gen lajan pou domaj.
    • <b>Tribinal:</b> yon machal tribinal (judicial marshal) dwe tcheke papye yo anvan nenpòt arestasyon sivil sou teren yon tribinal eta. Yon moun yo arete kont lwa sa a ka fè pwosè, e moun ki vyole lwa a ka jwenn pinisyon pou mank respè pou tribinal la (contempt of court). Poko gen okenn ka ki teste si sa mache kont ajan ICE.
    • <b>Done:</b> se sèlman Pwokirè Jeneral eta a (Attorney General) ki ka ale nan tribinal lè yon ajans lokal pataje adrès ou, travay ou oswa randevou w kont lalwa. Lwa a pa pèmèt li fè pwosè kont ajans eta yo pou sa.
    • <b>Kote ki pwoteje (Public Act 26-14):</b> yon moun yo arete san manda jij siyen ka fè pwosè pou lajan pou domaj. Gen yon pwosè kont lwa sa a nan tribinal federal.
    
    Si ou panse yon ajans vyole règ sa yo, pale ak èd legal gratis oswa kontakte ACLU of Connecticut.

## greeting
greeting-title = Byenvini nan kyr
greeting-summary = Yon byenvini, ak sa bot sa a ka fè pou ou.
greeting-body =
    Bonjou, e byenvini. Mwen se kyr, yon gid gratis sou dwa ou kòm imigran nan Connecticut. Mwen ka di w sa pou w fè si ICE vin lakay ou, nan travay ou oswa nan tribinal ou, sa lalwa Connecticut di, ak ki moun pou w rele pou jwenn èd. Poze m kesyon ou jan ou vle, oswa chwazi yon sijè anba a.

## help_menu
help_menu-title = Sa mwen ka fè
help_menu-summary = Sijè ou ka poze m kesyon sou yo.
help_menu-body =
    Ou ka poze m kesyon sou:
    • ICE devan pòt ou, nan travay, nan tribinal oswa nan lari;
    • lè lapolis rete w nan wout ak kesyon lapolis poze;
    • sa pou w fè si yo mete yon moun nan detansyon, ak kijan pou w jwenn li;
    • dwa ou: rete an silans, manda, siyen papye;
    • lwa Connecticut: Trust Act la, lekòl, done w, dènye chanjman yo;
    • jwenn yon avoka, pote plent ak fè yon plan fanmi.
    
    Ekri kesyon ou jan ou vle, oswa voye /topics pou w wè tout sijè yo. Si ICE avè w kounye a, voye /emergency.

## change_language
change_language-title = Chanje lang
change_language-summary = Chwazi English, Español, Português, Kreyòl, Français, Polski, 中文 oswa العربية.
change_language-body =
    Ou ka chwazi English, Español, Português, Kreyòl, Français, Polski, 中文, العربية ak bouton ki anba yo. Ou ka voye /language tou nenpòt ki lè pou w chanje l.

## thanks
thanks-title = Se avèk plezi
thanks-summary = Se avèk plezi. Tanpri pataje sa ou aprann.
thanks-body =
    Se avèk plezi. Pran swen tèt ou, epi pran swen youn lòt. Si sa te ede w, tanpri pataje l ak fanmi w, zanmi w ak vwazen w: moun ki konnen dwa yo pi an sekirite. Mwen la nenpòt ki lè ou gen yon lòt kesyon.

## human_help
human_help-title = Pale ak yon moun
human_help-summary = Sa a se yon bot. Men kijan pou w jwenn vrè moun ki ka ede w.
human_help-body =
    Mwen se yon bot, se pa yon moun, e mwen pa ka gade ka pa w. Gen vrè moun ki ka ede w: èd legal gratis (Statewide Legal Services, oswa CCIF si yon moun nan detansyon oswa si l ap fè fas ak depòtasyon), liy èd United We Dream, ak 2-1-1 pou èd ak manje, lojman oswa yon kriz. Nimewo yo anba a. Si ou an danje, rele 911.

## bot_privacy
bot_privacy-title = Sa bot sa a sere
bot_privacy-summary = Sa bot sa a sere sou ou, ak kijan pou w efase l.
bot_privacy-body =
    Mwen sere sèlman nimewo chat ou a, lang ou chwazi a, epi, si ou abòne nan alèt yo, rejyon ou chwazi yo. Mwen pa janm sere sa ou ekri, e mwen pa janm mande w non w, adrès ou oswa estati imigrasyon w. Pou efase tout sa mwen sere sou chat sa a, voye /forget. Se Telegram menm ki kenbe mesaj ou yo nan chat la; ou ka efase yo la.
