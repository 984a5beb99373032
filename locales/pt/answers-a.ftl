## Respostas, parte A: encontros (urgentes) e assuntos de ajuda.
## Cada intenção X tem X-title (botão, máx. 30 caracteres, sem HTML), X-summary (uma frase, máx. 120
## caracteres, sem HTML), X-now (só intenções urgentes: 3 a 5 linhas numeradas) e X-body.
## O bot imprime o bloco "Para quem ligar" de intents/referrals.toml entre X-now e X-body,
## então os telefones dos contatos da própria intenção nunca se repetem aqui.
## Fatos: /work/shared/facts (o adendo prevalece). Revisado em 2026-11-27.

## ---------------------------------------------------------------- ice_at_door

ice_at_door-title = O ICE na sua porta
ice_at_door-summary = Não abra a porta: peça um mandado assinado por um juiz, fique em silêncio e peça ajuda.
ice_at_door-now =
    1. Não abra a porta. Fale através dela.
    2. Pergunte de qual agência eles são e peça que passem qualquer mandado por baixo da porta. Os formulários I-200 e I-205 do ICE não são assinados por um juiz: você não precisa abrir por causa deles.
    3. Diga: "Eu não autorizo a entrada de vocês. Vou ficar em silêncio. Quero um advogado."
    4. Se entrarem à força, não resista nem fuja. Continue dizendo: "Eu não autorizo."
    5. Ligue para o número abaixo ou toque em Para quem ligar.
ice_at_door-body =
    <b>Confira o papel que eles mostram</b>
    • Um mandado judicial vem de um tribunal. No alto, ele traz o nome de um tribunal, como "United States District Court" ou um tribunal de Connecticut. Um juiz assina. Confira se o nome, o endereço e a data estão certos.
    • Os formulários <b>I-200</b> e <b>I-205</b> do ICE são assinados por um agente de imigração, não por um juiz. Por causa desses formulários, você não é obrigado a abrir a porta nem a deixar os agentes entrarem.
    • Um mandado judicial pode permitir a entrada dos agentes. Um mandado de busca só permite revistar os lugares que ele lista. Um mandado de prisão permite entrar na casa da pessoa citada se acharem que ela está lá dentro. Você continua tendo o direito de ficar em silêncio.
    
    <b>Atenção: um memorando do ICE divulgado em 2026</b>
    Um memorando do ICE de maio de 2025, divulgado em janeiro de 2026, diz que os agentes podem entrar à força em uma casa com um formulário I-205 quando a pessoa tem uma ordem final de deportação. Especialistas em direito e defensores de imigrantes dizem que isso viola a Constituição dos EUA, e a medida está sendo contestada na justiça. Se os agentes entrarem à força:
    • não brigue, não resista e não fuja;
    • diga com clareza: "Eu não autorizo";
    • fique em silêncio e não assine nada;
    • ligue para um advogado assim que puder.
    
    <b>É bom saber</b>
    • Abrir a porta, mesmo um pouco, pode ser visto como deixar os agentes entrarem. Eles também podem ver quem está lá dentro.
    • Todas as pessoas da casa têm o direito de ficar em silêncio.
    • Às vezes os agentes dizem que são "a polícia" ou que há um problema com seu carro, para você sair. Sempre pergunte de qual agência eles são.
    • Não minta. Não mostre documentos falsos. Nunca diga que é cidadão americano se não for.
    • Você pode mostrar um cartão vermelho na janela ou passá-lo por baixo da porta. Ele diz que você vai ficar em silêncio e não vai abrir sem um mandado judicial.
    • Depois, anote o que aconteceu: a hora, a agência, os nomes e os números dos distintivos.
    • Ligue para o 911 se alguém estiver ferido ou em perigo.

## ---------------------------------------------------------------- ice_at_work

ice_at_work-title = O ICE no trabalho
ice_at_work-summary = Mantenha a calma, não fuja, fique em silêncio e não assine nada; em áreas privadas, o ICE precisa de mandado judicial.
ice_at_work-now =
    1. Mantenha a calma. Não fuja.
    2. Pergunte: "Estou livre para ir embora?" Se disserem que sim, saia com calma.
    3. Se não, diga: "Vou ficar em silêncio. Quero um advogado."
    4. Não assine nada. Não mostre documentos falsos nem documentos de outro país.
    5. Ligue para o número abaixo ou toque em Para quem ligar.
