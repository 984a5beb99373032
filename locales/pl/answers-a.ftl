## Answers, part A: encounters (urgent) and help topics.
## Each intent X has X-title (button, max 30 chars, no HTML), X-summary (one sentence, max 120 chars,
## no HTML), X-now (urgent intents only: 3 to 5 numbered lines), and X-body.
## The bot prints the "Who to call" block from intents/referrals.toml between X-now and X-body,
## so phone numbers of an intent's own referrals are never repeated here.
## Facts: /work/shared/facts (the addendum wins). Reviewed 2026-11-27.
## Polish: respectful, impersonal forms; legal terms from locales/pl/GLOSSARY.md.

## ---------------------------------------------------------------- ice_at_door

ice_at_door-title = ICE pod drzwiami
ice_at_door-summary = Nie otwierać drzwi: prosić o nakaz podpisany przez sędziego, milczeć i zadzwonić po pomoc.
ice_at_door-now =
    1. Nie otwierać drzwi. Rozmawiać przez drzwi.
    2. Zapytać, z jakiej są agencji, i poprosić, by wsunęli nakaz pod drzwi. Formularze ICE I-200 i I-205 nie są podpisane przez sędziego: nie trzeba dla nich otwierać.
    3. Powiedzieć: „Nie wyrażam zgody na wejście. Będę milczeć. Chcę prawnika”.
    4. Jeśli wejdą siłą, nie stawiać oporu i nie uciekać. Powtarzać: „Nie wyrażam zgody”.
    5. Zadzwonić pod numer poniżej lub nacisnąć Gdzie dzwonić.
ice_at_door-body =
    <b>Sprawdzić dokument, który pokazują</b>
    • Nakaz sędziego pochodzi z sądu. Na górze jest nazwa sądu, np. „United States District Court” albo sąd Connecticut. Podpisuje go sędzia. Trzeba sprawdzić, czy imię i nazwisko, adres i data się zgadzają.
    • Formularze ICE <b>I-200</b> i <b>I-205</b> podpisuje urzędnik imigracyjny, nie sędzia. Z powodu tych formularzy nie trzeba otwierać drzwi ani zgadzać się na wejście agentów.
    • Nakaz sędziego może pozwalać agentom wejść. Nakaz przeszukania pozwala przeszukać tylko miejsca w nim wymienione. Nakaz aresztowania pozwala wejść do domu wskazanej osoby, jeśli agenci sądzą, że ta osoba jest w środku. Nadal ma się prawo do milczenia.
    
    <b>Uwaga: notatka ICE ujawniona w 2026 roku</b>
    Notatka ICE z maja 2025, ujawniona w styczniu 2026, twierdzi, że agenci mogą wejść siłą do domu z formularzem I-205, gdy dana osoba ma ostateczny nakaz deportacji. Eksperci prawni i obrońcy praw imigrantów mówią, że to łamie Konstytucję USA, i sprawa jest kwestionowana w sądzie. Jeśli agenci wejdą siłą:
    • nie walczyć, nie stawiać oporu i nie uciekać;
    • powiedzieć wyraźnie: „Nie wyrażam zgody”;
    • milczeć i niczego nie podpisywać;
    • jak najszybciej zadzwonić do prawnika.
    
    <b>Warto wiedzieć</b>
    • Otwarcie drzwi, nawet trochę, może zostać uznane za wpuszczenie agentów. Agenci mogą też zobaczyć, kto jest w środku.
    • Każda osoba w domu ma prawo do milczenia.
    • Agenci czasem mówią, że są „policją” albo że jest problem z samochodem, żeby ktoś wyszedł na zewnątrz. Zawsze pytać, z jakiej są agencji.
    • Nie kłamać. Nie pokazywać fałszywych dokumentów. Nigdy nie mówić, że jest się obywatelem USA, jeśli to nieprawda.
    • Można przyłożyć czerwoną kartę do okna lub wsunąć ją pod drzwi. Mówi ona, że będzie się milczeć i nie otworzy się bez nakazu sędziego.
    • Potem zapisać, co się stało: godzinę, agencję, nazwiska i numery odznak.
    • Jeśli ktoś jest ranny lub w niebezpieczeństwie, dzwonić pod 911.

## ---------------------------------------------------------------- ice_at_work

ice_at_work-title = ICE w pracy
ice_at_work-summary = Zachować spokój, nie uciekać, milczeć i nic nie podpisywać; do miejsc prywatnych agenci potrzebują nakazu sędziego.
ice_at_work-now =
    1. Zachować spokój. Nie uciekać.
    2. Zapytać: „Czy mogę odejść?”. Jeśli tak, spokojnie odejść.
    3. Jeśli nie, powiedzieć: „Będę milczeć. Chcę prawnika”.
    4. Niczego nie podpisywać. Nie pokazywać fałszywych dokumentów ani dokumentów z innego kraju.
    5. Zadzwonić pod numer poniżej lub nacisnąć Gdzie dzwonić.
