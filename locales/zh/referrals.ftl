## One line per referral in intents/referrals.toml: what it helps with, and its hours and limits
## where the fact sheets give them. No phone numbers here: the bot prints them from the TOML.
## Facts: /work/shared/facts/resources-and-rights.md (Part A) and ct-law-addendum.md. Reviewed 2026-11-27.
## Each ref-<id>-short is one line of at most 60 characters, shown beside the name where space is tight
## (the first screen of an answer). Keep it the plain gist of the long line above it.
## zh: no referral lists Chinese among its languages (intents/referrals.toml), so each line says which
## languages it serves, and "可要求口译" (ask for an interpreter) where the service offers interpreters.

ref-emergency_911 = 如果有人受伤或现在有危险，请拨打 911。可以要求口译（例如用英语说“Mandarin”）。
ref-emergency_911-short = 紧急情况：有人受伤或有危险（可要求口译）
ref-ct_211 = 免费、保密的帮助，提供多种语言，24 小时服务，帮助解决食物、住房、水电费和心理健康危机。服务用英语和西班牙语，其他语言可要求口译。
ref-ct_211-short = 食物、住房和危机帮助，24 小时（可要求口译）
ref-sls = 为低收入者（通常收入不超过联邦贫困线的 125%）提供免费的民事法律援助，热线服务时间为周一至周五上午 9 点至中午 12 点和下午 1 点至 2 点；住在纽黑文地区的无证移民应直接打电话给 NHLAA。服务用英语和西班牙语；请要求口译。
ref-sls-short = 低收入者免费法律援助，工作日热线（英语/西班牙语）
ref-nhlaa = 在大纽黑文地区提供免费法律援助，包括驱逐出境辩护；无证移民可以直接打电话，它不会把移民身份报告给警察或任何人。服务用英语和西班牙语；请要求口译。
ref-nhlaa-short = 纽黑文地区免费法律援助，无证者可打（英语/西班牙语）
ref-ccif = 为被 ICE 拘留或面临驱逐出境（removal）案件的人以及申请庇护的人提供免费的驱逐出境辩护，在纽黑文和哈特福德设有项目；请打电话问您是否符合条件。服务用英语和西班牙语；请要求口译。
ref-ccif-short = 免费驱逐出境辩护，纽黑文和哈特福德（英语/西班牙语）
ref-uwd_hotline = 由 United We Dream 运营的全国性驱逐出境辩护热线，用来报告 ICE 活动和求助。服务用英语和西班牙语。
ref-uwd_hotline-short = 全国热线：报告 ICE 活动、求助（英语/西班牙语）
ref-ice_locator = ICE 的网站，用 A 号码或准确姓名加出生国家，查找被 ICE 羁押的成年人；大约 8 小时内更新。网站只有英语和西班牙语。
ref-ice_locator-short = 查找被 ICE 羁押的成年人的网站（英语/西班牙语）
ref-ice_dril = ICE 的电话线，用来查找被拘留的人，以及举报拘留中的虐待或严重问题、难以联系律师、或与孩子被分开的情况；人工接听时间为周一至周五美国东部时间早上 8 点至晚上 8 点（节假日除外），服务用英语和西班牙语。
ref-ice_dril-short = ICE 自己的电话：查找被拘留者，工作日 8am–8pm（英/西）
ref-eoir = 用 A 号码查询移民法庭信息，24 小时提供英语和西班牙语服务：下次听证的日期、时间和地点，以及法官的决定（不包括保释听证）。
ref-eoir-short = 用 A 号码查移民法庭日期，24 小时（英语/西班牙语）
ref-chro = 康涅狄格州处理工作、住房、公共场所和信贷方面歧视（例如因为原国籍）的免费机构；它不受理对 ICE 的投诉。请尽快联系，因为有些投诉必须在 180 天内提出。服务只用英语；请要求口译。
ref-chro-short = 康州歧视投诉，不管 ICE 的事（英语）
ref-dhs_oig = 受理对 DHS 人员（包括 ICE 和 CBP）不当行为投诉的联邦机构，例如使用暴力、种族定性或剥夺权利；它不是紧急电话，也不是 24 小时接听。服务用英语。
ref-dhs_oig-short = 投诉 ICE 或 CBP 不当行为，非紧急（英语）
ref-dhs_crcl = 受理对 ICE、CBP 和 DHS 其他部门民权投诉的联邦机构；DHS 在 2025 年裁撤了这个机构，所以投诉是为了留下记录，同时也要告诉律师。服务用英语。
ref-dhs_crcl-short = DHS 民权投诉；2025 年已被裁撤（英语）
ref-aclu_ct = 免费的民权法律帮助，主要针对影响很多人的案件，需通过网上表格、电子邮件或邮寄申请；不接受电话受理，也不能处理紧急情况。服务用英语。
ref-aclu_ct-short = 民权案件，通过表格或邮件，非紧急（英语）
ref-ct_oig = 康涅狄格州的机构，只调查警察使用致命武力以及在警察或监狱羁押中死亡的案件；不是一般的投诉电话。服务用英语。
ref-ct_oig-short = 只管警察致命武力和羁押中死亡（英语）
ref-ct_safe_connect = 针对家庭暴力的免费、保密帮助，24 小时，可通过电话、短信、电子邮件或在线聊天联系，提供多种语言，包括安全计划、心理辅导和帮忙寻找庇护所。服务用英语和西班牙语，其他语言可要求口译。
ref-ct_safe_connect-short = 家庭暴力求助，24 小时，免费保密（可要求口译）
ref-ct_sexual_assault = 为性暴力幸存者提供的免费、保密 24 小时热线，英语和西班牙语各有一个号码，还可以有人陪您去医院、警察局或法院。服务用英语和西班牙语。
ref-ct_sexual_assault-short = 性暴力求助，24 小时（英语/西班牙语）
ref-trafficking_hotline = 全国性热线，如果您或您认识的人可能是人口贩卖的受害人，可以打这个电话求助。服务用英语和西班牙语，其他语言可要求口译。
ref-trafficking_hotline-short = 人口贩卖受害人求助（可要求口译）
ref-ian_directory = 非营利的免费和低收费移民法律服务的网上名录，可以按州和邮政编码搜索。网站用英语和西班牙语。
ref-ian_directory-short = 按邮编查找免费或低收费移民帮助（英语/西班牙语）
ref-dcp = 康涅狄格州的机构，您可以在这里举报“notario”欺诈和其他骗局，也可以在网上匿名举报，但投诉可能成为公开记录。服务用英语。
ref-dcp-short = 在康州举报“notario”欺诈和骗局（英语）
ref-ftc = 联邦机构，您可以用英语或西班牙语举报“notario”欺诈和其他骗局；在投诉中写上“Notario Publico”。
ref-ftc-short = 举报“notario”欺诈和骗局（英语/西班牙语）
ref-ct_family_plan = 免费的州政府工具包，用来在父母被拘留时安排孩子的照顾，附有备用监护人表格，有 9 种语言版本，不需要律师或法院。
ref-ct_family_plan-short = 免费州政府工具包：安排孩子的照顾（有中文版）
ref-ctlawhelp = 康涅狄格州法律援助机构的免费自助文章，用英语和西班牙语，内容包括移民权利和保护您的孩子。
ref-ctlawhelp-short = 康州法律援助关于移民权利的免费文章（英语/西班牙语）
ref-ilrc_red_cards = 可以打印随身携带的卡片，上面写着您会保持沉默、没有法官令状不会开门、不同意搜查，有多种语言。
ref-ilrc_red_cards-short = 表明您会保持沉默的卡片，多种语言
ref-ct_ag = 康涅狄格州总检察长的消费者办公室，通过网上表格受理骗局投诉，但不能为您提供私人法律意见。服务用英语。
ref-ct_ag-short = 网上表格投诉骗局；不提供法律意见（英语）
ref-circ = 总部在哈特福德的全州网络，由支持移民和难民的社区、宗教、商业和法律团体组成。服务用英语。
ref-circ-short = 支持移民和难民的全州网络（英语）
ref-ula = 纽黑文的基层移民团体，帮助工人追讨欠薪，并陪同人们出庭，使用西班牙语、Mam 语、Totonaco 语和 Kaqchikel 语（也用英语）。
ref-ula-short = 纽黑文团体：追讨欠薪、陪您出庭（西班牙语/英语）
ref-c4d = 由无证青年领导的团体，属于 United We Dream 网络，提供上大学的帮助和了解权利培训。服务用英语和西班牙语。
ref-c4d-short = 青年领导：升学帮助、了解权利培训（英语/西班牙语）
ref-make_the_road_ct = 在布里奇波特和哈特福德的社区团体，提供法律和支持服务、社区组织和了解权利的帮助。服务用西班牙语和英语。
ref-make_the_road_ct-short = 支持服务、了解权利帮助；布里奇波特、哈特福德（西/英）
