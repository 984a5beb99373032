## French answers, part B: rights and the law (warrant_types to compliance_oversight)
## and the conversation intents (greeting to bot_privacy).
## Format and writing rules: CONTENT.md. Facts: shared/facts (the addendum wins).
## The bot adds the "Who to call" list and the footer itself: do not repeat them here.
## Legal terms follow locales/fr/GLOSSARY.md.

## warrant_types
warrant_types-title = Mandat du juge ou de l'ICE
warrant_types-summary = Comment distinguer un mandat d'un juge d'un formulaire de l'ICE, et ce que chacun permet aux agents.
warrant_types-body =
    En règle générale, les agents ont besoin d'un mandat signé par un <b>juge</b> pour entrer chez vous sans votre accord. La plupart des papiers de l'ICE ne sont pas signés par un juge.
    
    <b>Mandat judiciaire (d'un tribunal)</b>
    • En haut, il porte le nom d'un tribunal, comme « United States District Court » ou un tribunal du Connecticut.
    • Il est signé par un juge ou un magistrat.
    • Il nomme la personne ou l'adresse. Vérifiez que le nom et l'adresse sont justes et que la date est actuelle.
    • Un mandat de perquisition permet aux agents d'entrer dans les endroits qu'il indique. Un mandat d'arrêt leur permet d'entrer chez la personne nommée s'ils pensent qu'elle est à l'intérieur.
    
    <b>Mandat administratif de l'ICE</b>
    • C'est un formulaire de la Sécurité intérieure (DHS), en général le <b>I-200</b> (arrestation) ou le <b>I-205</b> (expulsion).
    • Il est signé par un agent de l'immigration, pas par un juge.
    • Depuis des années, les avocats et les défenseurs des immigrés disent qu'il ne permet pas d'entrer dans un logement sans votre accord.
    • Au travail, il ne permet pas aux agents d'entrer dans les espaces privés réservés au personnel, sauf si l'employeur est d'accord.
    
    <b>Changement important en 2026 :</b> une note de l'ICE rendue publique en janvier 2026 dit que les agents peuvent entrer de force dans un logement avec un I-205 quand la personne a un ordre d'expulsion définitif. Beaucoup d'avocats disent que c'est contraire à la Constitution des États-Unis, et des procès ont été signalés. Si les agents entrent de force, ne résistez pas. Dites clairement « Je ne consens pas », gardez le silence, et contactez un avocat.
    
    <b>À la porte</b>
    • N'ouvrez pas la porte. Demandez-leur de glisser le mandat sous la porte ou de le montrer à une fenêtre.
    • Lisez le nom, l'adresse, la date et qui l'a signé.
    • Si ce n'est pas un mandat d'un juge pour votre adresse, vous pouvez garder la porte fermée. Dites : « Je ne consens pas à votre entrée. Je veux garder le silence. Je veux parler à un avocat. »
    • Si c'est un mandat d'un juge, ils peuvent entrer. Ne résistez pas. Vous pouvez quand même garder le silence.
    
    Dans le Connecticut, la police, les maisons d'arrêt et les prisons ne peuvent pas vous garder ni vous arrêter seulement à cause d'un mandat administratif de l'ICE (voir le Trust Act). Cette règle limite les agents du Connecticut ; elle n'arrête pas l'ICE lui-même.

## right_to_silence
right_to_silence-title = Le droit de garder le silence
right_to_silence-summary = Vous pouvez taire votre lieu de naissance et votre statut. Ne mentez jamais, ne montrez jamais de faux papiers.
right_to_silence-body =
    Toute personne aux États-Unis a ces droits, quel que soit son statut d'immigration. Les utiliser n'empêche pas toujours une arrestation sur le moment, mais cela protège votre dossier plus tard.
    
    <b>Vous n'êtes pas obligé de dire</b>
    • où vous êtes né ou de quel pays vous venez ;
    • votre statut d'immigration ;
    • comment ou quand vous êtes venu aux États-Unis.
    
    Vous pouvez dire : « Je veux garder le silence. Je veux parler à un avocat. » Puis arrêtez de parler. Une carte rouge peut le dire pour vous.
    
    <b>Votre nom</b>
    L'aide juridique du Connecticut conseille : si les agents vous demandent votre nom, donnez-le. Donner votre nom ne vous oblige pas à répondre à autre chose.
    
    <b>Les fouilles</b>
    Vous pouvez dire : « Je ne consens pas à une fouille. » Les agents peuvent quand même tâter vos vêtements de l'extérieur pour chercher des armes. S'ils fouillent quand même, ne résistez pas.
    
    <b>Les papiers</b>
    • Si vous avez un statut d'immigration légal, vous devez en montrer la preuve aux agents de l'ICE s'ils la demandent. Vous n'êtes pas obligé de la montrer à la police locale.
    • Si vous conduisez, vous devez montrer votre permis, le certificat d'immatriculation et la preuve d'assurance.
    • Les défenseurs des immigrés conseillent de ne pas porter sur vous de papiers d'un autre pays, comme un passeport étranger, qui montrent d'où vous venez.
    
    <b>Ne jamais</b>
    • mentir ou donner un faux nom ;
    • montrer de faux papiers ;
    • dire que vous êtes citoyen américain si ce n'est pas vrai ;
    • fuir ou vous battre, même si vous pensez que les agents ont tort.
    Cela peut vous nuire beaucoup plus que garder le silence.
    
    Ce que vous dites à la police sur votre statut peut arriver à l'ICE : la loi fédérale ne permet pas aux États d'interdire le partage des informations sur le statut. Si vous êtes détenu, les appels téléphoniques sont écoutés : parlez de votre dossier seulement avec votre avocat.

## signing_documents
signing_documents-title = Avant de signer un papier
signing_documents-summary = Ne signez pas de papiers de l'ICE, comme un départ volontaire, avant d'avoir parlé à un avocat.
signing_documents-body =
    L'ICE ou les agents de détention peuvent vous demander de signer des papiers. Certains peuvent mettre fin à votre chance de rester aux États-Unis. <b>Ne signez rien que vous ne comprenez pas complètement, et ne signez rien avant d'avoir parlé à un avocat.</b>
    
    <b>Faites très attention à</b>
    • <b>Départ volontaire (voluntary departure) :</b> vous acceptez de quitter les États-Unis.
    • <b>Expulsion acceptée (stipulated removal) :</b> vous acceptez d'être expulsé sans voir de juge.
    Signer ces papiers peut vous faire perdre votre droit à une audience et votre chance de demander à rester, même si vous avez peut-être un moyen de rester.
    
    <b>Ce que vous pouvez faire</b>
    • Dites : « Je ne signerai rien avant d'avoir parlé à mon avocat. »
    • Demandez un interprète si vous ne comprenez pas bien la langue.
    • Demandez une copie de chaque papier qu'on vous donne et de chaque papier que vous signez.
    • Demandez la liste des services juridiques gratuits ou peu chers. Le gouvernement ne vous donne pas d'avocat gratuit au tribunal de l'immigration : appelez l'aide juridique tôt.
    • Connaissez votre numéro A (le numéro de votre dossier d'immigration) et donnez-le à votre famille et à votre avocat.
    
    <b>Attention aux « notarios »</b>
    Aux États-Unis, un notario ou notary public n'est pas un avocat et ne peut pas aider dans les dossiers d'immigration. Seul un avocat ou un représentant accrédité par le DOJ dans une association reconnue le peut.
    • Ne signez jamais un formulaire vide.
    • Ne donnez jamais vos documents originaux à personne.
    • Les formulaires du gouvernement sont gratuits.
    • Vérifiez que les sites du gouvernement se terminent par .gov.
    Vous pouvez signaler la fraude des notarios au Connecticut Department of Consumer Protection. Si vous avez déjà été trompé, voyez vite un vrai avocat en immigration : le tort peut peut-être être réparé.

## trust_act
trust_act-title = Le TRUST Act du Connecticut
trust_act-summary = La loi de 2013 du Connecticut qui limite quand police, maisons d'arrêt et prisons peuvent garder quelqu'un pour l'ICE.
trust_act-body =
    Le TRUST Act est une loi du Connecticut votée par le parlement de l'État en 2013 (Public Act 13-155, en vigueur depuis le 1er janv. 2014). C'est une loi, pas un ordre du gouverneur. Les élus l'ont renforcée en 2019 et modifiée de nouveau en 2025. Lisez-la : <a href="https://www.cga.ct.gov/2026/sup/chap_965.htm#sec_54-192h">General Statutes 54-192h</a>.
    
    <b>La règle principale aujourd'hui</b>
    Les agents du Connecticut concernés ne peuvent pas vous garder ni vous arrêter juste parce que l'ICE a envoyé une <b>demande de détention (detainer)</b> (une demande de vous garder pour l'ICE) ou un <b>mandat administratif</b> de l'ICE. Ils le peuvent seulement si :
    • un <b>juge</b> a signé un mandat ;
    • vous avez été <b>condamné</b> pour un crime grave (felony) de classe A ou B ;
    • vous avez été <b>condamné</b> pour l'un des 13 crimes ajoutés en 2025, comme l'agression sexuelle au deuxième ou troisième degré, la mise en danger d'un mineur, l'étranglement au premier degré, le cambriolage au deuxième degré avec une arme à feu, la violation pénale d'une ordonnance de protection, ou la possession d'images d'abus sexuels sur des enfants ; ou
    • vous correspondez peut-être à un nom de la base de données fédérale de surveillance du terrorisme.
    Une arrestation ou une inculpation ne suffit pas. Il faut une condamnation.
    
    <b>Qui doit la respecter</b>
    La police locale et la State Police, le Department of Correction (prisons), les agents de sécurité des tribunaux et les huissiers de l'État (judicial and state marshals), les services de probation pour adultes et mineurs, le personnel des cautions des tribunaux, la police et la sécurité scolaires, les procureurs, et le Board of Pardons and Paroles (commission des grâces et des libérations conditionnelles).
    
    <b>Autres règles</b>
    • Ces agents ne peuvent pas faire le travail de l'ICE : donc pas d'accords 287(g).
    • Si l'ICE envoie une demande de détention, l'agence doit vous en donner une copie et dire si elle va y donner suite.
    • Si elle donne votre date de sortie à l'ICE, elle doit vous donner, à vous et à votre avocat, une copie et la raison par écrit.
    • L'ancienne limite de 48 heures pour les détentions a été supprimée en 2019. Aujourd'hui, la loi de l'État permet une détention seulement dans les cas listés ci-dessus.
    
    <b>Si la loi n'est pas respectée</b>
    Depuis le 1er oct. 2025, vous pouvez poursuivre en justice une ville dont la police ou la police scolaire viole cette loi. Un tribunal peut leur ordonner d'arrêter, mais vous ne pouvez pas obtenir de dommages-intérêts. Si vous gagnez, la ville peut devoir payer les frais de votre avocat. Ce type de procès n'existe pas contre les agences de l'État, comme le Department of Correction ou la State Police.
    
    <b>Ce qu'elle ne fait pas</b>
    Elle limite seulement les agents du Connecticut. Elle n'empêche pas les agents de l'ICE de faire leurs propres arrestations. Les empreintes digitales prises lors de toute arrestation vont toujours à l'ICE.
    
    <b>Devant la justice :</b> le ministère de la Justice des États-Unis a poursuivi le Connecticut et New Haven à cause de cette loi devant un tribunal fédéral au printemps 2026 (selon des informations publiées). Nous ne connaissons pas le résultat. Demandez les nouvelles à l'aide juridique.

## police_share_with_ice
police_share_with_ice-title = La police prévient l'ICE ?
police_share_with_ice-summary = Ce que la police du Connecticut peut dire ou non à l'ICE, et pourquoi vos empreintes arrivent quand même à l'ICE.
police_share_with_ice-body =
    <b>Réponse courte :</b> aucune loi du Connecticut n'oblige la police à informer l'ICE sur les sans-papiers. La loi de l'État limite ce qu'elle peut partager. Mais si vous êtes arrêté, vos empreintes digitales arrivent automatiquement à l'ICE.
    
    <b>Ce que la loi du Connecticut limite</b>
    • Une demande de l'ICE pour connaître votre date de sortie compte comme une demande de détention (detainer). La police, les maisons d'arrêt et les prisons ne doivent pas dire à l'ICE quand vous sortez, sauf s'il y a un mandat d'un juge, une condamnation pour un crime grave de classe A ou B ou pour l'un de 13 crimes listés, ou une correspondance possible avec la liste de surveillance terroriste.
    • Si elles donnent votre date de sortie à l'ICE, elles doivent vous donner, à vous et à votre avocat, une copie et la raison par écrit.
    • Si l'ICE envoie une demande de détention pour vous, vous devez en recevoir une copie et savoir si l'agence va y donner suite.
    • La police ne peut pas donner à l'ICE des « informations confidentielles », sauf dans de rares cas. Cela veut dire : si vous êtes victime de violence conjugale ou d'agression sexuelle, témoin d'un crime, ou si vous recevez une aide publique, votre orientation sexuelle, et votre numéro de Social Security et vos dossiers financiers.
    • Depuis le 18 nov. 2025, les agences de l'État et locales ne peuvent pas donner à l'ICE votre adresse, votre lieu de travail, votre école ou vos heures de rendez-vous non publics, avec quelques exceptions.
    
    <b>Ce que le Connecticut n'empêche pas</b>
    • <b>Les empreintes :</b> les empreintes prises lors de toute arrestation vont au FBI puis automatiquement à l'ICE (le programme fédéral « Secure Communities », dans tout l'État depuis le 22 févr. 2012). L'État n'a aucun contrôle là-dessus. L'ICE peut ensuite vous chercher de lui-même.
    • <b>Les informations sur le statut :</b> la loi fédérale (8 U.S.C. 1373) ne permet pas aux États d'interdire le partage d'informations sur la nationalité ou le statut d'immigration d'une personne, et le Connecticut dit qu'il respecte cette loi. Alors gardez votre statut pour vous : vous avez le droit de garder le silence.
    • <b>Les bases de données :</b> l'ICE a eu accès à COLLECT, une base de données de la police d'État qui contient les dossiers du DMV. En novembre 2025, le Connecticut n'avait pas non plus bloqué les recherches de l'ICE dans les données du DMV par un réseau national de police. Nous ne savons pas si cela a changé.
    
    Ces règles obligent seulement les agents du Connecticut. L'ICE peut toujours faire ses propres arrestations. Si vous pensez que la police a partagé vos informations contre la loi, parlez à l'aide juridique.

