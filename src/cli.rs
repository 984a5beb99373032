//! The command line: what each `kyr` command does. Serving Telegram is handed back to `main`,
//! which owns logging and signals.

use std::io::{BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use kyr::adapters::terminal;
use kyr::content::{self, Lang};
use kyr::conversation::{ChatContext, Command, Conversation, Input};
use kyr::print::{self, Side};
use kyr::Catalog;
/// kyr: know-your-rights answers for immigrants in Connecticut.
///
/// With no command: serves Telegram when TELOXIDE_TOKEN is set (environment or .env), otherwise
/// starts the same conversation in the terminal.
#[derive(Parser)]
#[command(name = "kyr", version, about)]
pub struct Cli {
    /// Read content from this folder (its intents/ and locales/) instead of the built-in copy.
    #[arg(long, global = true, env = "KYR_CONTENT_DIR", value_name = "DIR")]
    content: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Print the reply to one message exactly as the bot gives it, as plain text.
    Ask {
        /// Answer in this language (en, es, pt, ht, fr, pl, zh, ar) instead of the message's own.
        #[arg(long)]
        lang: Option<Lang>,
        /// The message.
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
    },
    /// Print the whole answer of one intent (id or slug): first screen, details, who to call.
    Show {
        /// Intent id, such as ice_at_door, or its slug, such as door.
        intent: String,
        /// Language (en, es, pt, ht, fr, pl, zh, ar); default English.
        #[arg(long)]
        lang: Option<Lang>,
        /// Print Telegram HTML instead of plain text.
        #[arg(long)]
        html: bool,
        /// Print only the first screen (what the bot sends first), as plain text.
        #[arg(long)]
        first: bool,
    },
    /// Read one message per line on stdin; write one JSON classification per line.
    Classify {
        /// Language to report when a message's own language cannot be told.
        #[arg(long)]
        lang: Option<Lang>,
    },
    /// Validate all content and list every problem; exits non-zero if there is any.
    Check,
    /// Build the matcher from the examples and write it to intents/matcher.model, so start-up
    /// reads it instead of building it. Run after changing examples or intents; commit the file.
    Train,
    /// Chat in the terminal, with the same flow as Telegram.
    Chat {
        /// Answer in this language from the start.
        #[arg(long)]
        lang: Option<Lang>,
    },
    /// Serve Telegram (needs TELOXIDE_TOKEN).
    Run,
    /// List past community alerts and their delivery counts.
    Alerts,
    /// Draw the rights card: one side (PNG, SVG or PDF), or the print sheet (PDF, 10 per page).
    Card {
        /// Language of the front (en, es, pt, ht, fr, pl, zh, ar); the back is always English.
        #[arg(long)]
        lang: Lang,
        /// Which side: front or back (not with --sheet).
        #[arg(long, conflicts_with = "sheet", required_unless_present = "sheet")]
        side: Option<Side>,
        /// The print sheet instead: US Letter, fronts on page 1 and backs on page 2 for duplex.
        #[arg(long)]
        sheet: bool,
        #[command(flatten)]
        output: Output,
    },
    /// Draw a half-letter flyer of one answer: its first screen and a QR code that opens it.
    Flyer {
        /// Intent id, such as ice_at_door, or its slug, such as door.
        intent: String,
        /// Language (en, es, pt, ht, fr, pl, zh, ar).
        #[arg(long)]
        lang: Lang,
        #[command(flatten)]
        output: Output,
    },
    /// List open and recent rapid-response reports by state and town (nothing about reporters).
    Reports,
}

/// Where and how `kyr card` and `kyr flyer` write, and the bot their QR codes open.
#[derive(clap::Args)]
struct Output {
    /// png, svg or pdf; default from the --out extension.
    #[arg(long)]
    format: Option<Format>,
    /// Where to write it.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// The bot's username for the QR code (default: asked from Telegram when TELOXIDE_TOKEN is set).
    #[arg(long, value_name = "NAME")]
    bot: Option<String>,
}

/// The file formats `kyr card` and `kyr flyer` write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Png,
    Svg,
    Pdf,
}

impl Format {
    /// The format `--format` names, else the one `out`'s extension names.
    fn of(format: Option<Format>, out: &Path) -> Result<Format> {
        if let Some(format) = format {
            return Ok(format);
        }
        let extension = out
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        match extension.as_str() {
            "png" => Ok(Format::Png),
            "svg" => Ok(Format::Svg),
            "pdf" => Ok(Format::Pdf),
            _ => anyhow::bail!(
                "cannot tell the format of {}: end it in .png, .svg or .pdf, or pass --format png|svg|pdf",
                out.display()
            ),
        }
    }
}

/// The bot's username for QR codes: `--bot`, else Telegram's answer to getMe.
fn bot_name(bot: Option<String>) -> Result<String> {
    if let Some(name) = bot {
        let name = name.trim().trim_start_matches('@').to_string();
        let valid = (5..=32).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        anyhow::ensure!(
            valid,
            "--bot {name:?} is not a Telegram username (5-32 letters, digits or _, without @)"
        );
        return Ok(name);
    }
    if std::env::var_os("TELOXIDE_TOKEN").is_none_or(|t| t.is_empty()) {
        anyhow::bail!("the QR code needs the bot's username: pass --bot NAME, or set TELOXIDE_TOKEN to ask Telegram");
    }
    let config = kyr::config::Config::from_env()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(kyr::adapters::telegram::bot_username(&config))
}

