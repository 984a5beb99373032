//! The state every handler shares, injected into the handler tree: the content, the store, who
//! the bot is and who its admins are, and each chat's dialogue state.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use teloxide::dispatching::dialogue::{Dialogue, InMemStorage, Storage};
use teloxide::types::{ChatId, Me, MessageId, User, UserId};

use super::card::Cards;
use crate::alerts::{BroadcastHandle, Draft};
use crate::content::Lang;
use crate::conversation::{Catalog, ChatContext, Conversation, Effect};
use crate::reply::Action;
use crate::reports::Towns;
use crate::store::Store;

/// Where a chat stands in a multi-step flow. Kept in memory only: nothing is stored until the
/// flow ends (a subscription saved, an alert queued).
#[derive(Debug, Clone, Default)]
pub enum ChatState {
    /// No flow in progress.
    #[default]
    Idle,
    /// `/subscribe`: the counties toggled so far.
    PickingRegions(Vec<String>),
    /// `/alert`: an admin's draft.
    DraftingAlert(Draft),
}

/// Storage of every chat's [`ChatState`].
pub type Dialogues = InMemStorage<ChatState>;
/// One chat's dialogue.
pub type ChatDialogue = Dialogue<ChatState, Dialogues>;

/// Progress messages of running alerts, shared by the handlers and the broadcaster: alert id →
/// (admin chat, message, language).
pub type ProgressMessages = Arc<Mutex<HashMap<i64, (ChatId, MessageId, Lang)>>>;

/// Rapid-response reports, when `KYR_VERIFIERS_CHAT` is set.
#[derive(Clone)]
pub struct ReportsSetup {
    /// The verifiers' private group.
    pub verifiers_chat: ChatId,
    /// The salt of reporters' hashes (never logged).
    pub salt: String,
}

/// Everything the handlers share.
pub struct App {
    /// The content, matcher and answer cache.
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
    /// Every chat's dialogue state (the same storage the handler tree enters dialogues from).
    pub dialogues: Arc<Dialogues>,
    /// Where each running alert's progress message is.
    pub progress: ProgressMessages,
    /// The rights card's pictures, drawn and uploaded once per language.
    pub cards: Cards,
    /// Rapid-response reports; `None` when they are not enabled.
    pub reports: Option<ReportsSetup>,
    /// Connecticut's towns, for reports.
    pub towns: Arc<Towns>,
    /// The answer part ("More details", "Who to call") each chat was just shown, so the same
    /// button pressed again right away is not answered with the same long message twice.
    shown: Mutex<HashMap<i64, Action>>,
}

impl App {
    /// Builds the shared state (reports off: see [`App::with_reports`]).
    pub fn new(
        catalog: Arc<Catalog>,
        store: Arc<Store>,
        me: &Me,
        admin_ids: Vec<u64>,
        broadcast: BroadcastHandle,
        progress: ProgressMessages,
        towns: Arc<Towns>,
    ) -> App {
        App {
            catalog,
            store,
            username: me.username().to_string(),
            bot_id: me.id,
            admin_ids,
            broadcast,
            dialogues: InMemStorage::new(),
            progress,
            cards: Cards::new(),
            reports: None,
            towns,
            shown: Mutex::new(HashMap::new()),
        }
    }

    /// The same state with reports enabled.
    pub fn with_reports(self, reports: Option<ReportsSetup>) -> App {
        App { reports, ..self }
    }

    /// The answer part a chat's last turn showed.
    pub fn shown(&self, chat_id: ChatId) -> Option<Action> {
        lock(&self.shown).get(&chat_id.0).copied()
    }

    /// Remembers the part a chat's last turn showed (or that it showed none).
    pub fn set_shown(&self, chat_id: ChatId, shown: Option<Action>) {
        let mut map = lock(&self.shown);
        match shown {
            Some(action) => {
                map.insert(chat_id.0, action);
            }
            None => {
                map.remove(&chat_id.0);
            }
        }
    }

    /// The conversation over this bot's catalog.
    pub fn conversation(&self) -> Conversation<'_> {
        Conversation::new(&self.catalog, &self.username)
    }

    /// Whether `user` may send alerts.
    pub fn is_admin(&self, user: Option<&User>) -> bool {
        user.is_some_and(|u| self.admin_ids.contains(&u.id.0))
    }

    /// What kyr knows about a chat: its chosen language, and the client's.
    pub fn context(&self, chat_id: ChatId, client: Option<&str>) -> ChatContext {
        let chosen = self.store.language(chat_id.0).unwrap_or_else(|e| {
            tracing::error!(error = %e, "reading a chat's language failed");
            None
        });
        ChatContext::new(chosen, client)
    }

    /// The language to answer a chat in when the message carries none.
    pub fn lang(&self, chat_id: ChatId, client: Option<&str>) -> Lang {
        self.context(chat_id, client).lang()
    }

    /// Carries out a conversation effect for a chat. Failures are logged: the reply still goes.
    pub async fn apply(&self, chat_id: ChatId, effect: Option<Effect>) {
        let result = match effect {
            Some(Effect::ChooseLanguage(lang)) => self.store.set_language(chat_id.0, lang),
            Some(Effect::Forget) => {
                // A flow in progress is part of what the chat asked to forget.
                let _ = self.dialogues.clone().remove_dialogue(chat_id).await;
                self.set_shown(chat_id, None);
                self.store.forget(chat_id.0).map(|_| ())
            }
            // The reply's sender draws and sends the card.
            Some(Effect::SendCard(_)) | None => Ok(()),
        };
        if let Err(e) = result {
            tracing::error!(error = %e, "saving chat state failed");
        }
    }
}

/// Locks shared state; a panic elsewhere while it was held leaves nothing half-written here, so
/// the bot keeps serving rather than failing every later update.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
