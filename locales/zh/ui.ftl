## Interface strings: menus, buttons, fallbacks, disclaimers, commands.
## Every locale has every message here, with the same variables.
## HTML allowed: <b>, <i>, <a href="...">. Escape & < > in text as &amp; &lt; &gt;.

# The language's own name, shown in the language picker.
lang-name = 中文

## Welcome and menus

welcome =
    <b>您好。我是 kyr，为康涅狄格州移民提供的权利指南。</b>
    
    请用您自己的话问我，可以用中文、英语、西班牙语、葡萄牙语、海地克里奥尔语、法语、波兰语或阿拉伯语。例如：“ICE 在我家门口”或“我有法庭日期，去法院安全吗？”
    
    如果移民执法人员（ICE，移民及海关执法局）现在就在您身边，请按 <b>ICE 就在这里</b>。
    
    我提供的是一般信息，不是法律意见。我不会问您的姓名或移民身份。

menu-title = 请选择一个主题：
category-encounter = 🚨 ICE 或警察就在这里
category-rights = ⚖️ 您的权利和法律
category-help = 🤝 寻求帮助
category-conversation = 💬 关于本机器人
emergency-button = 🚨 ICE 就在这里
topics-button = 📋 所有主题
language-button = 🌐 语言
resources-button = ☎️ 找谁求助
share-button = 📤 分享这个回答
back-button = ⬅️ 返回主题列表

## Answers

who-to-call-heading = 找谁求助
related-heading = 相关主题：
footer = <i>最后审核于 { $date }。这是一般信息，不是法律意见。关于您自己的情况，请咨询律师或法律援助机构。</i>
sms-line = 发短信 { $keyword } 到 { $number }
# Under a referral that does not serve the reader's language: the languages it does serve,
# by their own names (English, Español), without or with interpreters on request.
ref-languages = 🗣 服务语言：{ $languages }。请带一位能帮您翻译的人。
ref-languages-interpreter = 🗣 服务语言：{ $languages }。可以要求提供中文翻译。

## Understanding

did-you-mean = 我不确定是否理解了您的意思。您是指下面其中一项吗？
fallback =
    抱歉，我只能帮助解答康涅狄格州的移民权利问题：ICE 到您家门口、工作场所或法院，警察拦截，被拘留，康涅狄格州法律赋予您的权利，以及去哪里找律师或投诉。
    
    请在下面选择一个主题，或换个说法再问一次。
non-text = 我只能读文字。请用文字输入您的问题，或在下面选择一个主题。
empty-message = 您的消息是空的。请输入您的问题，或在下面选择一个主题。
unknown-command = 我不认识这个命令。我能做的是：
stale-button = 这个按钮太旧了，不能再用。这是重新显示的菜单。
other-language = 🌐 我还看不懂这种语言。我会说中文、英语、西班牙语、葡萄牙语、海地克里奥尔语、法语、波兰语和阿拉伯语：请在下面选一种。如果 ICE 在您家门口，请按 🚨。

## Language

language-picker = 请选择您的语言：
language-set = 好的。从现在起我会用中文回答您。
# Shown once, at the start, to a client set to Traditional Chinese (zh-Hant, zh-TW, zh-HK,
# zh-MO), whom kyr answers in Simplified Chinese: in Traditional characters in every locale,
# since only such a reader ever sees it.
traditional-chinese-note = 提示：kyr 目前只有簡體中文版本，以下的回答都使用簡體中文。

## Commands and their menu descriptions

help-text =
    <b>如何使用 kyr</b>
    
    请用您自己的话，用我会说的八种语言中的任何一种写下您的问题。我会告诉您该怎么做、法律怎么规定，以及可以找谁求助。
    
    /emergency：ICE 就在这里时该怎么做
    /report：报告 ICE 活动（发出警报前会先核实）
    /topics：所有主题
    /resources：电话号码和网站
    /language：更换语言
    /privacy：我保存了您的哪些信息
    /forget：删除我保存的信息
    /subscribe：接收经过核实的社区警报
    /unsubscribe：停止接收警报
    
    在任何聊天中，您都可以输入 @{ $bot } 加几个字，来分享一个回答。
