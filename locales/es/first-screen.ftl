## The first screen of every answer, and the buttons that open the rest (Spanish).
##
## The bot first sends one short screen: the title in bold, then
##   • for urgent intents: the numbered `<id>-now` steps (in answers-a.ftl),
##     then "Llame primero:" with the first referral of the intent in intents/catalog.toml;
##   • for the other intents (rights and help): `<id>-gist` below,
##     then "Quién puede ayudar:" with the first referral (no line if the intent has none);
## then `footer-short`. The full `<id>-body` and the phone list come behind the buttons.
##
## Limits, in visible characters (tags not counted, emoji count 2): urgent first screen at most 700
## (keep each Spanish `-now` at most 500), other first screen at most 900 (keep each `-gist` at most 620).
## A gist is two to four plain sentences: the single most useful answer. No lists, no phone numbers,
## no date or disclaimer. Legal terms: locales/es/GLOSSARY.md.
## Spanish (es), neutral Latin American, "usted". Writing rules: CONTENT.md. Facts: /work/shared/facts.

## Interface

# One line under every first screen. Keep { $date } and the not-legal-advice idea.
footer-short = <i>Revisado el { $date } · Información general, no es asesoría legal.</i>
# Put before the first contact of an urgent answer: "Llame primero: <name> ☎️ <number>".
call-first = Llame primero:
# Put before the first contact of any other answer: "Quién puede ayudar: <name> ☎️ <number>".
who-can-help = Quién puede ayudar:
details-button = 📖 Más detalles
who-to-call-button = 📞 A quién llamar
# On an inline result shared into another chat: opens the whole answer in the bot.
open-in-bot-button = 📖 Respuesta completa en el bot
# Heading of the message the "More details" button sends. $title is the topic's title.
details-heading = Más detalles: { $title }
# When someone presses the same button twice in a row.
already-shown = Esa parte está justo arriba. ⬆️

## Gists: rights and the law

warrant_types-gist = Por regla general, los oficiales necesitan una orden firmada por un <b>juez</b> para entrar a su casa sin su permiso. Los formularios I-200 e I-205 de ICE los firma un oficial de inmigración, no un juez, así que usted puede mantener la puerta cerrada. Un memorando de ICE que se hizo público en 2026 dice que los agentes pueden entrar a la fuerza con un I-205 cuando la persona tiene una orden final de deportación, y muchos abogados dicen que esto viola la Constitución. Si los agentes entran a la fuerza, no se resista, diga "No doy mi consentimiento" y guarde silencio.

right_to_silence-gist = Usted no tiene que decir dónde nació, cuál es su estatus migratorio ni cómo llegó a EE. UU. Diga: "Quiero guardar silencio. Quiero hablar con un abogado." Después, deje de hablar. La ayuda legal de Connecticut recomienda dar su nombre si los funcionarios se lo piden. Nunca mienta, no muestre papeles falsos ni diga que es ciudadano de EE. UU. si no lo es.

signing_documents-gist = No firme ningún papel de ICE o de los oficiales de la detención antes de hablar con un abogado. Papeles como la <b>salida voluntaria</b> (voluntary departure) o la <b>deportación estipulada</b> (stipulated removal) pueden hacerle perder su derecho a una audiencia y su oportunidad de quedarse en EE. UU. Diga: "No voy a firmar nada hasta hablar con mi abogado." Un notario no es abogado, y nunca debe firmar un formulario en blanco.

trust_act-gist = La TRUST Act de Connecticut, una ley estatal desde 2013, dice que la policía, las cárceles y las prisiones no pueden retenerlo ni arrestarlo solo porque ICE se lo pide o envía una orden que no firmó un juez. Solo pueden hacerlo con una orden firmada por un <b>juez</b>, una condena por un delito grave (felony) de clase A o B o por uno de 13 delitos de una lista, o una posible coincidencia con la lista de vigilancia de terroristas. No impide que los agentes de ICE hagan sus propios arrestos. El Departamento de Justicia de EE. UU. la cuestiona en una corte federal (demanda de la primavera de 2026).

police_share_with_ice-gist = Ninguna ley de Connecticut obliga a la policía a avisarle a ICE sobre personas indocumentadas; la ley estatal limita lo que puede compartir, incluida su fecha de salida. Pero si lo arrestan, sus huellas digitales llegan a ICE automáticamente por un programa federal, y el estado no puede impedirlo. La ley federal no deja que el estado impida que la policía le pase su estatus a ICE, así que no hable de su estatus.

