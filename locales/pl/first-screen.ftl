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
## Polish: respectful, impersonal forms ("można", "nie trzeba", "proszę"); terms from GLOSSARY.md.

## Interface

# One line under every first screen. Keep { $date } and the not-legal-advice idea.
footer-short = <i>Sprawdzone { $date } · Ogólne informacje, nie porada prawna.</i>
# Put before the first contact of an urgent answer: "Call first: <name> ☎️ <number>".
call-first = Najpierw dzwonić:
# Put before the first contact of any other answer: "Who can help: <name> ☎️ <number>".
who-can-help = Kto może pomóc:
details-button = 📖 Więcej szczegółów
who-to-call-button = 📞 Gdzie dzwonić
# On an inline result shared into another chat: opens the whole answer in the bot.
open-in-bot-button = 📖 Pełna odpowiedź w bocie
# Heading of the message the "More details" button sends. $title is the topic's title.
details-heading = Więcej szczegółów: { $title }
# When someone presses the same button twice in a row.
already-shown = Ta część jest tuż powyżej. ⬆️

## Gists: rights and the law

warrant_types-gist = Zasadniczo funkcjonariusze potrzebują nakazu podpisanego przez <b>sędziego</b>, aby wejść do domu bez zgody mieszkańców. Formularze ICE I-200 i I-205 podpisuje urzędnik imigracyjny, nie sędzia, więc można nie otwierać drzwi. Notatka ICE ujawniona w 2026 roku twierdzi, że agenci mogą wejść siłą z formularzem I-205, gdy dana osoba ma ostateczny nakaz deportacji; wielu prawników uważa, że to łamie Konstytucję. Jeśli agenci wejdą siłą: nie stawiać oporu, powiedzieć „Nie wyrażam zgody” i milczeć.

right_to_silence-gist = Nie trzeba mówić, gdzie się urodziło, jaki ma się status imigracyjny ani jak się przyjechało do USA. Można powiedzieć: „Chcę skorzystać z prawa do milczenia. Chcę rozmawiać z prawnikiem” i przestać mówić. Bezpłatna pomoc prawna w Connecticut radzi podać imię i nazwisko, jeśli urzędnicy o nie pytają. Nigdy nie kłamać, nie pokazywać fałszywych dokumentów i nie mówić, że jest się obywatelem USA, jeśli to nieprawda.

signing_documents-gist = Nie podpisywać żadnych dokumentów od ICE ani od strażników w areszcie przed rozmową z prawnikiem. Dokumenty takie jak <b>dobrowolny wyjazd</b> (voluntary departure) czy <b>deportacja za zgodą</b> (stipulated removal) mogą oznaczać rezygnację z prawa do rozprawy i z szansy na pozostanie w USA. Można powiedzieć: „Niczego nie podpiszę, dopóki nie porozmawiam z prawnikiem”. „Notario” nie jest prawnikiem i nigdy nie wolno podpisywać pustego formularza.

trust_act-gist = Ustawa TRUST Act, prawo stanu Connecticut od 2013 roku, mówi, że policja, areszty i więzienia nie mogą nikogo przetrzymać ani aresztować tylko dlatego, że prosi o to ICE albo przysyła nakaz niepodpisany przez sędziego. Mogą to zrobić tylko z nakazem podpisanym przez <b>sędziego</b>, po skazaniu za przestępstwo (felony) klasy A lub B albo jedno z 13 wymienionych przestępstw, lub przy możliwym dopasowaniu do listy osób podejrzanych o terroryzm. Ustawa nie powstrzymuje agentów ICE przed własnymi aresztowaniami. Departament Sprawiedliwości USA kwestionuje ją w sądzie federalnym (pozew z wiosny 2026).

police_share_with_ice-gist = Żadne prawo Connecticut nie wymaga, by policja informowała ICE o osobach bez dokumentów; prawo stanowe ogranicza, co policja może przekazywać, w tym datę zwolnienia z aresztu. Ale przy aresztowaniu odciski palców trafiają do ICE automatycznie przez program federalny, a stan nie może tego powstrzymać. Prawo federalne nie pozwala stanowi zabronić policji przekazywania ICE informacji o statusie, dlatego lepiej zachować go dla siebie.

police_ask_status-gist = Żadne prawo stanu Connecticut nie zabrania policji pytać o status imigracyjny, ale niektóre miasta, np. New Haven, mają własne zasady, które tego zabraniają. Nigdy nie trzeba odpowiadać: można powiedzieć „Chcę skorzystać z prawa do milczenia”. To, co powie się policji o swoim statusie, może trafić do ICE. Kierowca musi jednak pokazać prawo jazdy, dowód rejestracyjny i dowód ubezpieczenia.

