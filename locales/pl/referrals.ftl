## One line per referral in intents/referrals.toml: what it helps with, and its hours and limits
## where the fact sheets give them. No phone numbers here: the bot prints them from the TOML.
## Facts: /work/shared/facts/resources-and-rights.md (Part A) and ct-law-addendum.md. Reviewed 2026-11-27.
## Each ref-<id>-short is one line of at most 60 characters, shown beside the name where space is tight
## (the first screen of an answer). Keep it the plain gist of the long line above it.
## Polish: none of these services is documented to work in Polish (languages in intents/referrals.toml),
## so each line says which languages it offers and, where there is one, to ask for an interpreter.

ref-emergency_911 = Proszę dzwonić pod 911, jeśli ktoś jest ranny lub w niebezpieczeństwie teraz. Po angielsku i hiszpańsku; można poprosić o tłumacza, mówiąc „Polish”.
ref-emergency_911-short = Nagły wypadek: ktoś ranny lub w zagrożeniu (tłumacz)
ref-ct_211 = Bezpłatna, poufna pomoc w wielu językach, całą dobę: jedzenie, mieszkanie, rachunki za media i kryzysy psychiczne. Po angielsku i hiszpańsku; w innych językach przez tłumacza (wystarczy powiedzieć „Polish”).
ref-ct_211-short = Jedzenie, mieszkanie, kryzys, 24/7 (tłumacz)
ref-sls = Bezpłatna pomoc prawna w sprawach cywilnych dla osób o niskich dochodach (zwykle do 125% federalnej granicy ubóstwa), z infolinią od poniedziałku do piątku 9:00–12:00 i 13:00–14:00; osoby bez dokumentów z okolic New Haven powinny dzwonić bezpośrednio do NHLAA. Po angielsku i hiszpańsku.
ref-sls-short = Bezpłatna pomoc prawna, niskie dochody (ang./hiszp.)
ref-nhlaa = Bezpłatna pomoc prawna w rejonie Greater New Haven, także obrona przed deportacją; osoby bez dokumentów mogą dzwonić bezpośrednio, a NHLAA nie przekazuje informacji o statusie imigracyjnym policji ani nikomu innemu. Po angielsku i hiszpańsku.
ref-nhlaa-short = Bezpłatna pomoc prawna, New Haven (ang./hiszp.)
ref-ccif = Bezpłatna obrona przed deportacją dla osób w areszcie ICE lub w sprawach o deportację (removal) oraz dla osób ubiegających się o azyl, z programami w New Haven i Hartford; warto zadzwonić i zapytać, czy się kwalifikuje. Po angielsku i hiszpańsku.
ref-ccif-short = Bezpłatna obrona przed deportacją (ang./hiszp.)
ref-uwd_hotline = Krajowa infolinia obrony przed deportacją prowadzona przez United We Dream: zgłaszanie działań ICE i prośby o pomoc. Po angielsku i hiszpańsku.
ref-uwd_hotline-short = Zgłoszenie działań ICE, prośba o pomoc (ang./hiszp.)
ref-ice_locator = Strona ICE do szukania osoby dorosłej w areszcie ICE, po numerze A (A-number) lub dokładnym imieniu i nazwisku, oraz kraju urodzenia; aktualizowana w ciągu około 8 godzin. Po angielsku i hiszpańsku.
ref-ice_locator-short = Strona do szukania dorosłego w areszcie ICE
ref-ice_dril = Linia ICE do szukania osoby w areszcie imigracyjnym i do zgłaszania nadużyć lub poważnych problemów w areszcie, trudności w kontakcie z prawnikiem albo rozdzielenia z dziećmi; konsultanci od poniedziałku do piątku 8:00–20:00 czasu wschodniego (bez świąt), pomoc po angielsku i hiszpańsku.
ref-ice_dril-short = Linia ICE: szukanie zatrzymanych; pn–pt 8:00–20:00
ref-eoir = Informacje z sądu imigracyjnego po numerze A (A-number), całą dobę, po angielsku i hiszpańsku: data, godzina i miejsce następnej rozprawy oraz decyzja sędziego (bez rozpraw w sprawie kaucji).
ref-eoir-short = Terminy w sądzie imigracyjnym po numerze A, 24/7
ref-chro = Bezpłatny urząd Connecticut do spraw dyskryminacji w pracy, mieszkalnictwie, miejscach publicznych i kredytach, na przykład z powodu pochodzenia narodowego; nie przyjmuje skarg na ICE, a kontakt warto nawiązać jak najszybciej, bo niektóre skargi trzeba złożyć w ciągu 180 dni. Tylko po angielsku; warto poprosić o tłumacza.
ref-chro-short = Skargi na dyskryminację w CT; nie na ICE (ang.)
ref-dhs_oig = Urząd federalny, który przyjmuje skargi na niewłaściwe postępowanie pracowników DHS, w tym ICE i CBP, np. użycie siły, profilowanie lub odmowę praw; to nie jest linia alarmowa i nie działa całą dobę. Tylko po angielsku.
ref-dhs_oig-short = Skargi na ICE lub CBP; nie w nagłych wypadkach (ang.)
ref-dhs_crcl = Urząd federalny przyjmujący skargi na naruszenia praw obywatelskich przez ICE, CBP i inne części DHS; DHS zlikwidował ten urząd w 2025 roku, więc skargę warto złożyć dla dokumentacji i powiadomić też prawnika. Tylko po angielsku.
ref-dhs_crcl-short = Skargi na DHS; urząd zlikwidowany w 2025 (ang.)
ref-aclu_ct = Bezpłatna pomoc prawna w sprawach praw obywatelskich, głównie w sprawach dotyczących wielu osób, przez formularz internetowy, e-mail lub pocztę; nie przyjmuje zgłoszeń telefonicznie i nie pomaga w nagłych wypadkach. Tylko po angielsku.
ref-aclu_ct-short = Prawa obywatelskie, formularz lub e-mail (ang.)
ref-ct_oig = Urząd Connecticut, który bada wyłącznie użycie przez policję śmiertelnej siły oraz zgony w areszcie policyjnym lub w więzieniu; to nie jest ogólna linia skarg. Tylko po angielsku.
ref-ct_oig-short = Tylko śmiertelna siła policji i zgony w areszcie
ref-ct_safe_connect = Bezpłatna, poufna pomoc w przemocy domowej, całą dobę, telefonicznie, SMS-em, e-mailem lub na czacie, w wielu językach (po angielsku i hiszpańsku, w innych przez tłumacza): plan bezpieczeństwa, wsparcie psychologiczne i pomoc w znalezieniu schroniska.
ref-ct_safe_connect-short = Przemoc domowa, 24/7, bezpłatnie, poufnie (tłumacz)
ref-ct_sexual_assault = Bezpłatna, poufna całodobowa infolinia dla osób, które doświadczyły przemocy seksualnej, z jednym numerem po angielsku i jednym po hiszpańsku, oraz osobą, która pójdzie z Panem/Panią do szpitala, na policję lub do sądu.
ref-ct_sexual_assault-short = Przemoc seksualna, 24/7, ang. i hiszp.
ref-trafficking_hotline = Krajowa infolinia pomocy, jeśli Pan/Pani lub ktoś znajomy może być ofiarą handlu ludźmi. Po angielsku i hiszpańsku; można poprosić o tłumacza.
ref-trafficking_hotline-short = Pomoc dla ofiar handlu ludźmi (tłumacz)
ref-ian_directory = Internetowa lista organizacji non-profit oferujących bezpłatną lub tanią pomoc prawną w sprawach imigracyjnych, z wyszukiwaniem po stanie i kodzie pocztowym (zip code). Po angielsku i hiszpańsku.
ref-ian_directory-short = Tania lub darmowa pomoc imigracyjna wg kodu pocztowego
ref-dcp = Urząd Connecticut, w którym można zgłosić oszustwo „notario” i inne oszustwa, także anonimowo przez internet, ale skargi mogą stać się dokumentami jawnymi. Tylko po angielsku.
ref-dcp-short = Zgłaszanie oszustw „notario” w Connecticut (ang.)
ref-ftc = Urząd federalny, w którym można zgłosić oszustwo „notario” i inne oszustwa, po angielsku lub hiszpańsku; w skardze warto wpisać „Notario Publico”.
ref-ftc-short = Zgłaszanie oszustw „notario” (ang./hiszp.)
ref-ct_family_plan = Bezpłatny zestaw materiałów stanu do zaplanowania opieki nad dziećmi na wypadek zatrzymania rodzica, z formularzem opiekuna rezerwowego (standby guardian), w 9 językach, w tym po polsku, bez potrzeby prawnika ani sądu.
ref-ct_family_plan-short = Bezpłatny plan stanu: opieka nad dziećmi (też po polsku)
ref-ctlawhelp = Bezpłatne poradniki bezpłatnej pomocy prawnej z Connecticut, po angielsku i hiszpańsku, o prawach imigrantów i ochronie dzieci.
ref-ctlawhelp-short = Poradniki o prawach imigrantów w CT (ang./hiszp.)
ref-ilrc_red_cards = Karty do wydrukowania i noszenia przy sobie, które mówią, że będzie się milczeć, nie otworzy się drzwi bez nakazu sędziego i nie wyraża się zgody na przeszukanie, w wielu językach (nie potwierdziliśmy wersji polskiej).
ref-ilrc_red_cards-short = Karty: milczę, nie otwieram, wiele języków
ref-ct_ag = Biuro konsumenckie Prokuratora Generalnego Connecticut (Attorney General), które przyjmuje skargi na oszustwa przez formularz internetowy, ale nie udziela prywatnych porad prawnych. Tylko po angielsku.
ref-ct_ag-short = Skargi na oszustwa przez formularz; bez porad (ang.)
ref-circ = Sieć z siedzibą w Hartford, działająca w całym stanie, zrzeszająca grupy społeczne, religijne, biznesowe i prawnicze, które wspierają imigrantów i uchodźców. Po angielsku.
ref-circ-short = Sieć w całym stanie wspierająca imigrantów (ang.)
ref-ula = Oddolna grupa imigrantów z New Haven, która pomaga pracownikom w sprawie niewypłaconych wynagrodzeń i chodzi z ludźmi do sądu, po hiszpańsku oraz w językach mam, totonaco i kaqchikel.
ref-ula-short = New Haven: zaległe pensje, wsparcie w sądzie (hiszp.)
ref-c4d = Grupa prowadzona przez młodzież bez dokumentów, część sieci United We Dream, która pomaga w dostaniu się na studia i prowadzi szkolenia o prawach. Po angielsku i hiszpańsku.
ref-c4d-short = Grupa młodzieży: studia, szkolenia o prawach
ref-make_the_road_ct = Grupa społeczna w Bridgeport i Hartford, która oferuje usługi prawne i wsparcie, organizowanie społeczności i pomoc w poznaniu swoich praw. Po hiszpańsku i angielsku.
ref-make_the_road_ct-short = Wsparcie i prawa; Bridgeport, Hartford (hiszp./ang.)
