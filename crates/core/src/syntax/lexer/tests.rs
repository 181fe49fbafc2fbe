//! Lexer tests: each renders the token stream on one line (names and literals with their
//! text, semicolons with their origin) followed by any errors with Go's `LINE:COL`.

use crate::syntax::lex;
use crate::syntax::span::LineIndex;
use crate::syntax::token::{SemiKind, TokenKind};
use expect_test::{Expect, expect};

fn check(src: &str, expect: Expect) {
    let (tokens, diags) = lex(src);
    let index = LineIndex::new(src);
    let mut parts = Vec::new();
    for t in &tokens {
        let text = t.text(src);
        parts.push(match t.kind {
            TokenKind::Semicolon(SemiKind::Explicit) => ";".to_owned(),
            TokenKind::Semicolon(SemiKind::Newline) => ";nl".to_owned(),
            TokenKind::Semicolon(SemiKind::Eof) => ";eof".to_owned(),
            TokenKind::Eof => "EOF".to_owned(),
            k if k == TokenKind::Ident || k == TokenKind::Illegal || k.is_literal() => {
                format!("{k:?}({text})")
            }
            k => k.as_str().unwrap_or("?").to_owned(),
        });
    }
    // Invisible characters are shown escaped.
    let mut out = parts.join(" ").replace('\0', "\\0").replace('\u{feff}', "\\u{feff}");
    for d in &diags {
        out.push_str(&format!("\n{}", d.render(&index)));
    }
    expect.assert_eq(&out);
}

