## A primeira tela de cada resposta e os botões que abrem o resto.
##
## O bot manda primeiro uma tela curta: o título em negrito, depois
##   • nas intenções urgentes: os passos numerados `<id>-now` (em answers-a.ftl),
##     depois "Ligue primeiro:" com o primeiro contato da intenção em intents/catalog.toml;
##   • nas outras intenções (direitos e ajuda): o `<id>-gist` abaixo,
##     depois "Quem pode ajudar:" com o primeiro contato (nenhuma linha se a intenção não tiver contato);
## e por fim `footer-short`. O `<id>-body` completo e a lista de telefones ficam atrás dos botões.
##
## Limites, em caracteres visíveis (tags não contam, emoji conta 2), em TODOS os idiomas:
##   primeira tela urgente no máximo 700 (em português, cada `-now` no máximo 500),
##   outras primeiras telas no máximo 900 (em português, cada `-gist` no máximo 620).
##
## Um gist tem de duas a quatro frases simples: a resposta mais útil, não um anúncio.
## Não diz nada que o body não diga. <b> pode marcar uma frase-chave. Sem listas, sem telefones
## (o código acrescenta a linha do contato), sem data nem aviso legal (o rodapé os acrescenta).
## Termos jurídicos: GLOSSARY.md (uma tradução por termo). Regras: CONTENT.md.
## Fatos: /work/shared/facts (o adendo prevalece). Revisado em 2026-11-27.

## Interface

# Uma linha embaixo de cada primeira tela. Mantenha { $date } e a ideia de "não é aconselhamento jurídico".
footer-short = <i>Revisado em { $date } · Informação geral, não é aconselhamento jurídico.</i>
# Antes do primeiro contato de uma resposta urgente: "Ligue primeiro: <nome> ☎️ <número>".
call-first = Ligue primeiro:
# Antes do primeiro contato de qualquer outra resposta: "Quem pode ajudar: <nome> ☎️ <número>".
who-can-help = Quem pode ajudar:
details-button = 📖 Mais detalhes
who-to-call-button = 📞 Para quem ligar
# Num resultado inline compartilhado em outra conversa: abre a resposta inteira no bot.
open-in-bot-button = 📖 Resposta completa no bot
# Título da mensagem que o botão "Mais detalhes" envia. $title é o título do assunto.
details-heading = Mais detalhes: { $title }
# Quando alguém toca no mesmo botão duas vezes seguidas.
already-shown = Essa parte está logo acima. ⬆️

## Gists: direitos e a lei

warrant_types-gist = Em geral, os agentes precisam de um mandado assinado por um <b>juiz</b> para entrar na sua casa sem sua permissão. Os formulários I-200 e I-205 do ICE são assinados por um agente de imigração, não por um juiz, então você pode manter a porta fechada. Um memorando do ICE divulgado em 2026 afirma que os agentes podem entrar à força com um I-205 quando a pessoa tem uma ordem final de deportação, e muitos advogados dizem que isso viola a Constituição. Se os agentes entrarem à força, não resista, diga "Eu não autorizo" e fique em silêncio.

right_to_silence-gist = Você não precisa dizer onde nasceu, qual é sua situação imigratória nem como chegou aos EUA. Diga: "Quero ficar em silêncio. Quero falar com um advogado." Depois, pare de falar. A assistência jurídica de Connecticut orienta a dizer seu nome se as autoridades perguntarem. Nunca minta, nunca mostre documentos falsos e nunca diga que é cidadão americano se não for.

signing_documents-gist = Não assine nenhum papel do ICE ou dos agentes da detenção antes de falar com um advogado. Papéis como <b>saída voluntária</b> ou <b>deportação acordada</b> (stipulated removal) podem fazer você perder o direito a uma audiência e a chance de ficar nos EUA. Diga: "Não vou assinar nada antes de falar com o meu advogado." Um "notario" não é advogado, e nunca assine um formulário em branco.

trust_act-gist = O TRUST Act de Connecticut, uma lei estadual desde 2013, diz que a polícia, as cadeias e as prisões não podem prender você nem manter você preso só porque o ICE pediu ou mandou um mandado que não foi assinado por um juiz. Só podem fazer isso com um mandado assinado por um <b>juiz</b>, uma condenação por crime grave (felony) de classe A ou B ou por um de 13 crimes listados, ou uma possível correspondência na lista de vigilância de terrorismo. A lei não impede o ICE de fazer suas próprias prisões. O Departamento de Justiça dos EUA está contestando a lei no tribunal federal (ação da primavera de 2026).