ice_at_work-body =
    <b>Gdzie agenci mogą wejść</b>
    • ICE może bez nakazu wejść do publicznych części firmy: holu, sali restauracyjnej, parkingu.
    • Aby wejść do części prywatnych (kuchnia, biuro na zapleczu, pomieszczenia tylko dla personelu), ICE potrzebuje nakazu podpisanego przez sędziego albo zgody pracodawcy. Formularz podpisany przez urzędnika imigracyjnego nie wystarczy.
    • Właściciel lub kierownik decyduje, czy wpuścić agentów do części prywatnych. Można przypomnieć pracodawcy, że może odmówić, jeśli nie ma nakazu sędziego. Tabliczki „Employees Only” (tylko dla pracowników) pomagają oznaczyć części prywatne.
    
    <b>Prawa w pracy</b>
    • Nie trzeba mówić, gdzie się urodziło, jaki ma się status imigracyjny ani jak się przyjechało do USA.
    • Można powiedzieć: „Nie wyrażam zgody na przeszukanie” siebie lub swoich rzeczy.
    • Nie trzeba dołączać do grupy podzielonej według statusu imigracyjnego. Milczeć i nie odpychać nikogo fizycznie.
    • Osoba z legalnym statusem imigracyjnym musi pokazać agentom ICE jego dowód, jeśli o to proszą.
    
    <b>Nie pogarszać sytuacji</b>
    • Nie uciekać i nie stawiać fizycznego oporu, nawet jeśli agenci wydają się nie mieć racji.
    • Nie kłamać i nigdy nie pokazywać fałszywych dokumentów. Ucieczka i fałszywe dokumenty mogą zostać użyte przeciwko danej osobie i prowadzić do nowych zarzutów.
    
    <b>Jeśli można to zrobić bezpiecznie</b>
    • Nagrywać albo zapisać numery odznak, nazwiska i kogo zabrano. Nie przeszkadzać agentom.
    • Powiadomić rodziny zabranych współpracowników. Mogą ich szukać w ICE Online Detainee Locator (wyszukiwarce zatrzymanych ICE).

## ---------------------------------------------------------------- ice_at_courthouse

ice_at_courthouse-title = ICE w sądzie
ice_at_courthouse-summary = Connecticut ogranicza aresztowania ICE w sądach stanowych, ale rozprawy nie opuszczać: przed nią iść do prawnika.
ice_at_courthouse-now =
    1. Nie opuszczać terminu w sądzie. Nieobecność może bardzo pogorszyć sytuację.
    2. Przed terminem porozmawiać ze swoim prawnikiem lub obrońcą z urzędu oraz z prawnikiem imigracyjnym.
    3. Pójść do sądu z zaufaną osobą.
    4. W razie zatrzymania przez agentów: milczeć, prosić o prawnika i nic nie podpisywać.
    5. Po pomoc prawną dzwonić pod numer poniżej. Termin w sądzie imigracyjnym: przycisk Gdzie dzwonić.
ice_at_courthouse-body =
    <b>Prawo Connecticut od 18 listopada 2025</b>
    • Żaden funkcjonariusz, także ICE, nie może dokonać aresztowania cywilnego (np. imigracyjnego) na terenie <b>stanowego</b> sądu w Connecticut, chyba że najpierw powiadomi strażnika sądowego (judicial marshal) i pokaże dokumenty. Muszą one wykazać nakaz podpisany przez sędziego, skazanie za przestępstwo (felony) klasy A lub B albo za jedno z 13 wymienionych przestępstw, lub możliwe dopasowanie do listy osób podejrzanych o terroryzm. Strażnik sądowy musi je sprawdzić.
    • „Teren sądu” to budynek, parkingi i garaże sądu oraz chodniki i przejścia obok niego. Przepis chroni wszystkich, nie tylko osoby, które mają sprawę.
    • Funkcjonariusze nie mogą nosić masek na terenie sądu, chyba że maska jest potrzebna ze względów medycznych i sędzia wcześniej to zatwierdził.
    • Złamanie przepisu może być ukarane jako obraza sądu (contempt of court): grzywna do 100 USD, do 6 miesięcy więzienia lub obie kary. Osoba poszkodowana może pozwać.
    • Przepis dotyczy tylko aresztowań cywilnych. Nie powstrzymuje aresztowań za przestępstwa.
    • ICE aresztowało ludzi w sądach Connecticut w 2025 roku. Żaden sąd nie rozstrzygnął jeszcze, czy sądy stanowe mogą wymagać od agentów ICE przestrzegania tego prawa. Dlatego warto zaplanować wszystko z wyprzedzeniem.
    • W sierpniu 2025 sąd federalny w Connecticut (U.S. District Court) także zakazał aresztowań imigracyjnych we własnych budynkach sądowych.
    
    <b>Sąd imigracyjny to co innego</b>
    Sądy imigracyjne są federalne. Prawo Connecticut o sądach ich nie obejmuje. Od maja 2025 ICE aresztuje ludzi w sądach imigracyjnych lub w ich pobliżu. Przed rozprawą porozmawiać z prawnikiem, ale nie zostawać po prostu w domu.
    
    <b>Dlaczego nie opuszczać rozprawy</b>
    • Po nieobecności na terminie w sądzie stanowym sędzia może wydać nakaz aresztowania.
    • Po nieobecności na rozprawie imigracyjnej sędzia może nakazać deportację „in absentia” (pod nieobecność). ICE może wtedy aresztować i deportować bez kolejnej rozprawy.
    • Trzeba aktualizować swój adres w sądzie imigracyjnym.
    • Grupy społeczne, np. ULA w New Haven, chodzą z ludźmi do sądu. Warto zapytać lokalną grupę, czy ktoś może pójść razem.

