## Spanish answers, part B: rights and the law (warrant_types to compliance_oversight)
## and the conversation intents (greeting to bot_privacy).
## Format and writing rules: CONTENT.md. Facts: shared/facts (the addendum wins).
## The bot adds the "Who to call" list and the footer itself: do not repeat them here.
## Spanish (es), neutral Latin American, "usted".

## warrant_types
warrant_types-title = Orden de un juez o de ICE
warrant_types-summary = Cómo distinguir una orden firmada por un juez de un formulario de ICE, y qué permite hacer cada una.
warrant_types-body =
    Por regla general, los oficiales necesitan una orden firmada por un <b>juez</b> para entrar a su casa sin su permiso. La mayoría de los papeles de ICE no los firma un juez.
    
    <b>Orden de un juez (de una corte)</b>
    • Arriba dice el nombre de una corte, como "United States District Court" o una corte de Connecticut.
    • La firma un juez o un magistrado.
    • Nombra a la persona o la dirección. Revise que el nombre y la dirección sean correctos y que la fecha esté vigente.
    • Una orden de registro permite a los oficiales entrar a los lugares que menciona. Una orden de arresto les permite entrar a la casa de la persona nombrada si creen que esa persona está adentro.
    
    <b>Orden administrativa de ICE</b>
    • Es un formulario del Departamento de Seguridad Nacional (DHS), por lo general el <b>I-200</b> (arresto) o el <b>I-205</b> (deportación).
    • La firma un oficial de inmigración, no un juez.
    • Durante años, abogados y defensores han dicho que no permite entrar a una casa sin su consentimiento.
    • En el trabajo, no permite a los agentes entrar a áreas privadas, solo para empleados, a menos que el empleador lo acepte.
    
    <b>Cambio importante en 2026:</b> un memorando de ICE que se hizo público en enero de 2026 dice que los agentes pueden entrar a la fuerza en una casa con un I-205 cuando la persona tiene una orden final de deportación. Muchos abogados dicen que esto viola la Constitución de EE. UU., y se reportaron demandas contra eso. Si los agentes entran a la fuerza, no se resista. Diga claramente "No doy mi consentimiento", guarde silencio y comuníquese con un abogado.
    
    <b>En la puerta</b>
    • No abra la puerta. Pídales que pasen por debajo de la puerta cualquier orden que tengan, o que la muestren por una ventana.
    • Lea el nombre, la dirección, la fecha y quién la firmó.
    • Si no es una orden de un juez para su dirección, puede mantener la puerta cerrada. Diga: "No doy mi consentimiento para que entren. Quiero guardar silencio. Quiero hablar con un abogado."
    • Si es una orden de un juez, pueden entrar. No se resista. Aun así, puede guardar silencio.
    
    En Connecticut, la policía, las cárceles y las prisiones no pueden retenerlo ni arrestarlo solo por una orden administrativa de ICE (vea la Trust Act). Esa regla limita a los oficiales de Connecticut; no frena a ICE.

## right_to_silence
right_to_silence-title = Su derecho a guardar silencio
right_to_silence-summary = Puede guardar silencio sobre dónde nació y su estatus. Nunca mienta ni muestre papeles falsos.
right_to_silence-body =
    Todas las personas en Estados Unidos tienen estos derechos, sin importar su estatus migratorio. Usarlos quizás no evite un arresto en ese momento, pero protege su caso después.
    
    <b>Usted no tiene que decir</b>
    • dónde nació ni de qué país es;
    • su estatus migratorio;
    • cómo o cuándo llegó a Estados Unidos.
    
    Puede decir: "Quiero guardar silencio. Quiero hablar con un abogado." Después, deje de hablar. Una tarjeta roja puede decirlo por usted.
    
    <b>Su nombre</b>
    La ayuda legal de Connecticut recomienda: si los funcionarios le piden su nombre, dígaselo. Dar su nombre no significa que tenga que contestar nada más.
    
    <b>Registros</b>
    Puede decir: "No doy mi consentimiento para un registro." Aun así, los oficiales pueden palpar su ropa por fuera para buscar armas. Si lo registran de todos modos, no se resista.
    
    <b>Papeles</b>
    • Si tiene un estatus migratorio legal, debe mostrar una prueba a los agentes de ICE si se la piden. No tiene que mostrársela a la policía local.
    • Si está manejando, debe mostrar su licencia, la registración del carro y una prueba del seguro.
    • Los defensores de los inmigrantes recomiendan no llevar papeles de otro país, como un pasaporte extranjero, que muestren de dónde es.
    
    <b>Nunca</b>
    • mienta ni dé un nombre falso;
    • muestre papeles falsos;
    • diga que es ciudadano de EE. UU. si no lo es;
    • salga corriendo ni pelee, aunque crea que los oficiales están equivocados.
    Esto puede hacerle mucho más daño que guardar silencio.
    
    Lo que usted le diga a la policía sobre su estatus puede llegar a ICE: la ley federal no deja que los estados prohíban compartir información sobre el estatus. Si lo detienen, las llamadas se escuchan, así que hable de su caso solo con su abogado.

