## Answers, part A: encounters (urgent) and help topics.
## Each intent X has X-title (button, max 30 chars, no HTML), X-summary (one sentence, max 120 chars,
## no HTML), X-now (urgent intents only: 3 to 5 numbered lines), and X-body.
## The bot prints the "Who to call" block from intents/referrals.toml between X-now and X-body,
## so phone numbers of an intent's own referrals are never repeated here.
## Facts: /work/shared/facts (the addendum wins). Reviewed 2026-11-27.
## French: legal terms follow locales/fr/GLOSSARY.md.

## ---------------------------------------------------------------- ice_at_door

ice_at_door-title = L'ICE à votre porte
ice_at_door-summary = N'ouvrez pas : demandez un mandat signé par un juge, gardez le silence et appelez à l'aide.
ice_at_door-now =
    1. N'ouvrez pas la porte. Parlez à travers la porte.
    2. Demandez de quelle agence ils sont, et de glisser sous la porte leur mandat, s'ils en ont un. Les formulaires I-200 et I-205 de l'ICE ne sont pas signés par un juge : vous n'êtes pas obligé d'ouvrir.
    3. Dites : « Je ne consens pas à votre entrée. Je garde le silence. Je veux un avocat. »
    4. S'ils entrent de force, ne résistez pas, ne fuyez pas. Répétez : « Je ne consens pas. »
    5. Appelez le numéro ci-dessous, ou appuyez sur Qui appeler.
ice_at_door-body =
    <b>Vérifiez le papier qu'ils vous montrent</b>
    • Un mandat judiciaire vient d'un tribunal. En haut, il porte le nom d'un tribunal, comme « United States District Court » ou un tribunal du Connecticut. Un juge le signe. Vérifiez que le nom, l'adresse et la date sont justes.
    • Les formulaires <b>I-200</b> et <b>I-205</b> de l'ICE sont signés par un agent de l'immigration, pas par un juge. Ces formulaires ne vous obligent pas à ouvrir la porte ni à laisser entrer les agents.
    • Un mandat judiciaire peut permettre aux agents d'entrer. Un mandat de perquisition leur permet de fouiller seulement les endroits qu'il indique. Un mandat d'arrêt leur permet d'entrer chez la personne nommée s'ils pensent qu'elle est à l'intérieur. Vous avez toujours le droit de garder le silence.
    
    <b>Attention : une note de l'ICE rendue publique en 2026</b>
    Une note de l'ICE de mai 2025, rendue publique en janvier 2026, dit que les agents peuvent entrer de force dans un logement avec un formulaire I-205 quand la personne a un ordre d'expulsion définitif. Des experts du droit et des défenseurs des immigrés disent que c'est contraire à la Constitution des États-Unis, et c'est contesté en justice. Si les agents entrent de force :
    • ne vous battez pas, ne résistez pas, ne fuyez pas ;
    • dites clairement : « Je ne consens pas » ;
    • gardez le silence et ne signez rien ;
    • appelez un avocat dès que possible.
    
    <b>Bon à savoir</b>
    • Ouvrir la porte, même un peu, peut être compris comme les laisser entrer. Les agents peuvent aussi voir qui est à l'intérieur.
    • Toutes les personnes dans le logement ont le droit de garder le silence.
    • Parfois, les agents disent qu'ils sont « la police » ou qu'il y a un problème avec votre voiture, pour vous faire sortir. Demandez toujours de quelle agence ils sont.
    • Ne mentez pas. Ne montrez pas de faux papiers. Ne dites jamais que vous êtes citoyen américain si ce n'est pas vrai.
    • Vous pouvez montrer une carte rouge à la fenêtre ou la glisser sous la porte. Elle dit que vous gardez le silence et que vous n'ouvrirez pas sans un mandat signé par un juge.
    • Ensuite, notez ce qui s'est passé : l'heure, l'agence, les noms et les numéros de badge.
    • Appelez le 911 si quelqu'un est blessé ou en danger.

## ---------------------------------------------------------------- ice_at_work

ice_at_work-title = L'ICE au travail
ice_at_work-summary = Restez calme, ne fuyez pas, gardez le silence, ne signez rien ; les zones privées exigent un mandat d'un juge.
ice_at_work-now =
    1. Restez calme. Ne courez pas.
    2. Demandez : « Suis-je libre de partir ? » Si on vous dit oui, partez calmement.
    3. Sinon, dites : « Je garde le silence. Je veux un avocat. »
    4. Ne signez rien. Ne montrez pas de faux papiers ni de papiers d'un autre pays.
    5. Appelez le numéro ci-dessous, ou appuyez sur Qui appeler.
