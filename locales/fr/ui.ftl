## Interface strings: menus, buttons, fallbacks, disclaimers, commands.
## Every locale has every message here, with the same variables.
## HTML allowed: <b>, <i>, <a href="...">. Escape & < > in text as &amp; &lt; &gt;.

# The language's own name, shown in the language picker.
lang-name = Français

## Welcome and menus

welcome =
    <b>Bonjour. Je suis kyr, un guide sur les droits des immigrés dans le Connecticut.</b>
    
    Posez-moi votre question avec vos propres mots, en français, en anglais, en espagnol, en portugais, en créole haïtien, en polonais, en chinois ou en arabe. Par exemple : « L'ICE est à ma porte » ou « J'ai une date au tribunal, est-ce que je peux y aller sans danger ? »
    
    Si des agents de l'immigration sont avec vous en ce moment, appuyez sur <b>L'ICE est là maintenant</b>.
    
    Je donne des informations générales, pas des conseils juridiques. Je ne demande ni votre nom ni votre statut d'immigration.

menu-title = Choisissez un sujet :
category-encounter = 🚨 ICE ou police ici maintenant
category-rights = ⚖️ Vos droits et la loi
category-help = 🤝 Trouver de l'aide
category-conversation = 💬 À propos de ce bot
emergency-button = 🚨 L'ICE est là maintenant
topics-button = 📋 Tous les sujets
language-button = 🌐 Langue
resources-button = ☎️ Qui appeler
share-button = 📤 Partager cette réponse
back-button = ⬅️ Retour aux sujets

## Answers

who-to-call-heading = Qui appeler
related-heading = Sujets liés :
footer = <i>Dernière vérification le { $date }. Ceci est une information générale, pas un conseil juridique. Pour votre cas, parlez à un avocat ou à un service d'aide juridique.</i>
sms-line = Envoyez { $keyword } par SMS au { $number }
# Under a referral that does not serve the reader's language: the languages it does serve,
# by their own names (English, Español), without or with interpreters on request.
ref-languages = 🗣 Ils parlent { $languages } : venez avec quelqu'un qui peut interpréter.
ref-languages-interpreter = 🗣 Ils parlent { $languages } : demandez un interprète dans votre langue.

## Understanding

did-you-mean = Je ne suis pas sûr d'avoir compris. Vouliez-vous dire l'un de ces sujets ?
fallback =
    Désolé, je peux seulement aider sur les droits des immigrés dans le Connecticut : l'ICE à votre porte, au travail ou au tribunal, les contrôles de police, la détention, vos droits selon la loi du Connecticut, et où trouver un avocat ou déposer une plainte.
    
    Choisissez un sujet ci-dessous, ou posez votre question autrement.
non-text = Je peux seulement lire du texte. Écrivez votre question avec des mots, ou choisissez un sujet ci-dessous.
empty-message = Votre message était vide. Écrivez votre question, ou choisissez un sujet ci-dessous.
unknown-command = Je ne connais pas cette commande. Voici ce que je peux faire :
stale-button = Ce bouton est trop ancien. Voici de nouveau le menu.
other-language = 🌐 Je ne sais pas encore lire cette langue. Je parle français, anglais, espagnol, portugais, créole haïtien, polonais, chinois et arabe : choisissez-en une ci-dessous. Si l'ICE est à votre porte, appuyez sur 🚨.

## Language

language-picker = Choisissez votre langue :
language-set = D'accord. À partir de maintenant, je réponds en français.
# Shown once, at the start, to a client set to Traditional Chinese (zh-Hant, zh-TW, zh-HK,
# zh-MO), whom kyr answers in Simplified Chinese: in Traditional characters in every locale,
# since only such a reader ever sees it.
traditional-chinese-note = 提示：kyr 目前只有簡體中文版本，以下的回答都使用簡體中文。

## Commands and their menu descriptions

help-text =
    <b>Comment utiliser kyr</b>
    
    Écrivez votre question avec vos propres mots, dans l'une de mes huit langues. Je réponds avec ce qu'il faut faire, ce que dit la loi et qui appeler.
    
    /emergency : que faire si l'ICE est là maintenant
    /report : signaler une activité de l'ICE (vérifiée avant toute alerte)
    /topics : tous les sujets
    /resources : numéros de téléphone et sites web
    /language : changer de langue
    /privacy : ce que je garde sur vous
    /forget : effacer ce que je garde
    /subscribe : recevoir des alertes vérifiées de la communauté
    /unsubscribe : arrêter les alertes
    
    Dans n'importe quelle discussion, vous pouvez taper @{ $bot } et quelques mots pour partager une réponse.
