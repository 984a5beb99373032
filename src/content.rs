//! Loading the content (intents, examples, referrals, Fluent messages) from its files, with errors
//! that name the file and line.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde::Deserialize;

use crate::lang::Lang;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// One content file: its path relative to the project root, and its text.
#[derive(Debug, Clone)]
pub struct Source {
    /// Path such as `locales/es/answers.ftl`.
    pub path: String,
    /// The file's text.
    pub text: String,
}

/// The content files compiled into the binary.
pub fn embedded_sources() -> Vec<Source> {
    embedded::EMBEDDED
        .iter()
        .map(|(path, text)| Source {
            path: (*path).to_string(),
            text: (*text).to_string(),
        })
        .collect()
}

/// Reads the content files under `root` (its `intents/` and `locales/` folders), so reviewers can
/// try edits without rebuilding.
pub fn dir_sources(root: &Path) -> std::io::Result<Vec<Source>> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<Source>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if matches!(path.extension().and_then(|e| e.to_str()), Some("toml" | "ftl")) {
                let rel = path.strip_prefix(root).unwrap_or(&path);
                out.push(Source {
                    path: rel.to_string_lossy().replace('\\', "/"),
                    text: std::fs::read_to_string(&path)?,
                });
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for dir in ["intents", "locales"] {
        let dir = root.join(dir);
        if !dir.is_dir() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("{} is not a folder", dir.display()),
            ));
        }
        walk(root, &dir, &mut out)?;
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// A problem in a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file, relative to the project root.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// What is wrong and, where it helps, what to do.
    pub message: String,
}

impl ContentError {
    pub(crate) fn new(file: &str, line: Option<usize>, message: impl Into<String>) -> Self {
        ContentError {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// All problems found while loading, so one run shows every broken file at once.
#[derive(Debug, Clone)]
pub struct ContentErrors(pub Vec<ContentError>);

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} content problem(s):", self.0.len())?;
        for e in &self.0 {
            writeln!(f, "  {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentErrors {}

/// 1-based line where Fluent message `name` is defined in `text` (1 if not found).
fn definition_line(text: &str, name: &str) -> usize {
    text.lines()
        .position(|line| {
            line.strip_prefix(name)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

/// 1-based line of byte `offset` in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The group an intent belongs to in the topic menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// ICE or police are here now.
    Encounter,
    /// Rights and the law.
    Rights,
    /// Help and referrals.
    Help,
    /// Conversation with the bot itself.
    Conversation,
}

impl Category {
    /// Every category, in menu order.
    pub const ALL: [Category; 4] = [
        Category::Encounter,
        Category::Rights,
        Category::Help,
        Category::Conversation,
    ];

    /// Short name used in callback data and Fluent ids (`category-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            Category::Encounter => "encounter",
            Category::Rights => "rights",
            Category::Help => "help",
            Category::Conversation => "conversation",
        }
    }

    /// Parses [`Category::name`].
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// How an answer is laid out: urgent answers lead with what to do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    /// Someone is in danger right now.
    Urgent,
    /// Everything else.
    Normal,
}

/// One intent of `intents/catalog.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intent {
    /// The intent id testers classify against (never renamed).
    pub id: String,
    /// Short name for deep links (`door` in `door_es`) and buttons.
    pub slug: String,
    /// Menu group.
    pub category: Category,
    /// Layout priority.
    pub priority: Priority,
    /// When the answer was last checked against the facts (YYYY-MM-DD).
    pub reviewed: String,
    /// Referral ids shown under "Who to call", in order.
    #[serde(default)]
    pub referrals: Vec<String>,
    /// Related intent ids offered as buttons.
    #[serde(default)]
    pub related: Vec<String>,
    /// What the answer rests on, for reviewers.
    #[serde(default)]
    pub facts: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    intent: Vec<Intent>,
}

/// One entry of the referral directory (`intents/referrals.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    /// Id used by intents and by the Fluent message `ref-<id>`.
    pub id: String,
    /// The organization's own name.
    pub name: String,
    /// Numbers as people dial them.
    #[serde(default)]
    pub phones: Vec<String>,
    /// Keyword to text to [`Referral::sms_number`], such as `APPLY`.
    #[serde(default)]
    pub sms_keyword: Option<String>,
    /// Number that takes text messages.
    #[serde(default)]
    pub sms_number: Option<String>,
    /// Contact email.
    #[serde(default)]
    pub email: Option<String>,
    /// Web address.
    #[serde(default)]
    pub web: Option<String>,
    /// Languages the service is documented to offer.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Where it serves.
    pub region: String,
    /// The page that confirms the contact.
    #[serde(default)]
    pub source: String,
    /// When the contact was last checked (YYYY-MM-DD).
    #[serde(default)]
    pub verified: String,
    /// `high` or `medium`.
    #[serde(default)]
    pub confidence: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReferralFile {
    referral: Vec<Referral>,
}

/// Key of the out-of-scope examples in `intents/examples/<lang>.toml`.
pub const OUT_OF_SCOPE: &str = "_out_of_scope";

/// One example message: what people type for an intent (or for [`OUT_OF_SCOPE`]).
#[derive(Debug, Clone)]
pub struct Example {
    /// Intent id, or [`OUT_OF_SCOPE`].
    pub intent: String,
    /// Language the example is written in.
    pub lang: Lang,
    /// The message.
    pub text: String,
}

/// Facts about one Fluent message, for parity checks between locales.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageInfo {
    /// File that defines it.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// Variables it references, sorted.
    pub variables: Vec<String>,
}

/// The Fluent messages of all languages, with English as every language's fallback.
pub struct Locales {
    bundles: Vec<FluentBundle<FluentResource>>,
    messages: Vec<BTreeMap<String, MessageInfo>>,
}

impl fmt::Debug for Locales {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Locales")
            .field("messages", &self.messages.iter().map(BTreeMap::len).collect::<Vec<_>>())
            .finish()
    }
}

/// A value passed into a Fluent message. Text is HTML-escaped before it is placed.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text (escaped).
    Text(String),
    /// A number.
    Number(f64),
}

