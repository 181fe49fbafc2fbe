//! Goroscope's simulation core: reads Go source, checks it, and (in later layers) steps its
//! goroutines deterministically while recording a trace.
//!
//! Architecture invariant: this crate is pure. It does no IO, reads no clock, uses no ambient
//! randomness and knows nothing about the DOM, wasm-bindgen or terminals. See ARCHITECTURE.md.

pub mod check;
pub mod diag;
pub mod runtime;
pub mod sorting;
pub mod syntax;
pub mod trace;

pub use diag::{Diagnostic, DiagnosticKind};
pub use syntax::span::{LineCol, LineIndex, Span};

/// Parses and checks a Go source file: the front end's one entry point. Diagnostics come as
/// `go build` prints them: the first ten found, by position, then `too many errors` (a
/// `Limit` diagnostic) if there were more. As in Go, type checking is skipped when the
/// parser reported a `syntax error` (lexical errors such as `newline in string` leave a usable
/// tree, so the checker still runs).
pub fn frontend(src: &str) -> Frontend {
    let parsed = syntax::parse(src);
    let mut diagnostics = parsed.diagnostics;
    let syntax_failed = diagnostics
        .iter()
        .any(|d| d.message.starts_with("syntax error") || d.kind == DiagnosticKind::Limit);
    let checked = if syntax_failed {
        None
    } else {
        let c = check::check(&parsed.file);
        diagnostics.extend(c.diagnostics.iter().cloned());
        Some(c)
    };
    // Go's linker says this, and only about a program that compiled.
    let has_main = checked
        .as_ref()
        .is_some_and(|c| c.packages.get("main").is_some_and(|m| m.contains_key("main")));
    if diagnostics.is_empty() && !has_main {
        diagnostics.push(Diagnostic::new(
            DiagnosticKind::Type,
            Span::at(0),
            "function main is undeclared in the main package",
        ));
    }
    let diagnostics = diag::as_go_reports(diagnostics);
    Frontend { file: parsed.file, checked, diagnostics }
}

/// The result of the front end: the tree, the checker's tables (absent after syntax
/// errors) and the diagnostics Go would report.
#[derive(Debug)]
pub struct Frontend {
    pub file: syntax::ast::File,
    pub checked: Option<check::Checked>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The version of this crate, shown by `goroscope --version` and the web UI.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