## signing_documents
signing_documents-title = Antes de firmar algo
signing_documents-summary = No firme papeles de ICE, como la salida voluntaria, antes de hablar con un abogado.
signing_documents-body =
    Los oficiales de ICE o de la detención pueden pedirle que firme papeles. Algunos pueden acabar con su oportunidad de quedarse en EE. UU. <b>No firme nada que no entienda por completo, y no firme antes de hablar con un abogado.</b>
    
    <b>Tenga mucho cuidado con</b>
    • <b>La salida voluntaria (voluntary departure):</b> usted acepta irse de EE. UU.
    • <b>La deportación estipulada (stipulated removal):</b> usted acepta que lo deporten sin ver a un juez.
    Firmar estos papeles puede hacerle perder su derecho a una audiencia y su oportunidad de pedir quedarse, aunque tal vez tenga una forma de quedarse.
    
    <b>Lo que puede hacer</b>
    • Diga: "No voy a firmar nada hasta hablar con mi abogado."
    • Pida un intérprete si no entiende bien el idioma.
    • Pida una copia de cada papel que le den y de cada papel que firme.
    • Pida la lista de servicios legales gratuitos o de bajo costo. El gobierno no le da un abogado gratis en la corte de inmigración, así que llame pronto a la ayuda legal.
    • Sepa su número A (A-number, el número de su caso de inmigración) y déselo a su familia y a su abogado.
    
    <b>Cuidado con los "notarios"</b>
    En EE. UU., un notario o notary public no es abogado y no puede ayudar con casos de inmigración. Solo puede hacerlo un abogado o un representante acreditado por el DOJ en una organización sin fines de lucro reconocida.
    • Nunca firme un formulario en blanco.
    • Nunca le dé a nadie sus documentos originales.
    • Los formularios del gobierno son gratis.
    • Revise que los sitios web del gobierno terminen en .gov.
    Puede denunciar el fraude de notarios ante el Departamento de Protección al Consumidor de Connecticut. Si ya lo estafaron, vea pronto a un abogado de inmigración de verdad: tal vez el daño se pueda arreglar.

## trust_act
trust_act-title = La TRUST Act de Connecticut
trust_act-summary = Ley de Connecticut de 2013 que limita cuándo la policía, las cárceles y las prisiones pueden retener personas para ICE.
trust_act-body =
    La TRUST Act (Ley TRUST) es una ley que aprobó la legislatura de Connecticut en 2013 (Public Act 13-155, vigente desde el 1 de enero de 2014). Es una ley, no una orden de un gobernador. La legislatura la reforzó en 2019 y la volvió a cambiar en 2025. Léala: <a href="https://www.cga.ct.gov/2026/sup/chap_965.htm#sec_54-192h">General Statutes 54-192h</a>.
    
    <b>La regla principal hoy</b>
    Los oficiales de Connecticut que deben cumplirla no pueden retenerlo ni arrestarlo solo porque ICE envió una <b>solicitud de retención (detainer)</b> (un pedido para que lo retengan para ICE) o una <b>orden administrativa</b> de ICE. Solo pueden hacerlo si:
    • un <b>juez</b> firmó una orden;
    • usted fue <b>condenado</b> por un delito grave (felony) de clase A o B;
    • usted fue <b>condenado</b> por uno de 13 delitos agregados en 2025, como agresión sexual en segundo o tercer grado, poner en riesgo a un menor, estrangulamiento en primer grado, allanamiento (burglary) en segundo grado con arma de fuego, violación criminal de una orden de protección, o tener material de abuso sexual infantil; o
    • su nombre podría coincidir con uno de la lista federal de vigilancia de terroristas.
    Un arresto o un cargo no basta: tiene que haber una condena.
    
    <b>Quiénes deben cumplirla</b>
    La policía local y la Policía Estatal, el Departamento de Corrección, los alguaciles judiciales y estatales, los oficiales de libertad condicional (probation) de adultos y de menores, el personal de fianzas de las cortes, la policía y la seguridad escolar, los fiscales y la Junta de Indultos y Libertad bajo Palabra (Board of Pardons and Paroles).
    
    <b>Otras reglas</b>
    • Estos oficiales no pueden hacer el trabajo de ICE, así que no se permiten acuerdos 287(g).
    • Si ICE envía una solicitud de retención, la agencia debe darle una copia y decirle si va a hacer lo que pide.
    • Si le avisa a ICE su fecha de salida, debe darles a usted y a su abogado una copia y el motivo por escrito.
    • El viejo límite de 48 horas para las retenciones se eliminó en 2019. Hoy la ley estatal solo permite retener a alguien en los casos de arriba.
    
    <b>Si se viola la ley</b>
    Desde el 1 de octubre de 2025, puede demandar a un municipio cuya policía o policía escolar viole esta ley. Una corte puede ordenarle que pare, pero no recibirá dinero por daños. Si gana, el municipio puede tener que pagar a su abogado. No se puede demandar así a agencias estatales, como el Departamento de Corrección o la Policía Estatal.
    
    <b>Lo que no hace</b>
    Solo limita a los oficiales de Connecticut. No impide que ICE haga sus propios arrestos. Las huellas tomadas en cualquier arresto igual llegan a ICE.
    
    <b>En la corte:</b> el Departamento de Justicia de EE. UU. demandó a Connecticut y a New Haven por esta ley en una corte federal en la primavera de 2026 (según informes). No sabemos el resultado. Pregunte a la ayuda legal por novedades.

