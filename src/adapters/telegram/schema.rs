//! The handler tree: which endpoint answers which update. Routing lives here and only here, as
//! filters (a command for this bot, an admin, a chat's dialogue state, text addressed to the bot)
//! in the way teloxide's own examples build it.

use std::error::Error;
use std::sync::Arc;

use teloxide::dispatching::{HandlerExt, UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;

use super::app::{App, ChatState, Dialogues};
use super::callback::{self, Press};
use super::report::{self, Reporting};
use super::{admin_alert, chat, inline, membership, subscribe, verify};
use crate::alerts::Draft;
use crate::conversation::Command;
use crate::reply::Action;

/// What a handler returns.
pub type HandlerResult = Result<(), HandlerError>;
/// A handler's failure (logged by kind only).
pub type HandlerError = Box<dyn Error + Send + Sync>;

/// Text addressed to the bot, with mentions of it removed.
#[derive(Debug, Clone)]
pub struct Addressed(pub String);

/// The handler tree: messages, button presses, inline queries, and the bot's own membership.
pub fn schema() -> UpdateHandler<HandlerError> {
    let commands = dptree::filter_map(command_for_us)
        .branch(dptree::case![Command::Subscribe(channel)].endpoint(subscribe::on_subscribe))
        .branch(dptree::case![Command::Unsubscribe].endpoint(subscribe::on_unsubscribe))
        .branch(
            dptree::case![Command::Alert]
                .branch(dptree::filter(is_private_admin).endpoint(admin_alert::start))
                .endpoint(admin_alert::refuse),
        )
        .branch(dptree::case![Command::Report].endpoint(report::on_report))
        .branch(
            dptree::case![Command::Cancel]
                .branch(dptree::case![ChatState::DraftingAlert(draft)].endpoint(admin_alert::cancel_command))
                .branch(dptree::filter_map(report_in_progress).endpoint(report::on_cancel)),
        )
        .endpoint(chat::on_command);

    let messages = Update::filter_message()
        .enter_dialogue::<Message, Dialogues, ChatState>()
        .branch(commands)
        .branch(
            dptree::case![ChatState::DraftingAlert(draft)]
                .filter(|draft: Draft| draft.awaits_text())
                .filter(is_private_admin)
                .filter(|msg: Message| msg.text().is_some())
                .endpoint(admin_alert::receive_text),
        )
        .branch(dptree::filter_map(report_taking_messages).endpoint(report::on_message))
        .branch(dptree::filter_map(addressed_text).endpoint(chat::on_text))
        .branch(dptree::filter(non_text_for_us).endpoint(chat::on_non_text));

    let presses = Update::filter_callback_query()
        .inspect_async(chat::clear_spinner)
        .enter_dialogue::<CallbackQuery, Dialogues, ChatState>()
        .branch(
            dptree::filter_map(decode_press)
                .branch(dptree::case![Press::Report(press)].endpoint(report::on_press))
                .branch(dptree::case![Press::Verify(verdict, group)].endpoint(verify::on_verdict))
                .branch(dptree::case![Press::Mute(report)].endpoint(verify::on_mute))
                .branch(
                    dptree::filter(|press: Press| matches!(press, Press::Action(Action::Report, _)))
                        .endpoint(report::on_report_button),
                )
                .branch(dptree::case![Press::Action(action, lang)].endpoint(chat::on_press))
                .branch(dptree::case![Press::ToggleRegion(region)].endpoint(subscribe::on_toggle))
                .branch(dptree::case![Press::SubscribeDone].endpoint(subscribe::on_done))
                .branch(
                    dptree::filter(is_admin_press)
                        .branch(dptree::case![Press::AlertRegion(region)].endpoint(admin_alert::on_region))
                        .branch(dptree::case![Press::AlertSend].endpoint(admin_alert::on_send))
                        .branch(dptree::case![Press::ReportAlertSend(group)].endpoint(verify::on_send_alert)),
                )
                .branch(dptree::case![Press::AlertCancel].endpoint(admin_alert::on_cancel))
                .endpoint(admin_alert::refuse_press),
        )
        .endpoint(chat::on_stale_press);

    dptree::entry()
        .branch(messages)
        .branch(presses)
        .branch(Update::filter_inline_query().endpoint(inline::on_inline))
        .branch(Update::filter_my_chat_member().endpoint(membership::on_membership))
}

/// A command addressed to this bot (`/cmd` or `/cmd@this_bot`), parsed once.
fn command_for_us(msg: Message, app: Arc<App>) -> Option<Command> {
    Command::parse(msg.text()?, Some(&app.username))
}

fn is_private_admin(msg: Message, app: Arc<App>) -> bool {
    msg.chat.is_private() && app.is_admin(msg.from.as_ref())
}

fn is_admin_press(q: CallbackQuery, app: Arc<App>) -> bool {
    app.is_admin(Some(&q.from))
}

fn decode_press(q: CallbackQuery, app: Arc<App>) -> Option<Press> {
    callback::decode(&app.catalog, q.data.as_deref()?)
}

/// The report a private chat is writing, if any.
fn report_in_progress(msg: Message, app: Arc<App>) -> Option<Reporting> {
    if !msg.chat.is_private() {
        return None;
    }
    report::in_progress(&app, msg.chat.id)
}

/// The report a private chat is writing, when its step takes a typed answer or a photo.
fn report_taking_messages(msg: Message, app: Arc<App>) -> Option<Reporting> {
    report_in_progress(msg, app).filter(|reporting| reporting.draft.takes_messages())
}

/// Whether a message replies to one of the bot's own.
fn replies_to_us(msg: &Message, app: &App) -> bool {
    msg.reply_to_message()
        .and_then(|r| r.from.as_ref())
        .is_some_and(|u| u.id == app.bot_id)
}

/// Free text for the conversation: any text in a private chat; in groups, where privacy mode
/// stays on, only text that mentions the bot or replies to it.
fn addressed_text(msg: Message, app: Arc<App>) -> Option<Addressed> {
    let text = msg.text()?;
    // Stripping the mention also finds it: a text it shortened was addressed to the bot.
    let cleaned = strip_mention(text, &app.username);
    let mentioned = cleaned.len() != text.len();
    (msg.chat.is_private() || mentioned || replies_to_us(&msg, &app)).then_some(Addressed(cleaned))
}

/// Stickers, photos, voice and the like, in a private chat or in reply to the bot.
fn non_text_for_us(msg: Message, app: Arc<App>) -> bool {
    msg.text().is_none() && (msg.chat.is_private() || replies_to_us(&msg, &app))
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

#[cfg(test)]
mod tests {
    use super::strip_mention;

    #[test]
    fn mentions_are_removed_in_any_ascii_case_and_nothing_else() {
        assert_eq!(strip_mention("@Kyr_Bot ice at my door", "kyr_bot"), " ice at my door");
        assert_eq!(strip_mention("İİ @kyr_bot ayuda", "kyr_bot"), "İİ  ayuda");
        assert_eq!(strip_mention("no mention here", "kyr_bot"), "no mention here");
        assert_eq!(strip_mention("@kyr_bot@kyr_bot", "kyr_bot"), "");
    }
}