police_share_with_ice-gist = Nenhuma lei de Connecticut obriga a polícia a avisar o ICE sobre pessoas sem documentos; a lei estadual limita o que ela pode compartilhar, inclusive a data da sua soltura. Mas, se você for preso, suas impressões digitais chegam ao ICE automaticamente por um programa federal, e o estado não pode impedir isso. A lei federal não deixa o estado impedir a polícia de passar sua situação imigratória ao ICE, então não fale dela.

police_ask_status-gist = Nenhuma lei estadual de Connecticut impede a polícia de perguntar sua situação imigratória, mas algumas cidades, como New Haven, têm regras próprias contra isso. Você nunca precisa responder: diga "Quero ficar em silêncio." O que você diz à polícia sobre sua situação imigratória pode chegar ao ICE. Se estiver dirigindo, você ainda deve mostrar a carteira de motorista, o documento do carro e o seguro.

ice_interview_custody-gist = As cadeias, as prisões e a polícia de Connecticut <b>não</b> podem deixar o ICE entrevistar alguém sob a custódia delas, a não ser que a pessoa tenha sido condenada por crime grave (felony) de classe A ou B ou por um de 13 crimes listados, que o nome dela talvez coincida com a lista de vigilância de terrorismo, ou que um tribunal federal tenha mandado. Mesmo que o ICE consiga ver você, você não precisa responder: peça um advogado e não assine nada. Connecticut não tem regra de formulário de autorização (consent form) para essas entrevistas; essa é a lei da Califórnia.

report_crime_safely-gist = Você pode receber ajuda como vítima de crime, qualquer que seja sua situação imigratória. Se estiver em perigo, ligue para o 911. Pelo Trust Act, a polícia não pode contar ao ICE que você é vítima de violência doméstica ou agressão sexual, ou testemunha de crime, a não ser em casos muito limitados. Vítimas podem ter direito ao <b>visto U</b>, ao <b>visto T</b> ou à <b>VAWA</b>: fale com a assistência jurídica ou com um advogado de imigração antes de fazer o pedido.

sensitive_places-gist = A política federal que mantinha o ICE longe de escolas, hospitais e templos foi cancelada em 20 de janeiro de 2025. Desde 1º de outubro de 2026, uma lei de Connecticut (Public Act 26-14) diz que nenhum agente, <b>inclusive do ICE</b>, pode fazer uma prisão civil nesses lugares sem um mandado assinado por um juiz. O Departamento de Justiça dos EUA está contestando essa lei no tribunal federal, então conheça seus direitos aonde quer que você vá.

school_rights-gist = Toda criança pode estudar de graça na escola pública, do jardim de infância ao 12º ano, qualquer que seja a situação imigratória dela ou dos pais. As escolas de Connecticut não precisam coletar a situação imigratória, e os registros dos alunos são protegidos por uma lei federal de privacidade. Desde 1º de outubro de 2026, uma lei estadual proíbe prisões civis em escolas sem mandado judicial, mas o Departamento de Justiça dos EUA está contestando essa lei na justiça.

ice_cooperation_programs-gist = Quando alguém é preso em Connecticut e tem as digitais tiradas, elas vão automaticamente para o ICE pelo programa federal Secure Communities. Desde 2019, o Trust Act proíbe a polícia, as cadeias e outros agentes de Connecticut cobertos pela lei de fazer o trabalho do ICE por acordos <b>287(g)</b>. O programa PEP acabou em janeiro de 2017. O ICE tem tido acesso a um banco de dados da polícia estadual que inclui registros do DMV; não sabemos se isso mudou.

local_policies-gist = Nenhuma lei de Connecticut chama o estado de "santuário". O que vale em todas as cidades é o <b>Trust Act</b>, que limita como a polícia e as cadeias ajudam o ICE. Algumas cidades vão além: a polícia de New Haven não pergunta a situação imigratória, e a polícia de Hartford não prende ninguém nem mantém ninguém preso só por causa da situação imigratória. O Departamento de Justiça dos EUA está contestando o Trust Act e a ordem Welcoming City de New Haven no tribunal federal.

data_privacy-gist = Desde 18 de novembro de 2025, os órgãos estaduais e locais de Connecticut não podem dar ao ICE seu endereço, local de trabalho, escola ou horários de compromissos quando não são públicos, com algumas exceções, como um mandado judicial ou uma ordem judicial. Mas as digitais de qualquer prisão vão automaticamente para o ICE. Os registros do DMV estão em um banco de dados da polícia estadual que o ICE tem conseguido usar, e não sabemos se isso mudou.