## ---------------------------------------------------------------- stopped_in_public

stopped_in_public-title = Kontrola na ulicy
stopped_in_public-summary = Gdy ICE lub policja zatrzyma na ulicy: zachować spokój, zapytać, czy można odejść, i nie rozmawiać o statusie.
stopped_in_public-now =
    1. Zachować spokój. Nie uciekać i nie stawiać oporu. Trzymać ręce na widoku.
    2. Zapytać: „Czy mogę odejść?”. Jeśli tak, spokojnie odejść.
    3. Jeśli nie, powiedzieć: „Będę milczeć. Chcę rozmawiać z prawnikiem”.
    4. Jeśli pytają o imię i nazwisko, podać je. Na inne pytania nie trzeba odpowiadać.
    5. Powiedzieć: „Nie wyrażam zgody na przeszukanie”. Nigdy nie pokazywać fałszywych dokumentów.
stopped_in_public-body =
    <b>Czego nie trzeba robić</b>
    • Nie trzeba mówić, gdzie się urodziło, jaki ma się status imigracyjny ani jak się przyjechało do USA.
    • Można odmówić przeszukania. Funkcjonariusze mogą jednak obmacać ubranie z zewnątrz w poszukiwaniu broni. Nie odpychać ich.
    
    <b>Imię i nazwisko</b>
    Bezpłatna pomoc prawna w Connecticut (CTLawHelp) mówi, że jeśli urzędnicy pytają o imię i nazwisko, trzeba je podać. Podanie imienia i nazwiska nie oznacza obowiązku odpowiadania na cokolwiek innego.
    
    <b>Dokumenty</b>
    • Nigdy nie pokazywać fałszywych dokumentów. Nigdy nie mówić, że jest się obywatelem USA, jeśli to nieprawda.
    • Obrońcy praw imigrantów radzą nie nosić przy sobie dokumentów z innego kraju, np. zagranicznego paszportu, które pokazują obywatelstwo.
    • Osoba z legalnym statusem imigracyjnym (np. zieloną kartą lub wizą) musi pokazać jego dowód agentom ICE, jeśli o to proszą. Lokalnej policji nie trzeba go pokazywać.
    
    <b>Policja czy ICE?</b>
    • Lokalna policja i ICE to nie to samo. Trust Act w Connecticut ogranicza pomoc policji stanowej i lokalnej dla ICE. New Haven i Hartford polecają swojej policji nie pytać o status imigracyjny.
    • Agenci ICE czasem mówią, że są „policją”. Trzeba zapytać, z jakiej są agencji.
    • Prawo Connecticut z 2026 roku mówi, że funkcjonariusze, także agenci federalni, muszą pokazać odznakę i identyfikator z nazwiskiem i w większości przypadków nie mogą zasłaniać twarzy. Departament Sprawiedliwości USA kwestionuje to prawo w sądzie.
    
    <b>Gdy zatrzymano kogoś innego</b>
    Można filmować policję i agentów federalnych pracujących w miejscu publicznym. Zachować dystans, nie przeszkadzać i odsunąć się, jeśli każą.

## ---------------------------------------------------------------- stopped_in_car

stopped_in_car-title = Kontrola w samochodzie
stopped_in_car-summary = Bezpiecznie zjechać i trzymać ręce na widoku; kierowca pokazuje prawo jazdy, ale nikt nie musi mówić o statusie.
stopped_in_car-now =
    1. Bezpiecznie zjechać na bok. Wyłączyć silnik i włączyć światło w środku.
    2. Trzymać ręce na widoku.
    3. Kierowca: na prośbę pokazać prawo jazdy, dowód rejestracyjny i ubezpieczenie. Nigdy nie pokazywać fałszywych dokumentów.
    4. Powiedzieć: „Nie wyrażam zgody na przeszukanie”. Jeśli mimo to przeszukują, nie stawiać oporu.
    5. Nie trzeba odpowiadać na pytania o status ani o miejsce urodzenia.
