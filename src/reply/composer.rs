//! Composing every reply kyr gives from the content: answers, menus, "did you mean", notices.

use super::{Action, AnswerCache, Button, Reply};
use crate::content::{html, Arg, Category, Content, Lang, Priority, Referral, CARD_FRONT_LINES, CARD_INTENT};
use crate::understand::{Decision, Outcome};

/// An answer's HTML as it is sent in `lang`: in a right-to-left language, its left-to-right runs
/// isolated (see [`html::isolate_ltr`]), so `kyr check`, `kyr show`, inline mode and the chat
/// all measure and send the same text.
fn bidi(lang: Lang, text: String) -> String {
    if lang.is_rtl() {
        html::isolate_ltr(&text)
    } else {
        text
    }
}

/// Composes replies from the content.
#[derive(Debug, Clone, Copy)]
pub struct Composer<'a> {
    content: &'a Content,
    answers: &'a AnswerCache,
}

impl<'a> Composer<'a> {
    /// A composer over `content` that keeps rendered answers in `answers`.
    pub fn new(content: &'a Content, answers: &'a AnswerCache) -> Self {
        Composer { content, answers }
    }

    fn t(&self, lang: Lang, id: &str) -> String {
        self.content.locales().text(lang, id)
    }

    fn button(&self, lang: Lang, id: &str, action: Action) -> Button {
        Button {
            label: self.t(lang, id),
            action,
        }
    }

    fn intent_button(&self, lang: Lang, index: usize) -> Button {
        let id = &self.content.intent(index).id;
        Button {
            label: self.t(lang, &format!("{id}-title")),
            action: Action::Intent(index),
        }
    }

    /// The title of an intent in `lang` (plain text).
    pub fn title(&self, lang: Lang, index: usize) -> String {
        let id = &self.content.intent(index).id;
        self.t(lang, &format!("{id}-title"))
    }

    /// The one-line summary of an intent in `lang` (plain text).
    pub fn summary(&self, lang: Lang, index: usize) -> String {
        let id = &self.content.intent(index).id;
        self.t(lang, &format!("{id}-summary"))
    }

    /// One referral as an HTML bullet: name, what it helps with, then its contacts.
    pub fn referral_line(&self, lang: Lang, referral: &Referral) -> String {
        let locales = self.content.locales();
        let mut line = format!(
            "• <b>{}</b>: {}",
            html::escape(&referral.name),
            locales.text(lang, &format!("ref-{}", referral.id))
        );
        let mut contacts: Vec<String> = referral
            .phones
            .iter()
            .map(|p| format!("☎️ {}", html::escape(p)))
            .collect();
        if let (Some(keyword), Some(number)) = (&referral.sms_keyword, &referral.sms_number) {
            contacts.push(format!(
                "💬 {}",
                locales.format(
                    lang,
                    "sms-line",
                    &[
                        ("keyword", Arg::Text(keyword.clone())),
                        ("number", Arg::Text(number.clone()))
                    ]
                )
            ));
        }
        if let Some(email) = &referral.email {
            contacts.push(format!("✉️ {}", html::escape(email)));
        }
        if let Some(web) = &referral.web {
            contacts.push(format!("🌐 {}", web_link(web)));
        }
        if !contacts.is_empty() {
            line.push('\n');
            line.push_str("   ");
            line.push_str(&contacts.join(" · "));
        }
        if let Some(note) = self.language_note(lang, referral) {
            line.push_str("\n   ");
            line.push_str(&note);
        }
        line
    }

    /// For a referral that does not document service in `lang`, the languages it does serve
    /// (by their own names) and whether it offers interpreters, so that no answer implies a
    /// service speaks the reader's language when its source does not say so.
    fn language_note(&self, lang: Lang, referral: &Referral) -> Option<String> {
        let serves = |code: &str| referral.languages.iter().any(|l| l == code);
        if referral.languages.is_empty() || serves(lang.code()) {
            return None;
        }
        let locales = self.content.locales();
        let spoken: Vec<String> = Lang::ALL
            .iter()
            .filter(|l| serves(l.code()))
            .map(|&l| locales.text(l, "lang-name"))
            .collect();
        if spoken.is_empty() {
            return None;
        }
        let id = if serves("interpreter") {
            "ref-languages-interpreter"
        } else {
            "ref-languages"
        };
        Some(locales.format(lang, id, &[("languages", Arg::Text(spoken.join(", ")))]))
    }

