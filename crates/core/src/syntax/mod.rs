//! Go source text to syntax tree: spans, tokens, the lexer (with Go's semicolon insertion),
//! the AST and a parser that never fails.

pub mod span;
