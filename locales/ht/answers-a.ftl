## Answers, part A: encounters (urgent) and help topics.
## Each intent X has X-title (button, max 30 chars, no HTML), X-summary (one sentence, max 120 chars,
## no HTML), X-now (urgent intents only: 3 to 5 numbered lines), and X-body.
## The bot prints the "Who to call" block from intents/referrals.toml between X-now and X-body,
## so phone numbers of an intent's own referrals are never repeated here.
## Haitian Creole translation of locales/en/answers-a.ftl. Reviewed 2026-11-27.

## ---------------------------------------------------------------- ice_at_door

ice_at_door-title = ICE devan pòt ou
ice_at_door-summary = Pa louvri pòt la: mande yon manda jij siyen, rete an silans, epi rele pou jwenn èd.
ice_at_door-now =
    1. Pa louvri pòt la. Pale ak yo pandan pòt la fèmen.
    2. Mande ki ajans yo soti, epi mande yo glise nenpòt manda anba pòt la. Se pa yon jij ki siyen fòm ICE I-200 ak I-205: ou pa oblije louvri pou yo.
    3. Di: "Mwen pa dakò pou nou antre. M ap rete an silans. Mwen vle yon avoka."
    4. Si yo fòse antre, pa reziste, pa kouri. Kontinye di: "Mwen pa dakò."
    5. Rele nimewo ki anba a, oswa peze "Ki moun pou rele".
ice_at_door-body =
    <b>Tcheke papye yo montre w la</b>
    • Yon manda jij siyen soti nan yon tribinal. Anlè papye a, gen non yon tribinal, tankou "United States District Court" oswa yon tribinal Connecticut. Se yon jij ki siyen l. Tcheke si non an, adrès la ak dat la kòrèk.
    • Fòm ICE <b>I-200</b> ak <b>I-205</b> se yon ofisye imigrasyon ki siyen yo, se pa yon jij. Ou pa oblije louvri pòt la ni kite ajan yo antre akoz fòm sa yo.
    • Yon manda jij siyen ka pèmèt ajan yo antre. Yon manda fouy (search warrant) pèmèt yo fouye sèlman kote ki ekri sou li. Yon manda arestasyon (arrest warrant) pèmèt yo antre lakay moun ki nonmen an si yo kwè li anndan. Ou toujou gen dwa rete an silans.
    
    <b>Atansyon: yon memo ICE ki vin piblik an 2026</b>
    Yon memo ICE ki date me 2025, ki vin piblik an janvye 2026, di ajan yo ka fòse antre nan yon kay ak yon fòm I-205 lè moun nan gen yon lòd depòtasyon final. Ekspè nan lalwa ak defansè dwa moun di sa vyole Konstitisyon Etazini, e y ap konteste l nan tribinal. Si ajan yo fòse antre:
    • pa goumen, pa reziste, pa kouri;
    • di klèman: "Mwen pa dakò";
    • rete an silans epi pa siyen anyen;
    • rele yon avoka pi vit ou kapab.
    
    <b>Bon pou w konnen</b>
    • Si ou louvri pòt la, menm yon ti kras, yo ka konsidere sa tankou ou kite yo antre. Ajan yo ka wè ki moun ki anndan tou.
    • Tout moun ki nan kay la gen dwa rete an silans.
    • Pafwa ajan yo di se "lapolis" yo ye, oswa gen yon pwoblèm ak machin ou, pou w soti deyò. Toujou mande ki ajans yo soti.
    • Pa bay manti. Pa montre fo papye. Pa janm di ou se sitwayen ameriken si se pa vre.
    • Ou ka mete yon kat wouj nan fenèt la oswa glise l anba pòt la. Li di w ap rete an silans e ou p ap louvri san yon manda jij siyen.
    • Apre sa, ekri sa k te pase: lè a, ajans lan, non yo ak nimewo badj yo.
    • Rele 911 si yon moun blese oswa an danje.

## ---------------------------------------------------------------- ice_at_work

ice_at_work-title = ICE nan travay ou
ice_at_work-summary = Rete kalm, pa kouri, rete an silans, pa siyen anyen; ajan yo bezwen yon manda jij siyen pou zòn prive yo.
ice_at_work-now =
    1. Rete kalm. Pa kouri.
    2. Mande: "Èske m lib pou m ale?" Si yo di wi, ale tou dousman.
    3. Si yo di non, di: "M ap rete an silans. Mwen vle yon avoka."
    4. Pa siyen anyen. Pa montre fo papye ni papye yon lòt peyi.
    5. Rele nimewo ki anba a, oswa peze "Ki moun pou rele".
