## The rights card (3.5 × 2 inches) and the QR flyers: `/card`, `kyr card`, `kyr flyer`.
## Card and flyer lines are plain text (no HTML): they are drawn on an image. `kyr check` measures
## every line with the card's font and fails if one does not fit its box, or uses a character the
## font lacks. Keep each card-front line short: one line on the card, two at most.

# Front of the card, in the holder's language: what to do.
card-front-title = Know your rights
card-front-1 = Do not open the door. Ask them to slide any warrant under it.
card-front-2 = Stay silent. You do not have to answer questions.
card-front-3 = Do not sign anything without a lawyer.
card-front-4 = Do not lie, and do not show false papers.
card-front-5 = Ask for a lawyer.
card-front-6 = Ask: "Am I free to go?" If yes, leave calmly.
# Above the legal-aid name and number.
card-front-help = Free legal help in Connecticut:
# Under the QR code.
card-front-scan = Scan: kyr, in English
card-front-reviewed = Reviewed { $date }. General information, not legal advice.

# Back of the card: one statement, always in English, for the agent to read. Only English has
# these messages (every card, in every language, has the same back).
card-back-title = To the officer or agent
card-back-1 = I am using my Fifth Amendment right to remain silent. I will not answer your questions.
card-back-2 = I do not consent to a search of me, my belongings, my car or my home (Fourth Amendment).
card-back-3 = I do not consent to your entry. I will not open the door unless you show me a warrant signed by a judge. Please slide it under the door.
card-back-4 = I want to speak with a lawyer. I will not sign anything without my lawyer.
card-back-5 = I am giving you this card so that I do not have to speak to you.
card-back-reviewed = General information, not legal advice. Reviewed { $date }.

# Telegram: the caption under the two pictures of the card.
card-caption =
    <b>Your rights card</b> (front and back)
    
    Save both pictures on your phone. If agents come, follow the front, and show them the back or slide it under the door: it is in English, for them.
    
    To print it: each picture is a 3.5 × 2 inch card (business-card size). A volunteer can print 10 per sheet, on both sides.
card-caption-back = The back, in English: show it to the agent, or slide it under the door.
card-button = 🪪 Rights card
cmd-card = Your rights card: save it, show it, print it
# The terminal cannot show pictures: what it prints for /card.
card-terminal = On Telegram, /card sends the card as two pictures to save on your phone. To print it (10 cards per letter-size sheet, front and back): kyr card --lang { $lang } --sheet --out cards.pdf
# Inline mode: the result that shares the card.
card-inline-title = 🪪 Rights card
card-inline-description = A card to save, show or print: what to do, and a statement for the agent
card-inline-text = <b>Rights card</b>: what to do if immigration agents come, and a statement in English to show them. Open it in the bot:

# The flyer (half a letter sheet): an answer's first screen and a QR code to the whole answer.
flyer-scan = Scan to read the whole answer in kyr, free, in your language.
flyer-reviewed = Reviewed { $date }. General information, not legal advice.
