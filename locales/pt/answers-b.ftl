## Respostas em português, parte B: direitos e a lei (warrant_types a compliance_oversight)
## e as intenções de conversa (greeting a bot_privacy).
## Formato e regras de escrita: CONTENT.md. Fatos: shared/facts (o adendo prevalece).
## O bot acrescenta sozinho a lista "Para quem ligar" e o rodapé: não os repita aqui.

## warrant_types
warrant_types-title = Mandado judicial ou do ICE
warrant_types-summary = Como diferenciar um mandado judicial de um formulário do ICE, e o que cada um permite aos agentes.
warrant_types-body =
    Em geral, os agentes precisam de um mandado assinado por um <b>juiz</b> para entrar na sua casa sem sua permissão. A maioria dos papéis do ICE não é assinada por um juiz.
    
    <b>Mandado judicial (de um tribunal)</b>
    • No alto, traz o nome de um tribunal, como "United States District Court" ou um tribunal de Connecticut.
    • É assinado por um juiz ou magistrado.
    • Traz o nome da pessoa ou o endereço. Confira se o nome e o endereço estão certos e se a data está válida.
    • Um mandado de busca permite que os agentes entrem nos lugares que ele lista. Um mandado de prisão permite que entrem na casa da pessoa citada se acharem que ela está lá dentro.
    
    <b>Mandado administrativo do ICE</b>
    • É um formulário do Departamento de Segurança Interna (DHS), em geral o <b>I-200</b> (prisão) ou o <b>I-205</b> (deportação).
    • É assinado por um agente de imigração, não por um juiz.
    • Há anos, advogados e defensores de imigrantes dizem que ele não permite entrar em uma casa sem sua autorização.
    • No trabalho, ele não permite que os agentes entrem em áreas privadas, só para funcionários, a não ser que o empregador concorde.
    
    <b>Mudança importante em 2026:</b> um memorando do ICE divulgado em janeiro de 2026 diz que os agentes podem entrar à força em uma casa com um I-205 quando a pessoa tem uma ordem final de deportação. Muitos advogados dizem que isso viola a Constituição dos EUA, e houve notícias de processos contra essa medida. Se os agentes entrarem à força, não resista. Diga com clareza "Eu não autorizo", fique em silêncio e procure um advogado.
    
    <b>Na porta</b>
    • Não abra a porta. Peça que passem o mandado por baixo da porta ou que o mostrem pela janela.
    • Leia o nome, o endereço, a data e quem assinou.
    • Se não for um mandado judicial para seu endereço, você pode manter a porta fechada. Diga: "Eu não autorizo a entrada de vocês. Quero ficar em silêncio. Quero falar com um advogado."
    • Se for um mandado judicial, eles podem entrar. Não resista. Você continua podendo ficar em silêncio.
    
    Em Connecticut, a polícia, as cadeias e as prisões não podem manter você preso nem prender você só por causa de um mandado administrativo do ICE (veja o Trust Act). Essa regra limita os agentes de Connecticut; ela não impede o próprio ICE.

## right_to_silence
right_to_silence-title = Seu direito ao silêncio
right_to_silence-summary = Você pode ficar em silêncio sobre onde nasceu e sua situação imigratória. Nunca minta nem mostre documentos falsos.
right_to_silence-body =
    Todas as pessoas nos Estados Unidos têm estes direitos, qualquer que seja sua situação imigratória. Usá-los pode não impedir uma prisão na hora, mas protege seu caso depois.
    
    <b>Você não precisa dizer</b>
    • onde nasceu ou de que país você é;
    • sua situação imigratória;
    • como ou quando chegou aos Estados Unidos.
    
    Você pode dizer: "Quero ficar em silêncio. Quero falar com um advogado." Depois, pare de falar. Um cartão vermelho pode dizer isso por você.
    
    <b>Seu nome</b>
    A assistência jurídica de Connecticut orienta: se as autoridades perguntarem seu nome, diga. Dar seu nome não quer dizer que você tem que responder mais nada.
    
    <b>Revistas</b>
    Você pode dizer: "Eu não autorizo a revista." Mesmo assim, os agentes podem apalpar sua roupa por fora para procurar armas. Se revistarem mesmo assim, não resista.
    
    <b>Documentos</b>
    • Se você tem situação imigratória legal, deve mostrar o comprovante aos agentes do ICE se eles pedirem. Você não precisa mostrá-lo à polícia local.
    • Se estiver dirigindo, você deve mostrar a carteira de motorista, o documento do carro e o comprovante de seguro.
    • Defensores de imigrantes recomendam não levar documentos de outro país, como um passaporte estrangeiro, que mostrem de onde você é.
    
    <b>Nunca</b>
    • minta ou dê um nome falso;
    • mostre documentos falsos;
    • diga que é cidadão americano se não for;
    • fuja ou brigue, mesmo que você ache que os agentes estão errados.
    Isso pode prejudicar você muito mais do que ficar em silêncio.
    
    O que você diz à polícia sobre sua situação imigratória pode chegar ao ICE: a lei federal não deixa os estados proibirem a troca de informações sobre situação imigratória. Se você for detido, as ligações são ouvidas, então fale do seu caso só com seu advogado.

