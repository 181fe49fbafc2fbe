//! Go source text to syntax tree: spans, tokens, the lexer (with Go's semicolon insertion),
//! the AST and a parser that never fails.

pub mod ast;
pub mod dump;
pub mod highlight;
pub mod isprint;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod print;
pub mod span;
pub mod token;
pub mod walk;

pub use lexer::lex;
pub use parser::{Parsed, parse};

#[cfg(test)]
mod tests;