    fn referral_block(&self, lang: Lang, ids: &[String]) -> Option<String> {
        let lines: Vec<String> = ids
            .iter()
            .filter_map(|id| self.content.referral(id))
            .map(|r| self.referral_line(lang, r))
            .collect();
        if lines.is_empty() {
            return None;
        }
        Some(format!(
            "<b>{}</b>\n{}",
            self.t(lang, "who-to-call-heading"),
            lines.join("\n")
        ))
    }

    fn footer(&self, lang: Lang, index: usize, id: &str) -> String {
        let date = self.content.intent(index).reviewed.clone();
        self.content.locales().format(lang, id, &[("date", Arg::Text(date))])
    }

    /// The one contact a first screen names: `label` in bold, the organization, for answers
    /// that are not urgent its short description, then its first phone (else its web address).
    fn first_contact(&self, lang: Lang, referral: &Referral, label: &str, describe: bool) -> String {
        let mut line = format!("<b>{}</b> {}", self.t(lang, label), html::escape(&referral.name));
        if describe {
            line.push_str(" – ");
            line.push_str(&self.t(lang, &format!("ref-{}-short", referral.id)));
        }
        if let Some(phone) = referral.phones.first() {
            line.push_str(&format!(" ☎️ {}", html::escape(phone)));
        } else if let Some(web) = &referral.web {
            line.push_str(&format!(" 🌐 {}", web_link(web)));
        }
        line
    }

    /// The first screen of an intent's answer, as HTML: what a frightened person reads first.
    /// Urgent intents: the title, the numbered steps, and the one contact to call first. Other
    /// intents: the title, the gist, and the most useful contact. Both end with a one-line review
    /// date and not-legal-advice line. Conversation intents (greeting, thanks…) are their body.
    pub fn first_screen_html(&self, lang: Lang, index: usize) -> String {
        bidi(lang, self.first_screen_raw(lang, index))
    }

    fn first_screen_raw(&self, lang: Lang, index: usize) -> String {
        let intent = self.content.intent(index);
        let id = &intent.id;
        if intent.category == Category::Conversation {
            return self.conversation_html(lang, index);
        }
        let urgent = intent.priority == Priority::Urgent;
        let mut blocks = vec![format!("<b>{}</b>", html::escape(&self.title(lang, index)))];
        let (text, label) = if urgent {
            ("now", "call-first")
        } else {
            ("gist", "who-can-help")
        };
        blocks.push(self.t(lang, &format!("{id}-{text}")));
        if let Some(referral) = intent.referrals.first().and_then(|r| self.content.referral(r)) {
            blocks.push(self.first_contact(lang, referral, label, !urgent));
        }
        blocks.push(self.footer(lang, index, "footer-short"));
        blocks.join("\n\n")
    }

    /// "More details": the full explanation of an intent, with its review date and disclaimer.
    pub fn details_html(&self, lang: Lang, index: usize) -> String {
        bidi(lang, self.details_raw(lang, index))
    }

    fn details_raw(&self, lang: Lang, index: usize) -> String {
        let id = &self.content.intent(index).id;
        let heading = self.content.locales().format(
            lang,
            "details-heading",
            &[("title", Arg::Text(self.title(lang, index)))],
        );
        [
            format!("<b>{heading}</b>"),
            self.t(lang, &format!("{id}-body")),
            self.footer(lang, index, "footer"),
        ]
        .join("\n\n")
    }

    /// "Who to call": the intent's referrals with their descriptions and every contact.
    pub fn who_to_call_html(&self, lang: Lang, index: usize) -> String {
        bidi(lang, self.who_to_call_raw(lang, index))
    }

    fn who_to_call_raw(&self, lang: Lang, index: usize) -> String {
        let intent = self.content.intent(index);
        let mut blocks: Vec<String> = self.referral_block(lang, &intent.referrals).into_iter().collect();
        blocks.push(self.footer(lang, index, "footer-short"));
        blocks.join("\n\n")
    }

    fn conversation_html(&self, lang: Lang, index: usize) -> String {
        let intent = self.content.intent(index);
        let mut blocks = vec![self.t(lang, &format!("{}-body", intent.id))];
        blocks.extend(self.referral_block(lang, &intent.referrals));
        bidi(lang, blocks.join("\n\n"))
    }

    /// The whole answer of an intent as HTML: the first screen, then the details and who to call
    /// (`kyr show`, and `kyr check`'s view of everything an answer says).
    pub fn answer_html(&self, lang: Lang, index: usize) -> String {
        if self.content.intent(index).category == Category::Conversation {
            return self.conversation_html(lang, index);
        }
        [
            self.first_screen_html(lang, index),
            self.details_html(lang, index),
            self.who_to_call_html(lang, index),
        ]
        .join("\n\n")
    }