## police_share_with_ice
police_share_with_ice-title = ¿La policía le avisa a ICE?
police_share_with_ice-summary = Lo que la policía de Connecticut puede y no puede decirle a ICE, y por qué sus huellas igual llegan a ICE.
police_share_with_ice-body =
    <b>Respuesta corta:</b> ninguna ley de Connecticut obliga a la policía a avisarle a ICE sobre personas indocumentadas. La ley estatal limita lo que puede compartir. Pero si lo arrestan, sus huellas llegan a ICE automáticamente.
    
    <b>Lo que limita la ley de Connecticut</b>
    • Un pedido de ICE para que le avisen su fecha de salida cuenta como una solicitud de retención (detainer). La policía, las cárceles y las prisiones no deben decirle a ICE cuándo sale libre, salvo que haya una orden de un juez, una condena por un delito grave (felony) de clase A o B o por uno de 13 delitos de una lista, o una posible coincidencia con la lista de vigilancia de terroristas.
    • Si le avisan a ICE su fecha de salida, deben darles a usted y a su abogado una copia y el motivo por escrito.
    • Si ICE envía una solicitud de retención contra usted, deben darle una copia y decirle si la agencia va a hacer lo que pide.
    • La policía no puede darle a ICE "información confidencial", salvo en pocos casos. Eso incluye si es víctima de violencia doméstica o agresión sexual, testigo de un delito o recibe asistencia pública, su orientación sexual, y su número de Seguro Social y sus datos financieros.
    • Desde el 18 de noviembre de 2025, las agencias estatales y locales no pueden darle a ICE su dirección no pública, su trabajo, su escuela ni los horarios de sus citas, con algunas excepciones.
    
    <b>Lo que Connecticut no impide</b>
    • <b>Huellas digitales:</b> las huellas de cualquier arresto van al FBI y luego, automáticamente, a ICE (el programa federal "Secure Communities", en todo el estado desde el 22 de febrero de 2012). El estado no controla esto. Luego ICE puede buscarlo por su cuenta.
    • <b>Información sobre el estatus:</b> la ley federal (8 U.S.C. 1373) no deja que los estados prohíban compartir información sobre la ciudadanía o el estatus migratorio de una persona, y Connecticut dice que cumple esa ley. Por eso, no hable de su estatus: tiene derecho a guardar silencio.
    • <b>Bases de datos:</b> ICE ha tenido acceso a COLLECT, una base de datos de la policía estatal que incluye registros del DMV. En noviembre de 2025, Connecticut tampoco había bloqueado las búsquedas de ICE en el DMV a través de una red policial nacional. No sabemos si eso cambió.
    
    Estas reglas obligan solo a los oficiales de Connecticut. ICE igual puede hacer sus propios arrestos. Si cree que la policía compartió su información ilegalmente, hable con la ayuda legal.

## police_ask_status
police_ask_status-title = La policía y su estatus
police_ask_status-summary = Ninguna ley estatal impide que la policía pregunte por su estatus migratorio, pero usted nunca tiene que contestar.
police_ask_status-body =
    <b>¿Pueden preguntar?</b> Ninguna ley estatal de Connecticut impide que la policía le pregunte su estatus. En 2025, el gobernador dijo que la policía no pregunta por el estatus en paradas de rutina, como por velocidad. Así suele trabajar la policía, pero no es una ley.
    
    <b>Algunas ciudades tienen reglas propias</b>
    • <b>New Haven:</b> una orden policial desde 2006 (General Order 06-2) y la orden "Ciudad Acogedora" (Welcoming City) de 2020 dicen que la policía y los empleados municipales no preguntan por el estatus.
    • <b>Hartford:</b> una ordenanza de la ciudad de 2008 dice que la policía no puede arrestar ni retener a nadie solo por su estatus o por una orden administrativa de ICE, y que los empleados municipales no preguntan por el estatus para dar servicios.
    Muchos otros pueblos no tienen una regla así.
    
    <b>Usted nunca tiene que contestar</b>
    Pregunte quien pregunte, puede decir: "Quiero guardar silencio." No tiene que decir dónde nació, su estatus ni cómo llegó aquí. La ayuda legal de Connecticut recomienda dar su nombre si se lo piden.
    
    Si está manejando, debe mostrar su licencia, la registración del carro y el seguro. La licencia de Connecticut solo para manejar (drive-only) es válida para manejar.
    
    <b>No</b> mienta, no muestre papeles falsos ni diga que es ciudadano de EE. UU. si no lo es.
    
    <b>Por qué importa guardar silencio</b>
    Lo que diga a la policía sobre su estatus puede llegar a ICE: la ley federal no deja que los estados prohíban compartir información sobre el estatus. La Trust Act limita que lo retengan para ICE, pero no impide que la policía pregunte.
    
    <b>Si siente que lo discriminaron</b>
    Después de una parada de tránsito, la policía de Connecticut debe decirle cómo presentar una queja por perfil racial. Preséntela ante el departamento de policía o ante la Comisión de Derechos Humanos y Oportunidades (CHRO). Anote el nombre y el número de placa del oficial, la hora y el lugar.

## ice_interview_custody
ice_interview_custody-title = ICE entrevista a detenidos
ice_interview_custody-summary = Cuándo las cárceles, prisiones y la policía de Connecticut pueden dejar que ICE entreviste a alguien bajo custodia.
ice_interview_custody-body =
    Si usted o un familiar está detenido en una cárcel, prisión o estación de policía de Connecticut, ICE puede pedir entrevistar a esa persona. La ley de Connecticut (General Statutes 54-192h) lo limita.
    
    <b>La regla</b>
    Las cárceles, prisiones y policías de Connecticut <b>no</b> pueden dejar que ICE entreviste a una persona bajo su custodia, a menos que:
    • la persona haya sido <b>condenada</b> por un delito grave (felony) de clase A o B, o por uno de 13 delitos de una lista (como agresión sexual en segundo o tercer grado, estrangulamiento en primer grado, o violación criminal de una orden de protección);
    • su nombre pueda coincidir con uno de la lista federal de vigilancia de terroristas; o
    • lo haya ordenado una corte federal.
    Un arresto o un cargo, por sí solo, no es suficiente.
    
    <b>Usted igual puede negarse a contestar</b>
    Aunque ICE logre verlo, usted no tiene que contestar preguntas. Puede decir: "Quiero guardar silencio. Quiero hablar con un abogado." No firme nada sin un abogado. No mienta ni muestre papeles falsos.
    
    <b>Lo que la ley de Connecticut no promete</b>
    Algunos sitios web dicen que Connecticut debe darle un aviso por escrito o un formulario de consentimiento antes de una entrevista con ICE. Esa es la ley de California, no la de Connecticut. Un proyecto de ley parecido fracasó en Connecticut en 2018. No espere un formulario: pida un abogado de inmediato.
    
    <b>Registros y quejas</b>
    Los registros de acceso de ICE a personas bajo custodia son públicos, y la policía local informa al estado sobre este acceso. Si la policía de un municipio violó esta regla, puede pedirle a una corte que les ordene parar (sin dinero por daños). Hable con la ayuda legal sobre lo que pasó.
    
    Esta regla obliga solo a los oficiales de Connecticut. No se aplica cuando la persona ya está bajo custodia de ICE.

