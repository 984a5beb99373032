## One line per referral in intents/referrals.toml: what it helps with, and its hours and limits
## where the fact sheets give them. No phone numbers here: the bot prints them from the TOML.
## Facts: /work/shared/facts/resources-and-rights.md (Part A) and ct-law-addendum.md. Reviewed 2026-11-27.
## Spanish (es), neutral Latin American, "usted".

ref-emergency_911 = Llame al 911 si alguien está herido o en peligro ahora.
ref-ct_211 = Ayuda gratuita y confidencial en muchos idiomas, las 24 horas, con comida, vivienda, servicios básicos y crisis de salud mental.
ref-sls = Ayuda legal civil gratuita para personas de bajos ingresos (por lo general, hasta el 125% del nivel federal de pobreza), con línea abierta de lunes a viernes de 9 a.m. a 12 p.m. y de 1 a 2 p.m.; las personas indocumentadas de la zona de New Haven deben llamar directo a NHLAA.
ref-nhlaa = Ayuda legal gratuita en la zona de Greater New Haven, incluida la defensa contra la deportación; las personas indocumentadas pueden llamar directamente, y no informa el estatus migratorio a la policía ni a nadie más.
ref-ccif = Defensa gratuita contra la deportación para personas detenidas por ICE o con casos de deportación (removal), y para quienes piden asilo, con programas en New Haven y Hartford; llame para preguntar si califica.
ref-uwd_hotline = Línea nacional de defensa contra la deportación de United We Dream, para reportar actividad de ICE y pedir ayuda.
ref-ice_locator = Sitio web de ICE para encontrar a un adulto bajo custodia de ICE con el número A (A-number) o el nombre exacto, más el país de nacimiento; se actualiza en unas 8 horas.
ref-ice_dril = Línea de ICE para encontrar a una persona detenida y reportar abusos o problemas graves en la detención, dificultades para hablar con un abogado o la separación de sus hijos; atención en vivo de lunes a viernes de 8 a.m. a 8 p.m., hora del Este (no feriados), con ayuda en español.
ref-eoir = Información de la corte de inmigración con el número A, las 24 horas, en inglés y español: fecha, hora y lugar de la próxima audiencia, y la decisión del juez (no incluye audiencias de fianza).
ref-chro = Oficina gratuita de Connecticut contra la discriminación en el trabajo, la vivienda, lugares públicos y el crédito, por ejemplo por origen nacional; no recibe quejas contra ICE; contáctela pronto: algunas quejas vencen a los 180 días.
ref-dhs_oig = Oficina federal que recibe quejas por mala conducta del personal del DHS, incluidos ICE y CBP, como uso de la fuerza, perfil racial o negación de derechos; no es línea de emergencia ni atiende las 24 horas.
ref-dhs_crcl = Oficina federal para quejas de derechos civiles contra ICE, CBP y otras partes del DHS; el DHS la recortó en 2025: presente la queja para que conste y avise también a un abogado.
ref-aclu_ct = Ayuda legal gratuita en derechos civiles, sobre todo en casos que afectan a muchas personas; se pide por formulario web, correo electrónico o carta, no por teléfono; no ayuda en emergencias.
ref-ct_oig = Oficina de Connecticut que solo investiga el uso de fuerza mortal por la policía y las muertes bajo custodia policial o en prisión; no es una línea de quejas general.
ref-ct_safe_connect = Ayuda gratuita y confidencial para casos de violencia doméstica, las 24 horas, por teléfono, texto, correo o chat, en muchos idiomas: planes de seguridad, consejería y ayuda para encontrar refugio.
ref-ct_sexual_assault = Línea gratuita y confidencial las 24 horas para sobrevivientes de violencia sexual, con un número en inglés y otro en español, y alguien que lo acompañe al hospital, a la policía o a la corte.
ref-trafficking_hotline = Línea nacional de ayuda si usted o alguien que conoce puede ser víctima de trata de personas.
ref-ian_directory = Lista en línea de servicios legales de inmigración gratuitos o de bajo costo, sin fines de lucro, que puede buscar por estado y código postal.
ref-dcp = Oficina de Connecticut para denunciar el fraude de notarios y otras estafas, incluso en línea y de forma anónima, pero las quejas pueden hacerse públicas.
ref-ftc = Oficina federal donde puede denunciar el fraude de notarios y otras estafas, en inglés o en español; escriba "Notario Publico" en su queja.
ref-ct_family_plan = Guía gratuita del estado para planear el cuidado de sus hijos si detienen a un padre o madre, con formulario de tutor temporal (standby guardian), en 9 idiomas y sin abogado ni corte.
ref-ctlawhelp = Artículos gratuitos de autoayuda de la ayuda legal de Connecticut, en inglés y español, sobre derechos de los inmigrantes y cómo proteger a sus hijos.
ref-ilrc_red_cards = Tarjetas para imprimir y llevar que dicen que usted guardará silencio, no abrirá la puerta sin una orden de un juez y no da su consentimiento para un registro; en muchos idiomas.
ref-ct_ag = Oficina del consumidor del Fiscal General (Attorney General) de Connecticut, que recibe quejas sobre estafas por formulario en línea, pero no puede darle asesoría legal privada.
ref-circ = Red estatal con sede en Hartford de grupos comunitarios, religiosos, empresariales y legales que apoyan a inmigrantes y refugiados.
ref-ula = Grupo comunitario de inmigrantes de New Haven que ayuda a trabajadores con salarios no pagados y acompaña a las personas a la corte, en español, mam, totonaco y kaqchikel.
ref-c4d = Grupo dirigido por jóvenes indocumentados, parte de la red United We Dream, que ofrece ayuda para entrar a la universidad y talleres sobre sus derechos.
ref-make_the_road_ct = Grupo comunitario en Bridgeport y Hartford que ofrece servicios legales y de apoyo, organización comunitaria y ayuda para conocer sus derechos.
