## The first screen of every answer, and the buttons that open the rest.
##
## The bot first sends one short screen: the title in bold, then
##   • for urgent intents: the numbered `<id>-now` steps (in answers-a.ftl),
##     then "Call first:" with the first referral of the intent in intents/catalog.toml;
##   • for the other intents (rights and help): `<id>-gist` below,
##     then "Who can help:" with the first referral (no line if the intent has none);
## then `footer-short`. The full `<id>-body` and the phone list come behind the buttons.
##
## Limits, in visible characters (tags not counted, emoji count 2), in EVERY language:
##   urgent first screen at most 700 (keep English `-now` at most about 440 characters),
##   other first screen at most 900 (keep English `-gist` at most about 550 characters).
##
## A gist is two to four plain sentences: the single most useful answer, not a teaser
## ("This answer explains..." is wrong). It says nothing the body does not say.
## <b> may mark one key phrase. No lists, no phone numbers (the code adds the contact line),
## no date or disclaimer (the footer adds them).
## Writing rules: CONTENT.md. Facts: /work/shared/facts (the addendum wins). Reviewed 2026-11-27.
## Simplified Chinese (zh): legal terms as in locales/zh/GLOSSARY.md.

## Interface

# One line under every first screen. Keep { $date } and the not-legal-advice idea.
footer-short = <i>审核于 { $date } · 一般信息，不是法律意见。</i>
# Put before the first contact of an urgent answer: "Call first: <name> ☎️ <number>".
call-first = 先打这个电话：
# Put before the first contact of any other answer: "Who can help: <name> ☎️ <number>".
who-can-help = 谁能帮忙：
details-button = 📖 更多详情
who-to-call-button = 📞 找谁求助
# On an inline result shared into another chat: opens the whole answer in the bot.
open-in-bot-button = 📖 在机器人里看完整回答
# Heading of the message the "More details" button sends. $title is the topic's title.
details-heading = 更多详情：{ $title }
# When someone presses the same button twice in a row.
already-shown = 这部分就在上面。⬆️

## Gists: rights and the law

warrant_types-gist = 一般来说，执法人员没有您的允许要进入您家，需要一份由<b>法官</b>签署的令状。ICE 的 I-200 和 I-205 表格是移民官员签署的，不是法官，所以您可以不开门。2026 年公开的一份 ICE 备忘录声称，如果当事人有最终驱逐令，执法人员可以凭 I-205 强行进入，很多律师认为这违反宪法。如果执法人员强行进入，不要反抗，说“我不同意”，并保持沉默。

right_to_silence-gist = 您不必说出您在哪里出生、您的移民身份，或您是怎么来美国的。请说：“我要保持沉默。我要和律师谈。”然后就不要再说话。康涅狄格州法律援助机构建议，如果官员问您的姓名，要告诉他们。绝对不要说谎、出示假证件，或在您不是美国公民时说自己是美国公民。

signing_documents-gist = 在和律师谈之前，不要签 ICE 或拘留所官员给您的任何文件。像<b>自愿离境</b>或<b>同意驱逐</b>这样的文件，可能让您放弃听证的权利和留在美国的机会。请说：“在和我的律师谈之前，我什么都不签。”“notario”（公证人）不是律师，而且绝对不要签空白表格。

trust_act-gist = 康涅狄格州的《信任法》（TRUST Act）是 2013 年起生效的州法律。它规定，警察、看守所和监狱不能只因为 ICE 提出要求、或寄来一份不是法官签署的令状，就扣留或逮捕您。只有在以下情况下才可以：有<b>法官</b>签署的令状，被判 A 级或 B 级重罪或 13 种列明罪行之一，或可能与恐怖分子观察名单相符。它不能阻止 ICE 执法人员自己去抓人。美国司法部正在联邦法院挑战这项法律（2026 年春季起诉）。

police_share_with_ice-gist = 康涅狄格州没有任何法律要求警察把无证移民的情况告诉 ICE；州法律限制他们可以分享的信息，包括您的释放日期。但如果您被逮捕，您的指纹会通过一个联邦项目自动传到 ICE，州政府无法阻止。联邦法律不允许州政府禁止警察把您的身份信息转给 ICE，所以您的身份不要对别人说。

police_ask_status-gist = 康涅狄格州没有州法律禁止警察问您的移民身份，但有些城市，例如纽黑文（New Haven），有自己的规定禁止这样做。您永远不必回答：请说“我要保持沉默”。您告诉警察的身份信息可能会被转给 ICE。如果您在开车，仍然必须出示驾照、车辆登记和保险。

ice_interview_custody-gist = 康涅狄格州的看守所、监狱和警察<b>不能</b>让 ICE 会见他们羁押的人，除非此人被判 A 级或 B 级重罪或 13 种列明罪行之一、可能与恐怖分子观察名单相符，或者有联邦法院的命令。即使 ICE 见到了您，您也不必回答问题：要求见律师，什么都不要签。康涅狄格州对这类会见没有“同意书”的规定；那是加利福尼亚州的法律。

report_crime_safely-gist = 不管您的移民身份是什么，作为犯罪受害人您都可以得到帮助。如果您有危险，请拨打 911。根据《信任法》，除少数情况外，警察不能把您是家庭暴力或性侵犯受害人、或犯罪证人这件事告诉 ICE。受害人可能符合 <b>U 签证</b>、<b>T 签证</b>或 <b>VAWA</b> 的条件：申请前请先咨询法律援助机构或移民律师。

sensitive_places-gist = 让 ICE 远离学校、医院和宗教场所的联邦政策已于 2025 年 1 月 20 日取消。自 2026 年 10 月 1 日起，康涅狄格州一项法律（Public Act 26-14）规定，任何执法人员，<b>包括 ICE</b>，没有法官签署的令状，都不能在这些地方进行民事逮捕。美国司法部正在联邦法院挑战这项法律，所以无论去哪里，都要了解自己的权利。

