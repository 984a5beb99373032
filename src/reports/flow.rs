//! The reporter's steps, as a pure state machine: safety screen → town → place → what was seen
//! (activity, then agents, vehicles and markings) → when → photo → summary → send or cancel.
//! The adapter stores the [`ReportDraft`] after every step (so a restart resumes it), feeds it
//! [`Event`]s, and shows what the returned [`Effect`] asks for. No Telegram types here.

use serde::{Deserialize, Serialize};

use super::towns::Towns;

/// Longest "where in the town" text kept, in characters.
pub const MAX_PLACE_CHARS: usize = 200;
/// Longest "what was seen" text kept, in characters.
pub const MAX_DETAILS_CHARS: usize = 400;

/// What was seen, as the reporter chose it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Activity {
    /// Someone being arrested or detained.
    Arrest,
    /// Agents at the door of a home.
    Door,
    /// A checkpoint, or cars being stopped.
    Checkpoint,
    /// Agents at a workplace.
    Workplace,
    /// Agents or their vehicles waiting or patrolling.
    Patrol,
    /// Something else.
    Other,
}

impl Activity {
    /// Every activity, in the order the buttons show them.
    pub const ALL: [Activity; 6] = [
        Activity::Arrest,
        Activity::Door,
        Activity::Checkpoint,
        Activity::Workplace,
        Activity::Patrol,
        Activity::Other,
    ];

    /// Short code (callback data, storage, Fluent ids `report-activity-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            Activity::Arrest => "arrest",
            Activity::Door => "door",
            Activity::Checkpoint => "checkpoint",
            Activity::Workplace => "workplace",
            Activity::Patrol => "patrol",
            Activity::Other => "other",
        }
    }

    /// The activity with this code.
    pub fn from_code(code: &str) -> Option<Activity> {
        Activity::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// When it was seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum When {
    /// Happening now.
    Now,
    /// Within the last hour.
    WithinHour,
    /// Earlier.
    Earlier,
}

impl When {
    /// Every choice, in button order.
    pub const ALL: [When; 3] = [When::Now, When::WithinHour, When::Earlier];

    /// Short code (callback data, storage, Fluent ids `report-when-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            When::Now => "now",
            When::WithinHour => "hour",
            When::Earlier => "earlier",
        }
    }

    /// The choice with this code.
    pub fn from_code(code: &str) -> Option<When> {
        When::ALL.into_iter().find(|w| w.code() == code)
    }
}

/// The step a draft is at: what the reporter is being asked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// The safety screen: Continue or Cancel.
    #[default]
    Safety,
    /// Which town: a county (then a town) or a typed name.
    Town,
    /// Where in the town (text).
    Place,
    /// What was seen (buttons).
    Activity,
    /// How many agents and vehicles, markings or uniforms (text, or Skip).
    Details,
    /// When (buttons).
    When,
    /// A photo, or Skip.
    Photo,
    /// The summary: Send or Cancel.
    Summary,
}

/// A report being written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportDraft {
    /// Where the draft stands.
    pub step: Step,
    /// The town (index into [`Towns::all`]).
    pub town: Option<usize>,
    /// Where in the town.
    pub place: Option<String>,
    /// What was seen.
    pub activity: Option<Activity>,
    /// Agents, vehicles, markings.
    pub details: Option<String>,
    /// When.
    pub when: Option<When>,
    /// The photo's Telegram file id.
    pub photo: Option<String>,
}

