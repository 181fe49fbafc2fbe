//! Goroscope's simulation core: reads Go source, checks it, and (in later layers) steps its
//! goroutines deterministically while recording a trace.
//!
//! Architecture invariant: this crate is pure. It does no IO, reads no clock, uses no ambient
//! randomness and knows nothing about the DOM, wasm-bindgen or terminals. See ARCHITECTURE.md.

pub mod diag;
pub mod syntax;

pub use diag::{Diagnostic, DiagnosticKind};
pub use syntax::span::{LineCol, LineIndex, Span};

/// The version of this crate, shown by `goroscope --version` and the web UI.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