    fn topics_row(&self, lang: Lang) -> Vec<Button> {
        vec![
            self.button(lang, "topics-button", Action::Topics),
            self.button(lang, "language-button", Action::LanguagePicker),
        ]
    }

    fn card_row(&self, lang: Lang) -> Vec<Button> {
        vec![self.button(lang, "card-button", Action::Card)]
    }

    fn emergency_row(&self, lang: Lang) -> Vec<Button> {
        vec![self.button(lang, "emergency-button", Action::Emergency)]
    }

    fn category_rows(&self, lang: Lang) -> Vec<Vec<Button>> {
        [Category::Encounter, Category::Rights, Category::Help]
            .into_iter()
            .map(|c| vec![self.button(lang, &format!("category-{}", c.name()), Action::Category(c))])
            .collect()
    }

    /// Every language, each in its own name, two per row so eight fit a phone's width.
    fn language_rows(&self) -> Vec<Vec<Button>> {
        Lang::ALL
            .chunks(2)
            .map(|pair| {
                pair.iter()
                    .map(|&l| Button {
                        label: self.t(l, "lang-name"),
                        action: Action::SetLanguage(l),
                    })
                    .collect()
            })
            .collect()
    }

    /// The answer of one intent, with buttons for related topics, sharing, and the menu.
    pub fn answer(&self, lang: Lang, index: usize) -> Reply {
        self.answers
            .slot(lang, index)
            .get_or_init(|| self.render_answer(lang, index))
            .clone()
    }

    fn render_answer(&self, lang: Lang, index: usize) -> Reply {
        let intent = self.content.intent(index);
        let mut buttons: Vec<Vec<Button>> = Vec::new();
        match intent.id.as_str() {
            "change_language" => buttons.extend(self.language_rows()),
            "greeting" | "help_menu" => {
                buttons.push(self.emergency_row(lang));
                if intent.id == "help_menu" {
                    buttons.push(vec![self.button(lang, "report-button", Action::Report)]);
                    buttons.push(self.card_row(lang));
                }
                buttons.extend(self.category_rows(lang));
                buttons.extend(self.language_rows());
            }
            _ if intent.category == Category::Conversation => {
                buttons.extend(self.related_rows(lang, index));
                buttons.push(self.topics_row(lang));
            }
            _ => {
                buttons.push(self.parts_row(lang, index));
                buttons.extend(self.related_rows(lang, index));
                // The card condenses what to do in an encounter: offered where that is the answer.
                if intent.priority == Priority::Urgent || intent.id == CARD_INTENT {
                    buttons.push(self.card_row(lang));
                }
                if intent.priority == Priority::Urgent {
                    // Someone facing ICE now may be the first to see it: let them warn others.
                    buttons.push(vec![self.button(lang, "report-button", Action::Report)]);
                }
                buttons.push(vec![self.button(lang, "share-button", Action::Share(index))]);
                buttons.push(self.topics_row(lang));
            }
        }
        Reply::new(self.first_screen_html(lang, index), buttons, Some(index), lang)
    }

    /// "More details" and "Who to call" under a first screen.
    fn parts_row(&self, lang: Lang, index: usize) -> Vec<Button> {
        vec![
            self.button(lang, "details-button", Action::Details(index)),
            self.button(lang, "who-to-call-button", Action::WhoToCall(index)),
        ]
    }

    fn related_rows(&self, lang: Lang, index: usize) -> Vec<Vec<Button>> {
        self.content
            .intent(index)
            .related
            .iter()
            .filter_map(|related| self.content.intent_index(related))
            .map(|i| vec![self.intent_button(lang, i)])
            .collect()
    }

    /// The "More details" part of an answer, sent as a message of its own so the first screen
    /// stays in view; its buttons lead to who to call, sharing and the menu.
    pub fn details(&self, lang: Lang, index: usize) -> Reply {
        let buttons = vec![
            vec![self.button(lang, "who-to-call-button", Action::WhoToCall(index))],
            vec![self.button(lang, "share-button", Action::Share(index))],
            self.topics_row(lang),
        ];
        Reply::new(self.details_html(lang, index), buttons, Some(index), lang)
    }

    /// The "Who to call" part of an answer.
    pub fn who_to_call(&self, lang: Lang, index: usize) -> Reply {
        let buttons = vec![
            vec![self.button(lang, "details-button", Action::Details(index))],
            self.topics_row(lang),
        ];
        Reply::new(self.who_to_call_html(lang, index), buttons, Some(index), lang)
    }