daca_minors-gist = Com ou sem DACA, e em qualquer idade, você tem os mesmos direitos: ficar em silêncio, pedir um advogado e não assinar papéis que não entende. Toda criança pode estudar na escola pública, do jardim de infância ao 12º ano, qualquer que seja sua situação imigratória. Não temos informações confiáveis e atualizadas sobre o DACA, então, antes de pedir, renovar ou viajar, fale com um advogado de imigração ou com um representante credenciado pelo Departamento de Justiça (DOJ), nunca com um "notario".

law_changes-gist = As regras de Connecticut mudaram muito em 2025 e 2026. Desde 18 de novembro de 2025, prisões civis na área de tribunais estaduais exigem mandado judicial, uma condenação listada ou uma correspondência na lista de vigilância. Desde 1º de outubro de 2026, prisões civis em escolas, hospitais, templos e outros lugares protegidos exigem <b>mandado judicial</b>. O Departamento de Justiça dos EUA está contestando o Trust Act e a lei de 2026 no tribunal federal; nossas informações vão até cerca de maio de 2026.

compliance_oversight-gist = As polícias locais informam ao estado cada vez que o ICE tem acesso a pessoas sob a custódia delas, e o estado publica esses dados em data.ct.gov; os registros são públicos. Desde 1º de outubro de 2025, você pode processar uma cidade cuja polícia ou polícia escolar desrespeitar o Trust Act, para pedir uma ordem judicial (sem indenização em dinheiro). Se acha que um órgão desrespeitou essas regras, fale com a assistência jurídica ou procure a ACLU de Connecticut.

## Gists: ajuda e contatos

file_complaint-gist = Primeiro, anote nomes, números de distintivo, data, hora, local e o que aconteceu. Queixas contra agentes do ICE ou da CBP vão para o Inspetor-Geral do DHS, que não é linha de emergência: em perigo, ligue para o 911. Queixas contra a polícia de Connecticut vão para o departamento do próprio policial. A CHRO cuida de discriminação no emprego, na moradia, em lugares públicos e no crédito, não de queixas contra o ICE.

legal_help-gist = Só um advogado licenciado ou um representante credenciado pelo Departamento de Justiça (DOJ) pode dar ajuda jurídica de imigração. Um "notario" <b>não</b> é advogado. O CCIF faz defesa gratuita contra deportação para pessoas detidas pelo ICE ou em processo de deportação e para quem pede asilo, com programas em New Haven e Hartford: ligue para saber se você tem direito. Para outra assistência jurídica gratuita, ligue para a Statewide Legal Services (toque em Para quem ligar).

rapid_response-gist = Não conseguimos confirmar o número de nenhuma linha de resposta rápida de Connecticut, então você pode usar a linha nacional da United We Dream. Se você vir o ICE, fique a uma distância segura e grave ou anote a hora, o local, quantos agentes e carros havia e o que aconteceu. Confira um alerta antes de compartilhar e marque-o como "NÃO CONFIRMADO" até alguém conferir. Nunca ligue para a linha de denúncias do ICE.

family_plan-gist = Planeje agora o cuidado dos seus filhos, seus documentos e seu dinheiro caso um dos pais seja detido. O <b>Plano de Preparação Familiar</b> de Connecticut é gratuito, não precisa de advogado nem de tribunal e existe em 9 idiomas, inclusive espanhol, português e crioulo haitiano. O formulário de tutor designado (standby guardian) permite indicar, na frente de duas testemunhas, uma pessoa para cuidar dos seus filhos se você for detido.

know_your_rights-gist = Todas as pessoas nos EUA têm estes direitos, qualquer que seja sua situação imigratória. <b>Não abra a porta</b>: peça que passem qualquer mandado por baixo dela. <b>Fique em silêncio</b>, <b>não assine nada</b> sem um advogado, <b>peça um advogado</b> e diga: "Eu não autorizo a revista." Não minta, não fuja, não resista e nunca mostre documentos falsos.

community_support-gist = Grupos de Connecticut apoiam imigrantes com treinamentos, apoio no tribunal, programas para jovens e necessidades básicas: por exemplo a CIRC (uma rede estadual), a ULA em New Haven (direitos dos trabalhadores e acompanhamento ao tribunal), o C4D (liderado por jovens sem documentos) e a Make the Road em Bridgeport e Hartford. Para comida, moradia ou crises, ligue para o 2-1-1, 24 horas por dia. Só um advogado ou um representante credenciado pelo Departamento de Justiça (DOJ) pode dar orientação jurídica sobre imigração.
