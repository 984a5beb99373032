## 权利卡和带二维码的传单。见 locales/en/card.ftl。
## 卡片和传单上是纯文本（没有 HTML）：`kyr check` 会测量每一行。

card-front-title = 了解您的权利
card-front-1 = 不要开门。请他们把令状从门缝下塞进来。
card-front-2 = 保持沉默。您不必回答问题。
card-front-3 = 没有律师，什么都不要签。
card-front-4 = 不要说谎，也不要出示假证件。
card-front-5 = 要求见律师。
card-front-6 = 问：“我可以走吗？”如果可以，就平静地离开。
card-front-help = 康涅狄格州免费法律援助：
card-front-scan = 扫码：kyr，中文版
card-front-reviewed = 审核于 { $date }。一般信息，不是法律意见。

card-caption =
    <b>您的权利卡</b>（正面和背面）
    
    请把这两张图片保存在手机里。如果执法人员来了，请按正面说的去做，并把背面给他们看，或从门缝下塞出去：背面是英文的，是给他们看的。
    
    打印方法：每张图片是一张 3.5 × 2 英寸的卡片（名片大小）。志愿者可以每页打印 10 张，双面打印。
card-caption-back = 背面是英文的：给执法人员看，或从门缝下塞出去。
card-button = 🪪 权利卡
cmd-card = 您的权利卡：保存、出示、打印
card-terminal = 在 Telegram 上，/card 会把权利卡作为两张图片发给您，方便保存在手机里。要打印（每张 Letter 尺寸的纸打印 10 张卡，双面）：kyr card --lang { $lang } --sheet --out cards.pdf
card-inline-title = 🪪 权利卡
card-inline-description = 一张可以保存、出示或打印的卡片：该怎么做，以及给执法人员看的声明
card-inline-text = <b>权利卡</b>：移民执法人员来了该怎么做，以及一份给他们看的英文声明。在机器人里打开：

flyer-scan = 扫码在 kyr 里用您的语言免费阅读完整回答。
flyer-reviewed = 审核于 { $date }。一般信息，不是法律意见。