ice_at_work-body =
    <b>Ki kote ajan yo ka ale</b>
    • ICE ka antre san manda nan zòn piblik yon biznis: yon lobi, yon sal manje, yon pakin.
    • Pou antre nan zòn prive (yon kwizin, yon biwo dèyè, sal pou anplwaye sèlman), ICE bezwen yon manda jij siyen, oswa pèmisyon patwon an. Yon fòm yon ofisye imigrasyon siyen pa ase.
    • Se mèt biznis la oswa manadjè a ki deside si ajan yo ka antre nan zòn prive yo. Ou ka raple patwon ou li ka di non si pa gen manda jij siyen. Afich "Employees Only" (anplwaye sèlman) ede make zòn prive yo.
    
    <b>Dwa ou nan travay</b>
    • Ou pa oblije di ki kote ou fèt, ki estati imigrasyon ou, ni kijan ou te vin Etazini.
    • Di: "Mwen pa dakò pou nou fouye m ni afè m."
    • Ou pa oblije antre nan yon gwoup yo separe dapre estati imigrasyon. Rete an silans epi pa reziste ak kò w.
    • Si ou gen yon estati imigrasyon legal e ajan ICE mande w, ou dwe montre yo prèv li.
    
    <b>Pa fè bagay yo vin pi mal</b>
    • Pa kouri, pa reziste ak kò w, menm si ou panse ajan yo an tò.
    • Pa bay manti, e pa janm montre fo dokiman. Kouri ak fo papye ka sèvi kont ou e ka mennen nouvo akizasyon.
    
    <b>Si ou ka fè l san danje</b>
    • Filme, oswa ekri nimewo badj, non, ak ki moun yo te pran. Pa bare chemen ajan yo.
    • Avèti fanmi kòlèg yo te pran yo. Yo ka chèche yo ak ICE Online Detainee Locator.

## ---------------------------------------------------------------- ice_at_courthouse

ice_at_courthouse-title = ICE nan tribinal
ice_at_courthouse-summary = Connecticut limite arestasyon ICE nan tribinal eta yo, men pa manke tribinal: pale ak yon avoka anvan dat ou.
ice_at_courthouse-now =
    1. Pa manke tribinal. Si ou pa ale, sa ka fè bagay yo vin pi mal anpil.
    2. Anvan dat ou, pale ak avoka ou oswa avoka piblik ou (public defender), epi ak yon avoka imigrasyon.
    3. Mennen yon moun ou fè konfyans avè w nan tribinal.
    4. Si ajan yo rete w, rete an silans, mande yon avoka, epi pa siyen anyen.
    5. Rele nimewo ki anba a pou jwenn èd legal. Pou tcheke dat ou nan tribinal imigrasyon, peze "Ki moun pou rele".
ice_at_courthouse-body =
    <b>Lalwa Connecticut depi 18 novanm 2025</b>
    • Okenn ofisye, menm ICE, pa ka fè yon arestasyon sivil (tankou yon arestasyon imigrasyon) sou teren yon tribinal <b>eta</b> Connecticut, sof si ofisye a avèti yon machal tribinal (judicial marshal) anvan epi montre l papye. Papye yo dwe montre yon manda jij siyen, yon kondanasyon pou yon krim grav (felony) klas A oswa B oswa pou youn nan 13 krim ki sou yon lis, oswa yon non ki ka sou lis siveyans teworis la. Machal la dwe tcheke yo.
    • "Teren tribinal la" gen ladan l bilding lan, pakin ak garaj tribinal la, ak twotwa ak ale ki kole avè l. Règ la pwoteje tout moun ki la, pa sèlman moun ki gen yon ka.
    • Ofisye yo pa ka mete mask sou teren tribinal la, sof si yo bezwen mask la pou sante e yon jij te dakò davans.
    • Moun ki vyole règ la ka jwenn pinisyon pou mank respè pou tribinal la (contempt of court): yon amann jiska $100, jiska 6 mwa prizon, oswa toude. Yon moun ki sibi domaj ka fè pwosè.
    • Règ la se pou arestasyon sivil sèlman. Li pa anpeche arestasyon pou krim.
    • ICE te arete moun nan tribinal Connecticut an 2025. Poko gen tribinal ki deside si tribinal eta yo ka fòse ajan ICE respekte lwa sa a. Kidonk, prepare w davans.
    • An out 2025, tribinal federal Connecticut (U.S. District Court) entèdi arestasyon imigrasyon nan pwòp tribinal li yo tou.
    
    <b>Tribinal imigrasyon pa menm bagay</b>
    Tribinal imigrasyon yo se tribinal federal. Lwa Connecticut sou tribinal yo pa kouvri yo. Depi me 2025, ICE arete moun nan tribinal imigrasyon oswa toupre yo. Pale ak yon avoka anvan odyans ou, men pa jis rete lakay ou.
    
    <b>Poukisa ou pa dwe manke tribinal</b>
    • Si ou manke yon dat nan tribinal eta a, jij la ka bay yon manda pou yo arete w.
    • Si ou manke yon odyans imigrasyon, jij la ka bay lòd pou yo depòte w "in absentia" (san ou pa la). Apre sa, ICE ka arete w epi depòte w san yon lòt odyans.
    • Toujou bay tribinal imigrasyon an bon adrès ou.
    • Gwoup kominotè, tankou ULA nan New Haven, akonpaye moun nan tribinal. Mande yon gwoup nan zòn ou si yon moun ka vin avè w.