## signing_documents
signing_documents-title = Antes de assinar papéis
signing_documents-summary = Não assine papéis do ICE, como a saída voluntária, antes de falar com um advogado.
signing_documents-body =
    Agentes do ICE ou da detenção podem pedir que você assine papéis. Alguns podem acabar com sua chance de ficar nos Estados Unidos. <b>Não assine nada que você não entenda totalmente e não assine antes de falar com um advogado.</b>
    
    <b>Tenha mais cuidado com</b>
    • <b>Saída voluntária:</b> você concorda em sair dos Estados Unidos.
    • <b>Deportação acordada (stipulated removal):</b> você concorda em ser deportado sem ver um juiz.
    Assinar esses papéis pode fazer você perder o direito a uma audiência e a chance de pedir para ficar, mesmo que haja um jeito de ficar.
    
    <b>O que você pode fazer</b>
    • Diga: "Não vou assinar nada antes de falar com o meu advogado."
    • Peça um intérprete se não entender bem o idioma.
    • Peça cópia de todo papel que derem a você e de todo papel que assinar.
    • Peça a lista de serviços jurídicos gratuitos ou de baixo custo. O governo não dá advogado gratuito no tribunal de imigração, então ligue cedo para a assistência jurídica.
    • Saiba seu número A (A-number, o número do seu caso de imigração) e passe para sua família e seu advogado.
    
    <b>Cuidado com os "notarios"</b>
    Nos Estados Unidos, um "notario" ou tabelião (notary public) não é advogado e não pode ajudar em casos de imigração. Só um advogado ou um representante credenciado pelo Departamento de Justiça (DOJ) em uma organização sem fins lucrativos reconhecida pode.
    • Nunca assine um formulário em branco.
    • Nunca entregue seus documentos originais a ninguém.
    • Os formulários do governo são gratuitos.
    • Confira se os sites do governo terminam em .gov.
    Você pode denunciar fraude de "notarios" ao Departamento de Proteção ao Consumidor de Connecticut. Se você já foi enganado, procure logo um advogado de imigração de verdade: o prejuízo pode ter conserto.

## trust_act
trust_act-title = O TRUST Act de Connecticut
trust_act-summary = Lei de Connecticut de 2013 que limita quando a polícia, as cadeias e as prisões podem manter pessoas presas para o ICE.
trust_act-body =
    O TRUST Act é uma lei aprovada pelo legislativo de Connecticut em 2013 (Public Act 13-155, em vigor desde 1º de janeiro de 2014). É uma lei, não uma ordem do governador. Foi reforçada em 2019 e mudou de novo em 2025. Leia a lei: <a href="https://www.cga.ct.gov/2026/sup/chap_965.htm#sec_54-192h">General Statutes 54-192h</a>.
    
    <b>A regra principal hoje</b>
    Os agentes de Connecticut cobertos pela lei não podem prender você nem manter você preso só porque o ICE mandou um <b>pedido de detenção (detainer)</b>, isto é, um pedido para manter você preso para o ICE, ou um <b>mandado administrativo</b> do ICE. Só podem fazer isso se:
    • um <b>juiz</b> assinou um mandado;
    • você foi <b>condenado</b> por um crime grave (felony) de classe A ou B;
    • você foi <b>condenado</b> por um de 13 crimes incluídos em 2025, como agressão sexual de segundo ou terceiro grau, risco de dano a menor, estrangulamento de primeiro grau, invasão de domicílio de segundo grau com arma de fogo, violação criminal de medida protetiva ou posse de material de abuso sexual infantil; ou
    • seu nome talvez coincida com um do banco de dados federal de terrorismo.
    Ser preso ou acusado não basta: é preciso uma condenação.
    
    <b>Quem deve cumprir a lei</b>
    A polícia local e a Polícia Estadual, o Departamento de Correção (prisões), os agentes de segurança dos tribunais (judicial marshals) e os oficiais de justiça estaduais (state marshals), a liberdade vigiada (probation) de adultos e de jovens, os funcionários de fiança dos tribunais, a polícia e a segurança escolar, os promotores e o Conselho de Indultos e Livramento Condicional (Board of Pardons and Paroles).
    
    <b>Outras regras</b>
    • Esses agentes não podem fazer o trabalho do ICE: nada de acordos 287(g).
    • Se o ICE mandar um pedido de detenção (detainer), o órgão deve dar uma cópia a você e dizer se vai atender ao pedido.
    • Se o órgão informar ao ICE a data da sua soltura, deve dar a você e ao seu advogado uma cópia e o motivo por escrito.
    • O antigo limite de 48 horas para manter alguém preso foi retirado em 2019. Hoje a lei estadual só permite manter alguém preso nos casos acima.
    
    <b>Se a lei for desrespeitada</b>
    Desde 1º de outubro de 2025, você pode processar uma cidade cuja polícia ou polícia escolar desrespeitar esta lei. Um tribunal pode mandar que parem, mas você não recebe indenização em dinheiro. Se ganhar, a cidade pode ter que pagar os honorários do seu advogado. Não há esse tipo de processo contra órgãos estaduais, como o Departamento de Correção ou a Polícia Estadual.
    
    <b>O que a lei não faz</b>
    Ela só limita agentes de Connecticut. Não impede o ICE de fazer suas próprias prisões. As digitais tiradas em qualquer prisão continuam indo para o ICE.
    
    <b>Na justiça:</b> o Departamento de Justiça dos EUA processou Connecticut e New Haven por causa desta lei no tribunal federal na primavera de 2026 (segundo notícias). Não sabemos o resultado. Peça notícias à assistência jurídica.

