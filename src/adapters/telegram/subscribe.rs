//! Alert subscriptions: `/subscribe` (a region picker in private chats and, for group admins, in
//! groups; `/subscribe @channel` for bot admins), the picker's buttons, and `/unsubscribe`.

use std::future::IntoFuture;
use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{MessageId, Recipient, User};

use super::app::{App, ChatDialogue, ChatState};
use super::keyboard::{self, RegionPicker};
use super::schema::HandlerResult;
use super::send::{self, send_outgoing, send_reply, with_retry, Outgoing};
use crate::alerts::{is_region, region_name};
use crate::content::{Arg, Lang};
use crate::store::STATEWIDE;

/// `/subscribe [@channel]`.
pub async fn on_subscribe(
    bot: Bot,
    msg: Message,
    channel: Option<String>,
    dialogue: ChatDialogue,
    app: Arc<App>,
) -> HandlerResult {
    let chat_id = msg.chat.id;
    let from = msg.from.as_ref();
    let lang = app.lang(chat_id, from.and_then(|u| u.language_code.as_deref()));
    let out = if msg.chat.is_private() {
        match channel {
            Some(channel) => subscribe_channel(&bot, &app, from, &channel, lang).await,
            None => region_picker(&app, &dialogue, lang).await,
        }
    } else if is_chat_admin(&bot, chat_id, from).await {
        region_picker(&app, &dialogue, lang).await
    } else {
        Outgoing::text(&app.catalog, lang, "group-only-admins", &[])
    };
    send_outgoing(&bot, chat_id, out).await;
    tracing::info!(update = "command", command = "subscribe", "answered");
    Ok(())
}

/// `/unsubscribe` (in groups, group admins only).
pub async fn on_unsubscribe(bot: Bot, msg: Message, app: Arc<App>) -> HandlerResult {
    let chat_id = msg.chat.id;
    let from = msg.from.as_ref();
    let lang = app.lang(chat_id, from.and_then(|u| u.language_code.as_deref()));
    let id = if !msg.chat.is_private() && !is_chat_admin(&bot, chat_id, from).await {
        "group-only-admins"
    } else {
        match app.store.unsubscribe(chat_id.0) {
            Ok(true) => "unsubscribe-done",
            Ok(false) => "unsubscribe-none",
            Err(e) => {
                tracing::error!(error = %e, "unsubscribe failed");
                "error-generic"
            }
        }
    };
    send_outgoing(&bot, chat_id, Outgoing::text(&app.catalog, lang, id, &[])).await;
    tracing::info!(update = "command", command = "unsubscribe", "answered");
    Ok(())
}

/// A county toggled in the picker (statewide subscribes at once).
pub async fn on_toggle(
    bot: Bot,
    q: CallbackQuery,
    region: String,
    dialogue: ChatDialogue,
    app: Arc<App>,
) -> HandlerResult {
    let Some(message) = q.message.as_ref() else {
        return Ok(());
    };
    let chat_id = message.chat().id;
    let lang = app.lang(chat_id, q.from.language_code.as_deref());
    if !is_region(&region) {
        let stale = app.catalog.composer().stale_button(lang);
        if let Err(e) = send_reply(&bot, &app.catalog, chat_id, &stale).await {
            tracing::debug!(failure = ?send::classify(&e), "could not answer a stale button");
        }
        return Ok(());
    }
    if region == STATEWIDE {
        let _ = dialogue.exit().await;
        send_outgoing(
            &bot,
            chat_id,
            subscribe_now(&app, chat_id, lang, &[STATEWIDE.to_string()]),
        )
        .await;
        return Ok(());
    }
    let mut selected = match dialogue.get().await.ok().flatten() {
        Some(ChatState::PickingRegions(selected)) => selected,
        _ => Vec::new(),
    };
    if let Some(pos) = selected.iter().position(|r| *r == region) {
        selected.remove(pos);
    } else {
        selected.push(region);
    }
    let keyboard = keyboard::regions(&app.catalog, lang, &selected, RegionPicker::Subscribe);
    let _ = dialogue.update(ChatState::PickingRegions(selected)).await;
    update_picker(&bot, chat_id, message.id(), keyboard).await;
    Ok(())
}

