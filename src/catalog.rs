//! The loaded, indexed content that every part of kyr borrows: intents, referrals, messages and
//! the matcher, built once at start-up.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::check;
use crate::content::{self, Content, ContentErrors, Intent, Locales, Referral, Source};
use crate::lang::Lang;
use crate::matcher::{Decision, IntentSpec, Matcher, Thresholds};
use crate::reply::Reply;

/// Everything kyr knows, immutable after [`Catalog::load`].
#[derive(Debug)]
pub struct Catalog {
    content: Content,
    matcher: Matcher,
    intent_by_id: HashMap<String, usize>,
    intent_by_slug: HashMap<String, usize>,
    referral_by_id: HashMap<String, usize>,
    /// Each intent's answer in each language, rendered on first use: answers are fixed content,
    /// and rendering one (Fluent, referral lines, splitting) costs several times more than
    /// understanding the message that asked for it.
    rendered_answers: Vec<OnceLock<Reply>>,
}

impl Catalog {
    /// Loads, validates and indexes `sources`. Every problem `kyr check` would report is an error
    /// here too, so a broken file stops start-up with the file and line instead of reaching users.
    pub fn load(sources: &[Source]) -> Result<Catalog, ContentErrors> {
        Catalog::assemble(sources, true)
    }

    /// Loads and indexes `sources`, reporting only problems that make them unreadable. `kyr check`
    /// uses this to list every consistency problem at once.
    pub fn load_unchecked(sources: &[Source]) -> Result<Catalog, ContentErrors> {
        Catalog::assemble(sources, false)
    }

    fn assemble(sources: &[Source], checked: bool) -> Result<Catalog, ContentErrors> {
        let content = Content::load(sources)?;
        let by_key = |key: fn(&Intent) -> &String| -> HashMap<String, usize> {
            content
                .intents
                .iter()
                .enumerate()
                .map(|(i, intent)| (key(intent).clone(), i))
                .collect()
        };
        let intent_by_id = by_key(|i| &i.id);
        let intent_by_slug = by_key(|i| &i.slug);
        let referral_by_id = content
            .referrals
            .iter()
            .enumerate()
            .map(|(i, referral)| (referral.id.clone(), i))
            .collect();
        let rendered_answers = (0..content.intents.len() * Lang::ALL.len())
            .map(|_| OnceLock::new())
            .collect();
        let mut catalog = Catalog {
            content,
            // Replaced below: the checks never consult the matcher, so they run while it is built.
            matcher: Matcher::build(&[], &[], Thresholds::default()),
            intent_by_id,
            intent_by_slug,
            referral_by_id,
            rendered_answers,
        };
        let (matcher, problems) = std::thread::scope(|scope| {
            let content = &catalog.content;
            let builder = scope.spawn(move || {
                let specs: Vec<IntentSpec<'_>> = content
                    .intents
                    .iter()
                    .map(|i| IntentSpec {
                        id: &i.id,
                        urgent: i.priority == content::Priority::Urgent,
                    })
                    .collect();
                Matcher::build(&specs, &content.examples, Thresholds::default())
            });
            let problems = if checked { check::check(&catalog) } else { Vec::new() };
            let matcher = builder.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (matcher, problems)
        });
        if !problems.is_empty() {
            return Err(ContentErrors(problems));
        }
        catalog.matcher = matcher;
        Ok(catalog)
    }

    /// Loads the content compiled into the binary.
    pub fn embedded() -> Result<Catalog, ContentErrors> {
        Catalog::load(&content::embedded_sources())
    }

    /// The slot holding the rendered answer of intent `index` in `lang`.
    pub(crate) fn rendered_answer(&self, lang: Lang, index: usize) -> &OnceLock<Reply> {
        &self.rendered_answers[index * Lang::ALL.len() + lang.index()]
    }

    /// All intents, in catalog order.
    pub fn intents(&self) -> &[Intent] {
        &self.content.intents
    }

    /// The intent at `index`.
    pub fn intent(&self, index: usize) -> &Intent {
        &self.content.intents[index]
    }

    /// Index of the intent with this id.
    pub fn intent_index(&self, id: &str) -> Option<usize> {
        self.intent_by_id.get(id).copied()
    }

    /// Index of the intent with this deep-link slug.
    pub fn intent_by_slug(&self, slug: &str) -> Option<usize> {
        self.intent_by_slug.get(slug).copied()
    }

    /// All referrals, in directory order.
    pub fn referrals(&self) -> &[Referral] {
        &self.content.referrals
    }

    /// The referral with this id.
    pub fn referral(&self, id: &str) -> Option<&Referral> {
        self.referral_by_id.get(id).map(|&i| &self.content.referrals[i])
    }

    /// The example messages.
    pub fn examples(&self) -> &[content::Example] {
        &self.content.examples
    }

    /// The Fluent messages of every language.
    pub fn locales(&self) -> &Locales {
        &self.content.locales
    }

    /// The matcher.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// Understands one message.
    pub fn understand(&self, text: &str) -> Decision {
        self.matcher.decide(text)
    }

    /// Parses a deep-link payload such as `door_es` (or just `door`) into an intent and language.
    pub fn parse_deep_link(&self, payload: &str) -> Option<(usize, Option<Lang>)> {
        let payload = payload.trim();
        if let Some(index) = self.intent_by_slug(payload) {
            return Some((index, None));
        }
        let (slug, code) = payload.rsplit_once(['_', '-'])?;
        let lang = Lang::from_tag(code)?;
        Some((self.intent_by_slug(slug)?, Some(lang)))
    }
}