ice_at_work-body =
    <b>Aonde os agentes podem ir</b>
    • O ICE pode entrar sem mandado nas áreas públicas de uma empresa: a recepção, o salão de um restaurante, o estacionamento.
    • Para entrar em áreas privadas (a cozinha, um escritório nos fundos, salas só para funcionários), o ICE precisa de um mandado assinado por um juiz ou da permissão do empregador. Um formulário assinado por um agente de imigração não basta.
    • O dono ou o gerente decide se deixa os agentes entrarem nas áreas privadas. Você pode lembrar ao seu empregador que ele pode dizer não se não houver mandado judicial. Placas de "Employees Only" (só funcionários) ajudam a marcar áreas privadas.
    
    <b>Seus direitos no trabalho</b>
    • Você não precisa dizer onde nasceu, qual é sua situação imigratória nem como chegou aos EUA.
    • Se quiserem revistar você ou suas coisas, diga: "Eu não autorizo a revista."
    • Você não precisa entrar em um grupo separado por situação imigratória. Fique em silêncio e não reaja fisicamente.
    • Se você tem situação imigratória legal e os agentes do ICE pedirem, você deve mostrar o comprovante.
    
    <b>Não piore a situação</b>
    • Não fuja nem resista fisicamente, mesmo que você ache que os agentes estão errados.
    • Não minta e nunca mostre documentos falsos. Fugir ou mostrar documentos falsos pode ser usado contra você e levar a novas acusações.
    
    <b>Se puder fazer isso com segurança</b>
    • Grave, ou anote os números dos distintivos, os nomes e quem foi levado. Não atrapalhe os agentes.
    • Avise as famílias dos colegas que foram levados. Elas podem procurá-los no localizador online de detidos do ICE (ICE Online Detainee Locator).

## ---------------------------------------------------------------- ice_at_courthouse

ice_at_courthouse-title = O ICE no tribunal
ice_at_courthouse-summary = Connecticut limita prisões do ICE nos tribunais estaduais, mas não falte: fale com um advogado antes da data.
ice_at_courthouse-now =
    1. Não falte ao tribunal. Faltar pode deixar tudo muito pior.
    2. Antes da data, fale com seu advogado ou defensor público e com um advogado de imigração.
    3. Leve ao tribunal alguém de sua confiança.
    4. Se os agentes pararem você, fique em silêncio, peça um advogado e não assine nada.
    5. Ligue para o número abaixo para ter ajuda jurídica. Para conferir a data da sua audiência no tribunal de imigração, toque em Para quem ligar.
ice_at_courthouse-body =
    <b>Lei de Connecticut desde 18 de novembro de 2025</b>
    • Nenhum agente, nem mesmo do ICE, pode fazer uma prisão civil (como uma prisão por imigração) na área de um tribunal <b>estadual</b> de Connecticut sem antes avisar um agente de segurança do tribunal (judicial marshal) e mostrar documentos. Os documentos devem mostrar um mandado assinado por um juiz, uma condenação por crime grave (felony) de classe A ou B ou por um de 13 crimes listados, ou uma possível correspondência na lista de vigilância de terrorismo. Esse agente de segurança do tribunal deve conferir os documentos.
    • A "área do tribunal" inclui o prédio, os estacionamentos e garagens do tribunal e as calçadas e passagens ao lado. A regra protege todos que estão lá, não só quem tem um processo.
    • Os agentes não podem usar máscara na área do tribunal, a não ser que a máscara seja necessária por motivo médico e um juiz tenha aprovado antes.
    • Quebrar a regra pode ser punido como desacato ao tribunal (multa de até US$ 100, até 6 meses de prisão, ou as duas coisas). Quem for prejudicado pode processar.
    • A regra vale só para prisões civis. Ela não impede prisões por crimes.
    • O ICE prendeu pessoas em tribunais de Connecticut em 2025. Nenhum tribunal decidiu ainda se a justiça estadual pode obrigar agentes do ICE a cumprir essa lei. Então, planeje-se.
    • Em agosto de 2025, o tribunal federal em Connecticut (U.S. District Court) também proibiu prisões por imigração nos seus próprios prédios.
    
    <b>O tribunal de imigração é diferente</b>
    Os tribunais de imigração são federais. A lei de Connecticut sobre tribunais não vale para eles. Desde maio de 2025, o ICE vem prendendo pessoas dentro ou perto dos tribunais de imigração. Fale com um advogado antes da sua audiência, mas não deixe simplesmente de ir.
    
    <b>Por que você não deve faltar</b>
    • Se você faltar a uma data no tribunal estadual, o juiz pode emitir um mandado de prisão contra você.
    • Se você faltar a uma audiência de imigração, o juiz pode ordenar sua deportação "in absentia" (sem você presente). Aí o ICE pode prender e deportar você sem outra audiência.
    • Mantenha seu endereço atualizado no tribunal de imigração.
    • Grupos comunitários, como a ULA em New Haven, acompanham pessoas ao tribunal. Pergunte a um grupo local se alguém pode ir com você.

