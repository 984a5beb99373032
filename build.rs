//! Embeds the content folders (`intents/`, `locales/`) into the binary, so a deployed `kyr`
//! needs no files beside it (the trained matcher, `intents/matcher.model`, is embedded as bytes,
//! 8-byte aligned so that it is read in place). The list is generated here because `include_str!`
//! needs literal paths and the set of files is data, not code.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("toml" | "ftl")) {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["intents", "locales"] {
        println!("cargo:rerun-if-changed={dir}");
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    let mut code = String::from("/// Content files compiled into the binary: (path relative to the crate root, text).\npub static EMBEDDED: &[(&str, &str)] = &[\n");
    for path in &files {
        let rel = path.strip_prefix(&root).expect("file under the crate root");
        let rel = rel.to_string_lossy().replace('\\', "/");
        println!("cargo:rerun-if-changed={rel}");
        writeln!(code, "    ({rel:?}, include_str!({:?})),", path.to_string_lossy()).expect("write to String");
    }
    code.push_str("];\n");
    // The trained matcher (`kyr train`), if there is one: read as bytes, beside the text files.
    let model = root.join("intents/matcher.model");
    println!("cargo:rerun-if-changed=intents/matcher.model");
    if model.is_file() {
        // Aligned to 8 bytes, so that the matcher can view its columns (of `u64`, `u32`, `f32`)
        // where they lie instead of copying them.
        writeln!(
            code,
            "/// Bytes that start at a multiple of 8.\n#[repr(C, align(8))]\nstruct Aligned<B: ?Sized>(B);\n\
             /// The trained matcher, as `kyr train` wrote it, 8-byte aligned.\n\
             static ALIGNED_MODEL: &Aligned<[u8]> = &Aligned(*include_bytes!({:?}));\n\
             /// The trained matcher, as `kyr train` wrote it.\npub static MODEL: Option<&[u8]> = Some(&ALIGNED_MODEL.0);",
            model.to_string_lossy()
        )
        .expect("write to String");
    } else {
        code.push_str("/// No trained matcher was found at build time.\npub static MODEL: Option<&[u8]> = None;\n");
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded.rs");
    std::fs::write(out, code).expect("write embedded.rs");
}
