## Polish answers, part B: rights and the law (warrant_types to compliance_oversight)
## and the conversation intents (greeting to bot_privacy).
## Format and writing rules: CONTENT.md. Facts: shared/facts (the addendum wins).
## The bot adds the "Who to call" list and the footer itself: do not repeat them here.
## Polish: respectful, impersonal forms; legal terms from locales/pl/GLOSSARY.md.

## warrant_types
warrant_types-title = Nakaz sędziego a nakaz ICE
warrant_types-summary = Jak odróżnić nakaz sędziego od formularza ICE i na co każdy z nich pozwala agentom.
warrant_types-body =
    Zasadniczo funkcjonariusze potrzebują nakazu podpisanego przez <b>sędziego</b>, aby wejść do domu bez zgody mieszkańców. Większość dokumentów ICE nie jest podpisana przez sędziego.
    
    <b>Nakaz sędziego (z sądu)</b>
    • Na górze jest nazwa sądu, np. „United States District Court” albo sąd Connecticut.
    • Podpisuje go sędzia lub sędzia pomocniczy (magistrate).
    • Wskazuje osobę lub adres. Trzeba sprawdzić, czy imię i nazwisko oraz adres się zgadzają, a data jest aktualna.
    • Nakaz przeszukania pozwala funkcjonariuszom wejść do miejsc w nim wymienionych. Nakaz aresztowania pozwala wejść do domu wskazanej osoby, jeśli sądzą, że ta osoba jest w środku.
    
    <b>Nakaz administracyjny ICE</b>
    • To formularz Departamentu Bezpieczeństwa Krajowego (DHS), zwykle <b>I-200</b> (aresztowanie) lub <b>I-205</b> (deportacja, removal).
    • Podpisuje go urzędnik imigracyjny, nie sędzia.
    • Od lat prawnicy i obrońcy praw imigrantów mówią, że nie pozwala on wejść do domu bez zgody mieszkańców.
    • W pracy nie pozwala agentom wejść do prywatnych części, tylko dla personelu, chyba że zgodzi się pracodawca.
    
    <b>Ważna zmiana w 2026 roku:</b> notatka ICE ujawniona w styczniu 2026 twierdzi, że agenci mogą wejść siłą do domu z formularzem I-205, gdy dana osoba ma ostateczny nakaz deportacji. Wielu prawników uważa, że to łamie Konstytucję USA; donoszono o pozwach w tej sprawie. Jeśli agenci wejdą siłą, nie stawiać oporu. Powiedzieć wyraźnie „Nie wyrażam zgody”, milczeć i skontaktować się z prawnikiem.
    
    <b>Przy drzwiach</b>
    • Nie otwierać drzwi. Poprosić, by wsunęli nakaz pod drzwi albo pokazali go w oknie.
    • Przeczytać imię i nazwisko, adres, datę i kto podpisał.
    • Jeśli to nie jest nakaz sędziego na ten adres, można nie otwierać drzwi. Powiedzieć: „Nie wyrażam zgody na wejście. Chcę skorzystać z prawa do milczenia. Chcę rozmawiać z prawnikiem”.
    • Jeśli to nakaz sędziego, mogą wejść. Nie stawiać oporu. Nadal można milczeć.
    
    W Connecticut policja, areszty i więzienia nie mogą nikogo przetrzymać ani aresztować tylko z powodu nakazu administracyjnego ICE (zob. Trust Act). Ten przepis ogranicza funkcjonariuszy Connecticut; nie powstrzymuje samego ICE.

## right_to_silence
right_to_silence-title = Prawo do milczenia
right_to_silence-summary = Można milczeć o miejscu urodzenia i statusie. Nigdy nie kłamać ani nie pokazywać fałszywych dokumentów.
right_to_silence-body =
    Każdy w Stanach Zjednoczonych ma te prawa, bez względu na status imigracyjny. Korzystanie z nich może nie powstrzymać aresztowania na miejscu, ale chroni sprawę później.
    
    <b>Nie trzeba mówić</b>
    • gdzie się urodziło ani z jakiego kraju się pochodzi;
    • jaki ma się status imigracyjny;
    • jak i kiedy przyjechało się do Stanów Zjednoczonych.
    
    Można powiedzieć: „Chcę skorzystać z prawa do milczenia. Chcę rozmawiać z prawnikiem”. Potem przestać mówić. Czerwona karta może powiedzieć to za Pana/Panią.
    
    <b>Imię i nazwisko</b>
    Bezpłatna pomoc prawna w Connecticut radzi: jeśli urzędnicy pytają o imię i nazwisko, podać je. Podanie imienia i nazwiska nie oznacza obowiązku odpowiadania na cokolwiek innego.
    
    <b>Przeszukanie</b>
    Można powiedzieć: „Nie wyrażam zgody na przeszukanie”. Funkcjonariusze mogą jednak obmacać ubranie z zewnątrz w poszukiwaniu broni. Jeśli mimo to przeszukują, nie stawiać oporu.
    
    <b>Dokumenty</b>
    • Osoba z legalnym statusem imigracyjnym musi pokazać jego dowód agentom ICE, jeśli o to proszą. Lokalnej policji nie trzeba go pokazywać.
    • Kierowca musi pokazać prawo jazdy, dowód rejestracyjny i dowód ubezpieczenia.
    • Obrońcy praw imigrantów radzą nie nosić przy sobie dokumentów z innego kraju, np. zagranicznego paszportu, które pokazują, skąd się pochodzi.
    
    <b>Nigdy nie</b>
    • kłamać ani nie podawać fałszywego nazwiska;
    • pokazywać fałszywych dokumentów;
    • mówić, że jest się obywatelem USA, jeśli to nieprawda;
    • uciekać ani się bić, nawet jeśli funkcjonariusze wydają się nie mieć racji.
    To może zaszkodzić dużo bardziej niż milczenie.
    
    To, co powie się policji o swoim statusie, może trafić do ICE: prawo federalne nie pozwala stanom zakazać przekazywania informacji o statusie. W areszcie rozmowy telefoniczne są słuchane, więc o swojej sprawie rozmawiać tylko z prawnikiem.

