//! Starting and stopping the bot: learn who it is, register its menus, start the broadcaster and
//! the long-polling dispatcher; stop them together, gracefully. Logging and signals belong to the
//! binary: [`serve`] takes its shutdown signal as a parameter.

use std::collections::HashMap;
use std::future::{Future, IntoFuture};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use teloxide::dispatching::{DefaultKey, Dispatcher};
use teloxide::prelude::*;
use teloxide::update_listeners::{Polling, UpdateListener};

use super::app::{App, ProgressMessages, ReportsSetup};
use super::menus::register_commands;
use super::prefetch::Prefetching;
use super::schema::{schema, HandlerError};
use super::send::{self, with_retry};
use super::sender::TelegramSender;
use crate::alerts::{BroadcastHandle, Broadcaster};
use crate::config::{Config, ReportsConfig};
use crate::conversation::Catalog;
use crate::reports::Towns;
use crate::store::Store;

/// A running bot: its dispatcher and broadcaster, stoppable together.
pub struct Running {
    polling: teloxide::stop::StopToken,
    broadcast: BroadcastHandle,
    dispatcher: tokio::task::JoinHandle<()>,
    broadcaster: tokio::task::JoinHandle<()>,
    upkeep: tokio::task::JoinHandle<()>,
}

/// How the bot runs: who may send alerts, how fast, and rapid-response reports.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Telegram user ids allowed to send alerts (`KYR_ADMIN_IDS`).
    pub admin_ids: Vec<u64>,
    /// Overall broadcast rate, messages per second (`KYR_BROADCAST_RATE`).
    pub broadcast_rate: u32,
    /// Rapid-response reports (off without a verifiers' chat).
    pub reports: ReportsConfig,
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
        self.upkeep.abort();
    }

    /// Waits until the dispatcher ends by itself.
    pub async fn wait(&mut self) {
        let _ = (&mut self.dispatcher).await;
    }
}

/// Starts the bot on `bot` (whose API URL may point at a local or fake server): learns its own
/// username, registers commands, resumes unfinished alerts, and starts long polling. Reports are
/// off; [`start_with`] sets everything.
pub async fn start(
    bot: Bot,
    catalog: Arc<Catalog>,
    store: Arc<Store>,
    admin_ids: Vec<u64>,
    broadcast_rate: u32,
) -> anyhow::Result<Running> {
    let options = Options {
        admin_ids,
        broadcast_rate,
        reports: ReportsConfig::default(),
    };
    start_with(bot, catalog, store, options).await
}

/// Starts the bot with every option: as [`start`], plus rapid-response reports and their upkeep
/// (a task that deletes reports older than `KYR_REPORT_TTL`, and posts again to the verifiers
/// the reports that could not be posted).
pub async fn start_with(
    bot: Bot,
    catalog: Arc<Catalog>,
    store: Arc<Store>,
    options: Options,
) -> anyhow::Result<Running> {
    let Options {
        admin_ids,
        broadcast_rate,
        reports,
    } = options;
    let towns = Arc::new(Towns::embedded()?);
    let setup = match reports.verifiers_chat {
        Some(chat) => Some(ReportsSetup {
            verifiers_chat: ChatId(chat),
            salt: store
                .report_salt(reports.salt.as_deref())
                .map_err(|e| anyhow::anyhow!("{e} (the report salt)"))?,
        }),
        None => None,
    };
    let me = with_retry("getMe", || bot.get_me().into_future()).await.map_err(|e| {
        anyhow::anyhow!("cannot reach Telegram ({e}): check TELOXIDE_TOKEN, TELOXIDE_API_URL and the network")
    })?;
    register_commands(&bot, &catalog).await;
    let progress: ProgressMessages = Arc::new(Mutex::new(HashMap::new()));
    let sender = Arc::new(TelegramSender::new(bot.clone(), catalog.clone(), progress.clone()));
    let broadcaster = Broadcaster::new(store.clone(), catalog.clone(), sender, broadcast_rate);
    let broadcast = broadcaster.handle();
    let broadcaster = tokio::spawn(async move {
        if let Err(e) = broadcaster.run().await {
            tracing::error!(error = %e, "the alert broadcaster stopped");
        }
    });
    let app =
        Arc::new(App::new(catalog, store, &me, admin_ids, broadcast.clone(), progress, towns).with_reports(setup));
    let upkeep = tokio::spawn(report_upkeep(bot.clone(), app.clone(), reports.ttl));
    let dialogues = app.dialogues.clone();
    let mut dispatcher: Dispatcher<Bot, HandlerError, DefaultKey> = Dispatcher::builder(bot.clone(), schema())
        .dependencies(dptree::deps![app, dialogues])
        .default_handler(|_| async {})
        .error_handler(Arc::new(log_handler_error))
        .build();
    let mut listener = Prefetching::new(Polling::builder(bot).timeout(Duration::from_secs(10)).build());
    let polling = listener.stop_token();
    let dispatcher = tokio::spawn(async move {
        dispatcher
            .dispatch_with_listener(listener, Arc::new(log_polling_error))
            .await;
    });
    tracing::info!(bot = %me.username(), reports = app_reports_on(&reports), "serving Telegram");
    Ok(Running {
        polling,
        broadcast,
        dispatcher,
        broadcaster,
        upkeep,
    })
}

