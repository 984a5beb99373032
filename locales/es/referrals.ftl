## One line per referral in intents/referrals.toml: what it helps with, and its hours and limits
## where the fact sheets give them. No phone numbers here: the bot prints them from the TOML.
## Facts: /work/shared/facts/resources-and-rights.md (Part A) and ct-law-addendum.md. Reviewed 2026-11-27.
## Each ref-<id>-short is one line of at most 60 characters, shown beside the name where space is tight
## (the first screen of an answer). "(en inglés)" or "(inglés)" marks a service documented in English only, where it fits.
## Spanish (es), neutral Latin American, "usted".

ref-emergency_911 = Llame al 911 si alguien está herido o en peligro ahora.
ref-emergency_911-short = Emergencias: alguien está herido o en peligro ahora
ref-ct_211 = Ayuda gratuita y confidencial en muchos idiomas, las 24 horas, con comida, vivienda, servicios básicos y crisis de salud mental.
ref-ct_211-short = Comida, vivienda y crisis, 24 horas, en muchos idiomas
ref-sls = Ayuda legal civil gratuita para personas de bajos ingresos (por lo general, hasta el 125% del nivel federal de pobreza), con línea abierta de lunes a viernes de 9 a.m. a 12 p.m. y de 1 a 2 p.m.; las personas indocumentadas de la zona de New Haven deben llamar directo a NHLAA.
ref-sls-short = Ayuda legal gratis si tiene bajos ingresos; lunes a viernes
ref-nhlaa = Ayuda legal gratuita en la zona de Greater New Haven, incluida la defensa contra la deportación; las personas indocumentadas pueden llamar directamente, y no informa el estatus migratorio a la policía ni a nadie más.
ref-nhlaa-short = Ayuda legal gratis, New Haven; indocumentados pueden llamar
ref-ccif = Defensa gratuita contra la deportación para personas detenidas por ICE o con casos de deportación (removal), y para quienes piden asilo, con programas en New Haven y Hartford; llame para preguntar si califica.
ref-ccif-short = Defensa gratis contra la deportación; New Haven y Hartford
ref-uwd_hotline = Línea nacional de defensa contra la deportación de United We Dream, para reportar actividad de ICE y pedir ayuda.
ref-uwd_hotline-short = Línea nacional: reporte actividad de ICE y pida ayuda
ref-ice_locator = Sitio web de ICE para encontrar a un adulto bajo custodia de ICE con el número A (A-number) o el nombre exacto, más el país de nacimiento; se actualiza en unas 8 horas.
ref-ice_locator-short = Sitio web para encontrar a un adulto detenido por ICE
ref-ice_dril = Línea de ICE para encontrar a una persona detenida y denunciar abusos o problemas graves en la detención, dificultades para hablar con un abogado o la separación de sus hijos; atención en vivo de lunes a viernes de 8 a.m. a 8 p.m., hora del Este (no feriados), con ayuda en español.
ref-ice_dril-short = Línea de ICE para buscar a un detenido; lun. a vie., 8am–8pm
ref-eoir = Información de la corte de inmigración con el número A, las 24 horas, en inglés y español: fecha, hora y lugar de la próxima audiencia, y la decisión del juez (no incluye audiencias de fianza).
ref-eoir-short = Fechas en la corte de inmigración por número A, 24 horas
ref-chro = Oficina gratuita de Connecticut contra la discriminación en el trabajo, la vivienda, lugares públicos y el crédito, por ejemplo por origen nacional; no recibe quejas contra ICE; contáctela pronto: algunas quejas vencen a los 180 días.
ref-chro-short = Quejas por discriminación en CT; no sobre ICE (en inglés)
ref-dhs_oig = Oficina federal que recibe quejas por mala conducta del personal del DHS, incluidos ICE y CBP, como uso de la fuerza, perfil racial o negación de derechos; no es línea de emergencia ni atiende las 24 horas.
ref-dhs_oig-short = Mala conducta de ICE o CBP; no es para urgencias (en inglés)
ref-dhs_crcl = Oficina federal para quejas de derechos civiles contra ICE, CBP y otras partes del DHS; el DHS la recortó en 2025: presente la queja para que conste y avise también a un abogado.
ref-dhs_crcl-short = Quejas de derechos civiles al DHS; oficina recortada en 2025
ref-aclu_ct = Ayuda legal gratuita en derechos civiles, sobre todo en casos que afectan a muchas personas; se pide por formulario web, correo electrónico o carta, no por teléfono; no ayuda en emergencias.
ref-aclu_ct-short = Derechos civiles, por formulario; no urgencias (en inglés)
ref-ct_oig = Oficina de Connecticut que solo investiga el uso de fuerza mortal por la policía y las muertes bajo custodia policial o en prisión; no es una línea de quejas general.
ref-ct_oig-short = Solo fuerza mortal policial y muertes bajo custodia (inglés)
ref-ct_safe_connect = Ayuda gratuita y confidencial para casos de violencia doméstica, las 24 horas, por teléfono, texto, correo o chat, en muchos idiomas: planes de seguridad, consejería y ayuda para encontrar refugio.
ref-ct_safe_connect-short = Violencia doméstica: ayuda gratis y confidencial, 24 horas
ref-ct_sexual_assault = Línea gratuita y confidencial las 24 horas para sobrevivientes de violencia sexual, con un número en inglés y otro en español, y alguien que lo acompañe al hospital, a la policía o a la corte.
ref-ct_sexual_assault-short = Violencia sexual: ayuda las 24 horas, línea en español
ref-trafficking_hotline = Línea nacional de ayuda si usted o alguien que conoce puede ser víctima de trata de personas.
ref-trafficking_hotline-short = Ayuda para víctimas de trata de personas
ref-ian_directory = Lista en línea de servicios legales de inmigración gratuitos o de bajo costo, sin fines de lucro, que puede buscar por estado y código postal.
ref-ian_directory-short = Ayuda de inmigración gratis o barata por código postal
ref-dcp = Oficina de Connecticut para denunciar el fraude de notarios y otras estafas, incluso en línea y de forma anónima, pero las quejas pueden hacerse públicas.
ref-dcp-short = Denuncie fraude de notarios y estafas en CT (en inglés)
ref-ftc = Oficina federal donde puede denunciar el fraude de notarios y otras estafas, en inglés o en español; escriba "Notario Publico" en su queja.
ref-ftc-short = Denuncie fraude de notarios y estafas, en inglés o español
ref-ct_family_plan = Guía gratuita del estado para planear el cuidado de sus hijos si detienen a un padre o madre, con formulario de tutor de reserva (standby guardian), en 9 idiomas y sin abogado ni corte.
ref-ct_family_plan-short = Guía gratis del estado para el cuidado de sus hijos
ref-ctlawhelp = Artículos gratuitos de autoayuda de la ayuda legal de Connecticut, en inglés y español, sobre derechos de los inmigrantes y cómo proteger a sus hijos.
ref-ctlawhelp-short = Artículos gratis de la ayuda legal de CT sobre sus derechos
ref-ilrc_red_cards = Tarjetas para imprimir y llevar que dicen que usted guardará silencio, no abrirá la puerta sin una orden de un juez y no da su consentimiento para un registro; en muchos idiomas.
ref-ilrc_red_cards-short = Tarjetas que dicen que guardará silencio; muchos idiomas
ref-ct_ag = Oficina del consumidor del Fiscal General (Attorney General) de Connecticut, que recibe quejas sobre estafas por formulario en línea, pero no puede darle asesoría legal privada.
ref-ct_ag-short = Quejas por estafas, en línea; sin asesoría legal (en inglés)
ref-circ = Red estatal con sede en Hartford de grupos comunitarios, religiosos, empresariales y legales que apoyan a inmigrantes y refugiados.
ref-circ-short = Red estatal de apoyo a inmigrantes y refugiados (en inglés)
ref-ula = Grupo comunitario de inmigrantes de New Haven que ayuda a trabajadores con salarios no pagados y acompaña a las personas a la corte, en español, mam, totonaco y kaqchikel.
ref-ula-short = Grupo de New Haven: salarios no pagados, apoyo en la corte
ref-c4d = Grupo dirigido por jóvenes indocumentados, parte de la red United We Dream, que ofrece ayuda para entrar a la universidad y talleres sobre sus derechos.
ref-c4d-short = Dirigido por jóvenes: universidad y talleres de derechos
ref-make_the_road_ct = Grupo comunitario en Bridgeport y Hartford que ofrece servicios legales y de apoyo, organización comunitaria y ayuda para conocer sus derechos.
ref-make_the_road_ct-short = Apoyo y talleres sobre sus derechos; Bridgeport y Hartford
