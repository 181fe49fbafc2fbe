//! The lexer: source text to tokens, with Go's automatic semicolon insertion.
//!
//! It follows `cmd/compile/internal/syntax/scanner.go` closely, including the wording and
//! position of every error, so that `goroscope` reports lexical errors exactly as `go build`
//! does. The lexer never fails: problems become diagnostics and scanning continues.

mod number;
mod quoted;

use super::literal::go_unicode;
use super::span::Span;
use super::token::{SemiKind, Token, TokenKind};
use crate::diag::Diagnostic;

/// Splits `src` into tokens. The last token is always [`TokenKind::Eof`]. Comments are
/// skipped; a character that cannot start a token becomes [`TokenKind::Illegal`] (the
/// parser ignores those, as Go's scanner does).
pub fn lex(src: &str) -> (Vec<Token>, Vec<Diagnostic>) {
    let mut lexer = Lexer::new(src);
    loop {
        lexer.scan();
        if lexer.tokens.last().is_some_and(|t| t.kind == TokenKind::Eof) {
            break;
        }
    }
    (lexer.tokens, lexer.diags)
}

pub(super) struct Lexer<'a> {
    src: &'a str,
    /// The byte offset of the current character.
    pos: usize,
    /// The byte offset at which the token being scanned starts.
    start: usize,
    /// Whether a newline or the end of input should become a semicolon.
    nlsemi: bool,
    tokens: Vec<Token>,
    diags: Vec<Diagnostic>,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Lexer<'a> {
        let mut lexer =
            Lexer { src, pos: 0, start: 0, nlsemi: false, tokens: Vec::new(), diags: Vec::new() };
        lexer.skip_invisible();
        lexer
    }

    /// The current character, or `None` at the end of input.
    fn ch(&self) -> Option<char> {
        self.src.get(self.pos..).and_then(|rest| rest.chars().next())
    }

    fn is(&self, c: char) -> bool {
        self.ch() == Some(c)
    }

    /// Moves past the current character.
    fn bump(&mut self) {
        if let Some(c) = self.ch() {
            self.pos += c.len_utf8();
            self.skip_invisible();
        }
    }

    /// Go's source reader drops NUL characters and byte order marks before the scanner ever
    /// sees them, even inside literals and comments; a BOM is legal only at the very start.
    fn skip_invisible(&mut self) {
        loop {
            match self.ch() {
                Some('\0') => {
                    self.error_here("invalid NUL character");
                    self.pos += 1;
                }
                Some('\u{feff}') => {
                    if self.pos != 0 {
                        self.error_here("invalid BOM in the middle of the file");
                    }
                    self.pos += '\u{feff}'.len_utf8();
                }
                _ => return,
            }
        }
    }

    /// Reports an error at the current character.
    fn error_here(&mut self, message: impl Into<String>) {
        self.diags.push(Diagnostic::syntax(Span::new(self.pos, self.pos), message));
    }

    /// Reports an error at a byte offset into the current token.
    fn error_at_offset(&mut self, offset: usize, message: impl Into<String>) {
        let at = self.start + offset;
        self.diags.push(Diagnostic::syntax(Span::new(at, at), message));
    }

    fn push(&mut self, kind: TokenKind) {
        self.tokens.push(Token { kind, span: Span::new(self.start, self.pos) });
    }

    /// Scans one token (and any illegal characters before it) into `self.tokens`.
    fn scan(&mut self) {
        let nlsemi = std::mem::take(&mut self.nlsemi);
        loop {
            while matches!(self.ch(), Some(' ' | '\t' | '\r')) || (self.is('\n') && !nlsemi) {
                self.bump();
            }
            self.start = self.pos;
            let Some(c) = self.ch() else {
                if nlsemi {
                    self.push(TokenKind::Semicolon(SemiKind::Eof));
                    self.nlsemi = false;
                    return;
                }
                return self.push(TokenKind::Eof);
            };
            if is_letter(c) || !c.is_ascii() {
                return self.ident();
            }
            if c == '/' && matches!(self.peek(1), Some('/' | '*')) {
                if self.comment(nlsemi) {
                    return;
                }
                continue;
            }
            match c {
                '0'..='9' => return self.number(false),
                '"' => return self.std_string(),
                '`' => return self.raw_string(),
                '\'' => return self.rune(),
                _ if OPERATOR_CHARS.contains(c) => return self.operator_or_delimiter(c),
                _ => {}
            }
            // Go skips the character and scans on, so the semicolon state is kept.
            self.error_here(format!("invalid character {}", go_unicode(c)));
            self.bump();
            self.push(TokenKind::Illegal);
        }
    }

    /// The character `n` bytes after the current one (for ASCII lookahead).
    fn peek(&self, n: usize) -> Option<char> {
        self.src.get(self.pos + n..).and_then(|rest| rest.chars().next())
    }

    /// Scans a comment at `/`. Returns true if it produced a token: a general comment that
    /// spans lines acts like a newline. Returns false (having consumed the comment) otherwise.
    fn comment(&mut self, nlsemi: bool) -> bool {
        match self.peek(1) {
            Some('/') => {
                // The newline is left for the main loop: it may become a semicolon.
                while self.ch().is_some_and(|c| c != '\n') {
                    self.bump();
                }
                false
            }
            Some('*') => {
                let first_line_end = self.src[self.pos..].find('\n').map(|i| self.pos + i);
                self.bump();
                self.bump();
                self.skip_general_comment();
                let spans_lines = first_line_end.is_some_and(|nl| nl < self.pos);
                if spans_lines && nlsemi {
                    self.push(TokenKind::Semicolon(SemiKind::Newline));
                    return true;
                }
                false
            }
            _ => false,
        }
    }

    fn skip_general_comment(&mut self) {
        while let Some(c) = self.ch() {
            self.bump();
            if c == '*' && self.is('/') {
                self.bump();
                return;
            }
        }
        self.error_at_offset(0, "comment not terminated");
    }

    fn ident(&mut self) {
        let first = self.ch().unwrap_or('_');
        if !first.is_ascii() {
            self.check_ident_char(first, true);
        }
        self.bump();
        while let Some(c) = self.ch() {
            if is_letter(c) || c.is_ascii_digit() {
                self.bump();
            } else if !c.is_ascii() {
                self.check_ident_char(c, false);
                self.bump();
            } else {
                break;
            }
        }
        let text = &self.src[self.start..self.pos];
        if let Some(kw) = TokenKind::keyword(text) {
            use TokenKind::*;
            self.nlsemi = matches!(kw, Break | Continue | Fallthrough | Return);
            return self.push(kw);
        }
        self.nlsemi = true;
        self.push(TokenKind::Ident);
    }

    /// Go accepts any non-ASCII character in an identifier but complains about those that are
    /// neither letters nor digits (and about a leading digit).
    fn check_ident_char(&mut self, c: char, first: bool) {
        if c.is_alphabetic() {
            return;
        }
        if c.is_numeric() {
            if first {
                self.error_here(format!("identifier cannot begin with digit {}", go_unicode(c)));
            }
            return;
        }
        self.error_here(format!("invalid character {} in identifier", go_unicode(c)));
    }

    /// Scans an operator or delimiter starting with `c`, one of [`OPERATOR_CHARS`].
    fn operator_or_delimiter(&mut self, c: char) {
        use TokenKind::*;
        self.bump();
        let kind = match c {
            '\n' => Semicolon(SemiKind::Newline),
            '(' => LParen,
            '[' => LBrack,
            '{' => LBrace,
            ',' => Comma,
            ';' => Semicolon(SemiKind::Explicit),
            ')' | ']' | '}' => {
                self.nlsemi = true;
                match c {
                    ')' => RParen,
                    ']' => RBrack,
                    _ => RBrace,
                }
            }
            ':' => self.pick('=', Define, Colon),
            '.' => return self.period(),
            '+' => self.inc_or_assign('+', Inc, Add, AddAssign),
            '-' => self.inc_or_assign('-', Dec, Sub, SubAssign),
            '*' => self.pick('=', MulAssign, Mul),
            '/' => self.pick('=', QuoAssign, Quo),
            '%' => self.pick('=', RemAssign, Rem),
            '&' => self.ampersand(),
            '|' => {
                if self.eat('|') {
                    LOr
                } else {
                    self.pick('=', OrAssign, Or)
                }
            }
            '^' => self.pick('=', XorAssign, Xor),
            '<' => self.less(),
            '>' => {
                if self.eat('=') {
                    Geq
                } else if self.eat('>') {
                    self.pick('=', ShrAssign, Shr)
                } else {
                    Gtr
                }
            }
            '=' => self.pick('=', Eql, Assign),
            '!' => self.pick('=', Neq, Not),
            '~' => Tilde,
            _ => Illegal,
        };
        self.push(kind);
    }

    fn eat(&mut self, c: char) -> bool {
        let yes = self.is(c);
        if yes {
            self.bump();
        }
        yes
    }

    fn pick(&mut self, next: char, if_next: TokenKind, otherwise: TokenKind) -> TokenKind {
        if self.eat(next) { if_next } else { otherwise }
    }

    fn inc_or_assign(
        &mut self,
        c: char,
        inc: TokenKind,
        op: TokenKind,
        assign: TokenKind,
    ) -> TokenKind {
        if self.eat(c) {
            self.nlsemi = true;
            return inc;
        }
        self.pick('=', assign, op)
    }

    fn ampersand(&mut self) -> TokenKind {
        use TokenKind::*;
        if self.eat('&') {
            return LAnd;
        }
        if self.eat('^') {
            return self.pick('=', AndNotAssign, AndNot);
        }
        self.pick('=', AndAssign, And)
    }

    fn less(&mut self) -> TokenKind {
        use TokenKind::*;
        if self.eat('=') {
            Leq
        } else if self.eat('<') {
            self.pick('=', ShlAssign, Shl)
        } else if self.eat('-') {
            Arrow
        } else {
            Lss
        }
    }

    /// After a `.`: a number like `.5`, an ellipsis, or a period. `..` is two periods.
    fn period(&mut self) {
        if self.ch().is_some_and(|c| c.is_ascii_digit()) {
            return self.number(true);
        }
        if self.is('.') && self.peek(1) == Some('.') {
            self.bump();
            self.bump();
            return self.push(TokenKind::Ellipsis);
        }
        self.push(TokenKind::Period);
    }
}

/// The characters that start an operator or delimiter (or, for `\n`, a semicolon).
const OPERATOR_CHARS: &str = "\n([{,;)]}:.+-*/%&|^<>=!~";

fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

#[cfg(test)]
mod tests;
