## Interface strings: menus, buttons, fallbacks, disclaimers, commands.
## Every locale has every message here, with the same variables.
## HTML allowed: <b>, <i>, <a href="...">. Escape & < > in text as &amp; &lt; &gt;.

# The language's own name, shown in the language picker.
lang-name = Português

## Welcome and menus

welcome =
    <b>Olá. Eu sou o kyr, um guia sobre os direitos dos imigrantes em Connecticut.</b>
    
    Faça uma pergunta do seu jeito, em português, inglês, espanhol, crioulo haitiano, francês, polonês, chinês ou árabe. Por exemplo: "O ICE está na minha porta" ou "Tenho uma audiência no tribunal, é seguro ir?"
    
    Se agentes da imigração estiverem com você agora, toque em <b>O ICE está aqui agora</b>.
    
    Eu dou informações gerais, isso não é aconselhamento jurídico. Eu não pergunto o seu nome nem a sua situação imigratória.

menu-title = Escolha um assunto:
category-encounter = 🚨 ICE ou polícia aqui agora
category-rights = ⚖️ Seus direitos e a lei
category-help = 🤝 Buscar ajuda
category-conversation = 💬 Sobre este bot
emergency-button = 🚨 O ICE está aqui agora
topics-button = 📋 Todos os assuntos
language-button = 🌐 Idioma
resources-button = ☎️ Para quem ligar
share-button = 📤 Compartilhar resposta
back-button = ⬅️ Voltar aos assuntos

## Answers

who-to-call-heading = Para quem ligar
related-heading = Assuntos relacionados:
footer = <i>Revisado pela última vez em { $date }. Esta é uma informação geral, não é aconselhamento jurídico. Para o seu caso, fale com um advogado ou com um serviço de assistência jurídica gratuita.</i>
sms-line = Mande uma mensagem de texto com { $keyword } para { $number }
# Under a referral that does not serve the reader's language: the languages it does serve,
# by their own names (English, Español), without or with interpreters on request.
ref-languages = 🗣 Atendem em { $languages }: leve alguém que possa interpretar.
ref-languages-interpreter = 🗣 Atendem em { $languages }: peça um intérprete no seu idioma.

## Understanding

did-you-mean = Não sei se entendi bem. Você quis dizer um destes assuntos?
fallback =
    Desculpe, eu só posso ajudar com os direitos dos imigrantes em Connecticut: o ICE na sua porta, no trabalho ou no tribunal, abordagens da polícia, detenção, os seus direitos pela lei de Connecticut e onde achar um advogado ou fazer uma queixa.
    
    Escolha um assunto abaixo ou pergunte de novo com outras palavras.
non-text = Eu só consigo ler texto. Escreva a sua pergunta com palavras ou escolha um assunto abaixo.
empty-message = A sua mensagem veio vazia. Escreva a sua pergunta ou escolha um assunto abaixo.
unknown-command = Eu não conheço esse comando. Veja o que eu posso fazer:
stale-button = Esse botão é antigo e não funciona mais. Aqui está o menu de novo.
other-language = 🌐 Ainda não consigo ler esse idioma. Falo português, inglês, espanhol, crioulo haitiano, francês, polonês, chinês e árabe: escolha um abaixo. Se o ICE estiver na sua porta, toque em 🚨.

## Language

language-picker = Escolha o seu idioma:
language-set = Certo. De agora em diante, vou responder em português.
# Shown once, at the start, to a client set to Traditional Chinese (zh-Hant, zh-TW, zh-HK,
# zh-MO), whom kyr answers in Simplified Chinese: in Traditional characters in every locale,
# since only such a reader ever sees it.
traditional-chinese-note = 提示：kyr 目前只有簡體中文版本，以下的回答都使用簡體中文。

## Commands and their menu descriptions

help-text =
    <b>Como usar o kyr</b>
    
    Escreva a sua pergunta do seu jeito, em qualquer um dos meus oito idiomas. Eu respondo com o que fazer, o que diz a lei e para quem ligar.
    
    /emergency: o que fazer se o ICE estiver aqui agora
    /report: denunciar atividade do ICE (verificada antes de alertar)
    /topics: todos os assuntos
    /resources: telefones e sites
    /language: mudar o idioma
    /privacy: o que eu guardo sobre você
    /forget: apagar o que eu guardo
    /subscribe: receber alertas verificados da comunidade
    /unsubscribe: parar de receber alertas
    
    Em qualquer conversa, você pode digitar @{ $bot } e algumas palavras para compartilhar uma resposta.
