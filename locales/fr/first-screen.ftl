## The first screen of every answer, and the buttons that open the rest.
##
## The bot first sends one short screen: the title in bold, then
##   • for urgent intents: the numbered `<id>-now` steps (in answers-a.ftl),
##     then "Call first:" with the first referral of the intent in intents/catalog.toml;
##   • for the other intents (rights and help): `<id>-gist` below,
##     then "Who can help:" with the first referral (no line if the intent has none);
## then `footer-short`. The full `<id>-body` and the phone list come behind the buttons.
##
## Limits, in visible characters (tags not counted, emoji count 2), in EVERY language:
##   urgent first screen at most 700 (keep English `-now` at most about 440 characters),
##   other first screen at most 900 (keep English `-gist` at most about 550 characters).
##
## A gist is two to four plain sentences: the single most useful answer, not a teaser
## ("This answer explains..." is wrong). It says nothing the body does not say.
## <b> may mark one key phrase. No lists, no phone numbers (the code adds the contact line),
## no date or disclaimer (the footer adds them).
## Writing rules: CONTENT.md. Facts: /work/shared/facts (the addendum wins). Reviewed 2026-11-27.

## Interface

# One line under every first screen. Keep { $date } and the not-legal-advice idea.
footer-short = <i>Vérifié le { $date } · Information générale, pas un conseil juridique.</i>
# Put before the first contact of an urgent answer: "Call first: <name> ☎️ <number>".
call-first = Appelez d'abord :
# Put before the first contact of any other answer: "Who can help: <name> ☎️ <number>".
who-can-help = Qui peut aider :
details-button = 📖 Plus de détails
who-to-call-button = 📞 Qui appeler
# On an inline result shared into another chat: opens the whole answer in the bot.
open-in-bot-button = 📖 Réponse complète dans le bot
# Heading of the message the "More details" button sends. $title is the topic's title.
details-heading = Plus de détails : { $title }
# When someone presses the same button twice in a row.
already-shown = Cette partie est juste au-dessus. ⬆️

## Gists: rights and the law

warrant_types-gist = En règle générale, les agents ont besoin d'un mandat signé par un <b>juge</b> pour entrer chez vous sans votre accord. Les formulaires I-200 et I-205 de l'ICE sont signés par un agent de l'immigration, pas par un juge : vous pouvez garder la porte fermée. Une note de l'ICE rendue publique en 2026 dit que les agents peuvent entrer de force avec un I-205 si la personne a un ordre d'expulsion définitif ; beaucoup d'avocats disent que c'est contraire à la Constitution. S'ils entrent de force, ne résistez pas, dites « Je ne consens pas » et gardez le silence.

right_to_silence-gist = Vous n'êtes pas obligé de dire où vous êtes né, votre statut d'immigration, ni comment vous êtes venu aux États-Unis. Dites : « Je veux garder le silence. Je veux parler à un avocat », puis arrêtez de parler. L'aide juridique du Connecticut conseille de donner votre nom si les agents le demandent. Ne mentez jamais, ne montrez pas de faux papiers, et ne dites pas que vous êtes citoyen américain si ce n'est pas vrai.

signing_documents-gist = Ne signez aucun papier de l'ICE ou des agents de détention avant d'avoir parlé à un avocat. Des papiers comme le <b>départ volontaire</b> ou l'<b>expulsion acceptée</b> peuvent vous faire perdre votre droit à une audience et votre chance de rester aux États-Unis. Dites : « Je ne signerai rien avant d'avoir parlé à mon avocat. » Un notario n'est pas un avocat, et ne signez jamais un formulaire vide.

trust_act-gist = Le TRUST Act du Connecticut, une loi de l'État depuis 2013, dit que la police, les maisons d'arrêt et les prisons ne peuvent pas vous garder ni vous arrêter juste parce que l'ICE le demande ou envoie un mandat non signé par un juge. Elles le peuvent seulement avec un mandat signé par un <b>juge</b>, une condamnation pour un crime grave de classe A ou B ou pour l'un de 13 crimes listés, ou une correspondance possible avec la liste de surveillance terroriste. Cette loi n'empêche pas l'ICE de faire ses propres arrestations. Le ministère de la Justice des États-Unis la conteste devant un tribunal fédéral (plainte déposée au printemps 2026).

police_share_with_ice-gist = Aucune loi du Connecticut n'oblige la police à informer l'ICE sur les sans-papiers ; la loi de l'État limite ce qu'elle peut partager, y compris votre date de sortie. Mais si vous êtes arrêté, vos empreintes digitales arrivent à l'ICE automatiquement par un programme fédéral, et l'État ne peut pas l'empêcher. La loi fédérale ne permet pas à l'État d'empêcher la police de transmettre votre statut à l'ICE : gardez-le pour vous.