ice_at_work-body =
    <b>Où les agents peuvent aller</b>
    • L'ICE peut entrer sans mandat dans les espaces publics d'une entreprise : l'accueil, une salle de restaurant, un parking.
    • Pour entrer dans les espaces privés (une cuisine, un bureau à l'arrière, les pièces réservées au personnel), l'ICE a besoin d'un mandat signé par un juge, ou de l'accord de l'employeur. Un formulaire signé par un agent de l'immigration ne suffit pas.
    • Le propriétaire ou le gérant décide s'il laisse les agents entrer dans les espaces privés. Vous pouvez rappeler à votre employeur qu'il peut refuser s'il n'y a pas de mandat d'un juge. Les panneaux « Employees Only » (réservé au personnel) aident à marquer les espaces privés.
    
    <b>Vos droits au travail</b>
    • Vous n'êtes pas obligé de dire où vous êtes né, quel est votre statut d'immigration, ni comment vous êtes venu aux États-Unis.
    • Dites : « Je ne consens pas à une fouille » de vous-même ou de vos affaires.
    • Vous n'êtes pas obligé de rejoindre un groupe formé selon le statut d'immigration. Gardez le silence et ne repoussez personne physiquement.
    • Si vous avez un statut d'immigration légal et que des agents de l'ICE le demandent, vous devez leur en montrer la preuve.
    
    <b>N'aggravez pas la situation</b>
    • Ne fuyez pas et ne résistez pas physiquement, même si vous pensez que les agents ont tort.
    • Ne mentez pas, et ne montrez jamais de faux documents. La fuite et les faux papiers peuvent être utilisés contre vous et entraîner de nouvelles accusations.
    
    <b>Si vous pouvez le faire sans danger</b>
    • Filmez, ou notez les numéros de badge, les noms, et qui a été emmené. Ne gênez pas les agents.
    • Prévenez les familles des collègues emmenés. Elles peuvent les chercher avec l'ICE Online Detainee Locator (le site de recherche des détenus de l'ICE).

## ---------------------------------------------------------------- ice_at_courthouse

ice_at_courthouse-title = L'ICE au tribunal
ice_at_courthouse-summary = Le Connecticut limite les arrestations de l'ICE dans ses tribunaux, mais allez au tribunal : voyez un avocat avant.
ice_at_courthouse-now =
    1. Ne manquez pas votre date au tribunal. Ne pas y aller peut beaucoup aggraver les choses.
    2. Avant cette date, parlez à votre avocat ou à votre avocat commis d'office, et à un avocat en immigration.
    3. Venez au tribunal avec une personne de confiance.
    4. Si des agents vous interpellent, gardez le silence, demandez un avocat et ne signez rien.
    5. Appelez le numéro ci-dessous pour une aide juridique. Pour vérifier votre date au tribunal de l'immigration, appuyez sur Qui appeler.
ice_at_courthouse-body =
    <b>La loi du Connecticut depuis le 18 novembre 2025</b>
    • Aucun agent, y compris de l'ICE, ne peut faire une arrestation civile (comme une arrestation pour l'immigration) dans l'enceinte d'un tribunal de l'<b>État</b> du Connecticut, sauf s'il prévient d'abord un agent de sécurité du tribunal (judicial marshal) et montre des papiers. Ces papiers doivent montrer un mandat signé par un juge, une condamnation pour un crime grave (felony) de classe A ou B ou pour l'un de 13 crimes listés, ou une correspondance possible avec la liste de surveillance terroriste. L'agent de sécurité du tribunal doit les vérifier.
    • L'« enceinte du tribunal » comprend le bâtiment, les parkings et garages du tribunal, et les trottoirs et allées à côté. La règle protège toutes les personnes présentes, pas seulement celles qui ont une affaire.
    • Les agents ne peuvent pas porter de masque dans l'enceinte du tribunal, sauf si le masque est médicalement nécessaire et qu'un juge l'a autorisé à l'avance.
    • Violer cette règle peut être puni comme un outrage au tribunal (une amende jusqu'à 100 $, jusqu'à 6 mois de prison, ou les deux). Une personne qui subit un préjudice peut poursuivre en justice.
    • La règle concerne seulement les arrestations civiles. Elle n'empêche pas les arrestations pour des crimes.
    • L'ICE a bien arrêté des personnes dans des tribunaux du Connecticut en 2025. Aucun tribunal n'a encore décidé si les tribunaux de l'État peuvent obliger les agents de l'ICE à respecter cette loi. Alors, préparez-vous à l'avance.
    • En août 2025, le tribunal fédéral du Connecticut (U.S. District Court) a aussi interdit les arrestations pour l'immigration dans ses propres bâtiments.
    
    <b>Le tribunal de l'immigration est différent</b>
    Les tribunaux de l'immigration sont fédéraux. La loi du Connecticut sur les tribunaux ne les couvre pas. Depuis mai 2025, l'ICE a arrêté des personnes dans les tribunaux de l'immigration ou à côté. Parlez à un avocat avant votre audience, mais ne restez pas simplement chez vous.
    
    <b>Pourquoi il ne faut pas manquer le tribunal</b>
    • Si vous manquez une date au tribunal de l'État, le juge peut émettre un mandat d'arrêt contre vous.
    • Si vous manquez une audience d'immigration, le juge peut ordonner votre expulsion « in absentia » (en votre absence). L'ICE peut alors vous arrêter et vous expulser sans nouvelle audience.
    • Gardez votre adresse à jour auprès du tribunal de l'immigration.
    • Des groupes communautaires, comme ULA à New Haven, accompagnent les gens au tribunal. Demandez à un groupe local si quelqu'un peut venir avec vous.

