//! Inline mode: `@bot <words>` in any chat offers the best-matching answers, in the volunteer's
//! language, as ready-to-post messages; `@bot door_es` picks one answer in one language, and
//! `@bot card_es` (or nothing typed yet) offers the rights card.

use std::future::IntoFuture;
use std::sync::Arc;
use std::time::Instant;

use teloxide::prelude::*;
use teloxide::types::{
    InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResult, InlineQueryResultArticle,
    InlineQueryResultCachedPhoto, InputMessageContent, InputMessageContentText, ParseMode,
};

use super::app::App;
use super::card::Picture;
use super::schema::HandlerResult;
use super::send::{self, with_retry};
use crate::content::lang::{self, Lang};
use crate::content::{Category, DeepLink, CARD_LINK};

/// Answers an inline query with articles.
pub async fn on_inline(bot: Bot, q: InlineQuery, app: Arc<App>) -> HandlerResult {
    let started = Instant::now();
    let user_chat = i64::try_from(q.from.id.0).unwrap_or_default();
    let results = inline_results(&app, &q.query, user_chat, q.from.language_code.as_deref());
    let count = results.len();
    let request = bot
        .answer_inline_query(q.id.clone(), results)
        .cache_time(60)
        .is_personal(true);
    if let Err(e) = with_retry("answerInlineQuery", || request.clone().into_future()).await {
        tracing::warn!(failure = ?send::classify(&e), "could not answer an inline query");
    }
    let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    tracing::info!(update = "inline", results = count, ms, "answered");
    Ok(())
}

/// The articles for an inline query: an exact slug (`door` or `door_es`), else the matcher's
/// candidates, else the urgent topics. Each article is the answer's first screen, ready to post,
/// with a button that opens the whole answer in the bot.
pub fn inline_results(app: &App, query: &str, user_chat: i64, client: Option<&str>) -> Vec<InlineQueryResult> {
    let catalog = &app.catalog;
    let chosen = app.store.language(user_chat).ok().flatten();
    if let Some(DeepLink::Card(link_lang)) = catalog.deep_link(query) {
        let lang = chosen.or(link_lang).unwrap_or_else(|| lang::choose(None, None, client));
        return card_result(app, lang).into_iter().collect();
    }
    let (indices, lang): (Vec<usize>, Lang) = if let Some((index, link_lang)) = catalog.parse_deep_link(query) {
        (
            vec![index],
            chosen.or(link_lang).unwrap_or_else(|| lang::choose(None, None, client)),
        )
    } else {
        let decision = catalog.understand(query);
        let lang = lang::choose(chosen, decision.lang, client);
        let candidates: Vec<usize> = if decision.intent().is_none() {
            Vec::new()
        } else {
            decision.ranked.iter().take(3).map(|s| s.intent).collect()
        };
        let indices = if candidates.is_empty() {
            catalog
                .intents()
                .iter()
                .enumerate()
                .filter(|(_, i)| i.category == Category::Encounter)
                .map(|(i, _)| i)
                .collect()
        } else {
            candidates
        };
        (indices, lang)
    };
    let composer = catalog.composer();
    // Nothing typed yet: the urgent topics, and the card to keep.
    let card = if query.trim().is_empty() {
        card_result(app, lang)
    } else {
        None
    };
    indices
        .into_iter()
        .map(|index| {
            let intent = catalog.intent(index);
            let text = composer.first_screen_html(lang, index);
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
                    catalog.locales().text(lang, "open-in-bot-button"),
                    url,
                )]]));
            }
            InlineQueryResult::Article(article)
        })
        .chain(card)
        .collect()
}

/// The rights card as an inline result: its front picture once Telegram has it (inline results
/// cannot upload), else an article; either way with a button that opens the card in the bot.
fn card_result(app: &App, lang: Lang) -> Option<InlineQueryResult> {
    let locales = app.catalog.locales();
    let url = url::Url::parse(&crate::print::card_link(&app.username, lang)).ok()?;
    let keyboard = InlineKeyboardMarkup::new([[InlineKeyboardButton::url(locales.text(lang, "card-button"), url)]]);
    let id = format!("{CARD_LINK}_{}", lang.code());
    if let Some(file_id) = app.cards.file_id(Picture::Front(lang)) {
        let photo = InlineQueryResultCachedPhoto::new(id, file_id)
            .title(locales.text(lang, "card-inline-title"))
            .description(locales.text(lang, "card-inline-description"))
            .caption(app.catalog.composer().card_caption(lang, false))
            .parse_mode(ParseMode::Html)
            .reply_markup(keyboard);
        return Some(InlineQueryResult::CachedPhoto(photo));
    }
    let content = InputMessageContent::Text(
        InputMessageContentText::new(locales.text(lang, "card-inline-text"))
            .parse_mode(ParseMode::Html)
            .link_preview_options(send::no_link_preview()),
    );
    let article = InlineQueryResultArticle::new(id, locales.text(lang, "card-inline-title"), content)
        .description(locales.text(lang, "card-inline-description"))
        .reply_markup(keyboard);
    Some(InlineQueryResult::Article(article))
}
