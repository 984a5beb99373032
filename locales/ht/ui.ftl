## Interface strings: menus, buttons, fallbacks, disclaimers, commands.
## Every locale has every message here, with the same variables.
## HTML allowed: <b>, <i>, <a href="...">. Escape & < > in text as &amp; &lt; &gt;.

# The language's own name, shown in the language picker.
lang-name = Kreyòl ayisyen

## Welcome and menus

welcome =
    <b>Bonjou. Mwen se kyr, yon gid pou ede imigran nan Connecticut konnen dwa yo.</b>
    
    Poze m kesyon ou jan ou vle, an kreyòl, an anglè, an panyòl, an pòtigè, an franse, an polonè, an chinwa oswa an arab. Pa egzanp: "ICE devan pòt mwen" oswa "Mwen gen yon odyans nan tribinal, èske m ka ale san danje?"
    
    Si ajan imigrasyon avè w kounye a, peze <b>ICE isit la kounye a</b>.
    
    Mwen bay enfòmasyon jeneral, se pa konsèy legal. Mwen p ap mande w non w ni estati imigrasyon w.

menu-title = Chwazi yon sijè:
category-encounter = 🚨 ICE oswa lapolis isit la
category-rights = ⚖️ Dwa ou ak lalwa
category-help = 🤝 Jwenn èd
category-conversation = 💬 Sou bot sa a
emergency-button = 🚨 ICE isit la kounye a
topics-button = 📋 Tout sijè yo
language-button = 🌐 Lang
resources-button = ☎️ Ki moun pou rele
share-button = 📤 Pataje repons sa a
back-button = ⬅️ Retounen nan sijè yo

## Answers

who-to-call-heading = Ki moun pou rele
related-heading = Lòt sijè ki gen rapò:
footer = <i>Dènye revizyon: { $date }. Se enfòmasyon jeneral, se pa konsèy legal. Pou ka pa w, pale ak yon avoka oswa ak èd legal gratis.</i>
sms-line = Voye yon tèks { $keyword } nan { $number }
# Under a referral that does not serve the reader's language: the languages it does serve,
# by their own names (English, Español), without or with interpreters on request.
ref-languages = 🗣 Yo pale { $languages }: mennen yon moun ki ka entèprete pou ou.
ref-languages-interpreter = 🗣 Yo pale { $languages }: mande yon entèprèt nan lang ou.

## Understanding

did-you-mean = Mwen pa twò sèten mwen konprann ou. Èske se youn nan sijè sa yo ou vle di?
fallback =
    Padon, mwen ka ede w sèlman ak dwa imigran nan Connecticut: lè ICE vin devan pòt ou, nan travay ou oswa nan tribinal, lè lapolis rete w, detansyon, dwa ou dapre lalwa Connecticut, ak ki kote pou w jwenn yon avoka oswa pou w pote plent.
    
    Chwazi yon sijè anba a, oswa poze kesyon an ankò ak lòt mo.
non-text = Mwen ka li tèks sèlman. Tanpri ekri kesyon ou ak mo, oswa chwazi yon sijè anba a.
empty-message = Mesaj ou a te vid. Ekri kesyon ou, oswa chwazi yon sijè anba a.
unknown-command = Mwen pa konnen kòmand sa a. Men sa mwen ka fè:
stale-button = Bouton sa a twò ansyen, li pa mache ankò. Men meni an ankò.
other-language = 🌐 Mwen poko ka li lang sa a. Mwen pale kreyòl ayisyen, angle, panyòl, pòtigè, franse, polonè, chinwa ak arab: chwazi youn anba a. Si ICE devan pòt ou, peze 🚨.

## Language

language-picker = Chwazi lang ou:
language-set = Dakò. Depi kounye a, m ap reponn ou an kreyòl.
# Shown once, at the start, to a client set to Traditional Chinese (zh-Hant, zh-TW, zh-HK,
# zh-MO), whom kyr answers in Simplified Chinese: in Traditional characters in every locale,
# since only such a reader ever sees it.
traditional-chinese-note = 提示：kyr 目前只有簡體中文版本，以下的回答都使用簡體中文。

## Commands and their menu descriptions

help-text =
    <b>Kijan pou w sèvi ak kyr</b>
    
    Ekri kesyon ou jan ou vle, nan nenpòt nan uit lang mwen yo. M ap di w sa pou w fè, sa lalwa di, ak ki moun pou w rele.
    
    /emergency: sa pou w fè si ICE la kounye a
    /report: rapòte aktivite ICE (yo verifye l anvan alèt)
    /topics: tout sijè yo
    /resources: nimewo telefòn ak sit wèb
    /language: chanje lang
    /privacy: sa mwen sere sou ou
    /forget: efase sa mwen sere
    /subscribe: resevwa alèt kominote ki verifye
    /unsubscribe: sispann resevwa alèt
    
    Nan nenpòt chat, ou ka tape @{ $bot } ak kèk mo pou w pataje yon repons.