cmd-start = Commencer et afficher le menu
cmd-help = Comment utiliser ce bot
cmd-topics = Tous les sujets
cmd-emergency = L'ICE est là : que faire
cmd-resources = Qui appeler : téléphones et sites
cmd-language = Changer de langue
cmd-privacy = Ce que ce bot garde
cmd-forget = Effacer ce que ce bot garde
cmd-subscribe = Recevoir les alertes vérifiées
cmd-unsubscribe = Arrêter les alertes
cmd-report = Signaler une activité de l'ICE (vérifiée avant toute alerte)
bot-short-description = Vos droits dans le Connecticut si l'ICE vient. English, Español, Português, Kreyòl, Français, Polski, 中文, العربية.
bot-description = Informations gratuites sur leurs droits pour les immigrés du Connecticut et les personnes qui les aident. Posez vos questions avec vos propres mots, en français, en anglais, en espagnol, en portugais, en créole haïtien, en polonais, en chinois ou en arabe. Information générale, pas un conseil juridique.

resources-heading = <b>Qui appeler</b>
resources-intro = Contacts vérifiés à partir de sources publiques. En cas d'urgence, appelez le 911.

## Privacy

privacy-text =
    <b>Ce que ce bot garde</b>
    
    • Le numéro de votre discussion et la langue choisie, pour vous répondre dans votre langue.
    • Si vous êtes abonné aux alertes : les régions que vous avez choisies.
    
    Je ne garde pas et n'enregistre pas ce que vous écrivez. Je ne demande jamais votre nom, votre adresse ou votre statut d'immigration. Telegram garde vos messages dans votre discussion ; vous pouvez les y effacer.
    
    Pour effacer tout ce que je garde sur cette discussion, envoyez /forget.
forget-done = C'est fait. J'ai effacé tout ce que je gardais sur cette discussion : votre langue et vos abonnements aux alertes. Vous pouvez continuer à utiliser le bot ; je ne me souviendrai pas de vos choix.

## Errors

error-generic = Désolé, il y a eu un problème de mon côté. Réessayez dans une minute. Si l'ICE est avec vous maintenant : restez calme, n'ouvrez pas la porte, gardez le silence, et appelez un avocat ou la ligne d'urgence United We Dream au 1-844-363-1423.
group-only-admins = Seul un administrateur de ce groupe peut faire cela.

## Community alerts

subscribe-intro = <b>Alertes de la communauté</b> : des avis vérifiés par des groupes d'intervention rapide sur l'activité de l'ICE, dans votre langue. Choisissez pour quels endroits vous voulez des alertes :
subscribe-statewide = Tout le Connecticut
subscribe-done = Vous recevrez les alertes pour : { $regions }. Envoyez /unsubscribe pour arrêter.
subscribe-choose-more = Appuyez sur les régions voulues, puis sur Terminé.
subscribe-finish = ✅ Terminé
unsubscribe-done = Vous ne recevrez plus d'alertes. Votre abonnement est supprimé.
unsubscribe-none = Vous n'étiez pas abonné aux alertes.
alert-header = 📢 <b>Alerte de la communauté</b> ({ $region })
alert-verify-line = <i>Vérifiée par un réseau d'intervention rapide avant l'envoi. Avant de partager quoi que ce soit, vérifiez vous-même ; les fausses alertes répandent la peur.</i>
alert-emergency-button = 🚨 Que faire si l'ICE vient
admin-only = Désolé, vous ne pouvez pas faire cela.
alert-choose-region = Pour quelle région est cette alerte ?
alert-write-text = Écrivez maintenant le texte de l'alerte. Pour l'écrire en plusieurs langues, commencez chaque partie par une ligne comme <code>[es]</code>. Ou envoyez /cancel.
alert-preview = Voici exactement ce que verront les abonnés. L'envoyer ?
alert-send = ✅ Envoyer
alert-cancel = ❌ Annuler
alert-cancelled = Alerte annulée. Rien n'a été envoyé.
alert-progress = Envoi de l'alerte n° { $id } : { $sent } envoyées, { $failed } en échec, { $left } restantes.
alert-report = Alerte n° { $id } terminée : { $sent } envoyées, { $failed } en échec, { $removed } désabonnés (bot bloqué ou compte disparu).
alert-template = Activité de l'ICE confirmée à { $town } ({ $date }) : { $what }. Connaissez vos droits : n'ouvrez pas la porte, gardez le silence, ne signez rien, et appelez un avocat.
