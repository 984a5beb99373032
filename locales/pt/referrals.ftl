## Uma linha por contato de intents/referrals.toml: com o que ajuda, e horários e limites
## quando as fichas de fatos os informam. Sem telefones aqui: o bot os imprime a partir do TOML.
## Fatos: /work/shared/facts/resources-and-rights.md (Parte A) e ct-law-addendum.md. Revisado em 2026-11-27.

ref-emergency_911 = Ligue para o 911 se alguém estiver ferido ou em perigo agora.
ref-ct_211 = Ajuda gratuita e confidencial em vários idiomas, 24 horas por dia, com comida, moradia, contas de casa e crises de saúde mental.
ref-sls = Assistência jurídica civil gratuita para pessoas de baixa renda (em geral até 125% da linha federal de pobreza), com linha de segunda a sexta, das 9h às 12h e das 13h às 14h; pessoas sem documentos da região de New Haven devem ligar direto para a NHLAA.
ref-nhlaa = Assistência jurídica gratuita na região de New Haven, inclusive defesa contra deportação; pessoas sem documentos podem ligar direto, e a NHLAA não informa a situação imigratória à polícia nem a ninguém.
ref-ccif = Defesa gratuita contra deportação para pessoas detidas pelo ICE ou em processo de deportação (removal) e para quem pede asilo, com programas em New Haven e Hartford; ligue para saber se você tem direito.
ref-uwd_hotline = Linha nacional de defesa contra deportação da United We Dream, para denunciar ações do ICE e pedir ajuda.
ref-ice_locator = Site do ICE para achar um adulto detido pelo ICE, com o número A (A-number) ou o nome exato, mais o país de nascimento; é atualizado em cerca de 8 horas.
ref-ice_dril = Linha do ICE para achar alguém detido e denunciar abusos ou problemas graves na detenção, dificuldade de falar com um advogado ou separação dos filhos; atendentes de segunda a sexta, das 8h às 20h (horário do Leste dos EUA), exceto feriados, com ajuda em espanhol.
ref-eoir = Informações do tribunal de imigração pelo número A, 24 horas por dia, em inglês e espanhol: data, hora e local da próxima audiência e a decisão do juiz (não inclui audiências de fiança).
ref-chro = Órgão gratuito de Connecticut contra discriminação no emprego, na moradia, em lugares públicos e no crédito, por exemplo por origem nacional; não recebe queixas contra o ICE, e procure-o o quanto antes, porque algumas queixas têm prazo de 180 dias.
ref-dhs_oig = Órgão federal que recebe queixas de má conduta de funcionários do DHS, inclusive do ICE e da CBP, como uso de força, perfilamento racial ou violação de direitos; não é linha de emergência e não atende 24 horas.
ref-dhs_crcl = Órgão federal para queixas de direitos civis contra o ICE, a CBP e outras partes do DHS; o DHS cortou o órgão em 2025: faça a queixa para registro e avise também um advogado.
ref-aclu_ct = Ajuda jurídica gratuita em direitos civis, sobretudo em casos que afetam muitas pessoas, pedida por formulário online, e-mail ou correio; não atende por telefone nem em emergências.
ref-ct_oig = Órgão de Connecticut que só investiga uso de força letal pela polícia e mortes sob custódia da polícia ou na prisão; não é uma linha de queixas em geral.
ref-ct_safe_connect = Ajuda gratuita e confidencial para violência doméstica, 24 horas, por telefone, texto, e-mail ou chat, em vários idiomas: plano de segurança, aconselhamento e ajuda para achar abrigo.
ref-ct_sexual_assault = Linha gratuita e confidencial, 24 horas, para sobreviventes de violência sexual, com um número para inglês e outro para espanhol, e alguém para acompanhar você ao hospital, à polícia ou ao tribunal.
ref-trafficking_hotline = Linha nacional de ajuda se você ou alguém que você conhece pode ser vítima de tráfico de pessoas.
ref-ian_directory = Lista online de serviços jurídicos de imigração sem fins lucrativos, gratuitos ou baratos, com busca por estado e CEP (zip code).
ref-dcp = Órgão de Connecticut para denunciar fraude de "notarios" e outros golpes, até anonimamente pela internet, mas as queixas podem virar registro público.
ref-ftc = Órgão federal onde você pode denunciar fraude de "notarios" e outros golpes, em inglês ou espanhol; escreva "Notario Publico" na sua queixa.
ref-ct_family_plan = Kit gratuito do estado para planejar quem cuida dos filhos se um dos pais for detido, com formulário de tutor substituto (standby guardian), em 9 idiomas, sem advogado nem tribunal.
ref-ctlawhelp = Artigos gratuitos de autoajuda da assistência jurídica de Connecticut, em inglês e espanhol, sobre direitos dos imigrantes e proteção dos filhos.
ref-ilrc_red_cards = Cartões para imprimir e levar com você, que dizem que você vai ficar em silêncio, não vai abrir a porta sem um mandado judicial e não autoriza revista, em vários idiomas.
ref-ct_ag = Setor de defesa do consumidor do Procurador-Geral de Connecticut; recebe queixas de golpes por formulário online, mas não dá aconselhamento jurídico particular.
ref-circ = Rede estadual com sede em Hartford que reúne grupos comunitários, religiosos, empresariais e jurídicos de apoio a imigrantes e refugiados.
ref-ula = Grupo comunitário de imigrantes de New Haven que ajuda trabalhadores com salários não pagos e acompanha pessoas ao tribunal, em espanhol, mam, totonaco e kaqchikel.
ref-c4d = Grupo liderado por jovens sem documentos, parte da rede United We Dream, que ajuda a entrar na faculdade e dá treinamentos sobre direitos.
ref-make_the_road_ct = Grupo comunitário em Bridgeport e Hartford que oferece serviços jurídicos e de apoio, organização comunitária e orientação sobre direitos.