cmd-start = Kòmanse epi montre meni an
cmd-help = Kijan pou w sèvi ak bot sa a
cmd-topics = Tout sijè yo
cmd-emergency = ICE la kounye a: sa pou w fè
cmd-resources = Ki moun pou rele: telefòn ak sit wèb
cmd-language = Chanje lang
cmd-privacy = Sa bot sa a sere
cmd-forget = Efase sa bot sa a sere
cmd-subscribe = Resevwa alèt kominote ki verifye
cmd-unsubscribe = Sispann alèt kominote yo
cmd-report = Rapòte aktivite ICE (yo verifye l anvan alèt)
bot-short-description = Dwa ou nan Connecticut si ICE vini. English, Español, Português, Kreyòl, Français, Polski, 中文, العربية.
bot-description = Enfòmasyon gratis sou dwa imigran nan Connecticut ak moun k ap ede yo. Poze kesyon ou jan ou vle, an kreyòl, an anglè, an panyòl, an pòtigè, an franse, an polonè, an chinwa oswa an arab. Enfòmasyon jeneral, se pa konsèy legal.

resources-heading = <b>Ki moun pou rele</b>
resources-intro = Nou tcheke kontak sa yo nan sous piblik. Si se yon ijans, rele 911.

## Privacy

privacy-text =
    <b>Sa bot sa a sere</b>
    
    • Nimewo chat ou a ak lang ou chwazi a, pou m ka reponn ou nan lang ou.
    • Si ou abòne nan alèt yo: rejyon ou chwazi yo.
    • Si ou voye yon rapò sou aktivite ICE: rapò a (vil la, kote a, sa ou te wè, foto a) ak nimewo chat ou, sèlman pou m di w si yo konfime l. Mwen efase tou de nan 24 èdtan pou pi plis, oswa touswit ak /forget. Volontè ki verifye rapò yo pa janm wè non w, non itilizatè w oswa nimewo w.
    
    Apa yon rapò ou chwazi voye, mwen pa sere ni anrejistre sa ou ekri. Mwen p ap janm mande w non w, adrès ou oswa estati imigrasyon w. Se Telegram menm ki kenbe mesaj ou yo nan chat ou; ou ka efase yo la.
    
    Pou efase tout sa mwen sere sou chat sa a, voye /forget.
forget-done = Fini. Mwen efase tout sa m te sere sou chat sa a: lang ou, tout abònman alèt ou ak rapò ou te voye yo. Ou ka kontinye sèvi ak bot la, men mwen p ap sonje chwa ou yo.

## Errors

error-generic = Padon, gen yon bagay ki pa mache bò kote m. Tanpri eseye ankò nan yon minit. Si ICE avè w kounye a: rete kalm, pa louvri pòt la, rete an silans, epi rele yon avoka oswa liy èd United We Dream nan 1-844-363-1423.
group-only-admins = Se sèlman yon administratè gwoup sa a ki ka fè sa.

## Community alerts

subscribe-intro = <b>Alèt kominote</b>: avi ki verifye sou sa ICE ap fè, ki soti nan gwoup repons rapid, nan lang ou. Chwazi pou ki kote ou vle resevwa alèt:
subscribe-statewide = Tout Connecticut
subscribe-done = W ap resevwa alèt pou: { $regions }. Voye /unsubscribe pou w sispann.
subscribe-choose-more = Peze rejyon ou vle yo, epi peze Fini.
subscribe-finish = ✅ Fini
unsubscribe-done = Ou p ap resevwa alèt ankò. Nou efase abònman ou.
unsubscribe-none = Ou pa t abòne nan alèt yo.
alert-header = 📢 <b>Alèt kominote</b> ({ $region })
alert-verify-line = <i>Yon rezo repons rapid verifye alèt sa a anvan li voye l. Anvan ou pataje anyen, verifye l ou menm; fo alam fè moun pè.</i>
alert-emergency-button = 🚨 Sa pou w fè si ICE vini
admin-only = Padon, ou pa ka fè sa.
alert-choose-region = Pou ki rejyon alèt sa a ye?
alert-write-text = Ekri tèks alèt la kounye a. Pou w ekri l nan plizyè lang, kòmanse chak pati ak yon liy tankou <code>[es]</code>. Oswa voye /cancel.
alert-preview = Se egzakteman sa abòne yo pral wè. Ou vle voye l?
alert-send = ✅ Voye
alert-cancel = ❌ Anile
alert-cancelled = Alèt la anile. Nou pa voye anyen.
alert-progress = M ap voye alèt #{ $id }: { $sent } voye, { $failed } pa pase, { $left } ki rete.
alert-report = Alèt #{ $id } fini: { $sent } voye, { $failed } pa pase, { $removed } dezabòne (yo bloke bot la oswa yo pa sou Telegram ankò).
alert-template = Yo konfime aktivite ICE nan { $town } ({ $date }): { $what }. Konnen dwa ou: pa louvri pòt la, rete an silans, pa siyen anyen, epi rele yon avoka.