## signing_documents
signing_documents-title = Zanim coś się podpisze
signing_documents-summary = Nie podpisywać dokumentów od ICE, np. dobrowolnego wyjazdu, przed rozmową z prawnikiem.
signing_documents-body =
    ICE lub strażnicy w areszcie mogą prosić o podpisanie dokumentów. Niektóre z nich mogą zakończyć szansę na pozostanie w Stanach Zjednoczonych. <b>Nie podpisywać niczego, czego się w pełni nie rozumie, i nie podpisywać przed rozmową z prawnikiem.</b>
    
    <b>Szczególnie uważać na</b>
    • <b>Dobrowolny wyjazd (voluntary departure):</b> zgoda na wyjazd ze Stanów Zjednoczonych.
    • <b>Deportację za zgodą (stipulated removal):</b> zgoda na deportację bez stawania przed sędzią.
    Podpisanie ich może oznaczać rezygnację z prawa do rozprawy i z szansy, by prosić o pozostanie, nawet jeśli istnieje sposób, by zostać.
    
    <b>Co można zrobić</b>
    • Powiedzieć: „Niczego nie podpiszę, dopóki nie porozmawiam z prawnikiem”.
    • Poprosić o tłumacza, jeśli nie rozumie się w pełni języka.
    • Poprosić o kopię każdego otrzymanego i każdego podpisanego dokumentu.
    • Poprosić o listę bezpłatnych lub tanich usług prawnych. Rząd nie zapewnia bezpłatnego prawnika w sądzie imigracyjnym, więc warto wcześnie zadzwonić po bezpłatną pomoc prawną.
    • Znać swój numer A (A-number, numer sprawy imigracyjnej) i przekazać go rodzinie i prawnikowi.
    
    <b>Uwaga na „notario”</b>
    W Stanach Zjednoczonych „notario” ani notary public nie jest prawnikiem i nie może pomagać w sprawach imigracyjnych (inaczej niż notariusz w Polsce). Może to tylko prawnik lub przedstawiciel akredytowany przez DOJ w uznanej organizacji non-profit.
    • Nigdy nie podpisywać pustego formularza.
    • Nigdy nikomu nie oddawać oryginałów dokumentów.
    • Formularze rządowe są bezpłatne.
    • Sprawdzać, czy rządowe strony internetowe kończą się na .gov.
    Oszustwo „notario” można zgłosić do Connecticut Department of Consumer Protection. Po oszustwie jak najszybciej iść do prawdziwego prawnika imigracyjnego: szkody może da się naprawić.

## trust_act
trust_act-title = Ustawa TRUST Act
trust_act-summary = Prawo Connecticut z 2013 roku, które ogranicza, kiedy policja, areszty i więzienia mogą przetrzymać kogoś dla ICE.
trust_act-body =
    TRUST Act to ustawa Connecticut uchwalona przez stanowy parlament w 2013 roku (Public Act 13-155, obowiązuje od 1 stycznia 2014). To ustawa, a nie rozporządzenie gubernatora. Ustawodawcy wzmocnili ją w 2019 roku i zmienili ponownie w 2025. Tekst: <a href="https://www.cga.ct.gov/2026/sup/chap_965.htm#sec_54-192h">General Statutes 54-192h</a>.
    
    <b>Główna zasada dziś</b>
    Objęci ustawą funkcjonariusze Connecticut nie mogą przetrzymać ani aresztować nikogo tylko dlatego, że ICE przysłało <b>wniosek o przetrzymanie (detainer)</b> albo <b>nakaz administracyjny</b> ICE. Mogą to zrobić tylko, jeśli:
    • nakaz podpisał <b>sędzia</b>;
    • osoba została <b>skazana</b> za przestępstwo (felony) klasy A lub B;
    • osoba została <b>skazana</b> za jedno z 13 przestępstw dodanych w 2025 roku, np. napaść seksualną drugiego lub trzeciego stopnia, narażenie małoletniego na szkodę, duszenie pierwszego stopnia, włamanie drugiego stopnia z bronią palną, naruszenie nakazu ochrony (przestępstwo) lub posiadanie materiałów przedstawiających seksualne wykorzystywanie dzieci; albo
    • osoba może pasować do nazwiska w federalnej bazie osób podejrzanych o terroryzm.
    Aresztowanie lub zarzut nie wystarczą. Potrzebne jest skazanie.
    
    <b>Kogo obowiązuje</b>
    Policję lokalną i stanową (State Police), Departament Więziennictwa (Department of Correction), strażników sądowych i stanowych (judicial i state marshals), kuratorów dla dorosłych i nieletnich (probation), pracowników sądów zajmujących się kaucjami, policję i ochronę szkolną, prokuratorów oraz Radę ds. Ułaskawień i Zwolnień Warunkowych (Board of Pardons and Paroles).
    
    <b>Inne zasady</b>
    • Ci funkcjonariusze nie mogą wykonywać pracy ICE, więc nie ma porozumień 287(g).
    • Jeśli ICE przyśle wniosek o przetrzymanie (detainer), urząd musi dać kopię zainteresowanej osobie i powiedzieć, czy go spełni.
    • Jeśli urząd poda ICE datę zwolnienia, musi dać tej osobie i jej prawnikowi kopię i pisemne uzasadnienie.
    • Dawny 48-godzinny limit przetrzymania zniesiono w 2019 roku. Dziś prawo stanowe pozwala na przetrzymanie tylko w przypadkach wymienionych powyżej.
    
    <b>Gdy prawo zostanie złamane</b>
    Od 1 października 2025 można pozwać miasto, którego policja lub policja szkolna łamie tę ustawę. Sąd może nakazać zaprzestania, ale nie można dostać odszkodowania. Po wygranej miasto może musieć pokryć koszty prawnika. Nie ma takiego pozwu przeciwko urzędom stanowym, takim jak Department of Correction czy State Police.
    
    <b>Czego ustawa nie robi</b>
    Ogranicza tylko funkcjonariuszy Connecticut. Nie powstrzymuje agentów ICE przed własnymi aresztowaniami. Odciski palców pobrane przy każdym aresztowaniu nadal trafiają do ICE.
    
    <b>W sądzie:</b> Departament Sprawiedliwości USA pozwał Connecticut i New Haven w sprawie tej ustawy przed sądem federalnym wiosną 2026 roku (według doniesień). Nie znamy wyniku. Nowości warto sprawdzać w bezpłatnej pomocy prawnej.

