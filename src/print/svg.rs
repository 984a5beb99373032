//! Writing SVG: escaped text elements for placed lines, and the document around them.

use std::fmt::Write;

use super::fonts::Run;
// Telegram's HTML and XML escape the same four characters.
use super::layout::{no_glyph, Align, Direction, Line, Misfit};
use crate::content::html::escape;

/// Right-to-left isolate: a right-to-left run reads right to left in any renderer, whatever
/// the text's direction, its edge punctuation included.
const RLI: char = '\u{2067}';
/// Right-to-left mark, after the run: a space at the run's end would otherwise count as the
/// line's trailing white space, which the bidi algorithm moves to the line's (left-to-right)
/// end.
const RLM: char = '\u{200F}';
/// Pop directional isolate.
const PDI: char = '\u{2069}';

/// A run's text as written in the SVG.
fn run_text(run: &Run) -> String {
    if run.rtl {
        escape(&format!("{RLI}{}{RLM}{PDI}", run.text))
    } else {
        escape(&run.text)
    }
}

/// Appends placed lines as `<text>` elements: a line of one run (one font, one direction) as
/// one text anchored at its start, middle or end; a line of several runs (Chinese with a
/// number, Arabic with a Latin name) as one text with a `<tspan>` per run, each placed where
/// it was measured, left to right. usvg (0.45) lays out every text left to right and ignores
/// `direction`, so a right-to-left run carries its direction in isolates instead, and its
/// placement comes from here. A line with a character no font has (never, once placed) is the
/// error.
pub fn lines(out: &mut String, lines: &[Line]) -> Result<(), Vec<Misfit>> {
    for line in lines {
        let runs = line.runs().map_err(|c| {
            vec![Misfit {
                id: line.text.clone(),
                reason: no_glyph(c),
            }]
        })?;
        let style = format!(
            r#"font-size="{}" font-weight="{}" fill="{}""#,
            line.style.size,
            line.style.weight.css(),
            line.style.color
        );
        match runs.as_slice() {
            [run] => {
                let anchor = match (line.align, line.direction) {
                    (Align::Start, Direction::Ltr) => "start",
                    (Align::Start, Direction::Rtl) => "end",
                    (Align::Middle, _) => "middle",
                };
                let _ = write!(
                    out,
                    r#"<text x="{:.1}" y="{:.1}" font-family="{}" {style} text-anchor="{anchor}">{}</text>"#,
                    line.x,
                    line.baseline,
                    run.font.family(),
                    run_text(run)
                );
            }
            runs => {
                let mut x = line.left(runs.iter().map(|r| r.width).sum());
                let family = runs.first().map_or(super::fonts::FAMILY, |r| r.font.family());
                let _ = write!(
                    out,
                    r#"<text x="{x:.1}" y="{:.1}" font-family="{family}" {style} xml:space="preserve">"#,
                    line.baseline
                );
                for run in runs {
                    let _ = write!(
                        out,
                        r#"<tspan x="{x:.1}" font-family="{}">{}</tspan>"#,
                        run.font.family(),
                        run_text(run)
                    );
                    x += run.width;
                }
                out.push_str("</text>");
            }
        }
    }
    Ok(())
}

/// A whole SVG document of `width` × `height` pixels around `body`.
pub fn document(width: f32, height: f32, body: &str) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{width}" height="{height}" viewBox="0 0 {width} {height}">{body}</svg>"#
    )
}
