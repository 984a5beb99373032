//! Placing text in boxes: lines broken at spaces (and between Chinese characters) with the
//! fonts' shaped widths, paragraphs stacked top to bottom, flush left, or flush right in a
//! right-to-left language. A text that does not fit its box is a [`Misfit`], never a clipped
//! line: `kyr check` reports it, and rendering refuses it.

pub use super::fonts::Direction;
use super::fonts::{self, Run, Weight};
use crate::content::html;

/// Share of a box's width kept free, for rounding.
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

impl Frame {
    /// The frame at the mirror position across a page `page_width` wide (for a right-to-left
    /// layout).
    pub fn mirrored(self, page_width: f32) -> Frame {
        Frame {
            x: page_width - self.x - self.width,
            ..self
        }
    }
}

/// How lines sit in their frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Flush with the side lines start from: left, or right in a right-to-left paragraph.
    Start,
    /// Centered.
    Middle,
}

/// One line of text, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Where the line starts (`Align::Start`: its left end, or its right end when it reads right
    /// to left) or its center (`Align::Middle`).
    pub x: f32,
    /// Baseline.
    pub baseline: f32,
    /// The text.
    pub text: String,
    /// Its style.
    pub style: Style,
    /// Its alignment.
    pub align: Align,
    /// Its measured width: its pieces' widths and the spaces between them.
    pub width: f32,
    /// Which way its paragraph reads.
    pub direction: Direction,
}

impl Line {
    /// The line's runs of one font and direction, left to right, shaped, as they are drawn.
    /// Shaped when drawn, not when placed, so `kyr check` does not shape every line twice; it
    /// cannot fail for a placed line, whose every character was measured.
    pub fn runs(&self) -> Result<Vec<Run>, char> {
        fonts::runs(&self.text, self.style.weight, self.style.size, self.direction)
    }

    /// The left end of the line if it is `width` wide, where its first run is drawn.
    pub fn left(&self, width: f32) -> f32 {
        match (self.align, self.direction) {
            (Align::Start, Direction::Ltr) => self.x,
            (Align::Start, Direction::Rtl) => self.x - width,
            (Align::Middle, _) => self.x - width / 2.0,
        }
    }
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

/// A line of a paragraph, broken to fit: its text and its width.
#[derive(Debug, Clone, PartialEq)]
pub struct Wrapped {
    /// The text, in reading order.
    pub text: String,
    /// Its width in pixels: its pieces' shaped widths and the spaces between them.
    pub width: f32,
}

/// What `kyr check` says of a character no bundled font has.
pub fn no_glyph(c: char) -> String {
    format!(
        "{c:?} (U+{:04X}) has no glyph in the card fonts: if the text is right, add it to them with assets/fonts/subset.sh (see assets/fonts/README.md)",
        u32::from(c)
    )
}

/// Breaks `text` into lines no wider than `width`: at spaces, and between Chinese (and
/// Japanese) characters, where no space is written (see [`pieces`]).
pub fn wrap(id: &str, text: &str, style: Style, width: f32, direction: Direction) -> Result<Vec<Wrapped>, Misfit> {
    let misfit = |reason: String| Misfit {
        id: id.to_string(),
        reason,
    };
    let measure = |s: &str| fonts::measure(s, style.weight, style.size, direction).map_err(|c| misfit(no_glyph(c)));
    let limit = width * (1.0 - WIDTH_MARGIN);
    let space = measure(" ")?;
    let mut lines: Vec<(String, f32)> = Vec::new();
    let mut current = String::new();
    let mut current_width = 0.0;
    // Shaped widths add up (Arabic letters join inside a word, never across a space), so a
    // line's width is its pieces' widths and the spaces between them.
    for (space_before, piece) in pieces(text) {
        let piece_width = measure(&piece)?;
        if piece_width > limit {
            return Err(misfit(format!("the word {piece:?} is wider than its box")));
        }
        let gap = if space_before { space } else { 0.0 };
        if current.is_empty() {
            current = piece;
            current_width = piece_width;
        } else if current_width + gap + piece_width <= limit {
            if space_before {
                current.push(' ');
            }
            current.push_str(&piece);
            current_width += gap + piece_width;
        } else {
            lines.push((std::mem::replace(&mut current, piece), current_width));
            current_width = piece_width;
        }
    }
    if !current.is_empty() {
        lines.push((current, current_width));
    }
    // An isolate cut by a line break (a long Latin name in Arabic text) goes on in the next
    // line, so its end still reads its own way: `(CCIF)` and not `)CCIF(`.
    let mut open: Vec<char> = Vec::new();
    Ok(lines
        .into_iter()
        .map(|(line, width)| {
            let mut text: String = open.iter().collect();
            text.push_str(&line);
            for c in line.chars() {
                match c {
                    '\u{2066}'..='\u{2068}' => open.push(c),
                    '\u{2069}' => {
                        open.pop();
                    }
                    _ => {}
                }
            }
            Wrapped { text, width }
        })
        .collect())
}

/// Characters a line may break before or after without a space: Han, kana, CJK punctuation and
/// full-width forms.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{2FDF}' | '\u{3000}'..='\u{303F}' | '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{3FFFF}')
}