/// What the reporter did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event<'a> {
    /// Continue, after the safety screen.
    Continue,
    /// A county was chosen (region code): show its towns.
    County(&'a str),
    /// A town was chosen (index).
    Town(usize),
    /// Text was sent.
    Text(&'a str),
    /// An activity was chosen.
    Activity(Activity),
    /// A time was chosen.
    When(When),
    /// A photo was sent (the file id of its largest size).
    Photo(&'a str),
    /// A file (document) was sent instead of a photo.
    Document,
    /// Skip (details, photo).
    Skip,
    /// Send, under the summary.
    Confirm,
    /// Cancel.
    Cancel,
}

/// What the adapter shows next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Ask the question of this step.
    Ask(Step),
    /// Show the towns of this county (region code).
    CountyTowns(String),
    /// The typed name could mean these towns: ask which.
    TownChoices(Vec<usize>),
    /// No town matched the typed name: ask again.
    TownNotFound,
    /// A file was sent: ask for a photo instead (files keep location data).
    NotAPhoto,
    /// The report is complete and confirmed: send it for verification (the draft is finished).
    Submit(Report),
    /// The reporter cancelled (the draft is finished).
    Cancelled,
    /// The input does not fit this step: repeat the step's question.
    Repeat(Step),
}

/// A complete report, ready for the verifiers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The town's name.
    pub town: String,
    /// The town's alert region (county code).
    pub region: String,
    /// Where in the town.
    pub place: String,
    /// What was seen.
    pub activity: Activity,
    /// Agents, vehicles, markings (may be empty).
    pub details: String,
    /// When.
    pub when: When,
    /// The photo's file id, if one was sent.
    pub photo: Option<String>,
}

impl ReportDraft {
    /// Whether a draft is finished by `effect` (and should be deleted).
    pub fn finished_by(effect: &Effect) -> bool {
        matches!(effect, Effect::Submit(_) | Effect::Cancelled)
    }

    /// Whether the draft expects text or media typed into the chat (rather than a button).
    pub fn takes_messages(&self) -> bool {
        matches!(self.step, Step::Town | Step::Place | Step::Details | Step::Photo)
    }

    /// Applies one event. Buttons of an earlier step that still fit (a town, a county) are
    /// accepted; anything else repeats the current question.
    pub fn apply(&mut self, towns: &Towns, event: Event<'_>) -> Effect {
        if event == Event::Cancel {
            return Effect::Cancelled;
        }
        match (self.step, event) {
            (Step::Safety, Event::Continue) => self.next(Step::Town),
            (Step::Town, Event::County(region)) if !towns.in_region(region).is_empty() => {
                Effect::CountyTowns(region.to_string())
            }
            (Step::Town, Event::Town(index)) if towns.get(index).is_some() => {
                self.town = Some(index);
                self.next(Step::Place)
            }
            (Step::Town, Event::Text(text)) => {
                let found = towns.find(text);
                match found.towns.as_slice() {
                    [] => Effect::TownNotFound,
                    [only] if found.exact => {
                        self.town = Some(*only);
                        self.next(Step::Place)
                    }
                    _ => Effect::TownChoices(found.towns),
                }
            }
            (Step::Place, Event::Text(text)) => match clip(text, MAX_PLACE_CHARS) {
                Some(place) => {
                    self.place = Some(place);
                    self.next(Step::Activity)
                }
                None => Effect::Repeat(Step::Place),
            },
            (Step::Activity, Event::Activity(activity)) => {
                self.activity = Some(activity);
                self.next(Step::Details)
            }
            (Step::Details, Event::Text(text)) => {
                self.details = clip(text, MAX_DETAILS_CHARS);
                self.next(Step::When)
            }
            (Step::Details, Event::Skip) => {
                self.details = None;
                self.next(Step::When)
            }
            (Step::When, Event::When(when)) => {
                self.when = Some(when);
                self.next(Step::Photo)
            }
            (Step::Photo, Event::Photo(file_id)) if !file_id.is_empty() => {
                self.photo = Some(file_id.to_string());
                self.next(Step::Summary)
            }
            (Step::Photo, Event::Document) => Effect::NotAPhoto,
            (Step::Photo, Event::Skip) => {
                self.photo = None;
                self.next(Step::Summary)
            }
            (Step::Summary, Event::Confirm) => match self.report(towns) {
                Some(report) => Effect::Submit(report),
                None => Effect::Repeat(Step::Summary),
            },
            (step, _) => Effect::Repeat(step),
        }
    }

    fn next(&mut self, step: Step) -> Effect {
        self.step = step;
        Effect::Ask(step)
    }

    /// The complete report, when every required field is filled.
    pub fn report(&self, towns: &Towns) -> Option<Report> {
        let town = towns.get(self.town?)?;
        Some(Report {
            town: town.name.clone(),
            region: town.region(),
            place: self.place.clone()?,
            activity: self.activity?,
            details: self.details.clone().unwrap_or_default(),
            when: self.when?,
            photo: self.photo.clone(),
        })
    }
}

