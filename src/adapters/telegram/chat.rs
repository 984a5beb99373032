//! The conversation endpoints: free text, commands, stickers and the like, and button presses,
//! each handed to the shared [`Conversation`](crate::conversation::Conversation) and its reply
//! sent. Logs carry update kinds, intent ids, the decision and timings, never what anyone wrote.

use std::future::IntoFuture;
use std::sync::Arc;
use std::time::Instant;

use teloxide::prelude::*;

use super::app::App;
use super::card;
use super::keyboard::reply_keyboard;
use super::schema::{Addressed, HandlerResult};
use super::send::{self, send_reply};
use crate::content::Lang;
use crate::conversation::{Command, Effect, Input, Turn};
use crate::reply::Action;
use crate::understand::Outcome;

/// Free text addressed to the bot.
pub async fn on_text(bot: Bot, msg: Message, text: Addressed, app: Arc<App>) -> HandlerResult {
    let started = Instant::now();
    let context = app.context(msg.chat.id, client_language(&msg));
    let turn = app
        .conversation()
        .handle_after(Input::Text(&text.0), context, app.shown(msg.chat.id));
    reply_and_log(&bot, &app, msg.chat.id, turn, "text", started).await
}

/// A command the conversation answers (every command but the alert and subscription ones).
pub async fn on_command(bot: Bot, msg: Message, command: Command, app: Arc<App>) -> HandlerResult {
    let started = Instant::now();
    let context = app.context(msg.chat.id, client_language(&msg));
    let turn = app
        .conversation()
        .handle_after(Input::Command(command), context, app.shown(msg.chat.id));
    reply_and_log(&bot, &app, msg.chat.id, turn, "command", started).await
}

/// Stickers, photos, voice, locations, documents: a short "I read text" reply with the menu.
pub async fn on_non_text(bot: Bot, msg: Message, app: Arc<App>) -> HandlerResult {
    let started = Instant::now();
    let context = app.context(msg.chat.id, client_language(&msg));
    let turn = app
        .conversation()
        .handle_after(Input::NonText, context, app.shown(msg.chat.id));
    reply_and_log(&bot, &app, msg.chat.id, turn, "non_text", started).await
}

/// A conversation button.
pub async fn on_press(
    bot: Bot,
    q: CallbackQuery,
    (action, lang): (Action, Option<Lang>),
    app: Arc<App>,
) -> HandlerResult {
    let started = Instant::now();
    let Some(chat_id) = q.message.as_ref().map(|m| m.chat().id) else {
        return Ok(());
    };
    let context = app.context(chat_id, q.from.language_code.as_deref());
    let turn = app
        .conversation()
        .handle_after(Input::Press(action, lang), context, app.shown(chat_id));
    reply_and_log(&bot, &app, chat_id, turn, "callback", started).await
}

/// A button whose data does not decode: stale, forged, or from an old version.
pub async fn on_stale_press(bot: Bot, q: CallbackQuery, app: Arc<App>) -> HandlerResult {
    let started = Instant::now();
    let Some(chat_id) = q.message.as_ref().map(|m| m.chat().id) else {
        return Ok(());
    };
    let lang = app.lang(chat_id, q.from.language_code.as_deref());
    let turn = Turn::only(app.catalog.composer().stale_button(lang));
    reply_and_log(&bot, &app, chat_id, turn, "callback", started).await
}

/// Clears a pressed button's spinner, without making the reply wait on it.
pub async fn clear_spinner(bot: Bot, q: CallbackQuery) {
    let answer = bot.answer_callback_query(q.id.clone());
    tokio::spawn(async move {
        if let Err(e) = answer.into_future().await {
            tracing::debug!(failure = ?send::classify(&e), "answerCallbackQuery failed");
        }
    });
}

fn client_language(msg: &Message) -> Option<&str> {
    msg.from.as_ref().and_then(|u| u.language_code.as_deref())
}

/// Carries out the turn's effect, sends its reply, and logs what was answered.
pub async fn reply_and_log(
    bot: &Bot,
    app: &App,
    chat_id: ChatId,
    turn: Turn,
    kind: &'static str,
    started: Instant,
) -> HandlerResult {
    app.apply(chat_id, turn.effect).await;
    app.set_shown(chat_id, turn.shown);
    let intent = turn.reply.intent.map(|i| app.catalog.intent(i).id.as_str());
    let outcome = turn.decision.as_ref().map(|d| match d.outcome {
        Outcome::Confident => "confident",
        Outcome::Unsure => "unsure",
        Outcome::NoIntent => "none",
        Outcome::OtherLanguage => "other_language",
    });
    if let Some(Effect::SendCard(lang)) = turn.effect {
        let keyboard = reply_keyboard(&app.catalog, &turn.reply);
        match card::send_card(bot, app, chat_id, lang, keyboard).await {
            Ok(()) => {}
            Err(e) => {
                // The card as text still tells the chat what to do.
                let failure = e.downcast_ref::<teloxide::RequestError>().map(send::classify);
                tracing::warn!(
                    update = kind,
                    ?failure,
                    "could not send the card's pictures; sending its text"
                );
                if let Err(e) = send_reply(bot, &app.catalog, chat_id, &turn.reply).await {
                    tracing::warn!(update = kind, failure = ?send::classify(&e), "could not send a reply");
                }
            }
        }
    } else if let Err(e) = send_reply(bot, &app.catalog, chat_id, &turn.reply).await {
        tracing::warn!(update = kind, failure = ?send::classify(&e), "could not send a reply");
    }
    let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    tracing::info!(update = kind, intent, outcome, lang = %turn.reply.lang, ms, "answered");
    Ok(())
}
