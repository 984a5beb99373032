## Answers, part A: encounters (urgent) and help topics.
## Each intent X has X-title (button, max 30 chars, no HTML), X-summary (one sentence, max 120 chars,
## no HTML), X-now (urgent intents only: 3 to 5 numbered lines), and X-body.
## The bot prints the "Who to call" block from intents/referrals.toml between X-now and X-body,
## so phone numbers of an intent's own referrals are never repeated here.
## Facts: /work/shared/facts (the addendum wins). Reviewed 2026-11-27.
## Spanish (es), neutral Latin American, "usted".

## ---------------------------------------------------------------- ice_at_door

ice_at_door-title = ICE en su puerta
ice_at_door-summary = No abra la puerta: pida una orden firmada por un juez, guarde silencio y pida ayuda.
ice_at_door-now =
    1. No abra la puerta. Hable a través de ella.
    2. Pregunte de qué agencia son y pídales que pasen por debajo de la puerta cualquier orden que tengan. Los formularios I-200 e I-205 de ICE no los firma un juez: no tiene que abrir por ellos.
    3. Diga: "No doy mi consentimiento para que entren. Voy a guardar silencio. Quiero un abogado."
    4. Si entran a la fuerza, no se resista ni corra. Repita: "No doy mi consentimiento."
    5. Llame al número de abajo o toque "A quién llamar".
ice_at_door-body =
    <b>Revise el papel que le muestran</b>
    • Una orden de un juez viene de una corte. Arriba dice el nombre de una corte, como "United States District Court" o una corte de Connecticut. La firma un juez. Revise que el nombre, la dirección y la fecha sean correctos.
    • Los formularios de ICE <b>I-200</b> e <b>I-205</b> los firma un oficial de inmigración, no un juez. Por estos formularios usted no tiene que abrir la puerta ni dejar entrar a los agentes.
    • Una orden de un juez puede permitir que los agentes entren. Una orden de registro solo les permite registrar los lugares que menciona. Una orden de arresto les permite entrar a la casa de la persona nombrada si creen que esa persona está adentro. Usted sigue teniendo derecho a guardar silencio.
    
    <b>Cuidado: un memorando de ICE que se hizo público en 2026</b>
    Un memorando de ICE de mayo de 2025, que se hizo público en enero de 2026, dice que los agentes pueden entrar a la fuerza en una casa con un formulario I-205 cuando la persona tiene una orden final de deportación. Expertos legales y defensores dicen que esto viola la Constitución de EE. UU., y se está cuestionando en la corte. Si los agentes entran a la fuerza:
    • no pelee, no se resista ni corra;
    • diga claramente: "No doy mi consentimiento";
    • guarde silencio y no firme nada;
    • llame a un abogado lo antes posible.
    
    <b>Es bueno saber</b>
    • Abrir la puerta, aunque sea un poco, se puede tomar como permiso para entrar. Además, los agentes pueden ver quién está adentro.
    • Todas las personas en la casa tienen derecho a guardar silencio.
    • A veces los agentes dicen que son "la policía" o que hay un problema con su carro, para que usted salga. Pregunte siempre de qué agencia son.
    • No mienta. No muestre papeles falsos. Nunca diga que es ciudadano de EE. UU. si no lo es.
    • Puede mostrar una tarjeta roja por la ventana o pasarla por debajo de la puerta. Dice que usted va a guardar silencio y que no abrirá sin una orden de un juez.
    • Después, anote lo que pasó: la hora, la agencia, los nombres y los números de placa.
    • Llame al 911 si alguien está herido o en peligro.

## ---------------------------------------------------------------- ice_at_work

ice_at_work-title = ICE en el trabajo
ice_at_work-summary = Mantenga la calma, no corra, guarde silencio y no firme nada; en áreas privadas necesitan una orden de un juez.
ice_at_work-now =
    1. Mantenga la calma. No corra.
    2. Pregunte: "¿Me puedo ir?" Si le dicen que sí, váyase con calma.
    3. Si no, diga: "Voy a guardar silencio. Quiero un abogado."
    4. No firme nada. No muestre papeles falsos ni papeles de otro país.
    5. Llame al número de abajo o toque "A quién llamar".
