//! The terminal adapter: the same conversation as Telegram, as plain text. Buttons are numbered;
//! typing a number presses one.

use std::io::{BufRead, Write};

use crate::content::Lang;
use crate::conversation::{Catalog, ChatContext, Command, Conversation, Effect, Input};
use crate::reply::{Action, Reply};

/// Name shown for inline-mode hints in the terminal, where there is no bot username.
const TERMINAL_BOT_NAME: &str = "kyr_bot";

/// Runs an interactive chat on `input`/`output` until end of input or `/quit`.
pub fn chat(
    catalog: &Catalog,
    lang: Option<Lang>,
    input: &mut dyn BufRead,
    output: &mut dyn Write,
) -> std::io::Result<()> {
    let conversation = Conversation::new(catalog, TERMINAL_BOT_NAME);
    let mut context = ChatContext {
        chosen: lang,
        client: None,
        traditional_chinese: false,
    };
    let first = conversation.handle(Input::Command(Command::Start(String::new())), context);
    print_reply(output, &first.reply)?;
    writeln!(
        output,
        "\n(Type a question, a button number, /help, or /quit to leave.)"
    )?;
    let mut last: Reply = first.reply;
    let mut shown = None;
    let mut line = String::new();
    loop {
        write!(output, "\n> ")?;
        output.flush()?;
        line.clear();
        if input.read_line(&mut line)? == 0 {
            break;
        }
        let text = line.trim_end_matches(['\n', '\r']);
        if matches!(text.trim(), "/quit" | "/exit" | "quit" | "exit") {
            break;
        }
        let pressed = text
            .trim()
            .parse::<usize>()
            .ok()
            .and_then(|n| last.numbered_actions().get(n.wrapping_sub(1)).copied())
            .map(|action| (action, Some(last.lang)));
        let turn = match (pressed, Command::parse(text, None)) {
            (Some((Action::Share(_), _)), _) => {
                writeln!(output, "(In Telegram this button shares the answer into another chat.)")?;
                continue;
            }
            (Some((action, reply_lang)), _) => {
                conversation.handle_after(Input::Press(action, reply_lang), context, shown)
            }
            (None, Some(command)) => conversation.handle_after(Input::Command(command), context, shown),
            (None, None) => conversation.handle_after(Input::Text(text), context, shown),
        };
        match turn.effect {
            Some(Effect::ChooseLanguage(chosen)) => context.chosen = Some(chosen),
            Some(Effect::Forget) => context.chosen = None,
            // The terminal shows no pictures: the reply is the card as text.
            Some(Effect::SendCard(_)) | None => {}
        }
        print_reply(output, &turn.reply)?;
        shown = turn.shown;
        last = turn.reply;
    }
    Ok(())
}

fn print_reply(output: &mut dyn Write, reply: &Reply) -> std::io::Result<()> {
    writeln!(output, "\n{}", reply.to_plain())
}
