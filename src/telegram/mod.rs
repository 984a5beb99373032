//! The Telegram adapter: a thin layer over [`crate::conversation`]. It turns updates into
//! [`Input`]s, renders [`crate::reply::Reply`]s as HTML with inline keyboards, answers inline
//! queries with ready-to-post articles, and runs the community alerts. It logs update kinds,
//! intent ids and timings — never what anyone wrote.

pub mod callback;
pub mod prefetch;
pub mod send;

use std::collections::{BTreeMap, HashMap};
use std::error::Error;
use std::future::IntoFuture;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use teloxide::adaptors::throttle::{Limits, Settings, Throttle};
use teloxide::dispatching::{DefaultKey, Dispatcher, UpdateHandler};
use teloxide::prelude::*;
use teloxide::types::{
    BotCommand, ChatMemberStatus, ChatMemberUpdated, InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResult,
    InlineQueryResultArticle, InputMessageContent, InputMessageContentText, Me, ParseMode,
};
use teloxide::update_listeners::{Polling, UpdateListener};

use crate::alerts::{self, AlertSender, BroadcastHandle, Broadcaster, SendError};
use crate::catalog::Catalog;
use crate::config::Config;
use crate::content::Arg;
use crate::conversation::{ChatContext, Conversation, Effect, Input, Turn};
use crate::lang::{self, Lang};
use crate::matcher::Outcome;
use crate::reply::{Action, Composer};
use crate::store::{Store, REGIONS, STATEWIDE};
use callback::Press;
use send::{send_reply, with_retry, Failure};

/// Result of a handler.
pub type HandlerResult = Result<(), Box<dyn Error + Send + Sync>>;

/// An alert an admin is preparing.
#[derive(Debug, Clone, Default)]
struct Draft {
    region: Option<String>,
    texts: BTreeMap<Lang, String>,
}

/// Everything the handlers share, injected into the dispatcher as one dependency.
pub struct App {
    /// The content.
    pub catalog: Arc<Catalog>,
    /// The database.
    pub store: Arc<Store>,
    /// The bot's username, without `@`.
    pub username: String,
    /// The bot's own user id.
    pub bot_id: UserId,
    /// Who may send alerts.
    pub admin_ids: Vec<u64>,
    /// Wakes the broadcaster when an alert is queued.
    pub broadcast: BroadcastHandle,
    /// Region choices in progress, per chat (memory only: nothing is stored until Done).
    pickers: Mutex<HashMap<i64, Vec<String>>>,
    /// Alerts being prepared, per admin chat.
    drafts: Mutex<HashMap<i64, Draft>>,
    /// Where each running alert's progress message is: alert id → (chat, message, language).
    progress: ProgressMessages,
}

/// Progress messages of running alerts, shared by the handlers and the broadcaster.
pub type ProgressMessages = Arc<Mutex<HashMap<i64, (ChatId, teloxide::types::MessageId, Lang)>>>;

impl App {
    /// Builds the shared state.
    pub fn new(
        catalog: Arc<Catalog>,
        store: Arc<Store>,
        me: &Me,
        admin_ids: Vec<u64>,
        broadcast: BroadcastHandle,
        progress: ProgressMessages,
    ) -> App {
        App {
            catalog,
            store,
            username: me.username().to_string(),
            bot_id: me.id,
            admin_ids,
            broadcast,
            pickers: Mutex::new(HashMap::new()),
            drafts: Mutex::new(HashMap::new()),
            progress,
        }
    }

    fn conversation(&self) -> Conversation<'_> {
        Conversation::new(&self.catalog, &self.username)
    }

    fn is_admin(&self, user: Option<&teloxide::types::User>) -> bool {
        user.is_some_and(|u| self.admin_ids.contains(&u.id.0))
    }

    fn context(&self, chat_id: ChatId, client: Option<&str>) -> ChatContext {
        let chosen = self.store.language(chat_id.0).unwrap_or_else(|e| {
            tracing::error!(error = %e, "reading a chat's language failed");
            None
        });
        ChatContext {
            chosen,
            client: client.and_then(Lang::from_tag),
        }
    }

    fn lang(&self, chat_id: ChatId, client: Option<&str>) -> Lang {
        self.context(chat_id, client).lang()
    }

    fn apply(&self, chat_id: ChatId, effect: Option<Effect>) {
        let result = match effect {
            Some(Effect::ChooseLanguage(lang)) => self.store.set_language(chat_id.0, lang),
            Some(Effect::Forget) => {
                lock(&self.pickers).remove(&chat_id.0);
                lock(&self.drafts).remove(&chat_id.0);
                self.store.forget(chat_id.0).map(|_| ())
            }
            None => Ok(()),
        };
        if let Err(e) = result {
            tracing::error!(error = %e, "saving chat state failed");
        }
    }
}