ice_at_work-body =
    <b>A dónde pueden entrar los agentes</b>
    • ICE puede entrar sin orden a las áreas públicas de un negocio: la recepción, el comedor, el estacionamiento.
    • Para entrar a áreas privadas (una cocina, una oficina interna, cuartos solo para empleados), ICE necesita una orden firmada por un juez o el permiso del empleador. Un formulario firmado por un oficial de inmigración no es suficiente.
    • El dueño o el gerente decide si deja entrar a los agentes a las áreas privadas. Usted puede recordarle a su empleador que puede decir que no si no hay una orden de un juez. Los letreros de "Solo empleados" ayudan a marcar las áreas privadas.
    
    <b>Sus derechos en el trabajo</b>
    • Usted no tiene que decir dónde nació, cuál es su estatus migratorio ni cómo llegó a EE. UU.
    • Diga: "No doy mi consentimiento para un registro" de usted o de sus cosas.
    • No tiene que ponerse en un grupo separado por estatus migratorio. Guarde silencio y no se oponga físicamente.
    • Si tiene un estatus migratorio legal y los agentes de ICE se lo piden, debe mostrarles una prueba.
    
    <b>No empeore las cosas</b>
    • No corra ni se resista físicamente, aunque crea que los agentes están equivocados.
    • No mienta, y nunca muestre documentos falsos. Si corre o usa papeles falsos, eso se puede usar en su contra y puede traerle nuevos cargos.
    
    <b>Si puede hacerlo de forma segura</b>
    • Grabe, o anote los números de placa, los nombres y a quién se llevaron. No se meta en el camino de los agentes.
    • Avise a las familias de los compañeros que se llevaron. Pueden buscarlos con el ICE Online Detainee Locator (el buscador de detenidos de ICE).

## ---------------------------------------------------------------- ice_at_courthouse

ice_at_courthouse-title = ICE en la corte
ice_at_courthouse-summary = Connecticut limita los arrestos de ICE en las cortes estatales, pero no falte: hable con un abogado antes de su fecha.
ice_at_courthouse-now =
    1. No falte a la corte. Faltar puede empeorar mucho las cosas.
    2. Antes de su fecha, hable con su abogado o defensor público, y con un abogado de inmigración.
    3. Vaya a la corte con alguien de confianza.
    4. Si los agentes lo paran, guarde silencio, pida un abogado y no firme nada.
    5. Llame al número de abajo para pedir ayuda legal. Para revisar su fecha en la corte de inmigración, toque "A quién llamar".
ice_at_courthouse-body =
    <b>La ley de Connecticut desde el 18 de noviembre de 2025</b>
    • Ningún oficial, incluido ICE, puede hacer un arresto civil (como un arresto de inmigración) en los terrenos de una corte <b>estatal</b> de Connecticut, a menos que primero avise a un alguacil judicial y le muestre papeles. Los papeles deben mostrar una orden firmada por un juez, una condena por un delito grave (felony) de clase A o B o por uno de 13 delitos de una lista, o una posible coincidencia con la lista de vigilancia de terroristas. El alguacil debe revisarlos.
    • Los "terrenos de la corte" incluyen el edificio, los estacionamientos y garajes de la corte, y las aceras y pasillos de al lado. La regla protege a todos los que están ahí, no solo a quienes tienen un caso.
    • Los oficiales no pueden usar máscara en los terrenos de la corte, salvo que la necesiten por razones médicas y un juez lo haya aprobado antes.
    • Violar la regla se puede castigar como desacato a la corte (una multa de hasta $100, hasta 6 meses de cárcel, o ambas). Una persona perjudicada puede demandar.
    • La regla es solo para arrestos civiles. No impide los arrestos por delitos.
    • ICE sí arrestó a personas en cortes de Connecticut en 2025. Ninguna corte ha decidido aún si las cortes estatales pueden obligar a los agentes de ICE a cumplir esta ley. Por eso, planee con tiempo.
    • En agosto de 2025, la corte federal de Connecticut (U.S. District Court) también prohibió los arrestos de inmigración en sus propios edificios.
    
    <b>La corte de inmigración es diferente</b>
    Las cortes de inmigración son federales. La ley de Connecticut sobre las cortes no las cubre. Desde mayo de 2025, ICE ha arrestado a personas en las cortes de inmigración o cerca de ellas. Hable con un abogado antes de su audiencia, pero no deje de ir sin más.
    
    <b>Por qué no debe faltar a la corte</b>
    • Si falta a una cita en una corte estatal, el juez puede ordenar su arresto.
    • Si falta a una audiencia de inmigración, el juez puede ordenar su deportación "in absentia" (sin que usted esté presente). Después, ICE puede arrestarlo y deportarlo sin otra audiencia.
    • Mantenga su dirección al día con la corte de inmigración.
    • Algunos grupos comunitarios, como ULA en New Haven, acompañan a la gente a la corte. Pregunte a un grupo local si alguien puede ir con usted.

