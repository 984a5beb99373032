//! Rights cards and QR flyers: every card side and flyer in every language renders, its QR code
//! reads back as the exact deep link, no text overflows or lacks a glyph; the command line's
//! errors; and, through the fake Bot API, `/card`, the "Rights card" button and the
//! `start=card_<lang>` deep link, with the second send reusing Telegram's `file_id`.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use kyr::content::{self, Content, Lang, Source};
use kyr::print::{self, Side};
use kyr::store::Store;
use kyr::Catalog;
use resvg::{tiny_skia, usvg};

use crate::support::fake_bot_api::{keyboard_rows, FakeBotApi, SentMessage, TgUser, BOT_USERNAME};

const BOT: &str = "kyr_ct_bot";
const WAIT: Duration = Duration::from_secs(15);

fn catalog() -> Arc<Catalog> {
    static CATALOG: OnceLock<Arc<Catalog>> = OnceLock::new();
    CATALOG
        .get_or_init(|| Arc::new(kyr::check::load_embedded().expect("the embedded content loads")))
        .clone()
}

/// Each card picture, drawn once for the whole test run: (language, side) → PNG.
fn card_pngs() -> &'static HashMap<(Lang, Side), Vec<u8>> {
    static PNGS: OnceLock<HashMap<(Lang, Side), Vec<u8>>> = OnceLock::new();
    PNGS.get_or_init(|| {
        let catalog = catalog();
        let mut pngs = HashMap::new();
        for lang in Lang::ALL {
            let png = print::card_png(catalog.content(), lang, Side::Front, BOT).expect("the front renders");
            pngs.insert((lang, Side::Front), png);
        }
        let back = print::card_png(catalog.content(), Lang::En, Side::Back, BOT).expect("the back renders");
        pngs.insert((Lang::En, Side::Back), back);
        pngs
    })
}

/// Width, height and 8-bit grey pixels of a PNG.
fn decode_png(bytes: &[u8]) -> (usize, usize, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buffer = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buffer).expect("a PNG frame");
    let channels = info.color_type.samples();
    let (width, height) = (info.width as usize, info.height as usize);
    let grey = buffer[..info.buffer_size()]
        .chunks(channels)
        .map(|px| {
            let [r, g, b] = [px[0], px[1.min(channels - 1)], px[2.min(channels - 1)]].map(u16::from);
            u8::try_from((r * 3 + g * 6 + b) / 10).unwrap_or(u8::MAX)
        })
        .collect();
    (width, height, grey)
}