cmd-start = Começar e mostrar o menu
cmd-help = Como usar este bot
cmd-topics = Todos os assuntos
cmd-emergency = O ICE está aqui: o que fazer
cmd-resources = Para quem ligar: telefones e sites
cmd-language = Mudar o idioma
cmd-privacy = O que este bot guarda
cmd-forget = Apagar o que este bot guarda
cmd-subscribe = Receber alertas verificados da comunidade
cmd-unsubscribe = Parar os alertas da comunidade
cmd-report = Denunciar atividade do ICE (verificada antes de alertar)
bot-short-description = Seus direitos em Connecticut se o ICE chegar. English, Español, Português, Kreyòl, Français, Polski, 中文, العربية.
bot-description = Informação gratuita sobre direitos para imigrantes em Connecticut e para as pessoas que os ajudam. Pergunte do seu jeito, em português, inglês, espanhol, crioulo haitiano, francês, polonês, chinês ou árabe. Informação geral, não é aconselhamento jurídico.

resources-heading = <b>Para quem ligar</b>
resources-intro = Contatos conferidos em fontes públicas. Em uma emergência, ligue para o 911.

## Privacy

privacy-text =
    <b>O que este bot guarda</b>
    
    • O número da sua conversa e o idioma que você escolheu, para eu poder responder no seu idioma.
    • Se você se inscreveu nos alertas: as regiões que você escolheu.
    • Se você enviar uma denúncia de atividade do ICE: a denúncia (cidade, lugar, o que você viu, a foto) e o número da sua conversa, só para avisar se ela foi confirmada. Os dois são apagados em no máximo 24 horas, ou na hora com /forget. Os voluntários que verificam as denúncias nunca veem seu nome, seu usuário nem seu número.
    
    Fora uma denúncia que você decida enviar, eu não guardo nem registro o que você escreve. Nunca peço o seu nome, endereço ou situação imigratória. O próprio Telegram guarda as suas mensagens na conversa; você pode apagá-las lá.
    
    Para apagar tudo o que eu guardo sobre esta conversa, envie /forget.
forget-done = Pronto. Apaguei tudo o que eu tinha guardado sobre esta conversa: o seu idioma, as suas inscrições em alertas e as denúncias que você enviou. Você pode continuar usando o bot, mas eu não vou lembrar das suas escolhas.

## Errors

error-generic = Desculpe, algo deu errado do meu lado. Tente de novo daqui a um minuto. Se o ICE estiver com você agora: mantenha a calma, não abra a porta, fique em silêncio e ligue para um advogado ou para a linha de ajuda da United We Dream: 1-844-363-1423.
group-only-admins = Só um administrador deste grupo pode fazer isso.

## Community alerts

subscribe-intro = <b>Alertas da comunidade</b>: avisos verificados sobre ações do ICE, enviados por grupos de resposta rápida, no seu idioma. Escolha de onde você quer receber alertas:
subscribe-statewide = Connecticut inteiro
subscribe-done = Você vai receber alertas de: { $regions }. Envie /unsubscribe para parar.
subscribe-choose-more = Toque nas regiões que você quer e depois toque em Pronto.
subscribe-finish = ✅ Pronto
unsubscribe-done = Você não vai mais receber alertas. A sua inscrição foi apagada.
unsubscribe-none = Você não tinha nenhuma inscrição em alertas.
alert-header = 📢 <b>Alerta da comunidade</b> ({ $region })
alert-verify-line = <i>Uma rede de resposta rápida verificou este alerta antes do envio. Antes de compartilhar qualquer coisa, confira se é verdade; alarmes falsos espalham medo.</i>
alert-emergency-button = 🚨 O que fazer se o ICE vier
admin-only = Desculpe, você não pode fazer isso.
alert-choose-region = Para qual região é este alerta?
alert-write-text = Escreva agora o texto do alerta. Para escrever em vários idiomas, comece cada parte com uma linha como <code>[es]</code>. Ou envie /cancel.
alert-preview = É exatamente isto que os inscritos vão ver. Posso enviar?
alert-send = ✅ Enviar
alert-cancel = ❌ Cancelar
alert-cancelled = Alerta cancelado. Nada foi enviado.
alert-progress = Enviando o alerta #{ $id }: { $sent } enviados, { $failed } com falha, { $left } faltando.
alert-report = Alerta #{ $id } concluído: { $sent } enviados, { $failed } com falha, { $removed } inscrições removidas (bloquearam o bot ou saíram do Telegram).
alert-template = Atividade do ICE confirmada em { $town } ({ $date }): { $what }. Conheça seus direitos: não abra a porta, fique em silêncio, não assine nada e ligue para um advogado.
