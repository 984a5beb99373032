## La carte de droits et les affiches avec code QR. Voir locales/en/card.ftl.
## Texte simple (sans HTML) sur la carte et les affiches : `kyr check` mesure chaque ligne.
## Le verso de la carte (card-back-*) existe seulement en anglais : il n'est pas ici.
## Termes juridiques : locales/fr/GLOSSARY.md.

card-front-title = Connaître vos droits
card-front-1 = N'ouvrez pas. Demandez qu'on glisse le mandat sous la porte.
card-front-2 = Gardez le silence. Vous n'avez pas à répondre.
card-front-3 = Ne signez rien sans avocat.
card-front-4 = Ne mentez pas. Pas de faux papiers.
card-front-5 = Exigez un avocat
card-front-6 = Dites : « Suis-je libre de partir ? » Si oui, partez calmement.
card-front-help = Aide juridique gratuite (CT) :
card-front-scan = Scannez : kyr (français)
card-front-reviewed = Vérifié le { $date }. Info générale, pas un conseil juridique.

card-caption =
    <b>Votre carte de droits</b> (recto et verso)
    
    Enregistrez les deux images sur votre téléphone. Si des agents viennent, suivez ce que dit le recto, et montrez-leur le verso ou glissez-le sous la porte : il est en anglais, pour eux.
    
    Pour l'imprimer : chaque image est une carte de 3,5 × 2 pouces (format carte de visite). Un bénévole peut en imprimer 10 par feuille, recto verso.
card-caption-back = Le verso, en anglais : montrez-le à l'agent, ou glissez-le sous la porte.
card-button = 🪪 Carte de droits
cmd-card = Votre carte de droits : enregistrez-la, montrez-la, imprimez-la
card-terminal = Sur Telegram, /card envoie la carte en deux images à enregistrer sur votre téléphone. Pour l'imprimer (10 cartes par feuille format lettre US, recto verso) : kyr card --lang { $lang } --sheet --out cartes.pdf
card-inline-title = 🪪 Carte de droits
card-inline-description = Une carte à enregistrer, montrer ou imprimer : que faire, et une déclaration pour l'agent
card-inline-text = <b>Carte de droits</b> : que faire si des agents de l'immigration viennent, et une déclaration en anglais à leur montrer. Ouvrez-la dans le bot :

flyer-scan = Scannez pour lire toute la réponse dans kyr, gratuitement, dans votre langue.
flyer-reviewed = Vérifié le { $date }. Information générale, pas un conseil juridique.
