//! The rights card: 3.5 × 2 inches, drawn at 300 dpi (1050 × 600 pixels). The front, in the
//! holder's language, says what to do, with a legal-aid number, the review date and a QR code
//! that opens kyr in that language; the back, in English for every language, is the statement
//! the holder shows an agent. Every word comes from `locales/<lang>/card.ftl`.

use std::fmt;
use std::str::FromStr;

use super::fonts::Weight;
use super::layout::{self, Align, Direction, Frame, Line, Misfit, Paragraph, Style};
use super::{qr, svg, INK, MUTED, NAVY, WHITE};
use crate::content::{Arg, Content, Lang};

/// Card width in pixels (3.5 inches at 300 dpi).
pub const WIDTH: f32 = 1050.0;
/// Card height in pixels (2 inches at 300 dpi).
pub const HEIGHT: f32 = 600.0;

/// How many "what to do" lines the front has: `card-front-1` to `card-front-6`.
pub const FRONT_LINES: usize = crate::content::CARD_FRONT_LINES;
/// How many statements the back has: `card-back-1` to `card-back-5`.
pub const BACK_LINES: usize = 5;

/// A side of the card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// What to do, in the holder's language.
    Front,
    /// The statement for the agent, in English.
    Back,
}

impl Side {
    /// Both sides, front first.
    pub const ALL: [Side; 2] = [Side::Front, Side::Back];

    /// `front` or `back`.
    pub fn name(self) -> &'static str {
        match self {
            Side::Front => "front",
            Side::Back => "back",
        }
    }
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Side {
    type Err = String;

    fn from_str(s: &str) -> Result<Side, String> {
        Side::ALL
            .into_iter()
            .find(|side| side.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| format!("unknown side {s:?}: use front or back"))
    }
}

/// The Fluent ids of the front's text, in the order they are drawn.
pub fn front_ids() -> Vec<String> {
    let mut ids = vec!["card-front-title".to_string()];
    ids.extend((1..=FRONT_LINES).map(|n| format!("card-front-{n}")));
    ids.extend(["card-front-help", "card-front-scan", "card-front-reviewed"].map(String::from));
    ids
}

/// The Fluent ids of the back's text (English only).
pub fn back_ids() -> Vec<String> {
    let mut ids = vec!["card-back-title".to_string()];
    ids.extend((1..=BACK_LINES).map(|n| format!("card-back-{n}")));
    ids.push("card-back-reviewed".to_string());
    ids
}

fn style(size: f32, weight: Weight, line_height: f32, color: &'static str) -> Style {
    Style {
        size,
        weight,
        line_height,
        color,
    }
}

fn paragraph(id: &str, text: String, style: Style) -> Paragraph {
    Paragraph {
        id: id.to_string(),
        text,
        style,
        label: None,
        gap: 0.0,
    }
}

fn reviewed(content: &Content, lang: Lang, id: &str) -> String {
    let date = content.card_reviewed().unwrap_or_default().to_string();
    content.locales().format(lang, id, &[("date", Arg::Text(date))])
}

