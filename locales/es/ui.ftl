## Interface strings: menus, buttons, fallbacks, disclaimers, commands.
## Every locale has every message here, with the same variables.
## HTML allowed: <b>, <i>, <a href="...">. Escape & < > in text as &amp; &lt; &gt;.

# The language's own name, shown in the language picker.
lang-name = Español

## Welcome and menus

welcome =
    <b>Hola. Soy kyr, una guía sobre los derechos de los inmigrantes en Connecticut.</b>
    
    Hágame una pregunta con sus propias palabras, en español, inglés, portugués, criollo haitiano, francés, polaco, chino o árabe. Por ejemplo: "ICE está en mi puerta" o "Tengo una cita en la corte, ¿es seguro ir?"
    
    Si hay agentes de inmigración con usted ahora mismo, toque <b>ICE está aquí ahora</b>.
    
    Le doy información general, no es asesoría legal. No le pido su nombre ni su estatus migratorio.

menu-title = Elija un tema:
category-encounter = 🚨 ICE o policía aquí ahora
category-rights = ⚖️ Sus derechos y la ley
category-help = 🤝 Buscar ayuda
category-conversation = 💬 Sobre este bot
emergency-button = 🚨 ICE está aquí ahora
topics-button = 📋 Todos los temas
language-button = 🌐 Idioma
resources-button = ☎️ A quién llamar
share-button = 📤 Compartir esta respuesta
back-button = ⬅️ Volver a los temas

## Answers

who-to-call-heading = A quién llamar
related-heading = Temas relacionados:
footer = <i>Revisado por última vez el { $date }. Esto es información general, no es asesoría legal. Para su caso, hable con un abogado o con un grupo de ayuda legal gratuita.</i>
sms-line = Envíe un mensaje de texto con { $keyword } al { $number }
# Under a referral that does not serve the reader's language: the languages it does serve,
# by their own names (English, Español), without or with interpreters on request.
ref-languages = 🗣 Atienden en { $languages }: lleve a alguien que pueda interpretar.
ref-languages-interpreter = 🗣 Atienden en { $languages }: pida un intérprete en su idioma.

## Understanding

did-you-mean = No sé si le entendí bien. ¿Quiso decir alguno de estos temas?
fallback =
    Lo siento, solo puedo ayudar con los derechos de los inmigrantes en Connecticut: si ICE llega a su puerta, a su trabajo o a la corte, si la policía lo para, la detención, sus derechos según las leyes de Connecticut y dónde encontrar un abogado o presentar una queja.
    
    Elija un tema abajo o pregúnteme otra vez con otras palabras.
non-text = Solo puedo leer texto. Escriba su pregunta con palabras o elija un tema abajo.
empty-message = Su mensaje llegó vacío. Escriba su pregunta o elija un tema abajo.
unknown-command = No conozco ese comando. Esto es lo que puedo hacer:
stale-button = Ese botón es muy viejo y ya no funciona. Aquí tiene el menú otra vez.
other-language = 🌐 Todavía no puedo leer ese idioma. Hablo español, inglés, portugués, criollo haitiano, francés, polaco, chino y árabe: elija uno abajo. Si ICE está en su puerta, toque 🚨.

## Language

language-picker = Elija su idioma:
language-set = Listo. De ahora en adelante le voy a responder en español.
# Shown once, at the start, to a client set to Traditional Chinese (zh-Hant, zh-TW, zh-HK,
# zh-MO), whom kyr answers in Simplified Chinese: in Traditional characters in every locale,
# since only such a reader ever sees it.
traditional-chinese-note = 提示：kyr 目前只有簡體中文版本，以下的回答都使用簡體中文。

## Commands and their menu descriptions

help-text =
    <b>Cómo usar kyr</b>
    
    Escriba su pregunta con sus propias palabras, en cualquiera de mis ocho idiomas. Le voy a decir qué hacer, qué dice la ley y a quién llamar.
    
    /emergency: qué hacer si ICE está aquí ahora
    /report: reportar actividad de ICE (se revisa antes de alertar)
    /topics: todos los temas
    /resources: teléfonos y sitios web
    /language: cambiar de idioma
    /privacy: qué guardo sobre usted
    /forget: borrar lo que guardo
    /subscribe: recibir alertas verificadas de la comunidad
    /unsubscribe: dejar de recibir alertas
    
    En cualquier chat puede escribir @{ $bot } y unas palabras para compartir una respuesta.
