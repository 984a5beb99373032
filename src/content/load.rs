//! Parsing the content files into [`Content`], with every structural problem reported together.

use std::collections::{BTreeMap, HashSet};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::lang::Lang;
use super::locales::{collect_variables, Locales, MessageInfo};
use super::model::{CatalogFile, Example, OtherLanguageSample, ReferralFile};
use super::source::{line_of, ContentError, ContentErrors, Source};
use super::Content;

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

/// 1-based line where Fluent message `name` is defined in `text` (1 if not found).
fn definition_line(text: &str, name: &str) -> usize {
    text.lines()
        .position(|line| {
            line.strip_prefix(name)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

impl Content {
    /// Parses every source file. Structural problems (syntax, unknown fields, duplicate ids) are
    /// returned together; deeper consistency checks are `kyr check`'s.
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

        // Optional: without it, kyr only recognises other languages by their alphabet.
        let other_languages: Vec<OtherLanguageSample> = find("intents/other-languages.toml")
            .and_then(|source| parse_toml::<BTreeMap<String, Vec<String>>>(source, &mut errors))
            .unwrap_or_default()
            .into_iter()
            .flat_map(|(code, texts)| {
                texts.into_iter().map(move |text| OtherLanguageSample {
                    code: code.clone(),
                    text,
                })
            })
            .collect();

        let mut bundles = Vec::new();
        let mut messages = Vec::new();
        for lang in Lang::ALL {
            let langid: unic_langid::LanguageIdentifier =
                lang.code().parse().expect("every language code is a valid tag");
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
        Ok(Content::indexed(
            intents,
            referrals,
            examples,
            other_languages,
            Locales { bundles, messages },
        ))
    }
}
