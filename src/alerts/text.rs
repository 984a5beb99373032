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
/// In a right-to-left language, left-to-right runs (numbers, street names) are isolated, as in
/// every reply.
pub fn render(content: &Content, lang: Lang, region: &str, text_html: &str) -> String {
    let locales = content.locales();
    let text = format!(
        "{}\n\n{}\n\n{}",
        locales.format(
            lang,
            "alert-header",
            &[("region", Arg::Text(region_name(content, lang, region)))]
        ),
        text_html,
        locales.text(lang, "alert-verify-line")
    );
    if lang.is_rtl() {
        html::isolate_ltr(&text)
    } else {
        text
    }
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

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::sync::OnceLock;

    use super::{parse_admin_text, render, text_for};
    use crate::content::{Arg, Content, Lang};
    use crate::store::STATEWIDE;

    fn content() -> &'static Content {
        static CONTENT: OnceLock<Content> = OnceLock::new();
        CONTENT.get_or_init(|| Content::embedded().expect("the built-in content loads"))
    }

    #[test]
    fn one_text_goes_to_everyone_escaped() {
        let content = content();
        let texts = parse_admin_text(content, "  Checkpoint at <Main St> & 5th: \"now\"  \n");
        assert_eq!(
            texts,
            BTreeMap::from([(
                Lang::En,
                "Checkpoint at &lt;Main St&gt; &amp; 5th: &quot;now&quot;".to_string()
            )])
        );
        for lang in Lang::ALL {
            assert_eq!(text_for(&texts, lang), Some(texts[&Lang::En].as_str()));
        }
        assert!(parse_admin_text(content, "  \n ").is_empty());
    }

    #[test]
    fn language_sections_give_each_language_its_text() {
        let content = content();
        let texts = parse_admin_text(
            content,
            "[es]\nRetén en la calle <Main>\nhoy\n\n[ht]\nBaraj sou Main & 5th\n[pt-BR]\nBlitz na Main",
        );
        assert_eq!(
            texts,
            BTreeMap::from([
                (Lang::Es, "Retén en la calle &lt;Main&gt;\nhoy".to_string()),
                (Lang::Pt, "Blitz na Main".to_string()),
                (Lang::Ht, "Baraj sou Main &amp; 5th".to_string()),
            ])
        );
        // No English section: English subscribers get one of the texts rather than nothing.
        assert!(text_for(&texts, Lang::En).is_some());
        // An empty section is dropped.
        let texts = parse_admin_text(content, "[en]\nRoadblock\n[es]\n\n");
        assert_eq!(texts, BTreeMap::from([(Lang::En, "Roadblock".to_string())]));
        // An untagged first part is the English (default) text, not lost.
        let texts = parse_admin_text(content, "Roadblock on I-95\n[es]\nRetén en la I-95");
        assert_eq!(texts.get(&Lang::En).map(String::as_str), Some("Roadblock on I-95"));
        assert_eq!(texts.get(&Lang::Es).map(String::as_str), Some("Retén en la I-95"));
        assert_eq!(text_for(&texts, Lang::Ht), Some("Roadblock on I-95"));
    }

    #[test]
    fn the_template_is_filled_in_every_language() {
        let content = content();
        let texts = parse_admin_text(
            content,
            "town: Danbury\nDate: May 3, 7am\nwhat: checkpoint <Route 6> & Main",
        );
        assert_eq!(
            texts.keys().copied().collect::<Vec<_>>(),
            Lang::ALL.to_vec(),
            "one text per language"
        );
        for lang in Lang::ALL {
            let text = &texts[&lang];
            assert!(
                text.contains("Danbury") && text.contains("May 3, 7am"),
                "{lang}: {text}"
            );
            assert!(
                text.contains("checkpoint &lt;Route 6&gt; &amp; Main"),
                "{lang}: escaped: {text}"
            );
            assert!(
                !text.contains('{') && !text.contains("[alert-template]"),
                "{lang}: filled: {text}"
            );
        }
        assert!(texts[&Lang::En].starts_with("ICE activity confirmed in Danbury"));
        assert!(texts[&Lang::Es].starts_with("Actividad de ICE confirmada en Danbury"));
        assert!(texts[&Lang::Pt].starts_with("Atividade do ICE confirmada em Danbury"));
        assert!(texts[&Lang::Ht].starts_with("Yo konfime aktivite ICE nan Danbury"));
        // Incomplete or mixed: not the template, one text as written.
        let partial = parse_admin_text(content, "town: Danbury\ndate: today");
        assert_eq!(
            partial,
            BTreeMap::from([(Lang::En, "town: Danbury\ndate: today".to_string())])
        );
        let mixed = parse_admin_text(content, "town: Danbury\ndate: today\nwhat: raid\nstay safe");
        assert_eq!(mixed.keys().copied().collect::<Vec<_>>(), vec![Lang::En]);
    }

    #[test]
    fn render_has_the_region_header_text_and_verify_line() {
        let content = content();
        let html = render(content, Lang::Es, "new_london", "Texto");
        let locales = content.locales();
        let header = locales.format(
            Lang::Es,
            "alert-header",
            &[("region", Arg::Text("New London County".into()))],
        );
        assert_eq!(
            html,
            format!("{header}\n\nTexto\n\n{}", locales.text(Lang::Es, "alert-verify-line"))
        );
        assert!(html.contains("Alerta de la comunidad"));
        assert!(render(content, Lang::Pt, STATEWIDE, "x").contains("Connecticut inteiro"));
    }
}