## ---------------------------------------------------------------- stopped_in_public

stopped_in_public-title = Contrôlé dans la rue
stopped_in_public-summary = Contrôlé par l'ICE ou la police dans la rue ? Restez calme, demandez si vous pouvez partir, taisez votre statut.
stopped_in_public-now =
    1. Restez calme. Ne fuyez pas, ne résistez pas. Gardez vos mains visibles.
    2. Demandez : « Suis-je libre de partir ? » Si on vous dit oui, partez calmement.
    3. Sinon, dites : « Je garde le silence. Je veux parler à un avocat. »
    4. Si on vous demande votre nom, donnez-le. Vous n'êtes pas obligé de répondre aux autres questions.
    5. Dites : « Je ne consens pas à une fouille. » Ne montrez jamais de faux papiers.
stopped_in_public-body =
    <b>Ce que vous n'êtes pas obligé de faire</b>
    • Vous n'êtes pas obligé de dire où vous êtes né, quel est votre statut d'immigration, ni comment vous êtes venu aux États-Unis.
    • Vous pouvez refuser une fouille. Les agents peuvent quand même tâter vos vêtements de l'extérieur pour chercher des armes. Ne les repoussez pas.
    
    <b>Votre nom</b>
    L'aide juridique du Connecticut (CTLawHelp) dit que si les agents vous demandent votre nom, vous devez le donner. Donner votre nom ne vous oblige pas à répondre à autre chose.
    
    <b>Les papiers</b>
    • Ne montrez jamais de faux documents. Ne dites jamais que vous êtes citoyen américain si ce n'est pas vrai.
    • Les défenseurs des immigrés conseillent de ne pas porter sur vous de papiers d'un autre pays, comme un passeport étranger, qui montrent votre nationalité.
    • Si vous avez un statut d'immigration légal (par exemple une carte verte ou un visa), vous devez en montrer la preuve aux agents de l'ICE s'ils la demandent. Vous n'êtes pas obligé de la montrer à la police locale.
    
    <b>Police ou ICE ?</b>
    • La police locale et l'ICE, ce n'est pas la même chose. Le Trust Act du Connecticut limite l'aide que la police de l'État et la police locale donnent à l'ICE. New Haven et Hartford demandent à leur police de ne pas poser de questions sur le statut d'immigration.
    • Les agents de l'ICE disent parfois qu'ils sont « la police ». Demandez de quelle agence ils sont.
    • Une loi du Connecticut de 2026 dit que les agents, y compris fédéraux, doivent montrer un badge et un nom, et ne peuvent pas cacher leur visage dans la plupart des cas. Le ministère de la Justice des États-Unis conteste cette loi en justice.
    
    <b>Si vous voyez quelqu'un d'autre être contrôlé</b>
    Vous pouvez filmer la police et les agents fédéraux qui travaillent en public. Restez à distance, ne gênez pas, et reculez si on vous le demande.

## ---------------------------------------------------------------- stopped_in_car