/// Punctuation a line never starts with: closing brackets and quotes, commas, stops.
fn no_break_before(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '）'
            | '」'
            | '』'
            | '》'
            | '〉'
            | '】'
            | '〕'
            | '〗'
            | '〙'
            | '〛'
            | '｝'
            | '］'
            | '〞'
            | '”'
            | '’'
            | '…'
            | '‥'
            | '・'
            | '々'
            | '〜'
            | '．'
            | '｡'
            | '､'
            | ','
            | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '%'
    )
}

/// Punctuation a line never ends with: opening brackets and quotes.
fn no_break_after(c: char) -> bool {
    matches!(
        c,
        '（' | '「'
            | '『'
            | '《'
            | '〈'
            | '【'
            | '〔'
            | '〖'
            | '〘'
            | '〚'
            | '｛'
            | '［'
            | '〝'
            | '“'
            | '‘'
            | '('
            | '['
            | '{'
    )
}

/// A space a line may break at (not a no-break space).
fn is_break_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}')
}

/// `text` cut where a line may break, each piece with whether a space comes before it: at
/// spaces, and, where no space is written, on either side of a Chinese character, except
/// before closing punctuation (`，。、；：！？）」』”`) and after opening punctuation (`（「『“`).
/// A run of other characters (a Latin word, `ICE`, `911`, a link, a phone number) is never cut.
pub fn pieces(text: &str) -> Vec<(bool, String)> {
    let mut atoms: Vec<(bool, String)> = Vec::new();
    let mut space = false;
    let mut in_word = false;
    for c in text.chars() {
        if is_break_space(c) {
            space = true;
            in_word = false;
        } else if is_cjk(c) {
            atoms.push((std::mem::take(&mut space), c.to_string()));
            in_word = false;
        } else if in_word {
            if let Some((_, word)) = atoms.last_mut() {
                word.push(c);
            }
        } else {
            atoms.push((std::mem::take(&mut space), c.to_string()));
            in_word = true;
        }
    }
    let mut pieces: Vec<(bool, String)> = Vec::new();
    for (space_before, atom) in atoms {
        if let Some((_, last)) = pieces.last_mut() {
            let glued = !space_before
                && (atom.chars().next().is_some_and(no_break_before)
                    || last.chars().last().is_some_and(no_break_after));
            if glued {
                last.push_str(&atom);
                continue;
            }
        }
        pieces.push((space_before, atom));
    }
    pieces
}

/// A paragraph's text as a right-to-left line shows it: every left-to-right run (numbers,
/// links, Latin words) isolated, as in the chat (see [`html::isolate_ltr`]).
fn isolated(text: &str) -> String {
    html::to_plain(&html::isolate_ltr(&html::escape(text)))
}

