## Interface strings: menus, buttons, fallbacks, disclaimers, commands.
## Every locale has every message here, with the same variables.
## HTML allowed: <b>, <i>, <a href="...">. Escape & < > in text as &amp; &lt; &gt;.

# The language's own name, shown in the language picker.
lang-name = Polski

## Welcome and menus

welcome =
    <b>Dzień dobry. Jestem kyr, przewodnik po prawach imigrantów w Connecticut.</b>
    
    Proszę zadać pytanie własnymi słowami, po polsku, angielsku, hiszpańsku, portugalsku, haitańsku, francusku, chińsku lub arabsku. Na przykład: „ICE stoi pod moimi drzwiami” albo „Mam termin w sądzie, czy mogę bezpiecznie iść?”
    
    Jeśli agenci imigracyjni są teraz przy Panu/Pani, proszę nacisnąć <b>ICE jest tutaj teraz</b>.
    
    Podaję ogólne informacje, nie poradę prawną. Nie pytam o imię i nazwisko ani o status imigracyjny.

menu-title = Proszę wybrać temat:
category-encounter = 🚨 ICE lub policja tutaj teraz
category-rights = ⚖️ Prawa i przepisy
category-help = 🤝 Gdzie szukać pomocy
category-conversation = 💬 O tym bocie
emergency-button = 🚨 ICE jest tutaj teraz
topics-button = 📋 Wszystkie tematy
language-button = 🌐 Język
resources-button = ☎️ Gdzie dzwonić
share-button = 📤 Udostępnij odpowiedź
back-button = ⬅️ Wróć do tematów

## Answers

who-to-call-heading = Gdzie dzwonić
related-heading = Powiązane tematy:
footer = <i>Ostatnio sprawdzone { $date }. To ogólne informacje, nie porada prawna. W swojej sprawie warto porozmawiać z prawnikiem lub z bezpłatną pomocą prawną.</i>
sms-line = Wyślij SMS o treści { $keyword } pod numer { $number }
# Under a referral that does not serve the reader's language: the languages it does serve,
# by their own names (English, Español), without or with interpreters on request.
ref-languages = 🗣 Obsługa w językach: { $languages }. Weź ze sobą kogoś, kto przetłumaczy.
ref-languages-interpreter = 🗣 Obsługa w językach: { $languages }. Poproś o tłumacza na swój język.

## Understanding

did-you-mean = Nie jestem pewien, czy dobrze rozumiem. Czy chodzi o jeden z tych tematów?
fallback =
    Przepraszam, pomagam tylko w sprawach praw imigrantów w Connecticut: ICE pod drzwiami, w pracy lub w sądzie, kontrole policyjne, zatrzymanie, prawa według przepisów Connecticut oraz gdzie znaleźć prawnika lub złożyć skargę.
    
    Proszę wybrać temat poniżej albo zapytać innymi słowami.
non-text = Czytam tylko tekst. Proszę wpisać pytanie słowami albo wybrać temat poniżej.
empty-message = Wiadomość była pusta. Proszę wpisać pytanie albo wybrać temat poniżej.
unknown-command = Nie znam tego polecenia. Oto, w czym mogę pomóc:
stale-button = Ten przycisk jest już nieaktualny. Oto menu jeszcze raz.
other-language = 🌐 Nie umiem jeszcze czytać w tym języku. Mówię po polsku, angielsku, hiszpańsku, portugalsku, haitańsku, francusku, chińsku i arabsku: proszę wybrać język poniżej. Jeśli ICE stoi pod drzwiami, proszę nacisnąć 🚨.

## Language

language-picker = Proszę wybrać język:
language-set = Dobrze. Od teraz będę odpowiadać po polsku.
# Shown once, at the start, to a client set to Traditional Chinese (zh-Hant, zh-TW, zh-HK,
# zh-MO), whom kyr answers in Simplified Chinese: in Traditional characters in every locale,
# since only such a reader ever sees it.
traditional-chinese-note = 提示：kyr 目前只有簡體中文版本，以下的回答都使用簡體中文。

## Commands and their menu descriptions

help-text =
    <b>Jak korzystać z kyr</b>
    
    Proszę napisać pytanie własnymi słowami, w jednym z moich ośmiu języków. Odpowiem, co zrobić, co mówią przepisy i gdzie dzwonić.
    
    /emergency: co zrobić, jeśli ICE jest tutaj teraz
    /report: zgłoś działania ICE (sprawdzane przed każdym alertem)
    /topics: wszystkie tematy
    /resources: telefony i strony internetowe
    /language: zmiana języka
    /privacy: co o Panu/Pani przechowuję
    /forget: usunięcie tego, co przechowuję
    /subscribe: sprawdzone alerty społeczności
    /unsubscribe: wyłączenie alertów
    
    W każdym czacie można wpisać @{ $bot } i kilka słów, aby udostępnić odpowiedź.