## ---------------------------------------------------------------- stopped_in_public

stopped_in_public-title = Yo rete w nan lari
stopped_in_public-summary = Si ICE oswa lapolis rete w nan lari, rete kalm, mande si ou lib pou w ale, epi pa pale sou estati ou.
stopped_in_public-now =
    1. Rete kalm. Pa kouri, pa reziste. Kite yo wè men ou.
    2. Mande: "Èske m lib pou m ale?" Si yo di wi, ale tou dousman.
    3. Si yo di non, di: "M ap rete an silans. Mwen vle pale ak yon avoka."
    4. Si yo mande non w, ba yo l. Ou pa oblije reponn lòt kesyon.
    5. Di: "Mwen pa dakò pou nou fouye m." Pa janm montre fo papye.
stopped_in_public-body =
    <b>Sa ou pa oblije fè</b>
    • Ou pa oblije di ki kote ou fèt, ki estati imigrasyon ou, ni kijan ou te vin Etazini.
    • Ou ka refize yo fouye w. Men ofisye yo ka toujou tate rad ou pa deyò pou chèche zam. Pa reziste.
    
    <b>Non ou</b>
    Èd legal gratis Connecticut (CTLawHelp) di si otorite yo mande non w, ou dwe di yo l. Bay non w pa vle di ou oblije reponn lòt bagay.
    
    <b>Papye</b>
    • Pa janm montre fo dokiman. Pa janm di ou se sitwayen ameriken si se pa vre.
    • Defansè dwa imigran yo di pa pote papye yon lòt peyi, tankou yon paspò etranje, ki montre nasyonalite ou.
    • Si ou gen yon estati imigrasyon legal (pa egzanp yon kat vèt (green card) oswa yon viza), ou dwe montre prèv li bay ajan ICE si yo mande l. Ou pa oblije montre l bay lapolis lokal.
    
    <b>Lapolis oswa ICE?</b>
    • Lapolis lokal ak ICE pa menm bagay. Trust Act (lwa TRUST) Connecticut limite jan lapolis eta a ak lapolis lokal ede ICE. New Haven ak Hartford di lapolis yo pa mande moun estati imigrasyon yo.
    • Pafwa ajan ICE di se "lapolis" yo ye. Mande ki ajans yo soti.
    • Yon lwa Connecticut 2026 di ofisye yo, menm ajan federal, dwe montre yon badj ak yon etikèt non, e yo pa ka kache figi yo nan pifò ka. Depatman Jistis Etazini ap konteste lwa sa a nan tribinal.
    
    <b>Si ou wè yo rete yon lòt moun</b>
    Ou gen dwa filme lapolis ak ajan federal k ap travay an piblik. Rete a distans, pa bare chemen yo, epi fè bak si yo mande w sa.

## ---------------------------------------------------------------- stopped_in_car

stopped_in_car-title = Yo rete w nan machin
stopped_in_car-summary = Rete sou kote san danje, kite yo wè men ou; chofè a montre lisans li, men pèsonn pa oblije pale sou estati.
stopped_in_car-now =
    1. Rete sou kote wout la san danje. Etenn motè a epi limen limyè anndan machin nan.
    2. Kite yo wè men ou.
    3. Chofè: montre lisans ou, rejistrasyon ak asirans si yo mande. Pa janm montre fo papye.
    4. Di: "Mwen pa dakò pou nou fouye." Pa reziste si yo fouye kanmenm.
    5. Ou pa oblije reponn kesyon sou estati ou oswa sou ki kote ou fèt.