## police_ask_status
police_ask_status-title = La police demande votre statut
police_ask_status-summary = Aucune loi de l'État n'empêche la police de demander votre statut, mais vous n'êtes jamais obligé de répondre.
police_ask_status-body =
    <b>Peuvent-ils demander ?</b> Aucune loi de l'État du Connecticut n'empêche la police de demander votre statut d'immigration. En 2025, le gouverneur a dit que la police ne demande pas le statut lors des contrôles ordinaires, comme un excès de vitesse. Cela décrit la façon habituelle de travailler de la police ; ce n'est pas une loi.
    
    <b>Certaines villes ont leurs propres règles</b>
    • <b>New Haven :</b> un ordre de la police depuis 2006 (General Order 06-2) et le décret « Welcoming City » de 2020 disent que la police et les employés de la ville ne demandent pas le statut.
    • <b>Hartford :</b> un arrêté municipal de 2008 dit que la police ne peut arrêter ni garder personne seulement à cause de son statut ou d'un mandat administratif de l'ICE, et que les employés de la ville ne demandent pas le statut pour les services de la ville.
    Beaucoup d'autres villes n'ont pas de règle de ce genre.
    
    <b>Vous n'êtes jamais obligé de répondre</b>
    Quelle que soit la personne qui demande, vous pouvez dire : « Je veux garder le silence. » Vous n'êtes pas obligé de dire où vous êtes né, votre statut ou comment vous êtes venu ici. L'aide juridique du Connecticut conseille de donner votre nom si on vous le demande.
    
    Si vous conduisez, vous devez montrer votre permis, le certificat d'immatriculation et l'assurance. Un permis « drive-only » du Connecticut est un permis valable pour conduire.
    
    <b>Ne faites pas ceci :</b> mentir, montrer de faux papiers ou dire que vous êtes citoyen américain si ce n'est pas vrai.
    
    <b>Pourquoi le silence compte</b>
    Ce que vous dites à la police sur votre statut peut être transmis à l'ICE : la loi fédérale ne permet pas aux États d'interdire le partage des informations sur le statut. Le Trust Act limite le fait de vous garder pour l'ICE, mais il n'empêche pas la police de poser la question.
    
    <b>Si vous vous êtes senti visé</b>
    Après un contrôle routier, la police du Connecticut doit vous dire comment déposer une plainte pour profilage racial. Vous pouvez la déposer auprès du service de police ou de la Commission on Human Rights and Opportunities (CHRO). Notez le nom de l'agent, son numéro de badge, l'heure et le lieu.

