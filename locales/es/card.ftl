## La tarjeta de derechos y los volantes con código QR. Ver locales/en/card.ftl.
## Texto simple (sin HTML) en la tarjeta y los volantes: `kyr check` mide cada línea.

card-front-title = Conozca sus derechos
card-front-1 = No abra la puerta. Pida que pasen cualquier orden por debajo.
card-front-2 = Guarde silencio. No tiene que contestar preguntas.
card-front-3 = No firme nada sin un abogado.
card-front-4 = No mienta ni muestre papeles falsos.
card-front-5 = Pida un abogado.
card-front-6 = Pregunte: "¿Me puedo ir?" Si le dicen que sí, váyase con calma.
card-front-help = Ayuda legal gratuita en Connecticut:
card-front-scan = Escanee: kyr, en español
card-front-reviewed = Revisado el { $date }. Información general, no es asesoría legal.

card-caption =
    <b>Su tarjeta de derechos</b> (frente y reverso)
    
    Guarde las dos imágenes en su teléfono. Si vienen agentes, siga lo que dice el frente y muéstreles el reverso o páselo por debajo de la puerta: está en inglés, para ellos.
    
    Para imprimirla: cada imagen es una tarjeta de 3.5 × 2 pulgadas (tamaño de tarjeta de presentación). Un voluntario puede imprimir 10 por hoja, por los dos lados.
card-caption-back = El reverso, en inglés: muéstreselo al agente o páselo por debajo de la puerta.
card-button = 🪪 Tarjeta de derechos
cmd-card = Su tarjeta de derechos: guárdela, muéstrela, imprímala
card-terminal = En Telegram, /card envía la tarjeta como dos imágenes para guardar en su teléfono. Para imprimirla (10 tarjetas por hoja tamaño carta, por los dos lados): kyr card --lang { $lang } --sheet --out tarjetas.pdf
card-inline-title = 🪪 Tarjeta de derechos
card-inline-description = Una tarjeta para guardar, mostrar o imprimir: qué hacer y una declaración para el agente
card-inline-text = <b>Tarjeta de derechos</b>: qué hacer si vienen agentes de inmigración, y una declaración en inglés para mostrarles. Ábrala en el bot:

flyer-scan = Escanee para leer la respuesta completa en kyr, gratis, en su idioma.
flyer-reviewed = Revisado el { $date }. Información general, no es asesoría legal.
