## Signalements d'intervention rapide (voir locales/en/report.ftl).
## Termes : locales/fr/GLOSSARY.md ("report" = signaler / signalement ; "rapid response" = intervention rapide).

report-button = 📣 Signaler l'activité de l'ICE
report-elsewhere = Les signalements d'activité de l'ICE se font dans le bot Telegram, dans une discussion privée avec lui : envoyez-y /report. Si quelqu'un est blessé ou en danger, appelez le 911.
report-disabled = Les signalements ne sont pas encore activés dans ce bot. Pour signaler l'activité de l'ICE, appelez la ligne d'urgence de United We Dream : 1-844-363-1423. Si quelqu'un est blessé ou en danger, appelez le 911.
report-private-only = Pour vous protéger, les signalements se font seulement dans une discussion privée avec moi, jamais dans un groupe. Ouvrez une discussion privée avec moi et envoyez /report.
report-safety =
    <b>Signaler l'activité de l'ICE</b>

    D'abord, restez en sécurité :
    • Gardez vos distances.
    • N'intervenez pas et ne vous mettez pas sur le chemin des agents.
    • Vous pouvez filmer depuis un endroit sûr.
    • Votre nom n'est jamais partagé. Des bénévoles formés vérifient chaque signalement avant toute alerte, et ils ne voient jamais qui l'a envoyé.

    Quelques questions rapides vont suivre. Envoyez /cancel à tout moment pour arrêter.
report-continue = Continuer
report-cancel-button = Annuler
report-ask-town = Dans quelle ville ? Choisissez le comté, ou écrivez le nom de la ville.
report-choose-town = Choisissez la ville dans { $county } :
report-counties-button = ⬅️ Comtés
report-town-choices = Vouliez-vous dire l'une de ces villes ? Sinon, écrivez le nom à nouveau ou choisissez le comté.
report-town-not-found = Je n'ai pas trouvé cette ville dans le Connecticut. Vérifiez l'orthographe, ou choisissez le comté.
report-ask-place = Où exactement, à { $town } ? Envoyez une rue, un carrefour ou un lieu connu. S'il vous plaît, n'envoyez pas l'adresse de votre propre domicile.
report-ask-activity = Qu'avez-vous vu ?
report-activity-arrest = Une personne arrêtée ou détenue
report-activity-door = Agents à la porte d'un logement
report-activity-checkpoint = Un barrage, ou des voitures contrôlées
report-activity-workplace = Agents sur un lieu de travail
report-activity-patrol = Agents ou véhicules en attente ou en patrouille
report-activity-other = Autre chose
report-ask-details = Combien d'agents et de véhicules ? Des inscriptions ou des uniformes (par exemple ICE, POLICE, HSI) ? Écrivez un court message, ou appuyez sur Passer.
report-skip = Passer
report-ask-when = Quand était-ce ?
report-when-now = En ce moment
report-when-hour = Dans la dernière heure
report-when-earlier = Plus tôt
report-ask-photo = Si vous avez pris une photo depuis un endroit sûr, envoyez-la maintenant comme photo (pas comme fichier). Sinon, appuyez sur Passer.
report-not-a-photo = S'il vous plaît, envoyez l'image comme photo, pas comme fichier : un fichier garde l'endroit où elle a été prise. Dans Telegram, choisissez Photo ou Galerie au lieu de Fichier.
report-photo-yes = oui
report-photo-no = aucune
report-review =
    <b>Votre signalement</b>
    Ville : { $town }
    Où : { $place }
    Quoi : { $what }
    Quand : { $when }
    Photo : { $photo }

    L'envoyer à l'équipe d'intervention rapide ?
report-send = ✅ Envoyer le signalement
report-sent =
    Merci. Des bénévoles formés vont vérifier votre signalement avant toute alerte. Je vous dirai ce qu'ils trouvent.

    <b>Que faire maintenant</b>
    • Restez à une distance sûre et n'intervenez pas.
    • Si des agents vous contrôlent : restez calme, vous avez le droit de garder le silence, et ne signez rien.
    • Si quelqu'un est blessé ou en danger, appelez le 911.
    • Pour de l'aide, appelez la ligne d'urgence de United We Dream : 1-844-363-1423.
report-cancelled = Signalement annulé. Rien n'a été envoyé ni gardé.
report-too-soon = Merci de veiller sur votre communauté. Une discussion peut envoyer un signalement toutes les 10 minutes : réessayez dans { $minutes } minutes. Si c'est urgent, appelez la ligne d'urgence de United We Dream : 1-844-363-1423.
report-daily-limit = Merci de veiller sur votre communauté. Vous avez envoyé 5 signalements aujourd'hui, le maximum pour une discussion en une journée. Si c'est urgent, appelez la ligne d'urgence de United We Dream : 1-844-363-1423.
report-muted = Les signalements de cette discussion sont suspendus pour le moment. Si c'est urgent, appelez la ligne d'urgence de United We Dream : 1-844-363-1423. Si quelqu'un est blessé ou en danger, appelez le 911.
report-outcome-confirmed = Nouvelles de votre signalement : l'équipe d'intervention rapide l'a confirmé. Merci d'aider à protéger votre communauté.
report-outcome-false-alarm = Nouvelles de votre signalement : l'équipe d'intervention rapide l'a vérifié, et ce n'était pas une activité de l'ICE. Merci de l'avoir signalé : vérifier d'abord protège tout le monde des fausses alertes.
report-outcome-unverified = Nouvelles de votre signalement : l'équipe d'intervention rapide n'a pas pu le vérifier. Merci. Si vous voyez autre chose, vous pouvez envoyer un nouveau signalement.
report-admin-draft = Un signalement à { $town } a été confirmé par l'équipe d'intervention rapide. L'alerte ci-dessous est prête pour { $region } : vérifiez-la, puis appuyez sur Envoyer ou Annuler. Rien ne part tant que vous n'appuyez pas sur Envoyer.
report-alert = Activité de l'ICE confirmée à { $town } ({ $place }), signalée à { $time } : { $what }. Vérifiée par l'équipe d'intervention rapide. Connaissez vos droits : n'ouvrez pas la porte, gardez le silence, ne signez rien, et appelez un avocat.