## ice_interview_custody
ice_interview_custody-title = Entretiens de l'ICE en prison
ice_interview_custody-summary = Quand les prisons et la police du Connecticut peuvent laisser l'ICE interroger une personne détenue.
ice_interview_custody-body =
    Si vous ou un proche êtes détenu dans une maison d'arrêt, une prison ou un poste de police du Connecticut, l'ICE peut demander à interroger la personne. La loi du Connecticut (General Statutes 54-192h) limite cela.
    
    <b>La règle</b>
    Les maisons d'arrêt, les prisons et la police du Connecticut ne peuvent <b>pas</b> laisser l'ICE interroger une personne qu'elles détiennent, sauf si :
    • la personne a été <b>condamnée</b> pour un crime grave (felony) de classe A ou B, ou pour l'un de 13 crimes listés (comme l'agression sexuelle au deuxième ou troisième degré, l'étranglement au premier degré, ou la violation pénale d'une ordonnance de protection) ;
    • la personne correspond peut-être à un nom de la base de données fédérale de surveillance du terrorisme ; ou
    • un tribunal fédéral l'a ordonné.
    Une arrestation ou une inculpation seule ne suffit pas.
    
    <b>Vous pouvez quand même refuser de répondre</b>
    Même si l'ICE vous voit, vous n'êtes pas obligé de répondre aux questions. Vous pouvez dire : « Je veux garder le silence. Je veux parler à un avocat. » Ne signez rien sans avocat. Ne mentez pas et ne montrez pas de faux papiers.
    
    <b>Ce que la loi du Connecticut ne promet pas</b>
    Certains sites web disent que le Connecticut doit vous donner un avis écrit ou un formulaire de consentement avant un entretien avec l'ICE. C'est la loi de la Californie, pas celle du Connecticut. Un projet de loi semblable a échoué au Connecticut en 2018. N'attendez pas de formulaire : demandez un avocat tout de suite.
    
    <b>Dossiers et plaintes</b>
    Les dossiers sur l'accès de l'ICE aux personnes détenues sont publics, et les services de police locaux déclarent cet accès à l'État. Si la police d'une ville a violé cette règle, vous pouvez demander à un tribunal de leur ordonner d'arrêter (sans dommages-intérêts). Parlez à l'aide juridique de ce qui s'est passé.
    
    Cette règle oblige seulement les agents du Connecticut. Elle ne s'applique plus une fois que la personne est détenue par l'ICE lui-même.