## police_share_with_ice
police_share_with_ice-title = A polícia avisa o ICE?
police_share_with_ice-summary = O que a polícia de Connecticut pode ou não contar ao ICE, e por que suas digitais ainda chegam ao ICE.
police_share_with_ice-body =
    <b>Resposta curta:</b> nenhuma lei de Connecticut obriga a polícia a avisar o ICE sobre pessoas sem documentos. A lei estadual limita o que ela pode compartilhar. Mas, se você for preso, suas impressões digitais chegam ao ICE automaticamente.
    
    <b>O que a lei de Connecticut limita</b>
    • Um pedido do ICE para ser avisado da data da sua soltura conta como pedido de detenção (detainer). Polícia, cadeias e prisões não devem avisar o ICE de quando você sai, exceto se houver mandado judicial, condenação por crime grave (felony) de classe A ou B ou por um de 13 crimes listados, ou possível correspondência na lista de vigilância de terrorismo.
    • Se avisarem o ICE da data da sua soltura, devem dar a você e ao seu advogado uma cópia e o motivo por escrito.
    • Se o ICE mandar um pedido de detenção contra você, você deve receber uma cópia e saber se o órgão vai atender ao pedido.
    • A polícia não pode dar ao ICE "informações confidenciais", salvo em poucos casos. Isso inclui: se você é vítima de violência doméstica ou agressão sexual, testemunha de crime ou recebe assistência pública; sua orientação sexual; seu número do Social Security e seus dados financeiros.
    • Desde 18 de novembro de 2025, órgãos estaduais e locais não podem dar ao ICE seu endereço, local de trabalho, escola ou horários de compromissos não públicos, com algumas exceções.
    
    <b>O que Connecticut não impede</b>
    • <b>Digitais:</b> as digitais tiradas em qualquer prisão vão para o FBI e daí, automaticamente, para o ICE (programa federal "Secure Communities", em todo o estado desde 22 de fevereiro de 2012). O estado não controla isso. Depois, o ICE pode procurar você por conta própria.
    • <b>Situação imigratória:</b> a lei federal (8 U.S.C. 1373) não deixa os estados proibirem a troca de informações sobre a cidadania ou a situação imigratória de alguém, e Connecticut diz que cumpre essa lei. Então, não fale da sua situação imigratória: você tem o direito de ficar em silêncio.
    • <b>Bancos de dados:</b> o ICE tem tido acesso ao COLLECT, um banco de dados da polícia estadual que inclui registros do DMV (departamento de trânsito). Até novembro de 2025, Connecticut também não tinha bloqueado as consultas do ICE aos dados do DMV por uma rede policial nacional. Não sabemos se isso mudou.
    
    Essas regras só valem para agentes de Connecticut. O ICE ainda pode fazer suas próprias prisões. Se acha que a polícia passou seus dados contra a lei, fale com a assistência jurídica.

## police_ask_status
police_ask_status-title = Polícia e situação imigratória
police_ask_status-summary = Nenhuma lei estadual impede a polícia de perguntar sua situação imigratória, mas você nunca precisa responder.
police_ask_status-body =
    <b>Eles podem perguntar?</b> Nenhuma lei de Connecticut impede a polícia de perguntar sua situação imigratória. Em 2025, o governador disse que a polícia não pergunta isso em paradas comuns, como por excesso de velocidade. Isso descreve o costume da polícia; não é lei.
    
    <b>Algumas cidades têm regras próprias</b>
    • <b>New Haven:</b> uma ordem policial de 2006 (General Order 06-2) e a ordem "Welcoming City" (Cidade Acolhedora) de 2020 dizem que a polícia e os funcionários da cidade não perguntam a situação imigratória.
    • <b>Hartford:</b> uma lei municipal de 2008 diz que a polícia não pode prender ninguém nem manter ninguém preso só pela situação imigratória ou por um mandado administrativo do ICE, e a prefeitura não pergunta a situação imigratória para dar serviços.
    Muitas outras cidades não têm essa regra.
    
    <b>Você nunca precisa responder</b>
    Seja quem for, você pode dizer: "Quero ficar em silêncio." Você não precisa dizer onde nasceu, qual é sua situação imigratória nem como chegou aqui. A assistência jurídica de Connecticut orienta a dizer seu nome se perguntarem.
    
    Ao dirigir, você deve mostrar a carteira de motorista, o documento do carro e o seguro. A carteira só para dirigir (drive-only license) de Connecticut é válida para dirigir.
    
    <b>Não</b> minta, não mostre documentos falsos e não diga que é cidadão americano se não for.
    
    <b>Por que o silêncio importa</b>
    O que você diz à polícia sobre sua situação imigratória pode chegar ao ICE: a lei federal não deixa os estados proibirem a troca dessas informações. O Trust Act limita que mantenham você preso para o ICE, mas não impede a polícia de perguntar.
    
    <b>Se você se sentiu discriminado</b>
    Depois de uma parada de trânsito, a polícia de Connecticut deve explicar como fazer uma queixa de perfilamento racial. Você pode fazê-la no departamento de polícia ou na Comissão de Direitos Humanos e Oportunidades (CHRO). Anote o nome e o número do distintivo do policial, a hora e o local.