## police_share_with_ice
police_share_with_ice-title = Czy policja mówi ICE?
police_share_with_ice-summary = Co policja w Connecticut może, a czego nie może mówić ICE i dlaczego odciski palców i tak trafiają do ICE.
police_share_with_ice-body =
    <b>Krótko:</b> żadne prawo Connecticut nie wymaga, by policja informowała ICE o osobach bez dokumentów. Prawo stanowe ogranicza, co może przekazywać. Ale przy aresztowaniu odciski palców trafiają do ICE automatycznie.
    
    <b>Co ogranicza prawo Connecticut</b>
    • Prośba ICE o informację o dacie zwolnienia liczy się jako wniosek o przetrzymanie (detainer). Policja, areszty i więzienia nie powinny mówić ICE, kiedy ktoś wyjdzie, chyba że jest nakaz sędziego, skazanie za przestępstwo (felony) klasy A lub B albo jedno z 13 wymienionych przestępstw, lub możliwe dopasowanie do listy osób podejrzanych o terroryzm.
    • Jeśli podadzą ICE datę zwolnienia, muszą dać zainteresowanej osobie i jej prawnikowi kopię i pisemne uzasadnienie.
    • Jeśli ICE przyśle wniosek o przetrzymanie (detainer), trzeba dostać kopię i informację, czy urząd go spełni.
    • Policja nie może przekazywać ICE „informacji poufnych”, poza wąskimi wyjątkami. Chodzi o to, czy ktoś jest ofiarą przemocy domowej lub napaści seksualnej, świadkiem przestępstwa, czy dostaje pomoc socjalną, a także o orientację seksualną, numer Social Security i dane finansowe.
    • Od 18 listopada 2025 urzędy stanowe i lokalne nie mogą przekazywać ICE niepublicznego adresu, miejsca pracy, szkoły ani terminów wizyt, z pewnymi wyjątkami.
    
    <b>Czego Connecticut nie powstrzymuje</b>
    • <b>Odciski palców:</b> odciski pobrane przy każdym aresztowaniu trafiają do FBI, a potem automatycznie do ICE (federalny program „Secure Communities”, w całym stanie od 22 lutego 2012). Stan nie ma nad tym kontroli. ICE może potem szukać danej osoby na własną rękę.
    • <b>Informacje o statusie:</b> prawo federalne (8 U.S.C. 1373) nie pozwala stanom zakazać przekazywania informacji o obywatelstwie lub statusie imigracyjnym, a Connecticut mówi, że przestrzega tego prawa. Dlatego lepiej zachować swój status dla siebie: ma się prawo do milczenia.
    • <b>Bazy danych:</b> ICE miało dostęp do COLLECT, policyjnej bazy danych stanu, która zawiera dane z DMV. W listopadzie 2025 Connecticut nie zablokowało też wyszukiwań ICE w danych DMV przez krajową sieć policyjną. Nie wiemy, czy to się zmieniło.
    
    Te zasady obowiązują tylko funkcjonariuszy Connecticut. ICE nadal może aresztować na własną rękę. Jeśli policja przekazała informacje niezgodnie z prawem, warto porozmawiać z bezpłatną pomocą prawną.

## police_ask_status
police_ask_status-title = Policja pyta o status
police_ask_status-summary = Żadne prawo stanowe nie zabrania policji pytać o status imigracyjny, ale nigdy nie trzeba odpowiadać.
police_ask_status-body =
    <b>Czy mogą pytać?</b> Żadne prawo stanu Connecticut nie zabrania policji pytać o status imigracyjny. W 2025 roku gubernator powiedział, że policja nie pyta o status przy codziennych kontrolach, np. za przekroczenie prędkości. To opis zwykłej praktyki policji, a nie prawo.
    
    <b>Niektóre miasta mają własne zasady</b>
    • <b>New Haven:</b> zarządzenie policji od 2006 roku (General Order 06-2) i zarządzenie „Miasto Przyjazne” (Welcoming City) z 2020 roku mówią, że policja i pracownicy miasta nie pytają o status.
    • <b>Hartford:</b> uchwała miejska z 2008 roku mówi, że policja nie może nikogo aresztować ani przetrzymać tylko z powodu statusu lub nakazu administracyjnego ICE, a pracownicy miasta nie pytają o status przy usługach miejskich.
    Wiele innych miast nie ma takich zasad.
    
    <b>Nigdy nie trzeba odpowiadać</b>
    Niezależnie od tego, kto pyta, można powiedzieć: „Chcę skorzystać z prawa do milczenia”. Nie trzeba mówić, gdzie się urodziło, jaki ma się status ani jak się tu przyjechało. Bezpłatna pomoc prawna w Connecticut radzi podać imię i nazwisko, jeśli ktoś o nie pyta.
    
    Kierowca musi pokazać prawo jazdy, dowód rejestracyjny i dowód ubezpieczenia. Prawo jazdy „drive-only” z Connecticut jest ważnym prawem jazdy.
    
    <b>Nie</b> kłamać, nie pokazywać fałszywych dokumentów i nie mówić, że jest się obywatelem USA, jeśli to nieprawda.
    
    <b>Dlaczego milczenie jest ważne</b>
    To, co powie się policji o swoim statusie, może trafić do ICE: prawo federalne nie pozwala stanom zakazać przekazywania informacji o statusie. Trust Act ogranicza przetrzymywanie dla ICE, ale nie zabrania policji pytać.
    
    <b>Poczucie, że było się celem</b>
    Po kontroli drogowej policja w Connecticut musi poinformować, jak złożyć skargę na profilowanie rasowe. Można ją złożyć w komendzie policji albo w Commission on Human Rights and Opportunities (CHRO). Zapisać nazwisko funkcjonariusza, numer odznaki oraz godzinę i miejsce.

