## Uma linha por contato de intents/referrals.toml: com o que ajuda, e horários e limites
## quando as fichas de fatos os informam. Sem telefones aqui: o bot os imprime a partir do TOML.
## Fatos: /work/shared/facts/resources-and-rights.md (Parte A) e ct-law-addendum.md. Revisado em 2026-11-27.
## Cada ref-<id>-short é uma linha de no máximo 60 caracteres, mostrada ao lado do nome onde há pouco espaço
## (a primeira tela de uma resposta). Diz o essencial da linha longa e em que idioma o serviço atende.

ref-emergency_911 = Ligue para o 911 se alguém estiver ferido ou em perigo agora.
ref-emergency_911-short = Emergência: alguém ferido ou em perigo (com intérprete)
ref-ct_211 = Ajuda gratuita e confidencial em vários idiomas, 24 horas por dia, com comida, moradia, contas de casa e crises de saúde mental.
ref-ct_211-short = Comida, moradia e crises, 24 horas (com intérprete)
ref-sls = Assistência jurídica civil gratuita para pessoas de baixa renda (em geral até 125% da linha federal de pobreza), com linha de segunda a sexta, das 9h às 12h e das 13h às 14h; pessoas sem documentos da região de New Haven devem ligar direto para a NHLAA.
ref-sls-short = Assistência jurídica grátis, baixa renda (inglês/espanhol)
ref-nhlaa = Assistência jurídica gratuita na região de New Haven, inclusive defesa contra deportação; pessoas sem documentos podem ligar direto, e a NHLAA não informa a situação imigratória à polícia nem a ninguém.
ref-nhlaa-short = Assistência jurídica grátis, New Haven (inglês/espanhol)
ref-ccif = Defesa gratuita contra deportação para pessoas detidas pelo ICE ou em processo de deportação (removal) e para quem pede asilo, com programas em New Haven e Hartford; ligue para saber se você tem direito.
ref-ccif-short = Defesa grátis contra deportação (inglês/espanhol)
ref-uwd_hotline = Linha nacional de defesa contra deportação da United We Dream, para denunciar ações do ICE e pedir ajuda.
ref-uwd_hotline-short = Denunciar ações do ICE, pedir ajuda (inglês/espanhol)
ref-ice_locator = Site do ICE para achar um adulto detido pelo ICE, com o número A (A-number) ou o nome exato, mais o país de nascimento; é atualizado em cerca de 8 horas.
ref-ice_locator-short = Site para achar adulto detido pelo ICE (inglês/espanhol)
ref-ice_dril = Linha do ICE para achar alguém detido e denunciar abusos ou problemas graves na detenção, dificuldade de falar com um advogado ou separação dos filhos; atendentes de segunda a sexta, das 8h às 20h (horário do Leste dos EUA), exceto feriados, com ajuda em espanhol.
ref-ice_dril-short = Do ICE: achar detido; seg.–sex., 8h–20h (inglês/espanhol)
ref-eoir = Informações do tribunal de imigração pelo número A, 24 horas por dia, em inglês e espanhol: data, hora e local da próxima audiência e a decisão do juiz (não inclui audiências de fiança).
ref-eoir-short = Datas no tribunal de imigração, 24 horas (inglês/espanhol)
ref-chro = Órgão gratuito de Connecticut contra discriminação no emprego, na moradia, em lugares públicos e no crédito, por exemplo por origem nacional; não recebe queixas contra o ICE, e procure-o o quanto antes, porque algumas queixas têm prazo de 180 dias.
ref-chro-short = Queixas de discriminação em CT, não do ICE (em inglês)
ref-dhs_oig = Órgão federal que recebe queixas de má conduta de funcionários do DHS, inclusive do ICE e da CBP, como uso de força, perfilamento racial ou negação de direitos; não é linha de emergência e não atende 24 horas.
ref-dhs_oig-short = Queixas de má conduta do ICE ou da CBP (em inglês)
ref-dhs_crcl = Órgão federal para queixas de direitos civis contra o ICE, a CBP e outras partes do DHS; o DHS cortou o órgão em 2025: faça a queixa para registro e avise também um advogado.
ref-dhs_crcl-short = Queixas de direitos civis; cortado em 2025 (em inglês)
ref-aclu_ct = Ajuda jurídica gratuita em direitos civis, sobretudo em casos que afetam muitas pessoas, pedida por formulário online, e-mail ou correio; não atende por telefone nem em emergências.
ref-aclu_ct-short = Direitos civis, por formulário ou e-mail (em inglês)
ref-ct_oig = Órgão de Connecticut que só investiga uso de força letal pela polícia e mortes sob custódia da polícia ou na prisão; não é uma linha de queixas em geral.
ref-ct_oig-short = Só força letal da polícia e mortes sob custódia (em inglês)
ref-ct_safe_connect = Ajuda gratuita e confidencial para violência doméstica, 24 horas, por telefone, texto, e-mail ou chat, em vários idiomas: plano de segurança, aconselhamento e ajuda para achar abrigo.
ref-ct_safe_connect-short = Violência doméstica, 24 horas, sigiloso (com intérprete)
ref-ct_sexual_assault = Linha gratuita e confidencial, 24 horas, para sobreviventes de violência sexual, com um número para inglês e outro para espanhol, e alguém para acompanhar você ao hospital, à polícia ou ao tribunal.
ref-ct_sexual_assault-short = Violência sexual, 24 horas (inglês/espanhol)
ref-trafficking_hotline = Linha nacional de ajuda se você ou alguém que você conhece pode ser vítima de tráfico de pessoas.
ref-trafficking_hotline-short = Ajuda a vítimas de tráfico de pessoas (com intérprete)
ref-ian_directory = Lista online de serviços jurídicos de imigração sem fins lucrativos, gratuitos ou baratos, com busca por estado e CEP (zip code).
ref-ian_directory-short = Busca por CEP: ajuda de imigração grátis (inglês/espanhol)
ref-dcp = Órgão de Connecticut para denunciar fraude de "notarios" e outros golpes, até anonimamente pela internet, mas as queixas podem virar registro público.
ref-dcp-short = Denunciar fraude de "notarios" e golpes em CT (em inglês)
ref-ftc = Órgão federal onde você pode denunciar fraude de "notarios" e outros golpes, em inglês ou espanhol; escreva "Notario Publico" na sua queixa.
ref-ftc-short = Denunciar fraude de "notarios" e golpes (inglês/espanhol)
ref-ct_family_plan = Kit gratuito do estado para planejar quem cuida dos filhos se um dos pais for detido, com formulário de tutor designado (standby guardian), em 9 idiomas, sem advogado nem tribunal.
ref-ct_family_plan-short = Kit grátis do estado: cuidado dos filhos (em português)
ref-ctlawhelp = Artigos gratuitos de autoajuda da assistência jurídica de Connecticut, em inglês e espanhol, sobre direitos dos imigrantes e proteção dos filhos.
ref-ctlawhelp-short = Artigos grátis sobre seus direitos (inglês/espanhol)
ref-ilrc_red_cards = Cartões para imprimir e levar com você, que dizem que você vai ficar em silêncio, não vai abrir a porta sem um mandado judicial e não autoriza revista, em vários idiomas.
ref-ilrc_red_cards-short = Cartões que dizem que você fica em silêncio (em português)
ref-ct_ag = Setor de defesa do consumidor do Procurador-Geral de Connecticut; recebe queixas de golpes por formulário online, mas não dá aconselhamento jurídico particular.
ref-ct_ag-short = Golpes: queixa online; sem orientação jurídica (em inglês)
ref-circ = Rede estadual com sede em Hartford que reúne grupos comunitários, religiosos, empresariais e jurídicos de apoio a imigrantes e refugiados.
ref-circ-short = Rede estadual de apoio a imigrantes e refugiados (em inglês)
ref-ula = Grupo comunitário de imigrantes de New Haven que ajuda trabalhadores com salários não pagos e acompanha pessoas ao tribunal, em espanhol, mam, totonaco e kaqchikel.
ref-ula-short = New Haven: salários não pagos, tribunal (espanhol/inglês)
ref-c4d = Grupo liderado por jovens sem documentos, parte da rede United We Dream, que ajuda a entrar na faculdade e dá treinamentos sobre direitos.
ref-c4d-short = Jovens: ajuda com faculdade e direitos (inglês/espanhol)
ref-make_the_road_ct = Grupo comunitário em Bridgeport e Hartford que oferece serviços jurídicos e de apoio, organização comunitária e orientação sobre direitos.
ref-make_the_road_ct-short = Apoio e orientação sobre direitos (espanhol/inglês)
