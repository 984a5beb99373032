## One line per referral in intents/referrals.toml: what it helps with, and its hours and limits
## where the fact sheets give them. No phone numbers here: the bot prints them from the TOML.
## Haitian Creole translation of locales/en/referrals.ftl. Reviewed 2026-11-27.
## Each ref-<id>-short is one line of at most 60 characters. Where the service is not documented in Kreyòl
## (intents/referrals.toml `languages`), it says which languages it offers, or "(ak entèprèt)" if one is available.

ref-emergency_911 = Rele 911 si yon moun blese oswa an danje kounye a.
ref-emergency_911-short = Ijans: yon moun blese oswa an danje (ak entèprèt)
ref-ct_211 = Èd gratis e konfidansyèl nan anpil lang, 24 è sou 24, pou manje, lojman, kouran ak dlo, ak kriz sante mantal.
ref-ct_211-short = Èd pou manje, lojman, kriz, 24/24 (ak entèprèt)
ref-sls = Èd legal sivil gratis pou moun ki pa gen gwo revni (anjeneral 125% nivo povrete federal la oswa mwens), ak yon liy ki louvri lendi rive vandredi 9è–12è ak 1è–2è apremidi; moun san papye nan zòn New Haven dwe rele NHLAA dirèkteman.
ref-sls-short = Èd legal gratis, ti revni, lendi-vandredi (anglè, panyòl)
ref-nhlaa = Èd legal gratis nan zòn Greater New Haven, tankou defans kont depòtasyon; moun san papye ka rele dirèkteman, e li pa rapòte estati imigrasyon bay lapolis ni pèsonn.
ref-nhlaa-short = Èd legal gratis, New Haven, menm san papye (anglè, panyòl)
ref-ccif = Defans gratis kont depòtasyon pou moun ki nan detansyon ICE oswa ki gen yon ka depòtasyon (removal), ak pou moun k ap mande azil, ak pwogram nan New Haven ak Hartford; rele pou mande si ou kalifye.
ref-ccif-short = Defans gratis kont depòtasyon (anglè, panyòl)
ref-uwd_hotline = Yon liy nasyonal pou defans kont depòtasyon, United We Dream jere l, pou rapòte aktivite ICE epi mande èd.
ref-uwd_hotline-short = Liy nasyonal: rapòte ICE, mande èd (anglè, panyòl)
ref-ice_locator = Sit wèb ICE pou jwenn yon granmoun ki nan detansyon ICE, ak nimewo A (A-number) oswa non egzak la, plis peyi kote l fèt; li ka pran jiska anviwon 8 èdtan pou l mete ajou.
ref-ice_locator-short = Sit pou jwenn yon granmoun ICE kenbe (anglè, panyòl)
ref-ice_dril = Liy ICE pou jwenn yon moun nan detansyon epi rapòte abi oswa gwo pwoblèm nan detansyon, difikilte pou jwenn avoka, oswa separasyon ak timoun, ak moun ki reponn lendi rive vandredi 8è maten–8è swa, lè lès Etazini (pa jou ferye), ak èd an panyòl.
ref-ice_dril-short = Liy ICE: jwenn yon moun nan detansyon (anglè, panyòl)
ref-eoir = Enfòmasyon tribinal imigrasyon ak nimewo A, 24 è sou 24 an anglè ak an panyòl: dat, lè ak kote pwochen odyans lan, ak desizyon jij la (pa pou odyans kosyon).
ref-eoir-short = Dat tribinal imigrasyon ak nimewo A, 24/24 (anglè, panyòl)
ref-chro = Biwo gratis Connecticut pou diskriminasyon nan travay, lojman, kote piblik ak kredi, pa egzanp akoz peyi orijin; li pa pran plent kont ICE, e kontakte l pi vit posib, paske gen plent ou dwe pote pa pita pase 180 jou apre sa k te pase a.
ref-chro-short = Plent pou diskriminasyon nan CT; pa pou ICE (an anglè)
ref-dhs_oig = Biwo federal ki resevwa plent sou move konduit anplwaye DHS, tankou ICE ak CBP, pa egzanp lè yo sèvi ak fòs sou ou, lè yo vize w akoz ras ou oswa orijin ou (profiling), oswa lè yo refize w dwa ou; se pa yon liy ijans e li pa reponn 24 è sou 24.
ref-dhs_oig-short = Plent sou move konduit ICE oswa CBP; pa ijans (an anglè)
ref-dhs_crcl = Biwo federal pou plent sou dwa sivil kont ICE, CBP ak lòt pati DHS; DHS te koupe biwo sa a an 2025, kidonk pote plent lan pou l rete nan dosye, epi di yon avoka tou.
ref-dhs_crcl-short = Plent dwa sivil DHS; biwo a koupe an 2025 (an anglè)
ref-aclu_ct = Èd legal gratis sou dwa sivil, sitou pou ka ki touche anpil moun, ou mande l pa fòm sou entènèt, imèl oswa lapòs; li pa pran demand pa telefòn e li pa ka ede nan ijans.
ref-aclu_ct-short = Ka dwa sivil, pa fòm oswa imèl; pa ijans (an anglè)
ref-ct_oig = Biwo Connecticut ki fè envestigasyon sèlman lè lapolis sèvi ak fòs ki ka touye moun, ak lanmò moun ki nan men lapolis oswa nan prizon; se pa yon liy plent jeneral.
ref-ct_oig-short = Sèlman fòs lapolis ki touye ak lanmò nan detansyon (anglè)
ref-ct_safe_connect = Èd gratis e konfidansyèl pou vyolans domestik, 24 è sou 24, pa telefòn, tèks, imèl oswa chat, nan anpil lang, ak plan sekirite, konsèy, ak èd pou jwenn yon abri.
ref-ct_safe_connect-short = Èd pou vyolans domestik, 24/24, gratis (ak entèprèt)
ref-ct_sexual_assault = Liy gratis e konfidansyèl 24 è sou 24 pou moun ki sibi vyolans seksyèl, ak yon nimewo pou anglè ak yon lòt pou panyòl, ak yon moun ki ka akonpaye w lopital, lapolis oswa tribinal.
ref-ct_sexual_assault-short = Èd pou vyolans seksyèl, 24/24, an anglè ak an panyòl
ref-trafficking_hotline = Liy nasyonal pou jwenn èd si ou menm oswa yon moun ou konnen ka viktim trafik moun.
ref-trafficking_hotline-short = Èd pou viktim trafik moun (ak entèprèt)
ref-ian_directory = Lis sou entènèt sèvis legal imigrasyon gratis oswa bon mache nan òganizasyon ki pa fè pwofi, ou ka chèche dapre eta ak zip kòd.
ref-ian_directory-short = Jwenn èd imigrasyon gratis dapre zip kòd (anglè, panyòl)
ref-dcp = Biwo Connecticut kote ou ka rapòte fwod notario ak lòt eskwokri, menm san bay non w sou entènèt, men plent yo ka vin dokiman piblik.
ref-dcp-short = Rapòte fwod notario ak eskwokri nan CT (an anglè)
ref-ftc = Biwo federal kote ou ka rapòte fwod notario ak lòt eskwokri, an anglè oswa an panyòl; ekri "Notario Publico" nan plent ou.
ref-ftc-short = Rapòte fwod notario ak eskwokri (anglè, panyòl)
ref-ct_family_plan = Twous gratis eta a pou planifye kiyès k ap okipe pitit ou si yo mete yon paran nan detansyon, ak yon fòm pou nonmen yon gadyen legal an rezèv (standby guardian), nan 9 lang, san avoka ni tribinal.
ref-ct_family_plan-short = Twous gratis pou planifye swen pitit ou, an kreyòl tou
ref-ctlawhelp = Atik gratis ki soti nan èd legal gratis Connecticut, pou w ka ede tèt ou, an anglè ak an panyòl, sou dwa imigran ak kijan pou pwoteje pitit ou.
ref-ctlawhelp-short = Atik èd legal gratis sou dwa imigran (anglè, panyòl)
ref-ilrc_red_cards = Kat pou enprime epi pote sou ou, nan anpil lang, ki di w ap rete an silans, ou p ap louvri pòt la san yon manda jij siyen, e ou pa dakò pou yo fouye w.
ref-ilrc_red_cards-short = Kat ki di w ap rete an silans, an kreyòl tou
ref-ct_ag = Biwo konsomatè Pwokirè Jeneral eta Connecticut la (Attorney General), ki resevwa plent sou eskwokri pa fòm sou entènèt, men ki pa ka ba w konsèy legal prive.
ref-ct_ag-short = Plent sou eskwokri pa fòm; pa konsèy legal (an anglè)
ref-circ = Yon rezo gwoup kominotè, relijye, biznis ak legal nan tout eta a, ki baze nan Hartford, ki sipòte imigran ak refijye.
ref-circ-short = Rezo nan tout eta a ki sipòte imigran (an anglè)
ref-ula = Yon gwoup imigran kominotè nan New Haven ki ede travayè ki pa touche salè yo epi ki akonpaye moun nan tribinal, an panyòl, Mam, Totonaco ak Kaqchikel.
ref-ula-short = New Haven: salè yo pa peye, akonpayman (panyòl, anglè)
ref-c4d = Yon gwoup jèn san papye dirije, ki fè pati rezo United We Dream, ki ede moun antre nan inivèsite epi ki bay fòmasyon sou dwa ou.
ref-c4d-short = Jèn: èd pou inivèsite, fòmasyon sou dwa (anglè, panyòl)
ref-make_the_road_ct = Yon gwoup kominotè nan Bridgeport ak Hartford ki ofri sèvis legal ak sipò, òganizasyon kominotè ak èd sou dwa ou.
ref-make_the_road_ct-short = Sipò, dwa ou; Bridgeport, Hartford (panyòl, anglè)