## ice_interview_custody
ice_interview_custody-title = Przesłuchanie ICE w areszcie
ice_interview_custody-summary = Kiedy areszty, więzienia i policja w Connecticut mogą pozwolić ICE przesłuchać osobę, którą przetrzymują.
ice_interview_custody-body =
    Jeśli ktoś (lub jego krewny) jest przetrzymywany w areszcie, więzieniu lub na komisariacie w Connecticut, ICE może prosić o przesłuchanie tej osoby. Prawo Connecticut (General Statutes 54-192h) to ogranicza.
    
    <b>Zasada</b>
    Areszty, więzienia i policja w Connecticut <b>nie</b> mogą dać ICE dostępu do przesłuchania osoby, którą przetrzymują, chyba że:
    • osoba została <b>skazana</b> za przestępstwo (felony) klasy A lub B albo za jedno z 13 wymienionych przestępstw (np. napaść seksualną drugiego lub trzeciego stopnia, duszenie pierwszego stopnia lub naruszenie nakazu ochrony);
    • osoba może pasować do nazwiska w federalnej bazie osób podejrzanych o terroryzm; albo
    • nakazał to sąd federalny.
    Samo aresztowanie lub zarzut nie wystarczą.
    
    <b>Nadal można odmówić odpowiedzi</b>
    Nawet jeśli ICE uzyska spotkanie, nie trzeba odpowiadać na pytania. Można powiedzieć: „Chcę skorzystać z prawa do milczenia. Chcę rozmawiać z prawnikiem”. Niczego nie podpisywać bez prawnika. Nie kłamać i nie pokazywać fałszywych dokumentów.
    
    <b>Czego prawo Connecticut nie obiecuje</b>
    Niektóre strony internetowe piszą, że Connecticut musi dać pisemne zawiadomienie lub formularz zgody przed przesłuchaniem przez ICE. To prawo Kalifornii, nie Connecticut. Podobny projekt ustawy w Connecticut przepadł w 2018 roku. Nie czekać na formularz: od razu prosić o prawnika.
    
    <b>Dokumenty i skargi</b>
    Dokumenty o dostępie ICE do osób przetrzymywanych są jawne, a lokalne komendy policji zgłaszają ten dostęp stanowi. Jeśli policja miasta złamała tę zasadę, można poprosić sąd, by nakazał jej zaprzestania (bez odszkodowania). Warto porozmawiać o tym, co się stało, z bezpłatną pomocą prawną.
    
    Ta zasada obowiązuje tylko funkcjonariuszy Connecticut. Nie dotyczy osoby, która jest już w areszcie samego ICE.

## report_crime_safely
report_crime_safely-title = Zgłoszenie przestępstwa
report_crime_safely-summary = Ofiary przestępstw mogą dostać pomoc bez względu na status, w tym wizy U, wizy T i VAWA.
report_crime_safely-body =
    <b>W razie zagrożenia dzwonić pod 911.</b> Ofiara przestępstwa może dostać pomoc bez względu na status imigracyjny. Linie pomocy w sprawie przemocy domowej i napaści seksualnej są bezpłatne i poufne.
    
    <b>Co policja może przekazać ICE</b>
    Według Trust Act w Connecticut bycie ofiarą przemocy domowej lub napaści seksualnej albo świadkiem przestępstwa to „informacja poufna”. Policja nie może jej przekazać ICE, poza wąskimi wyjątkami. Jedno ostrzeżenie: jeśli to <i>ofiara</i> zostanie aresztowana i pobiorą jej odciski palców, trafią one do ICE automatycznie.
    
    <b>Możliwości imigracyjne dla ofiar</b>
    • <b>Wiza U:</b> dla ofiar niektórych przestępstw, np. przemocy domowej lub napaści seksualnej, które poniosły poważną krzywdę i pomogły, pomagają lub prawdopodobnie pomogą policji lub prokuraturze. Potrzebny jest formularz podpisany przez uprawniony urząd, np. policję, prokuratora lub sędziego (Form I-918 Supplement B). Nie jest potrzebne aresztowanie ani skazanie sprawcy. Daje do 4 lat statusu, pozwolenie na pracę i drogę do zielonej karty. Co roku przyznaje się tylko 10 000 wiz, więc jest lista oczekujących; osoby na niej mogą dostać ochronę przed deportacją.
    • <b>Wiza T:</b> dla ofiar handlu ludźmi.
    • <b>Samodzielna petycja VAWA:</b> osoba maltretowana przez współmałżonka lub rodzica, który jest obywatelem USA lub stałym rezydentem, albo przez dorosłe dziecko, które jest obywatelem USA, może złożyć wniosek sama, bez wiedzy sprawcy. Rząd musi zachować to w tajemnicy.
    
    <b>Zasada Connecticut dotycząca wizy U</b>
    Od 1 lipca 2021 każda policja w Connecticut musi wyznaczyć funkcjonariusza do obsługi wniosków o certyfikację do wizy U (General Statutes 46b-38b). Musi odpowiedzieć w ciągu 60 dni albo w ciągu 14 dni, jeśli ofiara jest zatrzymana lub w postępowaniu deportacyjnym albo członek rodziny wkrótce przekroczy limit wieku.
    
    Przed złożeniem wniosku porozmawiać z bezpłatną pomocą prawną lub prawnikiem imigracyjnym. Doradzą, która możliwość pasuje.

## sensitive_places
sensitive_places-title = Szkoły, szpitale, kościoły
sensitive_places-summary = Federalne ograniczenia dla ICE w szkołach i szpitalach zniesiono; prawo Connecticut jest kwestionowane w sądzie.
sensitive_places-body =
    <b>Polityka federalna się zmieniła</b>
    Przez lata ICE miało zasadę, by w większości unikać aresztowań w szkołach, szpitalach, miejscach kultu i podobnych miejscach. Tę politykę odwołano 20 stycznia 2025. Teraz decyduje każdy funkcjonariusz ICE i ICE może działać w tych miejscach.
    
    <b>Własne prawo Connecticut (od 1 października 2026)</b>
    Public Act 26-14, podpisany 4 maja 2026, mówi, że żaden funkcjonariusz, <b>także agenci federalni, jak ICE</b>, nie może aresztować ani przetrzymać nikogo w sprawie cywilnej (niekarnej), np. imigracyjnej, w tych miejscach bez nakazu podpisanego przez <b>sędziego</b>:
    • szkoły, od przedszkola po studia;
    • szpitale i przychodnie doraźnej pomocy (urgent care);
    • miejsca kultu lub nauki religii;
    • opieka nad dziećmi, place zabaw, ośrodki rekreacji, zajęcia przed i po szkole oraz przystanki autobusów szkolnych, gdy są tam dzieci;
    • schroniska, banki żywności i punkty wydawania żywności, ośrodki kryzysowe i dla ofiar przemocy domowej, leczenie uzależnień od narkotyków i alkoholu oraz inne usługi socjalne;
    • miejsca pomocy po katastrofach i cmentarze;
    • budynki urzędów stanowych oraz budynki miejskie i gminne.
    Dotyczy to także ich terenu i parkingów. Wcześniejsze skazanie tego nie zmienia: aresztowanie dopuszcza tylko nakaz sędziego. Osoba aresztowana wbrew temu prawu może pozwać i może dostać odszkodowanie. Prawo nie powstrzymuje aresztowań za przestępstwa.
    
    To samo prawo mówi, że funkcjonariusze, także agenci federalni, nie mogą nosić masek w kontaktach z ludźmi (z pewnymi wyjątkami) i muszą pokazać odznakę i identyfikator z nazwiskiem. Złamanie tych zasad może być karalne jako wykroczenie (misdemeanor) klasy D.
    
    <b>Spór w sądzie</b>
    Departament Sprawiedliwości USA pozwał Connecticut w sprawie tego prawa przed sądem federalnym wiosną 2026 roku. Tam rozstrzyga się, czy można je egzekwować wobec ICE. Nie znamy wyniku, więc warto sprawdzać nowości w bezpłatnej pomocy prawnej i znać swoje prawa wszędzie.
    
    <b>Sądy</b>
    Sądów nigdy nie było na liście federalnej. Connecticut chroni sądy stanowe osobnym prawem z 2025 roku: żadnego aresztowania cywilnego na terenie sądu, chyba że agent pokaże strażnikowi sądowemu (judicial marshal) nakaz sędziego, dowód skazania za niektóre poważne przestępstwa lub dopasowanie do listy osób podejrzanych o terroryzm.

