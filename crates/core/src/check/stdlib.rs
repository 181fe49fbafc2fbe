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

/// Import path and source, dependencies first.
const SOURCES: [(&str, &str); 25] = [
    ("errors", include_str!("stdlib/errors.go")),
    ("io", include_str!("stdlib/io.go")),
    ("fmt", include_str!("stdlib/fmt.go")),
    ("sync", include_str!("stdlib/sync.go")),
    ("sync/atomic", include_str!("stdlib/atomic.go")),
    ("time", include_str!("stdlib/time.go")),
    ("context", include_str!("stdlib/context.go")),
    ("iter", include_str!("stdlib/iter.go")),
    ("unicode", include_str!("stdlib/unicode.go")),
    ("unicode/utf8", include_str!("stdlib/utf8.go")),
    ("strings", include_str!("stdlib/strings.go")),
    ("bytes", include_str!("stdlib/bytes.go")),
    ("bufio", include_str!("stdlib/bufio.go")),
    ("strconv", include_str!("stdlib/strconv.go")),
    ("math", include_str!("stdlib/math.go")),
    ("math/rand", include_str!("stdlib/rand.go")),
    ("math/rand/v2", include_str!("stdlib/randv2.go")),
    ("os", include_str!("stdlib/os.go")),
    ("log", include_str!("stdlib/log.go")),
    ("sort", include_str!("stdlib/sort.go")),
    ("cmp", include_str!("stdlib/cmp.go")),
    ("slices", include_str!("stdlib/slices.go")),
    ("maps", include_str!("stdlib/maps.go")),
    ("runtime", include_str!("stdlib/runtime.go")),
    ("net/http", include_str!("stdlib/http.go")),
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