/// Locks shared state; a panic elsewhere while it was held leaves nothing half-written here, so
/// the bot keeps serving rather than failing every later update.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The handler tree: messages, button presses, inline queries, and the bot's own membership.
pub fn schema() -> UpdateHandler<Box<dyn Error + Send + Sync>> {
    dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_callback_query().endpoint(on_callback))
        .branch(Update::filter_inline_query().endpoint(on_inline))
        .branch(Update::filter_my_chat_member().endpoint(on_membership))
}

/// Splits `/cmd@bot args`; `None` when the text is not a command or is addressed to another bot.
fn command_for_us<'t>(text: &'t str, username: &str) -> Option<(String, &'t str)> {
    let rest = text.trim_start().strip_prefix('/')?;
    let (head, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let (name, addressee) = match head.split_once('@') {
        Some((name, to)) => (name, Some(to)),
        None => (head, None),
    };
    if addressee.is_some_and(|to| !to.eq_ignore_ascii_case(username)) || name.is_empty() {
        return None;
    }
    Some((name.to_lowercase(), args))
}

/// Removes `@username` mentions so they do not disturb matching. Usernames are ASCII, so the
/// search folds ASCII case only: full Unicode lowercasing can change a text's byte length (`İ`
/// becomes three bytes), and positions found in it would not fit the original.
fn strip_mention(text: &str, username: &str) -> String {
    let mention = format!("@{username}");
    let lower = text.to_ascii_lowercase();
    let target = mention.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(found) = lower[i..].find(&target) {
        out.push_str(&text[i..i + found]);
        i += found + target.len();
    }
    out.push_str(&text[i..]);
    out
}

async fn reply_and_log(
    bot: &Bot,
    app: &App,
    chat_id: ChatId,
    turn: Turn,
    kind: &'static str,
    started: Instant,
) -> HandlerResult {
    app.apply(chat_id, turn.effect);
    let intent = turn.reply.intent.map(|i| app.catalog.intent(i).id.as_str());
    let outcome = turn.decision.as_ref().map(|d| match d.outcome {
        Outcome::Confident => "confident",
        Outcome::Unsure => "unsure",
        Outcome::NoIntent => "none",
    });
    if let Err(e) = send_reply(bot, &app.catalog, chat_id, &turn.reply).await {
        tracing::warn!(update = kind, failure = ?send::classify(&e), "could not send a reply");
    }
    tracing::info!(update = kind, intent, outcome, lang = %turn.reply.lang, ms = started.elapsed().as_millis() as u64, "answered");
    Ok(())
}

async fn on_message(bot: Bot, msg: Message, app: Arc<App>) -> HandlerResult {
    let started = Instant::now();
    let chat_id = msg.chat.id;
    let private = msg.chat.is_private();
    let from = msg.from.as_ref();
    let client = from.and_then(|u| u.language_code.as_deref());
    let replying_to_us = msg
        .reply_to_message()
        .and_then(|r| r.from.as_ref())
        .is_some_and(|u| u.id == app.bot_id);
    let context = app.context(chat_id, client);
    let conversation = app.conversation();

    let Some(text) = msg.text() else {
        // Stickers, photos, voice, locations, documents, service messages.
        if private || replying_to_us {
            let turn = conversation.handle(Input::NonText, context);
            return reply_and_log(&bot, &app, chat_id, turn, "non_text", started).await;
        }
        return Ok(());
    };

    if let Some((name, args)) = command_for_us(text, &app.username) {
        if alert_command(&bot, &app, &msg, &name, args).await {
            return Ok(());
        }
        let turn = conversation.handle(Input::Command { name: &name, args }, context);
        return reply_and_log(&bot, &app, chat_id, turn, "command", started).await;
    }

    if private && app.is_admin(from) && draft_awaits_text(&app, chat_id) {
        return alert_text(&bot, &app, chat_id, text, client).await;
    }

    // Stripping the mention also finds it: a text it shortened was addressed to the bot.
    let cleaned = strip_mention(text, &app.username);
    let mentioned = cleaned.len() != text.len();
    if !private && !replying_to_us && !mentioned {
        // Groups: privacy mode stays on, and the bot speaks only when spoken to.
        return Ok(());
    }
    let turn = conversation.handle(Input::Text(&cleaned), context);
    reply_and_log(&bot, &app, chat_id, turn, "text", started).await
}

async fn on_callback(bot: Bot, q: CallbackQuery, app: Arc<App>) -> HandlerResult {
    let started = Instant::now();
    // Always clear the button's spinner, without making the reply wait on it.
    let answer = bot.answer_callback_query(q.id.clone());
    tokio::spawn(async move {
        if let Err(e) = answer.await {
            tracing::debug!(failure = ?send::classify(&e), "answerCallbackQuery failed");
        }
    });
    let Some(message) = q.message.as_ref() else {
        return Ok(());
    };
    let chat_id = message.chat().id;
    let client = q.from.language_code.as_deref();
    let context = app.context(chat_id, client);
    let press = q.data.as_deref().and_then(|d| callback::decode(&app.catalog, d));
    let turn = match press {
        Some(Press::Action(action, reply_lang)) => app.conversation().handle(Input::Press(action, reply_lang), context),
        Some(Press::ToggleRegion(region)) => {
            return toggle_region(&bot, &app, chat_id, message.id(), &region, context).await
        }
        Some(Press::SubscribeDone) => return finish_subscription(&bot, &app, chat_id, context).await,
        Some(Press::AlertRegion(region)) => return alert_region(&bot, &app, &q, chat_id, &region).await,
        Some(Press::AlertSend) => return alert_send(&bot, &app, &q, chat_id).await,
        Some(Press::AlertCancel) => return alert_cancel(&bot, &app, &q, chat_id).await,
        None => {
            let lang = app.lang(chat_id, client);
            Turn {
                reply: Composer::new(&app.catalog).stale_button(lang),
                decision: None,
                effect: None,
            }
        }
    };
    reply_and_log(&bot, &app, chat_id, turn, "callback", started).await
}

/// Inline mode: `@bot <words>` in any chat returns the best-matching answers as articles.
async fn on_inline(bot: Bot, q: InlineQuery, app: Arc<App>) -> HandlerResult {
    let started = Instant::now();
    let results = inline_results(&app, &q.query, q.from.id.0 as i64, q.from.language_code.as_deref());
    let count = results.len();
    let request = bot
        .answer_inline_query(q.id.clone(), results)
        .cache_time(60)
        .is_personal(true);
    if let Err(e) = with_retry("answerInlineQuery", || request.clone().into_future()).await {
        tracing::warn!(failure = ?send::classify(&e), "could not answer an inline query");
    }
    tracing::info!(
        update = "inline",
        results = count,
        ms = started.elapsed().as_millis() as u64,
        "answered"
    );
    Ok(())
}

/// The articles for an inline query: an exact slug (`door` or `door_es`), else the matcher's
/// candidates, else the urgent topics. Each article is the full answer, ready to post.
pub fn inline_results(app: &App, query: &str, user_chat: i64, client: Option<&str>) -> Vec<InlineQueryResult> {
    let catalog = &app.catalog;
    let chosen = app.store.language(user_chat).ok().flatten();
    let (indices, lang): (Vec<usize>, Lang) = if let Some((index, link_lang)) = catalog.parse_deep_link(query) {
        (
            vec![index],
            chosen.or(link_lang).unwrap_or_else(|| lang::choose(None, None, client)),
        )
    } else {
        let decision = catalog.understand(query);
        let lang = lang::choose(chosen, decision.lang, client);
        let candidates: Vec<usize> = if decision.outcome == Outcome::NoIntent {
            Vec::new()
        } else {
            decision.ranked.iter().take(3).map(|s| s.intent).collect()
        };
        let indices = if candidates.is_empty() {
            catalog
                .intents()
                .iter()
                .enumerate()
                .filter(|(_, i)| i.category == crate::content::Category::Encounter)
                .map(|(i, _)| i)
                .collect()
        } else {
            candidates
        };
        (indices, lang)
    };
    let composer = Composer::new(catalog);
    indices
        .into_iter()
        .map(|index| {
            let intent = catalog.intent(index);
            let text = composer.answer_html(lang, index);
            let content = InputMessageContent::Text(
                InputMessageContentText::new(text)
                    .parse_mode(ParseMode::Html)
                    .link_preview_options(send::no_link_preview()),
            );
            let mut article = InlineQueryResultArticle::new(
                format!("{}_{}", intent.slug, lang.code()),
                composer.title(lang, index),
                content,
            )
            .description(composer.summary(lang, index));
            if let Ok(url) = url::Url::parse(&format!(
                "https://t.me/{}?start={}_{}",
                app.username,
                intent.slug,
                lang.code()
            )) {
                article = article.reply_markup(InlineKeyboardMarkup::new([[InlineKeyboardButton::url(
                    format!("🤖 @{}", app.username),
                    url,
                )]]));
            }
            InlineQueryResult::Article(article)
        })
        .collect()
}

/// When the bot is blocked or removed from a chat, forget it (language and alerts).
async fn on_membership(update: ChatMemberUpdated, app: Arc<App>) -> HandlerResult {
    if matches!(
        update.new_chat_member.status(),
        ChatMemberStatus::Banned | ChatMemberStatus::Left
    ) {
        app.apply(update.chat.id, Some(Effect::Forget));
        tracing::info!(
            update = "my_chat_member",
            "bot removed from a chat; its data was deleted"
        );
    }
    Ok(())
}

// ----------------------------------------------------------------------------- subscriptions

/// A message whose keyboard is not made of conversation actions (region pickers, alert previews).
struct Outgoing {
    html: String,
    keyboard: Option<InlineKeyboardMarkup>,
}

impl Outgoing {
    fn text(app: &App, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Outgoing {
        Outgoing {
            html: app.catalog.locales().format(lang, id, args),
            keyboard: None,
        }
    }
}

async fn send_outgoing(bot: &Bot, chat_id: ChatId, out: Outgoing) {
    let result = with_retry("sendMessage", || {
        let mut request = bot.send_message(chat_id, out.html.clone()).parse_mode(ParseMode::Html);
        if let Some(keyboard) = out.keyboard.clone() {
            request = request.reply_markup(keyboard);
        }
        request.into_future()
    })
    .await;
    if let Err(e) = result {
        tracing::warn!(failure = ?send::classify(&e), "could not send a message");
    }
}

/// Handles the alert-related commands; `false` when `name` is not one of them.
async fn alert_command(bot: &Bot, app: &App, msg: &Message, name: &str, args: &str) -> bool {
    let chat_id = msg.chat.id;
    let from = msg.from.as_ref();
    let lang = app.lang(chat_id, from.and_then(|u| u.language_code.as_deref()));
    let out = match name {
        "subscribe" => {
            if msg.chat.is_private() {
                match args.split_whitespace().next() {
                    Some(channel) => subscribe_channel(bot, app, from, channel, lang).await,
                    None => region_picker(app, chat_id, lang),
                }
            } else if is_chat_admin(bot, chat_id, from).await {
                region_picker(app, chat_id, lang)
            } else {
                Outgoing::text(app, lang, "group-only-admins", &[])
            }
        }
        "unsubscribe" => {
            if !msg.chat.is_private() && !is_chat_admin(bot, chat_id, from).await {
                Outgoing::text(app, lang, "group-only-admins", &[])
            } else {
                match app.store.unsubscribe(chat_id.0) {
                    Ok(true) => Outgoing::text(app, lang, "unsubscribe-done", &[]),
                    Ok(false) => Outgoing::text(app, lang, "unsubscribe-none", &[]),
                    Err(e) => {
                        tracing::error!(error = %e, "unsubscribe failed");
                        Outgoing::text(app, lang, "error-generic", &[])
                    }
                }
            }
        }
        "alert" => {
            if msg.chat.is_private() && app.is_admin(from) {
                lock(&app.drafts).insert(chat_id.0, Draft::default());
                Outgoing {
                    html: app.catalog.locales().text(lang, "alert-choose-region"),
                    keyboard: Some(region_keyboard(app, lang, &[], "a:region:", false)),
                }
            } else {
                // The same plain refusal for everyone: it reveals nothing about who the admins are.
                Outgoing::text(app, lang, "admin-only", &[])
            }
        }
        "cancel" => {
            let had_draft = lock(&app.drafts).remove(&chat_id.0).is_some();
            if !had_draft {
                return false;
            }
            Outgoing::text(app, lang, "alert-cancelled", &[])
        }
        _ => return false,
    };
    send_outgoing(bot, chat_id, out).await;
    tracing::info!(update = "command", command = name, "answered");
    true
}

async fn is_chat_admin(bot: &Bot, chat_id: ChatId, user: Option<&teloxide::types::User>) -> bool {
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
async fn subscribe_channel(
    bot: &Bot,
    app: &App,
    from: Option<&teloxide::types::User>,
    channel: &str,
    lang: Lang,
) -> Outgoing {
    if !app.is_admin(from) {
        return Outgoing::text(app, lang, "admin-only", &[]);
    }
    let recipient: teloxide::types::Recipient = match channel.parse::<i64>() {
        Ok(id) => ChatId(id).into(),
        Err(_) => teloxide::types::Recipient::ChannelUsername(channel.to_string()),
    };
    let Ok(chat) = with_retry("getChat", || bot.get_chat(recipient.clone()).into_future()).await else {
        return Outgoing::text(app, lang, "error-generic", &[]);
    };
    let bot_is_admin = with_retry("getChatMember", || {
        bot.get_chat_member(chat.id, app.bot_id).into_future()
    })
    .await
    .is_ok_and(|member| member.is_privileged());
    if !bot_is_admin {
        return Outgoing::text(app, lang, "group-only-admins", &[]);
    }
    match app.store.subscribe(chat.id.0, lang, &[STATEWIDE.to_string()]) {
        Ok(()) => Outgoing::text(
            app,
            lang,
            "subscribe-done",
            &[("regions", Arg::Text(alerts::region_name(&app.catalog, lang, STATEWIDE)))],
        ),
        Err(_) => Outgoing::text(app, lang, "error-generic", &[]),
    }
}

/// The region keyboard: statewide first, then the counties (✅ marks chosen ones).
fn region_keyboard(app: &App, lang: Lang, selected: &[String], prefix: &str, with_done: bool) -> InlineKeyboardMarkup {
    let mut rows = vec![vec![InlineKeyboardButton::callback(
        alerts::region_name(&app.catalog, lang, STATEWIDE),
        format!("{prefix}{STATEWIDE}"),
    )]];
    for pair in REGIONS.chunks(2) {
        rows.push(
            pair.iter()
                .map(|code| {
                    let mark = if selected.iter().any(|s| s == code) {
                        "☑️ "
                    } else {
                        ""
                    };
                    InlineKeyboardButton::callback(
                        format!("{mark}{}", alerts::region_name(&app.catalog, lang, code)),
                        format!("{prefix}{code}"),
                    )
                })
                .collect(),
        );
    }
    if with_done {
        rows.push(vec![InlineKeyboardButton::callback(
            app.catalog.locales().text(lang, "subscribe-finish"),
            "s:done",
        )]);
    }
    InlineKeyboardMarkup::new(rows)
}

fn region_picker(app: &App, chat_id: ChatId, lang: Lang) -> Outgoing {
    lock(&app.pickers).insert(chat_id.0, Vec::new());
    let locales = app.catalog.locales();
    Outgoing {
        html: format!(
            "{}\n\n{}",
            locales.text(lang, "subscribe-intro"),
            locales.text(lang, "subscribe-choose-more")
        ),
        keyboard: Some(region_keyboard(app, lang, &[], "s:", true)),
    }
}

fn subscribe_now(app: &App, chat_id: ChatId, lang: Lang, regions: &[String]) -> Outgoing {
    match app.store.subscribe(chat_id.0, lang, regions) {
        Ok(()) => {
            let names: Vec<String> = if regions.is_empty() || regions.iter().any(|r| r == STATEWIDE) {
                vec![alerts::region_name(&app.catalog, lang, STATEWIDE)]
            } else {
                regions
                    .iter()
                    .map(|r| alerts::region_name(&app.catalog, lang, r))
                    .collect()
            };
            Outgoing::text(app, lang, "subscribe-done", &[("regions", Arg::Text(names.join(", ")))])
        }
        Err(e) => {
            tracing::error!(error = %e, "subscribe failed");
            Outgoing::text(app, lang, "error-generic", &[])
        }
    }
}

async fn toggle_region(
    bot: &Bot,
    app: &App,
    chat_id: ChatId,
    message_id: teloxide::types::MessageId,
    region: &str,
    context: ChatContext,
) -> HandlerResult {
    let lang = context.lang();
    if !alerts::is_region(region) {
        send_reply(
            bot,
            &app.catalog,
            chat_id,
            &Composer::new(&app.catalog).stale_button(lang),
        )
        .await
        .ok();
        return Ok(());
    }
    if region == STATEWIDE {
        lock(&app.pickers).remove(&chat_id.0);
        send_outgoing(
            bot,
            chat_id,
            subscribe_now(app, chat_id, lang, &[STATEWIDE.to_string()]),
        )
        .await;
        return Ok(());
    }
    let selected = {
        let mut pickers = lock(&app.pickers);
        let selected = pickers.entry(chat_id.0).or_default();
        if let Some(pos) = selected.iter().position(|r| r == region) {
            selected.remove(pos);
        } else {
            selected.push(region.to_string());
        }
        selected.clone()
    };
    let keyboard = region_keyboard(app, lang, &selected, "s:", true);
    if let Err(e) = with_retry("editMessageReplyMarkup", || {
        bot.edit_message_reply_markup(chat_id, message_id)
            .reply_markup(keyboard.clone())
            .into_future()
    })
    .await
    {
        tracing::debug!(failure = ?send::classify(&e), "could not update the region picker");
    }
    Ok(())
}

async fn finish_subscription(bot: &Bot, app: &App, chat_id: ChatId, context: ChatContext) -> HandlerResult {
    let lang = context.lang();
    let selected = lock(&app.pickers).remove(&chat_id.0).unwrap_or_default();
    send_outgoing(bot, chat_id, subscribe_now(app, chat_id, lang, &selected)).await;
    Ok(())
}

// ----------------------------------------------------------------------------- sending alerts

fn draft_awaits_text(app: &App, chat_id: ChatId) -> bool {
    lock(&app.drafts)
        .get(&chat_id.0)
        .is_some_and(|d| d.region.is_some() && d.texts.is_empty())
}

async fn alert_region(bot: &Bot, app: &App, q: &CallbackQuery, chat_id: ChatId, region: &str) -> HandlerResult {
    let lang = app.lang(chat_id, q.from.language_code.as_deref());
    if !app.is_admin(Some(&q.from)) || !alerts::is_region(region) {
        send_outgoing(bot, chat_id, Outgoing::text(app, lang, "admin-only", &[])).await;
        return Ok(());
    }
    let known = {
        let mut drafts = lock(&app.drafts);
        drafts
            .get_mut(&chat_id.0)
            .map(|d| d.region = Some(region.to_string()))
            .is_some()
    };
    let id = if known { "alert-write-text" } else { "stale-button" };
    send_outgoing(bot, chat_id, Outgoing::text(app, lang, id, &[])).await;
    Ok(())
}

async fn alert_text(bot: &Bot, app: &App, chat_id: ChatId, text: &str, client: Option<&str>) -> HandlerResult {
    let lang = app.lang(chat_id, client);
    let texts = alerts::parse_admin_text(&app.catalog, text);
    let region = {
        let mut drafts = lock(&app.drafts);
        let Some(draft) = drafts.get_mut(&chat_id.0) else {
            return Ok(());
        };
        draft.texts = texts.clone();
        draft.region.clone().unwrap_or_else(|| STATEWIDE.to_string())
    };
    if texts.is_empty() {
        send_outgoing(bot, chat_id, Outgoing::text(app, lang, "alert-write-text", &[])).await;
        return Ok(());
    }
    // The preview is exactly what a subscriber in the admin's language will receive.
    let preview = alerts::render(
        &app.catalog,
        lang,
        &region,
        alerts::text_for(&texts, lang).unwrap_or_default(),
    );
    send_outgoing(
        bot,
        chat_id,
        Outgoing {
            html: preview,
            keyboard: Some(emergency_keyboard(app, lang)),
        },
    )
    .await;
    let confirm = InlineKeyboardMarkup::new([[
        InlineKeyboardButton::callback(app.catalog.locales().text(lang, "alert-send"), "a:send"),
        InlineKeyboardButton::callback(app.catalog.locales().text(lang, "alert-cancel"), "a:cancel"),
    ]]);
    send_outgoing(
        bot,
        chat_id,
        Outgoing {
            html: app.catalog.locales().text(lang, "alert-preview"),
            keyboard: Some(confirm),
        },
    )
    .await;
    Ok(())
}

/// The button under every alert: what to do if ICE comes.
pub fn emergency_keyboard(app: &App, lang: Lang) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([[InlineKeyboardButton::callback(
        app.catalog.locales().text(lang, "alert-emergency-button"),
        callback::encode(&app.catalog, Action::Emergency, lang),
    )]])
}

async fn alert_send(bot: &Bot, app: &App, q: &CallbackQuery, chat_id: ChatId) -> HandlerResult {
    let lang = app.lang(chat_id, q.from.language_code.as_deref());
    if !app.is_admin(Some(&q.from)) {
        send_outgoing(bot, chat_id, Outgoing::text(app, lang, "admin-only", &[])).await;
        return Ok(());
    }
    let draft = lock(&app.drafts).remove(&chat_id.0);
    let Some(Draft {
        region: Some(region),
        texts,
    }) = draft.filter(|d| !d.texts.is_empty())
    else {
        send_outgoing(bot, chat_id, Outgoing::text(app, lang, "stale-button", &[])).await;
        return Ok(());
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    match app.store.create_alert(&region, &texts, now) {
        Ok(id) => {
            tracing::info!(alert = id, "alert queued");
            let counts = app.store.counts(id).unwrap_or_default();
            let progress = Outgoing::text(
                app,
                lang,
                "alert-progress",
                &[
                    ("id", Arg::Number(id as f64)),
                    ("sent", Arg::Number(0.0)),
                    ("failed", Arg::Number(0.0)),
                    ("left", Arg::Number(counts.left as f64)),
                ],
            );
            let sent = with_retry("sendMessage", || {
                bot.send_message(chat_id, progress.html.clone())
                    .parse_mode(ParseMode::Html)
                    .into_future()
            })
            .await;
            if let Ok(message) = sent {
                lock(&app.progress).insert(id, (chat_id, message.id, lang));
            }
            app.broadcast.wake();
        }
        Err(e) => {
            tracing::error!(error = %e, "could not queue an alert");
            send_outgoing(bot, chat_id, Outgoing::text(app, lang, "error-generic", &[])).await;
        }
    }
    Ok(())
}

async fn alert_cancel(bot: &Bot, app: &App, q: &CallbackQuery, chat_id: ChatId) -> HandlerResult {
    let lang = app.lang(chat_id, q.from.language_code.as_deref());
    lock(&app.drafts).remove(&chat_id.0);
    send_outgoing(bot, chat_id, Outgoing::text(app, lang, "alert-cancelled", &[])).await;
    Ok(())
}

// ----------------------------------------------------------------------------- running

/// Sends alerts through Telegram, paced by teloxide's `Throttle`, and keeps admins' progress
/// messages up to date.
pub struct TelegramSender {
    bot: Throttle<Bot>,
    catalog: Arc<Catalog>,
    progress: ProgressMessages,
}

impl TelegramSender {
    /// A sender over `bot`, throttled to `rate` messages per second overall, one per second per
    /// chat and twenty per minute per group. Flood waits are returned to the broadcaster (which
    /// persists them) instead of being retried inside the adaptor.
    pub fn new(bot: Bot, catalog: Arc<Catalog>, rate: u32, progress: ProgressMessages) -> TelegramSender {
        let limits = Limits {
            messages_per_sec_chat: 1,
            messages_per_min_chat: 20,
            messages_per_min_channel_or_supergroup: 20,
            messages_per_sec_overall: rate,
        };
        let (bot, worker) = Throttle::with_settings(bot, Settings::default().limits(limits).no_retry());
        tokio::spawn(worker);
        TelegramSender { bot, catalog, progress }
    }
}

impl AlertSender for TelegramSender {
    async fn send(&self, chat_id: i64, html: String, lang: Lang) -> Result<(), SendError> {
        let keyboard = InlineKeyboardMarkup::new([[InlineKeyboardButton::callback(
            self.catalog.locales().text(lang, "alert-emergency-button"),
            callback::encode(&self.catalog, Action::Emergency, lang),
        )]]);
        let result = self
            .bot
            .send_message(ChatId(chat_id), html)
            .parse_mode(ParseMode::Html)
            .reply_markup(keyboard)
            .await;
        result.map(|_| ()).map_err(|e| match send::classify(&e) {
            Failure::RetryAfter(wait) => SendError::RetryAfter(wait),
            Failure::Gone => SendError::Gone,
            Failure::Transient => SendError::Transient,
            Failure::Permanent => SendError::Permanent,
        })
    }

    fn progress(&self, alert_id: i64, counts: crate::store::Counts, finished: bool) {
        let target = lock(&self.progress).get(&alert_id).copied();
        let Some((chat_id, message_id, lang)) = target else {
            return;
        };
        let locales = self.catalog.locales();
        let text = if finished {
            lock(&self.progress).remove(&alert_id);
            locales.format(
                lang,
                "alert-report",
                &[
                    ("id", Arg::Number(alert_id as f64)),
                    ("sent", Arg::Number(counts.sent as f64)),
                    ("failed", Arg::Number(counts.failed as f64)),
                    ("removed", Arg::Number(counts.gone as f64)),
                ],
            )
        } else {
            locales.format(
                lang,
                "alert-progress",
                &[
                    ("id", Arg::Number(alert_id as f64)),
                    ("sent", Arg::Number(counts.sent as f64)),
                    ("failed", Arg::Number((counts.failed + counts.gone) as f64)),
                    ("left", Arg::Number(counts.left as f64)),
                ],
            )
        };
        let bot = self.bot.inner().clone();
        tokio::spawn(async move {
            let edit = bot
                .edit_message_text(chat_id, message_id, text)
                .parse_mode(ParseMode::Html);
            if let Err(e) = edit.await {
                tracing::debug!(failure = ?send::classify(&e), "could not update alert progress");
            }
        });
    }
}

/// Logs a failed long poll by its kind only: the error's text can quote Telegram's raw answer,
/// which would contain what users wrote.
async fn log_polling_error(error: teloxide::RequestError) {
    tracing::warn!(failure = ?send::classify(&error), "polling failed; retrying");
}

/// Logs a failed handler without its message (handlers never put user text in errors, but the
/// rule is simpler to keep when nothing but the kind is logged).
async fn log_handler_error(error: Box<dyn Error + Send + Sync>) {
    let kind = match error.downcast_ref::<teloxide::RequestError>() {
        Some(request) => format!("{:?}", send::classify(request)),
        None => "internal".to_string(),
    };
    tracing::error!(kind, "a handler failed");
}

/// The localized command menu of one language.
fn commands(catalog: &Catalog, lang: Lang) -> Vec<BotCommand> {
    let locales = catalog.locales();
    [
        ("start", "cmd-start"),
        ("emergency", "cmd-emergency"),
        ("topics", "cmd-topics"),
        ("resources", "cmd-resources"),
        ("language", "cmd-language"),
        ("help", "cmd-help"),
        ("privacy", "cmd-privacy"),
        ("forget", "cmd-forget"),
        ("subscribe", "cmd-subscribe"),
        ("unsubscribe", "cmd-unsubscribe"),
    ]
    .into_iter()
    .map(|(command, id)| BotCommand::new(command, locales.text(lang, id)))
    .collect()
}

/// Registers the command menu and the bot's descriptions in every language (English also as the
/// default). Failures are logged: the bot works without them.
pub async fn register_commands(bot: &Bot, catalog: &Catalog) {
    let locales = catalog.locales();
    for lang in Lang::ALL {
        let code = lang.code();
        let list = commands(catalog, lang);
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
    let default = commands(catalog, Lang::En);
    if let Err(e) = with_retry("setMyCommands", || bot.set_my_commands(default.clone()).into_future()).await {
        tracing::warn!(failure = ?send::classify(&e), "could not register the default command menu");
    }
}

/// A running bot: its dispatcher and broadcaster, stoppable together.
pub struct Running {
    polling: teloxide::stop::StopToken,
    broadcast: BroadcastHandle,
    dispatcher: tokio::task::JoinHandle<()>,
    broadcaster: tokio::task::JoinHandle<()>,
}

impl Running {
    /// Stops taking updates, lets in-flight handlers and alert sends finish and be recorded,
    /// then returns.
    pub async fn stop(self) {
        self.broadcast.stop();
        // The dispatcher ends when its update stream ends, once it has handled every update
        // fetched. Stopping the polling ends the stream whatever the dispatcher is doing: still
        // starting, waiting for updates, or handing one to a chat whose queue is full. teloxide's
        // own shutdown signal is heard only while the dispatcher waits for an update, and one
        // missed there polled on forever.
        self.polling.stop();
        let _ = self.dispatcher.await;
        let _ = self.broadcaster.await;
    }

    /// Waits until the dispatcher ends by itself.
    pub async fn wait(&mut self) {
        let _ = (&mut self.dispatcher).await;
    }
}

/// Starts the bot on `bot` (whose API URL may point at a local or fake server): learns its own
/// username, registers commands, resumes unfinished alerts, and starts long polling.
pub async fn start(
    bot: Bot,
    catalog: Arc<Catalog>,
    store: Arc<Store>,
    admin_ids: Vec<u64>,
    broadcast_rate: u32,
) -> anyhow::Result<Running> {
    let me = with_retry("getMe", || bot.get_me().into_future()).await.map_err(|e| {
        anyhow::anyhow!("cannot reach Telegram ({e}): check TELOXIDE_TOKEN, TELOXIDE_API_URL and the network")
    })?;
    register_commands(&bot, &catalog).await;
    let progress: ProgressMessages = Arc::new(Mutex::new(HashMap::new()));
    let sender = Arc::new(TelegramSender::new(
        bot.clone(),
        catalog.clone(),
        broadcast_rate,
        progress.clone(),
    ));
    let broadcaster = Broadcaster::new(store.clone(), catalog.clone(), sender, broadcast_rate);
    let broadcast = broadcaster.handle();
    let broadcaster = tokio::spawn(async move {
        if let Err(e) = broadcaster.run().await {
            tracing::error!(error = %e, "the alert broadcaster stopped");
        }
    });
    let app = Arc::new(App::new(catalog, store, &me, admin_ids, broadcast.clone(), progress));
    let mut dispatcher: Dispatcher<Bot, Box<dyn Error + Send + Sync>, DefaultKey> =
        Dispatcher::builder(bot.clone(), schema())
            .dependencies(dptree::deps![app])
            .default_handler(|_| async {})
            .error_handler(Arc::new(log_handler_error))
            .build();
    let mut listener = prefetch::Prefetching::new(Polling::builder(bot).timeout(Duration::from_secs(10)).build());
    let polling = listener.stop_token();
    let dispatcher = tokio::spawn(async move {
        dispatcher
            .dispatch_with_listener(listener, Arc::new(log_polling_error))
            .await;
    });
    tracing::info!(bot = %me.username(), "serving Telegram");
    Ok(Running {
        polling,
        broadcast,
        dispatcher,
        broadcaster,
    })
}

/// Serves Telegram with `config` until SIGINT or SIGTERM, then shuts down gracefully.
pub async fn serve(catalog: Catalog, config: Config) -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,teloxide=warn")),
        )
        .init();
    let store =
        Store::open(&config.db_path).map_err(|e| anyhow::anyhow!("{e} (database at {})", config.db_path.display()))?;
    let mut bot = Bot::new(config.token.clone());
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    let running = start(
        bot,
        Arc::new(catalog),
        Arc::new(store),
        config.admin_ids.clone(),
        config.broadcast_rate,
    )
    .await?;
    shutdown_signal().await;
    tracing::info!("shutting down: finishing replies and alert sends in flight");
    running.stop().await;
    Ok(())
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