stopped_in_car-body =
    <b>Chofè ak pasaje</b>
    • Chofè a dwe montre lisans li, rejistrasyon machin nan ak prèv asirans lè yo mande l.
    • Pasaje: konsèy jeneral sou dwa moun di pasaje pa oblije montre pyès idantite ni reponn kesyon, e yo ka mande: "Èske m lib pou m ale?" Nou pa t ka konfime règ egzak Connecticut pou pasaje, kidonk tcheke ak yon avoka.
    • Pèsonn nan machin nan pa oblije reponn kesyon sou estati imigrasyon, ki kote yo fèt, ni kijan yo te vin Etazini.
    • Ou ka refize yo fouye machin nan, men pa bloke ofisye yo ak kò w si yo fouye kanmenm.
    
    <b>Lapolis oswa ICE?</b>
    • ICE souvan sèvi ak machin san mak ak ajan an rad sivil. Ou dwe rete pou ofisye ki di ki moun yo ye epi ki fè w siy ak limyè oswa sirèn. Mande ki ajans yo soti.
    • Si se ICE e ou gen yon estati imigrasyon legal, montre prèv li.
    • Avèk lapolis, ou ka ekri non ofisye a ak nimewo badj li.
    
    <b>Lisans pou kondwi sèlman</b>
    Connecticut bay lisans "drive-only" (pou kondwi sèlman) a moun ki pa ka pwouve prezans legal yo (CGS § 14-36m). Se yon vrè lisans pou kondwi. Li pa valab kòm pyès idantite federal, pa egzanp pou monte avyon.
    
    <b>Pwofilaj rasyal</b>
    Apre lapolis rete w sou wout nan Connecticut, yo dwe di w kijan pou w pote plent pou pwofilaj rasyal. Ou ka pote plent nan depatman lapolis la oswa nan CHRO.

## ---------------------------------------------------------------- detained_now

detained_now-title = Nan detansyon ICE
detained_now-summary = Rete an silans, mande yon avoka, pa siyen anyen, epi bay fanmi ou nimewo A ou (A-number).
detained_now-now =
    1. Rete an silans. Di: "M ap rete an silans. Mwen vle yon avoka."
    2. Pa siyen anyen san avoka, sitou depa volontè oswa depòtasyon ou aksepte (stipulated removal).
    3. Mande lis sèvis legal gratis yo.
    4. Chèche konnen nimewo A ou (A-number) epi bay fanmi ou li.
    5. Rele yon fanmi oswa yon avoka ou konnen nimewo l pa kè.
detained_now-body =
    <b>Dwa ou nan detansyon ICE</b>
    • Pale sou estati imigrasyon ou sèlman ak avoka ou.
    • Si ou siyen papye tankou <b>depa volontè</b> (voluntary departure) oswa <b>depòtasyon ou aksepte</b> (stipulated removal), sa ka vle di ou renonse a chans ou pou rete Etazini. Pale ak yon avoka anvan.
    • Gouvènman federal la pa ba w avoka gratis nan tribinal imigrasyon. Mande lis sèvis legal gratis oswa bon mache. CCIF bay defans gratis kont depòtasyon, ak pwogram nan New Haven ak Hartford. Rele pou mande si ou kalifye.
    • Ou gen dwa kontakte konsila peyi ou, oswa mande ofisye yo avèti konsila a.
    • Mande yon avoka si ou ka gen yon odyans kosyon (bond hearing) pou yo lage w pandan ka a ap kontinye. Gen moun ki pa kalifye.
    
    <b>Yo koute apèl telefòn yo</b>
    Yo koute apèl ki soti nan detansyon. Pa pale sou ki kote ou fèt, estati ou oswa dosye kriminèl ou nan apèl sa yo. Kenbe sa pou avoka ou.
    
    <b>Nimewo A ou</b>
    Se yon nimewo 8 oswa 9 chif sou papye imigrasyon ou, anlè adwat sou Notice to Appear (Avi pou Prezante, fòm I-862). Fanmi ou ak avoka ou bezwen l pou jwenn ou ak dat tribinal ou.
    
    <b>Si se yon moun nan fanmi ou</b>
    • Chèche l sou ICE Online Detainee Locator, ak nimewo A li, oswa ak non egzak li ak peyi kote l fèt.
    • ICE Detention Reporting and Information Line (DRIL) ka ede tou.
    • Rele yon avoka touswit.
    • Se sèlman yon avoka oswa yon reprezantan ki gen akreditasyon DOJ ki ka bay èd legal sou imigrasyon. Yon "notario" pa kapab.
    
    <b>Prepare w</b>
    Aprann pa kè nimewo telefòn yon fanmi oswa yon zanmi (pi bon si li gen estati imigrasyon legal) ak yon avoka. Kenbe yon lis ekri tou.