police_ask_status-gist = Aucune loi de l'État du Connecticut n'empêche la police de demander votre statut d'immigration, mais certaines villes, comme New Haven, ont leurs propres règles contre cela. Vous n'êtes jamais obligé de répondre : dites « Je veux garder le silence. » Ce que vous dites à la police sur votre statut peut être transmis à l'ICE. Si vous conduisez, vous devez quand même montrer votre permis, votre certificat d'immatriculation et votre assurance.

ice_interview_custody-gist = Les maisons d'arrêt, les prisons et la police du Connecticut ne peuvent <b>pas</b> laisser l'ICE interroger une personne qu'elles détiennent, sauf si elle a été condamnée pour un crime grave de classe A ou B ou pour l'un de 13 crimes listés, si elle correspond peut-être à la liste de surveillance terroriste, ou si un tribunal fédéral l'a ordonné. Même si l'ICE vous voit, vous n'êtes pas obligé de répondre : demandez un avocat et ne signez rien. Le Connecticut n'a pas de règle de formulaire de consentement pour ces entretiens ; c'est la loi de la Californie.

report_crime_safely-gist = Vous pouvez recevoir de l'aide comme victime d'un crime, quel que soit votre statut d'immigration. Si vous êtes en danger, appelez le 911. Selon le Trust Act, la police ne peut pas dire à l'ICE que vous êtes victime de violence conjugale ou d'agression sexuelle, ou témoin d'un crime, sauf dans de rares cas. Les victimes peuvent avoir droit à un <b>visa U</b>, un <b>visa T</b> ou la <b>VAWA</b> : parlez à l'aide juridique ou à un avocat en immigration avant de faire une demande.

sensitive_places-gist = La politique fédérale qui éloignait l'ICE des écoles, des hôpitaux et des lieux de culte a été annulée le 20 janv. 2025. Depuis le 1er oct. 2026, une loi du Connecticut (Public Act 26-14) dit qu'aucun agent, <b>ICE compris</b>, ne peut faire une arrestation civile dans ces lieux sans un mandat signé par un juge. Le ministère de la Justice des États-Unis conteste cette loi devant un tribunal fédéral : connaissez vos droits partout où vous allez.

school_rights-gist = Tout enfant peut aller gratuitement à l'école publique, de la maternelle à la 12e année, quel que soit le statut d'immigration de l'enfant ou des parents. Les écoles du Connecticut ne sont pas obligées de recueillir le statut d'immigration, et les dossiers scolaires sont protégés par une loi fédérale sur la vie privée. Depuis le 1er oct. 2026, une loi de l'État interdit les arrestations civiles dans les écoles sans mandat d'un juge, mais le ministère de la Justice des États-Unis la conteste en justice.

ice_cooperation_programs-gist = Quand une personne est arrêtée et que ses empreintes sont prises dans le Connecticut, elles vont automatiquement à l'ICE par le programme fédéral Secure Communities. Depuis 2019, le Trust Act interdit à la police, aux prisons et aux autres agents concernés du Connecticut de faire le travail de l'ICE dans le cadre d'accords <b>287(g)</b>. Le programme PEP a pris fin en janvier 2017. L'ICE a eu accès à une base de données de la police d'État qui contient les dossiers du DMV ; nous ne savons pas si cela a changé.

local_policies-gist = Aucune loi du Connecticut ne dit que l'État est un « sanctuaire ». Ce qui s'applique dans toutes les villes, c'est le <b>Trust Act</b>, qui limite l'aide de la police et des prisons à l'ICE. Certaines villes vont plus loin : la police de New Haven ne demande pas le statut d'immigration, et la police de Hartford n'arrête ni ne garde personne seulement à cause de son statut. Le ministère de la Justice des États-Unis conteste le Trust Act et le décret Welcoming City de New Haven devant un tribunal fédéral.

data_privacy-gist = Depuis le 18 nov. 2025, les agences de l'État et locales du Connecticut ne peuvent pas donner à l'ICE votre adresse, votre lieu de travail, votre école ou vos heures de rendez-vous quand ils ne sont pas publics, avec quelques exceptions, comme un mandat d'un juge ou une ordonnance d'un tribunal. Mais les empreintes de toute arrestation vont automatiquement à l'ICE. Les dossiers du DMV sont dans une base de données de la police d'État que l'ICE a pu utiliser, et nous ne savons pas si cela a changé.