## ice_interview_custody
ice_interview_custody-title = Entrevista do ICE na cadeia
ice_interview_custody-summary = Quando as cadeias, as prisões e a polícia de Connecticut podem deixar o ICE entrevistar alguém que está preso.
ice_interview_custody-body =
    Se você ou um parente está preso em uma cadeia, prisão ou delegacia de Connecticut, o ICE pode pedir para entrevistar a pessoa. A lei de Connecticut (General Statutes 54-192h) limita isso.
    
    <b>A regra</b>
    As cadeias, as prisões e a polícia de Connecticut <b>não</b> podem dar ao ICE acesso para entrevistar uma pessoa sob a custódia delas, a não ser que:
    • a pessoa tenha sido <b>condenada</b> por crime grave (felony) de classe A ou B, ou por um de 13 crimes listados (como agressão sexual de segundo ou terceiro grau, estrangulamento de primeiro grau ou violação criminal de medida protetiva);
    • o nome da pessoa talvez coincida com um do banco de dados federal de terrorismo; ou
    • um tribunal federal tenha mandado.
    Só uma prisão ou uma acusação não basta.
    
    <b>Você ainda pode se recusar a responder</b>
    Mesmo que o ICE consiga ver você, você não precisa responder perguntas. Você pode dizer: "Quero ficar em silêncio. Quero falar com um advogado." Não assine nada sem um advogado. Não minta nem mostre documentos falsos.
    
    <b>O que a lei de Connecticut não promete</b>
    Alguns sites dizem que Connecticut deve dar um aviso por escrito ou um formulário de autorização (consent form) antes de uma entrevista do ICE. Essa é a lei da Califórnia, não a de Connecticut. Um projeto de lei parecido fracassou em Connecticut em 2018. Não espere um formulário: peça um advogado imediatamente.
    
    <b>Registros e queixas</b>
    Os registros de acesso do ICE a pessoas presas são públicos, e as polícias locais informam esses acessos ao estado. Se a polícia de uma cidade desrespeitou esta regra, você pode pedir a um tribunal que mande parar (sem indenização em dinheiro). Fale com a assistência jurídica sobre o que aconteceu.
    
    Esta regra só vale para os agentes de Connecticut. Ela não vale quando a pessoa já está sob a custódia do próprio ICE.

## report_crime_safely
report_crime_safely-title = Denunciar crime com segurança
report_crime_safely-summary = Vítimas de crime podem ter ajuda qualquer que seja a situação imigratória, inclusive vistos U e T e VAWA.
report_crime_safely-body =
    <b>Se você estiver em perigo, ligue para o 911.</b> Você pode receber ajuda como vítima de crime, qualquer que seja sua situação imigratória. As linhas de ajuda para violência doméstica e agressão sexual são gratuitas e confidenciais.
    
    <b>O que a polícia pode contar ao ICE</b>
    Pelo Trust Act de Connecticut, ser vítima de violência doméstica ou agressão sexual, ou testemunha de crime, é "informação confidencial". A polícia não pode passar isso ao ICE, a não ser em casos muito limitados. Um alerta: se <i>você</i> for preso e tirarem suas impressões digitais, elas vão automaticamente para o ICE.
    
    <b>Opções de imigração para vítimas</b>
    • <b>Visto U:</b> para vítimas de certos crimes, como violência doméstica ou agressão sexual, que sofreram danos graves e ajudaram, estão ajudando ou provavelmente vão ajudar a polícia ou os promotores. Precisa de um formulário assinado por um órgão certificador, como a polícia, um promotor ou um juiz (Formulário I-918, Suplemento B). Não é preciso que o agressor seja preso ou condenado. Dá até 4 anos de situação imigratória legal, autorização de trabalho e um caminho para o green card. Só 10.000 são dados por ano, então há uma lista de espera; quem está nela pode receber proteção contra deportação.
    • <b>Visto T:</b> para vítimas de tráfico de pessoas.
    • <b>Autopetição VAWA:</b> se você sofreu abuso do seu cônjuge, pai ou mãe que seja cidadão americano ou residente permanente, ou do seu filho adulto cidadão americano, pode fazer o pedido sozinho, sem o agressor saber. O governo deve manter tudo em sigilo.
    
    <b>A regra de Connecticut sobre o visto U</b>
    Desde 1º de julho de 2021, toda agência de polícia de Connecticut deve indicar um policial para cuidar dos pedidos de certificação do visto U (General Statutes 46b-38b). Eles devem responder em até 60 dias, ou em até 14 dias se a vítima estiver detida ou em processo de deportação, ou se um familiar estiver prestes a passar da idade para ter direito.
    
    Fale com a assistência jurídica ou com um advogado de imigração antes de fazer o pedido. Eles podem dizer qual opção serve para você.

## sensitive_places
sensitive_places-title = Escolas, hospitais, igrejas
sensitive_places-summary = Os limites federais ao ICE em escolas e hospitais acabaram; a lei de Connecticut está sendo contestada na justiça.
sensitive_places-body =
    <b>A política federal mudou</b>
    Durante anos, o ICE teve uma política de evitar, na maioria dos casos, prisões em escolas, hospitais, templos religiosos e lugares parecidos. Essa política foi cancelada em 20 de janeiro de 2025. Agora cada agente do ICE decide, e o ICE pode agir nesses lugares.
    
    <b>A lei de Connecticut (desde 1º de outubro de 2026)</b>
    O Public Act 26-14, assinado em 4 de maio de 2026, diz que nenhum agente, <b>inclusive agentes federais como os do ICE</b>, pode prender ou manter presa uma pessoa por uma questão civil (não criminal), como imigração, nestes lugares, a não ser que tenha um mandado assinado por um <b>juiz</b>:
    • escolas, da pré-escola à faculdade;
    • hospitais e pronto-atendimentos;
    • templos ou locais de estudo religioso;
    • creches, parquinhos, centros de recreação, programas antes e depois da escola, e pontos de ônibus escolar quando há crianças;
    • abrigos, bancos de alimentos e despensas comunitárias, centros de crise e de violência doméstica, tratamento de álcool e drogas e outros serviços sociais;
    • locais de ajuda em desastres e cemitérios;
    • prédios de órgãos estaduais e prédios da prefeitura.
    Isso inclui os terrenos e estacionamentos desses lugares. Uma condenação antiga não muda isso: só um mandado judicial permite a prisão. Quem for preso contra esta lei pode processar e pode receber indenização em dinheiro. A lei não impede prisões por crimes.
    
    A mesma lei diz que os agentes, inclusive os federais, não podem usar máscara ao lidar com o público (com algumas exceções) e devem mostrar distintivo e identificação com nome. Desrespeitar essas regras pode ser crime (contravenção de classe D, ou misdemeanor).
    
    <b>Contestada na justiça</b>
    O Departamento de Justiça dos EUA processou Connecticut por causa desta lei no tribunal federal na primavera de 2026. É lá que vai ser decidido se ela pode ser aplicada ao ICE. Não sabemos o resultado, então consulte a assistência jurídica para ter notícias e conheça seus direitos aonde quer que você vá.
    
    <b>Tribunais</b>
    Os tribunais nunca estiveram na lista federal. Connecticut protege os tribunais estaduais com outra lei, de 2025: nenhuma prisão civil na área do tribunal, a não ser que o agente mostre a um agente de segurança do tribunal (judicial marshal) um mandado judicial, prova de certas condenações graves ou uma correspondência na lista de vigilância.

