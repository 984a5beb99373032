## Karta praw i ulotki z kodem QR. Zob. locales/en/card.ftl.
## Zwykły tekst (bez HTML) na karcie i ulotkach: `kyr check` mierzy każdą linię.
## Tył karty (card-back-*) jest zawsze po angielsku i istnieje tylko w locales/en.

card-front-title = Znaj swoje prawa
card-front-1 = Nie otwierać drzwi. Poprosić, by wsunęli nakaz pod drzwi.
card-front-2 = Milczeć. Nie trzeba odpowiadać na pytania.
card-front-3 = Nie podpisywać bez prawnika.
card-front-4 = Nie kłamać. Bez fałszywych papierów.
card-front-5 = Żądać prawnika.
card-front-6 = Zapytać: „Czy mogę odejść?” Jeśli tak, spokojnie odejść.
card-front-help = Bezpłatna pomoc prawna, Connecticut:
card-front-scan = Kod QR: kyr, po polsku
card-front-reviewed = Sprawdzone { $date }. Ogólne informacje, nie porada prawna.

card-caption =
    <b>Karta praw</b> (przód i tył)
    
    Warto zapisać oba obrazki w telefonie. Jeśli przyjdą agenci, postępować według przodu karty, a tył pokazać im albo wsunąć pod drzwi: jest po angielsku, dla nich.
    
    Do wydruku: każdy obrazek to karta 3.5 × 2 cala (rozmiar wizytówki). Wolontariusz może wydrukować 10 kart na jednym arkuszu, dwustronnie.
card-caption-back = Tył, po angielsku: pokazać go agentowi albo wsunąć pod drzwi.
card-button = 🪪 Karta praw
cmd-card = Karta praw: do zapisania, pokazania i wydruku
card-terminal = W Telegramie /card wysyła kartę jako dwa obrazki do zapisania w telefonie. Aby ją wydrukować (10 kart na arkuszu formatu Letter, dwustronnie): kyr card --lang { $lang } --sheet --out karty.pdf
card-inline-title = 🪪 Karta praw
card-inline-description = Karta do zapisania, pokazania lub wydruku: co robić i oświadczenie dla agenta
card-inline-text = <b>Karta praw</b>: co robić, gdy przyjdą agenci imigracyjni, i oświadczenie po angielsku do pokazania im. Można ją otworzyć w bocie:

flyer-scan = Zeskanować kod, aby przeczytać całą odpowiedź w kyr, bezpłatnie, w swoim języku.
flyer-reviewed = Sprawdzone { $date }. Ogólne informacje, nie porada prawna.
