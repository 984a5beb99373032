//! The bot's own membership: when it is blocked or removed from a chat, that chat is forgotten.

use std::sync::Arc;

use teloxide::types::{ChatMemberStatus, ChatMemberUpdated};

use super::app::App;
use super::schema::HandlerResult;
use crate::conversation::Effect;

/// Forgets a chat (language, subscription, queued alerts, any flow in progress) when the bot is
/// blocked there or removed from it.
pub async fn on_membership(update: ChatMemberUpdated, app: Arc<App>) -> HandlerResult {
    if matches!(
        update.new_chat_member.status(),
        ChatMemberStatus::Banned | ChatMemberStatus::Left
    ) {
        app.apply(update.chat.id, Some(Effect::Forget)).await;
        tracing::info!(
            update = "my_chat_member",
            "bot removed from a chat; its data was deleted"
        );
    }
    Ok(())
}
