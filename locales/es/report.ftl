## Reportes de respuesta rápida (ver locales/en/report.ftl).

report-button = 📣 Reportar actividad de ICE
report-elsewhere = Los reportes de actividad de ICE se hacen en el bot de Telegram, en un chat privado con él: envíe /report allí. Si alguien está herido o en peligro, llame al 911.
report-disabled = Los reportes todavía no están activados en este bot. Para reportar actividad de ICE, llame a la línea de United We Dream: 1-844-363-1423. Si alguien está herido o en peligro, llame al 911.
report-private-only = Para protegerle, los reportes se hacen solo en un chat privado conmigo, nunca en un grupo. Abra un chat privado conmigo y envíe /report.
report-safety =
    <b>Reportar actividad de ICE</b>

    Primero, su seguridad:
    • Mantenga la distancia.
    • No interfiera ni se ponga en el camino de los agentes.
    • Puede grabar desde un lugar seguro.
    • Su nombre nunca se comparte. Voluntarios capacitados revisan cada reporte antes de alertar a nadie, y nunca ven quién lo envió.

    Siguen unas preguntas rápidas. Envíe /cancel en cualquier momento para parar.
report-continue = Continuar
report-cancel-button = Cancelar
report-ask-town = ¿En qué pueblo o ciudad? Elija el condado o escriba el nombre.
report-choose-town = Elija el pueblo o la ciudad en { $county }:
report-counties-button = ⬅️ Condados
report-town-choices = ¿Quiso decir uno de estos lugares? Si no, escriba el nombre otra vez o elija el condado.
report-town-not-found = No encontré ese lugar en Connecticut. Revise cómo se escribe o elija el condado.
report-ask-place = ¿Dónde en { $town }? Envíe una calle, una esquina o un lugar conocido. Por favor, no envíe la dirección de su casa.
report-ask-activity = ¿Qué vio?
report-activity-arrest = Una persona arrestada o detenida
report-activity-door = Agentes en la puerta de una casa
report-activity-checkpoint = Un retén, o carros detenidos
report-activity-workplace = Agentes en un lugar de trabajo
report-activity-patrol = Agentes o sus vehículos esperando o patrullando
report-activity-other = Otra cosa
report-ask-details = ¿Cuántos agentes y vehículos? ¿Alguna marca o uniforme (por ejemplo ICE, POLICE, HSI)? Escriba un mensaje corto o toque Omitir.
report-skip = Omitir
report-ask-when = ¿Cuándo fue?
report-when-now = Está pasando ahora
report-when-hour = En la última hora
report-when-earlier = Antes
report-ask-photo = Si tomó una foto desde un lugar seguro, envíela ahora como foto (no como archivo). Si no, toque Omitir.
report-not-a-photo = Por favor, envíe la imagen como foto, no como archivo: un archivo guarda el lugar donde se tomó. En Telegram, elija Foto o Galería en vez de Archivo.
report-photo-yes = sí
report-photo-no = ninguna
report-review =
    <b>Su reporte</b>
    Lugar: { $town }
    Dónde: { $place }
    Qué: { $what }
    Cuándo: { $when }
    Foto: { $photo }

    ¿Lo envío al equipo de respuesta rápida?
report-send = ✅ Enviar reporte
report-sent =
    Gracias. Voluntarios capacitados revisarán su reporte antes de alertar a nadie. Le diré lo que encuentren.

    <b>Qué hacer ahora</b>
    • Quédese a una distancia segura y no interfiera.
    • Si los agentes le detienen: mantenga la calma, tiene derecho a guardar silencio y no firme nada.
    • Si alguien está herido o en peligro, llame al 911.
    • Para ayuda, llame a la línea de United We Dream: 1-844-363-1423.
report-cancelled = Reporte cancelado. No se envió ni se guardó nada.
report-too-soon = Gracias por cuidar a su comunidad. Cada chat puede enviar un reporte cada 10 minutos: intente otra vez en { $minutes } minutos. Si es urgente, llame a la línea de United We Dream: 1-844-363-1423.
report-daily-limit = Gracias por cuidar a su comunidad. Hoy ya envió 5 reportes, el máximo de un chat en un día. Si es urgente, llame a la línea de United We Dream: 1-844-363-1423.
report-muted = Los reportes de este chat están pausados por ahora. Si es urgente, llame a la línea de United We Dream: 1-844-363-1423. Si alguien está herido o en peligro, llame al 911.
report-outcome-confirmed = Novedades sobre su reporte: el equipo de respuesta rápida lo confirmó. Gracias por ayudar a proteger a su comunidad.
report-outcome-false-alarm = Novedades sobre su reporte: el equipo de respuesta rápida lo revisó y no era actividad de ICE. Gracias por reportar: revisar primero nos protege a todos de las falsas alarmas.
report-outcome-unverified = Novedades sobre su reporte: el equipo de respuesta rápida no pudo verificarlo. Gracias. Si ve algo más, puede enviar un reporte nuevo.
report-admin-draft = El equipo de respuesta rápida confirmó un reporte de { $town }. La alerta de abajo está lista para { $region }: revísela y toque Enviar o Cancelar. No sale nada hasta que toque Enviar.
report-alert = Actividad de ICE confirmada en { $town } ({ $place }), reportada a las { $time }: { $what }. Verificada por el equipo de respuesta rápida. Conozca sus derechos: no abra la puerta, guarde silencio, no firme nada y llame a un abogado.