## ---------------------------------------------------------------- find_detained

find_detained-title = Jwenn moun nan detansyon
find_detained-summary = Sèvi ak sit ICE la ak nimewo A moun nan, oswa non l ak peyi kote l fèt, epi rele yon avoka.
find_detained-now =
    1. Chèche nimewo A (A-number) moun nan si ou kapab. Li sou papye imigrasyon l.
    2. Chèche sou ICE Online Detainee Locator nan locator.ice.gov.
    3. Pa jwenn anyen? Rele liy ICE DRIL la (nimewo ki anba a), epi chèche ankò pita.
    4. Rele yon avoka kounye a. Pa tann. Peze "Ki moun pou rele".
    5. Tcheke pwochen dat li nan tribinal imigrasyon. Nimewo telefòn tribinal la nan "Ki moun pou rele".
find_detained-body =
    <b>Kijan pou sèvi ak Locator a</b>
    • Ak nimewo A: li gen 9 chif. Si li pi kout, mete zewo devan l (12345678 vin 012345678). Apre sa, chwazi peyi kote moun nan fèt.
    • Ak non: tape non ak siyati egzak moun nan ak peyi kote l fèt. Dat nesans pa obligatwa, men mete l si ou konnen l.
    • Apre yon transfè oswa yon liberasyon, Locator a ka pran jiska anviwon 8 èdtan pou l mete ajou, kidonk eseye ankò pita.
    • Li montre sèlman granmoun (18 an oswa plis) ki nan detansyon ICE, oswa ki te lage nan 60 dènye jou yo. Pou yon timoun, mande yon avoka.
    
    <b>Liy ICE DRIL</b>
    Si Locator a pa montre anyen, petèt yo fèk deplase moun nan. Liy DRIL la ka ede w jwenn li. Ou ka rapòte tou abi nan detansyon, pwoblèm pou jwenn yon avoka, oswa yon paran yo separe ak pitit li.
    
    <b>Liy tribinal imigrasyon (EOIR)</b>
    Ak nimewo A a, liy telefòn nan oswa sit wèb la ba w dat, lè ak kote pwochen odyans lan, ak desizyon jij la. Li pa montre odyans kosyon (bond hearing).
    
    <b>Apre ou jwenn li</b>
    • Kontakte sant detansyon an pou mande sou apèl telefòn, vizit, ak kijan pou mete lajan sou kont li.
    • Yo koute apèl yo. Pa pale sou estati li, peyi kote l fèt oswa dosye kriminèl li nan telefòn.
    • Jwenn yon avoka. CCIF bay defans gratis kont depòtasyon, ak pwogram nan New Haven ak Hartford. Rele pou mande si ou kalifye.
    • Se sèlman yon avoka oswa yon reprezantan ki gen akreditasyon DOJ ki ka bay èd legal sou imigrasyon. Yon "notario" pa kapab. Pa janm bay pèsonn dokiman orijinal.

## ---------------------------------------------------------------- file_complaint