school_rights-gist = 不管孩子或父母的移民身份是什么，每个孩子都可以从幼儿园到 12 年级免费上公立学校。康涅狄格州的学校不需要收集移民身份信息，学生档案受联邦隐私法保护。自 2026 年 10 月 1 日起，州法律禁止在没有法官令状的情况下在学校进行民事逮捕，但美国司法部正在法院挑战这项法律。

ice_cooperation_programs-gist = 在康涅狄格州，任何人被逮捕并按指纹，指纹都会通过联邦的“安全社区”（Secure Communities）项目自动传到 ICE。自 2019 年起，《信任法》禁止康涅狄格州的警察、看守所和其他受约束的官员根据 <b>287(g)</b> 协议替 ICE 执法。PEP 项目已于 2017 年 1 月结束。ICE 曾能使用一个包含车管局（DMV）记录的州警察数据库；我们不知道现在是否有变化。

local_policies-gist = 康涅狄格州没有任何法律称本州为“庇护州”。在每个城镇都适用的是<b>《信任法》</b>，它限制警察和看守所协助 ICE。有些城市做得更多：纽黑文警察不问移民身份，哈特福德（Hartford）警察不会只因为移民身份就逮捕或扣留任何人。美国司法部正在联邦法院挑战《信任法》和纽黑文的“欢迎城市”（Welcoming City）命令。

data_privacy-gist = 自 2025 年 11 月 18 日起，康涅狄格州和地方机构不能把您不公开的住址、工作地点、学校或预约时间告诉 ICE，但有一些例外，例如有法官签署的令状或法院命令。不过，任何逮捕时按的指纹都会自动传到 ICE。车管局（DMV）记录在一个 ICE 曾能使用的州警察数据库里，我们不知道现在是否有变化。

daca_minors-gist = 不管有没有 DACA，不管多大年龄，您的权利都一样：保持沉默、要求见律师、不要签您看不懂的文件。不管身份如何，每个孩子都可以从幼儿园到 12 年级上公立学校。我们没有可靠的最新 DACA 信息，所以在申请、续期或出行之前，请咨询移民律师或司法部认可代表，绝不要找“notario”。

law_changes-gist = 康涅狄格州的规定在 2025 年和 2026 年变化很大。自 2025 年 11 月 18 日起，在州法院范围内进行民事逮捕，需要有法官令状、列明的定罪记录或与观察名单相符。自 2026 年 10 月 1 日起，在学校、医院、宗教场所和其他受保护场所进行民事逮捕，需要有<b>法官签署的令状</b>。美国司法部正在联邦法院挑战《信任法》和这项 2026 年的法律；我们的信息截至 2026 年 5 月左右。

compliance_oversight-gist = 每次 ICE 接触到地方警察羁押的人，地方警察都要向州政府报告，州政府在 data.ct.gov 上公布这些数据；这些记录是公开的。自 2025 年 10 月 1 日起，如果某个城镇的警察或学校警察违反《信任法》，您可以起诉该城镇，要求法院下令（没有金钱赔偿）。如果您认为某个机构违反了这些规定，请咨询法律援助机构或联系 ACLU of Connecticut。

## Gists: help and referrals

file_complaint-gist = 首先，写下姓名、警徽号码、日期、时间、地点和发生了什么。对 ICE 或 CBP 执法人员的投诉交给 DHS 监察长办公室，那不是紧急电话：有危险请拨打 911。对康涅狄格州警察的投诉交给该警察所属的警察局。CHRO 处理工作、住房、公共场所和信贷方面的歧视，不处理对 ICE 的投诉。

legal_help-gist = 只有持照律师或司法部认可代表才能为您提供移民法律帮助。“notario”（公证人）<b>不是</b>律师。CCIF 为被 ICE 拘留或面临驱逐出境案件的人以及申请庇护的人提供免费的驱逐出境辩护，在纽黑文和哈特福德设有项目：请打电话问您是否符合条件。其他免费法律援助，请打电话给 Statewide Legal Services（点“找谁求助”）。

rapid_response-gist = 我们无法确认任何康涅狄格州快速反应热线的号码，所以您可以使用全国性的 United We Dream 热线。如果您看到 ICE，请保持安全距离，录像或记下时间、地点、执法人员和车辆的数量，以及发生了什么。转发消息前先核实，在有人核实之前标明“未证实”。绝对不要打 ICE 的举报电话。

family_plan-gist = 现在就为孩子、证件和钱做好计划，以防父母被拘留。康涅狄格州免费的<b>家庭准备计划</b>（Family Preparedness Plan）不需要律师或法院，有 9 种语言版本，包括西班牙语、葡萄牙语和海地克里奥尔语。它的备用监护人表格让您可以在两名证人面前指定一个人，在您被拘留时照顾您的孩子。

know_your_rights-gist = 在美国的每个人，不管身份如何，都有这些权利。<b>不要开门</b>：请他们把令状从门缝下塞进来。<b>保持沉默</b>，没有律师<b>什么都不要签</b>，<b>要求见律师</b>，并说“我不同意搜查”。不要说谎、逃跑或反抗，绝对不要出示假证件。

community_support-gist = 康涅狄格州有一些团体为移民提供培训、陪同出庭、青少年项目和基本生活帮助：例如 CIRC（全州网络）、纽黑文的 ULA（工人权利，陪您出庭）、C4D（由无证青年领导）以及在布里奇波特（Bridgeport）和哈特福德的 Make the Road。需要食物、住房或遇到危机，请拨打 2-1-1，24 小时服务。只有律师或司法部认可代表才能给您移民法律意见。