stopped_in_car-body =
    <b>Kierowca i pasażerowie</b>
    • Kierowca musi na prośbę pokazać prawo jazdy, dowód rejestracyjny i dowód ubezpieczenia.
    • Pasażerowie: ogólne porady o prawach mówią, że pasażerowie nie muszą pokazywać dokumentu tożsamości ani odpowiadać na pytania i mogą zapytać: „Czy mogę odejść?”. Nie udało nam się potwierdzić dokładnej zasady Connecticut dla pasażerów, więc warto to sprawdzić u prawnika.
    • Nikt w samochodzie nie musi odpowiadać na pytania o status imigracyjny, miejsce urodzenia ani o to, jak przyjechał do USA.
    • Można odmówić przeszukania samochodu, ale nie powstrzymywać fizycznie funkcjonariuszy, jeśli mimo to przeszukują.
    
    <b>Policja czy ICE?</b>
    • ICE często używa nieoznakowanych samochodów, a agenci chodzą w zwykłych ubraniach. Trzeba się zatrzymać, gdy funkcjonariusze mówią, kim są, i dają sygnał światłami lub syreną. Zapytać, z jakiej są agencji.
    • Jeśli to ICE, a ma się legalny status imigracyjny, pokazać jego dowód.
    • Przy policji można zapisać nazwisko funkcjonariusza i numer odznaki.
    
    <b>Prawo jazdy „drive-only”</b>
    Connecticut wydaje prawo jazdy „drive-only” (tylko do prowadzenia pojazdu) osobom, które nie mogą udowodnić legalnego pobytu (CGS § 14-36m). To prawdziwe prawo jazdy. Nie jest ważne jako federalny dokument tożsamości, np. przy wejściu do samolotu.
    
    <b>Profilowanie rasowe</b>
    Po kontroli drogowej w Connecticut policja musi poinformować, jak złożyć skargę na profilowanie rasowe. Można ją złożyć w komendzie policji albo w CHRO.

## ---------------------------------------------------------------- detained_now

detained_now-title = Zatrzymanie przez ICE
detained_now-summary = Milczeć, prosić o prawnika, nic nie podpisywać i przekazać rodzinie swój numer A (A-number).
detained_now-now =
    1. Milczeć. Powiedzieć: „Będę milczeć. Chcę prawnika”.
    2. Nic nie podpisywać bez prawnika, zwłaszcza dokumentów o dobrowolnym wyjeździe (voluntary departure) lub deportacji za zgodą (stipulated removal).
    3. Poprosić o listę bezpłatnych usług prawnych.
    4. Ustalić swój numer A (A-number) i przekazać go rodzinie.
    5. Zadzwonić do kogoś z rodziny lub do prawnika, którego numer zna się na pamięć.
detained_now-body =
    <b>Prawa w areszcie ICE</b>
    • O swoim statusie imigracyjnym rozmawiać tylko z prawnikiem.
    • Podpisanie dokumentów takich jak <b>dobrowolny wyjazd</b> (voluntary departure) lub <b>deportacja za zgodą</b> (stipulated removal) może oznaczać utratę szansy na pozostanie w USA. Najpierw porozmawiać z prawnikiem.
    • Rząd nie zapewnia bezpłatnego prawnika w sądzie imigracyjnym. Poprosić o listę bezpłatnych lub tanich usług prawnych. CCIF bezpłatnie broni przed deportacją, z programami w New Haven i Hartford. Warto zadzwonić i zapytać, czy się kwalifikuje.
    • Ma się prawo skontaktować z konsulatem swojego kraju albo poprosić funkcjonariuszy, by go powiadomili.
    • Zapytać prawnika, czy można dostać rozprawę w sprawie kaucji (bond hearing), aby wyjść na wolność na czas trwania sprawy. Niektóre osoby nie mają do niej prawa.
    
    <b>Rozmowy telefoniczne są podsłuchiwane</b>
    Rozmowy z aresztu są słuchane. Nie mówić w nich o miejscu urodzenia, statusie ani karalności. Zostawić to na rozmowę z prawnikiem.
    
    <b>Numer A (A-number)</b>
    To 8- lub 9-cyfrowy numer na dokumentach imigracyjnych, w prawym górnym rogu Wezwania do stawiennictwa (Notice to Appear, formularz I-862). Rodzina i prawnik potrzebują go, aby znaleźć osobę i jej terminy w sądzie.
    
    <b>Jeśli chodzi o członka rodziny</b>
    • Szukać go w ICE Online Detainee Locator (wyszukiwarce zatrzymanych ICE), po numerze A albo dokładnym imieniu i nazwisku oraz kraju urodzenia.
    • Pomóc może też linia ICE Detention Reporting and Information Line (DRIL).
    • Od razu zadzwonić do prawnika.
    • Pomocy prawnej w sprawach imigracyjnych może udzielić tylko prawnik lub przedstawiciel akredytowany przez DOJ. „Notario” nie może.
    
    <b>Być przygotowanym</b>
    Nauczyć się na pamięć numerów telefonu kogoś z rodziny lub przyjaciela (najlepiej z legalnym statusem) oraz prawnika. Mieć też spisaną listę.

