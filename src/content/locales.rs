//! Fluent messages of every language, with English as every language's fallback.

use std::collections::BTreeMap;
use std::fmt;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::html;
use super::lang::Lang;

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
    pub(super) bundles: Vec<FluentBundle<FluentResource>>,
    pub(super) messages: Vec<BTreeMap<String, MessageInfo>>,
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
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(html::escape(text))),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    fluent_args
}

pub(super) fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
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
