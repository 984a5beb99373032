//! The conversation layer: what kyr replies to a message, a command or a button, given what it
//! knows about the chat. The terminal and Telegram run this same flow, so they cannot drift
//! apart. Pure: effects (remember a language, forget a chat) are returned as data.
//!
//! - `catalog`: [`Catalog`], the loaded engine (content, matcher, answer cache);
//! - `command`: [`Command`], parsed once and used by every adapter and the command menus.

mod catalog;
mod command;

pub use catalog::{Catalog, Models};
pub use command::{Command, MenuEntry, MENU};

use crate::content::lang::{self, Lang};
use crate::content::DeepLink;
use crate::reply::{Action, Reply};
use crate::understand::Decision;

/// What arrived from the user.
#[derive(Debug, Clone, PartialEq)]
pub enum Input<'a> {
    /// Free text.
    Text(&'a str),
    /// A command.
    Command(Command),
    /// A button press, with the language of the reply that carried the button.
    Press(Action, Option<Lang>),
    /// A sticker, photo, voice message, location, document or anything else that is not text.
    NonText,
}

/// What kyr knows about the chat it is answering.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ChatContext {
    /// The language the user chose explicitly (stored), if any.
    pub chosen: Option<Lang>,
    /// The client's language (Telegram's `language_code`), if kyr speaks it.
    pub client: Option<Lang>,
    /// Whether the client asks for Traditional Chinese, which kyr answers in Simplified: the
    /// welcome of a chat that has not chosen a language says so.
    pub traditional_chinese: bool,
}

impl ChatContext {
    /// The context of a chat from its chosen language and the client's language tag.
    pub fn new(chosen: Option<Lang>, client_tag: Option<&str>) -> ChatContext {
        ChatContext {
            chosen,
            client: client_tag.and_then(Lang::from_tag),
            traditional_chinese: client_tag.is_some_and(lang::is_traditional_chinese),
        }
    }

    /// The language for replies that carry no message of their own (commands, buttons, menus):
    /// the chosen one, else the client's, else English.
    pub fn lang(&self) -> Lang {
        lang::choose(self.chosen, None, self.client.map(Lang::code))
    }
}

/// Something the adapter must do besides sending the reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Remember this language for the chat.
    ChooseLanguage(Lang),
    /// Delete everything stored about the chat.
    Forget,
    /// Send the rights card's pictures in this language. An adapter that cannot show pictures
    /// sends the reply, the card as text, instead.
    SendCard(Lang),
}

/// The reply to one input, the decision behind it (free text only), and any side effect.
#[derive(Debug, Clone)]
pub struct Turn {
    /// What to send.
    pub reply: Reply,
    /// The matcher's decision, for free text.
    pub decision: Option<Decision>,
    /// What the adapter must do.
    pub effect: Option<Effect>,
    /// The part of an answer this turn showed ("More details", "Who to call"), for the adapter
    /// to pass back as `shown` with the chat's next input.
    pub shown: Option<Action>,
}

impl Turn {
    /// A turn that only sends `reply`: no decision, no effect, no answer part shown.
    pub fn only(reply: Reply) -> Turn {
        Turn {
            reply,
            decision: None,
            effect: None,
            shown: None,
        }
    }
}

/// Runs the conversation over a catalog.
#[derive(Debug, Clone, Copy)]
pub struct Conversation<'a> {
    catalog: &'a Catalog,
    bot_name: &'a str,
}

impl<'a> Conversation<'a> {
    /// A conversation over `catalog`; `bot_name` is the bot's username for inline-mode hints.
    pub fn new(catalog: &'a Catalog, bot_name: &'a str) -> Self {
        Conversation { catalog, bot_name }
    }

    /// Handles one input.
    pub fn handle(&self, input: Input<'_>, chat: ChatContext) -> Turn {
        self.handle_after(input, chat, None)
    }

    /// Handles one input, knowing which part of an answer the chat's last turn showed
    /// ([`Turn::shown`]): the same part's button pressed again right away gets a short pointer
    /// to it instead of the same long message twice in a row.
    pub fn handle_after(&self, input: Input<'_>, chat: ChatContext, shown: Option<Action>) -> Turn {
        let composer = self.catalog.composer();
        let base = chat.lang();
        match input {
            Input::Text(text) => {
                if text.trim().is_empty() {
                    return Turn::only(composer.empty(base));
                }
                let decision = self.catalog.understand(text);
                let reply_lang = lang::choose(chat.chosen, decision.lang, chat.client.map(Lang::code));
                let reply = composer.respond(reply_lang, &decision);
                Turn {
                    decision: Some(decision),
                    ..Turn::only(reply)
                }
            }
            Input::NonText => Turn::only(composer.non_text(base)),
            Input::Press(action, reply_lang) => {
                let lang = chat.chosen.or(reply_lang).unwrap_or(base);
                if shown == Some(action) {
                    return Turn {
                        shown,
                        ..Turn::only(composer.already_shown(lang))
                    };
                }
                self.press(action, lang)
            }
            Input::Command(command) => self.command(command, chat, base),
        }
    }

