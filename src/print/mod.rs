//! Print: the rights card (front and back) and the QR flyers, as PNG, SVG or PDF, in every
//! language kyr speaks, from the content alone. Each is an SVG drawing (text placed with the
//! bundled fonts' real widths, a QR code made of squares) that resvg turns into pixels and
//! svg2pdf into a PDF. No system font, no network.
//!
//! - `fonts`: the bundled fonts and their measurements;
//! - `layout`: lines broken to fit boxes, and what does not fit;
//! - `qr`: QR codes as SVG;
//! - `card`, `flyer`, `sheet`: the drawings;
//! - here: rendering, the deep links the QR codes open, and [`problems`] for `kyr check`.
//!
//! It depends only on the content layer; the Telegram adapter and the command line call it.

pub mod card;
pub mod flyer;
pub mod fonts;
mod layout;
mod qr;
pub mod sheet;
mod svg;

use std::collections::HashMap;
use std::fmt;

use resvg::tiny_skia;
use resvg::usvg;

pub use card::Side;
pub use layout::Misfit;

use crate::content::{Content, Lang, CARD_LINK};

/// The color of bands, titles and numbers.
const NAVY: &str = "#12355b";
/// Body text.
const INK: &str = "#161616";
/// Review dates and small print.
const MUTED: &str = "#4a4a4a";
/// Text on a band.
const WHITE: &str = "#ffffff";
/// A card's size in pixels.
const CARD: (f32, f32) = (card::WIDTH, card::HEIGHT);
/// A flyer's size in pixels.
const FLYER: (f32, f32) = (flyer::WIDTH, flyer::HEIGHT);

/// Something that cannot be printed.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// A text does not fit its box or has a character the fonts lack (`kyr check` says which).
    #[error("{0}")]
    Layout(Problem),
    /// The QR code could not hold the link.
    #[error("QR code: {0}")]
    Qr(String),
    /// The SVG drawing did not parse (a bug in kyr, not in the content).
    #[error("drawing: {0}")]
    Svg(String),
    /// The PDF could not be written.
    #[error("PDF: {0}")]
    Pdf(String),
    /// The PNG could not be written.
    #[error("PNG: {0}")]
    Png(String),
}

/// A card or flyer text that cannot be printed, for `kyr check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The language.
    pub lang: Lang,
    /// What it is on: `card front`, `card back`, `flyer door`…
    pub on: String,
    /// The message id (or the referral) whose text it is, and why.
    pub misfit: Misfit,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} in {}: {}: {}",
            self.on, self.lang, self.misfit.id, self.misfit.reason
        )
    }
}

fn layout_error(lang: Lang, on: &str, misfits: Vec<Misfit>) -> PrintError {
    // The first is enough to refuse; `kyr check` lists them all.
    let misfit = misfits.into_iter().next().unwrap_or(Misfit {
        id: on.to_string(),
        reason: "does not fit".to_string(),
    });
    PrintError::Layout(Problem {
        lang,
        on: on.to_string(),
        misfit,
    })
}

/// The deep link a card's QR code opens: kyr, with the card, in `lang`.
pub fn card_link(bot: &str, lang: Lang) -> String {
    format!("https://t.me/{bot}?start={CARD_LINK}_{}", lang.code())
}

/// The deep link a flyer's QR code opens: the whole answer, in `lang`.
pub fn flyer_link(content: &Content, bot: &str, index: usize, lang: Lang) -> String {
    format!(
        "https://t.me/{bot}?start={}_{}",
        content.intent(index).slug,
        lang.code()
    )
}

/// A side of the card as an SVG document (1050 × 600 pixels). The back is English for every
/// `lang`.
pub fn card_svg(content: &Content, lang: Lang, side: Side, bot: &str) -> Result<String, PrintError> {
    let body = match side {
        Side::Front => {
            card::front(content, lang, Some(&card_link(bot, lang))).map_err(|m| layout_error(lang, "card front", m))?
        }
        Side::Back => card::back(content).map_err(|m| layout_error(Lang::En, "card back", m))?,
    };
    Ok(svg::document(card::WIDTH, card::HEIGHT, &with_background(&body, CARD)))
}

/// A side of the card as a PNG (1050 × 600 pixels, 300 dpi).
pub fn card_png(content: &Content, lang: Lang, side: Side, bot: &str) -> Result<Vec<u8>, PrintError> {
    png(&card_svg(content, lang, side, bot)?)
}

/// A side of the card as a one-page PDF of its own size (3.5 × 2 inches).
pub fn card_pdf(content: &Content, lang: Lang, side: Side, bot: &str) -> Result<Vec<u8>, PrintError> {
    pdf(&[card_svg(content, lang, side, bot)?], (card::WIDTH, card::HEIGHT))
}

/// The print sheet as a two-page US Letter PDF: ten fronts in `lang`, then ten backs placed for
/// duplex printing (flip on the long edge).
pub fn card_sheet_pdf(content: &Content, lang: Lang, bot: &str) -> Result<Vec<u8>, PrintError> {
    let front =
        card::front(content, lang, Some(&card_link(bot, lang))).map_err(|m| layout_error(lang, "card front", m))?;
    let back = card::back(content).map_err(|m| layout_error(Lang::En, "card back", m))?;
    let pages = [
        svg::document(
            sheet::WIDTH,
            sheet::HEIGHT,
            &sheet::page(&with_background(&front, CARD), false),
        ),
        svg::document(
            sheet::WIDTH,
            sheet::HEIGHT,
            &sheet::page(&with_background(&back, CARD), true),
        ),
    ];
    pdf(&pages, (sheet::WIDTH, sheet::HEIGHT))
}

