//! Placing text in boxes: lines broken at spaces with the fonts' real widths, paragraphs stacked
//! top to bottom. A text that does not fit its box is a [`Misfit`], never a clipped line: `kyr
//! check` reports it, and rendering refuses it.

use super::fonts::{self, Weight};

/// Share of a box's width kept free, for kerning and rounding.
const WIDTH_MARGIN: f32 = 0.02;

/// Font, size and spacing of a run of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// Font size in pixels.
    pub size: f32,
    /// Weight.
    pub weight: Weight,
    /// Distance between baselines.
    pub line_height: f32,
    /// Fill color (`#rrggbb`).
    pub color: &'static str,
}

/// A rectangle, in the image's pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
}

/// How lines sit in their frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Flush left.
    Start,
    /// Centered.
    Middle,
}

/// One line of text, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Where the line starts (`Align::Start`) or its center (`Align::Middle`).
    pub x: f32,
    /// Baseline.
    pub baseline: f32,
    /// The text.
    pub text: String,
    /// Its style.
    pub style: Style,
    /// Its alignment.
    pub align: Align,
    /// Its measured width.
    pub width: f32,
}

/// A text that cannot be placed: which message, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misfit {
    /// The Fluent message id (or what else the text is), for the report.
    pub id: String,
    /// What is wrong, in words.
    pub reason: String,
}

/// One paragraph to place: its message id, text and style, and an optional bold label drawn
/// before its first line (a step's number), which indents every line.
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// Fluent message id, for reports.
    pub id: String,
    /// The text (plain).
    pub text: String,
    /// Its style.
    pub style: Style,
    /// A label drawn before the first line, such as `1.`.
    pub label: Option<String>,
    /// Extra space above the paragraph (not above the first one).
    pub gap: f32,
}

/// Breaks `text` into lines no wider than `width`, at spaces.
pub fn wrap(id: &str, text: &str, style: Style, width: f32) -> Result<Vec<(String, f32)>, Misfit> {
    let misfit = |reason: String| Misfit {
        id: id.to_string(),
        reason,
    };
    let measure = |s: &str| {
        fonts::width(s, style.weight, style.size)
            .map_err(|c| misfit(format!("{c:?} (U+{:04X}) has no glyph in the card fonts", u32::from(c))))
    };
    let limit = width * (1.0 - WIDTH_MARGIN);
    let space = measure(" ")?;
    let mut lines: Vec<(String, f32)> = Vec::new();
    let mut current = String::new();
    let mut current_width = 0.0;
    // Advances add up, so a line's width is its words' widths and the spaces between them.
    for word in text.split_whitespace() {
        let word_width = measure(word)?;
        if word_width > limit {
            return Err(misfit(format!("the word {word:?} is wider than its box")));
        }
        if current.is_empty() {
            current = word.to_string();
            current_width = word_width;
        } else if current_width + space + word_width <= limit {
            current.push(' ');
            current.push_str(word);
            current_width += space + word_width;
        } else {
            lines.push((std::mem::replace(&mut current, word.to_string()), current_width));
            current_width = word_width;
        }
    }
    if !current.is_empty() {
        lines.push((current, current_width));
    }
    Ok(lines)
}

/// Stacks `paragraphs` in `frame` from its top, each broken into lines; every paragraph that
/// does not fit (too wide a word, or past the frame's bottom) is a [`Misfit`].
pub fn stack(frame: Frame, paragraphs: &[Paragraph], align: Align) -> (Vec<Line>, Vec<Misfit>) {
    let mut lines = Vec::new();
    let mut misfits = Vec::new();
    let mut top = frame.y;
    let mut longest: Option<(String, usize)> = None;
    for (n, paragraph) in paragraphs.iter().enumerate() {
        let style = paragraph.style;
        if n > 0 {
            top += paragraph.gap;
        }
        let indent = match &paragraph.label {
            Some(label) => match fonts::width(label, Weight::Bold, style.size) {
                Ok(w) => w + style.size * 0.45,
                Err(c) => {
                    misfits.push(Misfit {
                        id: paragraph.id.clone(),
                        reason: format!("{c:?} has no glyph in the card fonts"),
                    });
                    continue;
                }
            },
            None => 0.0,
        };
        let wrapped = match wrap(&paragraph.id, &paragraph.text, style, frame.width - indent) {
            Ok(wrapped) => wrapped,
            Err(misfit) => {
                misfits.push(misfit);
                continue;
            }
        };
        // The first baseline sits one ascent (about 0.8 of the size in Noto Sans' metrics
        // rounded up, plus the line's leading) below the top.
        let leading = (style.line_height - style.size).max(0.0) / 2.0;
        let bottom = top + style.line_height * wrapped.len() as f32;
        // The longest paragraph is the one to shorten (ties: the later one).
        if longest.as_ref().is_none_or(|(_, lines)| wrapped.len() >= *lines) {
            longest = Some((paragraph.id.clone(), wrapped.len()));
        }
        if let Some(label) = &paragraph.label {
            lines.push(Line {
                x: frame.x,
                baseline: top + leading + style.size * 0.8,
                text: label.clone(),
                style: Style {
                    weight: Weight::Bold,
                    ..style
                },
                align: Align::Start,
                width: indent,
            });
        }
        for (i, (text, width)) in wrapped.into_iter().enumerate() {
            let x = match align {
                Align::Start => frame.x + indent,
                Align::Middle => frame.x + frame.width / 2.0,
            };
            lines.push(Line {
                x,
                baseline: top + leading + style.size * 0.8 + style.line_height * i as f32,
                text,
                style,
                align,
                width,
            });
        }
        top = bottom;
    }
    let overflow = top - (frame.y + frame.height);
    if overflow > 0.5 {
        let (id, count) = longest.unwrap_or_default();
        misfits.push(Misfit {
            id,
            reason: format!(
                "its box overflows by {overflow:.0} px: this text takes {count} line(s), the most in the box; shorten it"
            ),
        });
    }
    (lines, misfits)
}