## school_rights
school_rights-title = Seus filhos e a escola
school_rights-summary = Toda criança pode ir à escola pública. O que as escolas podem compartilhar e o que acontece se o ICE aparecer.
school_rights-body =
    <b>Toda criança pode ir à escola pública</b>
    Toda criança nos Estados Unidos tem direito à educação pública gratuita, do jardim de infância ao 12º ano (fim do ensino médio), qualquer que seja a situação imigratória dela ou dos pais. A Suprema Corte dos EUA decidiu isso em 1982 (Plyler v. Doe).
    
    <b>O que as escolas coletam e compartilham</b>
    • As escolas de Connecticut não precisam coletar a situação imigratória dos alunos ou das famílias (orientação da Secretaria de Educação do estado, 28 de janeiro de 2025).
    • Os registros escolares são protegidos por uma lei federal de privacidade, a FERPA.
    • Conselhos escolares e faculdades só podem dar ao ICE informações confidenciais de um aluno, inclusive a situação imigratória, com autorização por escrito, em uma investigação de terrorismo ou quando uma lei, um mandado judicial ou uma ordem judicial exigir (General Statutes 10a-11i).
    • Desde 18 de novembro de 2025, os órgãos públicos, inclusive as escolas públicas, não podem dizer ao ICE em que escola uma pessoa estuda nem os horários dela, quando isso não é público, com algumas exceções.
    
    <b>Se o ICE for a uma escola</b>
    Desde março de 2025 (Public Act 25-1), cada escola pública deve indicar um administrador para lidar com agentes de imigração. Os funcionários podem pedir aos agentes identificação e um mandado assinado por um juiz, e podem falar com um advogado antes.
    
    Desde 1º de outubro de 2026, uma lei de Connecticut (Public Act 26-14) diz que nenhum agente, inclusive do ICE, pode fazer uma prisão civil sem mandado judicial em escolas da pré-escola à faculdade, creches, parquinhos ou pontos de ônibus escolar quando há crianças. O Departamento de Justiça dos EUA está contestando essa lei no tribunal federal, então consulte a assistência jurídica para ter as últimas notícias.
    
    <b>O que os pais podem fazer</b>
    • Mantenha atualizados os contatos de emergência do seu filho na escola, com adultos de confiança que possam buscar a criança.
    • Faça um plano familiar, incluindo quem vai cuidar dos seus filhos se você for detido.
    • Ensine aos seus filhos que eles podem ficar em silêncio e não precisam responder perguntas sobre a situação imigratória da família.

## ice_cooperation_programs
ice_cooperation_programs-title = 287(g) e programas do ICE
ice_cooperation_programs-summary = Secure Communities, 287(g), PEP e bancos de dados estaduais: como o ICE trabalha com órgãos de Connecticut.
ice_cooperation_programs-body =
    <b>Secure Communities (impressões digitais)</b>
    Quando alguém é preso em Connecticut e tem as digitais tiradas, elas vão para o FBI e daí, automaticamente, para o ICE. Este programa federal cobre todo o estado desde 22 de fevereiro de 2012. Em 2012, o estado disse que não o controlava, e o Trust Act não o impede. Depois, o ICE pode mandar um pedido de detenção (detainer), mas os agentes de Connecticut só podem atender a esse pedido nos casos que o Trust Act permite.
    
    <b>Acordos 287(g)</b>
    Pelo 287(g), o ICE deixa agentes locais fazerem o trabalho de agentes de imigração. Desde 1º de outubro de 2019, o Trust Act proíbe a polícia, as cadeias, os agentes de segurança dos tribunais e os oficiais de justiça estaduais (marshals), a liberdade vigiada (probation), a polícia escolar e os promotores de Connecticut de fazer o trabalho do ICE pelo 287(g) ou por qualquer outro acordo. A polícia de Danbury tinha um acordo 287(g) desde 2009. Não sabemos se foi encerrado formalmente, mas não podia continuar legalmente depois de 2019.
    
    <b>PEP</b>
    O Priority Enforcement Program acabou em janeiro de 2017. Não existe mais.
    
    <b>Dados da polícia estadual e do DMV</b>
    O ICE tem tido acesso ao COLLECT, o banco de dados policial do estado, que inclui registros do DMV (departamento de trânsito), por um acordo de 2016 e um memorando de 2018. Até novembro de 2025, Connecticut também não tinha bloqueado as consultas do ICE aos dados do DMV pelo Nlets, uma rede policial nacional, mesmo com pedidos de membros do Congresso ao governador. Não sabemos se algo disso mudou.
    
    <b>Câmeras de placas de carro</b>
    Desde 1º de outubro de 2026, os órgãos de Connecticut não podem usar dados de câmeras de leitura de placas para fiscalização de imigração. Órgãos federais e outros de fora precisam de um mandado judicial (ou de uma correspondência na lista de vigilância de terrorismo) para obtê-los. Isso faz parte do Public Act 26-14, que o Departamento de Justiça dos EUA está contestando na justiça.
    
    <b>SCAAP</b>
    O SCAAP é uma verba federal que reembolsa parte do custo de manter algumas pessoas presas. Não é regra sobre pedidos de detenção e não obriga a polícia a manter ninguém preso para o ICE.

