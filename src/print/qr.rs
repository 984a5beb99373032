//! QR codes, drawn as SVG squares so they stay sharp at any print size.

use qrcode::{Color, EcLevel, QrCode};

use super::PrintError;

/// Modules of white kept around the code inside its square (the card around it is white too).
const QUIET: usize = 2;

/// The QR code of `data` as SVG, a white square of `size` pixels at (`x`, `y`) with the code
/// centered in it on whole pixels per module, so a phone reads it from a photo or a print.
pub fn svg(data: &str, x: f32, y: f32, size: f32) -> Result<String, PrintError> {
    // Medium correction survives a crease or a smudge on a printed card.
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
        .map_err(|e| PrintError::Qr(format!("{data}: {e}")))?;
    let width = code.width();
    let modules = (width + 2 * QUIET) as f32;
    let module = (size / modules).floor().max(1.0);
    let drawn = module * width as f32;
    let left = x + ((size - drawn) / 2.0).round();
    let top = y + ((size - drawn) / 2.0).round();
    let mut path = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            let (col, row) = (i % width, i / width);
            path.push_str(&format!(
                "M{} {}h{module}v{module}h-{module}z",
                left + module * col as f32,
                top + module * row as f32
            ));
        }
    }
    Ok(format!(
        r##"<rect x="{x}" y="{y}" width="{size}" height="{size}" fill="#ffffff"/><path d="{path}" fill="#000000" shape-rendering="crispEdges"/>"##
    ))
}
