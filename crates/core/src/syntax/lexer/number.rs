//! Number literals: decimal, hexadecimal, octal (`0o17` and legacy `017`) and binary
//! integers, decimal and hexadecimal floats, imaginary numbers, and `_` separators.

use super::Lexer;
use crate::syntax::literal::go_quote_rune;
use crate::syntax::token::TokenKind;

impl Lexer<'_> {
    /// Scans a number at a digit, or just after the `.` of `.5` if `seen_point` is set.
    /// The checks and their order follow Go's scanner so the same error wins.
    pub(super) fn number(&mut self, mut seen_point: bool) {
        let mut ok = true;
        let mut kind = TokenKind::Int;
        let mut base = 10;
        // One of '\0' (decimal), '0' (legacy octal), 'x', 'o' or 'b'.
        let mut prefix = '\0';
        // Bit 0: some digit was seen; bit 1: some '_' was seen.
        let mut digsep = 0;
        let mut invalid = None;

        if !seen_point {
            if self.is('0') {
                self.bump();
                match self.ch().map(|c| c.to_ascii_lowercase()) {
                    Some(p @ ('x' | 'o' | 'b')) => {
                        self.bump();
                        prefix = p;
                        base = match p {
                            'x' => 16,
                            'o' => 8,
                            _ => 2,
                        };
                    }
                    _ => {
                        (base, prefix) = (8, '0');
                        digsep = 1; // The leading 0 is a digit.
                    }
                }
            }
            digsep |= self.digits(base, &mut invalid);
            if self.is('.') {
                if matches!(prefix, 'o' | 'b') {
                    self.error_here(format!("invalid radix point in {} literal", base_name(base)));
                    ok = false;
                }
                self.bump();
                seen_point = true;
            }
        }

        if seen_point {
            kind = TokenKind::Float;
            digsep |= self.digits(base, &mut invalid);
        }

        if digsep & 1 == 0 && ok {
            self.error_here(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }

        let exp = self.ch().filter(|c| matches!(c, 'e' | 'E' | 'p' | 'P'));
        if let Some(e) = exp {
            let lower = e.to_ascii_lowercase();
            if ok && lower == 'e' && !matches!(prefix, '\0' | '0') {
                self.error_here(format!("{} exponent requires decimal mantissa", go_quote_rune(e)));
                ok = false;
            } else if ok && lower == 'p' && prefix != 'x' {
                self.error_here(format!(
                    "{} exponent requires hexadecimal mantissa",
                    go_quote_rune(e)
                ));
                ok = false;
            }
            self.bump();
            kind = TokenKind::Float;
            if matches!(self.ch(), Some('+' | '-')) {
                self.bump();
            }
            digsep = self.digits(10, &mut None) | (digsep & 2);
            if digsep & 1 == 0 && ok {
                self.error_here("exponent has no digits");
                ok = false;
            }
        } else if prefix == 'x' && kind == TokenKind::Float && ok {
            self.error_here("hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }

        if self.is('i') {
            kind = TokenKind::Imag;
            self.bump();
        }
        self.push(kind);
        self.nlsemi = true;

        let text = &self.src[self.start..self.pos];
        if let Some(i) = invalid.filter(|_| kind == TokenKind::Int && ok) {
            let digit = char::from(text.as_bytes().get(i).copied().unwrap_or(b'?'));
            let message =
                format!("invalid digit {} in {} literal", go_quote_rune(digit), base_name(base));
            self.error_at_offset(i, message);
            ok = false;
        }
        if digsep & 2 != 0
            && ok
            && let Some(i) = invalid_sep(text)
        {
            self.error_at_offset(i, "'_' must separate successive digits");
        }
    }

    /// Consumes `{ digit | '_' }`. For bases up to 10 any decimal digit is accepted, and the
    /// offset of the first one too large for `base` is recorded in `invalid`. Returns bit 0
    /// set if a digit was seen and bit 1 set if a separator was.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u8 {
        let mut digsep = 0;
        while let Some(c) = self.ch() {
            let is_digit = if base <= 10 { c.is_ascii_digit() } else { c.is_ascii_hexdigit() };
            if c == '_' {
                digsep |= 2;
            } else if is_digit {
                digsep |= 1;
                if base <= 10 && c.to_digit(10).is_some_and(|d| d >= base) && invalid.is_none() {
                    *invalid = Some(self.pos - self.start);
                }
            } else {
                break;
            }
            self.bump();
        }
        digsep
    }
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// The offset of the first `_` in a number literal that does not sit between two digits
/// (a base prefix counts as a digit), as Go's `invalidSep` computes it.
fn invalid_sep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut hex = false;
    // The class of the previous character: '_', '0' (a digit) or '.' (anything else).
    let mut d = b'.';
    let mut i = 0;
    if bytes.len() >= 2 && bytes[0] == b'0' {
        let x = bytes[1].to_ascii_lowercase();
        if matches!(x, b'x' | b'o' | b'b') {
            hex = x == b'x';
            d = b'0';
            i = 2;
        }
    }
    while i < bytes.len() {
        let p = d;
        d = bytes[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (hex && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    (d == b'_').then(|| bytes.len() - 1)
}