## report_crime_safely
report_crime_safely-title = Signaler un crime en sécurité
report_crime_safely-summary = Les victimes d'un crime peuvent avoir de l'aide quel que soit leur statut, y compris les visas U, T et la VAWA.
report_crime_safely-body =
    <b>Si vous êtes en danger, appelez le 911.</b> Vous pouvez recevoir de l'aide comme victime d'un crime, quel que soit votre statut d'immigration. Les lignes d'aide contre la violence conjugale et les agressions sexuelles sont gratuites et confidentielles.
    
    <b>Ce que la police peut partager avec l'ICE</b>
    Selon le Trust Act du Connecticut, être victime de violence conjugale ou d'agression sexuelle, ou témoin d'un crime, est une « information confidentielle ». La police ne peut pas la donner à l'ICE, sauf dans de rares cas. Un avertissement : si c'est <i>vous</i> qui êtes arrêté et qu'on prend vos empreintes, ces empreintes vont automatiquement à l'ICE.
    
    <b>Solutions d'immigration pour les victimes</b>
    • <b>Visa U :</b> pour les victimes de certains crimes, comme la violence conjugale ou l'agression sexuelle, qui ont subi un préjudice grave et qui ont aidé, aident ou aideront probablement la police ou les procureurs. Il faut un formulaire signé par une autorité de certification, comme la police, un procureur ou un juge (formulaire I-918, Supplément B). Il n'est pas nécessaire que l'agresseur soit arrêté ou condamné. Il donne jusqu'à 4 ans de statut, un permis de travail et un chemin vers la carte verte. Seulement 10 000 sont accordés chaque année, il y a donc une liste d'attente ; les personnes sur cette liste peuvent être protégées contre l'expulsion.
    • <b>Visa T :</b> pour les victimes de traite des êtres humains.
    • <b>Auto-pétition VAWA :</b> si vous avez été maltraité par votre conjoint ou votre parent citoyen américain ou résident permanent, ou par votre enfant adulte citoyen américain, vous pouvez faire la demande vous-même, sans que l'agresseur le sache. Le gouvernement doit garder cela confidentiel.
    
    <b>La règle du Connecticut sur le visa U</b>
    Depuis le 1er juillet 2021, chaque service de police du Connecticut doit désigner un agent pour traiter les demandes de certification pour le visa U (General Statutes 46b-38b). Il doit répondre dans les 60 jours, ou dans les 14 jours si la victime est détenue ou en procédure d'expulsion, ou si un membre de la famille va bientôt dépasser l'âge limite.
    
    Parlez à l'aide juridique ou à un avocat en immigration avant de faire une demande. Ils peuvent vous dire quelle solution vous convient.

## sensitive_places
sensitive_places-title = Écoles, hôpitaux, églises
sensitive_places-summary = Les limites fédérales à l'ICE dans les écoles et hôpitaux ont pris fin ; la loi du Connecticut est contestée en justice.
sensitive_places-body =
    <b>La politique fédérale a changé</b>
    Pendant des années, l'ICE avait pour politique d'éviter le plus souvent les arrestations dans les écoles, les hôpitaux, les lieux de culte et les lieux semblables. Cette politique a été annulée le 20 janv. 2025. Maintenant, chaque agent de l'ICE décide, et l'ICE peut agir dans ces lieux.
    
    <b>La loi du Connecticut (depuis le 1er oct. 2026)</b>
    Le Public Act 26-14, signé le 4 mai 2026, dit qu'aucun agent, <b>y compris les agents fédéraux comme l'ICE</b>, ne peut arrêter ou garder quelqu'un pour une affaire civile (non pénale), comme l'immigration, dans ces lieux sans un mandat signé par un <b>juge</b> :
    • les écoles, de la maternelle (preschool) à l'université ;
    • les hôpitaux et les centres de soins d'urgence ;
    • les lieux de culte ou d'enseignement religieux ;
    • les garderies, les aires de jeux, les centres de loisirs, les programmes avant et après l'école, et les arrêts de bus scolaire quand des enfants sont là ;
    • les refuges, les banques alimentaires, les centres de crise et de violence conjugale, les traitements contre la drogue et l'alcool, et les autres services sociaux ;
    • les lieux d'aide en cas de catastrophe et les cimetières ;
    • les bâtiments des agences de l'État et des villes.
    Cela comprend leurs terrains et leurs parkings. Une condamnation passée n'y change rien : seul un mandat d'un juge permet l'arrestation. Une personne arrêtée contre cette loi peut poursuivre en justice, et peut obtenir des dommages-intérêts. Cette loi n'empêche pas les arrestations pour des crimes.
    
    La même loi dit que les agents, y compris fédéraux, ne peuvent pas porter de masque quand ils s'occupent du public (avec quelques exceptions) et doivent montrer un badge et un nom. Violer ces règles peut être un délit (un misdemeanor de classe D).
    
    <b>Contestée en justice</b>
    Le ministère de la Justice des États-Unis a poursuivi le Connecticut à cause de cette loi devant un tribunal fédéral au printemps 2026. C'est là que l'on décide si elle peut s'appliquer à l'ICE. Nous ne connaissons pas le résultat : demandez les nouvelles à l'aide juridique, et connaissez vos droits partout où vous allez.
    
    <b>Les tribunaux</b>
    Les tribunaux n'ont jamais été sur la liste fédérale. Le Connecticut protège les tribunaux de l'État par une autre loi de 2025 : pas d'arrestation civile dans l'enceinte du tribunal, sauf si l'agent montre à un agent de sécurité du tribunal (judicial marshal) un mandat d'un juge, la preuve de certaines condamnations graves, ou une correspondance avec la liste de surveillance.