## report_crime_safely
report_crime_safely-title = Denunciar un delito a salvo
report_crime_safely-summary = Las víctimas de delitos pueden recibir ayuda sin importar su estatus, incluidas las visas U y T y VAWA.
report_crime_safely-body =
    <b>Si está en peligro, llame al 911.</b> Usted puede recibir ayuda como víctima de un delito sin importar su estatus migratorio. Las líneas de ayuda para violencia doméstica y agresión sexual son gratuitas y confidenciales.
    
    <b>Lo que la policía puede compartir con ICE</b>
    Según la Trust Act de Connecticut, ser víctima de violencia doméstica o de agresión sexual, o testigo de un delito, es "información confidencial". La policía no puede dársela a ICE, salvo en casos muy limitados. Una advertencia: si lo arrestan a <i>usted</i> y le toman las huellas digitales, esas huellas llegan a ICE de forma automática.
    
    <b>Opciones migratorias para las víctimas</b>
    • <b>Visa U:</b> para víctimas de ciertos delitos, como violencia doméstica o agresión sexual, que sufrieron un daño grave y que han ayudado, están ayudando o probablemente ayudarán a la policía o a los fiscales. Se necesita un formulario firmado por una agencia certificadora, como la policía, un fiscal o un juez (formulario I-918, Suplemento B). No hace falta que arresten ni condenen al agresor. Da hasta 4 años de estatus, un permiso de trabajo y un camino a la green card. Solo se dan 10,000 por año, así que hay una lista de espera; las personas en la lista pueden recibir protección contra la deportación.
    • <b>Visa T:</b> para víctimas de trata de personas.
    • <b>Autopetición VAWA:</b> si lo maltrató su esposo o esposa, o su padre o madre, que es ciudadano de EE. UU. o residente permanente, o su hijo o hija adulto ciudadano de EE. UU., puede hacer la solicitud por su cuenta, sin que el agresor lo sepa. El gobierno debe mantenerla confidencial.
    
    <b>La regla de Connecticut para la visa U</b>
    Desde el 1 de julio de 2021, cada agencia de policía de Connecticut debe nombrar a un oficial para atender los pedidos de certificación de visa U (General Statutes 46b-38b). Deben responder en 60 días, o en 14 días si la víctima está detenida o en proceso de deportación, o si un familiar está por pasar la edad límite para calificar.
    
    Hable con la ayuda legal o con un abogado de inmigración antes de solicitar. Le dirán qué opción le conviene.

## sensitive_places
sensitive_places-title = Escuelas, hospitales, iglesias
sensitive_places-summary = Terminaron los límites federales a ICE en escuelas y hospitales; la ley de Connecticut se disputa en la corte.
sensitive_places-body =
    <b>La política federal cambió</b>
    Durante años, ICE tuvo la política de evitar, en general, los arrestos en escuelas, hospitales, lugares de culto y lugares parecidos. Esa política se canceló el 20 de enero de 2025. Ahora cada oficial de ICE decide, e ICE puede actuar en esos lugares.
    
    <b>La ley propia de Connecticut (desde el 1 de octubre de 2026)</b>
    La Public Act 26-14, firmada el 4 de mayo de 2026, dice que ningún oficial, <b>incluidos agentes federales como los de ICE</b>, puede arrestar ni retener a nadie por un asunto civil (no criminal), como la inmigración, en estos lugares, a menos que tenga una orden firmada por un <b>juez</b>:
    • escuelas, desde el preescolar hasta la universidad;
    • hospitales y centros de atención de urgencias;
    • lugares de culto o de estudio religioso;
    • guarderías, parques infantiles, centros recreativos, programas antes y después de la escuela, y paradas del autobús escolar cuando hay niños;
    • albergues, bancos de comida y despensas, centros de crisis y de violencia doméstica, tratamiento de drogas y alcohol, y otros servicios sociales;
    • lugares de ayuda en desastres y cementerios;
    • edificios de agencias estatales y edificios municipales.
    Esto incluye sus terrenos y estacionamientos. Una condena anterior no cambia esto: solo una orden de un juez permite el arresto. Quien sea arrestado en contra de esta ley puede demandar y recibir dinero por daños. No impide los arrestos por delitos.
    
    La misma ley dice que los oficiales, incluidos los agentes federales, no pueden usar máscara al tratar con el público (con algunas excepciones) y deben mostrar placa y nombre. Violar estas reglas puede ser un delito menor (misdemeanor) de clase D.
    
    <b>En disputa en la corte</b>
    El Departamento de Justicia de EE. UU. demandó a Connecticut por esta ley en una corte federal en la primavera de 2026. Allí se está decidiendo si se puede aplicar contra ICE. No sabemos el resultado: pregunte a la ayuda legal por novedades, y conozca sus derechos vaya donde vaya.
    
    <b>Cortes</b>
    Las cortes nunca estuvieron en la lista federal. Connecticut protege las cortes estatales con otra ley de 2025: no puede haber arrestos civiles en los terrenos de la corte a menos que el agente le muestre a un alguacil judicial una orden de un juez, una prueba de ciertas condenas graves o una coincidencia con la lista de vigilancia.

