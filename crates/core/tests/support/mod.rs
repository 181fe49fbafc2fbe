//! Test support shared by the integration tests: fixture discovery, directive parsing,
//! snapshot blessing and the Go oracle.

#![allow(dead_code)] // reason: each test binary uses a different part of this module

pub mod oracle;

use std::path::{Path, PathBuf};

/// The `.go` files directly inside `tests/data/<dir>`, sorted by name.
pub fn fixtures(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", root.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "go"))
        .collect();
    files.sort();
    files
}

/// The values of every `//@ name: value` directive line in a fixture.
pub fn directives<'a>(src: &'a str, name: &str) -> Vec<&'a str> {
    let prefix = format!("//@ {name}:");
    src.lines().filter_map(|l| l.trim().strip_prefix(prefix.as_str())).map(str::trim).collect()
}

/// True when snapshots should be rewritten instead of compared (`GOROSCOPE_BLESS=1`).
pub fn blessing() -> bool {
    std::env::var_os("GOROSCOPE_BLESS").is_some_and(|v| v != "0")
}

/// Compares `actual` with the snapshot file at `path`, or writes it when blessing.
/// Returns a description of the mismatch, if any.
pub fn check_snapshot(path: &Path, actual: &str) -> Option<String> {
    if blessing() {
        std::fs::write(path, actual).expect("write snapshot");
        return None;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    if expected == actual {
        None
    } else {
        Some(format!(
            "{}: snapshot differs (GOROSCOPE_BLESS=1 cargo test rewrites it)\n--- expected\n{expected}\n--- actual\n{actual}",
            path.display()
        ))
    }
}

/// The file name of a path, for messages.
pub fn name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}