## ---------------------------------------------------------------- find_detained

find_detained-title = Szukanie zatrzymanej osoby
find_detained-summary = Szukać w wyszukiwarce ICE po numerze A albo imieniu, nazwisku i kraju urodzenia, potem dzwonić do prawnika.
find_detained-now =
    1. Ustalić numer A (A-number) tej osoby, jeśli to możliwe. Jest na jej dokumentach imigracyjnych.
    2. Szukać w ICE Online Detainee Locator na locator.ice.gov.
    3. Brak wyniku? Zadzwonić na linię ICE DRIL (numer poniżej) i szukać ponownie później.
    4. Od razu dzwonić do prawnika. Nie czekać. Przycisk Gdzie dzwonić.
    5. Sprawdzić jej następny termin w sądzie imigracyjnym. Telefon sądu jest w Gdzie dzwonić.
find_detained-body =
    <b>Jak korzystać z wyszukiwarki</b>
    • Po numerze A: ma 9 cyfr. Jeśli jest krótszy, dodać zera na początku (12345678 to 012345678). Potem wybrać kraj urodzenia.
    • Po nazwisku: wpisać dokładne imię i nazwisko oraz kraj urodzenia. Data urodzenia nie jest wymagana, ale warto ją dodać, jeśli jest znana.
    • Wyszukiwarka jest aktualizowana w ciągu około 8 godzin od przeniesienia lub zwolnienia, więc warto spróbować później.
    • Pokazuje tylko dorosłych (od 18 lat) w areszcie ICE albo zwolnionych w ciągu ostatnich 60 dni. W sprawie dziecka zapytać prawnika.
    
    <b>Linia ICE DRIL</b>
    Jeśli wyszukiwarka nic nie pokazuje, osoba mogła zostać właśnie przeniesiona. Linia DRIL może pomóc ją znaleźć. Można tam też zgłosić nadużycia w areszcie, problemy z kontaktem z prawnikiem albo rozdzielenie rodzica z dziećmi.
    
    <b>Linia sądu imigracyjnego (EOIR)</b>
    Z numerem A telefon lub strona internetowa podaje datę, godzinę i miejsce następnej rozprawy oraz decyzję sędziego. Nie pokazuje rozpraw w sprawie kaucji.
    
    <b>Po znalezieniu osoby</b>
    • Skontaktować się z ośrodkiem detencyjnym i zapytać o rozmowy telefoniczne, odwiedziny i wpłaty na konto osoby.
    • Rozmowy są podsłuchiwane. Nie rozmawiać przez telefon o jej statusie, kraju urodzenia ani karalności.
    • Znaleźć prawnika. CCIF bezpłatnie broni przed deportacją, z programami w New Haven i Hartford. Warto zadzwonić i zapytać, czy osoba się kwalifikuje.
    • Pomocy prawnej w sprawach imigracyjnych może udzielić tylko prawnik lub przedstawiciel akredytowany przez DOJ. „Notario” nie może. Nigdy nikomu nie oddawać oryginałów dokumentów.

## ---------------------------------------------------------------- file_complaint