daca_minors-gist = Avec ou sans DACA, et à tout âge, vous avez les mêmes droits : garder le silence, demander un avocat, et ne pas signer de papiers que vous ne comprenez pas. Tout enfant peut aller à l'école publique de la maternelle à la 12e année, quel que soit son statut. Nous n'avons pas d'informations fiables et à jour sur le DACA : avant de demander, renouveler ou voyager, parlez à un avocat en immigration ou à un représentant accrédité par le DOJ, jamais à un notario.

law_changes-gist = Les règles du Connecticut ont beaucoup changé en 2025 et 2026. Depuis le 18 nov. 2025, une arrestation civile dans l'enceinte d'un tribunal de l'État exige un mandat d'un juge, une condamnation listée ou une correspondance avec la liste de surveillance. Depuis le 1er oct. 2026, une arrestation civile dans les écoles, hôpitaux, lieux de culte et autres lieux protégés exige un <b>mandat d'un juge</b>. Le ministère de la Justice des États-Unis conteste le Trust Act et la loi de 2026 devant un tribunal fédéral ; nos informations vont jusqu'à mai 2026 environ.

compliance_oversight-gist = La police locale informe l'État chaque fois que l'ICE a accès à une personne qu'elle détient, et l'État publie ces données sur data.ct.gov ; ces dossiers sont publics. Depuis le 1er oct. 2025, vous pouvez poursuivre en justice une ville dont la police ou la police scolaire viole le Trust Act, pour obtenir une ordonnance du tribunal (sans dommages-intérêts). Si vous pensez qu'une agence a violé ces règles, parlez à l'aide juridique ou contactez l'ACLU du Connecticut.

## Gists: help and referrals

file_complaint-gist = D'abord, notez les noms, les numéros de badge, la date, l'heure, le lieu et ce qui s'est passé. Les plaintes contre des agents de l'ICE ou de la CBP vont à l'Inspecteur général du DHS, qui n'est pas une ligne d'urgence : en danger, appelez le 911. Les plaintes contre la police du Connecticut vont au service de police de l'agent. La CHRO traite la discrimination dans l'emploi, le logement, les lieux publics et le crédit, pas les plaintes contre l'ICE.

legal_help-gist = Seul un avocat autorisé ou un représentant accrédité par le DOJ peut vous donner une aide juridique en immigration. Un « notario » n'est <b>pas</b> un avocat. CCIF offre une défense gratuite contre l'expulsion aux personnes détenues par l'ICE ou en procédure d'expulsion et aux demandeurs d'asile, avec des programmes à New Haven et Hartford : appelez pour savoir si vous y avez droit. Pour une autre aide juridique gratuite, appelez Statewide Legal Services (appuyez sur Qui appeler).

rapid_response-gist = Nous n'avons pu confirmer le numéro d'aucune ligne d'intervention rapide du Connecticut : vous pouvez utiliser la ligne nationale de United We Dream. Si vous voyez l'ICE, restez à bonne distance, et filmez ou notez l'heure, le lieu, le nombre d'agents et de voitures, et ce qui s'est passé. Vérifiez une information avant de la partager, et marquez-la « NON CONFIRMÉ » tant que personne ne l'a vérifiée. N'appelez jamais la ligne de signalement de l'ICE.

family_plan-gist = Préparez dès maintenant un plan pour vos enfants, vos papiers et votre argent au cas où un parent serait détenu. Le <b>Plan de préparation familiale</b> gratuit du Connecticut ne demande ni avocat ni tribunal et existe en 9 langues, dont l'espagnol, le portugais et le créole haïtien. Son formulaire de tuteur désigné (standby guardian) vous permet de nommer, devant deux témoins, une personne qui s'occupera de vos enfants si vous êtes détenu.

know_your_rights-gist = Toute personne aux États-Unis a ces droits, quel que soit son statut. <b>N'ouvrez pas la porte</b> : demandez qu'on glisse le mandat sous la porte. <b>Gardez le silence</b>, <b>ne signez rien</b> sans avocat, <b>demandez un avocat</b>, et dites « Je ne consens pas à une fouille. » Ne mentez pas, ne fuyez pas, ne résistez pas, et ne montrez jamais de faux papiers.

community_support-gist = Des groupes du Connecticut soutiennent les immigrés avec des formations, un accompagnement au tribunal, des programmes pour les jeunes et une aide pour les besoins de base : par exemple CIRC (un réseau dans tout l'État), ULA à New Haven (droits des travailleurs, accompagnement au tribunal), C4D (dirigé par des jeunes sans papiers) et Make the Road à Bridgeport et Hartford. Pour la nourriture, le logement ou une crise, composez le 2-1-1, 24 heures sur 24. Seul un avocat ou un représentant accrédité par le DOJ peut vous donner un conseil juridique en immigration.