stopped_in_car-title = Contrôlé en voiture
stopped_in_car-summary = Arrêtez-vous prudemment, mains visibles ; le conducteur montre son permis ; nul n'est obligé de parler du statut.
stopped_in_car-now =
    1. Arrêtez-vous prudemment. Coupez le moteur et allumez la lumière intérieure.
    2. Gardez vos mains visibles.
    3. Conducteur : montrez votre permis, la carte grise et l'assurance si on vous les demande. Ne montrez jamais de faux papiers.
    4. Dites : « Je ne consens pas à une fouille. » Ne résistez pas s'ils fouillent quand même.
    5. Vous n'êtes pas obligé de répondre aux questions sur votre statut ou votre lieu de naissance.
stopped_in_car-body =
    <b>Conducteur et passagers</b>
    • Le conducteur doit montrer son permis de conduire, le certificat d'immatriculation (carte grise) et la preuve d'assurance quand on les lui demande.
    • Passagers : les conseils généraux sur les droits disent que les passagers ne sont pas obligés de montrer une pièce d'identité ni de répondre aux questions, et qu'ils peuvent demander : « Suis-je libre de partir ? » Nous n'avons pas pu confirmer la règle exacte du Connecticut pour les passagers : vérifiez avec un avocat.
    • Personne dans la voiture n'est obligé de répondre aux questions sur le statut d'immigration, le lieu de naissance, ou comment il est venu aux États-Unis.
    • Vous pouvez refuser la fouille de la voiture, mais n'empêchez pas physiquement les agents s'ils fouillent quand même.
    
    <b>Police ou ICE ?</b>
    • L'ICE utilise souvent des voitures sans marque et des agents en civil. Vous devez vous arrêter quand des agents disent qui ils sont et font signe avec des gyrophares ou une sirène. Demandez de quelle agence ils sont.
    • Si c'est l'ICE et que vous avez un statut d'immigration légal, montrez-en la preuve.
    • Avec la police, vous pouvez noter le nom de l'agent et son numéro de badge.
    
    <b>Permis de conduire seulement (drive-only)</b>
    Le Connecticut donne des permis « drive-only » aux personnes qui ne peuvent pas prouver leur présence légale (CGS § 14-36m). C'est un vrai permis pour conduire. Il ne sert pas de pièce d'identité fédérale, par exemple pour prendre l'avion.
    
    <b>Profilage racial</b>
    Après un contrôle routier dans le Connecticut, la police doit vous dire comment déposer une plainte pour profilage racial. Vous pouvez la déposer auprès du service de police ou de la CHRO.

## ---------------------------------------------------------------- detained_now

detained_now-title = Détenu par l'ICE
detained_now-summary = Gardez le silence, demandez un avocat, ne signez rien, et donnez votre numéro A à votre famille.
detained_now-now =
    1. Gardez le silence. Dites : « Je garde le silence. Je veux un avocat. »
    2. Ne signez rien sans avocat, surtout pas un départ volontaire ou une expulsion acceptée.
    3. Demandez la liste des services juridiques gratuits.
    4. Trouvez votre numéro A et donnez-le à votre famille.
    5. Appelez un proche ou un avocat dont vous connaissez le numéro par cœur.
detained_now-body =
    <b>Vos droits en détention de l'ICE</b>
    • Parlez de votre statut d'immigration seulement avec votre avocat.
    • Signer des papiers comme le <b>départ volontaire</b> ou l'<b>expulsion acceptée</b> (stipulated removal) peut vous faire perdre votre chance de rester aux États-Unis. Parlez d'abord à un avocat.
    • Le gouvernement ne vous donne pas d'avocat gratuit au tribunal de l'immigration. Demandez la liste des services juridiques gratuits ou peu chers. CCIF offre une défense gratuite contre l'expulsion, avec des programmes à New Haven et Hartford. Appelez pour savoir si vous y avez droit.
    • Vous avez le droit de contacter le consulat de votre pays, ou de demander aux agents de prévenir le consulat.
    • Demandez à un avocat si vous pouvez avoir une audience de caution (bond) pour être libéré pendant votre procédure. Certaines personnes n'y ont pas droit.
    
    <b>Les appels sont écoutés</b>
    Les appels depuis la détention sont écoutés. Au téléphone, ne parlez pas de votre lieu de naissance, de votre statut ni d'un casier judiciaire. Gardez cela pour votre avocat.
    
    <b>Votre numéro A (A-number)</b>
    C'est un numéro de 8 ou 9 chiffres sur vos papiers d'immigration, en haut à droite de l'Avis de comparution (Notice to Appear, formulaire I-862). Votre famille et votre avocat en ont besoin pour vous trouver et connaître vos dates d'audience.
    
    <b>Si c'est un membre de votre famille</b>
    • Cherchez-le avec l'ICE Online Detainee Locator, avec son numéro A, ou son nom exact et son pays de naissance.
    • La ligne ICE Detention Reporting and Information Line (DRIL) peut aussi aider.
    • Appelez un avocat tout de suite.
    • Seul un avocat ou un représentant accrédité par le DOJ peut donner une aide juridique en immigration. Un « notario » ne le peut pas.
    
    <b>Soyez prêt</b>
    Apprenez par cœur le numéro de téléphone d'un proche ou d'un ami (de préférence avec un statut légal) et d'un avocat. Gardez aussi une liste écrite.

