## One line per referral in intents/referrals.toml: what it helps with, and its hours and limits
## where the fact sheets give them. No phone numbers here: the bot prints them from the TOML.
## Haitian Creole translation of locales/en/referrals.ftl. Reviewed 2026-11-27.

ref-emergency_911 = Rele 911 si yon moun blese oswa an danje kounye a.
ref-ct_211 = Èd gratis e konfidansyèl nan anpil lang, 24 è sou 24, pou manje, lojman, kouran ak dlo, ak kriz sante mantal.
ref-sls = Èd legal sivil gratis pou moun ki pa gen gwo revni (anjeneral 125% nivo povrete federal la oswa mwens), ak yon liy ki louvri lendi rive vandredi 9è–12è ak 1è–2è apremidi; moun san papye nan zòn New Haven dwe rele NHLAA dirèkteman.
ref-nhlaa = Èd legal gratis nan zòn Greater New Haven, tankou defans kont depòtasyon; moun san papye ka rele dirèkteman, e li pa rapòte estati imigrasyon bay lapolis ni pèsonn.
ref-ccif = Defans gratis kont depòtasyon pou moun ki nan detansyon ICE oswa ki gen yon ka depòtasyon (removal), ak pou moun k ap mande azil, ak pwogram nan New Haven ak Hartford; rele pou mande si ou kalifye.
ref-uwd_hotline = Yon liy nasyonal pou defans kont depòtasyon, United We Dream jere l, pou rapòte aktivite ICE epi mande èd.
ref-ice_locator = Sit wèb ICE pou jwenn yon granmoun ki nan detansyon ICE, ak nimewo A (A-number) oswa non egzak la, plis peyi kote l fèt; yo mete l ajou nan anviwon 8 èdtan.
ref-ice_dril = Liy ICE pou jwenn yon moun nan detansyon epi rapòte abi oswa gwo pwoblèm nan detansyon, difikilte pou jwenn avoka, oswa separasyon ak timoun, ak moun ki reponn lendi rive vandredi 8è maten–8è swa, lè lès Etazini (pa jou ferye), ak èd an panyòl.
ref-eoir = Enfòmasyon tribinal imigrasyon ak nimewo A, 24 è sou 24 an anglè ak an panyòl: dat, lè ak kote pwochen odyans lan, ak desizyon jij la (pa pou odyans kosyon).
ref-chro = Biwo gratis Connecticut pou diskriminasyon nan travay, lojman, kote piblik ak kredi, pa egzanp akoz peyi orijin; li pa pran plent kont ICE, e kontakte l pi vit posib paske gen plent ki dwe depoze nan 180 jou.
ref-dhs_oig = Biwo federal ki resevwa plent sou move konduit anplwaye DHS, tankou ICE ak CBP, pa egzanp fòs, pwofilaj oswa refi dwa; se pa yon liy ijans e li pa reponn 24 è sou 24.
ref-dhs_crcl = Biwo federal pou plent sou dwa sivil kont ICE, CBP ak lòt pati DHS; DHS te koupe biwo sa a an 2025, kidonk depoze plent lan pou l rete nan dosye, epi di yon avoka tou.
ref-aclu_ct = Èd legal gratis sou dwa sivil, sitou pou ka ki touche anpil moun, ou mande l pa fòm sou entènèt, imèl oswa lapòs; li pa pran demand pa telefòn e li pa ka ede nan ijans.
ref-ct_oig = Biwo Connecticut ki fè envestigasyon sèlman lè lapolis sèvi ak fòs ki ka touye moun, ak lanmò moun ki nan men lapolis oswa nan prizon; se pa yon liy plent jeneral.
ref-ct_safe_connect = Èd gratis e konfidansyèl pou vyolans domestik, 24 è sou 24, pa telefòn, tèks, imèl oswa chat, nan anpil lang, ak plan sekirite, konsèy, ak èd pou jwenn yon abri.
ref-ct_sexual_assault = Liy gratis e konfidansyèl 24 è sou 24 pou moun ki sibi vyolans seksyèl, ak yon nimewo pou anglè ak yon lòt pou panyòl, ak yon moun ki ka akonpaye w lopital, lapolis oswa tribinal.
ref-trafficking_hotline = Liy nasyonal pou jwenn èd si ou menm oswa yon moun ou konnen ka viktim trafik moun.
ref-ian_directory = Lis sou entènèt sèvis legal imigrasyon gratis oswa bon mache nan òganizasyon san bi likratif, ou ka chèche dapre eta ak zip kòd.
ref-dcp = Biwo Connecticut kote ou ka rapòte fwod notario ak lòt eskwokri, menm san bay non w sou entènèt, men plent yo ka vin dokiman piblik.
ref-ftc = Biwo federal kote ou ka rapòte fwod notario ak lòt eskwokri, an anglè oswa an panyòl; ekri "Notario Publico" nan plent ou.
ref-ct_family_plan = Twous gratis eta a pou planifye kiyès k ap okipe pitit ou si yo arete yon paran, ak yon fòm gadyen an rezèv (standby guardian), nan 9 lang, san avoka ni tribinal.
ref-ctlawhelp = Atik gratis èd legal Connecticut pou w ka ede tèt ou, an anglè ak an panyòl, sou dwa imigran ak kijan pou pwoteje pitit ou.
ref-ilrc_red_cards = Kat pou enprime epi pote sou ou, nan anpil lang, ki di w ap rete an silans, ou p ap louvri pòt la san yon manda jij, e ou pa dakò pou yo fouye w.
ref-ct_ag = Biwo konsomatè Pwokirè Jeneral Connecticut (Attorney General), ki resevwa plent sou eskwokri pa fòm sou entènèt, men ki pa ka ba w konsèy legal prive.
ref-circ = Yon rezo gwoup kominotè, relijye, biznis ak legal nan tout eta a, ki baze nan Hartford, ki sipòte imigran ak refijye.
ref-ula = Yon gwoup imigran kominotè nan New Haven ki ede travayè ki pa touche salè yo epi ki akonpaye moun nan tribinal, an panyòl, Mam, Totonaco ak Kaqchikel.
ref-c4d = Yon gwoup jèn san papye dirije, ki fè pati rezo United We Dream, ki ede moun antre nan inivèsite epi ki bay fòmasyon sou dwa ou.
ref-make_the_road_ct = Yon gwoup kominotè nan Bridgeport ak Hartford ki ofri sèvis legal ak sipò, òganizasyon kominotè ak èd sou dwa ou.