## school_rights
school_rights-title = Sus hijos y la escuela
school_rights-summary = Todo niño puede ir a la escuela pública. Qué pueden compartir las escuelas y qué pasa si llega ICE.
school_rights-body =
    <b>Todo niño puede ir a la escuela pública</b>
    Todos los niños en EE. UU. tienen derecho a la educación pública gratuita desde kínder hasta el grado 12, sin importar el estatus migratorio del niño o de sus padres. La Corte Suprema de EE. UU. lo decidió en 1982 (Plyler v. Doe).
    
    <b>Lo que las escuelas piden y comparten</b>
    • Las escuelas de Connecticut no tienen que pedir el estatus migratorio de los estudiantes ni de sus familias (guía del Departamento de Educación del estado, 28 de enero de 2025).
    • Los registros de los estudiantes están protegidos por una ley federal de privacidad, FERPA.
    • Las juntas escolares y las universidades pueden darle a ICE información confidencial de un estudiante, incluido su estatus migratorio, solo con consentimiento por escrito, para una investigación de terrorismo, o cuando lo exige una ley, una orden de un juez o una orden de una corte (General Statutes 10a-11i).
    • Desde el 18 de noviembre de 2025, las agencias públicas, incluidas las escuelas, no pueden decirle a ICE a qué escuela va una persona ni su horario escolar, cuando eso no es público, con algunas excepciones.
    
    <b>Si ICE llega a una escuela</b>
    Desde marzo de 2025 (Public Act 25-1), cada escuela pública debe nombrar a un administrador para tratar con los agentes de inmigración. El personal puede pedir a los agentes identificación y una orden firmada por un juez, y hablar antes con un abogado.
    
    Desde el 1 de octubre de 2026, una ley de Connecticut (Public Act 26-14) dice que ningún oficial, incluido ICE, puede hacer un arresto civil sin una orden de un juez en escuelas desde el preescolar hasta la universidad, guarderías, parques infantiles o paradas del autobús escolar cuando hay niños. El Departamento de Justicia de EE. UU. cuestiona esta ley en una corte federal; pregunte a la ayuda legal por novedades.
    
    <b>Lo que pueden hacer los padres</b>
    • Mantenga al día los contactos de emergencia de su hijo en la escuela, con adultos de confianza que puedan recogerlo.
    • Haga un plan familiar: quién cuidará a sus hijos si lo detienen.
    • Enséñeles a sus hijos que pueden guardar silencio y que no tienen que contestar preguntas sobre el estatus de la familia.

## ice_cooperation_programs
ice_cooperation_programs-title = 287(g) y programas de ICE
ice_cooperation_programs-summary = Secure Communities, 287(g), PEP y bases de datos del estado: cómo ICE trabaja con agencias de Connecticut.
ice_cooperation_programs-body =
    <b>Secure Communities (huellas digitales)</b>
    Cuando arrestan a alguien en Connecticut y le toman las huellas, estas van al FBI y luego, automáticamente, a ICE. Este programa federal cubre todo Connecticut desde el 22 de febrero de 2012. En 2012 el estado dijo que no tenía control sobre él, y la Trust Act no lo impide. Después, ICE puede enviar una solicitud de retención (detainer), pero los oficiales de Connecticut solo pueden hacer lo que pide en los casos que permite la Trust Act.
    
    <b>Acuerdos 287(g)</b>
    Con un acuerdo 287(g), ICE deja que oficiales locales hagan trabajo de agentes de inmigración. Desde el 1 de octubre de 2019, la Trust Act prohíbe que la policía, las cárceles, los alguaciles, los oficiales de libertad condicional (probation), la policía escolar y los fiscales de Connecticut hagan el trabajo de ICE por un acuerdo 287(g) u otro. La policía de Danbury tuvo un acuerdo 287(g) desde 2009. No sabemos si se canceló formalmente, pero no podía seguir legalmente después de 2019.
    
    <b>PEP</b>
    El Priority Enforcement Program terminó en enero de 2017. Ya no existe.
    
    <b>Datos de la policía estatal y del DMV</b>
    ICE ha tenido acceso a COLLECT, la base de datos policial del estado, que incluye registros del DMV, por un acuerdo de 2016 y un memorando de 2018. En noviembre de 2025, Connecticut tampoco había bloqueado las búsquedas de ICE en el DMV por Nlets, una red policial nacional, aunque miembros del Congreso se lo pidieron al gobernador. No sabemos si algo de esto cambió.
    
    <b>Cámaras que leen las placas de los carros</b>
    Desde el 1 de octubre de 2026, las agencias de Connecticut no pueden usar datos de cámaras lectoras de placas de carros para fines de inmigración. Las agencias federales y otras de afuera necesitan una orden de un juez (o una coincidencia con la lista de vigilancia de terroristas) para obtenerlos. Es parte de la Public Act 26-14, que el Departamento de Justicia de EE. UU. cuestiona en la corte.
    
    <b>SCAAP</b>
    SCAAP es un fondo federal que devuelve parte del costo de tener a algunas personas en la cárcel. No es una regla sobre solicitudes de retención y no obliga a la policía a retener a nadie para ICE.