## local_policies
local_policies-title = Regras das cidades
local_policies-summary = Regras de New Haven, Hartford e outras cidades sobre o ICE, e como Connecticut se compara a outros estados.
local_policies-body =
    <b>Connecticut é um "estado santuário"?</b>
    Nenhuma lei de Connecticut usa essa palavra. O Procurador-Geral do estado disse que nada nas leis estaduais faz de Connecticut um estado "santuário", mesmo com o governo federal colocando Connecticut nas suas listas de "santuários" de 2025. O que Connecticut tem é o <b>Trust Act</b>, uma lei estadual que limita como a polícia, as cadeias e outros ajudam o ICE em todas as cidades.
    
    <b>New Haven</b>
    • Ordem policial desde 2006 (General Order 06-2): os policiais não perguntam a situação imigratória e não prendem ninguém por mandados administrativos do ICE.
    • Em 2007, New Haven criou a primeira carteira de identidade municipal do país, aberta a todos, seja qual for a situação imigratória.
    • Ordem "Welcoming City" (Cidade Acolhedora, 23 de julho de 2020): os funcionários da cidade não perguntam a situação imigratória, salvo se a lei exigir, e nenhum recurso da cidade vai para fiscalização de imigração.
    
    <b>Hartford</b>
    Uma lei municipal de 2008: a polícia não prende ninguém nem mantém ninguém preso só por causa da situação imigratória ou de um mandado administrativo do ICE, e os serviços da cidade são abertos a todos, seja qual for a situação imigratória.
    
    <b>Outras cidades</b>
    Em 2017, um relatório federal disse que East Haven não atendia aos pedidos de detenção (detainers) do ICE, e a câmara de Bloomfield votou por não ajudar a aplicá-los. Nem toda cidade é igual: também em 2017, o prefeito de Danbury disse que a polícia ajudaria o ICE a achar pessoas específicas quando pedido. O Trust Act vale em todas as cidades.
    
    <b>Na justiça</b>
    Na primavera de 2026, o Departamento de Justiça dos EUA processou Connecticut e New Haven por causa do Trust Act e da ordem Welcoming City de New Haven (segundo notícias). O caso está no tribunal federal, e não sabemos o resultado.
    
    <b>Comparado com outros estados</b>
    • Defensores de imigrantes disseram que Connecticut foi o primeiro estado a aprovar um Trust Act (2013).
    • A Califórnia exige um formulário de autorização (consent form) antes de o ICE entrevistar pessoas na cadeia; Connecticut não tem essa regra.
    • Nova York, Illinois, Massachusetts, Minnesota e Washington tinham bloqueado as consultas do ICE aos dados do DMV por uma rede policial nacional até novembro de 2025; Connecticut não.
    
    As regras locais podem mudar. Pergunte a um grupo local ou à assistência jurídica o que vale onde você mora.

## data_privacy
data_privacy-title = Seus dados e o ICE
data_privacy-summary = O que os órgãos de Connecticut, o DMV, a polícia e as escolas podem compartilhar sobre você com o ICE.
data_privacy-body =
    <b>A lei de dados de Connecticut (desde 18 de novembro de 2025)</b>
    Os órgãos estaduais e locais de Connecticut não podem dar estes dados seus, quando não são públicos, a ninguém de fora do governo do estado, inclusive o ICE:
    • seu endereço;
    • onde você trabalha e seu horário de trabalho;
    • sua escola e o horário da escola;
    • a data, a hora e o local das suas audiências ou atendimentos em um órgão.
    
    <b>Exceções:</b> sua autorização por escrito; uma investigação criminal (salvo se o Trust Act proibir); quando uma lei estadual ou federal, um mandado judicial ou uma ordem judicial exigir; e alguns casos de privacidade de saúde e de dados publicados. Só o Procurador-Geral do estado pode ir à justiça para fazer cumprir esta lei; você não pode processar com base nela. (General Statutes 4-67ee)
    
    <b>Polícia</b>
    A polícia não pode dar ao ICE "informações confidenciais", como ser vítima de violência doméstica ou agressão sexual ou testemunha de crime, receber assistência pública ou seu número do Social Security, salvo em poucos casos. Mas as digitais de qualquer prisão vão automaticamente para o ICE.
    
    <b>DMV e carteira só para dirigir</b>
    Quem não consegue comprovar presença legal pode tirar uma carteira só para dirigir (drive-only license, General Statutes 14-36m). Sendo honestos sobre o risco: os registros do DMV (departamento de trânsito) estão no COLLECT, um banco de dados da polícia estadual que o ICE tem conseguido usar, e nenhuma lei de Connecticut impede especificamente o DMV de compartilhar dados com o ICE. Até novembro de 2025, Connecticut não tinha bloqueado as consultas do ICE aos dados do DMV pelo Nlets, uma rede policial nacional. Não sabemos se isso mudou, nem como a lei de dados de 2025 afeta isso.
    
    <b>Câmeras de placas de carro</b>
    Desde 1º de outubro de 2026, os órgãos de Connecticut não podem usar dados de câmeras de leitura de placas para fiscalização de imigração e devem limitar o compartilhamento desses dados (Public Act 26-14, que o Departamento de Justiça dos EUA está contestando na justiça).
    
    <b>Escolas</b>
    As escolas de Connecticut não precisam coletar a situação imigratória, os registros dos alunos são protegidos pela lei federal de privacidade FERPA, e faculdades e conselhos escolares só podem dar ao ICE a situação imigratória de um aluno em poucos casos.
    
    Se acha que um órgão passou seus dados contra a lei, fale com a assistência jurídica.

