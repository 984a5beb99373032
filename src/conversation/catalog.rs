//! The loaded engine every adapter borrows: the content, the matcher built from its examples, and
//! the cache of rendered answers. Built once at start-up, immutable after.

use std::ops::Deref;

use crate::content::{Content, ContentErrors, Lang, Source};
use crate::reply::{AnswerCache, Composer};
use crate::understand::{
    Classification, Decision, Identified, LanguageId, LanguageMargin, Matcher, ModelError, Prepared,
};

/// Everything kyr knows, immutable after loading. It dereferences to its [`Content`], so
/// `catalog.intent(i)` and `catalog.locales()` read the content directly.
#[derive(Debug)]
pub struct Catalog {
    content: Content,
    matcher: Matcher,
    languages: LanguageId,
    answers: AnswerCache,
    /// Whether the matcher was read from its model file, or why it was built instead.
    trained: Result<(), ModelError>,
}

impl Catalog {
    /// Puts loaded content and its models together. `answers` may already hold rendered
    /// answers (start-up validation renders every one of them).
    pub fn new(content: Content, models: Models, answers: AnswerCache) -> Catalog {
        Catalog {
            content,
            matcher: models.matcher,
            languages: models.languages,
            answers,
            trained: models.trained,
        }
    }

    /// Loads and indexes `sources` without the consistency checks of `kyr check` (structural
    /// problems are still errors), reading the matcher from `model` (the bytes of
    /// `intents/matcher.model`) when it fits. The binary loads through `check::load`, which runs
    /// the checks.
    pub fn load_unchecked(sources: &[Source], model: Option<&[u8]>) -> Result<Catalog, ContentErrors> {
        let content = Content::load(sources)?;
        let models = Models::of(&content, model);
        let answers = AnswerCache::new(content.intents().len());
        Ok(Catalog::new(content, models, answers))
    }

    /// Whether the matcher was read from its model file, or why it had to be built (`kyr check`
    /// reports a stale or damaged file; see `kyr train`).
    pub fn model_file(&self) -> Result<(), &ModelError> {
        self.trained.as_ref().map(|_| ())
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
        let message = Prepared::new(text);
        match self.languages.identify_prepared(&message) {
            Identified::Other => Decision::other_language(),
            Identified::Spoken => self.matcher.decide_prepared(&message),
        }
    }

    /// The `kyr classify` result for one message; `hint` plays the part of the client's language.
    pub fn classify(&self, text: &str, hint: Option<Lang>) -> Classification {
        Classification::of(&self.understand(text), &self.content, hint)
    }
}

/// The understanding models of some content: the matcher, and the identifier of languages kyr
/// does not speak.
#[derive(Debug)]
pub struct Models {
    matcher: Matcher,
    languages: LanguageId,
    trained: Result<(), ModelError>,
}

impl Models {
    /// Reads the matcher from `model` when the file fits `content` (else builds it), and learns
    /// the languages on another core meanwhile.
    pub fn of(content: &Content, model: Option<&[u8]>) -> Models {
        std::thread::scope(|scope| {
            let languages = scope
                .spawn(|| LanguageId::build(content.examples(), content.other_languages(), LanguageMargin::default()));
            let (matcher, trained) = Matcher::load_or_build(content, model);
            let languages = languages
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            Models {
                matcher,
                languages,
                trained,
            }
        })
    }
}

impl Deref for Catalog {
    type Target = Content;

    fn deref(&self) -> &Content {
        &self.content
    }
}