ice_interview_custody-gist = Areszty, więzienia i policja w Connecticut <b>nie</b> mogą pozwolić ICE przesłuchać osoby, którą przetrzymują, chyba że ta osoba została skazana za przestępstwo (felony) klasy A lub B albo jedno z 13 wymienionych przestępstw, może figurować na liście osób podejrzanych o terroryzm, albo nakazał to sąd federalny. Nawet jeśli ICE uzyska spotkanie, nie trzeba odpowiadać: prosić o prawnika i niczego nie podpisywać. W Connecticut nie ma przepisu o formularzu zgody na takie przesłuchania; to prawo Kalifornii.

report_crime_safely-gist = Ofiara przestępstwa może dostać pomoc bez względu na status imigracyjny. W razie zagrożenia proszę dzwonić pod 911. Według Trust Act policja nie może powiedzieć ICE, że ktoś jest ofiarą przemocy domowej lub napaści seksualnej albo świadkiem przestępstwa, poza wąskimi wyjątkami. Ofiary mogą kwalifikować się do <b>wizy U</b>, <b>wizy T</b> lub <b>VAWA</b>: przed złożeniem wniosku warto porozmawiać z bezpłatną pomocą prawną lub prawnikiem imigracyjnym.

sensitive_places-gist = Polityka federalna, która trzymała ICE z dala od szkół, szpitali i miejsc kultu, została odwołana 20 stycznia 2025. Od 1 października 2026 prawo Connecticut (Public Act 26-14) mówi, że żaden funkcjonariusz, <b>także ICE</b>, nie może dokonać aresztowania cywilnego w tych miejscach bez nakazu podpisanego przez sędziego. Departament Sprawiedliwości USA kwestionuje to prawo w sądzie federalnym, więc warto znać swoje prawa wszędzie.

school_rights-gist = Każde dziecko może chodzić do bezpłatnej szkoły publicznej od przedszkola (kindergarten) do 12. klasy, bez względu na status imigracyjny dziecka lub rodziców. Szkoły w Connecticut nie muszą zbierać informacji o statusie imigracyjnym, a dokumentację uczniów chroni federalne prawo o prywatności. Od 1 października 2026 prawo stanowe zakazuje aresztowań cywilnych w szkołach bez nakazu sędziego, ale Departament Sprawiedliwości USA kwestionuje je w sądzie.

ice_cooperation_programs-gist = Gdy ktoś zostaje aresztowany i pobiera mu się odciski palców w Connecticut, trafiają one do ICE automatycznie przez federalny program Secure Communities. Od 2019 roku Trust Act zabrania policji, aresztom i innym objętym nią funkcjonariuszom w Connecticut wykonywania pracy ICE w ramach porozumień <b>287(g)</b>. Program PEP zakończył się w styczniu 2017. ICE miało dostęp do policyjnej bazy danych stanu, która zawiera dane z DMV; nie wiemy, czy to się zmieniło.

local_policies-gist = Żadne prawo Connecticut nie nazywa stanu „sanktuarium” (sanctuary). W każdym mieście obowiązuje ustawa <b>Trust Act</b>, która ogranicza pomoc policji i aresztów dla ICE. Niektóre miasta idą dalej: policja w New Haven nie pyta o status imigracyjny, a policja w Hartford nikogo nie aresztuje ani nie przetrzymuje tylko z powodu statusu. Departament Sprawiedliwości USA kwestionuje Trust Act i zarządzenie New Haven „Miasto Przyjazne” (Welcoming City) w sądzie federalnym.

data_privacy-gist = Od 18 listopada 2025 stanowe i lokalne urzędy w Connecticut nie mogą przekazywać ICE adresu, miejsca pracy, szkoły ani terminów wizyt, jeśli nie są one publiczne, z pewnymi wyjątkami, np. nakaz sędziego lub postanowienie sądu. Ale odciski palców z każdego aresztowania trafiają do ICE automatycznie. Dane z DMV są w policyjnej bazie danych stanu, z której ICE mogło korzystać, i nie wiemy, czy to się zmieniło.

daca_minors-gist = Z DACA czy bez, w każdym wieku, prawa są takie same: można milczeć, prosić o prawnika i nie podpisywać niezrozumiałych dokumentów. Każde dziecko może chodzić do szkoły publicznej od przedszkola (kindergarten) do 12. klasy, bez względu na status. Nie mamy rzetelnych, aktualnych informacji o DACA, więc przed złożeniem wniosku, przedłużeniem lub podróżą trzeba porozmawiać z prawnikiem imigracyjnym lub przedstawicielem akredytowanym przez DOJ, nigdy z „notario”.