## ---------------------------------------------------------------- stopped_in_public

stopped_in_public-title = Parado pela polícia na rua
stopped_in_public-summary = Se o ICE ou a polícia parar você na rua, tenha calma, pergunte se pode ir embora e não fale da sua situação imigratória.
stopped_in_public-now =
    1. Mantenha a calma. Não fuja nem resista. Deixe as mãos à vista.
    2. Pergunte: "Estou livre para ir embora?" Se disserem que sim, saia com calma.
    3. Se não, diga: "Vou ficar em silêncio. Quero falar com um advogado."
    4. Se perguntarem seu nome, diga. Você não precisa responder outras perguntas.
    5. Diga: "Eu não autorizo a revista." Nunca mostre documentos falsos.
stopped_in_public-body =
    <b>O que você não é obrigado a fazer</b>
    • Você não precisa dizer onde nasceu, qual é sua situação imigratória nem como chegou aos EUA.
    • Você pode recusar uma revista. Mesmo assim, os agentes podem apalpar sua roupa por fora para procurar armas. Não reaja.
    
    <b>Seu nome</b>
    A assistência jurídica de Connecticut (CTLawHelp) diz que, se as autoridades perguntarem seu nome, você deve dizer. Dar seu nome não quer dizer que você tem que responder mais nada.
    
    <b>Documentos</b>
    • Nunca mostre documentos falsos. Nunca diga que é cidadão americano se não for.
    • Defensores de imigrantes recomendam não levar documentos de outro país, como um passaporte estrangeiro, que mostrem sua nacionalidade.
    • Se você tem situação imigratória legal (por exemplo, green card ou visto), deve mostrar o comprovante aos agentes do ICE se eles pedirem. Você não precisa mostrá-lo à polícia local.
    
    <b>Polícia ou ICE?</b>
    • A polícia local e o ICE são diferentes. O Trust Act de Connecticut limita como a polícia estadual e local ajuda o ICE. New Haven e Hartford orientam sua polícia a não perguntar sobre situação imigratória.
    • Às vezes, agentes do ICE dizem que são "a polícia". Pergunte de qual agência eles são.
    • Uma lei de Connecticut de 2026 diz que os agentes, inclusive os federais, devem mostrar um distintivo e uma identificação com nome e, na maioria dos casos, não podem esconder o rosto. O Departamento de Justiça dos EUA está contestando essa lei na justiça.
    
    <b>Se você vir outra pessoa sendo parada</b>
    Você pode filmar policiais e agentes federais trabalhando em lugares públicos. Fique a distância, não atrapalhe e afaste-se se mandarem.

## ---------------------------------------------------------------- stopped_in_car

stopped_in_car-title = Parado pela polícia no carro
stopped_in_car-summary = Pare com segurança, mãos à vista; o motorista mostra a carteira, mas ninguém precisa falar da situação imigratória.
stopped_in_car-now =
    1. Pare em um lugar seguro. Desligue o motor e acenda a luz interna.
    2. Deixe as mãos à vista.
    3. Motorista: mostre a carteira de motorista, o documento do carro e o seguro, se pedirem. Nunca mostre documentos falsos.
    4. Diga: "Eu não autorizo a revista." Se revistarem mesmo assim, não resista.
    5. Você não precisa responder perguntas sobre sua situação imigratória nem sobre onde nasceu.