/// Every QR code in a grey image, decoded.
fn qr_codes(width: usize, height: usize, grey: &[u8]) -> Vec<String> {
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| grey[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// An SVG drawn at `scale` with the card fonts: (width, height, grey pixels).
fn raster(svg: &str, scale: f32) -> (usize, usize, Vec<u8>) {
    let options = usvg::Options {
        fontdb: print::fonts::database(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).expect("the drawing parses");
    let size = tree.size().to_int_size().scale_by(scale).expect("a size");
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).expect("a pixmap");
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    decode_png(&pixmap.encode_png().expect("PNG"))
}

/// Every text of a drawing lies inside the image, and none fell back to a missing glyph: each
/// text element usvg laid out has as many glyphs as characters drawn (a missing one would come
/// from no font and leave a gap or a box).
fn assert_text_inside(svg: &str, what: &str) {
    let options = usvg::Options {
        fontdb: print::fonts::database(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).expect("the drawing parses");
    let size = tree.size();
    let mut texts = 0;
    visit(tree.root(), &mut |node| {
        if let usvg::Node::Text(text) = node {
            texts += 1;
            let b = text.abs_bounding_box();
            assert!(
                b.left() >= 0.0 && b.top() >= 0.0 && b.right() <= size.width() && b.bottom() <= size.height(),
                "{what}: a text runs off the image: {b:?}"
            );
            let drawn: String = text.chunks().iter().map(|c| c.text()).collect();
            let mut shaped = String::new();
            for span in text.layouted() {
                for glyph in &span.positioned_glyphs {
                    assert_ne!(glyph.id.0, 0, "{what}: {drawn:?} drew a missing glyph");
                    shaped.push_str(&glyph.text);
                }
            }
            // In any order: a right-to-left run's glyphs come right to left.
            let letters = |s: &str| {
                let mut letters: Vec<char> = s.chars().filter(|&c| !c.is_whitespace() && !is_format(c)).collect();
                letters.sort_unstable();
                letters
            };
            assert_eq!(letters(&shaped), letters(&drawn), "{what}: every character is drawn");
        }
    });
    assert!(texts > 5, "{what}: only {texts} texts");
}

fn visit(group: &usvg::Group, f: &mut impl FnMut(&usvg::Node)) {
    for node in group.children() {
        f(node);
        if let usvg::Node::Group(g) = node {
            visit(g, f);
        }
    }
}

#[test]
fn cards_every_side_renders_in_every_language_and_its_qr_code_opens_kyr_in_that_language() {
    let pngs = card_pngs();
    for lang in Lang::ALL {
        let (width, height, grey) = decode_png(&pngs[&(lang, Side::Front)]);
        assert_eq!((width, height), (1050, 600), "{lang} front at 300 dpi");
        assert_eq!(
            qr_codes(width, height, &grey),
            vec![format!("https://t.me/{BOT}?start=card_{lang}")],
            "{lang} front"
        );
    }
    let (width, height, grey) = decode_png(&pngs[&(Lang::En, Side::Back)]);
    assert_eq!((width, height), (1050, 600));
    assert!(qr_codes(width, height, &grey).is_empty(), "the back has no QR code");
}

#[test]
fn cards_the_back_is_one_english_picture_for_every_language() {
    let catalog = catalog();
    let english = print::card_svg(catalog.content(), Lang::En, Side::Back, BOT).unwrap();
    for lang in Lang::ALL {
        assert_eq!(
            print::card_svg(catalog.content(), lang, Side::Back, BOT).unwrap(),
            english
        );
    }
    assert!(english.contains("warrant signed by a judge"));
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        assert!(
            !catalog.locales().has_own(lang, "card-back-1"),
            "the back is English only"
        );
    }
}

#[test]
fn cards_no_text_overflows_or_lacks_a_glyph_on_any_card_or_flyer() {
    let catalog = catalog();
    let problems = print::problems(catalog.content());
    assert!(problems.is_empty(), "{problems:#?}");
    for lang in Lang::ALL {
        for side in Side::ALL {
            let svg = print::card_svg(catalog.content(), lang, side, BOT).unwrap();
            assert_text_inside(&svg, &format!("card {side} in {lang}"));
        }
    }
}

#[test]
fn cards_every_flyer_renders_in_every_language_with_a_qr_code_to_its_answer() {
    let catalog = catalog();
    let content = catalog.content();
    let mut flyers = 0;
    for index in (0..content.intents().len()).filter(|&i| print::flyer::has_flyer(content, i)) {
        let slug = &content.intent(index).slug;
        for lang in Lang::ALL {
            let svg = print::flyer_svg(content, lang, index, BOT).unwrap();
            assert_text_inside(&svg, &format!("flyer {slug} in {lang}"));
            // A third of the size is enough to read the QR code, and quick.
            let (width, height, grey) = raster(&svg, 1.0 / 3.0);
            assert_eq!((width, height), (550, 850));
            assert_eq!(
                qr_codes(width, height, &grey),
                vec![format!("https://t.me/{BOT}?start={slug}_{lang}")],
                "flyer {slug} in {lang}"
            );
            flyers += 1;
        }
    }
    assert!(flyers >= 4 * 25, "{flyers} flyers");
    // One at full size, as `kyr flyer --out flyer.png` writes it.
    let door = content.intent_index("ice_at_door").unwrap();
    let (width, height, _) = decode_png(&print::flyer_png(content, Lang::Ht, door, BOT).unwrap());
    assert_eq!((width, height), (1650, 2550));
}

#[test]
fn cards_the_sheet_and_flyers_are_pdfs_of_the_right_pages() {
    let catalog = catalog();
    let sheet = print::card_sheet_pdf(catalog.content(), Lang::Es, BOT).unwrap();
    assert!(sheet.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&sheet);
    assert_eq!(
        text.matches("/Type /Page\n").count()
            + text.matches("/Type /Page/").count()
            + text.matches("/Type /Page ").count(),
        2,
        "two pages"
    );
    assert!(text.contains("/MediaBox [0 0 612 792]"), "US Letter");
    let door = catalog.intent_index("ice_at_door").unwrap();
    let flyer = print::flyer_pdf(catalog.content(), Lang::En, door, BOT).unwrap();
    assert!(
        String::from_utf8_lossy(&flyer).contains("/MediaBox [0 0 396 612]"),
        "half letter"
    );
}

#[test]
fn cards_duplex_puts_each_back_behind_its_front() {
    // Flipping on the long edge mirrors left and right: the back of column 0 prints in column 1.
    for row in 0..print::sheet::ROWS {
        for column in 0..print::sheet::COLUMNS {
            let (fx, fy) = print::sheet::position(column, row, false);
            let (bx, by) = print::sheet::position(print::sheet::COLUMNS - 1 - column, row, true);
            assert_eq!((fx, fy), (bx, by));
            let mirrored = print::sheet::WIDTH - (fx + print::card::WIDTH);
            let (other, _) = print::sheet::position(print::sheet::COLUMNS - 1 - column, row, false);
            assert!((mirrored - other).abs() < 0.01, "symmetric margins");
        }
    }
}

// ============================================================== scripts: Arabic, Chinese, measuring

/// Every text element of a drawing, laid out by usvg with the card fonts.
fn texts(svg: &str) -> Vec<usvg::Text> {
    let options = usvg::Options {
        fontdb: print::fonts::database(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).expect("the drawing parses");
    let mut texts = Vec::new();
    visit(tree.root(), &mut |node| {
        if let usvg::Node::Text(text) = node {
            texts.push((**text).clone());
        }
    });
    texts
}

/// A text's characters as drawn: (glyph text, left x), left to right.
fn glyphs(text: &usvg::Text) -> Vec<(String, f32)> {
    let mut glyphs: Vec<(String, f32)> = text
        .layouted()
        .iter()
        .flat_map(|span| &span.positioned_glyphs)
        .filter(|g| !g.text.chars().all(is_format))
        .map(|g| (g.text.clone(), g.transform().tx))
        .collect();
    glyphs.sort_by(|a, b| a.1.total_cmp(&b.1));
    glyphs
}

/// Bidi marks and isolates, which the drawing uses and nothing shows.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}')
}

/// A text element's characters in reading order, without bidi controls.
fn plain(text: &usvg::Text) -> String {
    text.chunks()
        .iter()
        .map(|c| c.text())
        .collect::<String>()
        .chars()
        .filter(|&c| !is_format(c))
        .collect()
}

/// The left ends of the glyphs of `text` that are one of `chars`.
fn xs_of(glyphs: &[(String, f32)], chars: &str) -> Vec<f32> {
    glyphs
        .iter()
        .filter(|(g, _)| g.chars().any(|c| chars.contains(c)))
        .map(|(_, x)| *x)
        .collect()
}

#[test]
fn cards_measuring_matches_what_usvg_draws_in_every_script() {
    let catalog = catalog();
    let content = catalog.content();
    let door = content.intent_index("ice_at_door").unwrap();
    let mut checked = 0;
    for lang in Lang::ALL {
        let mut svgs = vec![
            print::card_svg(content, lang, Side::Front, BOT).unwrap(),
            print::flyer_svg(content, lang, door, BOT).unwrap(),
        ];
        if lang == Lang::En {
            svgs.push(print::card_svg(content, lang, Side::Back, BOT).unwrap());
        }
        for svg in &svgs {
            for text in texts(svg) {
                let weight = match text.chunks()[0].spans()[0].font().weight() {
                    700 => print::fonts::Weight::Bold,
                    _ => print::fonts::Weight::Regular,
                };
                let size = text.chunks()[0].spans()[0].font_size().get();
                // Each chunk is one run of one font, placed where the next one starts.
                let measured: f32 = text
                    .chunks()
                    .iter()
                    .map(|c| print::fonts::width(c.text(), weight, size).expect("every glyph"))
                    .sum();
                let drawn = text.bounding_box().width();
                // usvg boxes a zero-width glyph (the isolates around a right-to-left run) as
                // 1 px wide; otherwise the widths are the same shaping's.
                assert!(
                    (drawn - measured).abs() <= 1.5 + measured * 0.002,
                    "{lang}: {:?} is drawn {drawn:.1} px wide, measured {measured:.1}",
                    plain(&text)
                );
                // Runs touch: no gap, no overlap between one chunk's glyphs and the next's.
                let xs: Vec<f32> = text.chunks().iter().filter_map(|c| c.x()).collect();
                assert!(xs.windows(2).all(|w| w[0] < w[1]), "{lang}: runs left to right");
                checked += 1;
            }
        }
    }
    assert!(checked > 8 * 20, "{checked} lines");
}

#[test]
fn cards_arabic_is_shaped_joined_and_narrower_than_its_letters_apart() {
    use print::fonts::{width, Weight};
    let catalog = catalog();
    let line = catalog.locales().text(Lang::Ar, "card-front-1");
    let joined = width(&line, Weight::Regular, 25.0).unwrap();
    let apart: f32 = line
        .chars()
        .map(|c| width(&c.to_string(), Weight::Regular, 25.0).unwrap())
        .sum();
    assert!(
        joined < apart * 0.95,
        "joined {joined:.1} px, letters apart {apart:.1} px"
    );
    // Drawn with the Arabic font's shaping: "لا" is one glyph, the lam-alef ligature.
    let svg = print::card_svg(catalog.content(), Lang::Ar, Side::Front, BOT).unwrap();
    let all: Vec<(String, f32)> = texts(&svg).iter().flat_map(glyphs).collect();
    assert!(all.iter().any(|(g, _)| g == "لا"), "no lam-alef ligature");
}

#[test]
fn cards_arabic_reads_right_to_left_with_numbers_and_latin_words_in_order() {
    let catalog = catalog();
    let content = catalog.content();
    let texts_of = |lang: Lang| texts(&print::card_svg(content, lang, Side::Front, BOT).unwrap());
    // The steps: flush left in English, flush right in Arabic, the step numbers outside them.
    // (The QR code and its caption change sides too.)
    let steps = |texts: &[usvg::Text], column: fn(&usvg::Rect) -> bool| -> Vec<usvg::Rect> {
        texts
            .iter()
            .map(|t| t.bounding_box())
            .filter(|b| (100.0..450.0).contains(&((b.top() + b.bottom()) / 2.0)) && b.width() > 60.0 && column(b))
            .collect()
    };
    let english = steps(&texts_of(Lang::En), |b| b.right() < 780.0);
    let arabic_texts = texts_of(Lang::Ar);
    let arabic = steps(&arabic_texts, |b| b.left() > 265.0);
    assert!(english.len() >= 6 && arabic.len() >= 6, "{english:?} {arabic:?}");
    let spread = |edges: Vec<f32>| {
        edges.iter().copied().fold(f32::MIN, f32::max) - edges.iter().copied().fold(f32::MAX, f32::min)
    };
    assert!(
        spread(english.iter().map(|b| b.left()).collect()) < 0.5,
        "English: flush left"
    );
    assert!(spread(english.iter().map(|b| b.right()).collect()) > 50.0);
    assert!(
        spread(arabic.iter().map(|b| b.right()).collect()) < 0.5,
        "Arabic: flush right"
    );
    assert!(spread(arabic.iter().map(|b| b.left()).collect()) > 50.0);
    let numbers: Vec<usvg::Rect> = arabic_texts
        .iter()
        .filter(|t| {
            // Drawn ".1": the digit first, right to left.
            let p = plain(t);
            p.len() == 2 && p.starts_with('.') && p.ends_with(|c: char| c.is_ascii_digit())
        })
        .map(|t| t.bounding_box())
        .collect();
    assert_eq!(numbers.len(), 6, "six step numbers");
    assert!(
        numbers.iter().all(|n| n.left() > arabic[0].right()),
        "numbers right of the steps"
    );

    // The phone number reads left to right, whole.
    assert!(
        arabic_texts
            .iter()
            .any(|t| glyphs(t).iter().map(|(g, _)| g.as_str()).collect::<String>() == "1-800-453-3320"),
        "the phone number in order"
    );
    // "امسح: kyr، بالعربية": the first word rightmost, then kyr, then the last word leftmost.
    let scan = arabic_texts
        .iter()
        .find(|t| plain(t).contains("kyr"))
        .map(glyphs)
        .expect("the scan line");
    let first_word = xs_of(&scan, "مسح");
    let latin = xs_of(&scan, "kyr");
    let last_word = xs_of(&scan, "عية");
    assert!(!first_word.is_empty() && latin.len() == 3 && !last_word.is_empty());
    let max = |v: &[f32]| v.iter().copied().fold(f32::MIN, f32::max);
    let min = |v: &[f32]| v.iter().copied().fold(f32::MAX, f32::min);
    assert!(
        max(&last_word) < min(&latin) && max(&latin) < min(&first_word),
        "{scan:?}"
    );
    // kyr itself reads left to right.
    let kyr: String = scan
        .iter()
        .filter(|(g, _)| "kyr".contains(g.as_str()))
        .map(|(g, _)| g.as_str())
        .collect();
    assert_eq!(kyr, "kyr");

    // A flyer line with two form numbers: "… ICE رقم I-200 و I-205 …" shows I-200 right of I-205.
    let door = content.intent_index("ice_at_door").unwrap();
    let flyer = texts(&print::flyer_svg(content, Lang::Ar, door, BOT).unwrap());
    let forms = flyer
        .iter()
        .find(|t| plain(t).contains("I-200"))
        .expect("the line with the forms");
    let chunk_x = |s: &str| {
        forms
            .chunks()
            .iter()
            .find(|c| c.text() == s)
            .and_then(|c| c.x())
            .unwrap()
    };
    assert!(chunk_x("I-200") > chunk_x("I-205") && chunk_x("ICE") > chunk_x("I-200"));
    // And the SVG says which way each run reads: a right-to-left run is isolated as such.
    let svg = print::card_svg(content, Lang::Ar, Side::Front, BOT).unwrap();
    assert!(
        svg.contains("text-anchor=\"end\">\u{2067}"),
        "right-anchored, right-to-left lines"
    );
    let english = print::card_svg(content, Lang::En, Side::Front, BOT).unwrap();
    assert!(!english.contains('\u{2067}') && !english.contains("text-anchor=\"end\""));
}

#[test]
fn cards_chinese_wraps_between_characters_without_spaces_or_a_line_starting_with_closing_punctuation() {
    let catalog = catalog();
    let content = catalog.content();
    let door = content.intent_index("ice_at_door").unwrap();
    let flyer: Vec<String> = texts(&print::flyer_svg(content, Lang::Zh, door, BOT).unwrap())
        .iter()
        .map(plain)
        .collect();
    let card: Vec<String> = texts(&print::card_svg(content, Lang::Zh, Side::Front, BOT).unwrap())
        .iter()
        .map(plain)
        .collect();
    for line in flyer.iter().chain(&card) {
        assert!(
            !line.starts_with(['，', '。', '、', '；', '：', '！', '？', '）', '」', '』', '”']),
            "{line:?} starts with closing punctuation"
        );
        assert!(
            !line.ends_with(['（', '「', '『', '“']),
            "{line:?} ends with opening punctuation"
        );
    }
    // Every step that takes several lines is those lines put together, nothing added.
    let steps = kyr::content::html::to_plain(&catalog.locales().text(Lang::Zh, "ice_at_door-now"));
    let mut wrapped = 0;
    for step in steps.lines().filter_map(|l| l.trim().split_once(". ")).map(|(_, s)| s) {
        let first = flyer
            .iter()
            .position(|l| step.starts_with(l.as_str()))
            .unwrap_or_else(|| panic!("{step:?} starts a line: {flyer:#?}"));
        if flyer[first] == step {
            continue;
        }
        let mut joined = String::new();
        let mut n = first;
        while joined.len() < step.len() && n < flyer.len() {
            joined.push_str(&flyer[n]);
            n += 1;
        }
        assert_eq!(joined, step, "{:?}", &flyer[first..n]);
        assert!(flyer[first..n].iter().all(|l| !l.starts_with(' ') && !l.ends_with(' ')));
        wrapped += 1;
    }
    assert!(wrapped >= 2, "the door flyer has steps of several lines: {flyer:#?}");
}

fn mutated(path: &str, edit: impl Fn(&str) -> String) -> Vec<Source> {
    content::embedded_sources()
        .into_iter()
        .map(|mut s| {
            if s.path == path {
                s.text = edit(&s.text);
            }
            s
        })
        .collect()
}

#[test]
fn cards_check_names_the_language_and_line_of_a_card_text_that_would_overflow_or_lacks_a_glyph() {
    let sources = mutated("locales/ht/card.ftl", |t| {
        t.replace(
            "card-front-5 = Mande yon avoka.",
            "card-front-5 = Mande yon avoka. Mande yon avoka. Mande yon avoka. Mande yon avoka. Mande yon avoka. Mande yon avoka. Mande yon avoka. Mande yon avoka. Mande yon avoka. Mande yon avoka.",
        )
        .replace("card-front-scan = Eskane: kyr, an kreyòl", "card-front-scan = Eskane ☎ kyr")
    });
    let content = Content::load(&sources).expect("the content loads");
    let problems: Vec<String> = print::problems(&content).iter().map(ToString::to_string).collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("card front in ht") && p.contains("card-front-5") && p.contains("overflows")),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("card-front-scan") && p.contains("no glyph") && p.contains("assets/fonts/subset.sh")),
        "{problems:#?}"
    );
    // Through the check every start-up runs: the file and line of the message.
    let errors = match kyr::check::load(&sources, kyr::content::embedded_model()) {
        Ok(_) => panic!("an overflowing card must not load"),
        Err(errors) => errors.0.iter().map(ToString::to_string).collect::<Vec<_>>(),
    };
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("locales/ht/card.ftl:") && e.contains("card-front-5")),
        "{errors:#?}"
    );
    // And rendering refuses it rather than clip it.
    let error = print::card_png(&content, Lang::Ht, Side::Front, BOT).unwrap_err();
    assert!(error.to_string().contains("card-front-"), "{error}");
}

