## Denúncias para a resposta rápida (ver locales/en/report.ftl).

report-button = 📣 Denunciar atividade do ICE
report-elsewhere = As denúncias de atividade do ICE são feitas no bot do Telegram, numa conversa privada com ele: envie /report lá. Se alguém estiver ferido ou em perigo, ligue para o 911.
report-disabled = As denúncias ainda não estão ativadas neste bot. Para denunciar atividade do ICE, ligue para a linha da United We Dream: 1-844-363-1423. Se alguém estiver ferido ou em perigo, ligue para o 911.
report-private-only = Para proteger você, as denúncias são feitas só numa conversa privada comigo, nunca num grupo. Abra uma conversa privada comigo e envie /report.
report-safety =
    <b>Denunciar atividade do ICE</b>

    Primeiro, sua segurança:
    • Mantenha distância.
    • Não interfira nem fique no caminho dos agentes.
    • Você pode filmar de um lugar seguro.
    • Seu nome nunca é compartilhado. Voluntários treinados verificam cada denúncia antes de alertar alguém, e nunca veem quem a enviou.

    Vêm aí algumas perguntas rápidas. Envie /cancel a qualquer momento para parar.
report-continue = Continuar
report-cancel-button = Cancelar
report-ask-town = Em qual cidade? Escolha o condado ou digite o nome da cidade.
report-choose-town = Escolha a cidade em { $county }:
report-counties-button = ⬅️ Condados
report-town-choices = Você quis dizer uma destas cidades? Se não, digite o nome de novo ou escolha o condado.
report-town-not-found = Não encontrei essa cidade em Connecticut. Confira como se escreve ou escolha o condado.
report-ask-place = Onde em { $town }? Envie uma rua, um cruzamento ou um ponto de referência. Por favor, não envie o endereço da sua casa.
report-ask-activity = O que você viu?
report-activity-arrest = Alguém sendo preso ou detido
report-activity-door = Agentes na porta de uma casa
report-activity-checkpoint = Uma blitz, ou carros sendo parados
report-activity-workplace = Agentes num local de trabalho
report-activity-patrol = Agentes ou viaturas esperando ou patrulhando
report-activity-other = Outra coisa
report-ask-details = Quantos agentes e veículos? Alguma marca ou uniforme (por exemplo ICE, POLICE, HSI)? Escreva uma mensagem curta ou toque em Pular.
report-skip = Pular
report-ask-when = Quando foi?
report-when-now = Está acontecendo agora
report-when-hour = Na última hora
report-when-earlier = Mais cedo
report-ask-photo = Se você tirou uma foto de um lugar seguro, envie agora como foto (não como arquivo). Se não, toque em Pular.
report-not-a-photo = Por favor, envie a imagem como foto, não como arquivo: um arquivo guarda o lugar onde foi tirada. No Telegram, escolha Foto ou Galeria em vez de Arquivo.
report-photo-yes = sim
report-photo-no = nenhuma
report-review =
    <b>Sua denúncia</b>
    Cidade: { $town }
    Onde: { $place }
    O quê: { $what }
    Quando: { $when }
    Foto: { $photo }

    Enviar para a equipe de resposta rápida?
report-send = ✅ Enviar denúncia
report-sent =
    Obrigado. Voluntários treinados vão verificar sua denúncia antes de alertar alguém. Eu aviso você do resultado.

    <b>O que fazer agora</b>
    • Fique a uma distância segura e não interfira.
    • Se os agentes pararem você: fique calmo, você tem o direito de ficar em silêncio e não assine nada.
    • Se alguém estiver ferido ou em perigo, ligue para o 911.
    • Para ajuda, ligue para a linha da United We Dream: 1-844-363-1423.
report-cancelled = Denúncia cancelada. Nada foi enviado nem guardado.
report-too-soon = Obrigado por cuidar da sua comunidade. Cada conversa pode enviar uma denúncia a cada 10 minutos: tente de novo em { $minutes } minutos. Se for urgente, ligue para a linha da United We Dream: 1-844-363-1423.
report-daily-limit = Obrigado por cuidar da sua comunidade. Você já enviou 5 denúncias hoje, o máximo de uma conversa num dia. Se for urgente, ligue para a linha da United We Dream: 1-844-363-1423.
report-muted = As denúncias desta conversa estão pausadas por enquanto. Se for urgente, ligue para a linha da United We Dream: 1-844-363-1423. Se alguém estiver ferido ou em perigo, ligue para o 911.
report-outcome-confirmed = Novidade sobre sua denúncia: a equipe de resposta rápida confirmou. Obrigado por ajudar a proteger sua comunidade.
report-outcome-false-alarm = Novidade sobre sua denúncia: a equipe de resposta rápida verificou e não era atividade do ICE. Obrigado por denunciar: verificar antes protege todo mundo de alarmes falsos.
report-outcome-unverified = Novidade sobre sua denúncia: a equipe de resposta rápida não conseguiu confirmar. Obrigado. Se você vir mais alguma coisa, pode enviar uma nova denúncia.
report-admin-draft = A equipe de resposta rápida confirmou uma denúncia de { $town }. O alerta abaixo está pronto para { $region }: confira e toque em Enviar ou Cancelar. Nada sai antes de você tocar em Enviar.
report-alert = Atividade do ICE confirmada em { $town } ({ $place }), denunciada às { $time }: { $what }. Verificada pela equipe de resposta rápida. Conheça seus direitos: não abra a porta, fique em silêncio, não assine nada e ligue para um advogado.
