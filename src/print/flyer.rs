//! The flyer: half a letter sheet (5.5 × 8.5 inches, 1650 × 2550 pixels at 300 dpi) with one
//! answer's first screen (its title and steps, or its gist, and who to call first), a QR code
//! that opens the whole answer in kyr, and the review date.

use super::fonts::Weight;
use super::layout::{self, Align, Direction, Frame, Line, Misfit, Paragraph, Style};
use super::{qr, svg, INK, MUTED, NAVY, WHITE};
use crate::content::{Arg, Category, Content, Lang, Priority};

/// Flyer width in pixels (5.5 inches at 300 dpi).
pub const WIDTH: f32 = 1650.0;
/// Flyer height in pixels (8.5 inches at 300 dpi).
pub const HEIGHT: f32 = 2550.0;

/// Whether an intent has a flyer: every answer but the conversation ones (greetings, thanks).
pub fn has_flyer(content: &Content, index: usize) -> bool {
    content.intent(index).category != Category::Conversation
}

fn paragraph(id: &str, text: String, style: Style, gap: f32) -> Paragraph {
    Paragraph {
        id: id.to_string(),
        text,
        style,
        label: None,
        gap,
    }
}

/// The flyer's drawing (without the `<svg>` around it) of the intent at `index` in `lang`, or
/// every text that does not fit. `link` is what the QR code opens (`None`: measure the text
/// only, for checks; the drawing then holds neither the QR code nor the text). In a
/// right-to-left language the text is flush right and the QR code and its caption change sides.
pub fn body(content: &Content, lang: Lang, index: usize, link: Option<&str>) -> Result<String, Vec<Misfit>> {
    let direction = Direction::of(lang);
    let place = |frame: Frame| match direction {
        Direction::Ltr => frame,
        Direction::Rtl => frame.mirrored(WIDTH),
    };
    let locales = content.locales();
    let intent = content.intent(index);
    let id = &intent.id;
    let mut lines: Vec<Line> = Vec::new();
    let mut misfits: Vec<Misfit> = Vec::new();
    let mut collect = |(placed, found): (Vec<Line>, Vec<Misfit>)| {
        lines.extend(placed);
        misfits.extend(found);
    };
    let mut body = format!(r#"<rect x="0" y="0" width="{WIDTH}" height="220" fill="{NAVY}"/>"#);

    let band = Style {
        size: 84.0,
        weight: Weight::Bold,
        line_height: 150.0,
        color: WHITE,
    };
    collect(layout::stack(
        Frame {
            x: 100.0,
            y: 35.0,
            width: WIDTH - 200.0,
            height: 150.0,
        },
        &[paragraph(
            "card-front-title",
            super::text(content, lang, "card-front-title"),
            band,
            0.0,
        )],
        Align::Start,
        direction,
    ));

    let title_id = format!("{id}-title");
    let title = Style {
        size: 84.0,
        weight: Weight::Bold,
        line_height: 100.0,
        color: NAVY,
    };
    let mut paragraphs = vec![paragraph(&title_id, super::text(content, lang, &title_id), title, 0.0)];
    let text_id = if intent.priority == Priority::Urgent {
        format!("{id}-now")
    } else {
        format!("{id}-gist")
    };
    let step = Style {
        size: 54.0,
        weight: Weight::Regular,
        line_height: 70.0,
        color: INK,
    };
    let plain = super::text(content, lang, &text_id);
    for (n, line) in plain.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        // A numbered step keeps its number in a hanging indent, as on the first screen.
        let (label, text) = match line.split_once(". ") {
            Some((number, rest)) if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) => {
                (Some(format!("{number}.")), rest.to_string())
            }
            _ => (None, line.to_string()),
        };
        paragraphs.push(Paragraph {
            label,
            ..paragraph(&text_id, text, step, if n == 0 { 44.0 } else { 26.0 })
        });
    }
    if let Some(referral) = intent.referrals.first().and_then(|r| content.referral(r)) {
        // A phone is printed large, to dial from across a room; a web address as people type it.
        let (contact, contact_size) = match (referral.phones.first(), &referral.web) {
            (Some(phone), _) => (phone.clone(), 72.0),
            (None, Some(web)) => (short_web(web), 50.0),
            (None, None) => (String::new(), 50.0),
        };
        let call = Style {
            size: 50.0,
            weight: Weight::Bold,
            line_height: 64.0,
            color: INK,
        };
        // The same label as the first screen's contact line.
        let label = if intent.priority == Priority::Urgent {
            "call-first"
        } else {
            "who-can-help"
        };
        paragraphs.push(paragraph(
            label,
            super::labelled(&super::text(content, lang, label), &referral.name),
            call,
            56.0,
        ));
        paragraphs.push(paragraph(
            &format!("referral {} contact", referral.id),
            contact,
            Style {
                size: contact_size,
                line_height: contact_size * 1.22,
                color: NAVY,
                ..call
            },
            4.0,
        ));
    }
    let answer = Frame {
        x: 100.0,
        y: 280.0,
        width: WIDTH - 200.0,
        height: 1600.0,
    };
    let (mut placed, found) = layout::stack(answer, &paragraphs, Align::Start, direction);
    // A short answer sits in the middle of its space rather than under the title with a gap
    // below: a third of the free space above it, two thirds below.
    if let Some(last) = placed.iter().map(|l| l.baseline + l.style.size * 0.3).reduce(f32::max) {
        let free = answer.y + answer.height - last;
        if free > 0.0 && found.is_empty() {
            for line in &mut placed {
                line.baseline += (free / 3.0).floor();
            }
        }
    }
    collect((placed, found));

    body.push_str(r##"<rect x="100" y="1910" width="1450" height="4" fill="#c5cfdb"/>"##);
    let qr_frame = place(Frame {
        x: 90.0,
        y: 1950.0,
        width: 520.0,
        height: 520.0,
    });
    match link.map(|link| qr::svg(link, qr_frame.x, qr_frame.y, qr_frame.width)) {
        Some(Ok(code)) => body.push_str(&code),
        None => {}
        Some(Err(e)) => collect((
            Vec::new(),
            vec![Misfit {
                id: "flyer QR code".to_string(),
                reason: e.to_string(),
            }],
        )),
    }
    let scan = Style {
        size: 46.0,
        weight: Weight::Bold,
        line_height: 60.0,
        color: NAVY,
    };
    let reviewed = Style {
        size: 32.0,
        weight: Weight::Regular,
        line_height: 44.0,
        color: MUTED,
    };
    let date = intent.reviewed.clone();
    collect(layout::stack(
        place(Frame {
            x: 680.0,
            y: 1990.0,
            width: 870.0,
            height: 460.0,
        }),
        &[
            paragraph("flyer-scan", super::text(content, lang, "flyer-scan"), scan, 0.0),
            paragraph(
                "flyer-reviewed",
                locales.format(lang, "flyer-reviewed", &[("date", Arg::Text(date))]),
                reviewed,
                40.0,
            ),
        ],
        Align::Start,
        direction,
    ));
    if !misfits.is_empty() {
        return Err(misfits);
    }
    if link.is_some() {
        svg::lines(&mut body, &lines)?;
    }
    Ok(body)
}

/// A web address without its scheme, `www.` or final slash, as people type it.
fn short_web(web: &str) -> String {
    web.trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.")
        .trim_end_matches('/')
        .to_string()
}