## ---------------------------------------------------------------- stopped_in_public

stopped_in_public-title = Lo paran en la calle
stopped_in_public-summary = Si ICE o la policía lo paran en la calle, mantenga la calma, pregunte si se puede ir y no hable de su estatus.
stopped_in_public-now =
    1. Mantenga la calma. No corra ni se resista. Deje las manos donde se puedan ver.
    2. Pregunte: "¿Me puedo ir?" Si le dicen que sí, váyase con calma.
    3. Si no, diga: "Voy a guardar silencio. Quiero hablar con un abogado."
    4. Si le preguntan su nombre, déselo. No tiene que contestar otras preguntas.
    5. Diga: "No doy mi consentimiento para un registro." Nunca muestre papeles falsos.
stopped_in_public-body =
    <b>Lo que usted no tiene que hacer</b>
    • No tiene que decir dónde nació, cuál es su estatus migratorio ni cómo llegó a EE. UU.
    • Puede negarse a un registro. Aun así, los oficiales pueden palpar su ropa por fuera para buscar armas. No se oponga.
    
    <b>Su nombre</b>
    La ayuda legal de Connecticut (CTLawHelp) dice que si los funcionarios le preguntan su nombre, usted debe decírselo. Dar su nombre no significa que tenga que contestar nada más.
    
    <b>Papeles</b>
    • Nunca muestre documentos falsos. Nunca diga que es ciudadano de EE. UU. si no lo es.
    • Los defensores de los inmigrantes recomiendan no llevar papeles de otro país, como un pasaporte extranjero, que muestren su nacionalidad.
    • Si tiene un estatus migratorio legal (por ejemplo, una green card o una visa), debe mostrar una prueba a los agentes de ICE si se la piden. No tiene que mostrársela a la policía local.
    
    <b>¿Policía o ICE?</b>
    • La policía local e ICE son diferentes. La Trust Act de Connecticut limita cómo la policía estatal y local ayuda a ICE. New Haven y Hartford les piden a sus policías que no pregunten por el estatus migratorio.
    • A veces los agentes de ICE dicen que son "policía". Pregunte de qué agencia son.
    • Una ley de Connecticut de 2026 dice que los oficiales, incluidos los agentes federales, deben mostrar una placa y una identificación con su nombre, y no pueden taparse la cara en la mayoría de los casos. El Departamento de Justicia de EE. UU. está cuestionando esta ley en la corte.
    
    <b>Si ve que paran a otra persona</b>
    Puede grabar a la policía y a los agentes federales mientras trabajan en público. Manténgase a distancia, no se meta en el camino y retírese si se lo piden.

## ---------------------------------------------------------------- stopped_in_car

stopped_in_car-title = Lo paran en su carro
stopped_in_car-summary = Oríllese con cuidado, manos a la vista; el conductor muestra la licencia, pero nadie tiene que hablar de su estatus.
stopped_in_car-now =
    1. Oríllese en un lugar seguro. Apague el motor y prenda la luz de adentro.
    2. Deje las manos donde se puedan ver.
    3. Conductor: si se lo piden, muestre su licencia, la registración del carro y el seguro. Nunca muestre papeles falsos.
    4. Diga: "No doy mi consentimiento para un registro." Si registran de todos modos, no se resista.
    5. No tiene que contestar preguntas sobre su estatus ni sobre dónde nació.
