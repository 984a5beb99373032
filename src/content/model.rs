//! The content model: intents, referrals and example messages as the files describe them.

use serde::Deserialize;

use super::lang::Lang;

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
pub(super) struct CatalogFile {
    pub(super) intent: Vec<Intent>,
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
    /// Whether this is the number printed on the rights card (exactly one referral is: a
    /// Connecticut legal-aid line with a phone; `kyr check` makes sure).
    #[serde(default)]
    pub card: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ReferralFile {
    pub(super) referral: Vec<Referral>,
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

/// A message in a language kyr does not speak (`intents/other-languages.toml`): used only to
/// recognise such messages, which kyr never answers with a topic.
#[derive(Debug, Clone)]
pub struct OtherLanguageSample {
    /// ISO 639-1 code of its language, such as `fr`.
    pub code: String,
    /// The message.
    pub text: String,
}