## ---------------------------------------------------------------- find_detained

find_detained-title = Trouver une personne détenue
find_detained-summary = Utilisez le site de l'ICE avec le numéro A de la personne, ou son nom et pays de naissance, puis appelez un avocat.
find_detained-now =
    1. Trouvez le numéro A de la personne si possible. Il est sur ses papiers d'immigration.
    2. Cherchez sur l'ICE Online Detainee Locator : locator.ice.gov.
    3. Pas de résultat ? Appelez la ligne DRIL de l'ICE (numéro ci-dessous), et cherchez de nouveau plus tard.
    4. Appelez un avocat maintenant. N'attendez pas. Appuyez sur Qui appeler.
    5. Vérifiez sa prochaine date au tribunal de l'immigration. La ligne du tribunal est dans Qui appeler.
find_detained-body =
    <b>Comment utiliser le site de recherche</b>
    • Par numéro A : il a 9 chiffres. S'il est plus court, ajoutez des zéros au début (12345678 devient 012345678). Puis choisissez son pays de naissance.
    • Par nom : tapez son prénom et son nom exacts et son pays de naissance. La date de naissance est facultative, mais ajoutez-la si vous la connaissez.
    • Le site est mis à jour dans les 8 heures environ après un transfert ou une libération : réessayez plus tard.
    • Il montre seulement les adultes (18 ans et plus) détenus par l'ICE, ou libérés dans les 60 derniers jours. Pour un enfant, demandez à un avocat.
    
    <b>La ligne DRIL de l'ICE</b>
    Si le site ne montre rien, la personne vient peut-être d'être transférée. La ligne DRIL peut vous aider à la trouver. Vous pouvez aussi signaler des abus en détention, des difficultés pour joindre un avocat, ou un parent séparé de ses enfants.
    
    <b>Ligne du tribunal de l'immigration (EOIR)</b>
    Avec le numéro A, la ligne téléphonique ou le site web donne la date, l'heure et le lieu de la prochaine audience, et la décision du juge. Il ne montre pas les audiences de caution.
    
    <b>Après l'avoir trouvée</b>
    • Contactez le centre de détention pour savoir comment téléphoner, faire une visite et mettre de l'argent sur son compte.
    • Les appels sont écoutés. Au téléphone, ne parlez pas de son statut, de son pays de naissance ni d'un casier judiciaire.
    • Trouvez un avocat. CCIF offre une défense gratuite contre l'expulsion, avec des programmes à New Haven et Hartford. Appelez pour savoir si la personne y a droit.
    • Seul un avocat ou un représentant accrédité par le DOJ peut donner une aide juridique en immigration. Un « notario » ne le peut pas. Ne donnez jamais vos documents originaux à personne.

## ---------------------------------------------------------------- file_complaint

