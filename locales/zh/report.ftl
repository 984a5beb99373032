## 快速反应报告（见 locales/en/report.ftl）。

report-button = 📣 报告 ICE 活动
report-elsewhere = 报告 ICE 活动要在 Telegram 机器人里、和它的私聊中进行：请在那里发送 /report。如果有人受伤或有危险，请拨打 911。
report-disabled = 这个机器人还没有开通报告功能。要报告 ICE 活动，请拨打 United We Dream 热线：1-844-363-1423。如果有人受伤或有危险，请拨打 911。
report-private-only = 为了保护您，报告只能在和我的私聊中进行，绝不在群组里。请打开和我的私聊，然后发送 /report。
report-safety =
    <b>报告 ICE 活动</b>

    首先，请保证自己的安全：
    • 保持距离。
    • 不要干涉，也不要挡执法人员的路。
    • 您可以在安全的地方录像。
    • 您的名字绝不会被透露。在通知任何人之前，受过培训的志愿者会核实每一份报告，而且他们永远看不到是谁发送的。

    接下来有几个简单的问题。随时发送 /cancel 可以停止。
report-continue = 继续
report-cancel-button = 取消
report-ask-town = 在哪个城镇？请选择县，或输入城镇的名字。
report-choose-town = 请选择 { $county } 的城镇：
report-counties-button = ⬅️ 县
report-town-choices = 您是指下面的某个城镇吗？如果不是，请重新输入名字，或选择县。
report-town-not-found = 我在康涅狄格州找不到这个城镇。请检查拼写，或选择县。
report-ask-place = 在 { $town } 的什么地方？请发送街道名、十字路口或地标。请不要发送您自己的家庭住址。
report-ask-activity = 您看到了什么？
report-activity-arrest = 有人被逮捕或拘留
report-activity-door = 执法人员在某户人家门口
report-activity-checkpoint = 检查站，或有车被拦下
report-activity-workplace = 执法人员在工作场所
report-activity-patrol = 执法人员或他们的车辆在等候或巡逻
report-activity-other = 其他情况
report-ask-details = 有多少执法人员和车辆？有没有标志或制服（例如 ICE、POLICE、HSI）？请写一段简短的消息，或按“跳过”。
report-skip = 跳过
report-ask-when = 是什么时候？
report-when-now = 正在发生
report-when-hour = 过去一小时内
report-when-earlier = 更早
report-ask-photo = 如果您在安全的地方拍了照片，请现在以照片形式发送（不要以文件形式）。否则请按“跳过”。
report-not-a-photo = 请以照片形式发送图片，不要以文件形式：文件会保留拍摄地点。在 Telegram 里，请选择“照片”或“相册”，不要选“文件”。
report-photo-yes = 有
report-photo-no = 没有
report-review =
    <b>您的报告</b>
    城镇：{ $town }
    地点：{ $place }
    情况：{ $what }
    时间：{ $when }
    照片：{ $photo }

    要发送给快速反应小组吗？
report-send = ✅ 发送报告
report-sent =
    谢谢您。在通知任何人之前，受过培训的志愿者会核实您的报告。我会告诉您他们的核实结果。

    <b>现在该怎么做</b>
    • 保持安全距离，不要干涉。
    • 如果执法人员拦住您：保持冷静，您有保持沉默的权利，什么都不要签。
    • 如果有人受伤或有危险，请拨打 911。
    • 需要帮助，请拨打 United We Dream 热线：1-844-363-1423。
report-cancelled = 报告已取消。没有发送，也没有保存任何内容。
report-too-soon = 谢谢您守护您的社区。每个聊天每 10 分钟只能发送一份报告：请在 { $minutes } 分钟后再试。如果情况紧急，请拨打 United We Dream 热线：1-844-363-1423。
report-daily-limit = 谢谢您守护您的社区。您今天已经发送了 5 份报告，这是一个聊天一天内最多能发送的数量。如果情况紧急，请拨打 United We Dream 热线：1-844-363-1423。
report-muted = 这个聊天的报告暂时被暂停。如果情况紧急，请拨打 United We Dream 热线：1-844-363-1423。如果有人受伤或有危险，请拨打 911。
report-outcome-confirmed = 您的报告有了新消息：快速反应小组已经证实了它。谢谢您帮助保护您的社区安全。
report-outcome-false-alarm = 您的报告有了新消息：快速反应小组核实后发现，这不是 ICE 活动。谢谢您的报告：先核实，可以保护每个人不受假警报的影响。
report-outcome-unverified = 您的报告有了新消息：快速反应小组无法核实它。谢谢您。如果您看到更多情况，可以发送新的报告。
report-admin-draft = 快速反应小组已经证实了一份来自 { $town } 的报告。下面的警报已准备好发给 { $region }：请检查，然后按“发送”或“取消”。在您按“发送”之前，什么都不会发出去。
report-alert = 已证实 { $town }（{ $place }）有 ICE 活动，报告时间 { $time }：{ $what }。已由快速反应小组核实。了解您的权利：不要开门，保持沉默，什么都不要签，并打电话给律师。