    /// The reply to the same part's button pressed twice in a row: a short pointer to the part
    /// already shown, instead of the same long message again.
    pub fn already_shown(&self, lang: Lang) -> Reply {
        Reply::new(self.t(lang, "already-shown"), Vec::new(), None, lang)
    }

    /// What to do if ICE is here now: the door answer, with buttons to every other encounter.
    pub fn emergency(&self, lang: Lang) -> Reply {
        let door = self
            .content
            .intent_index("ice_at_door")
            .expect("the catalog check guarantees ice_at_door");
        let mut reply = self.answer(lang, door);
        let mut buttons: Vec<Vec<Button>> = self
            .content
            .intents()
            .iter()
            .enumerate()
            .filter(|(i, intent)| *i != door && intent.category == Category::Encounter)
            .map(|(i, _)| vec![self.intent_button(lang, i)])
            .collect();
        buttons.insert(0, self.parts_row(lang, door));
        buttons.push(self.card_row(lang));
        buttons.push(vec![self.button(lang, "report-button", Action::Report)]);
        buttons.push(vec![self.button(lang, "share-button", Action::Share(door))]);
        buttons.push(self.topics_row(lang));
        reply.buttons = buttons;
        reply
    }

    /// The welcome message with the emergency button, the topic categories and the language picker.
    pub fn welcome(&self, lang: Lang) -> Reply {
        let mut buttons = vec![self.emergency_row(lang)];
        buttons.extend(self.category_rows(lang));
        buttons.extend(self.language_rows());
        Reply::new(self.t(lang, "welcome"), buttons, None, lang)
    }

    /// The topic menu: one button per category.
    pub fn topics(&self, lang: Lang) -> Reply {
        let mut buttons = vec![self.emergency_row(lang)];
        buttons.extend(self.category_rows(lang));
        buttons.push(vec![
            self.button(lang, "resources-button", Action::Resources),
            self.button(lang, "language-button", Action::LanguagePicker),
        ]);
        Reply::new(self.t(lang, "menu-title"), buttons, None, lang)
    }

    /// The intents of one category, as buttons.
    pub fn category(&self, lang: Lang, category: Category) -> Reply {
        let mut buttons: Vec<Vec<Button>> = self
            .content
            .intents()
            .iter()
            .enumerate()
            .filter(|(_, intent)| intent.category == category)
            .map(|(i, _)| vec![self.intent_button(lang, i)])
            .collect();
        buttons.push(vec![self.button(lang, "back-button", Action::Topics)]);
        let text = format!(
            "<b>{}</b>\n{}",
            html::escape(&self.t(lang, &format!("category-{}", category.name()))),
            self.t(lang, "menu-title")
        );
        Reply::new(text, buttons, None, lang)
    }

    /// "Did you mean": the top three candidates as buttons.
    pub fn did_you_mean(&self, lang: Lang, decision: &Decision) -> Reply {
        let mut buttons: Vec<Vec<Button>> = decision
            .ranked
            .iter()
            .take(3)
            .map(|s| vec![self.intent_button(lang, s.intent)])
            .collect();
        buttons.push(self.emergency_row(lang));
        buttons.push(self.topics_row(lang));
        Reply::new(self.t(lang, "did-you-mean"), buttons, None, lang)
    }

    /// The reply to a message outside the catalog: what kyr can help with, the menu, and the
    /// emergency button.
    pub fn fallback(&self, lang: Lang) -> Reply {
        self.with_menu(lang, "fallback")
    }

    /// The reply to a message in a language kyr does not speak: one short note in each language
    /// it speaks (the reader's own is unknown), the language picker and the emergency button.
    pub fn other_language(&self) -> Reply {
        let notes: Vec<String> = Lang::ALL.into_iter().map(|l| self.t(l, "other-language")).collect();
        let mut buttons = self.language_rows();
        buttons.push(self.emergency_row(Lang::En));
        Reply::new(notes.join("\n\n"), buttons, None, Lang::En)
    }

    /// The reply to stickers, photos, voice and other non-text messages.
    pub fn non_text(&self, lang: Lang) -> Reply {
        self.with_menu(lang, "non-text")
    }

    /// The reply to an empty message.
    pub fn empty(&self, lang: Lang) -> Reply {
        self.with_menu(lang, "empty-message")
    }

    /// The reply to a button whose data is unknown, stale or forged.
    pub fn stale_button(&self, lang: Lang) -> Reply {
        self.with_menu(lang, "stale-button")
    }

