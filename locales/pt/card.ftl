## O cartão de direitos e os panfletos com código QR. Veja locales/en/card.ftl.
## Texto simples (sem HTML) no cartão e nos panfletos: `kyr check` mede cada linha.

card-front-title = Conheça seus direitos
card-front-1 = Não abra a porta. Peça que passem qualquer mandado por baixo dela.
card-front-2 = Fique em silêncio. Você não precisa responder perguntas.
card-front-3 = Não assine nada sem um advogado.
card-front-4 = Não minta e não mostre documentos falsos.
card-front-5 = Peça um advogado.
card-front-6 = Pergunte: "Estou livre para ir embora?" Se sim, saia com calma.
card-front-help = Ajuda jurídica gratuita em Connecticut:
card-front-scan = Escaneie: kyr, em português
card-front-reviewed = Revisado em { $date }. Informação geral, não é aconselhamento jurídico.

card-caption =
    <b>Seu cartão de direitos</b> (frente e verso)
    
    Salve as duas imagens no seu celular. Se agentes vierem, siga o que diz a frente e mostre o verso a eles, ou passe-o por baixo da porta: ele está em inglês, para eles.
    
    Para imprimir: cada imagem é um cartão de 3,5 × 2 polegadas (tamanho de cartão de visita). Um voluntário pode imprimir 10 por folha, frente e verso.
card-caption-back = O verso, em inglês: mostre ao agente ou passe por baixo da porta.
card-button = 🪪 Cartão de direitos
cmd-card = Seu cartão de direitos: salve, mostre, imprima
card-terminal = No Telegram, /card envia o cartão como duas imagens para salvar no celular. Para imprimir (10 cartões por folha tamanho carta, frente e verso): kyr card --lang { $lang } --sheet --out cartoes.pdf
card-inline-title = 🪪 Cartão de direitos
card-inline-description = Um cartão para salvar, mostrar ou imprimir: o que fazer e uma declaração para o agente
card-inline-text = <b>Cartão de direitos</b>: o que fazer se agentes de imigração vierem, e uma declaração em inglês para mostrar a eles. Abra no bot:

flyer-scan = Escaneie para ler a resposta completa no kyr, de graça, no seu idioma.
flyer-reviewed = Revisado em { $date }. Informação geral, não é aconselhamento jurídico.
