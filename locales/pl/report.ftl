## Zgłoszenia do sieci szybkiego reagowania (zob. locales/en/report.ftl).

report-button = 📣 Zgłoś działania ICE
report-elsewhere = Działania ICE zgłasza się w bocie na Telegramie, w prywatnym czacie z nim: proszę tam wysłać /report. Jeśli ktoś jest ranny lub w niebezpieczeństwie, proszę dzwonić pod 911.
report-disabled = Zgłoszenia nie są jeszcze włączone w tym bocie. Aby zgłosić działania ICE, proszę zadzwonić na infolinię United We Dream: 1-844-363-1423. Jeśli ktoś jest ranny lub w niebezpieczeństwie, proszę dzwonić pod 911.
report-private-only = Dla bezpieczeństwa zgłoszenia przyjmuję tylko w prywatnym czacie ze mną, nigdy w grupie. Proszę otworzyć prywatny czat ze mną i wysłać /report.
report-safety =
    <b>Zgłoszenie działań ICE</b>

    Najpierw bezpieczeństwo:
    • Zachować dystans.
    • Nie przeszkadzać agentom i nie wchodzić im w drogę.
    • Można nagrywać z bezpiecznego miejsca.
    • Nazwisko osoby zgłaszającej nigdy nie jest udostępniane. Przeszkoleni wolontariusze sprawdzają każde zgłoszenie, zanim ktokolwiek zostanie zaalarmowany, i nigdy nie widzą, kto je wysłał.

    Teraz kilka krótkich pytań. Aby przerwać, można w każdej chwili wysłać /cancel.
report-continue = Dalej
report-cancel-button = Anuluj
report-ask-town = Jaka miejscowość? Proszę wybrać hrabstwo albo wpisać nazwę miejscowości.
report-choose-town = Proszę wybrać miejscowość w { $county }:
report-counties-button = ⬅️ Hrabstwa
report-town-choices = Czy chodzi o jedną z tych miejscowości? Jeśli nie, proszę wpisać nazwę jeszcze raz albo wybrać hrabstwo.
report-town-not-found = Nie znalazłem takiej miejscowości w Connecticut. Proszę sprawdzić pisownię albo wybrać hrabstwo.
report-ask-place = Gdzie dokładnie w { $town }? Proszę podać ulicę, skrzyżowanie albo charakterystyczne miejsce. Proszę nie podawać własnego adresu domowego.
report-ask-activity = Co było widać?
report-activity-arrest = Ktoś aresztowany lub zatrzymany
report-activity-door = Agenci pod drzwiami domu
report-activity-checkpoint = Punkt kontrolny albo kontrole samochodów
report-activity-workplace = Agenci w miejscu pracy
report-activity-patrol = Agenci lub ich pojazdy: czekają albo patrolują
report-activity-other = Coś innego
report-ask-details = Ilu agentów i ile pojazdów? Jakieś oznaczenia lub mundury (np. ICE, POLICE, HSI)? Proszę napisać krótką wiadomość albo nacisnąć Pomiń.
report-skip = Pomiń
report-ask-when = Kiedy to było?
report-when-now = Dzieje się teraz
report-when-hour = W ciągu ostatniej godziny
report-when-earlier = Wcześniej
report-ask-photo = Jeśli udało się zrobić zdjęcie z bezpiecznego miejsca, proszę wysłać je teraz jako zdjęcie (nie jako plik). Jeśli nie, proszę nacisnąć Pomiń.
report-not-a-photo = Proszę wysłać obraz jako zdjęcie, nie jako plik: plik zachowuje informację o miejscu, w którym zostało zrobione. W Telegramie proszę wybrać Zdjęcie lub Galeria zamiast Plik.
report-photo-yes = tak
report-photo-no = brak
report-review =
    <b>Zgłoszenie</b>
    Miejscowość: { $town }
    Gdzie: { $place }
    Co: { $what }
    Kiedy: { $when }
    Zdjęcie: { $photo }

    Wysłać je do zespołu szybkiego reagowania?
report-send = ✅ Wyślij zgłoszenie
report-sent =
    Dziękuję. Przeszkoleni wolontariusze sprawdzą zgłoszenie, zanim ktokolwiek zostanie zaalarmowany. Dam znać, co ustalą.

    <b>Co robić teraz</b>
    • Zachować bezpieczną odległość i nie przeszkadzać.
    • W razie kontroli przez agentów: zachować spokój, można milczeć (prawo do milczenia), niczego nie podpisywać.
    • Jeśli ktoś jest ranny lub w niebezpieczeństwie, dzwonić pod 911.
    • Po pomoc dzwonić na infolinię United We Dream: 1-844-363-1423.
report-cancelled = Zgłoszenie anulowane. Nic nie zostało wysłane ani zapisane.
report-too-soon = Dziękuję za troskę o swoją społeczność. Z jednego czatu można wysłać jedno zgłoszenie co 10 minut: proszę spróbować ponownie za { $minutes } min. Jeśli to pilne, proszę zadzwonić na infolinię United We Dream: 1-844-363-1423.
report-daily-limit = Dziękuję za troskę o swoją społeczność. Z tego czatu wysłano dziś 5 zgłoszeń, czyli najwięcej, ile jeden czat może wysłać w ciągu dnia. Jeśli to pilne, proszę zadzwonić na infolinię United We Dream: 1-844-363-1423.
report-muted = Zgłoszenia z tego czatu są na razie wstrzymane. Jeśli to pilne, proszę zadzwonić na infolinię United We Dream: 1-844-363-1423. Jeśli ktoś jest ranny lub w niebezpieczeństwie, proszę dzwonić pod 911.
report-outcome-confirmed = Informacja o zgłoszeniu: zespół szybkiego reagowania je potwierdził. Dziękuję za pomoc w dbaniu o bezpieczeństwo społeczności.
report-outcome-false-alarm = Informacja o zgłoszeniu: zespół szybkiego reagowania je sprawdził i okazało się, że to nie były działania ICE. Dziękuję za zgłoszenie: wcześniejsze sprawdzenie chroni wszystkich przed fałszywymi alarmami.
report-outcome-unverified = Informacja o zgłoszeniu: zespół szybkiego reagowania nie zdołał go potwierdzić. Dziękuję. Jeśli będzie widać coś więcej, można wysłać nowe zgłoszenie.
report-admin-draft = Zespół szybkiego reagowania potwierdził zgłoszenie z { $town }. Poniższy alert jest gotowy dla regionu { $region }: proszę go sprawdzić, a potem nacisnąć Wyślij lub Anuluj. Nic nie zostanie wysłane, dopóki nie naciśnie się Wyślij.
report-alert = Potwierdzone działania ICE w { $town } ({ $place }), zgłoszone o { $time }: { $what }. Sprawdzone przez zespół szybkiego reagowania. Warto znać swoje prawa: nie otwierać drzwi, milczeć, niczego nie podpisywać i zadzwonić do prawnika.