/// A band across the top with a title in it.
fn band(content: &Content, lang: Lang, id: &str, height: f32, size: f32) -> (String, Vec<Line>, Vec<Misfit>) {
    let rect = format!(r#"<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="{NAVY}"/>"#);
    let title = paragraph(
        id,
        super::text(content, lang, id),
        style(size, Weight::Bold, height - 24.0, WHITE),
    );
    let frame = Frame {
        x: 40.0,
        y: 12.0,
        width: WIDTH - 80.0,
        height: height - 24.0,
    };
    let (lines, misfits) = layout::stack(frame, &[title], Align::Start, Direction::of(lang));
    (rect, lines, misfits)
}

/// The front's drawing (without the `<svg>` around it), in card pixels, or every text that
/// does not fit. `link` is what the QR code opens (`None`: measure the text only, for checks; the
/// drawing then holds neither the QR code nor the text).
/// In a right-to-left language the front is mirrored: the steps flush right on the right, the
/// QR code on the left.
pub fn front(content: &Content, lang: Lang, link: Option<&str>) -> Result<String, Vec<Misfit>> {
    let (mut body, mut lines, mut misfits) = band(content, lang, "card-front-title", 88.0, 40.0);
    let direction = Direction::of(lang);
    let place = |frame: Frame| match direction {
        Direction::Ltr => frame,
        Direction::Rtl => frame.mirrored(WIDTH),
    };

    let step = style(25.0, Weight::Regular, 30.0, INK);
    let steps: Vec<Paragraph> = (1..=FRONT_LINES)
        .map(|n| {
            let id = format!("card-front-{n}");
            Paragraph {
                label: Some(format!("{n}.")),
                gap: 9.0,
                ..paragraph(&id, super::text(content, lang, &id), step)
            }
        })
        .collect();
    let steps_frame = place(Frame {
        x: 40.0,
        y: 108.0,
        width: 720.0,
        height: 336.0,
    });
    collect(
        layout::stack(steps_frame, &steps, Align::Start, direction),
        &mut lines,
        &mut misfits,
    );

    let qr_frame = place(Frame {
        x: 800.0,
        y: 104.0,
        width: 210.0,
        height: 210.0,
    });
    match link.map(|link| qr::svg(link, qr_frame.x, qr_frame.y, qr_frame.width)) {
        Some(Ok(code)) => body.push_str(&code),
        None => {}
        Some(Err(e)) => misfits.push(Misfit {
            id: "card QR code".to_string(),
            reason: e.to_string(),
        }),
    }
    let scan = paragraph(
        "card-front-scan",
        super::text(content, lang, "card-front-scan"),
        style(18.0, Weight::Bold, 22.0, NAVY),
    );
    let scan_frame = place(Frame {
        x: 790.0,
        y: 316.0,
        width: 230.0,
        height: 110.0,
    });
    collect(
        layout::stack(scan_frame, &[scan], Align::Middle, direction),
        &mut lines,
        &mut misfits,
    );

    body.push_str(r##"<rect x="40" y="456" width="970" height="2" fill="#c5cfdb"/>"##);
    let (name, phone) = match content.card_referral() {
        Some(referral) => (
            referral.name.clone(),
            referral.phones.first().cloned().unwrap_or_default(),
        ),
        None => (String::new(), String::new()),
    };
    let help = paragraph(
        "card-front-help",
        super::labelled(&super::text(content, lang, "card-front-help"), &name),
        style(21.0, Weight::Regular, 30.0, INK),
    );
    let phone = Paragraph {
        gap: 2.0,
        ..paragraph(
            "the card referral's phone",
            phone,
            style(40.0, Weight::Bold, 50.0, NAVY),
        )
    };
    let footer = Paragraph {
        gap: 8.0,
        ..paragraph(
            "card-front-reviewed",
            reviewed(content, lang, "card-front-reviewed"),
            style(17.0, Weight::Regular, 26.0, MUTED),
        )
    };
    let bottom = Frame {
        x: 40.0,
        y: 466.0,
        width: 970.0,
        height: 126.0,
    };
    collect(
        layout::stack(bottom, &[help, phone, footer], Align::Start, direction),
        &mut lines,
        &mut misfits,
    );

    if !misfits.is_empty() {
        return Err(misfits);
    }
    if link.is_some() {
        svg::lines(&mut body, &lines)?;
    }
    Ok(body)
}

/// The back's drawing (English, the same for every language), or every text that does not fit.
pub fn back(content: &Content) -> Result<String, Vec<Misfit>> {
    let lang = Lang::En;
    let (mut body, mut lines, mut misfits) = band(content, lang, "card-back-title", 84.0, 38.0);
    let statement = style(28.0, Weight::Regular, 35.0, INK);
    let statements: Vec<Paragraph> = (1..=BACK_LINES)
        .map(|n| {
            let id = format!("card-back-{n}");
            Paragraph {
                gap: 14.0,
                ..paragraph(&id, super::text(content, lang, &id), statement)
            }
        })
        .collect();
    let frame = Frame {
        x: 40.0,
        y: 104.0,
        width: 970.0,
        height: 436.0,
    };
    collect(
        layout::stack(frame, &statements, Align::Start, Direction::Ltr),
        &mut lines,
        &mut misfits,
    );
    let footer = paragraph(
        "card-back-reviewed",
        reviewed(content, lang, "card-back-reviewed"),
        style(17.0, Weight::Regular, 24.0, MUTED),
    );
    let footer_frame = Frame {
        x: 40.0,
        y: 560.0,
        width: 970.0,
        height: 30.0,
    };
    collect(
        layout::stack(footer_frame, &[footer], Align::Start, Direction::Ltr),
        &mut lines,
        &mut misfits,
    );
    if !misfits.is_empty() {
        return Err(misfits);
    }
    svg::lines(&mut body, &lines)?;
    Ok(body)
}

fn collect((placed, found): (Vec<Line>, Vec<Misfit>), lines: &mut Vec<Line>, misfits: &mut Vec<Misfit>) {
    lines.extend(placed);
    misfits.extend(found);
}