fn app_reports_on(reports: &ReportsConfig) -> bool {
    reports.verifiers_chat.is_some()
}

/// Every so often (a quarter of the time to live, between a quarter of a second and a minute):
/// deletes reports (and reports being written) older than `ttl`, and posts again to the
/// verifiers every open report they never received, so a report sent while the bot was not yet
/// in their group, or while Telegram failed, still reaches them before it expires.
async fn report_upkeep(bot: Bot, app: Arc<App>, ttl: Duration) {
    let every = (ttl / 4).clamp(Duration::from_millis(250), Duration::from_secs(60));
    let ttl_secs = i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX);
    // A report is left to its first post for at least one round (and a second), so the two
    // never post it together.
    let settle = i64::try_from(every.as_secs()).unwrap_or(60) + 1;
    let mut ticks = tokio::time::interval(every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let now = super::report::unix_now();
        match app.store.expire_reports(now.saturating_sub(ttl_secs), now) {
            Ok(0) => {}
            Ok(deleted) => tracing::info!(reports = deleted, "expired reports deleted"),
            Err(e) => tracing::error!(error = %e, "deleting expired reports failed"),
        }
        let Some(setup) = &app.reports else {
            continue;
        };
        match app.store.unposted_groups(now - settle) {
            Ok(groups) => {
                for (id, group) in groups {
                    tracing::info!(report = id, group, "posting a report the verifiers never received");
                    super::verify::post_for_verification(&bot, &app, setup, id, group).await;
                }
            }
            Err(e) => tracing::error!(error = %e, "reading reports not yet posted failed"),
        }
    }
}

/// Serves Telegram with `config` until `shutdown` resolves, then stops gracefully.
pub async fn serve(catalog: Catalog, config: Config, shutdown: impl Future<Output = ()>) -> anyhow::Result<()> {
    let store =
        Store::open(&config.db_path).map_err(|e| anyhow::anyhow!("{e} (database at {})", config.db_path.display()))?;
    let mut bot = Bot::new(config.token.clone());
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    let options = Options {
        admin_ids: config.admin_ids.clone(),
        broadcast_rate: config.broadcast_rate,
        reports: config.reports.clone(),
    };
    let running = start_with(bot, Arc::new(catalog), Arc::new(store), options).await?;
    shutdown.await;
    tracing::info!("shutting down: finishing replies and alert sends in flight");
    running.stop().await;
    Ok(())
}

/// Logs a failed long poll by its kind only: the error's text can quote Telegram's raw answer,
/// which would contain what users wrote.
async fn log_polling_error(error: teloxide::RequestError) {
    tracing::warn!(failure = ?send::classify(&error), "polling failed; retrying");
}

/// Logs a failed handler without its message (handlers never put user text in errors, but the
/// rule is simpler to keep when nothing but the kind is logged).
async fn log_handler_error(error: HandlerError) {
    let kind = match error.downcast_ref::<teloxide::RequestError>() {
        Some(request) => format!("{:?}", send::classify(request)),
        None => "internal".to_string(),
    };
    tracing::error!(kind, "a handler failed");
}