## school_rights
school_rights-title = Vos enfants et l'école
school_rights-summary = Tout enfant peut aller à l'école publique. Ce que l'école peut partager, et ce qui se passe si l'ICE vient.
school_rights-body =
    <b>Tout enfant peut aller à l'école publique</b>
    Aux États-Unis, tout enfant a droit à l'école publique gratuite, de la maternelle à la 12e année, quel que soit le statut d'immigration de l'enfant ou des parents. La Cour suprême des États-Unis l'a décidé en 1982 (Plyler v. Doe).
    
    <b>Ce que les écoles recueillent et partagent</b>
    • Les écoles du Connecticut ne sont pas obligées de recueillir le statut d'immigration des élèves ou de leurs familles (consignes du ministère de l'Éducation de l'État, 28 janv. 2025).
    • Les dossiers scolaires sont protégés par une loi fédérale sur la vie privée, la FERPA.
    • Les conseils scolaires et les universités peuvent donner à l'ICE les informations confidentielles d'un élève, y compris son statut d'immigration, seulement avec un accord écrit, pour une enquête sur le terrorisme, ou quand une loi, un mandat d'un juge ou une ordonnance d'un tribunal l'exige (General Statutes 10a-11i).
    • Depuis le 18 nov. 2025, les agences publiques, y compris les écoles publiques, ne peuvent pas dire à l'ICE quelle école une personne fréquente ni ses horaires d'école, quand ce n'est pas public, avec quelques exceptions.
    
    <b>Si l'ICE vient à l'école</b>
    Depuis mars 2025 (Public Act 25-1), chaque école publique doit désigner un responsable pour traiter avec les agents de l'immigration. Le personnel peut demander aux agents une pièce d'identité et un mandat signé par un juge, et peut parler d'abord à un avocat.
    
    Depuis le 1er oct. 2026, une loi du Connecticut (Public Act 26-14) dit qu'aucun agent, ICE compris, ne peut faire une arrestation civile sans mandat d'un juge dans les écoles de la maternelle (preschool) à l'université, les garderies, les aires de jeux, ou les arrêts de bus scolaire quand des enfants sont là. Le ministère de la Justice des États-Unis conteste cette loi devant un tribunal fédéral : demandez les dernières nouvelles à l'aide juridique.
    
    <b>Ce que les parents peuvent faire</b>
    • Tenez à jour les contacts d'urgence de votre enfant à l'école, avec des adultes de confiance qui peuvent venir le chercher.
    • Faites un plan familial, y compris qui s'occupera de vos enfants si vous êtes détenu.
    • Apprenez à vos enfants qu'ils peuvent garder le silence et qu'ils ne sont pas obligés de répondre aux questions sur le statut de la famille.

