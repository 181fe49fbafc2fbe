//! Literal values: decoding the text of string and rune literals (escapes included) for
//! later stages, and formatting characters the way Go's `%q` and `%#U` verbs do for
//! error messages.

/// The value of a string literal given its source text, quotes included: the bytes of an
/// interpreted string (`\x` and octal escapes give raw bytes, `\u` and `\U` give UTF-8),
/// or those of a raw string with carriage returns removed. `None` if the text is malformed.
pub fn decode_string(text: &str) -> Option<Vec<u8>> {
    if let Some(raw) = text.strip_prefix('`') {
        let body = raw.strip_suffix('`')?;
        return Some(body.bytes().filter(|&b| b != b'\r').collect());
    }
    let body = text.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match unescape(&mut chars, '"')? {
                Unescaped::Byte(b) => out.push(b),
                Unescaped::Char(c) => push_utf8(&mut out, c),
            },
            '"' | '\n' => return None,
            c => push_utf8(&mut out, c),
        }
    }
    Some(out)
}

/// The value of a rune literal given its source text, quotes included. `None` if the text
/// is malformed. A `\x` or octal escape gives the character with that code (`'\xff'` is
/// U+00FF), as Go's rune value does.
pub fn decode_rune(text: &str) -> Option<char> {
    let body = text.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut chars = body.chars();
    let value = match chars.next()? {
        '\\' => match unescape(&mut chars, '\'')? {
            Unescaped::Byte(b) => char::from(b),
            Unescaped::Char(c) => c,
        },
        '\'' | '\n' => return None,
        c => c,
    };
    chars.next().is_none().then_some(value)
}

enum Unescaped {
    Byte(u8),
    Char(char),
}

/// Decodes the escape after a backslash.
fn unescape(chars: &mut std::str::Chars<'_>, quote: char) -> Option<Unescaped> {
    let c = chars.next()?;
    let simple = match c {
        'a' => Some('\u{7}'),
        'b' => Some('\u{8}'),
        'f' => Some('\u{c}'),
        'n' => Some('\n'),
        'r' => Some('\r'),
        't' => Some('\t'),
        'v' => Some('\u{b}'),
        '\\' => Some('\\'),
        c if c == quote => Some(c),
        _ => None,
    };
    if let Some(s) = simple {
        return Some(Unescaped::Char(s));
    }
    let (n, radix, first) = match c {
        '0'..='7' => (2, 8, c.to_digit(8)),
        'x' => (2, 16, Some(0)),
        'u' => (4, 16, Some(0)),
        'U' => (8, 16, Some(0)),
        _ => return None,
    };
    let mut x = first?;
    for _ in 0..n {
        x = x.checked_mul(radix)?.checked_add(chars.next()?.to_digit(radix)?)?;
    }
    match c {
        'u' | 'U' => char::from_u32(x).map(Unescaped::Char),
        _ => u8::try_from(x).ok().map(Unescaped::Byte),
    }
}

fn push_utf8(out: &mut Vec<u8>, c: char) {
    let mut buf = [0; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Formats `c` like Go's `%#U`: `U+0040 '@'`, or just `U+0007` when it does not print.
pub(crate) fn go_unicode(c: char) -> String {
    if is_print(c) {
        format!("U+{:04X} '{c}'", u32::from(c))
    } else {
        format!("U+{:04X}", u32::from(c))
    }
}

/// Formats `c` like Go's `%q` does a rune: `'a'`, `'\n'`, `'\x00'`, `'\u00a0'`.
pub(crate) fn go_quote_rune(c: char) -> String {
    let body = match c {
        '\u{7}' => "\\a".to_owned(),
        '\u{8}' => "\\b".to_owned(),
        '\u{c}' => "\\f".to_owned(),
        '\n' => "\\n".to_owned(),
        '\r' => "\\r".to_owned(),
        '\t' => "\\t".to_owned(),
        '\u{b}' => "\\v".to_owned(),
        '\\' => "\\\\".to_owned(),
        '\'' => "\\'".to_owned(),
        c if is_print(c) => c.to_string(),
        c if u32::from(c) < 0x80 => format!("\\x{:02x}", u32::from(c)),
        c if u32::from(c) < 0x1_0000 => format!("\\u{:04x}", u32::from(c)),
        c => format!("\\U{:08x}", u32::from(c)),
    };
    format!("'{body}'")
}

/// Go's `strconv.IsPrint`.
fn is_print(c: char) -> bool {
    super::isprint::is_print(u32::from(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn string(text: &str) -> Option<String> {
        decode_string(text).map(|b| String::from_utf8_lossy(&b).into_owned())
    }

    #[test]
    fn decodes_every_string_escape() {
        assert_eq!(
            string(r#""a\a\b\f\n\r\t\v\\\"z""#).unwrap(),
            "a\u{7}\u{8}\u{c}\n\r\t\u{b}\\\"z"
        );
        assert_eq!(string(r#""\x41\101\u00e9\U0001F600""#).unwrap(), "AAé😀");
        assert_eq!(decode_string(r#""\xff\377""#), Some(vec![0xff, 0xff]));
        assert_eq!(string("\"héllo\""), Some("héllo".to_owned()));
    }

    #[test]
    fn raw_strings_keep_backslashes_and_drop_carriage_returns() {
        assert_eq!(string("`a\\n\r\nb`"), Some("a\\n\nb".to_owned()));
    }

    #[test]
    fn malformed_strings_decode_to_none() {
        assert_eq!(decode_string(r#""\q""#), None);
        assert_eq!(decode_string(r#""abc"#), None);
        assert_eq!(decode_string(r#""\400""#), None);
        assert_eq!(decode_string(r#""\uD800""#), None);
        assert_eq!(decode_string(r#""\'""#), None);
    }

    #[test]
    fn decodes_runes() {
        assert_eq!(decode_rune("'a'"), Some('a'));
        assert_eq!(decode_rune("'λ'"), Some('λ'));
        assert_eq!(decode_rune(r"'\''"), Some('\''));
        assert_eq!(decode_rune(r"'\n'"), Some('\n'));
        assert_eq!(decode_rune(r"'\xff'"), Some('\u{ff}'));
        assert_eq!(decode_rune(r"'\377'"), Some('\u{ff}'));
        assert_eq!(decode_rune(r"'\u12e4'"), Some('\u{12e4}'));
        assert_eq!(decode_rune(r"'\U00101234'"), Some('\u{101234}'));
        assert_eq!(decode_rune("'ab'"), None);
        assert_eq!(decode_rune("''"), None);
        assert_eq!(decode_rune(r#"'\"'"#), None);
    }

    #[test]
    fn formats_characters_like_go() {
        assert_eq!(go_unicode('@'), "U+0040 '@'");
        assert_eq!(go_unicode('\u{7}'), "U+0007");
        assert_eq!(go_unicode('\u{a0}'), "U+00A0");
        assert_eq!(go_quote_rune('8'), "'8'");
        assert_eq!(go_quote_rune('\n'), r"'\n'");
        assert_eq!(go_quote_rune('\u{1}'), r"'\x01'");
        assert_eq!(go_quote_rune('\u{a0}'), r"'\u00a0'");
    }
}