cmd-start = Start i menu
cmd-help = Jak korzystać z bota
cmd-topics = Wszystkie tematy
cmd-emergency = ICE jest tutaj teraz: co robić
cmd-resources = Gdzie dzwonić: telefony i strony
cmd-language = Zmiana języka
cmd-privacy = Co przechowuje ten bot
cmd-forget = Usuń dane przechowywane przez bota
cmd-subscribe = Sprawdzone alerty społeczności
cmd-unsubscribe = Wyłącz alerty społeczności
cmd-report = Zgłoś działania ICE (sprawdzane przed alertem)
bot-short-description = Prawa imigrantów w Connecticut, gdy przyjdzie ICE. English, Español, Português, Kreyòl, Français, Polski, 中文, العربية.
bot-description = Bezpłatne informacje o prawach imigrantów w Connecticut i osób, które im pomagają. Można pytać własnymi słowami, po polsku, angielsku, hiszpańsku, portugalsku, haitańsku, francusku, chińsku lub arabsku. Ogólne informacje, nie porada prawna.

resources-heading = <b>Gdzie dzwonić</b>
resources-intro = Kontakty sprawdzone w publicznych źródłach. W nagłym wypadku proszę dzwonić pod 911.

## Privacy

privacy-text =
    <b>Co przechowuje ten bot</b>
    
    • Numer czatu i wybrany język, żeby odpowiadać w tym języku.
    • Jeśli włączono alerty: wybrane regiony.
    
    Nie zapisuję ani nie rejestruję tego, co Pan/Pani pisze. Nigdy nie pytam o imię i nazwisko, adres ani status imigracyjny. Sam Telegram przechowuje wiadomości w czacie; można je tam usunąć.
    
    Aby usunąć wszystko, co przechowuję o tym czacie, proszę wysłać /forget.
forget-done = Gotowe. Usunąłem wszystko, co przechowywałem o tym czacie: język i ewentualne subskrypcje alertów. Można dalej korzystać z bota; nie będę pamiętać wcześniejszych wyborów.

## Errors

error-generic = Przepraszam, coś poszło nie tak po mojej stronie. Proszę spróbować ponownie za minutę. Jeśli ICE jest teraz przy Panu/Pani: zachować spokój, nie otwierać drzwi, milczeć i zadzwonić do prawnika lub na infolinię United We Dream 1-844-363-1423.
group-only-admins = Tylko administrator tej grupy może to zrobić.

## Community alerts

subscribe-intro = <b>Alerty społeczności</b>: sprawdzone komunikaty grup szybkiego reagowania o działaniach ICE, w wybranym języku. Proszę wybrać, dla jakiego obszaru wysyłać alerty:
subscribe-statewide = Całe Connecticut
subscribe-done = Alerty będą przychodzić dla: { $regions }. Aby je wyłączyć, proszę wysłać /unsubscribe.
subscribe-choose-more = Proszę zaznaczyć wybrane regiony, a potem nacisnąć Gotowe.
subscribe-finish = ✅ Gotowe
unsubscribe-done = Alerty nie będą już przychodzić. Subskrypcja została usunięta.
unsubscribe-none = Ten czat nie miał subskrypcji alertów.
alert-header = 📢 <b>Alert społeczności</b> ({ $region })
alert-verify-line = <i>Sprawdzone przed wysłaniem przez sieć szybkiego reagowania. Przed udostępnieniem czegokolwiek proszę to samemu sprawdzić; fałszywe alarmy sieją strach.</i>
alert-emergency-button = 🚨 Co robić, gdy przyjdzie ICE
admin-only = Przepraszam, nie można tego zrobić.
alert-choose-region = Dla jakiego regionu jest ten alert?
alert-write-text = Proszę teraz napisać treść alertu. Aby napisać go w kilku językach, każdą część należy zacząć od linii takiej jak <code>[es]</code>. Albo wysłać /cancel.
alert-preview = Dokładnie tak zobaczą to subskrybenci. Wysłać?
alert-send = ✅ Wyślij
alert-cancel = ❌ Anuluj
alert-cancelled = Alert anulowany. Nic nie zostało wysłane.
alert-progress = Wysyłanie alertu #{ $id }: wysłano { $sent }, błędy { $failed }, pozostało { $left }.
alert-report = Alert #{ $id } zakończony: wysłano { $sent }, błędy { $failed }, wypisano { $removed } (zablokowali bota lub konto nie istnieje).
alert-template = Potwierdzone działania ICE w { $town } ({ $date }): { $what }. Warto znać swoje prawa: nie otwierać drzwi, milczeć, niczego nie podpisywać i zadzwonić do prawnika.