    fn press(&self, action: Action, lang: Lang) -> Turn {
        let composer = self.catalog.composer();
        match action {
            Action::Intent(index) if index < self.catalog.intents().len() => Turn::only(composer.answer(lang, index)),
            Action::Details(index) | Action::WhoToCall(index) if index < self.catalog.intents().len() => {
                let reply = if matches!(action, Action::Details(_)) {
                    composer.details(lang, index)
                } else {
                    composer.who_to_call(lang, index)
                };
                Turn {
                    shown: Some(action),
                    ..Turn::only(reply)
                }
            }
            Action::Intent(_) | Action::Share(_) | Action::Details(_) | Action::WhoToCall(_) => {
                Turn::only(composer.stale_button(lang))
            }
            Action::SetLanguage(chosen) => Turn {
                effect: Some(Effect::ChooseLanguage(chosen)),
                ..Turn::only(composer.language_set(chosen))
            },
            Action::Category(category) => Turn::only(composer.category(lang, category)),
            Action::Topics => Turn::only(composer.topics(lang)),
            Action::Emergency => Turn::only(composer.emergency(lang)),
            Action::Resources => Turn::only(composer.resources(lang)),
            Action::LanguagePicker => Turn::only(composer.language_picker(lang)),
            // Reports are made in Telegram, whose adapter routes this button itself.
            Action::Report => Turn::only(composer.notice(lang, "report-elsewhere", &[])),
            Action::Card => self.card(lang),
        }
    }

    fn card(&self, lang: Lang) -> Turn {
        Turn {
            effect: Some(Effect::SendCard(lang)),
            ..Turn::only(self.catalog.composer().card(lang))
        }
    }

    fn command(&self, command: Command, chat: ChatContext, base: Lang) -> Turn {
        let composer = self.catalog.composer();
        let lang_of = |link_lang: Option<Lang>| chat.chosen.or(link_lang).unwrap_or(base);
        match command {
            Command::Start(payload) => {
                // A deep link names its language: it wins over the client's, not over a choice.
                match self.catalog.deep_link(&payload) {
                    Some(DeepLink::Intent(index, link_lang)) => {
                        return Turn::only(composer.answer(lang_of(link_lang), index));
                    }
                    Some(DeepLink::Card(link_lang)) => return self.card(lang_of(link_lang)),
                    None => {}
                }
                if let Some(link_lang) = Lang::from_tag(&payload) {
                    return Turn::only(composer.welcome(chat.chosen.unwrap_or(link_lang)));
                }
                let mut reply = composer.welcome(base);
                // Said once, at the start: later replies are in the same Simplified Chinese.
                if chat.traditional_chinese && chat.chosen.is_none() && base == Lang::Zh {
                    let note = self
                        .catalog
                        .content()
                        .locales()
                        .text(Lang::Zh, "traditional-chinese-note");
                    reply = reply.with_note_first(&note);
                }
                Turn::only(reply)
            }
            Command::Help => Turn::only(composer.help(base, self.bot_name)),
            Command::Topics => Turn::only(composer.topics(base)),
            Command::Emergency => Turn::only(composer.emergency(base)),
            Command::Resources => Turn::only(composer.resources(base)),
            Command::Card => self.card(base),
            Command::Language(tag) => match Lang::from_tag(&tag) {
                Some(chosen) if !tag.is_empty() => self.press(Action::SetLanguage(chosen), chosen),
                _ => Turn::only(composer.language_picker(base)),
            },
            Command::Privacy => Turn::only(composer.privacy(base)),
            Command::Forget => Turn {
                effect: Some(Effect::Forget),
                ..Turn::only(composer.notice(base, "forget-done", &[]))
            },
            Command::Category(category) => Turn::only(composer.category(base, category)),
            Command::Report => Turn::only(composer.notice(base, "report-elsewhere", &[])),
            // Subscriptions and alerts live in the Telegram adapter; anywhere else they are
            // commands this conversation does not know.
            Command::Subscribe(_) | Command::Unsubscribe | Command::Alert | Command::Cancel | Command::Unknown => {
                Turn::only(composer.unknown_command(base, self.bot_name))
            }
        }
    }
}