## daca_minors
daca_minors-title = DACA e jovens
daca_minors-summary = Direitos de quem tem DACA e dos jovens na escola e na faculdade, e onde buscar ajuda.
daca_minors-body =
    <b>Escola e faculdade</b>
    • Toda criança pode estudar na escola pública, do jardim de infância ao 12º ano, qualquer que seja sua situação imigratória.
    • As escolas de Connecticut não precisam coletar a situação imigratória, e os registros dos alunos são protegidos pela lei federal de privacidade FERPA.
    • Conselhos escolares, faculdades e universidades só podem dar ao ICE informações confidenciais de um aluno, inclusive a situação imigratória, com autorização por escrito, em uma investigação de terrorismo ou quando uma lei, um mandado judicial ou uma ordem judicial exigir.
    
    <b>DACA</b>
    Não temos informações confiáveis e atualizadas sobre pedidos, renovações ou prazos do DACA, então não vamos adivinhar. Antes de pedir, renovar ou viajar, fale com um advogado de imigração ou com um representante credenciado pelo Departamento de Justiça (DOJ) em uma organização sem fins lucrativos, nunca com um "notario". Eles podem ver todas as suas opções.
    
    Deixe cópias dos seus papéis de imigração com alguém de confiança.
    
    <b>Seus direitos são os mesmos</b>
    Com ou sem DACA, e em qualquer idade, você pode ficar em silêncio, pedir um advogado e se recusar a assinar papéis que não entende. O Trust Act de Connecticut não tem uma categoria especial para quem tem DACA ou para menores: os mesmos limites à polícia e às cadeias protegem todos.
    
    <b>Connecticut Students for a Dream (C4D)</b>
    Um grupo liderado por jovens sem documentos desde 2010, parte da rede United We Dream. Eles oferecem treinamentos sobre direitos e ajuda para entrar na faculdade.
    
    <b>Se um jovem for detido</b>
    O localizador online de detidos do ICE não mostra menores de 18 anos. Se uma criança ou um adolescente for levado, procure já um advogado ou a assistência jurídica.

## law_changes
law_changes-title = O que mudou recentemente
law_changes-summary = Novas regras de Connecticut e federais de 2025 e 2026, e os processos na justiça contra elas.
law_changes-body =
    As regras mudaram muito em 2025 e 2026. Nossas informações vão até cerca de maio de 2026, então algo pode ter mudado. Confirme com a assistência jurídica antes de confiar nelas.
    
    <b>Federal</b>
    • <b>20 de janeiro de 2025:</b> foi cancelada a política federal que mantinha o ICE longe da maioria das escolas, hospitais e templos.
    • <b>Janeiro de 2026:</b> veio a público um memorando do ICE dizendo que os agentes podem entrar à força em uma casa com um I-205 (não assinado por juiz) se a pessoa tiver ordem final de deportação. Muitos advogados dizem que isso é inconstitucional; houve notícias de processos.
    • <b>Primavera de 2026:</b> o Departamento de Justiça dos EUA processou Connecticut e New Haven por causa do Trust Act e da ordem Welcoming City de New Haven e, em outra ação, Connecticut por causa do Public Act 26-14. Os dois casos estão no tribunal federal; não sabemos o resultado.
    
    <b>Connecticut</b>
    • <b>Março de 2025:</b> cada escola pública deve indicar um administrador para lidar com o ICE, e os funcionários podem pedir identificação e um mandado judicial (Public Act 25-1).
    • <b>1º de outubro de 2025:</b> mudanças no Trust Act (Public Act 25-29). Condenações por mais 13 crimes agora permitem manter alguém preso para o ICE. Promotores, a liberdade vigiada (probation) de jovens e o Conselho de Indultos e Livramento Condicional passam a ser cobertos. Você pode processar uma cidade cuja polícia desrespeitar a lei (ordens judiciais, não dinheiro).
    • <b>18 de novembro de 2025</b> (sessão especial de novembro, Public Act 25-3): nenhuma prisão civil na área de tribunais estaduais sem mandado judicial, condenação listada ou correspondência na lista de vigilância, conferidos por um agente de segurança do tribunal (judicial marshal); nenhum agente de máscara nos tribunais sem necessidade médica e aprovação de um juiz; os órgãos estaduais e locais não podem compartilhar seu endereço, local de trabalho, escola ou horários de compromissos não públicos, com exceções.
    • <b>4 de maio de 2026</b> (Public Act 26-14): agentes, inclusive federais, não podem usar máscara com o público, salvo exceções, e devem mostrar distintivo e nome; você pode processar qualquer agente, inclusive federal, no tribunal estadual por violar seus direitos constitucionais; o Inspetor-Geral do estado pode investigar o uso de força letal por agentes federais.
    • <b>1º de outubro de 2026</b> (também Public Act 26-14): nenhuma prisão civil sem mandado judicial em escolas, hospitais, templos, abrigos e outros lugares protegidos; limites ao uso de câmeras de placas de carro para fiscalização de imigração.
    
    Alguns sites falam de um "Trust Act de 2021". Ele não existe: o Trust Act é de 2013 e foi mudado em 2019 e 2025.