stopped_in_car-body =
    <b>Conductor y pasajeros</b>
    • El conductor debe mostrar su licencia de conducir, la registración del carro y una prueba del seguro cuando se lo pidan.
    • Pasajeros: las guías generales sobre sus derechos dicen que los pasajeros no tienen que mostrar identificación ni contestar preguntas, y pueden preguntar: "¿Me puedo ir?" No pudimos confirmar la regla exacta de Connecticut para los pasajeros, así que consulte con un abogado.
    • Nadie en el carro tiene que contestar preguntas sobre su estatus migratorio, dónde nació o cómo llegó a EE. UU.
    • Puede negarse a que registren el carro, pero no se lo impida físicamente a los oficiales si lo registran de todos modos.
    
    <b>¿Policía o ICE?</b>
    • ICE usa muchas veces carros sin marcas y agentes con ropa normal. Usted debe parar el carro si los oficiales dicen quiénes son y le hacen señales con luces o sirena. Pregunte de qué agencia son.
    • Si son de ICE y usted tiene un estatus migratorio legal, muestre una prueba.
    • Con la policía, puede anotar el nombre y el número de placa del oficial.
    
    <b>Licencias solo para manejar</b>
    Connecticut da licencias solo para manejar (drive-only) a las personas que no pueden probar su presencia legal (CGS § 14-36m). Es una licencia de verdad para manejar. No sirve como identificación federal, por ejemplo para subir a un avión.
    
    <b>Perfil racial</b>
    Después de una parada de tránsito en Connecticut, la policía debe decirle cómo presentar una queja por perfil racial. Puede presentarla ante el departamento de policía o ante CHRO.

## ---------------------------------------------------------------- detained_now

detained_now-title = Detenido por ICE
detained_now-summary = Guarde silencio, pida un abogado, no firme nada y dele a su familia su número A (A-number).
detained_now-now =
    1. Guarde silencio. Diga: "Voy a guardar silencio. Quiero un abogado."
    2. No firme nada sin un abogado, sobre todo la salida voluntaria o la deportación estipulada.
    3. Pida la lista de servicios legales gratuitos.
    4. Averigüe su número A (A-number) y déselo a su familia.
    5. Llame a un familiar o a un abogado cuyo número se sepa de memoria.
detained_now-body =
    <b>Sus derechos bajo custodia de ICE</b>
    • Hable de su estatus migratorio solo con su abogado.
    • Firmar papeles como la <b>salida voluntaria</b> (voluntary departure) o la <b>deportación estipulada</b> (stipulated removal) puede significar renunciar a su oportunidad de quedarse en EE. UU. Hable primero con un abogado.
    • El gobierno no le da un abogado gratis en la corte de inmigración. Pida la lista de servicios legales gratuitos o de bajo costo. CCIF ofrece defensa gratuita contra la deportación, con programas en New Haven y Hartford. Llame para preguntar si califica.
    • Tiene derecho a comunicarse con el consulado de su país, o a pedir a los oficiales que avisen al consulado.
    • Pregúntele a un abogado si puede tener una audiencia de fianza para salir libre mientras sigue su caso. Algunas personas no califican.
    
    <b>Las llamadas se vigilan</b>
    Las llamadas desde la detención se escuchan. En esas llamadas no hable de dónde nació, de su estatus ni de antecedentes penales. Deje eso para su abogado.
    
    <b>Su número A</b>
    Es un número de 8 o 9 dígitos que aparece en sus papeles de inmigración, arriba a la derecha del Aviso de Comparecencia (Notice to Appear, formulario I-862). Su familia y su abogado lo necesitan para encontrarlo y saber sus fechas en la corte.
    
    <b>Si se trata de un familiar suyo</b>
    • Búsquelo con el ICE Online Detainee Locator (el buscador de detenidos de ICE), con su número A, o con su nombre exacto y su país de nacimiento.
    • La línea de ICE para detenidos (DRIL) también puede ayudar.
    • Llame a un abogado de inmediato.
    • Solo un abogado o un representante acreditado por el DOJ puede dar ayuda legal de inmigración. Un "notario" no puede.
    
    <b>Esté preparado</b>
    Apréndase de memoria el teléfono de un familiar o amigo (mejor si tiene estatus migratorio legal) y el de un abogado. Tenga también una lista escrita.