file_complaint-title = Złożenie skargi
file_complaint-summary = Gdzie zgłosić nadużycia ICE, CBP lub policji, dyskryminację albo naruszenie Trust Act w Connecticut.
file_complaint-body =
    <b>Najpierw zachować dowody</b>
    Zapisać nazwiska, numery odznak, datę, godzinę i miejsce oraz co się stało. Zachować zdjęcia, nagrania, dokumenty i nazwiska świadków.
    
    <b>ICE lub CBP (agenci federalni)</b>
    • <b>Inspektor Generalny DHS (OIG):</b> przyjmuje skargi na niewłaściwe postępowanie pracowników DHS, np. użycie siły, profilowanie lub odmowę praw. To nie jest linia alarmowa. W razie zagrożenia dzwonić pod 911.
    • <b>Biuro Praw Obywatelskich DHS (CRCL):</b> DHS zlikwidował to biuro w 2025 roku, więc skargę warto złożyć dla dokumentacji i powiadomić też prawnika.
    • Problemy w areszcie imigracyjnym (nadużycia, brak dostępu do prawnika): linia ICE DRIL, 1-888-351-4024.
    
    <b>Policja w Connecticut</b>
    • Skargę składa się w komendzie, w której pracuje funkcjonariusz. Każda komenda policji w Connecticut musi mieć zasady przyjmowania skarg i udostępniać je publicznie. Istnieje stanowy formularz skargi (od POST) po angielsku i hiszpańsku.
    • Profilowanie rasowe po kontroli drogowej: skarga do komendy albo do CHRO.
    • Inspektor Generalny Connecticut bada tylko użycie przez policję śmiertelnej siły i zgony w areszcie (od 2026 roku także przez agentów federalnych). To nie jest ogólna linia skarg.
    
    <b>Naruszenia Trust Act</b>
    Jeśli policja miasta (lub jego policja szkolna) pomogła ICE w sposób zakazany przez Trust Act, od 1 października 2025 można pozwać miasto w Superior Court, domagając się postanowienia sądu. Nie można dostać odszkodowania, ale po wygranej sąd może nakazać miastu pokrycie kosztów prawnika. Nie dotyczy to urzędów stanowych, takich jak policja stanowa (State Police) czy więzienia.
    
    <b>Aresztowania w sądach stanowych</b>
    Jeśli ICE lub policja złamie prawo z 2025 roku o aresztowaniach w sądach stanowych Connecticut, osoba poszkodowana może pozwać w Superior Court, także o odszkodowanie.
    
    <b>Pozew w obronie praw konstytucyjnych (prawo z 2026 roku)</b>
    Public Act 26-14, podpisany 4 maja 2026, pozwala pozwać każdego, także funkcjonariuszy federalnych, kto narusza prawa zapisane w Konstytucji USA. Można domagać się pieniędzy i zwrotu kosztów prawnika. W takich sprawach może teraz pozywać także Prokurator Generalny stanu (Attorney General). Departament Sprawiedliwości USA kwestionuje to prawo w sądzie federalnym (pozew z wiosny 2026), więc warto porozmawiać z prawnikiem.
    
    <b>Dyskryminacja</b>
    CHRO zajmuje się dyskryminacją w pracy, mieszkalnictwie, miejscach publicznych (np. sklepach) i kredytach, na przykład z powodu pochodzenia narodowego. Nie przyjmuje skarg na ICE. Kontakt warto nawiązać jak najszybciej: niektóre skargi trzeba złożyć w ciągu 180 dni.
    
    <b>Pomoc prawna</b>
    Po bezpłatną pomoc prawną dzwonić do Statewide Legal Services: 1-800-453-3320.

## ---------------------------------------------------------------- legal_help

legal_help-title = Znaleźć prawnika
legal_help-summary = Bezpłatna i tania pomoc prawna w sprawach imigracyjnych w Connecticut oraz jak uniknąć oszustwa „notario”.
legal_help-body =
    <b>Kto może pomóc w sprawach imigracyjnych</b>
    Pomocy prawnej w sprawach imigracyjnych może udzielać tylko prawnik z licencją albo przedstawiciel akredytowany przez DOJ w uznanej organizacji non-profit. „Notario” ani notary public <b>nie</b> jest prawnikiem.
    
    <b>Bezpłatna pomoc prawna w Connecticut</b>
    • <b>CCIF:</b> bezpłatna obrona przed deportacją dla osób w areszcie ICE lub w sprawach o deportację (removal) oraz dla osób ubiegających się o azyl. Programy w New Haven i Hartford. Warto zadzwonić i zapytać, czy się kwalifikuje.
    • <b>SLS:</b> główna linia bezpłatnej pomocy prawnej w sprawach cywilnych. Zwykle dla osób z dochodem do 125% federalnej granicy ubóstwa.
    • <b>NHLAA:</b> pomoc prawna w rejonie New Haven. Osoby bez dokumentów, które tam mieszkają, powinny dzwonić bezpośrednio do NHLAA, nie do SLS. NHLAA nie przekazuje informacji o statusie imigracyjnym policji ani nikomu innemu.
    • <b>Katalog IAN:</b> wyszukiwarka bezpłatnej lub taniej pomocy imigracyjnej organizacji non-profit po kodzie pocztowym (zip code).
    
    <b>Jak chronić się przed oszustwem „notario”</b>
    • Rządowe formularze imigracyjne są bezpłatne.
    • Nigdy nie podpisywać pustego formularza.
    • Nigdy nie oddawać oryginałów dokumentów. Dawać kopie.
    • Sprawdzać, czy rządowa strona internetowa kończy się na .gov.
    • Oszustwo zgłaszać do CT Department of Consumer Protection albo do FTC (ReportFraud.ftc.gov, 1-877-382-4357, po angielsku lub hiszpańsku). W skardze wpisać „Notario Publico”.
    • Po oszustwie jak najszybciej iść do prawdziwego prawnika imigracyjnego. Szkody czasem da się naprawić.

## ---------------------------------------------------------------- rapid_response

