//! Telegram's rules on what a bot sends, so a test fails where Telegram would refuse: HTML that
//! does not parse, empty or over-long text, bad keyboards, bad inline results.

use serde_json::Value;

use super::{raw_keyboard_rows, str_field};

/// Telegram's checks on an outgoing text and keyboard.
pub(super) fn validate_text(params: &Value) -> Result<(), String> {
    validate_message_text(params, "text")
}

/// Telegram's checks on a photo's caption (optional, at most 1,024 visible characters).
pub(super) fn validate_caption(params: &Value) -> Result<(), String> {
    let Some(caption) = str_field(params, "caption") else {
        return Ok(());
    };
    let html = str_field(params, "parse_mode").is_some_and(|m| m.eq_ignore_ascii_case("html"));
    let visible = if html {
        kyr::content::html::parse(caption)
            .map_err(|e| format!("can't parse entities: {e}"))?
            .telegram_len()
    } else {
        kyr::content::html::utf16_len(caption)
    };
    if visible > 1024 {
        return Err("message caption is too long".into());
    }
    Ok(())
}

/// Telegram's checks on `params[field]` (formatted with `params.parse_mode`) and `reply_markup`.
fn validate_message_text(params: &Value, field: &str) -> Result<(), String> {
    let text = str_field(params, field).unwrap_or_default();
    let html = str_field(params, "parse_mode").is_some_and(|m| m.eq_ignore_ascii_case("html"));
    let visible = if html {
        let parsed = kyr::content::html::parse(text).map_err(|e| format!("can't parse entities: {e}"))?;
        parsed.telegram_len()
    } else {
        kyr::content::html::utf16_len(text)
    };
    if text.trim().is_empty() {
        return Err("message text is empty".into());
    }
    if visible > 4096 {
        return Err("message is too long".into());
    }
    // Read in place: every reply of the load test passes here.
    for button in raw_keyboard_rows(params.get("reply_markup")).flatten() {
        if str_field(button, "callback_data").is_some_and(|d| d.is_empty() || d.len() > 64) {
            return Err("BUTTON_DATA_INVALID".into());
        }
        if str_field(button, "text").unwrap_or_default().is_empty() {
            return Err("text buttons are unallowed in the inline keyboard".into());
        }
    }
    Ok(())
}

/// Telegram's checks on `answerInlineQuery` results.
pub(super) fn validate_inline_results(params: &Value) -> Result<(), String> {
    let results = params
        .get("results")
        .and_then(Value::as_array)
        .ok_or("results are missing")?;
    if results.len() > 50 {
        return Err("RESULTS_TOO_MUCH".into());
    }
    let mut ids = std::collections::HashSet::new();
    for result in results {
        let id = str_field(result, "id").unwrap_or_default();
        if id.is_empty() || id.len() > 64 {
            return Err("RESULT_ID_INVALID".into());
        }
        if !ids.insert(id.to_string()) {
            return Err("RESULT_ID_DUPLICATE".into());
        }
        if str_field(result, "type") == Some("article") {
            if str_field(result, "title").is_none_or(str::is_empty) {
                return Err("RESULT_TITLE_EMPTY".into());
            }
            let mut content = result
                .get("input_message_content")
                .cloned()
                .ok_or("input_message_content is missing")?;
            if let Some(markup) = result.get("reply_markup") {
                content["reply_markup"] = markup.clone();
            }
            validate_message_text(&content, "message_text").map_err(|e| match e.as_str() {
                "message is too long" => "MESSAGE_TOO_LONG".to_string(),
                _ => e,
            })?;
        }
    }
    Ok(())
}