stopped_in_car-body =
    <b>Motorista e passageiros</b>
    • O motorista deve mostrar a carteira de motorista, o documento do carro e o comprovante de seguro quando pedirem.
    • Passageiros: guias gerais de direitos dizem que eles não precisam mostrar documento nem responder perguntas, e podem perguntar: "Estou livre para ir embora?" Não conseguimos confirmar a regra exata de Connecticut para passageiros, então confirme com um advogado.
    • Ninguém no carro precisa responder perguntas sobre situação imigratória, onde nasceu ou como chegou aos EUA.
    • Você pode recusar a revista do carro, mas não impeça fisicamente os agentes se revistarem mesmo assim.
    
    <b>Polícia ou ICE?</b>
    • O ICE costuma usar carros sem identificação e agentes com roupas comuns. Você deve parar para agentes que se identificam e dão sinal com luzes ou sirene. Pergunte de qual agência eles são.
    • Se forem do ICE e você tiver situação imigratória legal, mostre o comprovante.
    • Com a polícia, você pode anotar o nome e o número do distintivo do policial.
    
    <b>Carteira só para dirigir (drive-only license)</b>
    Connecticut dá carteiras de motorista só para dirigir a pessoas que não conseguem comprovar presença legal (CGS § 14-36m). É uma carteira de verdade para dirigir. Não vale como identidade federal, por exemplo para embarcar em um avião.
    
    <b>Perfilamento racial</b>
    Depois de uma parada de trânsito em Connecticut, a polícia deve dizer a você como fazer uma queixa de perfilamento racial. Você pode fazer a queixa no departamento de polícia ou na CHRO.

## ---------------------------------------------------------------- detained_now

detained_now-title = Detido pelo ICE
detained_now-summary = Fique em silêncio, peça um advogado, não assine nada e dê seu número A à sua família.
detained_now-now =
    1. Fique em silêncio. Diga: "Vou ficar em silêncio. Quero um advogado."
    2. Não assine nada sem um advogado, principalmente saída voluntária ou deportação acordada (stipulated removal).
    3. Peça a lista de serviços jurídicos gratuitos.
    4. Descubra seu número A (A-number) e passe para sua família.
    5. Ligue para um familiar ou advogado cujo número você sabe de cor.
detained_now-body =
    <b>Seus direitos sob custódia do ICE</b>
    • Fale sobre sua situação imigratória só com seu advogado.
    • Assinar papéis como <b>saída voluntária</b> ou <b>deportação acordada</b> pode significar abrir mão da chance de ficar nos EUA. Fale com um advogado antes.
    • O governo não dá advogado gratuito no tribunal de imigração. Peça a lista de serviços jurídicos gratuitos ou de baixo custo. O CCIF faz defesa gratuita contra deportação, com programas em New Haven e Hartford. Ligue para saber se você tem direito.
    • Você tem direito de contatar o consulado do seu país ou de pedir aos agentes que o avisem.
    • Pergunte a um advogado se pode ter uma audiência de fiança para sair enquanto o processo corre. Algumas pessoas não têm direito.
    
    <b>As ligações são monitoradas</b>
    As ligações da detenção são ouvidas. Nessas ligações, não fale sobre onde nasceu, sua situação imigratória ou antecedentes criminais. Deixe isso para seu advogado.
    
    <b>Seu número A</b>
    É um número de 8 ou 9 dígitos nos seus papéis de imigração, no canto superior direito da Notificação para Comparecimento (Notice to Appear, formulário I-862). Sua família e seu advogado precisam dele para achar você e as datas das suas audiências.
    
    <b>Se for alguém da sua família</b>
    • Procure a pessoa no localizador online de detidos do ICE (ICE Online Detainee Locator), com o número A dela ou com o nome exato e o país de nascimento.
    • A linha do ICE para denúncias e informações sobre detenção (DRIL) também pode ajudar.
    • Ligue para um advogado imediatamente.
    • Só um advogado ou um representante credenciado pelo Departamento de Justiça (DOJ) pode dar ajuda jurídica de imigração. Um "notario" não pode.
    
    <b>Esteja preparado</b>
    Decore os telefones de um familiar ou amigo (de preferência alguém com situação imigratória legal) e de um advogado. Tenha também uma lista escrita.