file_complaint-title = Pote plent
file_complaint-summary = Ki kote pou rapòte move konduit ICE, CBP oswa lapolis, diskriminasyon, oswa vyolasyon Trust Act nan Connecticut.
file_complaint-body =
    <b>Anvan tout bagay, kenbe yon dosye</b>
    Ekri non, nimewo badj, dat, lè ak kote, ak sa k te pase. Kenbe foto, videyo, papye ak non temwen yo.
    
    <b>ICE oswa CBP (ajan federal)</b>
    • <b>DHS Inspector General (OIG):</b> resevwa plent sou move konduit anplwaye DHS, tankou lè yo sèvi ak fòs sou ou, lè yo vize w akoz ras ou oswa orijin ou (profiling), oswa lè yo refize w dwa ou. Se pa yon liy ijans. Si ou an danje, rele 911.
    • <b>Biwo Dwa Sivil DHS (CRCL):</b> DHS te koupe biwo sa a an 2025, kidonk pote plent lan pou l rete nan dosye, epi di yon avoka tou.
    • Pwoblèm anndan detansyon (abi, pa ka jwenn avoka): liy ICE DRIL, 1-888-351-4024.
    
    <b>Lapolis Connecticut</b>
    • Pote plent nan depatman lapolis ofisye a. Chak depatman lapolis Connecticut dwe gen yon règ pou plent e li dwe afiche l an piblik. Gen yon fòm plent pou tout eta a (POST) an anglè ak an panyòl.
    • Pwofilaj rasyal apre yo rete w sou wout: pote plent nan depatman an oswa nan CHRO.
    • Enspektè Jeneral Connecticut (CT Inspector General) fè envestigasyon sèlman lè lapolis sèvi ak fòs ki ka touye moun, ak lanmò nan detansyon (depi 2026, ajan federal tou). Se pa yon liy plent jeneral.
    
    <b>Vyolasyon Trust Act</b>
    Si lapolis yon vil (oswa lapolis lekòl li) te ede ICE yon fason Trust Act entèdi, depi 1ye oktòb 2025 ou ka fè pwosè kont vil la nan Superior Court pou jwenn yon lòd tribinal. Ou pa ka jwenn lajan pou domaj, men si ou genyen, tribinal la ka fè vil la peye frè avoka ou. Sa pa aplike pou ajans eta tankou State Police oswa prizon yo.
    
    <b>Arestasyon nan tribinal eta yo</b>
    Si ICE oswa lapolis vyole lwa 2025 sou arestasyon nan tribinal eta Connecticut yo, yon moun ki sibi domaj ka fè pwosè nan Superior Court, menm pou jwenn lajan pou domaj.
    
    <b>Fè pwosè pou dwa konstitisyonèl ou (lwa 2026)</b>
    Public Act 26-14, ki siyen 4 me 2026, pèmèt ou fè pwosè kont nenpòt moun, menm ofisye federal, ki vyole dwa ou dapre Konstitisyon Etazini. Ou ka mande lajan ak frè avoka. Pwokirè Jeneral eta a (Attorney General) ka fè pwosè tou kounye a nan ka sa yo. Depatman Jistis Etazini ap konteste lwa sa a nan tribinal federal (depi prentan 2026), kidonk pale ak yon avoka.
    
    <b>Diskriminasyon</b>
    CHRO okipe diskriminasyon nan travay, lojman, kote piblik (tankou magazen) ak kredi, pa egzanp akoz peyi orijin ou. Li pa okipe plent kont ICE. Kontakte l pi vit posib: gen plent ou dwe pote pa pita pase 180 jou apre sa k te pase a.
    
    <b>Èd legal</b>
    Pou èd legal gratis, rele Statewide Legal Services: 1-800-453-3320.

## ---------------------------------------------------------------- legal_help

legal_help-title = Jwenn yon avoka
legal_help-summary = Èd legal imigrasyon gratis oswa bon mache nan Connecticut, ak kijan pou evite fwod notario.
legal_help-body =
    <b>Ki moun ki ka ede w ak imigrasyon</b>
    Se sèlman yon avoka ki gen lisans, oswa yon reprezantan ki gen akreditasyon DOJ nan yon òganizasyon ki pa fè pwofi (nonprofit) e ki rekonèt, ki gen dwa ba w èd legal sou imigrasyon. Yon "notario" oswa yon notè piblik <b>pa</b> avoka.
    
    <b>Èd legal gratis nan Connecticut</b>
    • <b>CCIF:</b> defans gratis kont depòtasyon pou moun ki nan detansyon ICE oswa ki gen yon ka depòtasyon (removal), ak pou moun k ap mande azil. Pwogram nan New Haven ak Hartford. Rele pou mande si ou kalifye.
    • <b>SLS:</b> liy prensipal pou èd legal sivil gratis. Anjeneral pou moun ki gen revni 125% nivo povrete federal la oswa mwens.
    • <b>NHLAA:</b> èd legal gratis nan zòn New Haven. Si ou san papye e ou rete la, rele NHLAA dirèkteman, pa SLS. NHLAA pa rapòte estati imigrasyon bay lapolis ni pèsonn.
    • <b>Lis IAN:</b> jwenn èd imigrasyon gratis oswa bon mache nan òganizasyon ki pa fè pwofi, dapre zip kòd ou.
    
    <b>Pwoteje w kont fwod notario</b>
    • Fòm imigrasyon gouvènman federal la gratis.
    • Pa janm siyen yon fòm vid.
    • Pa janm bay dokiman orijinal ou. Bay kopi.
    • Tcheke si sit wèb gouvènman yo fini ak .gov.
    • Rapòte fwod bay CT Department of Consumer Protection, oswa bay FTC (ReportFraud.ftc.gov, 1-877-382-4357, an anglè oswa an panyòl). Ekri "Notario Publico" nan plent ou.
    • Si yo te gentan twonpe w, al wè yon vrè avoka imigrasyon byen vit. Pafwa yo ka repare domaj la.

## ---------------------------------------------------------------- rapid_response