## school_rights
school_rights-title = Dzieci i szkoła
school_rights-summary = Każde dziecko może chodzić do szkoły publicznej. Co szkoły mogą przekazywać i co, jeśli przyjdzie ICE.
school_rights-body =
    <b>Każde dziecko może chodzić do szkoły publicznej</b>
    Każde dziecko w Stanach Zjednoczonych ma prawo do bezpłatnej edukacji publicznej od przedszkola (kindergarten) do 12. klasy, bez względu na status imigracyjny dziecka lub rodziców. Sąd Najwyższy USA orzekł tak w 1982 roku (Plyler v. Doe).
    
    <b>Co szkoły zbierają i przekazują</b>
    • Szkoły w Connecticut nie muszą zbierać informacji o statusie imigracyjnym uczniów ani ich rodzin (wytyczne stanowego Departamentu Edukacji z 28 stycznia 2025).
    • Dokumentację uczniów chroni federalne prawo o prywatności, FERPA.
    • Rady szkolne i uczelnie mogą przekazać ICE poufne informacje o uczniu, w tym status imigracyjny, tylko za pisemną zgodą, w śledztwie dotyczącym terroryzmu albo gdy wymaga tego prawo, nakaz sędziego lub postanowienie sądu (General Statutes 10a-11i).
    • Od 18 listopada 2025 urzędy publiczne, w tym szkoły publiczne, nie mogą mówić ICE, do jakiej szkoły ktoś chodzi ani w jakich godzinach, jeśli nie jest to publiczne, z pewnymi wyjątkami.
    
    <b>Gdy ICE przyjdzie do szkoły</b>
    Od marca 2025 (Public Act 25-1) każda szkoła publiczna musi wyznaczyć osobę z dyrekcji do kontaktów z agentami imigracyjnymi. Pracownicy mogą poprosić agentów o legitymację i nakaz podpisany przez sędziego oraz najpierw porozmawiać z prawnikiem.
    
    Od 1 października 2026 prawo Connecticut (Public Act 26-14) mówi, że żaden funkcjonariusz, także ICE, nie może dokonać aresztowania cywilnego bez nakazu sędziego w szkołach od przedszkola po studia, w placówkach opieki nad dziećmi, na placach zabaw ani na przystankach autobusów szkolnych, gdy są tam dzieci. Departament Sprawiedliwości USA kwestionuje to prawo w sądzie federalnym, więc najnowsze informacje warto sprawdzać w bezpłatnej pomocy prawnej.
    
    <b>Co mogą zrobić rodzice</b>
    • Aktualizować kontakty alarmowe dziecka w szkole, podając zaufane osoby dorosłe, które mogą odebrać dziecko.
    • Przygotować plan dla rodziny, w tym kto zaopiekuje się dziećmi w razie zatrzymania rodzica.
    • Nauczyć dzieci, że mogą milczeć i nie muszą odpowiadać na pytania o status rodziny.

## ice_cooperation_programs
ice_cooperation_programs-title = 287(g) i programy ICE
ice_cooperation_programs-summary = Secure Communities, 287(g), PEP i bazy danych stanu: jak ICE współpracuje z urzędami Connecticut.
ice_cooperation_programs-body =
    <b>Secure Communities (odciski palców)</b>
    Gdy ktoś zostaje aresztowany i pobiera mu się odciski palców w Connecticut, trafiają one do FBI, a potem automatycznie do ICE. Ten program federalny obejmuje całe Connecticut od 22 lutego 2012. W 2012 roku stan powiedział, że nie ma nad nim kontroli, a Trust Act go nie powstrzymuje. ICE może potem przysłać wniosek o przetrzymanie (detainer), ale funkcjonariusze Connecticut mogą go spełnić tylko w przypadkach, na które pozwala Trust Act.
    
    <b>Porozumienia 287(g)</b>
    W ramach 287(g) ICE pozwala lokalnym funkcjonariuszom wykonywać pracę agentów imigracyjnych. Od 1 października 2019 Trust Act zabrania policji, aresztom, strażnikom sądowym (marshals), kuratorom (probation), policji szkolnej i prokuratorom w Connecticut wykonywania pracy ICE w ramach 287(g) lub jakiegokolwiek innego porozumienia. Policja w Danbury miała porozumienie 287(g) od 2009 roku. Nie wiemy, czy formalnie je zakończono, ale po 2019 roku nie mogło zgodnie z prawem trwać dalej.
    
    <b>PEP</b>
    Program Priority Enforcement Program zakończył się w styczniu 2017. Już nie istnieje.
    
    <b>Dane policji stanowej i DMV</b>
    ICE miało dostęp do COLLECT, policyjnej bazy danych stanu, która zawiera dane z DMV, na podstawie porozumienia z 2016 roku i memorandum z 2018 roku. W listopadzie 2025 Connecticut nie zablokowało też wyszukiwań ICE w danych DMV przez Nlets, krajową sieć policyjną, mimo apeli członków Kongresu do gubernatora. Nie wiemy, czy od tego czasu coś się zmieniło.
    
    <b>Kamery odczytujące tablice rejestracyjne</b>
    Od 1 października 2026 urzędy Connecticut nie mogą używać danych z kamer odczytujących tablice rejestracyjne do egzekwowania prawa imigracyjnego. Urzędy federalne i inne urzędy spoza stanu potrzebują nakazu sędziego (lub dopasowania do listy osób podejrzanych o terroryzm), aby je dostać. To część Public Act 26-14, które Departament Sprawiedliwości USA kwestionuje w sądzie.
    
    <b>SCAAP</b>
    SCAAP to federalna dotacja, która zwraca część kosztów przetrzymywania niektórych osób w więzieniu. Nie jest to zasada dotycząca wniosków o przetrzymanie (detainers) i nie wymaga od policji przetrzymywania kogokolwiek dla ICE.