## ---------------------------------------------------------------- find_detained

find_detained-title = Buscar a un detenido
find_detained-summary = Use el buscador en línea de ICE con el número A de la persona, o su nombre y país de nacimiento, y llame a un abogado.
find_detained-now =
    1. Si puede, busque el número A (A-number) de la persona. Está en sus papeles de inmigración.
    2. Búsquela en el ICE Online Detainee Locator, en locator.ice.gov.
    3. ¿No aparece? Llame a la línea DRIL de ICE (el número de abajo) y vuelva a buscar más tarde.
    4. Llame a un abogado ahora. No espere. Toque "A quién llamar".
    5. Revise su próxima fecha en la corte de inmigración. La línea telefónica de la corte está en "A quién llamar".
find_detained-body =
    <b>Cómo usar el buscador</b>
    • Con el número A: tiene 9 dígitos. Si es más corto, agregue ceros al principio (12345678 se vuelve 012345678). Después elija su país de nacimiento.
    • Con el nombre: escriba su nombre y apellido exactos y su país de nacimiento. La fecha de nacimiento es opcional, pero agréguela si la sabe.
    • El buscador se actualiza en unas 8 horas tras un traslado o una liberación: intente de nuevo más tarde.
    • Solo muestra adultos (18 años o más) bajo custodia de ICE, o liberados en los últimos 60 días. Si es un niño, pregunte a un abogado.
    
    <b>Línea DRIL de ICE</b>
    Si el buscador no muestra nada, quizás acaban de trasladar a la persona. La línea DRIL puede ayudarle a encontrarla. También puede denunciar abusos en la detención, problemas para comunicarse con un abogado, o un padre o una madre separados de sus hijos.
    
    <b>Línea de la corte de inmigración (EOIR)</b>
    Con el número A, la línea telefónica o el sitio web le dice la fecha, la hora y el lugar de la próxima audiencia, y la decisión del juez. No muestra las audiencias de fianza.
    
    <b>Después de encontrarla</b>
    • Contacte al centro de detención para preguntar por llamadas, visitas y cómo depositar dinero en su cuenta.
    • Las llamadas se vigilan. Por teléfono, no hable de su estatus, su país de nacimiento ni sus antecedentes penales.
    • Consiga un abogado. CCIF ofrece defensa gratuita contra la deportación, con programas en New Haven y Hartford. Llame para preguntar si califica.
    • Solo un abogado o un representante acreditado por el DOJ puede dar ayuda legal de inmigración. Un "notario" no puede. Nunca le dé a nadie documentos originales.

## ---------------------------------------------------------------- file_complaint