/// Done in the picker: subscribes to the counties chosen (none chosen means statewide).
pub async fn on_done(bot: Bot, q: CallbackQuery, dialogue: ChatDialogue, app: Arc<App>) -> HandlerResult {
    let Some(chat_id) = q.message.as_ref().map(|m| m.chat().id) else {
        return Ok(());
    };
    let lang = app.lang(chat_id, q.from.language_code.as_deref());
    let selected = match dialogue.get().await.ok().flatten() {
        Some(ChatState::PickingRegions(selected)) => selected,
        _ => Vec::new(),
    };
    let _ = dialogue.exit().await;
    send_outgoing(&bot, chat_id, subscribe_now(&app, chat_id, lang, &selected)).await;
    Ok(())
}

async fn update_picker(
    bot: &Bot,
    chat_id: ChatId,
    message_id: MessageId,
    keyboard: teloxide::types::InlineKeyboardMarkup,
) {
    if let Err(e) = with_retry("editMessageReplyMarkup", || {
        bot.edit_message_reply_markup(chat_id, message_id)
            .reply_markup(keyboard.clone())
            .into_future()
    })
    .await
    {
        tracing::debug!(failure = ?send::classify(&e), "could not update the region picker");
    }
}

async fn is_chat_admin(bot: &Bot, chat_id: ChatId, user: Option<&User>) -> bool {
    let Some(user) = user else {
        return false;
    };
    match with_retry("getChatMember", || bot.get_chat_member(chat_id, user.id).into_future()).await {
        Ok(member) => member.is_privileged(),
        Err(e) => {
            tracing::warn!(failure = ?send::classify(&e), "getChatMember failed");
            false
        }
    }
}

/// A bot admin subscribes a channel (by @name or id) in which the bot is an administrator.
async fn subscribe_channel(bot: &Bot, app: &App, from: Option<&User>, channel: &str, lang: Lang) -> Outgoing {
    let content = &app.catalog;
    if !app.is_admin(from) {
        return Outgoing::text(content, lang, "admin-only", &[]);
    }
    let recipient: Recipient = match channel.parse::<i64>() {
        Ok(id) => ChatId(id).into(),
        Err(_) => Recipient::ChannelUsername(channel.to_string()),
    };
    let Ok(chat) = with_retry("getChat", || bot.get_chat(recipient.clone()).into_future()).await else {
        return Outgoing::text(content, lang, "error-generic", &[]);
    };
    let bot_is_admin = with_retry("getChatMember", || {
        bot.get_chat_member(chat.id, app.bot_id).into_future()
    })
    .await
    .is_ok_and(|member| member.is_privileged());
    if !bot_is_admin {
        return Outgoing::text(content, lang, "group-only-admins", &[]);
    }
    match app.store.subscribe(chat.id.0, lang, &[STATEWIDE.to_string()]) {
        Ok(()) => Outgoing::text(
            content,
            lang,
            "subscribe-done",
            &[("regions", Arg::Text(region_name(content, lang, STATEWIDE)))],
        ),
        Err(_) => Outgoing::text(content, lang, "error-generic", &[]),
    }
}

async fn region_picker(app: &App, dialogue: &ChatDialogue, lang: Lang) -> Outgoing {
    let _ = dialogue.update(ChatState::PickingRegions(Vec::new())).await;
    let locales = app.catalog.locales();
    Outgoing {
        html: format!(
            "{}\n\n{}",
            locales.text(lang, "subscribe-intro"),
            locales.text(lang, "subscribe-choose-more")
        ),
        keyboard: Some(keyboard::regions(&app.catalog, lang, &[], RegionPicker::Subscribe)),
    }
}

fn subscribe_now(app: &App, chat_id: ChatId, lang: Lang, regions: &[String]) -> Outgoing {
    let content = &app.catalog;
    match app.store.subscribe(chat_id.0, lang, regions) {
        Ok(()) => {
            let names: Vec<String> = if regions.is_empty() || regions.iter().any(|r| r == STATEWIDE) {
                vec![region_name(content, lang, STATEWIDE)]
            } else {
                regions.iter().map(|r| region_name(content, lang, r)).collect()
            };
            Outgoing::text(
                content,
                lang,
                "subscribe-done",
                &[("regions", Arg::Text(names.join(", ")))],
            )
        }
        Err(e) => {
            tracing::error!(error = %e, "subscribe failed");
            Outgoing::text(content, lang, "error-generic", &[])
        }
    }
}
