//! The command menu and the bot's descriptions, registered with Telegram in every language from
//! the one list of commands the conversation knows ([`MENU`]).

use std::future::IntoFuture;

use teloxide::prelude::*;
use teloxide::types::BotCommand;

use super::send::{self, with_retry};
use crate::content::{Content, Lang};
use crate::conversation::MENU;

/// The localized command menu of one language.
fn commands(content: &Content, lang: Lang) -> Vec<BotCommand> {
    MENU.iter()
        .map(|entry| BotCommand::new(entry.command, content.locales().text(lang, entry.description)))
        .collect()
}

/// Registers the command menu and the bot's descriptions in every language (English also as the
/// default). Failures are logged: the bot works without them.
pub async fn register_commands(bot: &Bot, content: &Content) {
    let locales = content.locales();
    for lang in Lang::ALL {
        let code = lang.code();
        let list = commands(content, lang);
        let results = [
            with_retry("setMyCommands", || {
                bot.set_my_commands(list.clone()).language_code(code).into_future()
            })
            .await
            .err(),
            with_retry("setMyDescription", || {
                bot.set_my_description()
                    .description(locales.text(lang, "bot-description"))
                    .language_code(code)
                    .into_future()
            })
            .await
            .err(),
            with_retry("setMyShortDescription", || {
                bot.set_my_short_description()
                    .short_description(locales.text(lang, "bot-short-description"))
                    .language_code(code)
                    .into_future()
            })
            .await
            .err(),
        ];
        for e in results.into_iter().flatten() {
            tracing::warn!(lang = code, failure = ?send::classify(&e), "could not register the command menu");
        }
    }
    let default = commands(content, Lang::En);
    if let Err(e) = with_retry("setMyCommands", || bot.set_my_commands(default.clone()).into_future()).await {
        tracing::warn!(failure = ?send::classify(&e), "could not register the default command menu");
    }
}
