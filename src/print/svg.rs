//! Writing SVG: escaped text elements for placed lines, and the document around them.

use std::fmt::Write;

use super::fonts::FAMILY;
use super::layout::{Align, Line};

/// `text` escaped for XML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

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
