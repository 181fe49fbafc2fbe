//! Quoted literals: interpreted strings, raw strings and runes, with every escape Go knows.

use super::Lexer;
use crate::syntax::literal::go_quote_rune;
use crate::syntax::token::TokenKind;

impl Lexer<'_> {
    /// Scans `"…"`, starting at the opening quote.
    pub(super) fn std_string(&mut self) {
        self.bump();
        loop {
            match self.ch() {
                Some('"') => {
                    self.bump();
                    break;
                }
                Some('\\') => {
                    self.bump();
                    self.escape('"');
                }
                Some('\n') => {
                    self.error_here("newline in string");
                    break;
                }
                None => {
                    self.error_at_offset(0, "string not terminated");
                    break;
                }
                Some(_) => self.bump(),
            }
        }
        self.literal(TokenKind::String);
    }

    /// Scans `` `…` ``, starting at the opening backquote. Carriage returns stay in the
    /// token; they are dropped only from the literal's value.
    pub(super) fn raw_string(&mut self) {
        self.bump();
        loop {
            match self.ch() {
                Some('`') => {
                    self.bump();
                    break;
                }
                None => {
                    self.error_at_offset(0, "string not terminated");
                    break;
                }
                Some(_) => self.bump(),
            }
        }
        self.literal(TokenKind::RawString);
    }

    /// Scans `'…'`, starting at the opening quote. An escape counts as one character.
    pub(super) fn rune(&mut self) {
        let mut ok = true;
        self.bump();
        let mut n = 0;
        loop {
            match self.ch() {
                Some('\'') => {
                    if ok && n == 0 {
                        self.error_here("empty rune literal or unescaped '");
                    } else if ok && n != 1 {
                        self.error_at_offset(0, "more than one character in rune literal");
                    }
                    self.bump();
                    break;
                }
                Some('\\') => {
                    self.bump();
                    ok &= self.escape('\'');
                }
                Some('\n') => {
                    if ok {
                        self.error_here("newline in rune literal");
                    }
                    break;
                }
                None => {
                    if ok {
                        self.error_at_offset(0, "rune literal not terminated");
                    }
                    break;
                }
                Some(_) => self.bump(),
            }
            n += 1;
        }
        self.literal(TokenKind::Rune);
    }

    fn literal(&mut self, kind: TokenKind) {
        self.push(kind);
        self.nlsemi = true;
    }

    /// Checks the escape after a backslash (already consumed). Returns false after
    /// reporting a malformed escape; at the end of input it returns true and leaves the
    /// complaint to the caller.
    fn escape(&mut self, quote: char) -> bool {
        let (n, base, max): (u32, u32, u32) = match self.ch() {
            None => return true,
            Some(c) if c == quote || "abfnrtv\\".contains(c) => {
                self.bump();
                return true;
            }
            Some('0'..='7') => (3, 8, 255),
            Some(c @ ('x' | 'u' | 'U')) => {
                self.bump();
                match c {
                    'x' => (2, 16, 255),
                    'u' => (4, 16, 0x10_FFFF),
                    _ => (8, 16, 0x10_FFFF),
                }
            }
            Some(_) => {
                self.error_here("unknown escape");
                return false;
            }
        };

        let mut x: u64 = 0;
        for _ in 0..n {
            let Some(c) = self.ch() else { return true };
            let d = c.to_digit(16).unwrap_or(base);
            if d >= base {
                let name = if base == 8 { "octal" } else { "hexadecimal" };
                self.error_here(format!("invalid character {} in {name} escape", go_quote_rune(c)));
                return false;
            }
            x = x * u64::from(base) + u64::from(d);
            self.bump();
        }

        if x > u64::from(max) && base == 8 {
            self.error_here(format!("octal escape value {x} > 255"));
            return false;
        }
        if x > u64::from(max) || (0xD800..0xE000).contains(&x) {
            self.error_here(format!("escape is invalid Unicode code point U+{x:04X}"));
            return false;
        }
        true
    }
}