/// Stacks `paragraphs` in `frame` from its top, each broken into lines; every paragraph that
/// does not fit (too wide a word, or past the frame's bottom) is a [`Misfit`]. In a
/// right-to-left `direction`, lines start at the frame's right edge and a label (a step's
/// number) sits right of its paragraph.
pub fn stack(frame: Frame, paragraphs: &[Paragraph], align: Align, direction: Direction) -> (Vec<Line>, Vec<Misfit>) {
    let mut lines = Vec::new();
    let mut misfits = Vec::new();
    let mut top = frame.y;
    let mut longest: Option<(String, usize)> = None;
    let start = match direction {
        Direction::Ltr => frame.x,
        Direction::Rtl => frame.x + frame.width,
    };
    // Inward from the start edge.
    let inward = match direction {
        Direction::Ltr => 1.0,
        Direction::Rtl => -1.0,
    };
    for (n, paragraph) in paragraphs.iter().enumerate() {
        let style = paragraph.style;
        if n > 0 {
            top += paragraph.gap;
        }
        let bold = Style {
            weight: Weight::Bold,
            ..style
        };
        let label = match &paragraph.label {
            Some(label) => match fonts::measure(label, Weight::Bold, style.size, direction) {
                Ok(width) => Some((label, width)),
                Err(c) => {
                    misfits.push(Misfit {
                        id: paragraph.id.clone(),
                        reason: no_glyph(c),
                    });
                    continue;
                }
            },
            None => None,
        };
        let label_width = label.map_or(0.0, |(_, width)| width);
        let indent = if label.is_some() {
            label_width + style.size * 0.45
        } else {
            0.0
        };
        let text = match direction {
            Direction::Ltr => paragraph.text.clone(),
            Direction::Rtl => isolated(&paragraph.text),
        };
        let wrapped = match wrap(&paragraph.id, &text, style, frame.width - indent, direction) {
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
        if let Some((label, _)) = label {
            lines.push(Line {
                x: start,
                baseline: top + leading + style.size * 0.8,
                text: label.clone(),
                style: bold,
                align: Align::Start,
                width: label_width,
                direction,
            });
        }
        for (i, line) in wrapped.into_iter().enumerate() {
            let x = match align {
                Align::Start => start + inward * indent,
                Align::Middle => frame.x + frame.width / 2.0,
            };
            lines.push(Line {
                x,
                baseline: top + leading + style.size * 0.8 + style.line_height * i as f32,
                text: line.text,
                style,
                align,
                width: line.width,
                direction,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        pieces(text).into_iter().map(|(_, p)| p).collect()
    }

    #[test]
    fn latin_text_breaks_at_spaces_only() {
        assert_eq!(
            texts("Call 1-800-453-3320 (free)."),
            ["Call", "1-800-453-3320", "(free)."]
        );
        assert!(pieces("a  b").iter().all(|(_, p)| !p.contains(' ')));
        assert_eq!(pieces(" a b"), [(true, "a".to_string()), (true, "b".to_string())]);
        // A no-break space keeps its words together.
        assert_eq!(texts("art.\u{a0}5 ok"), ["art.\u{a0}5", "ok"]);
    }

    #[test]
    fn chinese_breaks_between_characters_but_not_before_closing_or_after_opening_punctuation() {
        assert_eq!(texts("不要开门。"), ["不", "要", "开", "门。"]);
        assert_eq!(
            texts("问：“我可以走吗？”如果"),
            ["问：", "“我", "可", "以", "走", "吗？”", "如", "果"]
        );
        assert_eq!(texts("（免费）电话"), ["（免", "费）", "电", "话"]);
        assert_eq!(texts("『权利』、「卡」"), ["『权", "利』、", "「卡」"]);
        // No piece starts with closing punctuation or ends with opening punctuation.
        for piece in texts("请拨打“911”。您可以说：“我要见律师。”（免费）") {
            assert!(!piece.starts_with(no_break_before), "{piece}");
            assert!(!piece.ends_with(no_break_after), "{piece}");
        }
    }

    #[test]
    fn latin_words_numbers_and_links_inside_chinese_stay_whole() {
        assert_eq!(
            texts("打911或ICE，访问ctlawhelp.org/immigration。"),
            ["打", "911", "或", "ICE，", "访", "问", "ctlawhelp.org/immigration。"]
        );
        // Spaces are kept where they were written, and only there.
        assert_eq!(
            pieces("扫码：kyr 中文"),
            [
                (false, "扫".to_string()),
                (false, "码：".to_string()),
                (false, "kyr".to_string()),
                (true, "中".to_string()),
                (false, "文".to_string()),
            ]
        );
    }

    fn style(size: f32) -> Style {
        Style {
            size,
            weight: Weight::Regular,
            line_height: size * 1.2,
            color: "#000000",
        }
    }

    #[test]
    fn wrapped_chinese_has_no_added_spaces_and_no_line_starts_with_closing_punctuation() {
        let text = "不要开门。请他们把令状从门缝下塞进来。保持沉默，您不必回答问题。问：“我可以走吗？”如果可以，就平静地离开。";
        let lines = wrap("t", text, style(40.0), 400.0, Direction::Ltr).unwrap();
        assert!(lines.len() >= 4, "{lines:#?}");
        assert_eq!(lines.iter().map(|l| l.text.as_str()).collect::<String>(), text);
        for line in &lines {
            assert!(line.width <= 400.0, "{line:?}");
            assert!(!line.text.starts_with(no_break_before), "{line:?}");
            assert!(!line.text.ends_with(no_break_after), "{line:?}");
        }
        // Full lines: each would not fit one more character.
        for pair in lines.windows(2) {
            assert!(pair[0].width > 400.0 * 0.98 - 3.0 * 40.0, "{pair:#?}");
        }
    }

    #[test]
    fn a_right_to_left_paragraph_starts_at_the_right_edge_with_its_number_right_of_it() {
        let frame = Frame {
            x: 100.0,
            y: 0.0,
            width: 600.0,
            height: 400.0,
        };
        let step = Paragraph {
            id: "t".to_string(),
            text: "لا تفتح الباب. اطلب أن يمرروا أي مذكرة من تحت الباب، أو اتصل بالرقم 1-800-453-3320.".to_string(),
            style: style(30.0),
            label: Some("1.".to_string()),
            gap: 0.0,
        };
        let (lines, misfits) = stack(frame, std::slice::from_ref(&step), Align::Start, Direction::Rtl);
        assert!(misfits.is_empty(), "{misfits:?}");
        let (label, text) = lines.split_first().unwrap();
        assert!(text.len() >= 2);
        // The label's right end is the frame's; the lines' right ends are one indent in.
        assert!((label.left(label.width) + label.width - 700.0).abs() < 0.01);
        for line in text {
            assert_eq!(line.direction, Direction::Rtl);
            assert!((line.left(line.width) + line.width - (700.0 - label.width - 30.0 * 0.45)).abs() < 0.01);
            assert!(line.left(line.width) >= 100.0);
        }
        // The number is isolated, so it reads left to right, whole.
        assert!(text
            .iter()
            .flat_map(|l| l.runs().unwrap())
            .any(|r| !r.rtl && r.text == "1-800-453-3320"));
        // A Latin name cut by a line break reads left to right on both lines, its parentheses
        // the right way round.
        let name = Paragraph {
            text: "من يستطيع المساعدة: Connecticut Coalition for Immigrant Freedom (CCIF)".to_string(),
            label: None,
            ..step.clone()
        };
        let (lines, misfits) = stack(Frame { width: 500.0, ..frame }, &[name], Align::Start, Direction::Rtl);
        assert!(misfits.is_empty() && lines.len() >= 2, "{lines:#?}");
        let ltr: Vec<String> = lines
            .iter()
            .flat_map(|l| l.runs().unwrap())
            .filter(|r| !r.rtl)
            .map(|r| r.text)
            .collect();
        assert_eq!(
            ltr.join(" "),
            "Connecticut Coalition for Immigrant Freedom (CCIF)",
            "{lines:#?}"
        );
        assert!(
            lines[1..].iter().flat_map(|l| l.runs().unwrap()).all(|r| !r.rtl),
            "{lines:#?}"
        );
        let (ltr, _) = stack(frame, &[step], Align::Start, Direction::Ltr);
        assert!(
            (ltr[0].left(ltr[0].width) - 100.0).abs() < 0.01,
            "left to right: flush left"
        );
    }
}