file_complaint-title = Presentar una queja
file_complaint-summary = Quejas por mala conducta de ICE, CBP o la policía, por discriminación o por violaciones de la Trust Act en Connecticut.
file_complaint-body =
    <b>Primero, deje constancia</b>
    Anote nombres, números de placa, fecha, hora, lugar y lo que pasó. Guarde fotos, videos, papeles y los nombres de los testigos.
    
    <b>ICE o CBP (agentes federales)</b>
    • <b>Inspector General del DHS (OIG):</b> quejas por mala conducta del personal del DHS, como uso de la fuerza, perfil racial o negación de derechos. No es línea de emergencia; si está en peligro, llame al 911.
    • <b>Oficina de Derechos Civiles del DHS (CRCL):</b> el DHS la recortó en 2025, así que presente la queja para que conste y avise también a un abogado.
    • Problemas en la detención (abusos, no poder ver a un abogado): la línea DRIL de ICE, 1-888-351-4024.
    
    <b>Policía de Connecticut</b>
    • Presente la queja en el departamento de policía del oficial. Cada departamento de Connecticut debe tener una política de quejas pública. Hay un formulario estatal (de POST) en inglés y español.
    • Perfil racial en una parada de tránsito: presente la queja ante el departamento o ante CHRO.
    • El Inspector General de CT solo investiga la fuerza mortal usada por la policía y las muertes bajo custodia (desde 2026, también de agentes federales). No es línea de quejas general.
    
    <b>Violaciones de la Trust Act</b>
    Si la policía de un municipio (o su policía escolar) ayudó a ICE como la Trust Act prohíbe, desde el 1 de octubre de 2025 puede demandar al municipio en la Superior Court para pedir una orden de la corte. No recibirá dinero por daños, pero si gana, el municipio puede tener que pagar a su abogado. No aplica a agencias estatales como la Policía Estatal o las prisiones.
    
    <b>Arrestos en cortes estatales</b>
    Si ICE o la policía violan la ley de 2025 sobre arrestos en cortes estatales, quien resulte perjudicado puede demandar en la Superior Court, también para pedir dinero por daños.
    
    <b>Demandar por sus derechos constitucionales (ley de 2026)</b>
    La Public Act 26-14, firmada el 4 de mayo de 2026, le permite demandar a cualquiera, también a oficiales federales, que viole sus derechos constitucionales (los de la Constitución de EE. UU.). Puede pedir dinero y el pago de su abogado. El Fiscal General del estado ahora también puede demandar. El Departamento de Justicia de EE. UU. cuestiona esta ley en la corte federal (demanda de la primavera de 2026): hable con un abogado.
    
    <b>Discriminación</b>
    CHRO atiende la discriminación en el trabajo, la vivienda, lugares públicos (como tiendas) y el crédito, por ejemplo por origen nacional. No atiende quejas contra ICE. Contáctela pronto: algunas quejas deben presentarse dentro de 180 días.
    
    <b>Ayuda legal</b>
    Para ayuda legal gratuita, llame a Statewide Legal Services: 1-800-453-3320.

## ---------------------------------------------------------------- legal_help

legal_help-title = Encontrar un abogado
legal_help-summary = Ayuda legal de inmigración gratuita o de bajo costo en Connecticut, y cómo evitar el fraude de notarios.
legal_help-body =
    <b>Quién puede ayudarle con inmigración</b>
    Solo un abogado con licencia, o un representante acreditado por el DOJ en una organización sin fines de lucro reconocida, puede darle ayuda legal de inmigración. Un "notario" o notary public <b>no</b> es abogado.
    
    <b>Ayuda legal gratuita en Connecticut</b>
    • <b>CCIF:</b> defensa gratuita contra la deportación para personas detenidas por ICE o con casos de deportación (removal), y para quienes piden asilo. Programas en New Haven y Hartford. Llame para preguntar si califica.
    • <b>SLS:</b> la línea principal de ayuda legal gratuita en casos civiles. Por lo general, para personas con ingresos hasta el 125% del nivel federal de pobreza.
    • <b>NHLAA:</b> ayuda legal en la zona de New Haven. Si es indocumentado y vive allí, llame directamente a NHLAA, no a SLS. NHLAA no informa el estatus migratorio a la policía ni a nadie más.
    • <b>Directorio IAN:</b> busque por código postal ayuda de inmigración gratuita o de bajo costo de grupos sin fines de lucro.
    
    <b>Protéjase del fraude de notarios</b>
    • Los formularios de inmigración del gobierno son gratis.
    • Nunca firme un formulario en blanco.
    • Nunca entregue sus documentos originales. Dé copias.
    • Revise que el sitio web del gobierno termine en .gov.
    • Denuncie el fraude ante el Departamento de Protección al Consumidor de CT, o ante la FTC (ReportFraud.ftc.gov, 1-877-382-4357, en inglés o español). Escriba "Notario Publico" en su queja.
    • Si ya lo estafaron, vea pronto a un abogado de inmigración de verdad. A veces el daño se puede arreglar.

## ---------------------------------------------------------------- rapid_response

