//! Where content comes from: the files compiled into the binary, or a folder on disk; and the
//! errors that name a file and line.

use std::fmt;
use std::path::Path;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// One content file: its path relative to the project root, and its text.
#[derive(Debug, Clone)]
pub struct Source {
    /// Path such as `locales/es/answers.ftl`.
    pub path: String,
    /// The file's text.
    pub text: String,
}

/// The content files compiled into the binary.
pub fn embedded_sources() -> Vec<Source> {
    embedded::EMBEDDED
        .iter()
        .map(|(path, text)| Source {
            path: (*path).to_string(),
            text: (*text).to_string(),
        })
        .collect()
}

/// Where the trained matcher (`kyr train`) lives, relative to the content root.
pub const MODEL_PATH: &str = "intents/matcher.model";

/// The trained matcher compiled into the binary (`intents/matcher.model`), if the build had one.
pub fn embedded_model() -> Option<&'static [u8]> {
    embedded::MODEL
}

/// The trained matcher under `root` (`intents/matcher.model`), if there is one.
pub fn dir_model(root: &Path) -> std::io::Result<Option<Vec<u8>>> {
    match std::fs::read(root.join(MODEL_PATH)) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// One content file compiled into the binary, by its path (such as `intents/ct-towns.toml`).
pub fn embedded_text(path: &str) -> Option<&'static str> {
    embedded::EMBEDDED
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, text)| *text)
}

/// Reads the content files under `root` (its `intents/` and `locales/` folders), so reviewers can
/// try edits without rebuilding.
pub fn dir_sources(root: &Path) -> std::io::Result<Vec<Source>> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<Source>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if matches!(path.extension().and_then(|e| e.to_str()), Some("toml" | "ftl")) {
                let rel = path.strip_prefix(root).unwrap_or(&path);
                out.push(Source {
                    path: rel.to_string_lossy().replace('\\', "/"),
                    text: std::fs::read_to_string(&path)?,
                });
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for dir in ["intents", "locales"] {
        let dir = root.join(dir);
        if !dir.is_dir() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("{} is not a folder", dir.display()),
            ));
        }
        walk(root, &dir, &mut out)?;
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// A problem in a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file, relative to the project root.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// What is wrong and, where it helps, what to do.
    pub message: String,
}

impl ContentError {
    pub(crate) fn new(file: &str, line: Option<usize>, message: impl Into<String>) -> Self {
        ContentError {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// All problems found while loading, so one run shows every broken file at once.
#[derive(Debug, Clone)]
pub struct ContentErrors(pub Vec<ContentError>);

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} content problem(s):", self.0.len())?;
        for e in &self.0 {
            writeln!(f, "  {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentErrors {}

/// 1-based line of byte `offset` in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}