## compliance_oversight
compliance_oversight-title = Quem fiscaliza as regras
compliance_oversight-summary = Como Connecticut verifica se os órgãos cumprem suas regras sobre o ICE: relatórios, registros públicos e processos.
compliance_oversight-body =
    Connecticut usa relatórios, registros públicos, regras internas e processos para fazer os órgãos respeitarem os limites à ajuda ao ICE.
    
    <b>Relatórios e dados públicos</b>
    • As polícias locais informam ao Office of Policy and Management do estado quando o ICE tem acesso a pessoas sob a custódia delas.
    • O estado publica esses dados em data.ct.gov como <a href="https://catalog.data.gov/dataset/trust-act-ice-access-reporting">"Trust Act ICE Access Reporting"</a>, com dados a partir de 2021.
    • Os registros de acesso do ICE são públicos. Qualquer pessoa pode pedi-los pela lei de acesso à informação (FOIA).
    
    <b>Promotores</b>
    Desde 13 de agosto de 2025, a Divisão de Justiça Criminal (os promotores do estado) tem uma política escrita: todo pedido de detenção do ICE vai para um supervisor, o promotor-chefe decide a resposta, e os funcionários devem registrar todo contato com o ICE. A Divisão treinou os promotores sobre o Trust Act em janeiro de 2026.
    
    <b>Aviso para você</b>
    Se o ICE mandar um pedido de detenção (detainer), o órgão deve dar uma cópia a você e dizer se vai atender ao pedido. Se o órgão informar ao ICE a data da sua soltura, você e seu advogado devem receber uma cópia e o motivo por escrito.
    
    <b>Processos na justiça</b>
    • <b>Trust Act:</b> desde 1º de outubro de 2025, você pode processar uma cidade cuja polícia ou polícia escolar desrespeitar a lei. Um tribunal pode mandar que parem; sem indenização em dinheiro.
    • <b>Tribunais:</b> um agente de segurança do tribunal (judicial marshal) deve conferir os documentos antes de qualquer prisão civil na área de um tribunal estadual. Quem for preso contra esta lei pode processar, e as violações podem ser punidas como desacato ao tribunal. Ainda não se sabe se isso funciona contra agentes do ICE.
    • <b>Dados:</b> só o Procurador-Geral pode ir à justiça quando um órgão local compartilha seu endereço, local de trabalho ou dados de atendimentos contra a lei. A lei não deixa o Procurador-Geral processar órgãos estaduais por isso.
    • <b>Lugares protegidos (Public Act 26-14):</b> quem for preso sem mandado judicial pode processar e pedir indenização. Esta lei está sendo contestada no tribunal federal.
    
    Se acha que um órgão desrespeitou essas regras, fale com a assistência jurídica ou procure a ACLU de Connecticut.

## greeting
greeting-title = Boas-vindas ao kyr
greeting-summary = Boas-vindas e o que este bot pode fazer por você.
greeting-body =
    Olá! Boas-vindas. Eu sou o kyr, um guia gratuito sobre seus direitos como imigrante em Connecticut. Posso dizer o que fazer se o ICE for à sua casa, ao seu trabalho ou ao tribunal, o que diz a lei de Connecticut e para quem ligar para pedir ajuda. Pergunte do seu jeito ou escolha um assunto abaixo.

## help_menu
help_menu-title = O que eu posso fazer
help_menu-summary = Os assuntos sobre os quais você pode me perguntar.
help_menu-body =
    Você pode me perguntar sobre:
    • o ICE na sua porta, no trabalho, no tribunal ou na rua;
    • paradas de trânsito e perguntas da polícia;
    • o que fazer se alguém for detido e como achar a pessoa;
    • seus direitos: ficar em silêncio, mandados, assinar papéis;
    • a lei de Connecticut: o Trust Act, escolas, seus dados, mudanças recentes;
    • achar um advogado, fazer uma queixa e fazer um plano familiar.
    
    Escreva sua pergunta do seu jeito ou envie /topics para ver todos os assuntos. Se o ICE estiver com você agora, envie /emergency.

## change_language
change_language-title = Mudar o idioma
change_language-summary = Escolha entre English, Español, Português, Kreyòl, Français, Polski, 中文, العربية.
change_language-body =
    Escolha English, Español, Português, Kreyòl, Français, Polski, 中文, العربية nos botões abaixo. Você também pode enviar /language a qualquer momento para mudar o idioma.

## thanks
thanks-title = De nada
thanks-summary = De nada. Compartilhe o que você aprendeu.
thanks-body =
    De nada. Fique em segurança e cuidem uns dos outros. Se isto ajudou, compartilhe com a família, os amigos e os vizinhos: quem conhece seus direitos está mais seguro. Estou aqui sempre que você tiver outra pergunta.

## human_help
human_help-title = Falar com uma pessoa
human_help-summary = Isto é um bot. Veja como falar com pessoas de verdade que podem ajudar.
human_help-body =
    Sou um bot, não uma pessoa, e não posso analisar seu caso. Pessoas de verdade podem ajudar: a assistência jurídica (Statewide Legal Services, ou o CCIF se alguém estiver detido ou ameaçado de deportação), a linha da United We Dream e o 2-1-1 para comida, moradia ou crises. Os números estão abaixo. Em perigo, ligue para o 911.

## bot_privacy
bot_privacy-title = O que este bot guarda
bot_privacy-summary = O que este bot guarda sobre você e como apagar.
bot_privacy-body =
    Eu guardo só o número da sua conversa, o idioma que você escolheu e, se você se inscreveu nos alertas, as regiões que escolheu. Nunca guardo o que você escreve e nunca peço seu nome, endereço ou situação imigratória. Para apagar tudo o que eu guardo sobre esta conversa, envie /forget. O próprio Telegram guarda suas mensagens na conversa; você pode apagá-las lá.