#[test]
fn cards_check_refuses_a_back_in_another_language_and_a_missing_front_line() {
    let sources = mutated("locales/es/card.ftl", |t| {
        format!(
            "{}\ncard-back-1 = No voy a hablar.\n",
            t.replace("card-front-3 =", "card-front-3-typo =")
        )
    });
    let catalog = Catalog::load_unchecked(&sources, kyr::content::embedded_model()).expect("loads");
    let problems: Vec<String> = kyr::check::check(&catalog).iter().map(ToString::to_string).collect();
    assert!(
        problems.iter().any(|p| p.contains("card-back-1 is English only")),
        "{problems:#?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("card-front-3 is missing")),
        "{problems:#?}"
    );
}

#[test]
fn cards_deep_links_name_the_card_and_its_language() {
    let catalog = catalog();
    assert_eq!(
        catalog.deep_link("card_es"),
        Some(content::DeepLink::Card(Some(Lang::Es)))
    );
    assert_eq!(catalog.deep_link("card"), Some(content::DeepLink::Card(None)));
    assert_eq!(catalog.deep_link("card_xx"), None);
    assert_eq!(catalog.parse_deep_link("card_es"), None, "the card is not an answer");
    let door = catalog.intent_index("ice_at_door").unwrap();
    assert_eq!(
        catalog.deep_link("door_ht"),
        Some(content::DeepLink::Intent(door, Some(Lang::Ht)))
    );
}