/// Trimmed text cut to `max` characters; `None` when empty.
fn clip(text: &str, max: usize) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.chars().take(max).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn towns() -> Towns {
        Towns::embedded().expect("the embedded town list parses")
    }

    #[test]
    fn a_report_goes_from_safety_to_submit() {
        let towns = towns();
        let mut draft = ReportDraft::default();
        assert_eq!(draft.apply(&towns, Event::Continue), Effect::Ask(Step::Town));
        assert_eq!(
            draft.apply(&towns, Event::County("tolland")),
            Effect::CountyTowns("tolland".into())
        );
        let mansfield = towns.find("Mansfield").towns[0];
        assert_eq!(draft.apply(&towns, Event::Town(mansfield)), Effect::Ask(Step::Place));
        assert_eq!(draft.apply(&towns, Event::Text("  ")), Effect::Repeat(Step::Place));
        assert_eq!(
            draft.apply(&towns, Event::Text("Route 195 near the library")),
            Effect::Ask(Step::Activity)
        );
        assert_eq!(
            draft.apply(&towns, Event::Activity(Activity::Patrol)),
            Effect::Ask(Step::Details)
        );
        assert_eq!(
            draft.apply(&towns, Event::Text("2 agents, one grey van")),
            Effect::Ask(Step::When)
        );
        assert_eq!(draft.apply(&towns, Event::When(When::Now)), Effect::Ask(Step::Photo));
        assert_eq!(draft.apply(&towns, Event::Document), Effect::NotAPhoto);
        assert_eq!(
            draft.apply(&towns, Event::Photo("AgAC-big")),
            Effect::Ask(Step::Summary)
        );
        let Effect::Submit(report) = draft.apply(&towns, Event::Confirm) else {
            panic!("confirm submits");
        };
        assert_eq!(report.town, "Mansfield");
        assert_eq!(report.region, "tolland");
        assert_eq!(report.photo.as_deref(), Some("AgAC-big"));
        assert!(ReportDraft::finished_by(&Effect::Submit(report)));
    }

    #[test]
    fn typed_towns_are_matched_or_offered() {
        let towns = towns();
        let mut draft = ReportDraft {
            step: Step::Town,
            ..ReportDraft::default()
        };
        assert_eq!(draft.apply(&towns, Event::Text("zzzz")), Effect::TownNotFound);
        assert!(matches!(
            draft.apply(&towns, Event::Text("Bridgeprot")),
            Effect::TownChoices(_)
        ));
        assert_eq!(draft.apply(&towns, Event::Text("Mystic")), {
            Effect::TownChoices(towns.find("Mystic").towns)
        });
        assert_eq!(
            draft.apply(&towns, Event::Text("willimantic")),
            Effect::Ask(Step::Place)
        );
        assert_eq!(towns.all()[draft.town.unwrap()].name, "Windham");
    }

    #[test]
    fn out_of_step_input_repeats_and_cancel_always_works() {
        let towns = towns();
        let mut draft = ReportDraft::default();
        assert_eq!(draft.apply(&towns, Event::Confirm), Effect::Repeat(Step::Safety));
        assert_eq!(draft.apply(&towns, Event::Town(10_000)), Effect::Repeat(Step::Safety));
        draft.step = Step::Town;
        assert_eq!(draft.apply(&towns, Event::Town(10_000)), Effect::Repeat(Step::Town));
        assert_eq!(
            draft.apply(&towns, Event::County("atlantis")),
            Effect::Repeat(Step::Town)
        );
        assert_eq!(draft.apply(&towns, Event::Cancel), Effect::Cancelled);
        let long = "x".repeat(1000);
        draft.step = Step::Place;
        draft.apply(&towns, Event::Text(&long));
        assert_eq!(draft.place.as_ref().map(|p| p.chars().count()), Some(MAX_PLACE_CHARS));
    }

    #[test]
    fn a_draft_survives_serialization() {
        let draft = ReportDraft {
            step: Step::When,
            town: Some(3),
            place: Some("Main St".into()),
            activity: Some(Activity::Door),
            details: None,
            when: None,
            photo: None,
        };
        let json = serde_json::to_string(&draft).unwrap();
        assert_eq!(serde_json::from_str::<ReportDraft>(&json).unwrap(), draft);
    }
}