## ice_cooperation_programs
ice_cooperation_programs-title = 287(g) et programmes de l'ICE
ice_cooperation_programs-summary = Secure Communities, 287(g), PEP et bases de données : comment l'ICE travaille avec les agences du Connecticut.
ice_cooperation_programs-body =
    <b>Secure Communities (empreintes digitales)</b>
    Quand une personne est arrêtée et que ses empreintes sont prises dans le Connecticut, elles vont au FBI puis automatiquement à l'ICE. Ce programme fédéral couvre tout le Connecticut depuis le 22 févr. 2012. En 2012, l'État a dit qu'il n'avait aucun contrôle là-dessus, et le Trust Act ne l'empêche pas. L'ICE peut ensuite envoyer une demande de détention (detainer), mais les agents du Connecticut peuvent y donner suite seulement dans les cas permis par le Trust Act.
    
    <b>Accords 287(g)</b>
    Avec le 287(g), l'ICE laisse des agents locaux faire le travail des agents de l'immigration. Depuis le 1er oct. 2019, le Trust Act interdit à la police, aux prisons, aux marshals, à la probation, à la police scolaire et aux procureurs du Connecticut de faire le travail de l'ICE dans le cadre du 287(g) ou de tout autre accord. La police de Danbury avait un accord 287(g) depuis 2009. Nous ne savons pas s'il a été officiellement terminé, mais il ne pouvait pas continuer légalement après 2019.
    
    <b>PEP</b>
    Le Priority Enforcement Program a pris fin en janvier 2017. Il n'existe plus.
    
    <b>Données de la police d'État et du DMV</b>
    L'ICE a eu accès à COLLECT, la base de données de la police de l'État, qui contient les dossiers du DMV, selon un accord de 2016 et un protocole de 2018. En novembre 2025, le Connecticut n'avait pas non plus bloqué les recherches de l'ICE dans les données du DMV par Nlets, un réseau national de police, même après que des membres du Congrès l'ont demandé au gouverneur. Nous ne savons pas si l'un ou l'autre a changé depuis.
    
    <b>Caméras de lecture de plaques</b>
    Depuis le 1er oct. 2026, les agences du Connecticut ne peuvent pas utiliser les données des caméras de lecture de plaques d'immatriculation pour appliquer les lois sur l'immigration. Les agences fédérales et autres agences extérieures ont besoin d'un mandat d'un juge (ou d'une correspondance avec la liste de surveillance terroriste) pour les obtenir. Cela fait partie du Public Act 26-14, que le ministère de la Justice des États-Unis conteste en justice.
    
    <b>SCAAP</b>
    Le SCAAP est une aide financière fédérale qui rembourse une partie du coût de la détention de certaines personnes. Ce n'est pas une règle sur les demandes de détention, et il n'oblige pas la police à garder qui que ce soit pour l'ICE.

## local_policies
local_policies-title = Règles des villes
local_policies-summary = Les règles de New Haven, Hartford et d'autres villes sur l'ICE, et le Connecticut comparé à d'autres États.
local_policies-body =
    <b>Le Connecticut est-il un « État sanctuaire » ?</b>
    Aucune loi du Connecticut n'utilise ce mot. Le procureur général de l'État a dit que rien dans les lois de l'État n'en fait un État « sanctuaire », même si le gouvernement fédéral a mis le Connecticut sur ses listes « sanctuaire » de 2025. Ce que le Connecticut a, c'est le <b>Trust Act</b>, une loi de l'État qui limite l'aide de la police, des prisons et d'autres à l'ICE dans toutes les villes.
    
    <b>New Haven</b>
    • Ordre de la police depuis 2006 (General Order 06-2) : les agents ne demandent pas le statut d'immigration et n'arrêtent pas les gens sur la base de mandats administratifs de l'ICE.
    • En 2007, New Haven a créé la première carte d'identité municipale du pays, ouverte à tous, quel que soit leur statut.
    • Décret « Welcoming City » (23 juillet 2020) : les employés de la ville ne demandent pas le statut sauf si la loi l'exige, et aucune ressource de la ville ne sert à appliquer les lois sur l'immigration.
    
    <b>Hartford</b>
    Un arrêté municipal de 2008 : la police n'arrête ni ne garde personne seulement à cause de son statut d'immigration ou d'un mandat administratif de l'ICE, et les services de la ville sont ouverts à tous, quel que soit le statut.
    
    <b>Autres villes</b>
    En 2017, un rapport fédéral a indiqué qu'East Haven ne donnait pas suite aux demandes de détention de l'ICE, et le conseil de Bloomfield a voté pour ne pas aider à les appliquer. Toutes les villes ne sont pas pareilles : aussi en 2017, le maire de Danbury a dit que sa police aiderait l'ICE à trouver des personnes précises sur demande. Le Trust Act s'applique quand même dans toutes les villes.
    
    <b>Devant la justice</b>
    Au printemps 2026, le ministère de la Justice des États-Unis a poursuivi le Connecticut et New Haven à cause du Trust Act et du décret Welcoming City de New Haven (selon des informations publiées). L'affaire est devant un tribunal fédéral, et nous ne connaissons pas le résultat.
    
    <b>Comparé à d'autres États</b>
    • Des défenseurs des immigrés ont dit que le Connecticut était le premier État à adopter un Trust Act (2013).
    • La Californie exige un formulaire de consentement avant que l'ICE interroge des personnes en prison ; le Connecticut n'a pas de règle de ce genre.
    • New York, l'Illinois, le Massachusetts, le Minnesota et l'État de Washington avaient bloqué les recherches de l'ICE dans les données du DMV par un réseau national de police en novembre 2025 ; le Connecticut non.
    
    Les règles des villes peuvent changer. Demandez à un groupe local ou à l'aide juridique ce qui s'applique là où vous vivez.

## data_privacy
data_privacy-title = Vos données et l'ICE
data_privacy-summary = Ce que les agences du Connecticut, le DMV, la police et les écoles peuvent partager sur vous avec l'ICE.
data_privacy-body =
    <b>La loi du Connecticut sur les données (depuis le 18 nov. 2025)</b>
    Les agences de l'État et locales du Connecticut ne peuvent pas donner ces informations sur vous, quand elles ne sont pas publiques, à quelqu'un en dehors du gouvernement du Connecticut, ICE compris :
    • votre adresse ;
    • où vous travaillez et vos heures de travail ;
    • votre école et vos horaires d'école ;
    • la date, l'heure et le lieu de vos audiences ou rendez-vous avec une agence.
    
    <b>Exceptions :</b> votre accord écrit ; une enquête pénale (sauf si le Trust Act interdit le partage) ; quand une loi de l'État ou fédérale, un mandat d'un juge ou une ordonnance d'un tribunal l'exige ; et quelques cas liés au secret médical et aux données publiées. Seul le procureur général de l'État peut aller en justice pour faire appliquer cette loi ; vous ne pouvez pas poursuivre vous-même sur cette base. (General Statutes 4-67ee)
    
    <b>La police</b>
    La police ne peut pas donner à l'ICE des « informations confidentielles », comme le fait d'être victime de violence conjugale ou d'agression sexuelle ou témoin d'un crime, de recevoir une aide publique, ou votre numéro de Social Security, sauf dans de rares cas. Mais les empreintes de toute arrestation vont automatiquement à l'ICE.
    
    <b>Le DMV et les permis « drive-only »</b>
    Les personnes qui ne peuvent pas prouver leur présence légale peuvent avoir un permis « drive-only » (General Statutes 14-36m). Pour être honnête sur le risque : les dossiers du DMV sont dans COLLECT, une base de données de la police d'État que l'ICE a pu utiliser, et aucune loi du Connecticut n'empêche précisément le DMV de partager avec l'ICE. En novembre 2025, le Connecticut n'avait pas bloqué les recherches de l'ICE dans les données du DMV par Nlets, un réseau national de police. Nous ne savons pas si cela a changé, ni comment la loi de 2025 sur les données s'y applique.
    
    <b>Caméras de lecture de plaques</b>
    Depuis le 1er oct. 2026, les agences du Connecticut ne peuvent pas utiliser les données des caméras de lecture de plaques pour appliquer les lois sur l'immigration, et doivent limiter leur partage (Public Act 26-14, que le ministère de la Justice des États-Unis conteste en justice).
    
    <b>Les écoles</b>
    Les écoles du Connecticut ne sont pas obligées de recueillir le statut d'immigration, les dossiers scolaires sont protégés par la loi fédérale sur la vie privée FERPA, et les universités et les conseils scolaires peuvent donner le statut d'un élève à l'ICE seulement dans de rares cas.
    
    Si vous pensez qu'une agence a partagé vos informations contre la loi, parlez à l'aide juridique.

## daca_minors
daca_minors-title = Le DACA et les jeunes
daca_minors-summary = Les droits des bénéficiaires du DACA et des jeunes à l'école et à l'université, et où trouver de l'aide.
daca_minors-body =
    <b>L'école et l'université</b>
    • Tout enfant peut aller à l'école publique de la maternelle à la 12e année, quel que soit son statut.
    • Les écoles du Connecticut ne sont pas obligées de recueillir le statut d'immigration, et les dossiers scolaires sont protégés par la loi fédérale sur la vie privée FERPA.
    • Les conseils scolaires, les collèges universitaires et les universités peuvent donner à l'ICE les informations confidentielles d'un élève, y compris son statut d'immigration, seulement avec un accord écrit, pour une enquête sur le terrorisme, ou quand une loi, un mandat d'un juge ou une ordonnance d'un tribunal l'exige.
    
    <b>DACA</b>
    Nous n'avons pas d'informations fiables et à jour sur les demandes, les renouvellements ou les délais du DACA, donc nous ne ferons pas de suppositions. Avant de demander, renouveler ou voyager, parlez à un avocat en immigration ou à un représentant accrédité par le DOJ dans une association, jamais à un notario. Ils peuvent examiner toutes vos options.
    
    Gardez des copies de vos papiers d'immigration chez une personne de confiance.
    
    <b>Vos droits sont les mêmes</b>
    Avec ou sans DACA, et à tout âge, vous pouvez garder le silence, demander un avocat, et refuser de signer des papiers que vous ne comprenez pas. Le Trust Act du Connecticut n'a pas de catégorie spéciale pour les bénéficiaires du DACA ou les mineurs : les mêmes limites imposées à la police et aux prisons protègent tout le monde.
    
    <b>Connecticut Students for a Dream (C4D)</b>
    Un groupe dirigé par des jeunes sans papiers depuis 2010, membre du réseau United We Dream. Il propose des formations sur les droits et de l'aide pour entrer à l'université.
    
    <b>Si un jeune est détenu</b>
    Le site de recherche des détenus de l'ICE (online detainee locator) ne montre pas les personnes de moins de 18 ans. Si un enfant ou un adolescent est emmené, contactez tout de suite un avocat ou l'aide juridique.

## law_changes
law_changes-title = Ce qui a changé récemment
law_changes-summary = Les nouvelles règles du Connecticut et fédérales de 2025 et 2026, et les procès contre elles.
law_changes-body =
    Les règles ont beaucoup changé en 2025 et 2026. Nos informations vont jusqu'à mai 2026 environ, donc des choses ont pu changer depuis. Vérifiez avec l'aide juridique avant de vous y fier.
    
    <b>Au niveau fédéral</b>
    • <b>20 janv. 2025 :</b> la politique fédérale qui éloignait l'ICE de la plupart des écoles, hôpitaux et lieux de culte a été annulée.
    • <b>Janv. 2026 :</b> une note de l'ICE a été révélée ; elle dit que les agents peuvent entrer de force dans un logement avec un formulaire I-205 (non signé par un juge) si la personne a un ordre d'expulsion définitif. Beaucoup d'avocats disent que c'est contraire à la Constitution ; des procès ont été signalés.
    • <b>Printemps 2026 :</b> le ministère de la Justice des États-Unis a poursuivi le Connecticut et New Haven à cause du Trust Act et du décret Welcoming City de New Haven, et a poursuivi séparément le Connecticut à cause du Public Act 26-14. Les deux affaires sont devant un tribunal fédéral ; nous ne connaissons pas le résultat.
    
    <b>Connecticut</b>
    • <b>Mars 2025 :</b> chaque école publique doit désigner un responsable pour traiter avec l'ICE, et le personnel peut demander une pièce d'identité et un mandat d'un juge (Public Act 25-1).
    • <b>1er oct. 2025 :</b> modifications du Trust Act (Public Act 25-29). Les condamnations pour 13 crimes de plus permettent maintenant une détention pour l'ICE. Les procureurs, la probation des mineurs et le Board of Pardons and Paroles sont maintenant concernés. Vous pouvez poursuivre une ville dont la police viole la loi (ordonnances du tribunal, pas d'argent).
    • <b>18 nov. 2025</b> (session spéciale de novembre, Public Act 25-3) : pas d'arrestation civile dans l'enceinte des tribunaux de l'État sans mandat d'un juge, condamnation listée ou correspondance avec la liste de surveillance, vérifiés par un agent de sécurité du tribunal (judicial marshal) ; pas d'agents masqués dans les tribunaux sans raison médicale et accord d'un juge ; les agences de l'État et locales ne peuvent pas partager votre adresse, votre lieu de travail, votre école ou vos heures de rendez-vous non publics, avec des exceptions.
    • <b>4 mai 2026</b> (Public Act 26-14) : les agents, y compris fédéraux, ne peuvent pas porter de masque quand ils s'occupent du public, avec quelques exceptions, et doivent montrer un badge et un nom ; vous pouvez poursuivre tout agent, y compris fédéral, devant un tribunal de l'État pour violation de vos droits constitutionnels ; l'Inspecteur général de l'État peut enquêter sur l'usage de la force mortelle par des agents fédéraux.
    • <b>1er oct. 2026</b> (aussi Public Act 26-14) : pas d'arrestation civile sans mandat d'un juge dans les écoles, hôpitaux, lieux de culte, refuges et autres lieux protégés ; limites à l'utilisation des caméras de lecture de plaques pour appliquer les lois sur l'immigration.
    
    Certains sites web parlent d'un « Trust Act de 2021 ». Il n'existe pas : le Trust Act date de 2013 et a été modifié en 2019 et 2025.