// ==================================================================================== command line

fn kyr() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_kyr"));
    command.env_remove("TELOXIDE_TOKEN").env_remove("KYR_CONTENT_DIR");
    command
}

fn first_error_line(args: &[&str]) -> String {
    let output = kyr().args(args).output().unwrap();
    assert!(!output.status.success(), "{args:?} should fail");
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn cards_the_command_line_names_what_is_wrong_and_the_valid_values_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("card.png");
    let out = out.to_str().unwrap();
    let line = first_error_line(&["card", "--lang", "de", "--side", "front", "--bot", BOT, "--out", out]);
    assert!(
        line.contains("\"de\"") && line.contains("en, es, pt, ht, fr, pl, zh, ar"),
        "{line}"
    );
    let line = first_error_line(&["card", "--lang", "es", "--side", "top", "--bot", BOT, "--out", out]);
    assert!(line.contains("\"top\"") && line.contains("front or back"), "{line}");
    let line = first_error_line(&["flyer", "nosuch", "--lang", "es", "--bot", BOT, "--out", out]);
    assert!(line.contains("\"nosuch\"") && line.contains("door"), "{line}");
    let line = first_error_line(&["card", "--lang", "es", "--side", "front", "--out", out]);
    assert!(line.contains("--bot"), "{line}");
    let line = first_error_line(&["card", "--lang", "es", "--sheet", "--bot", BOT, "--out", out]);
    assert!(line.contains("PDF"), "{line}");
}