rapid_response-title = Reportar actividad de ICE
rapid_response-summary = Cómo reportar actividad de ICE de forma segura, y cómo verificar un reporte antes de compartirlo.
rapid_response-body =
    <b>¿Hay una línea de ayuda en Connecticut?</b>
    No pudimos confirmar el número de ninguna línea de respuesta rápida de Connecticut. Grupos de New Haven y Danbury tienen líneas, pero no pudimos verificar sus números. Pida el número actual a un grupo local de inmigrantes de confianza. Mientras tanto, use la línea nacional de United We Dream de abajo.
    Nunca llame a la línea de denuncias de ICE. Sirve para denunciar personas ante ICE.
    
    <b>Si ve a ICE</b>
    1. Su seguridad es lo primero. Manténgase a una distancia segura y no estorbe.
    2. Verifique si de verdad es ICE: busque las marcas de ICE en chalecos, gorras y chaquetas.
    3. Grabe video o tome notas a una distancia segura.
    4. Anote la hora, la fecha y el lugar exacto; cuántos agentes y vehículos; las placas de los carros; los uniformes y las placas de los agentes; lo que se dijo; si usaron la fuerza.
    5. Si están deteniendo a alguien, dígale que puede guardar silencio y pedir un abogado. Pregúntele a quién quiere que llame.
    6. Repórtelo a una línea de respuesta rápida.
    
    Muchas redes piden los reportes en el orden <b>SALUTE</b> (en inglés): Size (cuántos), Activity (actividad), Location (lugar), Uniform (uniforme), Time (hora), Equipment (carros, equipo).
    
    <b>Verifique antes de compartir</b>
    • Las falsas alarmas siembran miedo. Hacen que la gente no vaya al trabajo, a la escuela ni al médico.
    • No reenvíe capturas de pantalla ni mensajes de "me dijo un amigo". Verifique con una red de respuesta rápida, un grupo legal o de derechos de los inmigrantes conocido, o noticias locales confiables.
    • Marque cualquier reporte como "SIN CONFIRMAR" hasta que alguien lo verifique.
    • No publique fotos que muestren a quién están deteniendo. Dé las grabaciones a la familia o a su abogado. No transmita en vivo.
    • En una propiedad privada, el dueño pone las reglas. Tenga cuidado con el audio: la ley de Connecticut limita grabar conversaciones privadas sin consentimiento.

## ---------------------------------------------------------------- family_plan

family_plan-title = Hacer un plan familiar
family_plan-summary = Planee ya qué pasará con sus hijos, papeles y dinero si detienen a uno de los padres, con formularios gratis de CT.
family_plan-body =
    <b>El Plan de Preparación Familiar de Connecticut</b>
    Una guía gratuita del estado. No necesita abogado ni corte. Está en 9 idiomas, como español, portugués y criollo haitiano. Trae un plan de cuidado infantil, un formulario de tutor de reserva (standby guardian), una lista de documentos para reunir y advertencias sobre estafas.
    
    <b>Un tutor de reserva (standby guardian) para sus hijos</b>
    • El padre o la madre puede nombrar por escrito a una persona para cuidar a los niños si lo detienen (CGS §§ 45a-624 a 45a-624g).
    • Fírmelo y póngale la fecha frente a dos testigos. Dele una copia a la persona que nombró.
    • Los dos padres, si están vivos, deben estar de acuerdo, salvo que uno haya perdido la tutela o la patria potestad.
    • Puede empezar cuando detienen al padre o a la madre. Dura hasta un año, o hasta que pueda volver a cuidar a los niños. Puede cancelarlo cuando quiera. No necesita ir a la corte.
    • Si puede durar más, o si el otro padre no está de acuerdo, pregunte a la ayuda legal por la tutela en la corte de sucesiones (probate court).
    
    <b>Otros pasos</b>
    1. Elija a un adulto de confianza y hable con él o ella del plan.
    2. Actualice los contactos de emergencia en la escuela y la guardería de sus hijos.
    3. Firme un permiso por escrito para que esa persona pueda tomar decisiones médicas y escolares.
    4. Piense en un poder legal (power of attorney) para su dinero y sus bienes.
    5. Guarde juntos los certificados de nacimiento y los pasaportes.
    6. Dele copias de sus papeles de inmigración y su número A a una persona de confianza.
    7. Memorice los teléfonos importantes y tenga una lista escrita.
    
    <b>Recuerde</b>
    • Los niños nacidos en EE. UU. son ciudadanos de EE. UU.
    • Nunca le dé documentos originales a un notario.