rapid_response-title = Zgłoszenie działań ICE
rapid_response-summary = Jak bezpiecznie zgłosić działania ICE i jak sprawdzić informację przed jej udostępnieniem.
rapid_response-body =
    <b>Czy jest infolinia w Connecticut?</b>
    Nie udało nam się potwierdzić numeru żadnej infolinii szybkiego reagowania w Connecticut. Grupy w New Haven i Danbury prowadzą takie linie, ale nie mogliśmy sprawdzić ich numerów. Warto zapytać zaufaną lokalną grupę imigrantów o jej aktualny numer. Do tego czasu można korzystać z krajowej infolinii United We Dream podanej poniżej.
    Nigdy nie dzwonić na linię ICE do zgłaszania informacji (tip line). Służy ona do donoszenia na ludzi do ICE.
    
    <b>Widząc ICE</b>
    1. Najważniejsze jest własne bezpieczeństwo. Zachować bezpieczną odległość i nie przeszkadzać.
    2. Sprawdzić, czy to naprawdę ICE: szukać napisów ICE na kamizelkach, czapkach i kurtkach.
    3. Nagrać film lub robić notatki z bezpiecznej odległości.
    4. Zapisać godzinę, datę i dokładne miejsce; ilu agentów i ile pojazdów; numery rejestracyjne; mundury i odznaki; co zostało powiedziane; czy użyto siły.
    5. Jeśli ktoś jest zatrzymywany, powiedzieć mu, że może milczeć i prosić o prawnika. Zapytać, do kogo zadzwonić w jego imieniu.
    6. Zgłosić to na linię szybkiego reagowania.
    
    Wiele sieci prosi o zgłoszenia w kolejności <b>SALUTE</b>: Size (ilu), Activity (działania), Location (miejsce), Uniform (mundury), Time (czas), Equipment (samochody, sprzęt).
    
    <b>Sprawdzić przed udostępnieniem</b>
    • Fałszywe alarmy sieją strach. Przez nie ludzie nie idą do pracy, szkoły i lekarza.
    • Nie przesyłać dalej zrzutów ekranu ani wiadomości „znajomy mówił”. Sprawdzić w sieci szybkiego reagowania, w znanej organizacji prawnej lub broniącej praw imigrantów albo w zaufanych lokalnych wiadomościach.
    • Każde zgłoszenie oznaczać „NIEPOTWIERDZONE”, dopóki ktoś go nie sprawdzi.
    • Nie publikować zdjęć, na których widać, kto jest zatrzymywany. Nagrania przekazać rodzinie lub jej prawnikowi. Nie transmitować na żywo.
    • Na terenie prywatnym zasady ustala właściciel. Uwaga na dźwięk: prawo Connecticut ogranicza nagrywanie prywatnych rozmów bez zgody.

## ---------------------------------------------------------------- family_plan

family_plan-title = Plan dla rodziny
family_plan-summary = Zaplanować teraz opiekę nad dziećmi, dokumenty i pieniądze na wypadek zatrzymania rodzica, z bezpłatnymi formularzami.
family_plan-body =
    <b>Connecticut Family Preparedness Plan</b>
    Bezpłatny zestaw materiałów stanu. Nie potrzeba prawnika ani sądu. Jest dostępny w 9 językach, w tym po polsku, hiszpańsku, portugalsku i haitańsku. Zawiera plan opieki nad dziećmi, formularz opiekuna rezerwowego (standby guardian), listę dokumentów do zebrania i ostrzeżenia przed oszustwami.
    
    <b>Opiekun rezerwowy (standby guardian) dla dzieci</b>
    • Rodzic może na piśmie wskazać osobę, która zaopiekuje się dziećmi, jeśli rodzic zostanie zatrzymany (CGS §§ 45a-624 do 45a-624g).
    • Podpisać i opatrzyć datą przy dwóch świadkach. Dać kopię opiekunowi.
    • Oboje żyjący rodzice muszą się zgodzić, chyba że jeden z nich utracił opiekę prawną lub władzę rodzicielską.
    • Może zacząć obowiązywać, gdy rodzic zostanie zatrzymany. Trwa do roku albo do czasu, gdy rodzic znów może opiekować się dziećmi. Można to odwołać w każdej chwili. Sąd nie jest potrzebny.
    • Jeśli może to trwać dłużej albo drugi rodzic się nie zgadza, zapytać bezpłatną pomoc prawną o opiekę prawną w sądzie spadkowo-opiekuńczym (probate court).
    
    <b>Inne kroki</b>
    1. Wybrać zaufaną osobę dorosłą i porozmawiać z nią o planie.
    2. Zaktualizować kontakty alarmowe w szkole i żłobku lub przedszkolu dzieci.
    3. Podpisać pisemną zgodę, aby ta osoba mogła podejmować decyzje medyczne i szkolne.
    4. Rozważyć pełnomocnictwo (power of attorney) do spraw pieniędzy i majątku.
    5. Trzymać akty urodzenia i paszporty razem.
    6. Dać kopie dokumentów imigracyjnych i swój numer A zaufanej osobie.
    7. Nauczyć się na pamięć ważnych numerów telefonu i mieć spisaną listę.
    
    <b>Pamiętać</b>
    • Dzieci urodzone w USA są obywatelami USA.
    • Nigdy nie dawać oryginałów dokumentów „notario”.