## ---------------------------------------------------------------- find_detained

find_detained-title = Achar alguém detido
find_detained-summary = Use o localizador online do ICE com o número A da pessoa, ou nome e país de nascimento, e ligue para um advogado.
find_detained-now =
    1. Se puder, ache o número A (A-number) da pessoa. Está nos papéis de imigração dela.
    2. Procure no localizador de detidos do ICE: locator.ice.gov.
    3. Nada? Ligue para a linha DRIL do ICE (o número abaixo) e procure de novo depois.
    4. Ligue para um advogado agora. Não espere. Toque em Para quem ligar.
    5. Veja a data da próxima audiência dela no tribunal de imigração. O telefone do tribunal está em Para quem ligar.
find_detained-body =
    <b>Como usar o localizador</b>
    • Pelo número A: ele tem 9 dígitos. Se for menor, coloque zeros na frente (12345678 vira 012345678). Depois escolha o país de nascimento.
    • Pelo nome: digite o nome e o sobrenome exatos e o país de nascimento. A data de nascimento é opcional, mas coloque se souber.
    • O localizador é atualizado em cerca de 8 horas depois de uma transferência ou soltura, então tente de novo mais tarde.
    • Ele só mostra adultos (18 anos ou mais) sob custódia do ICE ou soltos nos últimos 60 dias. No caso de uma criança, pergunte a um advogado.
    
    <b>Linha DRIL do ICE</b>
    Se o localizador não mostrar nada, a pessoa pode ter acabado de ser transferida. A linha DRIL pode ajudar você a achá-la. Você também pode denunciar abusos na detenção, dificuldade para falar com um advogado ou um pai ou mãe separado dos filhos.
    
    <b>Linha do tribunal de imigração (EOIR)</b>
    Com o número A, a linha telefônica ou o site informa a data, a hora e o local da próxima audiência e a decisão do juiz. Não mostra audiências de fiança.
    
    <b>Depois de achar a pessoa</b>
    • Contate o centro de detenção para saber de ligações, visitas e depósitos na conta dela.
    • As ligações são monitoradas. Ao telefone, não fale sobre a situação imigratória dela, o país de nascimento ou antecedentes criminais.
    • Arrume um advogado. O CCIF faz defesa gratuita contra deportação, com programas em New Haven e Hartford. Ligue para saber se a pessoa tem direito.
    • Só um advogado ou um representante credenciado pelo Departamento de Justiça (DOJ) pode dar ajuda jurídica de imigração. Um "notario" não pode. Nunca entregue documentos originais a ninguém.

## ---------------------------------------------------------------- file_complaint