rapid_response-title = Rapòte aktivite ICE
rapid_response-summary = Kijan pou rapòte aktivite ICE san danje, ak kijan pou tcheke yon rapò anvan ou pataje l.
rapid_response-body =
    <b>Èske gen yon liy ijans nan Connecticut?</b>
    Nou pa t ka konfime nimewo okenn liy repons rapid nan Connecticut. Gen gwoup nan New Haven ak Danbury ki gen liy, men nou pa t ka verifye nimewo yo. Mande yon gwoup imigran ou fè konfyans nan zòn ou ki nimewo yo genyen kounye a. Pandan tan sa a, ou ka sèvi ak liy nasyonal United We Dream ki nan lis la.
    Pa janm rele liy denonsyasyon ICE (tip line). Se pou denonse moun bay ICE li ye.
    
    <b>Si ou wè ICE</b>
    1. Sekirite ou an premye. Rete byen lwen epi pa bare chemen yo.
    2. Tcheke si se vrèman ICE: gade si gen mak ICE sou vès, kaskèt ak jakèt yo.
    3. Filme oswa pran nòt, byen lwen, san danje.
    4. Ekri lè a, dat la ak kote egzak la; konbyen ajan ak machin; plak machin; inifòm ak badj; sa yo te di; si yo te sèvi ak fòs.
    5. Si y ap arete yon moun, di l li ka rete an silans epi mande yon avoka. Mande l ki moun li vle ou rele.
    6. Rapòte sa bay yon liy repons rapid.
    
    Anpil rezo mande rapò nan lòd <b>SALUTE</b>: Size (konbyen), Activity (sa y ap fè), Location (ki kote), Uniform (inifòm), Time (ki lè), Equipment (machin, ekipman).
    
    <b>Tcheke anvan ou pataje</b>
    • Fo alam simaye laperèz. Yo anpeche moun al travay, al lekòl ak al kay doktè.
    • Pa voye foto ekran (screenshot) ni mesaj "yon zanmi di m". Tcheke ak yon rezo repons rapid, yon gwoup legal oswa gwoup dwa imigran ou konnen, oswa yon medya lokal ou fè konfyans.
    • Make tout rapò "PA KONFIME" jiskaske yon moun tcheke l.
    • Pa poste foto ki montre ki moun y ap arete. Bay fanmi moun nan oswa avoka li videyo yo. Pa fè live.
    • Sou yon pwopriyete prive, se mèt la ki fè règ yo. Fè atansyon ak son: lalwa Connecticut limite anrejistreman konvèsasyon prive san pèmisyon.

## ---------------------------------------------------------------- family_plan

family_plan-title = Fè yon plan fanmi
family_plan-summary = Planifye kounye a pou pitit ou, papye ou ak lajan ou si yo mete yon paran nan detansyon, ak fòm gratis Connecticut.
family_plan-body =
    <b>Connecticut Family Preparedness Plan</b>
    Yon twous gratis eta a bay. Ou pa bezwen avoka ni tribinal. Li egziste nan 9 lang, tankou panyòl, pòtigè ak kreyòl ayisyen. Li gen yon plan pou gade timoun yo, yon fòm pou nonmen yon gadyen legal an rezèv (standby guardian), yon lis dokiman pou rasanble, ak avètisman sou eskwokri.
    
    <b>Papye pou nonmen yon gadyen legal an rezèv (standby guardian)</b>
    • Se yon papye legal: ladan l, yon paran nonmen alekri yon moun pou okipe timoun yo si yo mete paran an nan detansyon (CGS §§ 45a-624 rive 45a-624g).
    • Siyen l epi mete dat devan de temwen. Bay gadyen legal an rezèv la yon kopi.
    • Toude paran ki vivan yo dwe dakò, sof si youn pèdi gad legal timoun yo oswa dwa paran li.
    • Li ka kòmanse lè yo mete yon paran nan detansyon. Li dire jiska yon ane, oswa jiskaske paran an ka okipe timoun yo ankò. Ou ka anile l nenpòt ki lè. Pa bezwen tribinal.
    • Si li ka dire pi lontan, oswa si lòt paran an pa dakò, mande èd legal gratis sou gad legal timoun yo (guardianship) nan tribinal pwobat (probate court).
    
    <b>Lòt etap</b>
    1. Chwazi yon granmoun ou fè konfyans epi pale avè l sou plan an.
    2. Mete kontak ijans yo ajou nan lekòl ak gadri pitit ou yo.
    3. Siyen yon otorizasyon alekri pou moun sa a ka pran desizyon medikal ak desizyon lekòl.
    4. Panse a yon pwokirasyon (power of attorney) pou lajan ou ak byen ou.
    5. Kenbe sètifika nesans ak paspò yo ansanm.
    6. Bay yon moun ou fè konfyans kopi papye imigrasyon ou ak nimewo A ou (A-number).
    7. Aprann nimewo telefòn enpòtan yo pa kè epi kenbe yon lis ekri.
    
    <b>Sonje</b>
    • Timoun ki fèt Etazini se sitwayen ameriken.
    • Pa janm bay yon "notario" dokiman orijinal.