## local_policies
local_policies-title = Zasady miast i gmin
local_policies-summary = Zasady New Haven, Hartford i innych miast wobec ICE oraz porównanie Connecticut z innymi stanami.
local_policies-body =
    <b>Czy Connecticut to „stan-sanktuarium”?</b>
    Żadne prawo Connecticut nie używa tego słowa. Prokurator Generalny stanu (Attorney General) powiedział, że nic w prawie stanowym nie czyni z Connecticut „sanktuarium” (sanctuary), choć rząd federalny umieścił Connecticut na swoich listach „sanktuariów” w 2025 roku. Connecticut ma natomiast <b>Trust Act</b>, prawo stanowe, które w każdym mieście ogranicza pomoc policji, aresztów i innych dla ICE.
    
    <b>New Haven</b>
    • Zarządzenie policji od 2006 roku (General Order 06-2): funkcjonariusze nie pytają o status imigracyjny i nie aresztują ludzi na podstawie nakazów administracyjnych ICE.
    • W 2007 roku New Haven wprowadziło pierwszy w kraju miejski dowód tożsamości, dostępny dla wszystkich bez względu na status.
    • Zarządzenie „Miasto Przyjazne” (Welcoming City, 23 lipca 2020): pracownicy miasta nie pytają o status, chyba że wymaga tego prawo, a zasoby miasta nie są używane do egzekwowania prawa imigracyjnego.
    
    <b>Hartford</b>
    Uchwała miejska z 2008 roku: policja nikogo nie aresztuje ani nie przetrzymuje tylko z powodu statusu imigracyjnego lub nakazu administracyjnego ICE, a usługi miejskie są dostępne dla wszystkich bez względu na status.
    
    <b>Inne miasta</b>
    W 2017 roku raport federalny wymienił East Haven jako miasto, które nie spełnia wniosków ICE o przetrzymanie (detainers), a rada Bloomfield zagłosowała, by nie pomagać w ich egzekwowaniu. Nie każde miasto jest takie samo: także w 2017 roku burmistrz Danbury powiedział, że policja pomoże ICE znaleźć konkretne osoby, jeśli ICE o to poprosi. Trust Act nadal obowiązuje w każdym mieście.
    
    <b>W sądzie</b>
    Wiosną 2026 roku Departament Sprawiedliwości USA pozwał Connecticut i New Haven w sprawie Trust Act i zarządzenia New Haven „Miasto Przyjazne” (według doniesień). Sprawa toczy się przed sądem federalnym i nie znamy wyniku.
    
    <b>W porównaniu z innymi stanami</b>
    • Obrońcy praw imigrantów nazwali Connecticut pierwszym stanem, który uchwalił Trust Act (2013).
    • Kalifornia wymaga formularza zgody przed przesłuchaniem przez ICE osób w areszcie; w Connecticut nie ma takiej zasady.
    • Nowy Jork, Illinois, Massachusetts, Minnesota i Waszyngton (stan) do listopada 2025 zablokowały wyszukiwania ICE w danych DMV przez krajową sieć policyjną; Connecticut nie.
    
    Zasady miast mogą się zmieniać. Warto zapytać lokalną grupę lub bezpłatną pomoc prawną, co obowiązuje w miejscu zamieszkania.

## data_privacy
data_privacy-title = Dane osobowe a ICE
data_privacy-summary = Co urzędy Connecticut, DMV, policja i szkoły mogą przekazać o Panu/Pani ICE.
data_privacy-body =
    <b>Prawo Connecticut o danych (od 18 listopada 2025)</b>
    Urzędy stanowe i lokalne w Connecticut nie mogą przekazywać tych danych, jeśli nie są publiczne, nikomu spoza władz Connecticut, także ICE:
    • adresu;
    • miejsca i godzin pracy;
    • szkoły i godzin zajęć;
    • daty, godziny i miejsca rozpraw lub wizyt w urzędzie.
    
    <b>Wyjątki:</b> pisemna zgoda zainteresowanej osoby; śledztwo karne (chyba że Trust Act zabrania przekazania); gdy wymaga tego prawo stanowe lub federalne, nakaz sędziego lub postanowienie sądu; oraz kilka przypadków związanych z tajemnicą medyczną i publikowanymi danymi. Tylko Prokurator Generalny stanu (Attorney General) może iść do sądu, by egzekwować to prawo; nie można na jego podstawie pozwać samemu. (General Statutes 4-67ee)
    
    <b>Policja</b>
    Policja nie może przekazywać ICE „informacji poufnych”, np. o byciu ofiarą przemocy domowej lub napaści seksualnej albo świadkiem przestępstwa, o pomocy socjalnej czy numeru Social Security, poza wąskimi wyjątkami. Ale odciski palców z każdego aresztowania trafiają do ICE automatycznie.
    
    <b>DMV i prawo jazdy „drive-only”</b>
    Osoby, które nie mogą udowodnić legalnego pobytu, mogą dostać prawo jazdy „drive-only” (General Statutes 14-36m). Uczciwie o ryzyku: dane z DMV są w COLLECT, policyjnej bazie danych stanu, z której ICE mogło korzystać, i żadne prawo Connecticut nie zabrania wprost DMV przekazywania danych ICE. W listopadzie 2025 Connecticut nie zablokowało wyszukiwań ICE w danych DMV przez Nlets, krajową sieć policyjną. Nie wiemy, czy to się zmieniło ani jak wpływa na to prawo o danych z 2025 roku.
    
    <b>Kamery odczytujące tablice rejestracyjne</b>
    Od 1 października 2026 urzędy Connecticut nie mogą używać danych z kamer odczytujących tablice rejestracyjne do egzekwowania prawa imigracyjnego i muszą ograniczać ich udostępnianie (Public Act 26-14, które Departament Sprawiedliwości USA kwestionuje w sądzie).
    
    <b>Szkoły</b>
    Szkoły w Connecticut nie muszą zbierać informacji o statusie imigracyjnym, dokumentację uczniów chroni federalne prawo o prywatności FERPA, a uczelnie i rady szkolne mogą przekazać ICE status ucznia tylko w wąskich przypadkach.
    
    Jeśli urząd przekazał dane niezgodnie z prawem, warto porozmawiać z bezpłatną pomocą prawną.