file_complaint-title = Fazer uma queixa
file_complaint-summary = Onde denunciar má conduta do ICE, da CBP ou da polícia, discriminação ou violação do Trust Act em Connecticut.
file_complaint-body =
    <b>Primeiro, guarde um registro</b>
    Anote nomes, números de distintivo, data, hora, local e o que aconteceu. Guarde fotos, vídeos, papéis e nomes de testemunhas.
    
    <b>ICE ou CBP (agentes federais)</b>
    • <b>Inspetor-Geral do DHS (OIG):</b> recebe queixas de má conduta de funcionários do DHS, como força, perfilamento racial ou negação de direitos. Não é linha de emergência. Em perigo, ligue para o 911.
    • <b>Escritório de Direitos Civis do DHS (CRCL):</b> o DHS cortou este escritório em 2025, então faça a queixa para registro e avise também um advogado.
    • Problemas na detenção (abuso, sem acesso a advogado): linha DRIL do ICE, 1-888-351-4024.
    
    <b>Polícia de Connecticut</b>
    • Faça a queixa no departamento do próprio policial. Todo departamento de polícia de Connecticut deve ter uma política de queixas pública. Há um formulário estadual de queixa (do POST) em inglês e espanhol.
    • Perfilamento racial depois de uma parada de trânsito: faça a queixa no departamento ou na CHRO.
    • O Inspetor-Geral de Connecticut só investiga uso de força letal pela polícia e mortes sob custódia (desde 2026, também por agentes federais). Não é uma linha geral de queixas.
    
    <b>Violações do Trust Act</b>
    Se a polícia de uma cidade (ou a escolar) ajudou o ICE de um jeito proibido pelo Trust Act, desde 1º de outubro de 2025 você pode processar a cidade no Superior Court (tribunal estadual) para pedir uma ordem judicial. Não há indenização em dinheiro, mas, se ganhar, o tribunal pode mandar a cidade pagar os honorários do seu advogado. Isso não vale para órgãos estaduais, como a Polícia Estadual ou as prisões.
    
    <b>Prisões em tribunais estaduais</b>
    Se o ICE ou a polícia violar a lei de 2025 sobre prisões em tribunais estaduais, quem for prejudicado pode processar no Superior Court e pedir indenização em dinheiro.
    
    <b>Processar por seus direitos constitucionais (lei de 2026)</b>
    O Public Act 26-14, assinado em 4 de maio de 2026, permite processar qualquer pessoa, inclusive agentes federais, que viole seus direitos constitucionais. Você pode pedir dinheiro e honorários de advogado. O Procurador-Geral do estado agora também pode processar nesses casos. O Departamento de Justiça dos EUA contesta essa lei no tribunal federal (ação da primavera de 2026), então fale com um advogado.
    
    <b>Discriminação</b>
    A CHRO cuida de discriminação no emprego, na moradia, em lugares públicos (como lojas) e no crédito, por exemplo por sua origem nacional. Não recebe queixas contra o ICE. Procure-a o quanto antes: algumas queixas têm prazo de 180 dias.
    
    <b>Ajuda jurídica</b>
    Para assistência jurídica gratuita, ligue para a Statewide Legal Services: 1-800-453-3320.

## ---------------------------------------------------------------- legal_help

legal_help-title = Achar um advogado
legal_help-summary = Ajuda jurídica de imigração gratuita ou barata em Connecticut, e como evitar a fraude de "notarios".
legal_help-body =
    <b>Quem pode ajudar em imigração</b>
    Só um advogado licenciado, ou um representante credenciado pelo Departamento de Justiça (DOJ) em uma organização sem fins lucrativos reconhecida, pode dar ajuda jurídica de imigração. Um "notario" ou tabelião (notary public) <b>não</b> é advogado.
    
    <b>Ajuda jurídica gratuita em Connecticut</b>
    • <b>CCIF:</b> defesa gratuita contra deportação para pessoas detidas pelo ICE ou em processo de deportação (removal), e para quem pede asilo. Programas em New Haven e Hartford. Ligue para saber se você tem direito.
    • <b>SLS:</b> a linha principal de assistência jurídica civil gratuita. Em geral, para pessoas com renda de até 125% da linha federal de pobreza.
    • <b>NHLAA:</b> assistência jurídica na região de New Haven. Se você não tem documentos e mora lá, ligue direto para a NHLAA, não para a SLS. Ela não informa a situação imigratória à polícia nem a ninguém.
    • <b>Diretório IAN:</b> ache ajuda de imigração sem fins lucrativos, gratuita ou barata, pelo CEP (zip code).
    
    <b>Proteja-se da fraude de "notarios"</b>
    • Os formulários de imigração do governo são gratuitos.
    • Nunca assine um formulário em branco.
    • Nunca entregue seus documentos originais. Dê cópias.
    • Confira se o site do governo termina em .gov.
    • Denuncie fraudes ao Departamento de Proteção ao Consumidor de Connecticut ou à FTC (ReportFraud.ftc.gov, 1-877-382-4357, em inglês ou espanhol). Escreva "Notario Publico" na sua queixa.
    • Se já foi enganado, procure logo um advogado de imigração de verdade. Às vezes dá para corrigir o prejuízo.

## ---------------------------------------------------------------- rapid_response

