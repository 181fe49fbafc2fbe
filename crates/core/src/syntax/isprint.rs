//! Go's printable runes (`strconv.IsPrint`, `IsGraphic`), for `%q`, `strconv.Quote` and the
//! compiler's messages alike.

/// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
/// For non-ASCII runes this asks Rust's `escape_debug`, whose notion of printable excludes
/// the same categories (controls, formats, surrogates, private use, unassigned, and
/// separators other than the space); the fixture `printable_runes_as_go_quotes_them.go`
/// checks every rune below U+30000 against Go. The rune is placed after another character so
/// that combining marks, which Go calls printable, are not escaped as a string's first
/// character.
pub fn is_print(r: u32) -> bool {
    if r < 0x80 {
        return (0x20..0x7F).contains(&r);
    }
    let Some(c) = char::from_u32(r) else {
        return false;
    };
    let mut s = String::from("a");
    s.push(c);
    s.escape_debug().eq(s.chars())
}

/// Go's `strconv.IsGraphic`: printable, or one of the Unicode spaces besides U+0020.
pub fn is_graphic(r: u32) -> bool {
    is_print(r) || matches!(r, 0x00A0 | 0x1680 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000)
}