## daca_minors
daca_minors-title = DACA i młodzi ludzie
daca_minors-summary = Prawa osób z DACA i młodych ludzi w szkole i na studiach oraz gdzie szukać pomocy.
daca_minors-body =
    <b>Szkoła i studia</b>
    • Każde dziecko może chodzić do szkoły publicznej od przedszkola (kindergarten) do 12. klasy, bez względu na status.
    • Szkoły w Connecticut nie muszą zbierać informacji o statusie imigracyjnym, a dokumentację uczniów chroni federalne prawo o prywatności FERPA.
    • Rady szkolne, college i uniwersytety mogą przekazać ICE poufne informacje o uczniu, w tym status imigracyjny, tylko za pisemną zgodą, w śledztwie dotyczącym terroryzmu albo gdy wymaga tego prawo, nakaz sędziego lub postanowienie sądu.
    
    <b>DACA</b>
    Nie mamy rzetelnych, aktualnych informacji o wnioskach DACA, przedłużeniach ani terminach, więc nie będziemy zgadywać. Przed złożeniem wniosku, przedłużeniem lub podróżą porozmawiać z prawnikiem imigracyjnym lub przedstawicielem akredytowanym przez DOJ w organizacji non-profit, nigdy z „notario”. Sprawdzą wszystkie możliwości.
    
    Kopie dokumentów imigracyjnych warto zostawić u zaufanej osoby.
    
    <b>Prawa są takie same</b>
    Z DACA czy bez, w każdym wieku, można milczeć, prosić o prawnika i odmówić podpisania niezrozumiałych dokumentów. Trust Act w Connecticut nie ma osobnej kategorii dla osób z DACA ani nieletnich: te same ograniczenia dla policji i aresztów chronią wszystkich.
    
    <b>Connecticut Students for a Dream (C4D)</b>
    Grupa prowadzona przez młodzież bez dokumentów od 2010 roku, część sieci United We Dream. Prowadzi szkolenia o prawach i pomaga w dostaniu się na studia.
    
    <b>Gdy zatrzymano młodą osobę</b>
    Wyszukiwarka zatrzymanych ICE (online detainee locator) nie pokazuje osób poniżej 18 lat. Jeśli zabrano dziecko lub nastolatka, od razu skontaktować się z prawnikiem lub bezpłatną pomocą prawną.

## law_changes
law_changes-title = Co się ostatnio zmieniło
law_changes-summary = Nowe przepisy Connecticut i federalne z 2025 i 2026 roku oraz sprawy sądowe przeciwko nim.
law_changes-body =
    Przepisy bardzo się zmieniły w 2025 i 2026 roku. Nasze informacje sięgają mniej więcej maja 2026, więc od tego czasu coś mogło się zmienić. Przed poleganiem na nich warto to sprawdzić w bezpłatnej pomocy prawnej.
    
    <b>Przepisy federalne</b>
    • <b>20 stycznia 2025:</b> odwołano politykę federalną, która trzymała ICE z dala od większości szkół, szpitali i miejsc kultu.
    • <b>Styczeń 2026:</b> wyszła na jaw notatka ICE, według której agenci mogą wejść siłą do domu z formularzem I-205 (niepodpisanym przez sędziego), jeśli dana osoba ma ostateczny nakaz deportacji. Wielu prawników uważa, że to niezgodne z Konstytucją; donoszono o pozwach.
    • <b>Wiosna 2026:</b> Departament Sprawiedliwości USA pozwał Connecticut i New Haven w sprawie Trust Act i zarządzenia New Haven „Miasto Przyjazne” (Welcoming City), a osobno pozwał Connecticut w sprawie Public Act 26-14. Obie sprawy toczą się przed sądem federalnym; nie znamy wyniku.
    
    <b>Connecticut</b>
    • <b>Marzec 2025:</b> każda szkoła publiczna musi wyznaczyć osobę z dyrekcji do kontaktów z ICE, a pracownicy mogą prosić o legitymację i nakaz sędziego (Public Act 25-1).
    • <b>1 października 2025:</b> zmiany w Trust Act (Public Act 25-29). Skazanie za 13 kolejnych przestępstw pozwala teraz na przetrzymanie dla ICE. Ustawa obejmuje teraz prokuratorów, kuratorów dla nieletnich (juvenile probation) i Radę ds. Ułaskawień i Zwolnień Warunkowych (Board of Pardons and Paroles). Można pozwać miasto, którego policja łamie prawo (postanowienie sądu, nie pieniądze).
    • <b>18 listopada 2025</b> (sesja nadzwyczajna w listopadzie, Public Act 25-3): żadnych aresztowań cywilnych na terenie sądów stanowych bez nakazu sędziego, skazania z listy lub dopasowania do listy osób podejrzanych o terroryzm, co sprawdza strażnik sądowy (judicial marshal); żadnych zamaskowanych funkcjonariuszy w sądach bez potrzeby medycznej i zgody sędziego; urzędy stanowe i lokalne nie mogą przekazywać niepublicznego adresu, miejsca pracy, szkoły ani terminów wizyt, z wyjątkami.
    • <b>4 maja 2026</b> (Public Act 26-14): funkcjonariusze, także agenci federalni, nie mogą nosić masek w kontaktach z ludźmi, z pewnymi wyjątkami, i muszą pokazywać odznakę i identyfikator z nazwiskiem; można pozwać każdego funkcjonariusza, także agentów federalnych, przed sądem stanowym za naruszenie praw konstytucyjnych; Inspektor Generalny stanu może badać użycie śmiertelnej siły przez funkcjonariuszy federalnych.
    • <b>1 października 2026</b> (także Public Act 26-14): żadnych aresztowań cywilnych bez nakazu sędziego w szkołach, szpitalach, miejscach kultu, schroniskach i innych chronionych miejscach; ograniczenia w używaniu kamer odczytujących tablice rejestracyjne do egzekwowania prawa imigracyjnego.
    
    Niektóre strony internetowe wspominają o „Trust Act z 2021 roku”. Takiego nie ma: Trust Act pochodzi z 2013 roku i był zmieniany w 2019 i 2025 roku.