rapid_response-title = Denunciar ações do ICE
rapid_response-summary = Como denunciar ações do ICE com segurança e como conferir um alerta antes de compartilhar.
rapid_response-body =
    <b>Existe uma linha de emergência em Connecticut?</b>
    Não conseguimos confirmar o número de nenhuma linha de resposta rápida de Connecticut. Grupos em New Haven e Danbury têm linhas, mas não conseguimos verificar os números. Peça o número atual a um grupo de imigrantes local de confiança. Enquanto isso, você pode usar a linha nacional da United We Dream, abaixo.
    Nunca ligue para a linha de denúncias do ICE. Ela serve para denunciar pessoas ao ICE.
    
    <b>Se você vir o ICE</b>
    1. Sua segurança vem primeiro. Fique a uma distância segura e não atrapalhe.
    2. Confira se é mesmo o ICE: procure a palavra ICE em coletes, bonés e jaquetas.
    3. Grave um vídeo ou faça anotações de uma distância segura.
    4. Anote a hora, a data e o local exato; quantos agentes e veículos; as placas; uniformes e distintivos; o que foi dito; qualquer uso de força.
    5. Se alguém estiver sendo detido, diga que a pessoa pode ficar em silêncio e pedir um advogado. Pergunte para quem ela quer que você ligue.
    6. Avise uma linha de resposta rápida.
    
    Muitas redes pedem os relatos na ordem <b>SALUTE</b>: Size (quantos), Activity (o que fazem), Location (local), Uniform (uniforme), Time (hora), Equipment (carros, equipamentos).
    
    <b>Confira antes de compartilhar</b>
    • Alarmes falsos espalham medo. Eles afastam as pessoas do trabalho, da escola e do médico.
    • Não repasse prints nem mensagens do tipo "um amigo disse". Confira com uma rede de resposta rápida, um grupo conhecido de ajuda jurídica ou de direitos dos imigrantes, ou um jornal local confiável.
    • Marque qualquer alerta como "NÃO CONFIRMADO" até alguém conferir.
    • Não publique fotos que mostrem quem está sendo detido. Entregue as gravações à família ou ao advogado da pessoa. Não faça transmissão ao vivo.
    • Em propriedade privada, quem define as regras é o dono. Cuidado com o som: a lei de Connecticut limita gravar conversas privadas sem autorização.

## ---------------------------------------------------------------- family_plan

family_plan-title = Fazer um plano familiar
family_plan-summary = Planeje agora o cuidado dos filhos, documentos e dinheiro caso um dos pais seja detido, com formulários gratuitos.
family_plan-body =
    <b>O Plano de Preparação Familiar de Connecticut</b>
    Um kit gratuito do estado. Você não precisa de advogado nem de tribunal. Ele existe em 9 idiomas, inclusive espanhol, português e crioulo haitiano. Tem um plano de cuidado dos filhos, um formulário de tutor designado (standby guardian), uma lista de documentos para juntar e alertas sobre golpes.
    
    <b>Tutor designado (standby guardian) para seus filhos</b>
    • O pai ou a mãe pode indicar por escrito uma pessoa para cuidar dos filhos se for detido (CGS §§ 45a-624 a 45a-624g).
    • Assine e coloque a data na frente de duas testemunhas. Dê uma cópia ao tutor designado.
    • Os dois pais vivos precisam concordar, a não ser que um deles tenha perdido a guarda ou o poder familiar.
    • Pode começar quando um dos pais for detido. Dura até um ano, ou até o pai ou a mãe poder cuidar dos filhos de novo. Você pode cancelar a qualquer momento. Não precisa de tribunal.
    • Se puder durar mais, ou se o outro pai ou mãe não concordar, pergunte à assistência jurídica sobre tutela no tribunal de sucessões (probate court).
    
    <b>Outros passos</b>
    1. Escolha um adulto de confiança e converse com ele sobre o plano.
    2. Atualize os contatos de emergência na escola e na creche dos seus filhos.
    3. Assine uma autorização por escrito para essa pessoa tomar decisões médicas e escolares.
    4. Pense em fazer uma procuração para seu dinheiro e seus bens.
    5. Guarde as certidões de nascimento e os passaportes juntos.
    6. Dê cópias dos seus papéis de imigração e do seu número A a uma pessoa de confiança.
    7. Decore os telefones importantes e tenha uma lista escrita.
    
    <b>Lembre-se</b>
    • Crianças nascidas nos EUA são cidadãs americanas.
    • Nunca entregue documentos originais a um "notario".

