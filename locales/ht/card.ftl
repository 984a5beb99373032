## Kat dwa yo ak fèy QR yo. Gade locales/en/card.ftl.
## Tèks senp (san HTML) sou kat la ak fèy yo: `kyr check` mezire chak liy.

card-front-title = Konnen dwa w
card-front-1 = Pa louvri pòt la. Mande yo glise nenpòt manda anba l.
card-front-2 = Rete an silans. Ou pa oblije reponn kesyon.
card-front-3 = Pa siyen anyen san yon avoka.
card-front-4 = Pa bay manti, pa montre fo papye.
card-front-5 = Mande yon avoka.
card-front-6 = Mande: "Èske m lib pou m ale?" Si yo di wi, ale tou dousman.
card-front-help = Èd legal gratis nan Connecticut:
card-front-scan = Eskane: kyr, an kreyòl
card-front-reviewed = Revize { $date }. Enfòmasyon jeneral, pa konsèy legal.

card-caption =
    <b>Kat dwa w</b> (devan ak dèyè)
    
    Sere de foto yo nan telefòn ou. Si ajan vini, swiv sa ki ekri devan an, epi montre yo dèyè a oswa glise l anba pòt la: li an anglè, pou yo.
    
    Pou enprime l: chak foto se yon kat 3.5 × 2 pous (gwosè yon kat biznis). Yon volontè ka enprime 10 pa fèy, sou de bò yo.
card-caption-back = Dèyè a, an anglè: montre ajan an li, oswa glise l anba pòt la.
card-button = 🪪 Kat dwa
cmd-card = Kat dwa w: sere l, montre l, enprime l
card-terminal = Sou Telegram, /card voye kat la an de foto pou w sere nan telefòn ou. Pou enprime l (10 kat pa fèy gwosè lèt, sou de bò yo): kyr card --lang { $lang } --sheet --out kat.pdf
card-inline-title = 🪪 Kat dwa
card-inline-description = Yon kat pou sere, montre oswa enprime: sa pou w fè, ak yon deklarasyon pou ajan an
card-inline-text = <b>Kat dwa</b>: sa pou w fè si ajan imigrasyon vini, ak yon deklarasyon an anglè pou montre yo. Louvri l nan bot la:

flyer-scan = Eskane pou li tout repons lan nan kyr, gratis, nan lang ou.
flyer-reviewed = Revize { $date }. Enfòmasyon jeneral, pa konsèy legal.