#[test]
fn cards_the_command_line_writes_a_card_a_sheet_and_a_flyer() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    for args in [
        vec![
            "card",
            "--lang",
            "ht",
            "--side",
            "front",
            "--bot",
            BOT,
            "--out",
            &path("front.svg"),
        ],
        vec![
            "card",
            "--lang",
            "pt",
            "--sheet",
            "--bot",
            BOT,
            "--out",
            &path("cards.pdf"),
        ],
        vec![
            "flyer",
            "door",
            "--lang",
            "es",
            "--bot",
            BOT,
            "--out",
            &path("flyer.pdf"),
        ],
    ] {
        let output = kyr().args(&args).output().unwrap();
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let svg = std::fs::read_to_string(path("front.svg")).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("Konnen dwa w"));
    assert!(std::fs::read(path("cards.pdf")).unwrap().starts_with(b"%PDF-"));
    assert!(std::fs::read(path("flyer.pdf")).unwrap().starts_with(b"%PDF-"));
}

// ========================================================================== Telegram (fake Bot API)

struct TestBot {
    fake: FakeBotApi,
    running: Option<kyr::adapters::telegram::Running>,
}

async fn start_bot() -> TestBot {
    let fake = FakeBotApi::start().await;
    let store = Arc::new(Store::open_in_memory().expect("in-memory store"));
    let running = tokio::time::timeout(
        Duration::from_secs(10),
        kyr::adapters::telegram::start(fake.bot(), catalog(), store, vec![], 25),
    )
    .await
    .expect("the bot starts within 10 s")
    .expect("the bot starts");
    TestBot {
        fake,
        running: Some(running),
    }
}

