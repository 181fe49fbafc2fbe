//! The simulator's standard library as Go source: each supported package is a file of
//! declarations whose function bodies the runtime supplies. They are parsed here, in an order
//! in which every package comes after the packages it imports.

use crate::syntax::{self, Parsed};

/// One package of the simulated standard library.
pub struct Stub {
    pub path: &'static str,
    pub file: syntax::ast::File,
}

impl std::fmt::Debug for Stub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stub").field("path", &self.path).finish()
    }
}

/// A stub's source as the bundle carries it: `minify`d at compile time.
macro_rules! stub {
    ($file:literal) => {{
        const SOURCE: &str = include_str!($file);
        const BYTES: [u8; minify_len(SOURCE)] = minify(SOURCE);
        match std::str::from_utf8(&BYTES) {
            Ok(s) => s,
            Err(_) => panic!("a stub is not UTF-8"),
        }
    }};
}

/// Where the text of the line `i..end` starts after its indentation, or `None` if the line
/// is a comment.
const fn text_start(src: &[u8], mut i: usize, end: usize) -> Option<usize> {
    while i < end && (src[i] == b' ' || src[i] == b'\t') {
        i += 1;
    }
    if i + 1 < end && src[i] == b'/' && src[i + 1] == b'/' { None } else { Some(i) }
}

/// Where the line starting at `i` ends: its newline, or the end of `src`.
const fn line_end(src: &[u8], mut i: usize) -> usize {
    while i < src.len() && src[i] != b'\n' {
        i += 1;
    }
    i
}

/// The length of `minify(src)`.
const fn minify_len(src: &str) -> usize {
    minify_into(src.as_bytes(), &mut [])
}

/// `src` without indentation and without whole-line comments, each line still in its place
/// (so positions inside a stub keep their line numbers). The stubs' comments are for readers
/// of this repository; dropping them takes about 3 KB off the gzipped web bundle. None of the
/// stubs has a raw string literal, whose indentation would matter.
const fn minify<const N: usize>(src: &str) -> [u8; N] {
    let mut out = [0u8; N];
    minify_into(src.as_bytes(), &mut out);
    out
}

/// Writes `minify(src)` into `out` (nothing when `out` is empty, to measure it); returns its
/// length.
const fn minify_into(src: &[u8], out: &mut [u8]) -> usize {
    let write = !out.is_empty();
    let (mut i, mut n) = (0, 0);
    while i < src.len() {
        let end = line_end(src, i);
        if let Some(mut k) = text_start(src, i, end) {
            while k < end {
                if write {
                    out[n] = src[k];
                }
                n += 1;
                k += 1;
            }
        }
        if end < src.len() {
            if write {
                out[n] = b'\n';
            }
            n += 1;
        }
        i = end + 1;
    }
    n
}

/// Import path and source, dependencies first.
const SOURCES: [(&str, &str); 25] = [
    ("errors", stub!("stdlib/errors.go")),
    ("io", stub!("stdlib/io.go")),
    ("sync", stub!("stdlib/sync.go")),
    ("sync/atomic", stub!("stdlib/atomic.go")),
    ("time", stub!("stdlib/time.go")),
    ("context", stub!("stdlib/context.go")),
    ("iter", stub!("stdlib/iter.go")),
    ("unicode", stub!("stdlib/unicode.go")),
    ("unicode/utf8", stub!("stdlib/utf8.go")),
    ("strings", stub!("stdlib/strings.go")),
    ("bytes", stub!("stdlib/bytes.go")),
    ("bufio", stub!("stdlib/bufio.go")),
    ("strconv", stub!("stdlib/strconv.go")),
    ("math", stub!("stdlib/math.go")),
    ("fmt", stub!("stdlib/fmt.go")),
    ("math/rand", stub!("stdlib/rand.go")),
    ("math/rand/v2", stub!("stdlib/randv2.go")),
    ("os", stub!("stdlib/os.go")),
    ("log", stub!("stdlib/log.go")),
    ("sort", stub!("stdlib/sort.go")),
    ("cmp", stub!("stdlib/cmp.go")),
    ("slices", stub!("stdlib/slices.go")),
    ("maps", stub!("stdlib/maps.go")),
    ("runtime", stub!("stdlib/runtime.go")),
    ("net/http", stub!("stdlib/http.go")),
];

/// The import paths of the packages the simulator provides.
pub(super) fn paths() -> impl Iterator<Item = &'static str> {
    SOURCES.iter().map(|(p, _)| *p)
}

/// Whether `path` is a package the simulator provides.
pub(super) fn is_supported(path: &str) -> bool {
    paths().any(|p| p == path)
}

pub(super) fn parse_all() -> Vec<Stub> {
    SOURCES
        .iter()
        .map(|(path, src)| {
            let Parsed { file, diagnostics } = syntax::parse(src);
            debug_assert!(
                diagnostics.is_empty(),
                "stdlib stub {path} does not parse: {diagnostics:?}"
            );
            Stub { path, file }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minify_drops_indentation_and_comment_lines_and_keeps_line_numbers() {
        const SRC: &str =
            "// Package p.\npackage p\n\n\t// doc\nfunc F() int {\n\treturn 1 // one\n}";
        const OUT: [u8; minify_len(SRC)] = minify(SRC);
        let out = std::str::from_utf8(&OUT).unwrap();
        assert_eq!(out, "\npackage p\n\n\nfunc F() int {\nreturn 1 // one\n}");
        assert_eq!(out.lines().count(), SRC.lines().count());
    }

    #[test]
    fn minified_stubs_parse() {
        for (path, src) in SOURCES {
            assert!(!src.contains("\n\t") && !src.contains("\n//"), "{path} is not minified");
            let parsed = syntax::parse(src);
            assert!(parsed.diagnostics.is_empty(), "{path}: {:?}", parsed.diagnostics);
        }
    }
}