## compliance_oversight
compliance_oversight-title = Qui contrôle les règles
compliance_oversight-summary = Comment le Connecticut vérifie que les agences respectent ses règles sur l'ICE : rapports, dossiers publics et procès.
compliance_oversight-body =
    Le Connecticut utilise des rapports, des dossiers publics, des règles internes et des procès pour que les agences respectent ses limites à l'aide donnée à l'ICE.
    
    <b>Rapports et données publiques</b>
    • Les services de police locaux déclarent à l'Office of Policy and Management de l'État quand l'ICE a accès à des personnes qu'ils détiennent.
    • L'État publie ces données sur data.ct.gov sous le nom <a href="https://catalog.data.gov/dataset/trust-act-ice-access-reporting">« Trust Act ICE Access Reporting »</a>, avec des données depuis 2021.
    • Les dossiers sur l'accès de l'ICE sont publics. Tout le monde peut les demander selon le Freedom of Information Act (loi sur l'accès à l'information).
    
    <b>Les procureurs</b>
    Depuis le 13 août 2025, la Division of Criminal Justice (les procureurs de l'État) a une règle écrite : chaque demande de détention de l'ICE va à un supérieur, le procureur de l'État (state's attorney) décide de la réponse, et le personnel doit noter chaque contact avec l'ICE. La Division a formé les procureurs au Trust Act en janvier 2026.
    
    <b>Ce qu'on doit vous dire</b>
    Si l'ICE envoie une demande de détention (detainer), l'agence doit vous en donner une copie et dire si elle va y donner suite. Si elle donne votre date de sortie à l'ICE, vous et votre avocat devez recevoir une copie et la raison par écrit.
    
    <b>Les procès</b>
    • <b>Trust Act :</b> depuis le 1er oct. 2025, vous pouvez poursuivre une ville dont la police ou la police scolaire le viole. Un tribunal peut leur ordonner d'arrêter ; pas de dommages-intérêts.
    • <b>Tribunaux :</b> un agent de sécurité du tribunal (judicial marshal) doit vérifier les papiers avant toute arrestation civile dans l'enceinte d'un tribunal de l'État. Une personne arrêtée contre cette loi peut poursuivre en justice, et les violations peuvent être punies comme outrage au tribunal. On ne sait pas encore si cela fonctionne contre les agents de l'ICE.
    • <b>Données :</b> seul le procureur général peut aller en justice quand une agence locale partage votre adresse, votre lieu de travail ou vos rendez-vous contre la loi. La loi ne permet pas au procureur général de poursuivre les agences de l'État pour cela.
    • <b>Lieux protégés (Public Act 26-14) :</b> une personne arrêtée sans mandat d'un juge peut demander des dommages-intérêts en justice. Cette loi est contestée devant un tribunal fédéral.
    
    Si vous pensez qu'une agence a violé ces règles, parlez à l'aide juridique ou contactez l'ACLU du Connecticut.