police_ask_status-gist = Ninguna ley estatal de Connecticut impide que la policía le pregunte por su estatus migratorio, pero algunas ciudades, como New Haven, tienen sus propias reglas contra eso. Usted nunca tiene que contestar: diga "Quiero guardar silencio." Lo que le diga a la policía sobre su estatus puede llegar a ICE. Si está manejando, igual debe mostrar su licencia, la registración del carro y el seguro.

ice_interview_custody-gist = Las cárceles, prisiones y policías de Connecticut <b>no</b> pueden dejar que ICE entreviste a una persona bajo su custodia, a menos que la persona haya sido condenada por un delito grave (felony) de clase A o B o por uno de 13 delitos de una lista, pueda coincidir con la lista de vigilancia de terroristas, o lo haya ordenado una corte federal. Aunque ICE logre verlo, usted no tiene que contestar: pida un abogado y no firme nada. Connecticut no tiene una regla de formulario de consentimiento para estas entrevistas; esa es la ley de California.

report_crime_safely-gist = Usted puede recibir ayuda como víctima de un delito sin importar su estatus migratorio. Si está en peligro, llame al 911. Según la Trust Act, la policía no puede decirle a ICE que usted es víctima de violencia doméstica o de agresión sexual, o testigo de un delito, salvo en casos muy limitados. Las víctimas pueden calificar para una <b>visa U</b>, una <b>visa T</b> o <b>VAWA</b>: hable con la ayuda legal o con un abogado de inmigración antes de solicitar.

sensitive_places-gist = La política federal que mantenía a ICE lejos de escuelas, hospitales y lugares de culto se canceló el 20 de enero de 2025. Desde el 1 de octubre de 2026, una ley de Connecticut (Public Act 26-14) dice que ningún oficial, <b>incluido ICE</b>, puede hacer un arresto civil en esos lugares sin una orden firmada por un juez. El Departamento de Justicia de EE. UU. cuestiona esa ley en una corte federal, así que conozca sus derechos vaya donde vaya.

school_rights-gist = Todo niño puede ir a la escuela pública gratuita desde kínder hasta el grado 12, sin importar el estatus migratorio del niño o de sus padres. Las escuelas de Connecticut no tienen que pedir el estatus migratorio, y los registros de los estudiantes están protegidos por una ley federal de privacidad. Desde el 1 de octubre de 2026, una ley estatal prohíbe los arrestos civiles en las escuelas sin una orden de un juez, pero el Departamento de Justicia de EE. UU. la cuestiona en la corte.

ice_cooperation_programs-gist = Cuando arrestan a alguien en Connecticut y le toman las huellas, estas llegan a ICE automáticamente por el programa federal Secure Communities. Desde 2019, la Trust Act prohíbe que la policía, las cárceles y otros oficiales de Connecticut que deben cumplirla hagan el trabajo de ICE por acuerdos <b>287(g)</b>. El programa PEP terminó en enero de 2017. ICE ha tenido acceso a una base de datos de la policía estatal que incluye registros del DMV; no sabemos si eso cambió.

local_policies-gist = Ninguna ley de Connecticut dice que el estado es "santuario". Lo que rige en todos los pueblos es la <b>Trust Act</b>, que limita cómo la policía y las cárceles ayudan a ICE. Algunas ciudades van más allá: la policía de New Haven no pregunta por el estatus migratorio, y la policía de Hartford no arresta ni retiene a nadie solo por su estatus. El Departamento de Justicia de EE. UU. cuestiona en una corte federal la Trust Act y la orden "Ciudad Acogedora" (Welcoming City) de New Haven.

data_privacy-gist = Desde el 18 de noviembre de 2025, las agencias estatales y locales de Connecticut no pueden darle a ICE su dirección, su trabajo, su escuela ni los horarios de sus citas cuando no son públicos, con algunas excepciones, como una orden de un juez o una orden de una corte. Pero las huellas de cualquier arresto llegan a ICE automáticamente. Los registros del DMV están en una base de datos de la policía estatal que ICE ha podido usar, y no sabemos si eso cambió.