## ---------------------------------------------------------------- know_your_rights

know_your_rights-title = Conheça seus direitos
know_your_rights-summary = Uma lista curta dos seus direitos se o ICE ou a polícia parar você, para guardar no celular e compartilhar.
know_your_rights-body =
    Todas as pessoas nos EUA têm estes direitos, qualquer que seja sua situação imigratória. Usá-los pode não impedir uma prisão na hora, mas protege seu caso depois.
    
    • <b>Não abra a porta.</b> Peça aos agentes que passem o mandado por baixo da porta. Um mandado assinado por um juiz pode permitir a entrada. Os formulários I-200 e I-205 do ICE são assinados por um agente, não por um juiz, e você não precisa abrir por causa deles.
    • <b>Fique em silêncio.</b> Você não precisa dizer onde nasceu, qual é sua situação imigratória nem como chegou aos EUA. Em Connecticut, a assistência jurídica orienta a dizer seu nome se as autoridades perguntarem.
    • <b>Não assine nada</b> sem um advogado.
    • <b>Peça um advogado.</b>
    • <b>Diga: "Eu não autorizo a revista."</b>
    • <b>Pergunte: "Estou livre para ir embora?"</b> Se sim, saia com calma.
    • <b>Não minta, não fuja, não resista.</b> Nunca mostre documentos falsos nem diga que é cidadão americano se não for.
    • <b>Leve um cartão vermelho.</b> Ele diz que você vai ficar em silêncio, não vai abrir a porta sem um mandado judicial e não autoriza revista. Você pode mostrá-lo em vez de falar.
    
    <b>O que dizer</b>
    "Vou ficar em silêncio. Quero falar com um advogado. Eu não autorizo a revista. Eu não autorizo a entrada de vocês."
    
    <b>Um alerta</b>
    Agora o ICE afirma que pode entrar à força em uma casa com um formulário I-205 quando alguém tem uma ordem final de deportação. Isso está sendo contestado na justiça. Se os agentes entrarem à força, não resista. Diga que não autoriza e fique em silêncio.
    
    <b>Prepare-se</b>
    Decore o telefone de um advogado e o de um familiar, e faça um plano familiar.

## ---------------------------------------------------------------- community_support

community_support-title = Grupos comunitários
community_support-summary = Grupos de Connecticut que apoiam imigrantes: organização, cursos, jovens, apoio no tribunal e necessidades básicas.
community_support-body =
    Estes grupos trabalham com imigrantes em Connecticut. Pergunte a eles sobre treinamentos, apoio e o que está acontecendo perto de você.
    
    • <b>CIRC (Connecticut Immigrant and Refugee Coalition):</b> uma rede estadual de grupos comunitários, religiosos, empresariais e jurídicos, com sede em Hartford.
    • <b>ULA (Unidad Latina en Acción), New Haven:</b> direitos dos trabalhadores e salários não pagos, e pessoas que acompanham você ao tribunal. Espanhol, mam, totonaco e kaqchikel.
    • <b>C4D (Connecticut Students for a Dream):</b> liderado por jovens sem documentos. Ajuda para entrar na faculdade e treinamentos sobre direitos.
    • <b>Make the Road Connecticut:</b> serviços jurídicos e de apoio, organização comunitária e orientação sobre direitos, em Bridgeport e Hartford.
    • <b>2-1-1:</b> ajuda gratuita com comida, moradia, contas de luz e água e crises de saúde mental, 24 horas por dia, em vários idiomas.
    
    Grupos locais também têm equipes de resposta rápida, por exemplo em New Haven e Danbury. Não confirmamos os números; peça a linha atual a um grupo de confiança.
    
    Grupos comunitários podem encaminhar você para ajuda, mas só um advogado ou um representante credenciado pelo Departamento de Justiça (DOJ) pode dar orientação jurídica sobre imigração.