fn write_output(out: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(out, bytes).with_context(|| format!("writing {}", out.display()))?;
    eprintln!("wrote {} ({} KB)", out.display(), bytes.len().div_ceil(1024));
    Ok(())
}

fn load_catalog(dir: Option<&PathBuf>, checked: bool) -> Result<Catalog> {
    let (sources, model) = match dir {
        Some(dir) => {
            let reading = || format!("reading content from {}", dir.display());
            let sources = content::dir_sources(dir).with_context(reading)?;
            let model = content::dir_model(dir).with_context(reading)?;
            (sources, model.map(std::borrow::Cow::Owned))
        }
        None => (
            content::embedded_sources(),
            content::embedded_model().map(std::borrow::Cow::Borrowed),
        ),
    };
    let model = model.as_deref();
    let catalog = if checked {
        kyr::check::load(&sources, model)
    } else {
        Catalog::load_unchecked(&sources, model)
    };
    catalog.map_err(|e| anyhow::anyhow!("{e}Run `kyr check` for the full list, fix the files, and try again."))
}

/// What `main` does after the command line is parsed.
// Made once per process and moved straight into `main`'s match: boxing the catalog saves nothing.
#[allow(clippy::large_enum_variant)]
pub enum Outcome {
    /// The command ran; exit with this code.
    Done(ExitCode),
    /// Serve Telegram with this catalog.
    Serve(Catalog),
}