impl TestBot {
    async fn photos(&self, chat: i64, n: usize) -> Vec<SentMessage> {
        assert!(
            self.fake.wait_until(WAIT, |f| f.photos_to(chat).len() >= n).await,
            "chat {chat} got {} photo(s), not {n}; sendPhoto calls: {:#?}",
            self.fake.photos_to(chat).len(),
            self.fake
                .calls("sendPhoto")
                .iter()
                .map(|c| (c.params.clone(), c.response().clone()))
                .collect::<Vec<_>>()
        );
        self.fake.photos_to(chat)
    }

    async fn finish(mut self) {
        let running = self.running.take().expect("running");
        tokio::time::timeout(Duration::from_secs(5), running.stop())
            .await
            .expect("the bot stops within 5 s");
        let rejected = self.fake.rejected();
        assert!(
            rejected.is_empty(),
            "Telegram would have rejected these requests: {:#?}",
            rejected.iter().map(|c| (&c.method, c.response())).collect::<Vec<_>>()
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cards_telegram_card_sends_two_photos_and_reuses_their_file_ids() {
    let bot = start_bot().await;
    let catalog = catalog();
    let composer = catalog.composer();

    // /card in Spanish: the front and the back, uploaded, with Spanish captions.
    let ana = TgUser::new(3001).lang("es-419");
    bot.fake.push_private_text(&ana, "/card");
    let first = bot.photos(ana.id, 2).await;
    assert_eq!(first.len(), 2);
    assert!(first.iter().all(SentMessage::uploaded));
    assert_eq!(
        first[0].caption(),
        Some(composer.card_caption(Lang::Es, false).as_str())
    );
    assert_eq!(first[1].caption(), Some(composer.card_caption(Lang::Es, true).as_str()));
    // The uploaded front's QR code opens this bot in Spanish.
    let front = bot.fake.photo_bytes(first[0].photo_file_id().unwrap()).unwrap();
    let (width, height, grey) = decode_png(&front);
    assert_eq!((width, height), (1050, 600));
    assert_eq!(
        qr_codes(width, height, &grey),
        vec![format!("https://t.me/{BOT_USERNAME}?start=card_es")]
    );
    // The menu comes under the back.
    assert!(!keyboard_rows(first[1].message().get("reply_markup")).is_empty());

    // Another Spanish chat: the same pictures, sent again by file_id, no upload.
    let ben = TgUser::new(3002).lang("es");
    bot.fake.push_private_text(&ben, "/card");
    let again = bot.photos(ben.id, 2).await;
    assert!(
        again.iter().all(|p| !p.uploaded()),
        "the second send reuses the file_id"
    );
    assert_eq!(again[0].photo_file_id(), first[0].photo_file_id());
    assert_eq!(again[1].photo_file_id(), first[1].photo_file_id());
    assert_eq!(again[0].caption(), first[0].caption());

    // The deep link in Portuguese: a new front, the same English back.
    let caio = TgUser::new(3003).lang("en");
    bot.fake.push_private_text(&caio, "/start card_pt");
    let pt = bot.photos(caio.id, 2).await;
    assert!(pt[0].uploaded(), "a new language's front is drawn and uploaded once");
    assert!(!pt[1].uploaded(), "the back is one picture for every language");
    assert_eq!(pt[1].photo_file_id(), first[1].photo_file_id());
    assert_eq!(pt[0].caption(), Some(composer.card_caption(Lang::Pt, false).as_str()));

    assert_eq!(bot.fake.call_count("sendPhoto"), 6);
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cards_telegram_the_rights_card_button_sends_the_card() {
    let bot = start_bot().await;
    let catalog = catalog();
    let ht = TgUser::new(3101).lang("ht");
    // The door answer offers the card; pressing the button sends it in Kreyòl.
    bot.fake.push_private_text(&ht, "/start door_ht");
    let replies = bot.fake.wait_for_messages(ht.id, 1, WAIT).await;
    let label = catalog.locales().text(Lang::Ht, "card-button");
    let button = replies[0]
        .buttons()
        .into_iter()
        .find(|b| b.text == label)
        .expect("the door answer has a Rights card button");
    bot.fake
        .push_callback(&ht, button.callback_data.as_deref().unwrap(), &replies[0]);
    let photos = bot.photos(ht.id, 2).await;
    assert_eq!(
        photos[0].caption(),
        Some(catalog.composer().card_caption(Lang::Ht, false).as_str())
    );
    // /help offers it too.
    bot.fake.push_private_text(&ht, "/help");
    // The chat now holds the answer, the two photos and the help.
    let replies = bot.fake.wait_for_messages(ht.id, 4, WAIT).await;
    assert!(
        replies[3].buttons().iter().any(|b| b.text == label),
        "help offers the card"
    );
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cards_telegram_inline_mode_offers_the_card_as_an_article_then_as_the_uploaded_photo() {
    let bot = start_bot().await;
    let catalog = catalog();
    let user = TgUser::new(3201).lang("es");
    bot.fake.push_inline_query(&user, "card_es");
    let calls = bot.fake.wait_for_calls("answerInlineQuery", 1, WAIT).await;
    let results = calls[0].params["results"].as_array().unwrap().clone();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["type"], "article");
    assert_eq!(results[0]["id"], "card_es");
    assert_eq!(
        results[0]["title"],
        catalog.locales().text(Lang::Es, "card-inline-title")
    );
    let link = keyboard_rows(results[0].get("reply_markup"));
    assert_eq!(
        link[0][0].url.as_deref(),
        Some(format!("https://t.me/{BOT_USERNAME}?start=card_es").as_str())
    );

    // Once the Spanish front has been uploaded, inline mode posts the picture itself.
    bot.fake.push_private_text(&user, "/card");
    let photos = bot.photos(user.id, 2).await;
    bot.fake.push_inline_query(&user, "card_es");
    let calls = bot.fake.wait_for_calls("answerInlineQuery", 2, WAIT).await;
    let results = calls[1].params["results"].as_array().unwrap().clone();
    assert_eq!(results[0]["type"], "photo");
    assert_eq!(results[0]["photo_file_id"].as_str(), photos[0].photo_file_id());
    bot.finish().await;
}

#[test]
fn cards_the_terminal_prints_the_card_as_text_with_the_print_command() {
    let output = kyr().args(["ask", "--lang", "es", "/card"]).output().unwrap();
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    let catalog = catalog();
    let first_line = catalog.locales().text(Lang::Es, "card-front-1");
    assert!(text.contains(&first_line), "{text}");
    assert!(text.contains("1-800-453-3320"), "{text}");
    assert!(text.contains("kyr card --lang es --sheet"), "{text}");
}