file_complaint-title = Déposer une plainte
file_complaint-summary = Où signaler une faute de l'ICE, de la CBP ou de la police, une discrimination, ou une violation du Trust Act.
file_complaint-body =
    <b>D'abord, gardez une trace</b>
    Notez les noms, les numéros de badge, la date, l'heure, le lieu et ce qui s'est passé. Gardez les photos, les vidéos, les papiers et les noms des témoins.
    
    <b>ICE ou CBP (agents fédéraux)</b>
    • <b>Inspecteur général du DHS (OIG) :</b> reçoit les plaintes pour faute du personnel du DHS, comme l'usage de la force, le profilage ou le refus de vos droits. Ce n'est pas une ligne d'urgence. En danger, appelez le 911.
    • <b>Bureau des droits civils du DHS (CRCL) :</b> le DHS a réduit ce bureau en 2025 : déposez plainte pour garder une trace, et prévenez aussi un avocat.
    • Problèmes en détention (abus, pas d'accès à un avocat) : la ligne DRIL de l'ICE, 1-888-351-4024.
    
    <b>Police du Connecticut</b>
    • Déposez plainte auprès du service de police de l'agent. Chaque service de police du Connecticut doit avoir une procédure de plainte et l'afficher en public. Il existe un formulaire de plainte pour tout l'État (de POST) en anglais et en espagnol.
    • Profilage racial après un contrôle routier : plainte auprès du service de police ou de la CHRO.
    • L'Inspecteur général du Connecticut enquête seulement sur l'usage de la force mortelle par la police et les morts en détention (depuis 2026, aussi par des agents fédéraux). Ce n'est pas une ligne de plaintes générale.
    
    <b>Violations du Trust Act</b>
    Si la police d'une ville (ou sa police scolaire) a aidé l'ICE d'une façon que le Trust Act interdit, depuis le 1er octobre 2025 vous pouvez poursuivre la ville devant la Superior Court pour obtenir une ordonnance du tribunal. Vous ne pouvez pas obtenir de dommages-intérêts, mais le tribunal peut obliger la ville à payer les frais de votre avocat si vous gagnez. Cela ne s'applique pas aux agences de l'État comme la State Police ou les prisons.
    
    <b>Arrestations dans les tribunaux de l'État</b>
    Si l'ICE ou la police viole la loi de 2025 sur les arrestations dans les tribunaux de l'État du Connecticut, une personne qui subit un préjudice peut poursuivre devant la Superior Court, y compris pour des dommages-intérêts.
    
    <b>Poursuivre pour vos droits constitutionnels (loi de 2026)</b>
    Le Public Act 26-14, signé le 4 mai 2026, vous permet de poursuivre toute personne, y compris des agents fédéraux, qui viole vos droits constitutionnels américains. Vous pouvez demander de l'argent et les frais d'avocat. Le procureur général de l'État peut maintenant aussi agir en justice dans ces cas. Le ministère de la Justice des États-Unis conteste cette loi devant un tribunal fédéral (plainte déposée au printemps 2026) : parlez à un avocat.
    
    <b>Discrimination</b>
    La CHRO traite la discrimination dans l'emploi, le logement, les lieux publics (comme les magasins) et le crédit, par exemple à cause de votre origine nationale. Elle ne traite pas les plaintes contre l'ICE. Contactez-la le plus tôt possible : certaines plaintes doivent être déposées dans les 180 jours.
    
    <b>Aide juridique</b>
    Pour une aide juridique gratuite, appelez Statewide Legal Services : 1-800-453-3320.

## ---------------------------------------------------------------- legal_help

legal_help-title = Trouver un avocat
legal_help-summary = Aide juridique en immigration gratuite ou peu chère dans le Connecticut, et comment éviter la fraude des notarios.
legal_help-body =
    <b>Qui peut vous aider en immigration</b>
    Seul un avocat autorisé, ou un représentant accrédité par le DOJ dans une association reconnue, peut vous donner une aide juridique en immigration. Un « notario » ou notary public n'est <b>pas</b> un avocat.
    
    <b>Aide juridique gratuite dans le Connecticut</b>
    • <b>CCIF :</b> défense gratuite contre l'expulsion pour les personnes détenues par l'ICE ou en procédure d'expulsion (removal), et pour les demandeurs d'asile. Programmes à New Haven et Hartford. Appelez pour savoir si vous y avez droit.
    • <b>SLS :</b> la ligne principale d'aide juridique civile gratuite. En général pour les personnes dont le revenu est égal ou inférieur à 125 % du seuil fédéral de pauvreté.
    • <b>NHLAA :</b> aide juridique dans la région de New Haven. Si vous êtes sans papiers et vivez là, appelez directement NHLAA, pas SLS. NHLAA ne signale le statut d'immigration ni à la police ni à personne.
    • <b>Annuaire IAN :</b> trouvez une aide en immigration gratuite ou peu chère, à but non lucratif, par code postal.
    
    <b>Protégez-vous de la fraude des notarios</b>
    • Les formulaires d'immigration du gouvernement sont gratuits.
    • Ne signez jamais un formulaire vide.
    • Ne donnez jamais vos documents originaux. Donnez des copies.
    • Vérifiez que le site web du gouvernement se termine par .gov.
    • Signalez la fraude au CT Department of Consumer Protection, ou à la FTC (ReportFraud.ftc.gov, 1-877-382-4357, en anglais ou en espagnol). Écrivez « Notario Publico » dans votre plainte.
    • Si vous avez déjà été trompé, voyez vite un vrai avocat en immigration. Le tort peut parfois être réparé.

## ---------------------------------------------------------------- rapid_response

rapid_response-title = Signaler l'activité de l'ICE
rapid_response-summary = Comment signaler l'activité de l'ICE sans danger, et comment vérifier une information avant de la partager.
rapid_response-body =
    <b>Y a-t-il une ligne d'urgence au Connecticut ?</b>
    Nous n'avons pu confirmer le numéro d'aucune ligne d'intervention rapide du Connecticut. Des groupes à New Haven et Danbury ont des lignes, mais nous n'avons pas pu vérifier leurs numéros. Demandez son numéro actuel à un groupe d'immigrés local de confiance. En attendant, vous pouvez utiliser la ligne nationale de United We Dream ci-dessous.
    N'appelez jamais la ligne de signalement de l'ICE (tip line). Elle sert à dénoncer des personnes à l'ICE.
    
    <b>Si vous voyez l'ICE</b>
    1. Votre sécurité d'abord. Restez à bonne distance et ne gênez pas.
    2. Vérifiez si c'est vraiment l'ICE : cherchez les marques ICE sur les gilets, les casquettes et les vestes.
    3. Filmez ou prenez des notes à une distance sûre.
    4. Notez l'heure, la date et le lieu exact ; combien d'agents et de véhicules ; les plaques d'immatriculation ; les uniformes et badges ; ce qui a été dit ; tout usage de la force.
    5. Si quelqu'un est en train d'être arrêté, dites-lui qu'il peut garder le silence et demander un avocat. Demandez-lui qui il veut que vous appeliez.
    6. Signalez-le à une ligne d'intervention rapide.
    
    Beaucoup de réseaux demandent les signalements dans l'ordre <b>SALUTE</b> (en anglais) : Size (combien), Activity (activité), Location (lieu), Uniform (uniforme), Time (heure), Equipment (voitures, matériel).
    
    <b>Vérifiez avant de partager</b>
    • Les fausses alertes répandent la peur. Elles empêchent les gens d'aller au travail, à l'école et chez le médecin.
    • Ne transférez pas de captures d'écran ni de messages « un ami a dit ». Vérifiez auprès d'un réseau d'intervention rapide, d'un groupe juridique ou de défense des immigrés connu, ou des médias locaux fiables.
    • Marquez toute information « NON CONFIRMÉ » tant que personne ne l'a vérifiée.
    • Ne publiez pas de photos qui montrent qui est arrêté. Donnez les enregistrements à la famille ou à son avocat. Ne filmez pas en direct.
    • Sur une propriété privée, c'est le propriétaire qui fixe les règles. Attention au son : la loi du Connecticut limite l'enregistrement de conversations privées sans consentement.

## ---------------------------------------------------------------- family_plan

family_plan-title = Faire un plan familial
family_plan-summary = Un plan pour vos enfants, vos papiers et votre argent si un parent est détenu, avec des formulaires gratuits de l'État.
family_plan-body =
    <b>Le Plan de préparation familiale du Connecticut (Family Preparedness Plan)</b>
    Un outil gratuit de l'État. Vous n'avez besoin ni d'avocat ni de tribunal. Il existe en 9 langues, dont l'espagnol, le portugais et le créole haïtien. Il contient un plan de garde des enfants, un formulaire de tuteur désigné (standby guardian), une liste de documents à rassembler et des avertissements contre les arnaques.
    
    <b>Un tuteur désigné (standby guardian) pour vos enfants</b>
    • Un parent peut nommer par écrit une personne qui s'occupera des enfants si le parent est détenu (CGS §§ 45a-624 à 45a-624g).
    • Signez et datez le document devant deux témoins. Donnez une copie au tuteur.
    • Les deux parents vivants doivent être d'accord, sauf si l'un a perdu la tutelle ou ses droits parentaux.
    • Cela peut commencer quand un parent est détenu. Cela dure jusqu'à un an, ou jusqu'à ce que le parent puisse de nouveau s'occuper des enfants. Vous pouvez l'annuler à tout moment. Aucun tribunal n'est nécessaire.
    • Si cela peut durer plus longtemps, ou si l'autre parent n'est pas d'accord, demandez à l'aide juridique une tutelle devant le tribunal des successions et tutelles (probate court).
    
    <b>Autres étapes</b>
    1. Choisissez un adulte de confiance et parlez-lui du plan.
    2. Mettez à jour les contacts d'urgence à l'école et à la garderie de vos enfants.
    3. Signez une autorisation écrite pour que cette personne puisse prendre les décisions médicales et scolaires.
    4. Pensez à une procuration pour votre argent et vos biens.
    5. Gardez ensemble les actes de naissance et les passeports.
    6. Donnez des copies de vos papiers d'immigration et votre numéro A à une personne de confiance.
    7. Apprenez par cœur les numéros importants et gardez une liste écrite.
    
    <b>À retenir</b>
    • Les enfants nés aux États-Unis sont citoyens américains.
    • Ne donnez jamais de documents originaux à un notario.

## ---------------------------------------------------------------- know_your_rights

know_your_rights-title = Connaître vos droits
know_your_rights-summary = Une courte liste de vos droits si l'ICE ou la police vous contrôle, à garder sur votre téléphone et à partager.
know_your_rights-body =
    Toute personne aux États-Unis a ces droits, quel que soit son statut d'immigration. Les utiliser n'empêche pas toujours une arrestation sur le moment, mais cela protège votre dossier plus tard.
    
    • <b>N'ouvrez pas la porte.</b> Demandez aux agents de glisser le mandat sous la porte. Un mandat signé par un juge peut leur permettre d'entrer. Les formulaires I-200 et I-205 de l'ICE sont signés par un agent, pas par un juge, et vous n'êtes pas obligé d'ouvrir la porte pour eux.
    • <b>Gardez le silence.</b> Vous n'êtes pas obligé de dire où vous êtes né, votre statut, ni comment vous êtes venu aux États-Unis. Dans le Connecticut, l'aide juridique dit de donner votre nom si les agents le demandent.
    • <b>Ne signez rien</b> sans avocat.
    • <b>Demandez un avocat.</b>
    • <b>Dites « Je ne consens pas à une fouille. »</b>
    • <b>Demandez « Suis-je libre de partir ? »</b> Si oui, partez calmement.
    • <b>Ne mentez pas, ne fuyez pas, ne résistez pas.</b> Ne montrez jamais de faux papiers et ne dites pas que vous êtes citoyen américain si ce n'est pas vrai.
    • <b>Ayez une carte rouge sur vous.</b> Elle dit que vous gardez le silence, que vous n'ouvrirez pas la porte sans un mandat signé par un juge, et que vous ne consentez pas à une fouille. Vous pouvez la montrer au lieu de parler.
    
    <b>Quoi dire</b>
    « Je garde le silence. Je veux parler à un avocat. Je ne consens pas à une fouille. Je ne consens pas à votre entrée. »
    
    <b>Un avertissement</b>
    L'ICE affirme maintenant pouvoir entrer de force dans un logement avec un formulaire I-205 quand une personne a un ordre d'expulsion définitif. C'est contesté en justice. Si les agents entrent de force, ne résistez pas. Dites que vous ne consentez pas, et gardez le silence.
    
    <b>Préparez-vous</b>
    Apprenez par cœur le numéro d'un avocat et d'un membre de votre famille, et faites un plan familial.

## ---------------------------------------------------------------- community_support

community_support-title = Groupes communautaires
community_support-summary = Groupes du Connecticut qui soutiennent les immigrés : organisation, formations, jeunes, tribunal, besoins de base.
community_support-body =
    Ces groupes travaillent avec les immigrés dans le Connecticut. Demandez-leur des informations sur les formations, le soutien et ce qui se passe près de chez vous.
    
    • <b>CIRC (Connecticut Immigrant and Refugee Coalition) :</b> un réseau de tout l'État qui réunit des groupes communautaires, religieux, d'entreprises et juridiques, basé à Hartford.
    • <b>ULA (Unidad Latina en Acción), New Haven :</b> droits des travailleurs et salaires impayés, et des personnes qui vous accompagnent au tribunal. En espagnol, mam, totonaque et kaqchikel.
    • <b>C4D (Connecticut Students for a Dream) :</b> dirigé par des jeunes sans papiers. Aide pour l'université et formations sur les droits.
    • <b>Make the Road Connecticut :</b> services juridiques et d'aide, organisation communautaire et information sur les droits, à Bridgeport et Hartford.
    • <b>2-1-1 :</b> aide gratuite pour la nourriture, le logement, les factures et les crises de santé mentale, 24 heures sur 24, en plusieurs langues.
    
    Des groupes locaux ont aussi des équipes d'intervention rapide, par exemple à New Haven et Danbury. Nous n'avons pas pu confirmer leurs numéros : demandez son numéro actuel à un groupe de confiance.
    
    Les groupes communautaires peuvent vous mettre en contact avec de l'aide, mais seul un avocat ou un représentant accrédité par le DOJ peut vous donner un conseil juridique en immigration.
