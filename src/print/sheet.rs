//! The print sheet: ten cards on a US Letter page (two columns, five rows, business-card size,
//! the layout of standard perforated card stock), fronts on page 1 and backs on page 2, with cut
//! marks in the margins. Page 2 mirrors page 1's columns, so a printer that prints both sides
//! flipping on the long edge puts each back behind its front.

use std::fmt::Write;

use super::card;

/// Letter width in pixels at 300 dpi.
pub const WIDTH: f32 = 2550.0;
/// Letter height in pixels at 300 dpi.
pub const HEIGHT: f32 = 3300.0;
/// Cards across.
pub const COLUMNS: usize = 2;
/// Cards down.
pub const ROWS: usize = 5;

const LEFT: f32 = (WIDTH - card::WIDTH * COLUMNS as f32) / 2.0;
const TOP: f32 = (HEIGHT - card::HEIGHT * ROWS as f32) / 2.0;

/// Where the card in `column`, `row` of a page goes (top-left corner). On the backs' page the
/// columns are mirrored, so that flipping the sheet on its long edge brings each back behind
/// its front.
pub fn position(column: usize, row: usize, backs: bool) -> (f32, f32) {
    let column = if backs { COLUMNS - 1 - column } else { column };
    (LEFT + card::WIDTH * column as f32, TOP + card::HEIGHT * row as f32)
}

/// One page of the sheet: `card_body` (a card's drawing) in each of the ten places, and the cut
/// marks.
pub fn page(card_body: &str, backs: bool) -> String {
    let mut out = String::new();
    // Each card is defined once and placed ten times: one copy of its text and QR code.
    let _ = write!(out, r#"<defs><g id="card">{card_body}</g></defs>"#);
    for row in 0..ROWS {
        for column in 0..COLUMNS {
            let (x, y) = position(column, row, backs);
            let _ = write!(out, r##"<use xlink:href="#card" x="{x}" y="{y}"/>"##);
        }
    }
    out.push_str(&cut_marks());
    out
}

/// Short lines in the margins along every cut, stopping short of the cards so no mark shows
/// on a card cut slightly off.
fn cut_marks() -> String {
    let mut path = String::new();
    let gap = 20.0;
    for c in 0..=COLUMNS {
        let x = LEFT + card::WIDTH * c as f32;
        let _ = write!(path, "M{x} {}V{}", gap, TOP - gap);
        let bottom = TOP + card::HEIGHT * ROWS as f32;
        let _ = write!(path, "M{x} {}V{}", bottom + gap, HEIGHT - gap);
    }
    for r in 0..=ROWS {
        let y = TOP + card::HEIGHT * r as f32;
        let _ = write!(path, "M{} {y}H{}", gap, LEFT - gap);
        let right = LEFT + card::WIDTH * COLUMNS as f32;
        let _ = write!(path, "M{} {y}H{}", right + gap, WIDTH - gap);
    }
    format!(r##"<path d="{path}" stroke="#000000" stroke-width="3" fill="none"/>"##)
}
