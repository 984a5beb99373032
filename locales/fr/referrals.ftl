## One line per referral in intents/referrals.toml: what it helps with, and its hours and limits
## where the fact sheets give them. No phone numbers here: the bot prints them from the TOML.
## Facts: /work/shared/facts/resources-and-rights.md (Part A) and ct-law-addendum.md. Reviewed 2026-11-27.
## Each ref-<id>-short is one line of at most 60 characters, shown beside the name where space is tight
## (the first screen of an answer). Keep it the plain gist of the long line above it.
## French: no referral lists French in its `languages` field, so each line says which languages
## it offers (anglais, espagnol) or that an interpreter can be requested ("interpreter").

ref-emergency_911 = Appelez le 911 si quelqu'un est blessé ou en danger maintenant. Demandez un interprète en français si besoin.
ref-emergency_911-short = Urgences : blessé ou en danger (interprète possible)
ref-ct_211 = Aide gratuite et confidentielle, 24 heures sur 24, pour la nourriture, le logement, les factures (électricité, chauffage) et les crises de santé mentale ; en anglais et en espagnol, avec interprète pour d'autres langues.
ref-ct_211-short = Nourriture, logement, crise, 24 h/24 (avec interprète)
ref-sls = Aide juridique civile gratuite pour les personnes à faible revenu (en général 125 % du seuil fédéral de pauvreté ou moins), avec une ligne ouverte du lundi au vendredi de 9 h à 12 h et de 13 h à 14 h ; les sans-papiers de la région de New Haven doivent appeler directement NHLAA. Services en anglais et en espagnol ; demandez s'il y a un interprète.
ref-sls-short = Aide juridique gratuite, faible revenu (anglais/espagnol)
ref-nhlaa = Aide juridique gratuite dans la région de New Haven, y compris la défense contre l'expulsion ; les sans-papiers peuvent appeler directement, et NHLAA ne signale le statut d'immigration ni à la police ni à personne. Services en anglais et en espagnol ; demandez s'il y a un interprète.
ref-nhlaa-short = Aide juridique gratuite, New Haven (anglais/espagnol)
ref-ccif = Défense gratuite contre l'expulsion pour les personnes détenues par l'ICE ou en procédure d'expulsion (removal), et pour les demandeurs d'asile, avec des programmes à New Haven et Hartford ; appelez pour savoir si vous y avez droit. Services en anglais et en espagnol ; demandez s'il y a un interprète.
ref-ccif-short = Défense gratuite contre l'expulsion (anglais/espagnol)
ref-uwd_hotline = Ligne nationale de défense contre l'expulsion, gérée par United We Dream, pour signaler l'activité de l'ICE et demander de l'aide. En anglais et en espagnol.
ref-uwd_hotline-short = Signaler l'ICE, demander de l'aide (anglais/espagnol)
ref-ice_locator = Site web de l'ICE pour trouver un adulte détenu par l'ICE, avec le numéro A (A-number) ou le nom exact, plus le pays de naissance ; il est mis à jour en 8 heures environ. En anglais et en espagnol.
ref-ice_locator-short = Site pour trouver un adulte détenu par l'ICE (angl./esp.)
ref-ice_dril = Ligne de l'ICE pour trouver une personne détenue et signaler des abus ou des problèmes graves en détention, des difficultés pour joindre un avocat, ou une séparation d'avec les enfants ; opérateurs du lundi au vendredi de 8 h à 20 h, heure de l'Est (sauf jours fériés), en anglais et en espagnol.
ref-ice_dril-short = Ligne de l'ICE : trouver un détenu ; lun.–ven. 8 h–20 h
ref-eoir = Informations du tribunal de l'immigration par numéro A, 24 heures sur 24, en anglais et en espagnol : la date, l'heure et le lieu de la prochaine audience, et la décision du juge (pas les audiences de caution).
ref-eoir-short = Dates au tribunal de l'immigration, 24 h/24 (angl./esp.)
ref-chro = Bureau gratuit du Connecticut contre la discrimination dans l'emploi, le logement, les lieux publics et le crédit, par exemple à cause de l'origine nationale ; il ne prend pas les plaintes contre l'ICE, et contactez-le le plus tôt possible, car certaines plaintes doivent être déposées dans les 180 jours. En anglais seulement ; demandez s'il y a un interprète.
ref-chro-short = Plaintes pour discrimination, pas contre l'ICE (anglais)
ref-dhs_oig = Bureau fédéral qui reçoit les plaintes pour faute du personnel du DHS, y compris l'ICE et la CBP, comme la force, le profilage ou le refus de vos droits ; ce n'est pas une ligne d'urgence et elle ne répond pas 24 heures sur 24. En anglais seulement.
ref-dhs_oig-short = Plaintes pour faute de l'ICE ou de la CBP (anglais)
ref-dhs_crcl = Bureau fédéral pour les plaintes sur les droits civils contre l'ICE, la CBP et d'autres services du DHS ; le DHS a réduit ce bureau en 2025 : déposez plainte pour garder une trace, et prévenez aussi un avocat. En anglais seulement.
ref-dhs_crcl-short = Droits civils au DHS ; bureau réduit en 2025 (anglais)
ref-aclu_ct = Aide juridique gratuite sur les droits civils, surtout pour les affaires qui touchent beaucoup de personnes, à demander par formulaire en ligne, e-mail ou courrier ; pas d'accueil par téléphone, et pas d'aide en urgence. En anglais seulement.
ref-aclu_ct-short = Droits civils, par formulaire ou e-mail (anglais)
ref-ct_oig = Bureau du Connecticut qui enquête seulement sur l'usage de la force mortelle par la police et les morts en garde à vue ou en prison ; ce n'est pas une ligne de plaintes générale. En anglais seulement.
ref-ct_oig-short = Seulement force mortelle et morts en détention (anglais)
ref-ct_safe_connect = Aide gratuite et confidentielle contre la violence conjugale, 24 heures sur 24, par téléphone, SMS, e-mail ou chat, en anglais, en espagnol et avec interprète : plan de sécurité, écoute et aide pour trouver un refuge.
ref-ct_safe_connect-short = Violence conjugale, 24 h/24, gratuit (avec interprète)
ref-ct_sexual_assault = Ligne gratuite et confidentielle, 24 heures sur 24, pour les victimes de violences sexuelles, avec un numéro pour l'anglais et un pour l'espagnol, et quelqu'un pour vous accompagner à l'hôpital, à la police ou au tribunal.
ref-ct_sexual_assault-short = Violences sexuelles, 24 h/24 (anglais/espagnol)
ref-trafficking_hotline = Ligne nationale d'aide si vous ou une personne que vous connaissez êtes peut-être victime de traite des êtres humains. En anglais, en espagnol et avec interprète.
ref-trafficking_hotline-short = Aide aux victimes de traite humaine (avec interprète)
ref-ian_directory = Liste en ligne de services juridiques d'immigration à but non lucratif, gratuits ou peu chers, à chercher par État et par code postal (zip code). En anglais et en espagnol.
ref-ian_directory-short = Aide en immigration par code postal (anglais/espagnol)
ref-dcp = Bureau du Connecticut où vous pouvez signaler la fraude des « notarios » et d'autres arnaques, même anonymement en ligne, mais les plaintes peuvent devenir publiques. En anglais seulement.
ref-dcp-short = Signaler fraude de notarios et arnaques en CT (anglais)
ref-ftc = Bureau fédéral où vous pouvez signaler la fraude des « notarios » et d'autres arnaques, en anglais ou en espagnol ; écrivez « Notario Publico » dans votre plainte.
ref-ftc-short = Signaler fraude de notarios, arnaques (anglais/espagnol)
ref-ct_family_plan = Outil gratuit de l'État pour prévoir qui gardera vos enfants si un parent est détenu, avec un formulaire de tuteur désigné (standby guardian), en 9 langues, sans avocat ni tribunal.
ref-ct_family_plan-short = Outil gratuit de l'État pour la garde de vos enfants
ref-ctlawhelp = Articles gratuits de l'aide juridique du Connecticut, en anglais et en espagnol, sur les droits des immigrés et la protection de vos enfants.
ref-ctlawhelp-short = Articles gratuits sur vos droits (anglais/espagnol)
ref-ilrc_red_cards = Cartes à imprimer et à garder sur vous, qui disent que vous gardez le silence, que vous n'ouvrez pas la porte sans un mandat signé par un juge, et que vous ne consentez pas à une fouille, en de nombreuses langues (français non confirmé).
ref-ilrc_red_cards-short = Cartes : je garde le silence (nombreuses langues)
ref-ct_ag = Le bureau des consommateurs du procureur général du Connecticut, qui reçoit les plaintes pour arnaque par formulaire en ligne, mais ne peut pas vous donner de conseil juridique personnel. En anglais seulement.
ref-ct_ag-short = Plaintes pour arnaque en ligne ; pas de conseil (anglais)
ref-circ = Réseau de tout l'État, basé à Hartford, qui réunit des groupes communautaires, religieux, d'entreprises et juridiques qui soutiennent les immigrés et les réfugiés. En anglais.
ref-circ-short = Réseau de soutien aux immigrés et réfugiés (anglais)
ref-ula = Groupe d'immigrés de New Haven qui aide les travailleurs avec les salaires impayés et accompagne les gens au tribunal, en espagnol, mam, totonaque et kaqchikel (pas en français).
ref-ula-short = New Haven : salaires impayés, tribunal (espagnol/anglais)
ref-c4d = Groupe dirigé par des jeunes sans papiers, membre du réseau United We Dream, qui aide à entrer à l'université et donne des formations sur les droits. En anglais et en espagnol.
ref-c4d-short = Jeunes : aide université, formations (anglais/espagnol)
ref-make_the_road_ct = Groupe communautaire à Bridgeport et Hartford qui offre des services juridiques et d'aide, de l'organisation communautaire et de l'information sur vos droits. En espagnol et en anglais.
ref-make_the_road_ct-short = Aide et droits, Bridgeport et Hartford (espagnol/anglais)