    fn with_menu(&self, lang: Lang, id: &str) -> Reply {
        let mut buttons = vec![self.emergency_row(lang)];
        buttons.extend(self.category_rows(lang));
        Reply::new(self.t(lang, id), buttons, None, lang)
    }

    /// The reply to a command kyr does not know: a note, then the help text.
    pub fn unknown_command(&self, lang: Lang, bot_name: &str) -> Reply {
        let help = self.help(lang, bot_name);
        let text = format!("{}\n\n{}", self.t(lang, "unknown-command"), help.html());
        Reply::new(text, help.buttons, None, lang)
    }

    /// How to use kyr, with the command list.
    pub fn help(&self, lang: Lang, bot_name: &str) -> Reply {
        let text = self
            .content
            .locales()
            .format(lang, "help-text", &[("bot", Arg::Text(bot_name.to_string()))]);
        let buttons = vec![
            self.emergency_row(lang),
            vec![self.button(lang, "report-button", Action::Report)],
            self.card_row(lang),
            self.topics_row(lang),
        ];
        Reply::new(text, buttons, None, lang)
    }

    /// The rights card as text: its front (what to do, and the legal-aid number), then where
    /// to get the pictures and how to print it. Telegram sends the pictures instead.
    pub fn card(&self, lang: Lang) -> Reply {
        let mut text = format!("<b>{}</b>", self.t(lang, "card-front-title"));
        for n in 1..=CARD_FRONT_LINES {
            text.push_str(&format!("\n{n}. {}", self.t(lang, &format!("card-front-{n}"))));
        }
        if let Some(referral) = self.content.card_referral() {
            text.push_str(&format!(
                "\n\n{} <b>{}</b>",
                self.t(lang, "card-front-help"),
                html::escape(&referral.name)
            ));
            if let Some(phone) = referral.phones.first() {
                text.push_str(&format!(" ☎️ {}", html::escape(phone)));
            }
        }
        text.push_str("\n\n");
        text.push_str(&self.content.locales().format(
            lang,
            "card-terminal",
            &[("lang", Arg::Text(lang.code().to_string()))],
        ));
        let buttons = vec![self.emergency_row(lang), self.topics_row(lang)];
        Reply::new(text, buttons, None, lang)
    }

    /// The caption under one side of the card's picture on Telegram.
    pub fn card_caption(&self, lang: Lang, back: bool) -> String {
        self.t(lang, if back { "card-caption-back" } else { "card-caption" })
    }

    /// The language picker.
    pub fn language_picker(&self, lang: Lang) -> Reply {
        Reply::new(self.t(lang, "language-picker"), self.language_rows(), None, lang)
    }

    /// Confirmation that replies will now be in `lang`, with the menu in that language.
    pub fn language_set(&self, lang: Lang) -> Reply {
        let mut buttons = vec![self.emergency_row(lang)];
        buttons.extend(self.category_rows(lang));
        Reply::new(self.t(lang, "language-set"), buttons, None, lang)
    }

    /// The whole referral directory.
    pub fn resources(&self, lang: Lang) -> Reply {
        let mut text = format!(
            "{}\n{}",
            self.t(lang, "resources-heading"),
            self.t(lang, "resources-intro")
        );
        for referral in self.content.referrals() {
            text.push_str("\n\n");
            text.push_str(&self.referral_line(lang, referral));
        }
        Reply::new(text, vec![self.emergency_row(lang), self.topics_row(lang)], None, lang)
    }

    /// Exactly what kyr stores, and how to delete it.
    pub fn privacy(&self, lang: Lang) -> Reply {
        Reply::new(self.t(lang, "privacy-text"), vec![self.topics_row(lang)], None, lang)
    }

    /// A plain message from the interface strings, with no buttons.
    pub fn notice(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Reply {
        Reply::new(self.content.locales().format(lang, id, args), Vec::new(), None, lang)
    }

    /// The reply to free text, given the matcher's decision and the reply language.
    pub fn respond(&self, lang: Lang, decision: &Decision) -> Reply {
        match decision.outcome {
            Outcome::Confident => self.answer(lang, decision.ranked[0].intent),
            Outcome::Unsure => self.did_you_mean(lang, decision),
            Outcome::NoIntent => self.fallback(lang),
            Outcome::OtherLanguage => self.other_language(),
        }
    }
}

/// A web address as a link showing the address without its scheme, `www.` or final slash.
fn web_link(web: &str) -> String {
    let shown = web
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.")
        .trim_end_matches('/');
    format!("<a href=\"{}\">{}</a>", html::escape(web), html::escape(shown))
}
