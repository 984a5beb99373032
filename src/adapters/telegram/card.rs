//! The rights card on Telegram: `/card`, the "Rights card" button and `start=card_<lang>` send
//! it as two photos, the front in the chat's language and the English back. Each picture is
//! drawn once per language (on a blocking thread: it is CPU work) and uploaded once; after
//! that, Telegram's `file_id` sends it again without an upload.

use std::collections::HashMap;
use std::future::IntoFuture;
use std::sync::{Arc, Mutex};

use teloxide::prelude::*;
use teloxide::types::{FileId, InlineKeyboardMarkup, InputFile, ParseMode};
use tokio::sync::OnceCell;

use super::app::{lock, App};
use super::schema::HandlerError;
use super::send::{self, with_retry, Failure};
use crate::config::Config;
use crate::content::Lang;
use crate::conversation::Catalog;
use crate::print::{self, Side};

/// One picture of the card. The back is the same English picture for every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Picture {
    /// The front, in this language.
    Front(Lang),
    /// The back.
    Back,
}

impl Picture {
    fn side(self) -> Side {
        match self {
            Picture::Front(_) => Side::Front,
            Picture::Back => Side::Back,
        }
    }

    fn file_name(self) -> String {
        match self {
            Picture::Front(lang) => format!("kyr-card-{}-front.png", lang.code()),
            Picture::Back => "kyr-card-back.png".to_string(),
        }
    }
}

/// The card's pictures: each drawn at most once, and Telegram's `file_id` of each once uploaded.
#[derive(Default)]
pub struct Cards {
    drawn: Mutex<HashMap<Picture, Arc<OnceCell<Vec<u8>>>>>,
    file_ids: Mutex<HashMap<Picture, FileId>>,
}

impl Cards {
    /// No picture drawn or uploaded yet.
    pub fn new() -> Cards {
        Cards::default()
    }

    /// Telegram's id of `picture`, once it has been uploaded.
    pub fn file_id(&self, picture: Picture) -> Option<FileId> {
        lock(&self.file_ids).get(&picture).cloned()
    }

    fn remember(&self, picture: Picture, file_id: FileId) {
        lock(&self.file_ids).insert(picture, file_id);
    }

    fn forget(&self, picture: Picture) {
        lock(&self.file_ids).remove(&picture);
    }

    /// The PNG of `picture`, drawn the first time it is asked for; chats asking at the same
    /// time wait for the same drawing.
    async fn png(&self, catalog: &Arc<Catalog>, bot_name: &str, picture: Picture) -> Result<Vec<u8>, HandlerError> {
        let cell = lock(&self.drawn).entry(picture).or_default().clone();
        let png = cell
            .get_or_try_init(|| {
                let catalog = catalog.clone();
                let bot_name = bot_name.to_string();
                async move {
                    let lang = match picture {
                        Picture::Front(lang) => lang,
                        Picture::Back => Lang::En,
                    };
                    tokio::task::spawn_blocking(move || {
                        print::card_png(catalog.content(), lang, picture.side(), &bot_name)
                    })
                    .await
                    .map_err(HandlerError::from)?
                    .map_err(HandlerError::from)
                }
            })
            .await?;
        Ok(png.clone())
    }
}

/// Sends the card to `chat_id`: the front in `lang` with the caption on how to use it, then the
/// back with its own caption and `keyboard` under it.
pub async fn send_card(
    bot: &Bot,
    app: &App,
    chat_id: ChatId,
    lang: Lang,
    keyboard: Option<InlineKeyboardMarkup>,
) -> Result<(), HandlerError> {
    let composer = app.catalog.composer();
    send_picture(
        bot,
        app,
        chat_id,
        Picture::Front(lang),
        composer.card_caption(lang, false),
        None,
    )
    .await?;
    send_picture(
        bot,
        app,
        chat_id,
        Picture::Back,
        composer.card_caption(lang, true),
        keyboard,
    )
    .await
}

async fn send_picture(
    bot: &Bot,
    app: &App,
    chat_id: ChatId,
    picture: Picture,
    caption: String,
    keyboard: Option<InlineKeyboardMarkup>,
) -> Result<(), HandlerError> {
    let request = |photo: InputFile| {
        let request = bot
            .send_photo(chat_id, photo)
            .caption(caption.clone())
            .parse_mode(ParseMode::Html);
        match &keyboard {
            Some(keyboard) => request.reply_markup(keyboard.clone()),
            None => request,
        }
    };
    if let Some(file_id) = app.cards.file_id(picture) {
        let sent = request(InputFile::file_id(file_id));
        match with_retry("sendPhoto", || sent.clone().into_future()).await {
            Ok(_) => return Ok(()),
            // Telegram no longer knows the id (a new bot token, say): upload it again.
            Err(e) if send::classify(&e) == Failure::Permanent => {
                tracing::warn!(picture = %picture.side(), "a cached card picture was refused; uploading it again");
                app.cards.forget(picture);
            }
            Err(e) => return Err(e.into()),
        }
    }
    let png = app.cards.png(&app.catalog, &app.username, picture).await?;
    let sent = request(InputFile::memory(png).file_name(picture.file_name()));
    let message = with_retry("sendPhoto", || sent.clone().into_future()).await?;
    let largest = message
        .photo()
        .and_then(|sizes| sizes.iter().max_by_key(|s| u64::from(s.width) * u64::from(s.height)));
    if let Some(size) = largest {
        app.cards.remember(picture, size.file.id.clone());
    }
    Ok(())
}

/// The bot's username, asked from Telegram (`kyr card` and `kyr flyer` without `--bot`).
pub async fn bot_username(config: &Config) -> anyhow::Result<String> {
    let mut bot = Bot::new(config.token.clone());
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    let me = with_retry("getMe", || bot.get_me().into_future()).await.map_err(|e| {
        anyhow::anyhow!("cannot ask Telegram for the bot's username ({e}): pass --bot NAME, or check TELOXIDE_TOKEN and the network")
    })?;
    Ok(me.username().to_string())
}
