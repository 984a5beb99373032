## Interface strings: menus, buttons, fallbacks, disclaimers, commands.
## Every locale has every message here, with the same variables.
## HTML allowed: <b>, <i>, <a href="...">. Escape & < > in text as &amp; &lt; &gt;.
## Arabic (ar) translation of locales/en/ui.ftl: plain Modern Standard Arabic, polite form. Terms: GLOSSARY.md.

# The language's own name, shown in the language picker.
lang-name = العربية

## Welcome and menus

welcome =
    <b>مرحبا. أنا kyr، دليل لحقوق المهاجرين في ولاية كونيتيكت.</b>
    
    اسألني بكلماتك أنت، بالعربية أو الإنجليزية أو الإسبانية أو البرتغالية أو الكريولية الهايتية أو الفرنسية أو البولندية أو الصينية. مثلا: «ICE عند باب بيتي» أو «عندي موعد في المحكمة، هل الذهاب آمن؟»
    
    إذا كان موظفو الهجرة معك الآن، اضغط <b>ICE هنا الآن</b>.
    
    أقدم معلومات عامة، وليست استشارة قانونية. لا أسألك عن اسمك ولا عن وضع الهجرة الخاص بك.

menu-title = اختر موضوعا:
category-encounter = 🚨 ICE أو الشرطة هنا الآن
category-rights = ⚖️ حقوقك والقانون
category-help = 🤝 احصل على مساعدة
category-conversation = 💬 عن هذا البوت
emergency-button = 🚨 ICE هنا الآن
topics-button = 📋 كل المواضيع
language-button = 🌐 اللغة
resources-button = ☎️ بمن تتصل
share-button = 📤 شارك هذه الإجابة
back-button = ⬅️ العودة إلى المواضيع

## Answers

who-to-call-heading = بمن تتصل
related-heading = مواضيع ذات صلة:
footer = <i>آخر مراجعة { $date }. هذه معلومات عامة، وليست استشارة قانونية. لحالتك الخاصة، تحدث مع محام أو مع جهة مساعدة قانونية مجانية.</i>
sms-line = أرسل رسالة نصية فيها { $keyword } إلى الرقم { $number }
# Under a referral that does not serve the reader's language: the languages it does serve,
# by their own names (English, Español), without or with interpreters on request.
ref-languages = 🗣 يتحدثون { $languages }: اصطحب معك من يستطيع الترجمة.
ref-languages-interpreter = 🗣 يتحدثون { $languages }: اطلب مترجماً بلغتك.

## Understanding

did-you-mean = لست متأكدا أنني فهمت. هل تقصد أحد هذه المواضيع؟
fallback =
    عذرا، أستطيع المساعدة فقط في حقوق المهاجرين في كونيتيكت: ICE عند بابك أو في عملك أو في المحكمة، وتوقيف الشرطة لك، والاحتجاز، وحقوقك بموجب قانون كونيتيكت، وأين تجد محاميا أو تقدم شكوى.
    
    اختر موضوعا من الأسفل، أو اسأل مرة أخرى بكلمات أخرى.
non-text = أستطيع قراءة النص فقط. من فضلك اكتب سؤالك بالكلمات، أو اختر موضوعا من الأسفل.
empty-message = رسالتك فارغة. اكتب سؤالك، أو اختر موضوعا من الأسفل.
unknown-command = لا أعرف هذا الأمر. هذا ما أستطيع فعله:
stale-button = هذا الزر قديم ولا يعمل الآن. هذه القائمة مرة أخرى.
other-language = 🌐 لا أستطيع قراءة هذه اللغة بعد. أتكلم العربية والإنجليزية والإسبانية والبرتغالية والكريولية الهايتية والفرنسية والبولندية والصينية: اختر لغة من الأسفل. إذا كان ICE عند بابك، اضغط 🚨.

## Language

language-picker = اختر لغتك:
language-set = حسنا. من الآن سأجيبك بالعربية.
# Shown once, at the start, to a client set to Traditional Chinese (zh-Hant, zh-TW, zh-HK,
# zh-MO), whom kyr answers in Simplified Chinese: in Traditional characters in every locale,
# since only such a reader ever sees it.
traditional-chinese-note = 提示：kyr 目前只有簡體中文版本，以下的回答都使用簡體中文。

## Commands and their menu descriptions

help-text =
    <b>كيف تستخدم kyr</b>
    
    اكتب سؤالك بكلماتك أنت، بأي لغة من لغاتي الثماني. سأجيبك بما يجب أن تفعله، وبما يقوله القانون، وبمن تتصل.
    
    /emergency: ماذا تفعل إذا كان ICE هنا الآن
    /report: الإبلاغ عن نشاط ICE (يُتحقَّق منه قبل أي تنبيه)
    /topics: كل المواضيع
    /resources: أرقام الهواتف والمواقع
    /language: تغيير اللغة
    /privacy: ما الذي أحفظه عنك
    /forget: حذف ما أحفظه
    /subscribe: تلقي تنبيهات مجتمعية موثقة
    /unsubscribe: إيقاف التنبيهات
    
    في أي محادثة يمكنك كتابة @{ $bot } وبضع كلمات لمشاركة إجابة.