cmd-start = 开始并显示菜单
cmd-help = 如何使用本机器人
cmd-topics = 所有主题
cmd-emergency = ICE 就在这里：该怎么做
cmd-resources = 找谁求助：电话和网站
cmd-language = 更换语言
cmd-privacy = 本机器人保存什么信息
cmd-forget = 删除本机器人保存的信息
cmd-subscribe = 接收经过核实的社区警报
cmd-unsubscribe = 停止接收社区警报
cmd-report = 报告 ICE 活动（发出警报前先核实）
bot-short-description = 了解您在康涅狄格州的权利：ICE 来了怎么办、可以找谁求助。English, Español, Português, Kreyòl, Français, Polski, 中文, العربية.
bot-description = 为康涅狄格州移民和帮助他们的人提供免费的权利信息。请用您自己的话提问，可以用中文、英语、西班牙语、葡萄牙语、海地克里奥尔语、法语、波兰语或阿拉伯语。一般信息，不是法律意见。

resources-heading = <b>找谁求助</b>
resources-intro = 这些联系方式已根据公开来源核对过。紧急情况请拨打 911。

## Privacy

privacy-text =
    <b>本机器人保存什么信息</b>
    
    • 您的聊天编号和您选择的语言，这样我才能用您的语言回答。
    • 如果您订阅了警报：您选择的地区。
    
    我不保存、也不记录您写的内容。我从不问您的姓名、地址或移民身份。Telegram 本身会把您的消息保留在聊天里；您可以在那里删除。
    
    要删除我保存的关于这个聊天的所有信息，请发送 /forget。
forget-done = 已完成。我已删除关于这个聊天保存的所有信息：您的语言和所有警报订阅。您可以继续使用本机器人；我不会记住您的选择。

## Errors

error-generic = 抱歉，我这边出了问题。请过一分钟再试。如果 ICE 现在就在您身边：保持冷静，不要开门，保持沉默，并打电话给律师或 United We Dream 热线 1-844-363-1423。
group-only-admins = 只有本群的管理员才能这样做。

## Community alerts

subscribe-intro = <b>社区警报</b>：来自快速反应团体、经过核实的 ICE 活动通知，用您的语言发送。请选择您想接收哪些地区的警报：
subscribe-statewide = 康涅狄格州全州
subscribe-done = 您将收到这些地区的警报：{ $regions }。发送 /unsubscribe 可以停止。
subscribe-choose-more = 点选您想要的地区，然后按“完成”。
subscribe-finish = ✅ 完成
unsubscribe-done = 您不会再收到任何警报。您的订阅已删除。
unsubscribe-none = 您没有订阅警报。
alert-header = 📢 <b>社区警报</b>（{ $region }）
alert-verify-line = <i>发送前已由快速反应网络核实。在您转发任何消息之前，请自己先核实；假警报会散播恐慌。</i>
alert-emergency-button = 🚨 ICE 来了怎么办
admin-only = 抱歉，您不能这样做。
alert-choose-region = 这条警报是针对哪个地区的？
alert-write-text = 现在请写警报内容。如果要用几种语言写，请在每一部分开头加一行，例如 <code>[es]</code>。或者发送 /cancel。
alert-preview = 订阅者看到的就是这样。要发送吗？
alert-send = ✅ 发送
alert-cancel = ❌ 取消
alert-cancelled = 警报已取消。没有发送任何内容。
alert-progress = 正在发送警报 #{ $id }：已发送 { $sent }，失败 { $failed }，剩余 { $left }。
alert-report = 警报 #{ $id } 已完成：已发送 { $sent }，失败 { $failed }，已退订 { $removed }（已屏蔽或已离开）。
alert-template = 已确认 { $town } 有 ICE 活动（{ $date }）：{ $what }。了解您的权利：不要开门，保持沉默，不要签任何文件，并打电话给律师。