## local_policies
local_policies-title = Reglas de pueblos y ciudades
local_policies-summary = Las reglas de New Haven, Hartford y otros pueblos sobre ICE, y cómo se compara Connecticut con otros estados.
local_policies-body =
    <b>¿Es Connecticut un "estado santuario"?</b>
    Ninguna ley de Connecticut usa esa palabra. El Fiscal General del estado ha dicho que nada en sus leyes lo hace un estado "santuario", aunque el gobierno federal puso a Connecticut en sus listas de "santuarios" de 2025. Connecticut tiene la <b>Trust Act</b>, una ley estatal que limita en todos los pueblos cómo la policía, las cárceles y otros ayudan a ICE.
    
    <b>New Haven</b>
    • Orden policial desde 2006 (General Order 06-2): los oficiales no preguntan por el estatus migratorio y no arrestan a nadie por órdenes administrativas de ICE.
    • En 2007, New Haven creó la primera tarjeta de identidad municipal del país, para todos sin importar su estatus.
    • Orden "Ciudad Acogedora" (Welcoming City, 23 de julio de 2020): los empleados de la ciudad no preguntan por el estatus, salvo que la ley lo exija, y no usan recursos de la ciudad para tareas de inmigración.
    
    <b>Hartford</b>
    Una ordenanza de 2008: la policía no arresta ni retiene a nadie solo por su estatus migratorio o por una orden administrativa de ICE, y los servicios de la ciudad son para todos, sin importar su estatus.
    
    <b>Otros pueblos</b>
    En 2017, un informe federal dijo que East Haven no hacía lo que pedían las solicitudes de retención (detainers) de ICE, y el concejo de Bloomfield votó no ayudar a ICE con ellas. No todos los pueblos son iguales: también en 2017, el alcalde de Danbury dijo que su policía ayudaría a ICE a buscar a personas específicas si se lo pedía. La Trust Act se aplica en todos los pueblos.
    
    <b>En la corte</b>
    En la primavera de 2026, el Departamento de Justicia de EE. UU. demandó a Connecticut y a New Haven por la Trust Act y la orden "Ciudad Acogedora" (Welcoming City) de New Haven (según informes). El caso está en una corte federal; no sabemos el resultado.
    
    <b>Comparado con otros estados</b>
    • Según los defensores, Connecticut fue el primer estado en aprobar una Trust Act (2013).
    • California exige un formulario de consentimiento antes de que ICE entreviste a alguien en la cárcel; Connecticut no tiene esa regla.
    • Para noviembre de 2025, Nueva York, Illinois, Massachusetts, Minnesota y Washington habían bloqueado las búsquedas de ICE en el DMV a través de una red policial nacional; Connecticut no.
    
    Las reglas locales pueden cambiar. Pregunte a un grupo local o a la ayuda legal qué rige donde usted vive.

## data_privacy
data_privacy-title = Sus datos e ICE
data_privacy-summary = Lo que las agencias de Connecticut, el DMV, la policía y las escuelas pueden compartir sobre usted con ICE.
data_privacy-body =
    <b>La ley de datos de Connecticut (desde el 18 de noviembre de 2025)</b>
    Las agencias estatales y locales de Connecticut no pueden dar estos datos suyos, cuando no son públicos, a nadie fuera del gobierno de Connecticut, incluido ICE:
    • su dirección;
    • dónde trabaja y su horario de trabajo;
    • su escuela y su horario escolar;
    • la fecha, la hora y el lugar de sus audiencias o citas con una agencia.
    
    <b>Excepciones:</b> su permiso por escrito; una investigación criminal (salvo que la Trust Act prohíba compartir); cuando lo exige una ley estatal o federal, una orden de un juez o una orden de una corte; y algunos casos de privacidad médica y de datos publicados. Solo el Fiscal General del estado puede ir a la corte para hacer cumplir esta ley; usted no puede demandar con base en ella. (General Statutes 4-67ee)
    
    <b>Policía</b>
    La policía no puede darle a ICE "información confidencial", como ser víctima de violencia doméstica o agresión sexual o testigo de un delito, recibir asistencia pública, o su número de Seguro Social, salvo en pocos casos. Pero las huellas de cualquier arresto llegan a ICE automáticamente.
    
    <b>DMV y licencias solo para manejar</b>
    Las personas que no pueden probar su presencia legal pueden sacar una licencia solo para manejar (General Statutes 14-36m). Para ser honestos sobre el riesgo: los registros del DMV están en COLLECT, una base de datos de la policía estatal que ICE ha podido usar, y ninguna ley de Connecticut prohíbe en concreto que el DMV comparta datos con ICE. En noviembre de 2025, Connecticut no había bloqueado las búsquedas de ICE en el DMV por Nlets, una red policial nacional. No sabemos si eso cambió, ni cómo lo afecta la ley de datos de 2025.
    
    <b>Cámaras que leen las placas de los carros</b>
    Desde el 1 de octubre de 2026, las agencias de Connecticut no pueden usar datos de cámaras lectoras de placas de carros para fines de inmigración, y deben limitar cómo los comparten (Public Act 26-14, que el Departamento de Justicia de EE. UU. cuestiona en la corte).
    
    <b>Escuelas</b>
    Las escuelas de Connecticut no tienen que pedir el estatus migratorio, los registros de los estudiantes están protegidos por la ley federal de privacidad FERPA, y las universidades y juntas escolares pueden darle a ICE el estatus de un estudiante solo en casos muy limitados.
    
    Si cree que una agencia compartió su información ilegalmente, hable con la ayuda legal.

