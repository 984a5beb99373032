//! Alert text: what an admin writes, parsed into a text per language, and an alert as a
//! subscriber sees it.

use std::collections::BTreeMap;

use super::regions::region_name;
use crate::content::{html, Arg, Content, Lang};

/// The alert text for a subscriber: their language, else English, else any language given.
pub fn text_for(texts: &BTreeMap<Lang, String>, lang: Lang) -> Option<&str> {
    texts
        .get(&lang)
        .or_else(|| texts.get(&Lang::En))
        .or_else(|| texts.values().next())
        .map(String::as_str)
}

/// An alert as a subscriber sees it: header with the region, the text (already HTML-escaped by
/// the caller), and the reminder to verify before sharing.
pub fn render(content: &Content, lang: Lang, region: &str, text_html: &str) -> String {
    let locales = content.locales();
    format!(
        "{}\n\n{}\n\n{}",
        locales.format(
            lang,
            "alert-header",
            &[("region", Arg::Text(region_name(content, lang, region)))]
        ),
        text_html,
        locales.text(lang, "alert-verify-line")
    )
}

/// Parses what an admin wrote into the alert text per language.
///
/// - Sections that start with a line `[es]`, `[pt]`… give each language its own text; text
///   before the first section is the English one (unless there is an `[en]` section).
/// - A message made only of `town: …`, `date: …`, `what: …` lines fills the prepared template
///   `alert-template`, so every subscriber gets it in their own language.
/// - Anything else is one text, sent to everyone as written.
///
/// Texts are returned as HTML (the admin's words are escaped).
pub fn parse_admin_text(content: &Content, text: &str) -> BTreeMap<Lang, String> {
    let text = text.trim();
    let mut fields = BTreeMap::new();
    let is_template = !text.is_empty()
        && text.lines().filter(|l| !l.trim().is_empty()).all(|line| {
            line.split_once(':').is_some_and(|(key, value)| {
                let key = key.trim().to_lowercase();
                let known = matches!(key.as_str(), "town" | "date" | "what");
                if known {
                    fields.insert(key, value.trim().to_string());
                }
                known
            })
        });
    if is_template && fields.len() == 3 {
        return Lang::ALL
            .into_iter()
            .map(|lang| {
                let args: Vec<(&str, Arg)> = fields.iter().map(|(k, v)| (k.as_str(), Arg::Text(v.clone()))).collect();
                (lang, content.locales().format(lang, "alert-template", &args))
            })
            .collect();
    }
    let mut texts: BTreeMap<Lang, String> = BTreeMap::new();
    let mut current: Option<Lang> = None;
    let mut untagged = String::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if let Some(lang) = trimmed
            .strip_prefix('[')
            .and_then(|t| t.strip_suffix(']'))
            .and_then(Lang::from_tag)
        {
            current = Some(lang);
            texts.entry(lang).or_default();
            continue;
        }
        let target = match current {
            Some(lang) => texts.entry(lang).or_default(),
            None => &mut untagged,
        };
        if !target.is_empty() {
            target.push('\n');
        }
        target.push_str(line);
    }
    let mut texts: BTreeMap<Lang, String> = texts
        .into_iter()
        .map(|(lang, t)| (lang, html::escape(t.trim())))
        .filter(|(_, t)| !t.is_empty())
        .collect();
    // Text before the first section (or without sections) is the English text, unless an
    // `[en]` section gives one.
    if !untagged.trim().is_empty() {
        texts.entry(Lang::En).or_insert_with(|| html::escape(untagged.trim()));
    }
    texts
}
