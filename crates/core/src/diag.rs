//! Diagnostics as plain data: what went wrong, where, and of which kind. Rendering to Go's
//! `FILE:LINE:COL: message` form lives here too, so the CLI, tests and UI agree.

use crate::syntax::span::{LineIndex, Span};
use serde::{Deserialize, Serialize};

/// What part of Goroscope produced a diagnostic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DiagnosticKind {
    /// A syntax error, worded like Go's parser (`syntax error: unexpected …`).
    Syntax,
    /// A type or name error, worded like Go's type checker.
    Type,
    /// Valid Go that the simulator does not support (`unsupported: complex numbers`).
    Unsupported,
    /// Input beyond a size or nesting limit.
    Limit,
}

/// One compile-time problem at a position in the source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub span: Span,
    pub message: String,
    /// Where what the message names was declared, which Go appends to some messages:
    /// `cannot infer T (declared at ./main.go:3:11)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared_at: Option<u32>,
    /// A place the message ends with, which Go writes as `FILE:LINE:COL`: `goto L jumps
    /// into block starting at ./main.go:12:2`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<u32>,
}

impl Diagnostic {
    pub fn new(kind: DiagnosticKind, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { kind, span, message: message.into(), declared_at: None, ends_at: None }
    }

    pub fn syntax(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(DiagnosticKind::Syntax, span, message)
    }

    pub fn unsupported(span: Span, what: impl std::fmt::Display) -> Diagnostic {
        Diagnostic::new(DiagnosticKind::Unsupported, span, format!("unsupported: {what}"))
    }

    /// `LINE:COL: message`, the position being the span's start.
    pub fn render(&self, index: &LineIndex) -> String {
        format!("{}: {}", index.line_col(self.span.start), self.text(index, ""))
    }

    /// The message, with the place of the declaration it names in `file` (none: `LINE:COL`).
    pub fn text(&self, index: &LineIndex, file: &str) -> String {
        let file = if file.is_empty() { String::new() } else { format!("{file}:") };
        let mut text = self.message.clone();
        if let Some(at) = self.ends_at {
            text.push_str(&format!(" {file}{}", index.line_col(at)));
        }
        if let Some(at) = self.declared_at {
            text.push_str(&format!(" (declared at {file}{})", index.line_col(at)));
        }
        text
    }
}

/// Sorts diagnostics by where they start, keeping the order of those at the same place.
/// Every caller goes through this one function, so the web bundle carries one copy of the
/// sort for diagnostics instead of one per call site.
pub fn sort_by_position(diags: &mut [Diagnostic]) {
    crate::sorting::sort_by_key(diags, |d| d.span.start);
}

/// Go stops reporting after this many errors and prints `too many errors`.
pub const MAX_REPORTED: usize = 10;

/// What Go's compiler reports of the diagnostics `found`, given in the order they were
/// found: the first ten, by position, then `too many errors` at the tenth's place (so an
/// unused import, which is found last, is left out of a longer report, as Go leaves it).
pub fn as_go_reports(mut found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let tenth = found.get(MAX_REPORTED - 1).map(|d| d.span).filter(|_| found.len() > MAX_REPORTED);
    found.truncate(MAX_REPORTED);
    sort_by_position(&mut found);
    if let Some(at) = tenth {
        found.push(Diagnostic::new(DiagnosticKind::Limit, at, TOO_MANY));
    }
    found
}

/// The last line of a report cut at `MAX_REPORTED` errors.
pub const TOO_MANY: &str = "too many errors";

/// Renders reports (`as_go_reports`) the way `go build` prints them: one per line,
/// `FILE:LINE:COL: message`.
pub fn render_all(file: &str, diags: &[Diagnostic], index: &LineIndex) -> Vec<String> {
    diags
        .iter()
        .map(|d| format!("{file}:{}: {}", index.line_col(d.span.start), d.text(index, file)))
        .collect()
}