## daca_minors
daca_minors-title = DACA y jóvenes
daca_minors-summary = Derechos de los jóvenes y de quienes tienen DACA en la escuela y la universidad, y dónde buscar ayuda.
daca_minors-body =
    <b>Escuela y universidad</b>
    • Todos los niños pueden ir a la escuela pública desde kínder hasta el grado 12, sin importar su estatus.
    • Las escuelas de Connecticut no tienen que pedir el estatus migratorio, y los registros de los estudiantes están protegidos por la ley federal de privacidad FERPA.
    • Las juntas escolares y las universidades pueden darle a ICE información confidencial de un estudiante, incluido su estatus migratorio, solo con consentimiento por escrito, para una investigación de terrorismo, o cuando lo exige una ley, una orden de un juez o una orden de una corte.
    
    <b>DACA</b>
    No tenemos información confiable y actual sobre solicitudes, renovaciones o fechas límite de DACA, así que no vamos a adivinar. Antes de solicitar, renovar o viajar, hable con un abogado de inmigración o con un representante acreditado por el DOJ en una organización sin fines de lucro, nunca con un notario. Ellos pueden revisar todas sus opciones.
    
    Deje copias de sus papeles de inmigración con alguien de confianza.
    
    <b>Sus derechos son los mismos</b>
    Con DACA o sin DACA, y a cualquier edad, usted puede guardar silencio, pedir un abogado y negarse a firmar papeles que no entienda. La Trust Act de Connecticut no tiene una categoría especial para personas con DACA ni para menores: los mismos límites a la policía y a las cárceles protegen a todos.
    
    <b>Connecticut Students for a Dream (C4D)</b>
    Un grupo dirigido por jóvenes indocumentados desde 2010, parte de la red United We Dream. Ofrecen talleres sobre sus derechos y ayuda para entrar a la universidad.
    
    <b>Si detienen a un joven</b>
    El buscador en línea de ICE no muestra a menores de 18 años. Si se llevan a un niño o adolescente, contacte de inmediato a un abogado o a la ayuda legal.

## law_changes
law_changes-title = Lo que cambió hace poco
law_changes-summary = Nuevas reglas de Connecticut y federales de 2025 y 2026, y los casos en la corte contra ellas.
law_changes-body =
    Las reglas cambiaron mucho en 2025 y 2026. Nuestra información llega hasta mayo de 2026, más o menos, y puede haber cambios. Consulte con la ayuda legal antes de basarse en ella.
    
    <b>Federal</b>
    • <b>20 de enero de 2025:</b> se canceló la política federal que mantenía a ICE lejos de la mayoría de las escuelas, hospitales y lugares de culto.
    • <b>Enero de 2026:</b> salió a la luz un memorando de ICE según el cual los agentes pueden entrar a la fuerza a una casa con un I-205 (no firmado por un juez) si la persona tiene una orden final de deportación. Muchos abogados dicen que esto es inconstitucional; se reportaron demandas.
    • <b>Primavera de 2026:</b> el Departamento de Justicia de EE. UU. demandó a Connecticut y a New Haven por la Trust Act y la orden "Ciudad Acogedora" (Welcoming City) de New Haven, y aparte demandó a Connecticut por la Public Act 26-14. Ambos casos están en una corte federal; no sabemos el resultado.
    
    <b>Connecticut</b>
    • <b>Marzo de 2025:</b> cada escuela pública debe nombrar a un administrador para tratar con ICE, y el personal puede pedir identificación y una orden firmada por un juez (Public Act 25-1).
    • <b>1 de octubre de 2025:</b> cambios a la Trust Act (Public Act 25-29). Ahora las condenas por 13 delitos más permiten retener a alguien para ICE. Ahora también deben cumplirla los fiscales, los oficiales de libertad condicional (probation) de menores y la Junta de Indultos y Libertad bajo Palabra (Board of Pardons and Paroles). Puede demandar a un municipio cuya policía viole la ley (órdenes de la corte, no dinero).
    • <b>18 de noviembre de 2025</b> (sesión especial de noviembre, Public Act 25-3): no más arrestos civiles en terrenos de cortes estatales sin orden de un juez, condena de la lista o coincidencia con la lista de vigilancia, revisadas por un alguacil judicial; nada de oficiales con máscara en las cortes sin necesidad médica y aprobación de un juez; las agencias estatales y locales no pueden compartir su dirección no pública, trabajo, escuela ni horarios de citas, con excepciones.
    • <b>4 de mayo de 2026</b> (Public Act 26-14): los oficiales, incluidos los federales, no pueden usar máscara al tratar con el público, salvo excepciones, y deben mostrar placa y nombre; puede demandar en una corte estatal a cualquier oficial, también federal, por violar sus derechos constitucionales; el Inspector General del estado puede investigar la fuerza mortal usada por oficiales federales.
    • <b>1 de octubre de 2026</b> (también Public Act 26-14): no más arrestos civiles sin orden de un juez en escuelas, hospitales, lugares de culto, albergues y otros lugares protegidos; límites al uso de cámaras de placas para fines de inmigración.
    
    Algunos sitios web mencionan una "Trust Act de 2021". No existe: la Trust Act es de 2013 y se cambió en 2019 y 2025.