impl Locales {
    /// Message ids (with file, line and variables) defined by `lang` itself, without fallback.
    pub fn messages(&self, lang: Lang) -> &BTreeMap<String, MessageInfo> {
        &self.messages[lang.index()]
    }

    /// Whether `lang` itself defines `id` (no fallback).
    pub fn has_own(&self, lang: Lang, id: &str) -> bool {
        self.messages[lang.index()].contains_key(id)
    }

    /// Formats message `id` in `lang`, falling back to English; `None` if no locale has it.
    pub fn try_format(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        [lang, Lang::En]
            .into_iter()
            .find_map(|candidate| self.format_own(candidate, id, args))
            .map(|(text, _errors)| text)
    }

    /// Formats message `id`; a missing message yields its id in brackets, which `kyr check` and the
    /// tests make sure never reaches a user.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
        self.try_format(lang, id, args).unwrap_or_else(|| format!("[{id}]"))
    }

    /// Formats a message that takes no arguments.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, &[])
    }

    /// Formats `id` in `lang` only, without falling back to English.
    pub fn format_own(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<(String, Vec<String>)> {
        let bundle = &self.bundles[lang.index()];
        let pattern = bundle.get_message(id)?.value()?;
        let fluent_args = fluent_args(args);
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned();
        Some((text, errors.iter().map(|e| e.to_string()).collect()))
    }
}

/// Fluent arguments from kyr's: text is HTML-escaped, so a value can never inject markup.
fn fluent_args<'a>(args: &'a [(&'a str, Arg)]) -> FluentArgs<'a> {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(crate::html::escape(text))),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    fluent_args
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, out),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                collect_inline(arg, out);
            }
        }
        _ => {}
    }
}

/// Everything loaded from the content files, before indexing.
#[derive(Debug)]
pub struct Content {
    /// Intents in catalog order.
    pub intents: Vec<Intent>,
    /// Referrals in directory order.
    pub referrals: Vec<Referral>,
    /// Example messages of every language.
    pub examples: Vec<Example>,
    /// Fluent messages.
    pub locales: Locales,
}

fn parse_toml<T: serde::de::DeserializeOwned>(source: &Source, errors: &mut Vec<ContentError>) -> Option<T> {
    match toml::from_str::<T>(&source.text) {
        Ok(value) => Some(value),
        Err(e) => {
            let line = e.span().map(|span| line_of(&source.text, span.start));
            errors.push(ContentError::new(&source.path, line, e.message().trim().to_string()));
            None
        }
    }
}