#[test]
fn semicolon_after_name_literal_and_closing_tokens_at_newline() {
    check(
        "x\n1\n\"s\"\n)\n]\n}\n",
        expect![[r#"Ident(x) ;nl Int(1) ;nl String("s") ;nl ) ;nl ] ;nl } ;nl EOF"#]],
    );
}

#[test]
fn semicolon_after_branch_keywords_and_inc_dec() {
    check(
        "break\ncontinue\nfallthrough\nreturn\nx++\ny--\n",
        expect![[
            "break ;nl continue ;nl fallthrough ;nl return ;nl Ident(x) ++ ;nl Ident(y) -- ;nl EOF"
        ]],
    );
}

#[test]
fn no_semicolon_after_operators_and_other_keywords() {
    check("x +\ny\nfunc\n(\n", expect!["Ident(x) + Ident(y) ;nl func ( EOF"]);
}

#[test]
fn semicolon_at_eof_without_newline() {
    check("x", expect!["Ident(x) ;eof EOF"]);
    check("", expect!["EOF"]);
}

#[test]
fn line_comment_ends_in_semicolon_at_its_newline() {
    check("x // comment\ny", expect!["Ident(x) ;nl Ident(y) ;eof EOF"]);
}

#[test]
fn general_comment_spanning_lines_acts_as_newline() {
    check("x /* a\nb */ y", expect!["Ident(x) ;nl Ident(y) ;eof EOF"]);
    check("x /* a */ y", expect!["Ident(x) Ident(y) ;eof EOF"]);
    check("x /* a */\ny", expect!["Ident(x) ;nl Ident(y) ;eof EOF"]);
}

#[test]
fn explicit_semicolons_are_marked() {
    check("a; b", expect!["Ident(a) ; Ident(b) ;eof EOF"]);
}

#[test]
fn all_operators() {
    check(
        "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , . : ;",
        expect![[
            "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , . : ; EOF"
        ]],
    );
}

#[test]
fn two_periods_are_two_tokens() {
    check("a..b", expect!["Ident(a) . . Ident(b) ;eof EOF"]);
}

#[test]
fn keywords() {
    check(
        "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var",
        expect![[
            "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var EOF"
        ]],
    );
}

#[test]
fn unicode_identifiers() {
    check("λ _x1 日本", expect!["Ident(λ) Ident(_x1) Ident(日本) ;eof EOF"]);
}

#[test]
fn integer_literals() {
    check(
        "42 0x1F 0XaB 0o17 0O17 0b101 0B1 0777 0 1_000_000 0x_1F 0b_1",
        expect![[
            "Int(42) Int(0x1F) Int(0XaB) Int(0o17) Int(0O17) Int(0b101) Int(0B1) Int(0777) Int(0) Int(1_000_000) Int(0x_1F) Int(0b_1) ;eof EOF"
        ]],
    );
}

#[test]
fn float_and_imaginary_literals() {
    check(
        "1.5 .5 1. 1e3 1E-3 0x1p4 0x1.8p-1 0X.8P0 08.5 1_0.2_5 2i 1.5i 0x1p2i 0o7i 09i",
        expect![[
            "Float(1.5) Float(.5) Float(1.) Float(1e3) Float(1E-3) Float(0x1p4) Float(0x1.8p-1) Float(0X.8P0) Float(08.5) Float(1_0.2_5) Imag(2i) Imag(1.5i) Imag(0x1p2i) Imag(0o7i) Imag(09i) ;eof EOF"
        ]],
    );
}

#[test]
fn hex_integer_with_e_is_not_a_float() {
    check("0x1e3", expect!["Int(0x1e3) ;eof EOF"]);
}

#[test]
fn rune_and_string_literals_with_escapes() {
    check(
        r#"'a' 'λ' '\n' '\'' '\\' '\x41' '\101' '\u12e4' '\U00101234' "a\tb\"c" "\a\b\f\n\r\t\v\\" "\xff\377\u00e9""#,
        expect![[
            r#"Rune('a') Rune('λ') Rune('\n') Rune('\'') Rune('\\') Rune('\x41') Rune('\101') Rune('\u12e4') Rune('\U00101234') String("a\tb\"c") String("\a\b\f\n\r\t\v\\") String("\xff\377\u00e9") ;eof EOF"#
        ]],
    );
}

#[test]
fn raw_strings_span_lines_and_keep_backslashes() {
    check(
        "`a\\n\nb` x",
        expect![[r#"
        RawString(`a\n
        b`) Ident(x) ;eof EOF"#]],
    );
}

#[test]
fn invalid_digits_in_literals() {
    check(
        "0b102 0o78 09 0_8 0x",
        expect![[r#"
        Int(0b102) Int(0o78) Int(09) Int(0_8) Int(0x) ;eof EOF
        1:5: invalid digit '2' in binary literal
        1:10: invalid digit '8' in octal literal
        1:13: invalid digit '9' in octal literal
        1:17: invalid digit '8' in octal literal
        1:21: hexadecimal literal has no digits"#]],
    );
}

#[test]
fn misplaced_separators() {
    check(
        "1_ 1__2 0_x1 1_.5 0x_1",
        expect![[r#"
        Int(1_) Int(1__2) Int(0_) Ident(x1) Float(1_.5) Int(0x_1) ;eof EOF
        1:2: '_' must separate successive digits
        1:6: '_' must separate successive digits
        1:10: '_' must separate successive digits
        1:15: '_' must separate successive digits"#]],
    );
}

#[test]
fn float_errors() {
    check(
        "0x1.5 1e 0b1.0 0o1e3 1p3 0x1p",
        expect![[r#"
        Float(0x1.5) Float(1e) Float(0b1.0) Float(0o1e3) Float(1p3) Float(0x1p) ;eof EOF
        1:6: hexadecimal mantissa requires a 'p' exponent
        1:9: exponent has no digits
        1:13: invalid radix point in binary literal
        1:19: 'e' exponent requires decimal mantissa
        1:23: 'p' exponent requires hexadecimal mantissa
        1:30: exponent has no digits"#]],
    );
}

#[test]
fn string_errors() {
    check(
        "\"abc\nx",
        expect![[r#"
        String("abc) ;nl Ident(x) ;eof EOF
        1:5: newline in string"#]],
    );
    check(
        "\"abc",
        expect![[r#"
        String("abc) ;eof EOF
        1:1: string not terminated"#]],
    );
    check(
        "x `abc",
        expect![[r#"
        Ident(x) RawString(`abc) ;eof EOF
        1:3: string not terminated"#]],
    );
}

#[test]
fn escape_errors() {
    check(
        r#""\q" "\x4g" "\400" "\uD800" "\U00110000" "\8""#,
        expect![[r#"
        String("\q") String("\x4g") String("\400") String("\uD800") String("\U00110000") String("\8") ;eof EOF
        1:3: unknown escape
        1:10: invalid character 'g' in hexadecimal escape
        1:18: octal escape value 256 > 255
        1:27: escape is invalid Unicode code point U+D800
        1:40: escape is invalid Unicode code point U+110000
        1:44: unknown escape"#]],
    );
}

#[test]
fn rune_errors() {
    check(
        "'' 'ab' '\\q'",
        expect![[r#"
        Rune('') Rune('ab') Rune('\q') ;eof EOF
        1:2: empty rune literal or unescaped '
        1:4: more than one character in rune literal
        1:11: unknown escape"#]],
    );
    check(
        "'a\nx",
        expect![[r#"
        Rune('a) ;nl Ident(x) ;eof EOF
        1:3: newline in rune literal"#]],
    );
    check(
        "x 'a",
        expect![[r#"
        Ident(x) Rune('a) ;eof EOF
        1:3: rune literal not terminated"#]],
    );
}

#[test]
fn invalid_characters_are_reported_and_skipped() {
    check(
        "x @ # $ ? \\ \u{7}\ny",
        expect![[r#"
        Ident(x) Illegal(@) Illegal(#) Illegal($) Illegal(?) Illegal(\) Illegal() ;nl Ident(y) ;eof EOF
        1:3: invalid character U+0040 '@'
        1:5: invalid character U+0023 '#'
        1:7: invalid character U+0024 '$'
        1:9: invalid character U+003F '?'
        1:11: invalid character U+005C '\'
        1:13: invalid character U+0007"#]],
    );
}

#[test]
fn non_letters_in_identifiers() {
    check(
        "a€b \u{663}x",
        expect![[r#"
        Ident(a€b) Ident(٣x) ;eof EOF
        1:2: invalid character U+20AC '€' in identifier
        1:7: identifier cannot begin with digit U+0663 '٣'"#]],
    );
}

#[test]
fn nul_characters_are_reported_and_dropped() {
    check(
        "x\0y \"a\0b\"",
        expect![[r#"
        Ident(x\0y) String("a\0b") ;eof EOF
        1:2: invalid NUL character
        1:7: invalid NUL character"#]],
    );
}

#[test]
fn bom_is_allowed_only_first() {
    check(
        "\u{feff}x\u{feff}y",
        expect![[r#"
        Ident(x\u{feff}y) ;eof EOF
        1:5: invalid BOM in the middle of the file"#]],
    );
}

#[test]
fn unterminated_comment() {
    check(
        "x /* abc",
        expect![[r#"
        Ident(x) ;eof EOF
        1:3: comment not terminated"#]],
    );
}