## greeting
greeting-title = Bienvenue sur kyr
greeting-summary = Un mot de bienvenue, et ce que ce bot peut faire pour vous.
greeting-body =
    Bonjour, et bienvenue. Je suis kyr, un guide gratuit sur vos droits d'immigré dans le Connecticut. Je peux vous dire quoi faire si l'ICE vient chez vous, à votre travail ou à votre tribunal, ce que dit la loi du Connecticut, et qui appeler pour de l'aide. Posez-moi votre question avec vos propres mots, ou choisissez un sujet ci-dessous.

## help_menu
help_menu-title = Ce que je peux faire
help_menu-summary = Les sujets sur lesquels vous pouvez me poser des questions.
help_menu-body =
    Vous pouvez me poser des questions sur :
    • l'ICE à votre porte, au travail, au tribunal ou dans la rue ;
    • les contrôles routiers et les questions de la police ;
    • que faire si quelqu'un est détenu, et comment le trouver ;
    • vos droits : garder le silence, les mandats, la signature de papiers ;
    • la loi du Connecticut : le Trust Act, les écoles, vos données, les changements récents ;
    • trouver un avocat, déposer une plainte et faire un plan familial.
    
    Écrivez votre question avec vos propres mots, ou envoyez /topics pour voir tous les sujets. Si l'ICE est avec vous maintenant, envoyez /emergency.

## change_language
change_language-title = Changer de langue
change_language-summary = Choisir entre English, Español, Português, Kreyòl, Français, Polski, 中文, العربية.
change_language-body =
    Vous pouvez choisir English, Español, Português, Kreyòl, Français, Polski, 中文, العربية avec les boutons ci-dessous. Vous pouvez aussi envoyer /language à tout moment pour changer.

## thanks
thanks-title = Je vous en prie
thanks-summary = Je vous en prie. Partagez ce que vous avez appris.
thanks-body =
    Je vous en prie. Restez en sécurité, et prenez soin les uns des autres. Si cela vous a aidé, partagez-le avec votre famille, vos amis et vos voisins : les personnes qui connaissent leurs droits sont plus en sécurité. Je suis là à tout moment si vous avez une autre question.

## human_help
human_help-title = Parler à une personne
human_help-summary = Ceci est un bot. Voici comment joindre de vraies personnes qui peuvent aider.
human_help-body =
    Je suis un bot, pas une personne, et je ne peux pas examiner votre dossier. De vraies personnes peuvent vous aider : l'aide juridique (Statewide Legal Services, ou CCIF si quelqu'un est détenu ou menacé d'expulsion), la ligne d'urgence United We Dream, et le 2-1-1 pour de l'aide avec la nourriture, le logement ou une crise. Leurs numéros sont ci-dessous. Si vous êtes en danger, appelez le 911.

## bot_privacy
bot_privacy-title = Ce que ce bot garde
bot_privacy-summary = Ce que ce bot garde sur vous, et comment l'effacer.
bot_privacy-body =
    Je garde seulement le numéro de votre discussion, la langue que vous avez choisie et, si vous êtes inscrit aux alertes, les régions choisies. Je ne garde jamais ce que vous écrivez, et je ne demande jamais votre nom, votre adresse ou votre statut d'immigration. Pour effacer tout ce que je garde sur cette discussion, envoyez /forget. Telegram garde vos messages dans la discussion elle-même ; vous pouvez les y effacer.