## ---------------------------------------------------------------- know_your_rights

know_your_rights-title = Konnen dwa ou
know_your_rights-summary = Yon ti lis dwa ou si ICE oswa lapolis rete w, pou kenbe nan telefòn ou epi pataje.
know_your_rights-body =
    Tout moun ki Etazini gen dwa sa yo, kèlkeswa estati imigrasyon yo. Sèvi ak yo ka pa anpeche yon arestasyon touswit, men sa pwoteje ka ou pita.
    
    • <b>Pa louvri pòt la.</b> Mande ajan yo glise manda a anba pòt la. Yon manda jij siyen ka pèmèt yo antre. Fòm ICE I-200 ak I-205 se yon ofisye ki siyen yo, pa yon jij, e ou pa oblije louvri pòt la pou yo.
    • <b>Rete an silans.</b> Ou pa oblije di ki kote ou fèt, estati ou, ni kijan ou te vin Etazini. Nan Connecticut, èd legal gratis di pou w bay non w si otorite yo mande l.
    • <b>Pa siyen anyen</b> san avoka.
    • <b>Mande yon avoka.</b>
    • <b>Di: "Mwen pa dakò pou nou fouye m."</b>
    • <b>Mande: "Èske m lib pou m ale?"</b> Si yo di wi, ale tou dousman.
    • <b>Pa bay manti, pa kouri, pa reziste.</b> Pa janm montre fo papye ni di ou se sitwayen ameriken si se pa vre.
    • <b>Pote yon kat wouj.</b> Li di w ap rete an silans, ou p ap louvri pòt la san manda jij siyen, e ou pa dakò pou yo fouye w. Ou ka montre l olye ou pale.
    
    <b>Sa pou w di</b>
    "M ap rete an silans. Mwen vle pale ak yon avoka. Mwen pa dakò pou nou fouye m. Mwen pa dakò pou nou antre."
    
    <b>Yon avètisman</b>
    Kounye a ICE di li ka fòse antre nan yon kay ak yon fòm I-205 lè yon moun gen yon lòd depòtasyon final. Y ap konteste sa nan tribinal. Si ajan yo fòse antre, pa reziste. Di ou pa dakò, epi rete an silans.
    
    <b>Prepare w</b>
    Aprann pa kè nimewo telefòn yon avoka ak yon fanmi, epi fè yon plan fanmi.

## ---------------------------------------------------------------- community_support

community_support-title = Gwoup kominotè
community_support-summary = Gwoup nan Connecticut ki ede imigran: òganizasyon, fòmasyon, jèn, akonpayman nan tribinal ak bezwen debaz.
community_support-body =
    Gwoup sa yo travay ak imigran nan Connecticut. Mande yo sou fòmasyon, sipò ak sa k ap pase bò kote w.
    
    • <b>CIRC (Connecticut Immigrant and Refugee Coalition):</b> yon rezo gwoup kominotè, relijye, biznis ak legal nan tout eta a, ki baze nan Hartford.
    • <b>ULA (Unidad Latina en Acción), New Haven:</b> dwa travayè ak salè yo pa peye, ak moun ki akonpaye w nan tribinal. An panyòl, Mam, Totonaco ak Kaqchikel.
    • <b>C4D (Connecticut Students for a Dream):</b> se jèn san papye ki dirije l. Èd pou antre nan inivèsite ak fòmasyon sou dwa ou.
    • <b>Make the Road Connecticut:</b> sèvis legal ak sipò, òganizasyon kominotè ak èd sou dwa ou, nan Bridgeport ak Hartford.
    • <b>2-1-1:</b> èd gratis pou manje, lojman, kouran ak dlo, ak kriz sante mantal, 24 è sou 24, nan anpil lang.
    
    Gen gwoup lokal ki gen ekip repons rapid tou, pa egzanp nan New Haven ak Danbury. Nou pa t ka konfime nimewo yo, kidonk mande yon gwoup ou fè konfyans ki liy li genyen kounye a.
    
    Gwoup kominotè yo ka mete w an kontak ak èd, men se sèlman yon avoka oswa yon reprezantan ki gen akreditasyon DOJ ki ka ba w konsèy legal sou imigrasyon.