/// Parses the command line and runs its command.
pub fn run() -> Result<Outcome> {
    let cli = Cli::parse();
    match cli.command {
        Some(Cmd::Check) => {
            let catalog = match load_catalog(cli.content.as_ref(), false) {
                Ok(catalog) => catalog,
                Err(e) => {
                    eprintln!("{e}");
                    return Ok(Outcome::Done(ExitCode::FAILURE));
                }
            };
            let problems = kyr::check::check(&catalog);
            if problems.is_empty() {
                println!(
                    "content ok: {} intents, {} referrals, {} examples, {} languages",
                    catalog.intents().len(),
                    catalog.referrals().len(),
                    catalog.examples().len(),
                    Lang::ALL.len()
                );
                Ok(Outcome::Done(ExitCode::SUCCESS))
            } else {
                for problem in &problems {
                    println!("{problem}");
                }
                println!("{} problem(s)", problems.len());
                Ok(Outcome::Done(ExitCode::FAILURE))
            }
        }
        Some(Cmd::Train) => train(cli.content.as_deref()),
        Some(Cmd::Ask { lang, text }) => {
            let catalog = load_catalog(cli.content.as_ref(), true)?;
            let text = text.join(" ");
            let conversation = Conversation::new(&catalog, "kyr_bot");
            let context = ChatContext {
                chosen: lang,
                client: None,
                traditional_chinese: false,
            };
            let input = match Command::parse(&text, None) {
                Some(command) => conversation.handle(Input::Command(command), context),
                None => conversation.handle(Input::Text(&text), context),
            };
            println!("{}", input.reply.to_plain());
            Ok(Outcome::Done(ExitCode::SUCCESS))
        }
        Some(Cmd::Show {
            intent,
            lang,
            html,
            first,
        }) => {
            let catalog = load_catalog(cli.content.as_ref(), true)?;
            let index = catalog
                .intent_index(&intent)
                .or_else(|| catalog.intent_by_slug(&intent))
                .with_context(|| format!("no intent {intent:?}: see intents/catalog.toml for the ids"))?;
            let composer = catalog.composer();
            let lang = lang.unwrap_or(Lang::En);
            let text = if first {
                composer.first_screen_html(lang, index)
            } else {
                composer.answer_html(lang, index)
            };
            if html && !first {
                println!("{text}");
            } else {
                println!("{}", kyr::content::html::to_plain(&text));
            }
            Ok(Outcome::Done(ExitCode::SUCCESS))
        }
        Some(Cmd::Classify { lang }) => {
            let catalog = load_catalog(cli.content.as_ref(), true)?;
            let stdin = std::io::stdin();
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            let mut line = Vec::new();
            let mut input = stdin.lock();
            loop {
                line.clear();
                if input.read_until(b'\n', &mut line)? == 0 {
                    break;
                }
                // Invalid UTF-8 is classified as what it is closest to, never an error.
                let text = String::from_utf8_lossy(&line);
                let text = text.trim_end_matches(['\n', '\r']);
                let result = catalog.classify(text, lang);
                serde_json::to_writer(&mut out, &result)?;
                out.write_all(b"\n")?;
            }
            out.flush()?;
            Ok(Outcome::Done(ExitCode::SUCCESS))
        }
        Some(Cmd::Chat { lang }) => {
            let catalog = load_catalog(cli.content.as_ref(), true)?;
            chat(&catalog, lang).map(Outcome::Done)
        }
        Some(Cmd::Run) => {
            let catalog = load_catalog(cli.content.as_ref(), true)?;
            Ok(Outcome::Serve(catalog))
        }
        Some(Cmd::Card {
            lang,
            side,
            sheet,
            output: Output { format, out, bot },
        }) => {
            let format = Format::of(format, &out)?;
            let catalog = load_catalog(cli.content.as_ref(), true)?;
            let bot = bot_name(bot)?;
            let content = catalog.content();
            let bytes = match (sheet, side.unwrap_or(Side::Front), format) {
                (true, _, Format::Pdf) => print::card_sheet_pdf(content, lang, &bot)?,
                (true, _, _) => anyhow::bail!("the sheet is a PDF: use --out FILE.pdf (or --format pdf)"),
                (false, side, Format::Png) => print::card_png(content, lang, side, &bot)?,
                (false, side, Format::Svg) => print::card_svg(content, lang, side, &bot)?.into_bytes(),
                (false, side, Format::Pdf) => print::card_pdf(content, lang, side, &bot)?,
            };
            write_output(&out, &bytes)?;
            Ok(Outcome::Done(ExitCode::SUCCESS))
        }
        Some(Cmd::Flyer {
            intent,
            lang,
            output: Output { format, out, bot },
        }) => {
            let format = Format::of(format, &out)?;
            let catalog = load_catalog(cli.content.as_ref(), true)?;
            let index = catalog
                .intent_index(&intent)
                .or_else(|| catalog.intent_by_slug(&intent))
                .filter(|&i| print::flyer::has_flyer(&catalog, i));
            let Some(index) = index else {
                let slugs: Vec<&str> = (0..catalog.intents().len())
                    .filter(|&i| print::flyer::has_flyer(&catalog, i))
                    .map(|i| catalog.intent(i).slug.as_str())
                    .collect();
                anyhow::bail!(
                    "no flyer for {intent:?}: use an intent id or one of {}",
                    slugs.join(", ")
                );
            };
            let bot = bot_name(bot)?;
            let content = catalog.content();
            let bytes = match format {
                Format::Png => print::flyer_png(content, lang, index, &bot)?,
                Format::Svg => print::flyer_svg(content, lang, index, &bot)?.into_bytes(),
                Format::Pdf => print::flyer_pdf(content, lang, index, &bot)?,
            };
            write_output(&out, &bytes)?;
            Ok(Outcome::Done(ExitCode::SUCCESS))
        }
        Some(Cmd::Alerts) => {
            let config = kyr::config::StoreConfig::from_env()?;
            let store = kyr::store::Store::open(&config.db_path)?;
            kyr::alerts::print_history(&store, &mut std::io::stdout())?;
            Ok(Outcome::Done(ExitCode::SUCCESS))
        }
        Some(Cmd::Reports) => {
            let config = kyr::config::StoreConfig::from_env()?;
            let store = kyr::store::Store::open(&config.db_path)?;
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
            kyr::reports::print_reports(&store, now, &mut std::io::stdout())?;
            Ok(Outcome::Done(ExitCode::SUCCESS))
        }
        None => {
            let catalog = load_catalog(cli.content.as_ref(), true)?;
            if std::env::var_os("TELOXIDE_TOKEN").is_some_and(|t| !t.is_empty()) {
                Ok(Outcome::Serve(catalog))
            } else {
                eprintln!("TELOXIDE_TOKEN is not set: starting the terminal chat. (Set it in the environment or .env to serve Telegram.)");
                chat(&catalog, None).map(Outcome::Done)
            }
        }
    }
}

fn chat(catalog: &Catalog, lang: Option<Lang>) -> Result<ExitCode> {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut output = std::io::stdout();
    terminal::chat(catalog, lang, &mut input, &mut output)?;
    Ok(ExitCode::SUCCESS)
}

/// `kyr train`: builds the matcher from the content folder's examples and writes its model file
/// there. The folder is `--content`, else the current one (a checkout of kyr).
fn train(dir: Option<&std::path::Path>) -> Result<Outcome> {
    let dir = dir.unwrap_or(std::path::Path::new("."));
    let sources = content::dir_sources(dir).with_context(|| {
        format!(
            "reading content from {}: run `kyr train` in a checkout of kyr, or pass --content DIR",
            dir.display()
        )
    })?;
    let content = content::Content::load(&sources)
        .map_err(|e| anyhow::anyhow!("{e}Run `kyr check` for the full list, fix the files, and train again."))?;
    let bytes = kyr::understand::Matcher::train(&content);
    let path = dir.join(content::MODEL_PATH);
    std::fs::write(&path, &bytes).with_context(|| format!("writing {}", path.display()))?;
    println!(
        "wrote {} ({} KB, {} examples): commit it with the content it was trained on",
        path.display(),
        bytes.len() / 1024,
        content.examples().len()
    );
    Ok(Outcome::Done(ExitCode::SUCCESS))
}