law_changes-gist = Przepisy Connecticut bardzo się zmieniły w 2025 i 2026 roku. Od 18 listopada 2025 aresztowania cywilne na terenie sądów stanowych wymagają nakazu sędziego, skazania z listy lub dopasowania do listy podejrzanych o terroryzm. Od 1 października 2026 aresztowania cywilne w szkołach, szpitalach, miejscach kultu i innych chronionych miejscach wymagają <b>nakazu sędziego</b>. Departament Sprawiedliwości USA kwestionuje Trust Act i prawo z 2026 roku w sądzie federalnym; nasze informacje sięgają mniej więcej maja 2026.

compliance_oversight-gist = Lokalna policja zgłasza stanowi każdy przypadek, gdy ICE uzyskuje dostęp do osób, które przetrzymuje, a stan publikuje te dane na data.ct.gov; te dokumenty są jawne. Od 1 października 2025 można pozwać miasto, którego policja lub policja szkolna łamie Trust Act, domagając się postanowienia sądu (bez odszkodowania). Jeśli urząd złamał te zasady, warto porozmawiać z bezpłatną pomocą prawną lub skontaktować się z ACLU of Connecticut.

## Gists: help and referrals

file_complaint-gist = Najpierw zapisać nazwiska, numery odznak, datę, godzinę i miejsce oraz co się stało. Skargi na agentów ICE lub CBP przyjmuje Inspektor Generalny DHS, który nie jest linią alarmową: w razie zagrożenia proszę dzwonić pod 911. Skargi na policję w Connecticut składa się w komendzie danego funkcjonariusza. CHRO zajmuje się dyskryminacją w pracy, mieszkalnictwie, miejscach publicznych i kredytach, a nie skargami na ICE.

legal_help-gist = Pomocy prawnej w sprawach imigracyjnych może udzielać tylko prawnik z licencją lub przedstawiciel akredytowany przez DOJ. „Notario” <b>nie</b> jest prawnikiem. CCIF bezpłatnie broni przed deportacją osoby w areszcie ICE lub w sprawach o deportację oraz osoby ubiegające się o azyl, z programami w New Haven i Hartford: warto zadzwonić i zapytać, czy się kwalifikuje. Po inną bezpłatną pomoc prawną proszę dzwonić do Statewide Legal Services (przycisk Gdzie dzwonić).

rapid_response-gist = Nie udało nam się potwierdzić numeru żadnej infolinii szybkiego reagowania w Connecticut, więc można korzystać z krajowej infolinii United We Dream. Widząc ICE, trzymać się w bezpiecznej odległości i nagrać lub zapisać godzinę, miejsce, liczbę agentów i samochodów oraz co się stało. Przed udostępnieniem sprawdzić zgłoszenie i oznaczyć je „NIEPOTWIERDZONE”, dopóki ktoś go nie sprawdzi. Nigdy nie dzwonić na linię ICE do zgłaszania osób.

family_plan-gist = Warto już teraz zaplanować opiekę nad dziećmi, dokumenty i pieniądze na wypadek zatrzymania rodzica. Bezpłatny <b>Family Preparedness Plan</b> stanu Connecticut nie wymaga prawnika ani sądu i jest dostępny w 9 językach, w tym po polsku, hiszpańsku, portugalsku i haitańsku. Jego formularz opiekuna rezerwowego (standby guardian) pozwala wskazać, przy dwóch świadkach, osobę, która zaopiekuje się dziećmi w razie zatrzymania.

know_your_rights-gist = Każdy w USA ma te prawa, bez względu na status. <b>Nie otwierać drzwi</b>: poprosić, by nakaz wsunąć pod drzwi. <b>Milczeć</b>, <b>niczego nie podpisywać</b> bez prawnika, <b>prosić o prawnika</b> i mówić „Nie wyrażam zgody na przeszukanie”. Nie kłamać, nie uciekać, nie stawiać oporu i nigdy nie pokazywać fałszywych dokumentów.

community_support-gist = Grupy w Connecticut wspierają imigrantów szkoleniami, wsparciem w sądzie, programami dla młodzieży i pomocą w podstawowych potrzebach, na przykład CIRC (sieć w całym stanie), ULA w New Haven (prawa pracowników, towarzyszenie w sądzie), C4D (prowadzona przez młodzież bez dokumentów) i Make the Road w Bridgeport i Hartford. W sprawie jedzenia, mieszkania lub kryzysu można dzwonić pod 2-1-1, całą dobę. Porad prawnych w sprawach imigracyjnych udziela tylko prawnik lub przedstawiciel akredytowany przez DOJ.
