## Interface strings: menus, buttons, fallbacks, disclaimers, commands.
## Every locale has every message here, with the same variables.
## HTML allowed: <b>, <i>, <a href="...">. Escape & < > in text as &amp; &lt; &gt;.

# The language's own name, shown in the language picker.
lang-name = English

## Welcome and menus

welcome =
    <b>Hello. I am kyr, a know-your-rights guide for immigrants in Connecticut.</b>
    
    Ask me a question in your own words, in English, Spanish, Portuguese, Haitian Creole, French, Polish, Chinese or Arabic. For example: "ICE is at my door" or "I have a court date, is it safe to go?"
    
    If immigration agents are with you right now, press <b>ICE is here now</b>.
    
    I give general information, not legal advice. I do not ask for your name or your immigration status.

menu-title = Choose a topic:
category-encounter = 🚨 ICE or police here now
category-rights = ⚖️ Your rights and the law
category-help = 🤝 Get help
category-conversation = 💬 About this bot
emergency-button = 🚨 ICE is here now
topics-button = 📋 All topics
language-button = 🌐 Language
resources-button = ☎️ Who to call
share-button = 📤 Share this answer
back-button = ⬅️ Back to topics

## Answers

who-to-call-heading = Who to call
related-heading = Related topics:
footer = <i>Last reviewed { $date }. This is general information, not legal advice. For your own case, talk to a lawyer or legal aid.</i>
sms-line = Text { $keyword } to { $number }
# Under a referral that does not serve the reader's language: the languages it does serve,
# by their own names (English, Español), without or with interpreters on request.
ref-languages = 🗣 They speak { $languages }: bring someone who can interpret.
ref-languages-interpreter = 🗣 They speak { $languages }: ask for an interpreter in your language.

## Understanding

did-you-mean = I am not sure I understood. Did you mean one of these?
fallback =
    Sorry, I can only help with immigration rights in Connecticut: ICE at your door, at work or at court, police stops, detention, your rights under Connecticut law, and where to find a lawyer or file a complaint.
    
    Choose a topic below, or ask again in other words.
non-text = I can only read text. Please type your question in words, or choose a topic below.
empty-message = Your message was empty. Type your question, or choose a topic below.
unknown-command = I do not know that command. Here is what I can do:
stale-button = That button is too old to use. Here is the menu again.
other-language = 🌐 I can't read that language yet. I speak English, Spanish, Portuguese, Haitian Creole, French, Polish, Chinese and Arabic: choose one below. If ICE is at your door, tap 🚨.

## Language

language-picker = Choose your language:
language-set = OK. From now on I will answer in English.
# Shown once, at the start, to a client set to Traditional Chinese (zh-Hant, zh-TW, zh-HK,
# zh-MO), whom kyr answers in Simplified Chinese: in Traditional characters in every locale,
# since only such a reader ever sees it.
traditional-chinese-note = 提示：kyr 目前只有簡體中文版本，以下的回答都使用簡體中文。

## Commands and their menu descriptions

help-text =
    <b>How to use kyr</b>
    
    Write your question in your own words, in any of my eight languages. I will answer with what to do, what the law says, and who to call.
    
    /emergency: what to do if ICE is here now
    /report: report ICE activity (checked before any alert)
    /topics: all topics
    /resources: phone numbers and websites
    /language: change language
    /privacy: what I store about you
    /forget: delete what I store
    /subscribe: get verified community alerts
    /unsubscribe: stop alerts
    
    In any chat you can type @{ $bot } and a few words to share an answer.
cmd-start = Start and show the menu
cmd-help = How to use this bot
cmd-topics = All topics
cmd-emergency = ICE is here now: what to do
cmd-resources = Who to call: phones and websites
cmd-language = Change language
cmd-privacy = What this bot stores
cmd-forget = Delete what this bot stores
cmd-subscribe = Get verified community alerts
cmd-unsubscribe = Stop community alerts
cmd-report = Report ICE activity (checked before any alert)
bot-short-description = Your rights in Connecticut if ICE comes. English, Español, Português, Kreyòl, Français, Polski, 中文, العربية.
bot-description = Free know-your-rights information for immigrants in Connecticut and the people who help them. Ask in your own words, in English, Spanish, Portuguese, Haitian Creole, French, Polish, Chinese or Arabic. General information, not legal advice.

resources-heading = <b>Who to call</b>
resources-intro = Contacts checked against public sources. Call 911 in an emergency.

## Privacy

privacy-text =
    <b>What this bot stores</b>
    
    • Your chat number and the language you chose, so I can answer in your language.
    • If you subscribed to alerts: the regions you chose.
    • If you send a report of ICE activity: the report (town, place, what you saw, the photo) and your chat number, only to tell you whether it was confirmed. Both are deleted after at most 24 hours, or at once with /forget. The volunteers who check reports never see your name, username or number.
    
    Apart from a report you choose to send, I do not store or log what you write. I never ask for your name, address or immigration status. Telegram itself keeps your messages in your chat; you can delete them there.
    
    To delete everything I store about this chat, send /forget.
forget-done = Done. I deleted everything I stored about this chat: your language, any alert subscriptions and any report you sent. You can keep using the bot; I will not remember your choices.

## Errors

error-generic = Sorry, something went wrong on my side. Please try again in a minute. If ICE is with you now: stay calm, do not open the door, stay silent, and call a lawyer or the United We Dream hotline 1-844-363-1423.
group-only-admins = Only an administrator of this group can do that.

## Community alerts

subscribe-intro = <b>Community alerts</b>: verified notices from rapid-response groups about ICE activity, in your language. Choose where you want alerts for:
subscribe-statewide = All of Connecticut
subscribe-done = You will get alerts for: { $regions }. Send /unsubscribe to stop.
subscribe-choose-more = Tap the regions you want, then press Done.
subscribe-finish = ✅ Done
unsubscribe-done = You will not get any more alerts. Your subscription is deleted.
unsubscribe-none = You were not subscribed to alerts.
alert-header = 📢 <b>Community alert</b> ({ $region })
alert-verify-line = <i>Verified by a rapid-response network before sending. Before you share anything, check it yourself; false alarms spread fear.</i>
alert-emergency-button = 🚨 What to do if ICE comes
admin-only = Sorry, you cannot do that.
alert-choose-region = Which region is this alert for?
alert-write-text = Write the alert text now. To write it in several languages, start each part with a line such as <code>[es]</code>. Or send /cancel.
alert-preview = This is exactly what subscribers will see. Send it?
alert-send = ✅ Send
alert-cancel = ❌ Cancel
alert-cancelled = Alert cancelled. Nothing was sent.
alert-progress = Sending alert #{ $id }: { $sent } sent, { $failed } failed, { $left } left.
alert-report = Alert #{ $id } finished: { $sent } sent, { $failed } failed, { $removed } unsubscribed (blocked or gone).
alert-template = ICE activity confirmed in { $town } ({ $date }): { $what }. Know your rights: do not open the door, stay silent, do not sign anything, and call a lawyer.
