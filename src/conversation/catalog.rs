//! The loaded engine every adapter borrows: the content, the matcher built from its examples, and
//! the cache of rendered answers. Built once at start-up, immutable after.

use std::ops::Deref;

use crate::content::{Content, ContentErrors, Lang, Source};
use crate::reply::{AnswerCache, Composer};
use crate::understand::{Classification, Decision, Identified, LanguageId, LanguageMargin, Matcher};

/// Everything kyr knows, immutable after loading. It dereferences to its [`Content`], so
/// `catalog.intent(i)` and `catalog.locales()` read the content directly.
#[derive(Debug)]
pub struct Catalog {
    content: Content,
    matcher: Matcher,
    languages: LanguageId,
    answers: AnswerCache,
}

impl Catalog {
    /// Puts loaded content and its matcher together. `answers` may already hold rendered
    /// answers (start-up validation renders every one of them).
    pub fn new(content: Content, matcher: Matcher, languages: LanguageId, answers: AnswerCache) -> Catalog {
        Catalog {
            content,
            matcher,
            languages,
            answers,
        }
    }

    /// The understanding models of `content`: the matcher, and the identifier of languages kyr
    /// does not speak. The binary builds them on another core while the content is checked.
    pub fn models(content: &Content) -> (Matcher, LanguageId) {
        std::thread::scope(|scope| {
            let languages = scope
                .spawn(|| LanguageId::build(content.examples(), content.other_languages(), LanguageMargin::default()));
            let matcher = Matcher::for_content(content);
            let languages = languages
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (matcher, languages)
        })
    }

    /// Loads and indexes `sources` without the consistency checks of `kyr check` (structural
    /// problems are still errors). The binary loads through `check::load`, which runs them.
    pub fn load_unchecked(sources: &[Source]) -> Result<Catalog, ContentErrors> {
        let content = Content::load(sources)?;
        let (matcher, languages) = Catalog::models(&content);
        let answers = AnswerCache::new(content.intents().len());
        Ok(Catalog::new(content, matcher, languages, answers))
    }

    /// The content.
    pub fn content(&self) -> &Content {
        &self.content
    }

    /// The matcher.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// A composer over this catalog's content and answer cache.
    pub fn composer(&self) -> Composer<'_> {
        Composer::new(&self.content, &self.answers)
    }

    /// Understands one message: a message in a language kyr does not speak gets no topic.
    pub fn understand(&self, text: &str) -> Decision {
        match self.languages.identify(text) {
            Identified::Other => Decision::other_language(),
            Identified::Spoken => self.matcher.decide(text),
        }
    }

    /// The `kyr classify` result for one message; `hint` plays the part of the client's language.
    pub fn classify(&self, text: &str, hint: Option<Lang>) -> Classification {
        Classification::of(&self.understand(text), &self.content, hint)
    }
}

impl Deref for Catalog {
    type Target = Content;

    fn deref(&self) -> &Content {
        &self.content
    }
}