## ---------------------------------------------------------------- know_your_rights

know_your_rights-title = Znaj swoje prawa
know_your_rights-summary = Krótka lista praw na wypadek zatrzymania przez ICE lub policję, do trzymania w telefonie i udostępniania.
know_your_rights-body =
    Każdy w USA ma te prawa, bez względu na status imigracyjny. Korzystanie z nich może nie powstrzymać aresztowania od razu, ale chroni sprawę później.
    
    • <b>Nie otwierać drzwi.</b> Poprosić agentów, by wsunęli nakaz pod drzwi. Nakaz podpisany przez sędziego może pozwalać im wejść. Formularze ICE I-200 i I-205 podpisuje urzędnik, nie sędzia, i nie trzeba dla nich otwierać drzwi.
    • <b>Milczeć.</b> Nie trzeba mówić, gdzie się urodziło, jaki ma się status ani jak się przyjechało do USA. W Connecticut bezpłatna pomoc prawna radzi podać imię i nazwisko, jeśli urzędnicy pytają.
    • <b>Niczego nie podpisywać</b> bez prawnika.
    • <b>Prosić o prawnika.</b>
    • <b>Mówić „Nie wyrażam zgody na przeszukanie”.</b>
    • <b>Pytać „Czy mogę odejść?”.</b> Jeśli tak, spokojnie odejść.
    • <b>Nie kłamać, nie uciekać, nie stawiać oporu.</b> Nigdy nie pokazywać fałszywych dokumentów ani nie mówić, że jest się obywatelem USA, jeśli to nieprawda.
    • <b>Nosić czerwoną kartę.</b> Mówi ona, że będzie się milczeć, nie otworzy się drzwi bez nakazu sędziego i nie wyraża się zgody na przeszukanie. Można ją pokazać zamiast mówić.
    
    <b>Co mówić</b>
    „Będę milczeć. Chcę rozmawiać z prawnikiem. Nie wyrażam zgody na przeszukanie. Nie wyrażam zgody na wejście”.
    
    <b>Jedno ostrzeżenie</b>
    ICE twierdzi teraz, że może wejść siłą do domu z formularzem I-205, gdy ktoś ma ostateczny nakaz deportacji. Jest to kwestionowane w sądzie. Jeśli agenci wejdą siłą, nie stawiać oporu. Powiedzieć, że nie wyraża się zgody, i milczeć.
    
    <b>Przygotować się</b>
    Nauczyć się na pamięć numerów telefonu prawnika i kogoś z rodziny oraz przygotować plan dla rodziny.

## ---------------------------------------------------------------- community_support

community_support-title = Grupy społeczne
community_support-summary = Grupy w Connecticut wspierające imigrantów: organizowanie, szkolenia, młodzież, wsparcie w sądzie i podstawowe potrzeby.
community_support-body =
    Te grupy pracują z imigrantami w Connecticut. Warto pytać je o szkolenia, wsparcie i o to, co dzieje się w okolicy.
    
    • <b>CIRC (Connecticut Immigrant and Refugee Coalition):</b> sieć grup społecznych, religijnych, biznesowych i prawniczych w całym stanie, z siedzibą w Hartford.
    • <b>ULA (Unidad Latina en Acción), New Haven:</b> prawa pracowników i niewypłacone wynagrodzenia oraz osoby, które chodzą z ludźmi do sądu. Po hiszpańsku oraz w językach mam, totonaco i kaqchikel.
    • <b>C4D (Connecticut Students for a Dream):</b> prowadzona przez młodzież bez dokumentów. Pomoc w dostaniu się na studia i szkolenia o prawach.
    • <b>Make the Road Connecticut:</b> usługi prawne i wsparcie, organizowanie społeczności i pomoc w poznaniu swoich praw, w Bridgeport i Hartford.
    • <b>2-1-1:</b> bezpłatna pomoc w sprawie jedzenia, mieszkania, rachunków za media i kryzysów psychicznych, całą dobę, w wielu językach.
    
    Lokalne grupy prowadzą też zespoły szybkiego reagowania, na przykład w New Haven i Danbury. Nie udało nam się potwierdzić ich numerów, więc warto zapytać zaufaną grupę o jej aktualną linię.
    
    Grupy społeczne mogą skierować do pomocy, ale porad prawnych w sprawach imigracyjnych udziela tylko prawnik lub przedstawiciel akredytowany przez DOJ.