impl Content {
    /// Parses every source file. Structural problems (syntax, unknown fields, duplicate ids) are
    /// returned together; deeper consistency checks live in [`crate::check`].
    pub fn load(sources: &[Source]) -> Result<Content, ContentErrors> {
        let mut errors = Vec::new();
        let find = |path: &str| sources.iter().find(|s| s.path == path);

        let intents = match find("intents/catalog.toml") {
            Some(source) => parse_toml::<CatalogFile>(source, &mut errors)
                .map(|c| c.intent)
                .unwrap_or_default(),
            None => {
                errors.push(ContentError::new("intents/catalog.toml", None, "file is missing"));
                Vec::new()
            }
        };
        let referrals = match find("intents/referrals.toml") {
            Some(source) => parse_toml::<ReferralFile>(source, &mut errors)
                .map(|r| r.referral)
                .unwrap_or_default(),
            None => {
                errors.push(ContentError::new("intents/referrals.toml", None, "file is missing"));
                Vec::new()
            }
        };

        let mut examples = Vec::new();
        for lang in Lang::ALL {
            let path = format!("intents/examples/{}.toml", lang.code());
            let Some(source) = find(&path) else {
                errors.push(ContentError::new(&path, None, "file is missing"));
                continue;
            };
            if let Some(table) = parse_toml::<BTreeMap<String, Vec<String>>>(source, &mut errors) {
                for (intent, texts) in table {
                    for text in texts {
                        examples.push(Example {
                            intent: intent.clone(),
                            lang,
                            text,
                        });
                    }
                }
            }
        }

        let mut bundles = Vec::new();
        let mut messages = Vec::new();
        for lang in Lang::ALL {
            let langid: unic_langid::LanguageIdentifier =
                lang.code().parse().expect("the four language codes are valid tags");
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            let mut infos = BTreeMap::new();
            let prefix = format!("locales/{}/", lang.code());
            let files: Vec<&Source> = sources
                .iter()
                .filter(|s| s.path.starts_with(&prefix) && s.path.ends_with(".ftl"))
                .collect();
            if files.is_empty() {
                errors.push(ContentError::new(&prefix, None, "no .ftl files for this language"));
            }
            for source in files {
                let resource = match FluentResource::try_new(source.text.clone()) {
                    Ok(resource) => resource,
                    Err((resource, parse_errors)) => {
                        for e in parse_errors {
                            errors.push(ContentError::new(
                                &source.path,
                                Some(line_of(&source.text, e.pos.start)),
                                format!("Fluent syntax error: {e}"),
                            ));
                        }
                        resource
                    }
                };
                for entry in resource.entries() {
                    if let ast::Entry::Message(message) = entry {
                        let name = message.id.name.to_string();
                        let mut variables = Vec::new();
                        if let Some(value) = &message.value {
                            collect_variables(value, &mut variables);
                        }
                        variables.sort();
                        variables.dedup();
                        let info = MessageInfo {
                            file: source.path.clone(),
                            line: definition_line(&source.text, &name),
                            variables,
                        };
                        if let Some(previous) = infos.insert(name.clone(), info.clone()) {
                            errors.push(ContentError::new(
                                &info.file,
                                Some(info.line),
                                format!(
                                    "message {name} is defined twice (also {}:{})",
                                    previous.file, previous.line
                                ),
                            ));
                        }
                    }
                }
                // Duplicates are reported above with their lines; the bundle keeps the last.
                bundle.add_resource_overriding(resource);
            }
            bundles.push(bundle);
            messages.push(infos);
        }

        let mut seen = HashSet::new();
        for intent in &intents {
            if !seen.insert(intent.id.as_str()) {
                errors.push(ContentError::new(
                    "intents/catalog.toml",
                    None,
                    format!("intent {} is listed twice", intent.id),
                ));
            }
        }

        if !errors.is_empty() {
            return Err(ContentErrors(errors));
        }
        Ok(Content {
            intents,
            referrals,
            examples,
            locales: Locales { bundles, messages },
        })
    }
}