daca_minors-gist = Con DACA o sin DACA, y a cualquier edad, usted tiene los mismos derechos: guardar silencio, pedir un abogado y no firmar papeles que no entienda. Todos los niños pueden ir a la escuela pública desde kínder hasta el grado 12, sin importar su estatus. No tenemos información confiable y actual sobre DACA, así que antes de solicitar, renovar o viajar, hable con un abogado de inmigración o con un representante acreditado por el DOJ, nunca con un notario.

law_changes-gist = Las reglas de Connecticut cambiaron mucho en 2025 y 2026. Desde el 18 de noviembre de 2025, un arresto civil en los terrenos de una corte estatal necesita una orden de un juez, una condena de la lista o una coincidencia con la lista de vigilancia. Desde el 1 de octubre de 2026, los arrestos civiles en escuelas, hospitales, lugares de culto y otros lugares protegidos necesitan una <b>orden de un juez</b>. El Departamento de Justicia de EE. UU. cuestiona la Trust Act y la ley de 2026 en una corte federal; nuestra información llega hasta mayo de 2026, más o menos.

compliance_oversight-gist = La policía local informa al estado cada vez que ICE tiene acceso a personas bajo su custodia, y el estado publica estos datos en data.ct.gov; los registros son públicos. Desde el 1 de octubre de 2025, puede demandar a un municipio cuya policía o policía escolar viole la Trust Act, para pedir una orden de la corte (no hay dinero por daños). Si cree que una agencia violó estas reglas, hable con la ayuda legal o contacte a la ACLU de Connecticut.

## Gists: help and referrals

file_complaint-gist = Primero, anote nombres, números de placa, la fecha, la hora, el lugar y lo que pasó. Las quejas sobre agentes de ICE o CBP van al Inspector General del DHS, que no es una línea de emergencia: si está en peligro, llame al 911. Las quejas sobre la policía de Connecticut van al departamento de policía del oficial. CHRO atiende la discriminación en el trabajo, la vivienda, lugares públicos y el crédito, no quejas contra ICE.

legal_help-gist = Solo un abogado con licencia o un representante acreditado por el DOJ puede darle ayuda legal de inmigración. Un "notario" <b>no</b> es abogado. CCIF ofrece defensa gratuita contra la deportación a personas detenidas por ICE o con casos de deportación, y a quienes piden asilo, con programas en New Haven y Hartford: llame para preguntar si califica. Para otra ayuda legal gratuita, llame a Statewide Legal Services (toque "A quién llamar").

rapid_response-gist = No pudimos confirmar el número de ninguna línea de respuesta rápida de Connecticut, así que puede usar la línea nacional de United We Dream. Si ve a ICE, manténgase a una distancia segura, y grabe o anote la hora, el lugar, cuántos agentes y carros hay, y lo que pasó. Verifique un reporte antes de compartirlo, y márquelo como "SIN CONFIRMAR" hasta que alguien lo verifique. Nunca llame a la línea de denuncias de ICE.

family_plan-gist = Planee ya qué pasará con sus hijos, sus papeles y su dinero si detienen a uno de los padres. El <b>Plan de Preparación Familiar</b> de Connecticut es gratis, no necesita abogado ni corte y está en 9 idiomas, como español, portugués y criollo haitiano. Su formulario de tutor de reserva (standby guardian) le permite nombrar, frente a dos testigos, a una persona que cuide a sus hijos si lo detienen.

know_your_rights-gist = Todas las personas en EE. UU. tienen estos derechos, sin importar su estatus. <b>No abra la puerta</b>: pídales que pasen por debajo cualquier orden que tengan. <b>Guarde silencio</b>, <b>no firme nada</b> sin un abogado, <b>pida un abogado</b> y diga: "No doy mi consentimiento para un registro." No mienta, no corra ni se resista, y nunca muestre papeles falsos.

community_support-gist = Hay grupos de Connecticut que apoyan a inmigrantes con talleres, apoyo en la corte, programas para jóvenes y necesidades básicas: por ejemplo CIRC (una red estatal), ULA en New Haven (derechos de los trabajadores, y lo acompañan a la corte), C4D (dirigido por jóvenes indocumentados) y Make the Road en Bridgeport y Hartford. Para comida, vivienda o una crisis, marque 2-1-1, las 24 horas. Solo un abogado o un representante acreditado por el DOJ puede darle asesoría legal de inmigración.
