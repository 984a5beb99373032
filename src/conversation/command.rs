//! The commands kyr knows, parsed once from text (`/start door_es`, `/help@kyr_bot`) and used by
//! the conversation, the terminal, Telegram's handler tree and the localized command menus.

use crate::content::Category;

/// A command, with its argument where it takes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `/start [payload]`: the welcome, or a deep link such as `door_es` or `es`.
    Start(String),
    /// `/help`.
    Help,
    /// `/topics` or `/menu`.
    Topics,
    /// `/emergency` or `/sos`.
    Emergency,
    /// `/resources`.
    Resources,
    /// `/card`: the rights card.
    Card,
    /// `/language [tag]` or `/lang [tag]`.
    Language(String),
    /// `/privacy`.
    Privacy,
    /// `/forget`.
    Forget,
    /// `/encounter`, `/rights`, `/conversation`: one category's topics.
    Category(Category),
    /// `/subscribe [@channel]` (Telegram).
    Subscribe(Option<String>),
    /// `/unsubscribe` (Telegram).
    Unsubscribe,
    /// `/alert` (Telegram, bot admins).
    Alert,
    /// `/cancel` (Telegram, an alert being drafted or a report being written).
    Cancel,
    /// `/report`: report ICE activity to the rapid-response team (Telegram, private chats).
    Report,
    /// Any other command.
    Unknown,
}

/// One entry of the command menu: the command and the Fluent id of its description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MenuEntry {
    /// The command, without `/`.
    pub command: &'static str,
    /// Fluent id of its one-line description.
    pub description: &'static str,
}

/// The command menu every adapter shows, in order.
pub const MENU: [MenuEntry; 12] = [
    MenuEntry {
        command: "start",
        description: "cmd-start",
    },
    MenuEntry {
        command: "emergency",
        description: "cmd-emergency",
    },
    MenuEntry {
        command: "report",
        description: "cmd-report",
    },
    MenuEntry {
        command: "topics",
        description: "cmd-topics",
    },
    MenuEntry {
        command: "resources",
        description: "cmd-resources",
    },
    MenuEntry {
        command: "card",
        description: "cmd-card",
    },
    MenuEntry {
        command: "language",
        description: "cmd-language",
    },
    MenuEntry {
        command: "help",
        description: "cmd-help",
    },
    MenuEntry {
        command: "privacy",
        description: "cmd-privacy",
    },
    MenuEntry {
        command: "forget",
        description: "cmd-forget",
    },
    MenuEntry {
        command: "subscribe",
        description: "cmd-subscribe",
    },
    MenuEntry {
        command: "unsubscribe",
        description: "cmd-unsubscribe",
    },
];

impl Command {
    /// Parses a message that may be a command. `None` when `text` is not a command, or is
    /// addressed to another bot (`/help@other_bot`); `bot` is this bot's username, if it has one.
    ///
    /// ```
    /// use kyr::conversation::Command;
    ///
    /// assert_eq!(Command::parse("/start door_es", None), Some(Command::Start("door_es".into())));
    /// assert_eq!(Command::parse("/help@kyr_bot", Some("kyr_bot")), Some(Command::Help));
    /// assert_eq!(Command::parse("/help@other_bot", Some("kyr_bot")), None);
    /// assert_eq!(Command::parse("ICE is at my door", Some("kyr_bot")), None);
    /// ```
    pub fn parse(text: &str, bot: Option<&str>) -> Option<Command> {
        let rest = text.trim_start().strip_prefix('/')?;
        let (head, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        let (name, addressee) = match head.split_once('@') {
            Some((name, to)) => (name, Some(to)),
            None => (head, None),
        };
        let for_another_bot = match (addressee, bot) {
            (Some(to), Some(bot)) => !to.eq_ignore_ascii_case(bot),
            _ => false,
        };
        if name.is_empty() || for_another_bot {
            return None;
        }
        Some(Command::from_parts(&name.to_lowercase(), args))
    }

    /// The command called `name` (lower case, without `/`) with argument text `args`.
    pub fn from_parts(name: &str, args: &str) -> Command {
        let arg = args.trim();
        match name {
            "start" => Command::Start(arg.to_string()),
            "help" => Command::Help,
            "topics" | "menu" => Command::Topics,
            "emergency" | "sos" => Command::Emergency,
            "resources" => Command::Resources,
            "card" => Command::Card,
            "language" | "lang" => Command::Language(arg.to_string()),
            "privacy" => Command::Privacy,
            "forget" => Command::Forget,
            "subscribe" => Command::Subscribe(arg.split_whitespace().next().map(str::to_string)),
            "unsubscribe" => Command::Unsubscribe,
            "alert" => Command::Alert,
            "cancel" => Command::Cancel,
            "report" => Command::Report,
            other => Category::from_name(other).map_or(Command::Unknown, Command::Category),
        }
    }

    /// The name logs use for this command (never its argument, which a user wrote).
    pub fn kind(&self) -> &'static str {
        match self {
            Command::Start(_) => "start",
            Command::Help => "help",
            Command::Topics => "topics",
            Command::Emergency => "emergency",
            Command::Resources => "resources",
            Command::Card => "card",
            Command::Language(_) => "language",
            Command::Privacy => "privacy",
            Command::Forget => "forget",
            Command::Category(_) => "category",
            Command::Subscribe(_) => "subscribe",
            Command::Unsubscribe => "unsubscribe",
            Command::Alert => "alert",
            Command::Cancel => "cancel",
            Command::Report => "report",
            Command::Unknown => "unknown",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_names_arguments_and_addressees() {
        assert_eq!(
            Command::parse("/start door_es", None),
            Some(Command::Start("door_es".into()))
        );
        assert_eq!(Command::parse("  /HELP@Kyr_Bot", Some("kyr_bot")), Some(Command::Help));
        assert_eq!(Command::parse("/help@other_bot", Some("kyr_bot")), None);
        assert_eq!(Command::parse("/help@other_bot", None), Some(Command::Help));
        assert_eq!(Command::parse("/lang ht", None), Some(Command::Language("ht".into())));
        assert_eq!(
            Command::parse("/subscribe @news more", None),
            Some(Command::Subscribe(Some("@news".into())))
        );
        assert_eq!(
            Command::parse("/rights", None),
            Some(Command::Category(Category::Rights))
        );
        assert_eq!(Command::parse("/nonsense", None), Some(Command::Unknown));
        assert_eq!(Command::parse("hello /start", None), None);
        assert_eq!(Command::parse("/", None), None);
        assert_eq!(Command::parse("/@kyr_bot", Some("kyr_bot")), None);
    }

    #[test]
    fn every_menu_command_parses_to_a_known_command() {
        for entry in MENU {
            let parsed = Command::from_parts(entry.command, "");
            assert_ne!(parsed, Command::Unknown, "{}", entry.command);
            assert_eq!(parsed.kind(), entry.command);
        }
    }
}