/// The flyer of the intent at `index` as an SVG document (1650 × 2550 pixels).
pub fn flyer_svg(content: &Content, lang: Lang, index: usize, bot: &str) -> Result<String, PrintError> {
    let on = format!("flyer {}", content.intent(index).slug);
    let body = flyer::body(content, lang, index, Some(&flyer_link(content, bot, index, lang)))
        .map_err(|m| layout_error(lang, &on, m))?;
    Ok(svg::document(
        flyer::WIDTH,
        flyer::HEIGHT,
        &with_background(&body, FLYER),
    ))
}

/// The flyer as a PNG (1650 × 2550 pixels, 300 dpi).
pub fn flyer_png(content: &Content, lang: Lang, index: usize, bot: &str) -> Result<Vec<u8>, PrintError> {
    png(&flyer_svg(content, lang, index, bot)?)
}

/// The flyer as a one-page PDF, half a letter sheet (5.5 × 8.5 inches).
pub fn flyer_pdf(content: &Content, lang: Lang, index: usize, bot: &str) -> Result<Vec<u8>, PrintError> {
    pdf(&[flyer_svg(content, lang, index, bot)?], (flyer::WIDTH, flyer::HEIGHT))
}

/// Every card and flyer text, in every language, that does not fit its box or has a character
/// the bundled fonts cannot draw. `kyr check` reports them; rendering refuses them.
pub fn problems(content: &Content) -> Vec<Problem> {
    // The QR codes are left out: they take a fixed square whatever the link.
    let mut problems = Vec::new();
    let mut add = |lang: Lang, on: String, misfits: Vec<Misfit>| {
        problems.extend(misfits.into_iter().map(|misfit| Problem {
            lang,
            on: on.clone(),
            misfit,
        }));
    };
    if let Err(misfits) = card::back(content) {
        add(Lang::En, "card back".to_string(), misfits);
    }
    for lang in Lang::ALL {
        if let Err(misfits) = card::front(content, lang, None) {
            add(lang, "card front".to_string(), misfits);
        }
        for index in (0..content.intents().len()).filter(|&i| flyer::has_flyer(content, i)) {
            if let Err(misfits) = flyer::body(content, lang, index, None) {
                add(lang, format!("flyer {}", content.intent(index).slug), misfits);
            }
        }
    }
    problems
}

/// A white page under a drawing of `width` × `height` (PNG pixels are otherwise transparent).
fn with_background(body: &str, (width, height): (f32, f32)) -> String {
    format!(r##"<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>{body}"##)
}

/// A message as the plain text a card or flyer prints (entities decoded, tags dropped).
fn text(content: &Content, lang: Lang, id: &str) -> String {
    crate::content::html::to_plain(&content.locales().text(lang, id))
}

/// A label and the name it introduces (`Free legal help: Statewide…`), a space between, except
/// after full-width punctuation such as the Chinese `：`, whose glyph holds its own space.
fn labelled(label: &str, name: &str) -> String {
    let full_width = |c: char| matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}');
    if label.ends_with(full_width) {
        format!("{label}{name}")
    } else {
        format!("{label} {name}")
    }
}

fn tree(svg: &str) -> Result<usvg::Tree, PrintError> {
    let options = usvg::Options {
        fontdb: fonts::database(),
        font_family: fonts::FAMILY.to_string(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).map_err(|e| PrintError::Svg(e.to_string()))
}

/// An SVG document as PNG pixels at its own size.
pub fn png(svg: &str) -> Result<Vec<u8>, PrintError> {
    let tree = tree(svg)?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| PrintError::Png(format!("cannot draw {} × {} pixels", size.width(), size.height())))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| PrintError::Png(e.to_string()))
}

/// SVG documents of `size` pixels at 300 dpi, one per page, as a PDF.
fn pdf(pages: &[String], size: (f32, f32)) -> Result<Vec<u8>, PrintError> {
    use pdf_writer::{Content as Stream, Finish, Name, Pdf, Rect, Ref};

    // PDF measures in points, 72 to the inch.
    let (width, height) = (size.0 * 72.0 / 300.0, size.1 * 72.0 / 300.0);
    let mut alloc = Ref::new(1);
    let catalog_id = alloc.bump();
    let tree_id = alloc.bump();
    let mut pdf = Pdf::new();
    let mut page_ids = Vec::new();
    for svg in pages {
        let tree = tree(svg)?;
        let (chunk, drawing) = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
            .map_err(|e| PrintError::Pdf(e.to_string()))?;
        let mut renumbered = HashMap::new();
        let chunk = chunk.renumber(|old| *renumbered.entry(old).or_insert_with(|| alloc.bump()));
        let drawing = renumbered
            .get(&drawing)
            .copied()
            .ok_or_else(|| PrintError::Pdf("the drawing is missing from its chunk".to_string()))?;
        let page_id = alloc.bump();
        let content_id = alloc.bump();
        page_ids.push(page_id);
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, width, height));
        page.parent(tree_id);
        page.contents(content_id);
        page.resources().x_objects().pair(Name(b"D"), drawing);
        page.finish();
        let mut stream = Stream::new();
        // The drawing is a one-point square: scaled to the page.
        stream
            .transform([width, 0.0, 0.0, height, 0.0, 0.0])
            .x_object(Name(b"D"));
        pdf.stream(content_id, &stream.finish());
        pdf.extend(&chunk);
    }
    pdf.catalog(catalog_id).pages(tree_id);
    let count = i32::try_from(page_ids.len()).unwrap_or(i32::MAX);
    pdf.pages(tree_id).kids(page_ids).count(count);
    Ok(pdf.finish())
}
