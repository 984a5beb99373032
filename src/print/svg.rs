//! Writing SVG: escaped text elements for placed lines, and the document around them.

use std::fmt::Write;

use super::fonts::FAMILY;
// Telegram's HTML and XML escape the same four characters.
use super::layout::{Align, Line};
use crate::content::html::escape;

/// Appends placed lines as `<text>` elements.
pub fn lines(out: &mut String, lines: &[Line]) {
    for line in lines {
        let anchor = match line.align {
            Align::Start => "start",
            Align::Middle => "middle",
        };
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" font-family="{FAMILY}" font-size="{}" font-weight="{}" fill="{}" text-anchor="{anchor}">{}</text>"#,
            line.x,
            line.baseline,
            line.style.size,
            line.style.weight.css(),
            line.style.color,
            escape(&line.text)
        );
    }
}

/// A whole SVG document of `width` × `height` pixels around `body`.
pub fn document(width: f32, height: f32, body: &str) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{width}" height="{height}" viewBox="0 0 {width} {height}">{body}</svg>"#
    )
}
