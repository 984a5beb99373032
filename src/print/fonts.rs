//! The fonts cards and flyers are drawn with: built into the binary (subsets of Noto Sans, see
//! `assets/fonts/README.md`), never the system's, so every machine draws the same image. They are
//! measured here with the same outlines usvg shapes them with.

use std::sync::{Arc, OnceLock};

use resvg::usvg::fontdb;

/// Noto Sans Regular, Latin subset.
const REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular-subset.ttf");
/// Noto Sans Bold, Latin subset.
const BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold-subset.ttf");

/// The family name every text element of a card or flyer asks for.
pub const FAMILY: &str = "Noto Sans";

/// A font weight used on cards and flyers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Titles, numbers, names.
    Bold,
}

impl Weight {
    /// The CSS weight written into the SVG.
    pub fn css(self) -> u16 {
        match self {
            Weight::Regular => 400,
            Weight::Bold => 700,
        }
    }

    fn bytes(self) -> &'static [u8] {
        match self {
            Weight::Regular => REGULAR,
            Weight::Bold => BOLD,
        }
    }
}

/// The font database usvg draws with: the bundled fonts only.
pub fn database() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        for weight in [Weight::Regular, Weight::Bold] {
            db.load_font_data(weight.bytes().to_vec());
        }
        db.set_sans_serif_family(FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// One parsed font, for measuring.
struct Face {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
}

fn face(weight: Weight) -> Option<&'static Face> {
    static FACES: OnceLock<[Option<Face>; 2]> = OnceLock::new();
    let faces = FACES.get_or_init(|| {
        [Weight::Regular, Weight::Bold].map(|w| {
            ttf_parser::Face::parse(w.bytes(), 0).ok().map(|face| Face {
                units_per_em: f32::from(face.units_per_em()),
                face,
            })
        })
    });
    faces[usize::from(weight == Weight::Bold)].as_ref()
}

/// The width of `text` in pixels at `size`, from the font's advance widths, or the first
/// character the font has no glyph for. Shaping adds kerning, which moves a Latin line by far
/// less than the 2% margin the layout keeps free.
pub fn width(text: &str, weight: Weight, size: f32) -> Result<f32, char> {
    let Some(font) = face(weight) else {
        return Err(text.chars().next().unwrap_or(' '));
    };
    let mut units = 0.0;
    for c in text.chars() {
        let glyph = font.face.glyph_index(c).filter(|g| g.0 != 0).ok_or(c)?;
        units += f32::from(font.face.glyph_hor_advance(glyph).unwrap_or(0));
    }
    Ok(units * size / font.units_per_em)
}

/// The first character of `text` the bundled fonts (both weights) cannot draw, if any.
pub fn missing_glyph(text: &str) -> Option<char> {
    [Weight::Regular, Weight::Bold]
        .into_iter()
        .find_map(|w| width(text, w, 1.0).err())
}