cmd-start = ابدأ واعرض القائمة
cmd-help = كيف تستخدم هذا البوت
cmd-topics = كل المواضيع
cmd-emergency = ICE هنا الآن: ماذا أفعل
cmd-resources = بمن تتصل: هواتف ومواقع
cmd-language = تغيير اللغة
cmd-privacy = ما الذي يحفظه هذا البوت
cmd-forget = احذف ما يحفظه هذا البوت
cmd-subscribe = تلقي تنبيهات مجتمعية موثقة
cmd-unsubscribe = إيقاف التنبيهات المجتمعية
cmd-report = الإبلاغ عن نشاط ICE (يُتحقَّق منه قبل أي تنبيه)
bot-short-description = اعرف حقوقك في كونيتيكت إذا جاء ICE، وبمن تتصل. العربية، English، Español، Português، Kreyòl، Français، Polski، 中文.
bot-description = معلومات مجانية عن الحقوق للمهاجرين في كونيتيكت وللأشخاص الذين يساعدونهم. اسأل بكلماتك أنت، بالعربية أو الإنجليزية أو الإسبانية أو البرتغالية أو الكريولية الهايتية أو الفرنسية أو البولندية أو الصينية. معلومات عامة، وليست استشارة قانونية.

resources-heading = <b>بمن تتصل</b>
resources-intro = جهات اتصال تم التحقق منها من مصادر عامة. في حالة الطوارئ اتصل بـ 911.

## Privacy

privacy-text =
    <b>ما الذي يحفظه هذا البوت</b>
    
    • رقم محادثتك واللغة التي اخترتها، حتى أجيبك بلغتك.
    • إذا اشتركت في التنبيهات: المناطق التي اخترتها.
    
    لا أحفظ ولا أسجل ما تكتبه. لا أسألك أبدا عن اسمك أو عنوانك أو وضع الهجرة الخاص بك. تطبيق Telegram نفسه يحتفظ برسائلك في محادثتك، ويمكنك حذفها هناك.
    
    لحذف كل ما أحفظه عن هذه المحادثة، أرسل /forget.
forget-done = تم. حذفت كل ما كنت أحفظه عن هذه المحادثة: لغتك وأي اشتراك في التنبيهات. يمكنك الاستمرار في استخدام البوت، لكنني لن أتذكر اختياراتك.

## Errors

error-generic = عذرا، حدث خطأ من جهتي. حاول مرة أخرى بعد دقيقة. إذا كان ICE معك الآن: حافظ على هدوئك، لا تفتح الباب، التزم الصمت، واتصل بمحام أو بالخط الساخن لـ United We Dream على الرقم 1-844-363-1423.
group-only-admins = فقط مشرف هذه المجموعة يستطيع فعل ذلك.

## Community alerts

subscribe-intro = <b>تنبيهات مجتمعية</b>: إشعارات موثقة من مجموعات الاستجابة السريعة عن نشاط ICE، بلغتك. اختر المناطق التي تريد التنبيهات عنها:
subscribe-statewide = كل ولاية كونيتيكت
subscribe-done = ستصلك تنبيهات عن: { $regions }. أرسل /unsubscribe للإيقاف.
subscribe-choose-more = اضغط على المناطق التي تريدها، ثم اضغط «تم».
subscribe-finish = ✅ تم
unsubscribe-done = لن تصلك تنبيهات بعد الآن. تم حذف اشتراكك.
unsubscribe-none = لم تكن مشتركا في التنبيهات.
alert-header = 📢 <b>تنبيه مجتمعي</b> ({ $region })
alert-verify-line = <i>تحققت منه شبكة استجابة سريعة قبل إرساله. قبل أن تشارك أي شيء، تحقق منه بنفسك، فالإنذارات الكاذبة تنشر الخوف.</i>
alert-emergency-button = 🚨 ماذا تفعل إذا جاء ICE
admin-only = عذرا، لا يمكنك فعل ذلك.
alert-choose-region = لأي منطقة هذا التنبيه؟
alert-write-text = اكتب نص التنبيه الآن. لكتابته بعدة لغات، ابدأ كل جزء بسطر مثل <code>[es]</code>. أو أرسل /cancel.
alert-preview = هذا بالضبط ما سيراه المشتركون. هل ترسله؟
alert-send = ✅ أرسل
alert-cancel = ❌ إلغاء
alert-cancelled = تم إلغاء التنبيه. لم يتم إرسال أي شيء.
alert-progress = جار إرسال التنبيه رقم { $id }: تم إرسال { $sent }، وفشل { $failed }، وبقي { $left }.
alert-report = انتهى التنبيه رقم { $id }: تم إرسال { $sent }، وفشل { $failed }، وتم إلغاء اشتراك { $removed } (حظروا البوت أو لم يعودوا موجودين).
alert-template = تأكد نشاط ICE في { $town } ({ $date }): { $what }. اعرف حقوقك: لا تفتح الباب، التزم الصمت، لا توقع على أي شيء، واتصل بمحام.