## compliance_oversight
compliance_oversight-title = Kto pilnuje przepisów
compliance_oversight-summary = Jak Connecticut sprawdza, czy urzędy przestrzegają zasad wobec ICE: raporty, jawne dokumenty i pozwy.
compliance_oversight-body =
    Connecticut używa raportów, jawnych dokumentów, wewnętrznych zasad i pozwów, aby urzędy przestrzegały ograniczeń pomocy dla ICE.
    
    <b>Raporty i dane publiczne</b>
    • Lokalne komendy policji zgłaszają stanowemu Office of Policy and Management, gdy ICE uzyskuje dostęp do osób, które przetrzymują.
    • Stan publikuje te dane na data.ct.gov jako <a href="https://catalog.data.gov/dataset/trust-act-ice-access-reporting">„Trust Act ICE Access Reporting”</a>, z danymi od 2021 roku.
    • Dokumenty o dostępie ICE są jawne. Każdy może o nie poprosić na podstawie ustawy o dostępie do informacji (Freedom of Information Act).
    
    <b>Prokuratorzy</b>
    Od 13 sierpnia 2025 Division of Criminal Justice (prokuratura stanowa) ma pisemne zasady: każdy wniosek ICE o przetrzymanie (detainer) trafia do przełożonego, o odpowiedzi decyduje prokurator stanowy (state's attorney), a pracownicy muszą zapisywać każdy kontakt z ICE. W styczniu 2026 prokuratura przeprowadziła dla prokuratorów szkolenie z Trust Act.
    
    <b>Powiadomienie zainteresowanej osoby</b>
    Jeśli ICE przyśle wniosek o przetrzymanie (detainer), urząd musi dać tej osobie kopię i powiedzieć, czy go spełni. Jeśli poda ICE datę zwolnienia, ta osoba i jej prawnik muszą dostać kopię i pisemne uzasadnienie.
    
    <b>Pozwy</b>
    • <b>Trust Act:</b> od 1 października 2025 można pozwać miasto, którego policja lub policja szkolna łamie tę ustawę. Sąd może nakazać zaprzestania; bez odszkodowania.
    • <b>Sądy:</b> strażnik sądowy (judicial marshal) musi sprawdzić dokumenty przed każdym aresztowaniem cywilnym na terenie sądu stanowego. Osoba aresztowana wbrew temu prawu może pozwać, a naruszenia mogą być karane jako obraza sądu (contempt of court). Nie sprawdzono jeszcze, czy działa to wobec agentów ICE.
    • <b>Dane:</b> tylko Prokurator Generalny (Attorney General) może iść do sądu, gdy lokalny urząd niezgodnie z prawem przekaże adres, miejsce pracy lub terminy wizyt. Prawo nie pozwala Prokuratorowi Generalnemu pozywać w tej sprawie urzędów stanowych.
    • <b>Miejsca chronione (Public Act 26-14):</b> osoba aresztowana bez nakazu sędziego może pozwać o odszkodowanie. To prawo jest kwestionowane w sądzie federalnym.
    
    Jeśli urząd złamał te zasady, warto porozmawiać z bezpłatną pomocą prawną lub skontaktować się z ACLU of Connecticut.

## greeting
greeting-title = Witamy w kyr
greeting-summary = Powitanie i informacja, w czym ten bot może pomóc.
greeting-body =
    Dzień dobry, witamy. Jestem kyr, bezpłatny przewodnik po prawach imigrantów w Connecticut. Mogę powiedzieć, co robić, gdy ICE przyjdzie do domu, pracy lub sądu, co mówi prawo Connecticut i gdzie dzwonić po pomoc. Proszę pytać własnymi słowami albo wybrać temat poniżej.

## help_menu
help_menu-title = W czym mogę pomóc
help_menu-summary = Tematy, o które można mnie pytać.
help_menu-body =
    Można mnie pytać o:
    • ICE pod drzwiami, w pracy, w sądzie lub na ulicy;
    • kontrole drogowe i pytania policji;
    • co robić, gdy ktoś został zatrzymany, i jak go znaleźć;
    • prawa: milczenie, nakazy, podpisywanie dokumentów;
    • prawo Connecticut: Trust Act, szkoły, dane osobowe, ostatnie zmiany;
    • szukanie prawnika, składanie skargi i plan dla rodziny.
    
    Proszę napisać pytanie własnymi słowami albo wysłać /topics, aby zobaczyć wszystkie tematy. Jeśli ICE jest teraz przy Panu/Pani, proszę wysłać /emergency.

## change_language
change_language-title = Zmiana języka
change_language-summary = Zmiana języka: English, Español, Português, Kreyòl, Français, Polski, 中文, العربية.
change_language-body =
    Przyciskami poniżej można wybrać English, Español, Português, Kreyòl, Français, Polski, 中文, العربية. Język można też zmienić w każdej chwili, wysyłając /language.

## thanks
thanks-title = Nie ma za co
thanks-summary = Nie ma za co. Proszę podzielić się tymi informacjami z innymi.
thanks-body =
    Nie ma za co. Proszę dbać o siebie i o siebie nawzajem. Jeśli to pomogło, warto podzielić się tym z rodziną, przyjaciółmi i sąsiadami: ludzie, którzy znają swoje prawa, są bezpieczniejsi. Jestem tu zawsze, gdy pojawi się kolejne pytanie.

## human_help
human_help-title = Rozmowa z człowiekiem
human_help-summary = To jest bot. Oto jak skontaktować się z prawdziwymi ludźmi, którzy mogą pomóc.
human_help-body =
    Jestem botem, nie człowiekiem, i nie mogę zająć się konkretną sprawą. Prawdziwi ludzie mogą pomóc: bezpłatna pomoc prawna (Statewide Legal Services albo CCIF, jeśli ktoś jest zatrzymany lub grozi mu deportacja), infolinia United We Dream oraz 2-1-1 w sprawie jedzenia, mieszkania lub kryzysu. Ich numery są poniżej. W razie zagrożenia proszę dzwonić pod 911.

## bot_privacy
bot_privacy-title = Co przechowuje ten bot
bot_privacy-summary = Co ten bot przechowuje o Panu/Pani i jak to usunąć.
bot_privacy-body =
    Przechowuję tylko numer czatu, wybrany język oraz, jeśli włączono alerty, wybrane regiony. Nigdy nie zapisuję tego, co Pan/Pani pisze, i nigdy nie pytam o imię i nazwisko, adres ani status imigracyjny. Aby usunąć wszystko, co przechowuję o tym czacie, proszę wysłać /forget. Telegram przechowuje wiadomości w samym czacie; można je tam usunąć.
