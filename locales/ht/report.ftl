## Rapò pou repons rapid (gade locales/en/report.ftl).

report-button = 📣 Rapòte aktivite ICE
report-elsewhere = Ou fè rapò sou aktivite ICE nan bot Telegram nan, nan yon chat prive avè l: voye /report la. Si yon moun blese oswa an danje, rele 911.
report-disabled = Rapò yo poko aktive nan bot sa a. Pou rapòte aktivite ICE, rele liy United We Dream: 1-844-363-1423. Si yon moun blese oswa an danje, rele 911.
report-private-only = Pou pwoteje w, ou fè rapò sèlman nan yon chat prive avè m, janm nan yon gwoup. Louvri yon chat prive avè m epi voye /report.
report-safety =
    <b>Rapòte aktivite ICE</b>

    Anvan tout bagay, pwoteje tèt ou:
    • Rete lwen.
    • Pa mele nan sa ajan yo ap fè, pa bare chemen yo.
    • Ou ka filme depi yon kote ki an sekirite.
    • Yo p ap janm pataje non w. Volontè ki resevwa fòmasyon verifye chak rapò anvan yo avèti pèsonn, epi yo pa janm wè ki moun ki voye l.

    Kèk ti kesyon rapid ap vini. Voye /cancel nenpòt ki lè pou w rete.
report-continue = Kontinye
report-cancel-button = Anile
report-ask-town = Nan ki vil? Chwazi konte a, oswa ekri non vil la.
report-choose-town = Chwazi vil la nan { $county }:
report-counties-button = ⬅️ Konte yo
report-town-choices = Èske ou vle di youn nan vil sa yo? Si se pa sa, ekri non an ankò oswa chwazi konte a.
report-town-not-found = Mwen pa jwenn vil sa a nan Connecticut. Tcheke jan ou ekri l, oswa chwazi konte a.
report-ask-place = Ki kote nan { $town }? Voye yon non lari, yon kwen lari oswa yon kote moun konnen. Tanpri, pa voye adrès kay ou.
report-ask-activity = Kisa ou te wè?
report-activity-arrest = Yon moun yo arete oswa yo kenbe
report-activity-door = Ajan devan pòt yon kay
report-activity-checkpoint = Yon baraj, oswa machin yo ap fè kanpe
report-activity-workplace = Ajan nan yon kote moun travay
report-activity-patrol = Ajan oswa machin yo k ap tann oswa k ap patwouye
report-activity-other = Yon lòt bagay
report-ask-details = Konbyen ajan ak machin? Èske gen mak oswa inifòm (pa egzanp ICE, POLICE, HSI)? Ekri yon ti mesaj, oswa peze Sote.
report-skip = Sote
report-ask-when = Kilè sa te ye?
report-when-now = L ap pase kounye a
report-when-hour = Nan dènye èdtan an
report-when-earlier = Pi bonè
report-ask-photo = Si ou te pran yon foto depi yon kote ki an sekirite, voye l kounye a kòm foto (pa kòm fichye). Sinon, peze Sote.
report-not-a-photo = Tanpri, voye imaj la kòm foto, pa kòm fichye: yon fichye kenbe kote yo te pran l la. Nan Telegram, chwazi Foto oswa Galri olye de Fichye.
report-photo-yes = wi
report-photo-no = okenn
report-review =
    <b>Rapò ou</b>
    Vil: { $town }
    Ki kote: { $place }
    Kisa: { $what }
    Kilè: { $when }
    Foto: { $photo }

    Voye l bay ekip repons rapid la?
report-send = ✅ Voye rapò a
report-sent =
    Mèsi. Volontè ki resevwa fòmasyon ap verifye rapò ou anvan yo avèti pèsonn. M ap di w sa yo jwenn.

    <b>Sa pou w fè kounye a</b>
    • Rete yon distans ki an sekirite epi pa mele.
    • Si ajan yo kanpe w: rete kalm, ou gen dwa rete an silans, epi pa siyen anyen.
    • Si yon moun blese oswa an danje, rele 911.
    • Pou jwenn èd, rele liy United We Dream: 1-844-363-1423.
report-cancelled = Rapò a anile. Nou pa voye ni kenbe anyen.
report-too-soon = Mèsi paske w ap veye kominote w. Chak chat ka voye yon rapò chak 10 minit: eseye ankò nan { $minutes } minit. Si se ijan, rele liy United We Dream: 1-844-363-1423.
report-daily-limit = Mèsi paske w ap veye kominote w. Ou deja voye 5 rapò jodi a, sa se maksimòm yon chat ka voye nan yon jou. Si se ijan, rele liy United We Dream: 1-844-363-1423.
report-muted = Rapò ki soti nan chat sa a kanpe pou kounye a. Si se ijan, rele liy United We Dream: 1-844-363-1423. Si yon moun blese oswa an danje, rele 911.
report-outcome-confirmed = Nouvèl sou rapò ou: ekip repons rapid la konfime l. Mèsi paske w ede pwoteje kominote w.
report-outcome-false-alarm = Nouvèl sou rapò ou: ekip repons rapid la verifye l epi se pa t aktivite ICE. Mèsi paske w rapòte: lè nou verifye anvan, nou pwoteje tout moun kont fo alèt.
report-outcome-unverified = Nouvèl sou rapò ou: ekip repons rapid la pa t ka verifye l. Mèsi. Si ou wè plis bagay, ou ka voye yon nouvo rapò.
report-admin-draft = Ekip repons rapid la konfime yon rapò sou { $town }. Alèt anba a pare pou { $region }: tcheke l, epi peze Voye oswa Anile. Anyen p ap soti toutotan ou pa peze Voye.
report-alert = Yo konfime aktivite ICE nan { $town } ({ $place }), yo te rapòte l a { $time }: { $what }. Ekip repons rapid la verifye l. Konnen dwa ou: pa louvri pòt la, rete an silans, pa siyen anyen, epi rele yon avoka.
