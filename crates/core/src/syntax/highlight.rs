//! Syntax classes for an editor's highlighting, taken from the lexer's own tokens so that the
//! colours agree with what the parser sees (a string the lexer ends early looks ended).

use super::lexer::lex;
use super::token::{SemiKind, TokenKind};
use std::ops::Range;

/// What a run of source text is, for colouring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Plain,
    Keyword,
    String,
    Number,
    Comment,
    /// Predeclared identifiers: `make`, `len`, `int`, `nil`, `true`…
    Builtin,
    /// `go`, `chan`, `select`, `<-` and `defer`: what Goroscope is about.
    Concurrency,
}

impl Class {
    /// A short CSS-friendly name.
    pub fn name(self) -> &'static str {
        match self {
            Class::Plain => "plain",
            Class::Keyword => "keyword",
            Class::String => "string",
            Class::Number => "number",
            Class::Comment => "comment",
            Class::Builtin => "builtin",
            Class::Concurrency => "concurrency",
        }
    }
}

#[rustfmt::skip]
const PREDECLARED: [&str; 44] = [
    "any", "append", "bool", "byte", "cap", "clear", "close", "comparable", "complex",
    "complex128", "complex64", "copy", "delete", "error", "false", "float32", "float64", "imag",
    "int", "int16", "int32", "int64", "int8", "iota", "len", "make", "max", "min", "new", "nil",
    "panic", "print", "println", "real", "recover", "rune", "string", "true", "uint", "uint16",
    "uint32", "uint64", "uint8", "uintptr",
];

/// Consecutive runs covering all of `src`, in order, each with its class. Adjacent runs of
/// one class are merged.
pub fn highlight(src: &str) -> Vec<(Range<usize>, Class)> {
    let (tokens, _) = lex(src);
    let mut out: Vec<(Range<usize>, Class)> = Vec::new();
    let mut push = |range: Range<usize>, class: Class| {
        if range.is_empty() {
            return;
        }
        match out.last_mut() {
            Some((last, c)) if *c == class && last.end == range.start => last.end = range.end,
            _ => out.push((range, class)),
        }
    };
    let mut pos = 0;
    for t in &tokens {
        let class = match t.kind {
            // Inserted semicolons and the end have no text of their own.
            TokenKind::Semicolon(SemiKind::Newline | SemiKind::Eof) | TokenKind::Eof => continue,
            TokenKind::Go
            | TokenKind::Chan
            | TokenKind::Select
            | TokenKind::Arrow
            | TokenKind::Defer => Class::Concurrency,
            k if k.is_keyword() => Class::Keyword,
            TokenKind::String | TokenKind::RawString | TokenKind::Rune => Class::String,
            TokenKind::Int | TokenKind::Float | TokenKind::Imag => Class::Number,
            TokenKind::Ident if PREDECLARED.binary_search(&t.text(src)).is_ok() => Class::Builtin,
            _ => Class::Plain,
        };
        let range = t.span.range();
        if range.start < pos || range.end > src.len() {
            continue;
        }
        gap(src, pos..range.start, &mut push);
        push(range.clone(), class);
        pos = range.end;
    }
    gap(src, pos..src.len(), &mut push);
    out
}

/// Text between tokens: whitespace and comments.
fn gap(src: &str, range: Range<usize>, push: &mut impl FnMut(Range<usize>, Class)) {
    let text = &src[range.clone()];
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let comment_len = if rest.starts_with("//") {
            rest.find('\n').unwrap_or(rest.len())
        } else if let Some(body) = rest.strip_prefix("/*") {
            body.find("*/").map_or(rest.len(), |e| e + 4)
        } else {
            // Up to the next possible comment ('/' is ASCII, so a char boundary).
            let plain = rest.find('/').filter(|&p| p > 0).unwrap_or(rest.len());
            push(range.start + i..range.start + i + plain, Class::Plain);
            i += plain;
            continue;
        };
        push(range.start + i..range.start + i + comment_len, Class::Comment);
        i += comment_len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(src: &str) -> Vec<(&str, &'static str)> {
        highlight(src)
            .into_iter()
            .filter(|(_, c)| *c != Class::Plain)
            .map(|(r, c)| (&src[r], c.name()))
            .collect()
    }

    #[test]
    fn predeclared_names_are_sorted_for_binary_search() {
        assert!(PREDECLARED.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn classes_follow_the_lexer() {
        let src = "package main // the entry\n\nfunc main() {\n\tch := make(chan int, 2) /* buffered */\n\tgo f(\"s\", 'r', `raw`)\n\tx := <-ch + 0x1F\n\tdefer close(ch)\n}\n";
        assert_eq!(
            classes(src),
            [
                ("package", "keyword"),
                ("// the entry", "comment"),
                ("func", "keyword"),
                ("make", "builtin"),
                ("chan", "concurrency"),
                ("int", "builtin"),
                ("2", "number"),
                ("/* buffered */", "comment"),
                ("go", "concurrency"),
                ("\"s\"", "string"),
                ("'r'", "string"),
                ("`raw`", "string"),
                ("<-", "concurrency"),
                ("0x1F", "number"),
                ("defer", "concurrency"),
                ("close", "builtin"),
            ]
        );
    }

    #[test]
    fn runs_cover_any_input_exactly() {
        let samples = [
            "",
            "x",
            "/* unterminated",
            "\"unterminated\nfunc",
            "a / b /= c // é\n/*\n*/ ü",
            "package main\n\nfunc main() { println(\"héllo\") }",
            "\u{feff}package p; var s = `multi\nline`",
            "@#$ 1.5e3 0b1 'x' ..",
        ];
        for src in samples {
            let runs = highlight(src);
            let mut pos = 0;
            for (r, _) in &runs {
                assert_eq!(r.start, pos, "{src:?}: {runs:?}");
                assert!(r.end > r.start && src.is_char_boundary(r.end));
                pos = r.end;
            }
            assert_eq!(pos, src.len(), "{src:?}");
        }
    }
}