cmd-start = Empezar y ver el menú
cmd-help = Cómo usar este bot
cmd-topics = Todos los temas
cmd-emergency = ICE está aquí: qué hacer
cmd-resources = A quién llamar: teléfonos y sitios web
cmd-language = Cambiar de idioma
cmd-privacy = Qué guarda este bot
cmd-forget = Borrar lo que guarda este bot
cmd-subscribe = Recibir alertas verificadas de la comunidad
cmd-unsubscribe = Dejar de recibir alertas de la comunidad
cmd-report = Reportar actividad de ICE (se revisa antes de alertar)
bot-short-description = Sus derechos en Connecticut si llega ICE. English, Español, Português, Kreyòl, Français, Polski, 中文, العربية.
bot-description = Información gratuita sobre sus derechos para inmigrantes en Connecticut y para las personas que los ayudan. Pregunte con sus propias palabras, en español, inglés, portugués, criollo haitiano, francés, polaco, chino o árabe. Información general, no es asesoría legal.

resources-heading = <b>A quién llamar</b>
resources-intro = Contactos revisados con fuentes públicas. En una emergencia, llame al 911.

## Privacy

privacy-text =
    <b>Qué guarda este bot</b>
    
    • El número de su chat y el idioma que eligió, para poder responderle en su idioma.
    • Si se suscribió a las alertas: las regiones que eligió.
    • Si envía un reporte de actividad de ICE: el reporte (lugar, dónde, lo que vio, la foto) y el número de su chat, solo para decirle si se confirmó. Ambos se borran en 24 horas como máximo, o enseguida con /forget. Los voluntarios que revisan los reportes nunca ven su nombre, su usuario ni su número.
    
    Aparte de un reporte que usted decida enviar, no guardo ni registro lo que usted escribe. Nunca le pido su nombre, su dirección ni su estatus migratorio. Telegram sí guarda sus mensajes en su chat; usted puede borrarlos ahí.
    
    Para borrar todo lo que guardo sobre este chat, envíe /forget.
forget-done = Listo. Borré todo lo que tenía guardado sobre este chat: su idioma, sus suscripciones a alertas y los reportes que envió. Puede seguir usando el bot, pero no voy a recordar lo que eligió.

## Errors

error-generic = Lo siento, algo falló de mi lado. Intente otra vez en un minuto. Si ICE está con usted ahora: mantenga la calma, no abra la puerta, guarde silencio y llame a un abogado o a la línea de ayuda de United We Dream: 1-844-363-1423.
group-only-admins = Solo un administrador de este grupo puede hacer eso.

## Community alerts

subscribe-intro = <b>Alertas de la comunidad</b>: avisos verificados sobre actividad de ICE, enviados por grupos de respuesta rápida, en su idioma. Elija de dónde quiere recibir alertas:
subscribe-statewide = Todo Connecticut
subscribe-done = Va a recibir alertas de: { $regions }. Envíe /unsubscribe para dejar de recibirlas.
subscribe-choose-more = Toque las regiones que quiere y después toque Listo.
subscribe-finish = ✅ Listo
unsubscribe-done = Ya no va a recibir más alertas. Su suscripción fue borrada.
unsubscribe-none = No tenía ninguna suscripción a alertas.
alert-header = 📢 <b>Alerta de la comunidad</b> ({ $region })
alert-verify-line = <i>Una red de respuesta rápida verificó esta alerta antes de enviarla. Antes de compartir cualquier cosa, confirme que es cierta; las falsas alarmas llenan de miedo a la gente.</i>
alert-emergency-button = 🚨 Qué hacer si llega ICE
admin-only = Lo siento, usted no puede hacer eso.
alert-choose-region = ¿Para qué región es esta alerta?
alert-write-text = Escriba ahora el texto de la alerta. Para escribirla en varios idiomas, empiece cada parte con una línea como <code>[es]</code>. O envíe /cancel.
alert-preview = Esto es exactamente lo que van a ver los suscriptores. ¿La envío?
alert-send = ✅ Enviar
alert-cancel = ❌ Cancelar
alert-cancelled = Alerta cancelada. No se envió nada.
alert-progress = Enviando la alerta #{ $id }: { $sent } enviadas, { $failed } con error, { $left } pendientes.
alert-report = Alerta #{ $id } terminada: { $sent } enviadas, { $failed } con error, { $removed } suscripciones borradas (bloquearon el bot o ya no existen).
alert-template = Actividad de ICE confirmada en { $town } ({ $date }): { $what }. Conozca sus derechos: no abra la puerta, guarde silencio, no firme nada y llame a un abogado.