## ---------------------------------------------------------------- know_your_rights

know_your_rights-title = Conozca sus derechos
know_your_rights-summary = Una lista corta de sus derechos si ICE o la policía lo paran, para guardar en su teléfono y compartir.
know_your_rights-body =
    Todas las personas en EE. UU. tienen estos derechos, sin importar su estatus migratorio. Usarlos quizás no evite un arresto en ese momento, pero protege su caso después.
    
    • <b>No abra la puerta.</b> Pida a los agentes que pasen por debajo de la puerta cualquier orden que tengan. Una orden firmada por un juez puede permitirles entrar. Los formularios I-200 e I-205 de ICE los firma un oficial, no un juez, y usted no tiene que abrir la puerta por ellos.
    • <b>Guarde silencio.</b> No tiene que decir dónde nació, su estatus ni cómo llegó a EE. UU. En Connecticut, la ayuda legal recomienda dar su nombre si los funcionarios se lo piden.
    • <b>No firme nada</b> sin un abogado.
    • <b>Pida un abogado.</b>
    • <b>Diga: "No doy mi consentimiento para un registro."</b>
    • <b>Pregunte: "¿Me puedo ir?"</b> Si le dicen que sí, váyase con calma.
    • <b>No mienta, no corra, no se resista.</b> Nunca muestre papeles falsos ni diga que es ciudadano de EE. UU. si no lo es.
    • <b>Lleve una tarjeta roja.</b> Dice que usted va a guardar silencio, que no abrirá la puerta sin una orden de un juez y que no da su consentimiento para un registro. Puede mostrarla en vez de hablar.
    
    <b>Qué decir</b>
    "Voy a guardar silencio. Quiero hablar con un abogado. No doy mi consentimiento para un registro. No doy mi consentimiento para que entren."
    
    <b>Una advertencia</b>
    Ahora ICE dice que puede entrar a la fuerza en una casa con un formulario I-205 cuando alguien tiene una orden final de deportación. Esto se está cuestionando en la corte. Si los agentes entran a la fuerza, no se resista. Diga que no da su consentimiento y guarde silencio.
    
    <b>Prepárese</b>
    Apréndase de memoria el teléfono de un abogado y el de un familiar, y haga un plan familiar.

## ---------------------------------------------------------------- community_support

community_support-title = Grupos comunitarios
community_support-summary = Grupos de CT que apoyan a inmigrantes: organización, talleres, jóvenes, apoyo en la corte y necesidades básicas.
community_support-body =
    Estos grupos trabajan con inmigrantes en Connecticut. Pregúnteles por talleres, apoyo y lo que está pasando cerca de usted.
    
    • <b>CIRC (Connecticut Immigrant and Refugee Coalition):</b> una red estatal de grupos comunitarios, religiosos, empresariales y legales, con sede en Hartford.
    • <b>ULA (Unidad Latina en Acción), New Haven:</b> derechos de los trabajadores y salarios no pagados, y personas que lo acompañan a la corte. En español, mam, totonaco y kaqchikel.
    • <b>C4D (Connecticut Students for a Dream):</b> dirigido por jóvenes indocumentados. Ayuda para la universidad y talleres sobre sus derechos.
    • <b>Make the Road Connecticut:</b> servicios legales y de apoyo, organización comunitaria y ayuda para conocer sus derechos, en Bridgeport y Hartford.
    • <b>2-1-1:</b> ayuda gratuita con comida, vivienda, servicios básicos y crisis de salud mental, las 24 horas, en muchos idiomas.
    
    Algunos grupos locales también tienen equipos de respuesta rápida, por ejemplo en New Haven y Danbury. No pudimos confirmar sus números, así que pida la línea actual a un grupo de su confianza.
    
    Los grupos comunitarios pueden ponerlo en contacto con ayuda, pero solo un abogado o un representante acreditado por el DOJ puede darle asesoría legal de inmigración.