## compliance_oversight
compliance_oversight-title = Quién vigila las reglas
compliance_oversight-summary = Cómo Connecticut revisa que las agencias cumplan sus reglas sobre ICE: informes, registros públicos y demandas.
compliance_oversight-body =
    Connecticut usa informes, registros públicos, reglas internas y demandas para que las agencias cumplan sus límites a la ayuda a ICE.
    
    <b>Informes y datos públicos</b>
    • Los departamentos de policía locales informan a la Office of Policy and Management del estado cuando ICE tiene acceso a personas bajo su custodia.
    • El estado publica estos datos en data.ct.gov con el nombre <a href="https://catalog.data.gov/dataset/trust-act-ice-access-reporting">"Trust Act ICE Access Reporting"</a>, con datos desde 2021.
    • Los registros de acceso de ICE son públicos. Cualquiera puede pedirlos con la ley de acceso a la información (Freedom of Information Act).
    
    <b>Fiscales</b>
    Desde el 13 de agosto de 2025, la División de Justicia Penal (los fiscales del estado) tiene una política escrita: cada solicitud de retención (detainer) de ICE va a un supervisor, el fiscal del distrito (state's attorney) decide la respuesta, y el personal debe anotar cada contacto con ICE. La División capacitó a los fiscales sobre la Trust Act en enero de 2026.
    
    <b>Aviso para usted</b>
    Si ICE envía una solicitud de retención, la agencia debe darle una copia y decirle si va a hacer lo que pide. Si le avisa a ICE su fecha de salida, usted y su abogado deben recibir una copia y el motivo por escrito.
    
    <b>Demandas</b>
    • <b>Trust Act:</b> desde el 1 de octubre de 2025, puede demandar a un municipio cuya policía o policía escolar la viole. Una corte puede ordenarles que paren; no hay dinero por daños.
    • <b>Cortes:</b> un alguacil judicial debe revisar los papeles antes de cualquier arresto civil en los terrenos de una corte estatal. Una persona arrestada en contra de esta ley puede demandar, y las violaciones se pueden castigar como desacato a la corte. Aún no se ha probado si esto sirve contra agentes de ICE.
    • <b>Datos:</b> solo el Fiscal General puede ir a la corte cuando una agencia local comparte su dirección, su trabajo o los datos de sus citas en contra de la ley. La ley no permite que el Fiscal General demande a las agencias estatales por esto.
    • <b>Lugares protegidos (Public Act 26-14):</b> una persona arrestada sin una orden de un juez puede demandar para pedir dinero por daños. Esta ley se está cuestionando en una corte federal.
    
    Si cree que una agencia violó estas reglas, hable con la ayuda legal o contacte a la ACLU de Connecticut.

## greeting
greeting-title = Bienvenidos a kyr
greeting-summary = Un saludo de bienvenida y lo que este bot puede hacer por usted.
greeting-body =
    Hola, le doy la bienvenida. Soy kyr, una guía gratuita sobre sus derechos como inmigrante en Connecticut. Puedo decirle qué hacer si ICE llega a su casa, a su trabajo o a la corte, qué dice la ley de Connecticut y a quién llamar para pedir ayuda. Pregúnteme con sus propias palabras, o elija un tema abajo.

## help_menu
help_menu-title = Lo que puedo hacer
help_menu-summary = Los temas sobre los que me puede preguntar.
help_menu-body =
    Puede preguntarme sobre:
    • ICE en su puerta, en el trabajo, en la corte o en la calle;
    • paradas de tránsito y preguntas de la policía;
    • qué hacer si detienen a alguien, y cómo encontrarlo;
    • sus derechos: guardar silencio, órdenes de juez o de ICE, firmar papeles;
    • la ley de Connecticut: la Trust Act, las escuelas, sus datos, los cambios recientes;
    • encontrar un abogado, presentar una queja y hacer un plan familiar.
    
    Escriba su pregunta con sus propias palabras, o envíe /topics para ver todos los temas. Si ICE está con usted ahora, envíe /emergency.

## change_language
change_language-title = Cambiar de idioma
change_language-summary = Cambie entre English, Español, Português, Kreyòl, Français, Polski, 中文, العربية.
change_language-body =
    Puede elegir English, Español, Português, Kreyòl, Français, Polski, 中文, العربية con los botones de abajo. También puede enviar /language en cualquier momento para cambiarlo.

## thanks
thanks-title = De nada
thanks-summary = De nada. Por favor, comparta lo que aprendió.
thanks-body =
    De nada. Cuídese mucho, y cuidémonos unos a otros. Si esto le sirvió, compártalo con su familia, sus amigos y sus vecinos: las personas que conocen sus derechos están más seguras. Aquí estoy cuando tenga otra pregunta.

## human_help
human_help-title = Hablar con una persona
human_help-summary = Esto es un bot. Así puede comunicarse con personas reales que pueden ayudarle.
human_help-body =
    Soy un bot, no una persona, y no puedo revisar su caso. Personas reales pueden ayudarle: la ayuda legal gratuita (Statewide Legal Services, o CCIF si alguien está detenido o en riesgo de deportación), la línea de ayuda de United We Dream, y el 2-1-1 para ayuda con comida, vivienda o una crisis. Sus números están abajo. Si está en peligro, llame al 911.

## bot_privacy
bot_privacy-title = Lo que guarda este bot
bot_privacy-summary = Lo que este bot guarda sobre usted y cómo borrarlo.
bot_privacy-body =
    Solo guardo el número de su chat, el idioma que eligió y, si se suscribió a las alertas, las regiones que eligió. Nunca guardo lo que usted escribe, y nunca le pido su nombre, su dirección ni su estatus migratorio. Para borrar todo lo que guardo sobre este chat, envíe /forget. Telegram guarda sus mensajes en el propio chat; usted puede borrarlos ahí.
