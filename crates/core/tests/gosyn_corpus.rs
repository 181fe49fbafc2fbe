//! Our parser against an independent one on a corpus of valid Go: a fixed subset of the
//! standard library of the Go oracle (`scripts/bootstrap` installs it into `.venv/`), the
//! repository's examples and the `check/ok` fixtures. Every file is valid Go, so both
//! [gosyn](https://crates.io/crates/gosyn) and `syntax::parse` must accept it. Files our
//! parser rejects today are listed, with the reason, in [`KNOWN_PARSER_GAPS`]; the list must
//! stay exact, so fixing a parser bug means deleting its entry.

mod support;

use goroscope_core::{DiagnosticKind, LineIndex, syntax};
use std::path::{Path, PathBuf};
use std::process::Command;
use support::oracle::go_binary;

/// Standard-library packages whose non-test files make up most of the corpus.
const STD_PACKAGES: &[&str] = &[
    "bufio",
    "bytes",
    "container/heap",
    "container/list",
    "context",
    "encoding/json",
    "errors",
    "fmt",
    "io",
    "math",
    "math/big",
    "math/rand/v2",
    "net/url",
    "os",
    "os/exec",
    "path",
    "reflect",
    "slices",
    "sort",
    "strconv",
    "strings",
    "sync",
    "sync/atomic",
    "text/tabwriter",
    "time",
    "unicode/utf8",
    // Generated tables: one string constant concatenated from thousands of lines.
    "vendor/golang.org/x/text/unicode/norm",
];

/// Valid files that `syntax::parse` rejects today: parser bugs, each with a comment saying
/// what it trips on. Keys are the names [`corpus`] gives (`GOROOT/src/…` or repo-relative).
/// The test fails both when another file is rejected and when a listed file parses cleanly,
/// so this list only shrinks.
const KNOWN_PARSER_GAPS: &[&str] = &[
    // `limit: expression nested too deeply`: the parser counts each operand of a
    // left-associative chain (`"a" + "b" + …`, also `x.f().f()…` and `x[0][0]…`) as one more
    // level of nesting, so a chain of about 300 operands hits `MAX_DEPTH`. Go accepts any
    // length; these tables concatenate thousands of string literals.
    "GOROOT/src/vendor/golang.org/x/text/unicode/norm/tables15.0.0.go",
    "GOROOT/src/vendor/golang.org/x/text/unicode/norm/tables17.0.0.go",
];

/// Valid files that gosyn rejects: gaps in the oracle, not in our parser. Listed so the
/// oracle's own failures stay visible without hiding ours.
const KNOWN_GOSYN_GAPS: &[&str] = &[
    // `expected '(', found '['`: a method with its own type parameters,
    // `func (r *Rand) N[Int intType](n Int) Int`, new in Go 1.27.
    "GOROOT/src/math/rand/v2/rand.go",
];

/// The Go installation's root: `go env GOROOT` of the oracle binary.
fn goroot() -> PathBuf {
    let go = go_binary();
    let out = Command::new(&go)
        .args(["env", "GOROOT"])
        .env("GOTOOLCHAIN", "local")
        .env("GOPROXY", "off")
        .env("GOTELEMETRY", "off")
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run the Go oracle {} (run scripts/bootstrap): {e}", go.display())
        });
    assert!(out.status.success(), "`{} env GOROOT` failed", go.display());
    let root = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    assert!(
        root.join("src").is_dir(),
        "GOROOT {} has no src/: the Go oracle is incomplete",
        root.display()
    );
    root
}

/// The `.go` files directly in `dir` (non-test ones when `skip_tests`), sorted.
fn go_files(dir: &Path, skip_tests: bool) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|ext| ext == "go"))
        .filter(|p| !(skip_tests && p.to_string_lossy().ends_with("_test.go")))
        .collect();
    files.sort();
    files
}

/// Files outside the corpus: generators (`//go:build ignore`) and cgo, which is not plain Go.
fn excluded(src: &str) -> bool {
    src.lines().any(|l| {
        let l = l.trim();
        l.starts_with("//go:build") && l.split_whitespace().any(|w| w == "ignore")
            || l == "import \"C\""
    })
}

/// The corpus as `(name, path)` pairs in a fixed order.
fn corpus() -> Vec<(String, PathBuf)> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let goroot = goroot();
    let mut res = Vec::new();
    for pkg in STD_PACKAGES {
        for path in go_files(&goroot.join("src").join(pkg), true) {
            res.push((format!("GOROOT/src/{pkg}/{}", support::name(&path)), path));
        }
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(workspace.join("examples"))
        .expect("read examples/")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs.push(workspace.join("crates/core/tests/data/check/ok"));
    for dir in dirs {
        for path in go_files(&dir, false) {
            let rel = path.strip_prefix(&workspace).unwrap_or(&path);
            res.push((rel.to_string_lossy().into_owned(), path));
        }
    }
    res.retain(|(_, path)| !excluded(&read(path)));
    res
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Our parser's verdict: `None` when it accepts, else its first syntax or limit diagnostic.
fn ours(src: &str) -> Option<String> {
    let parsed = syntax::parse(src);
    let index = LineIndex::new(src);
    let errors: Vec<_> = parsed
        .diagnostics
        .iter()
        .filter(|d| matches!(d.kind, DiagnosticKind::Syntax | DiagnosticKind::Limit))
        .collect();
    let first = errors.first()?;
    Some(format!("{} ({} in all)", first.render(&index), errors.len()))
}

/// gosyn's verdict: `None` when it accepts, else its error (a panic counts as a rejection).
fn gosyn(src: &str) -> Option<String> {
    match std::panic::catch_unwind(|| gosyn::parse_source(src)) {
        Ok(Ok(_)) => None,
        Ok(Err(e)) => Some(e.to_string()),
        Err(_) => Some("gosyn panicked".to_owned()),
    }
}

/// Compares the rejected set with its known list; returns the problems, if any.
fn compare(what: &str, rejected: &[(String, String)], known: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, why) in rejected {
        if !known.contains(&name.as_str()) {
            problems.push(format!("{what} rejects valid {name}: {why}"));
        }
    }
    for name in known {
        if !rejected.iter().any(|(n, _)| n == name) {
            problems.push(format!(
                "{name}: listed as a known gap of {what}, but {what} now accepts it \
                 (or it left the corpus): delete its entry"
            ));
        }
    }
    problems
}

#[test]
fn ours_and_gosyn_accept_every_valid_file() {
    let files = corpus();
    assert!(files.len() >= 300, "expected at least 300 corpus files, found {}", files.len());
    let mut ours_rejected = Vec::new();
    let mut gosyn_rejected = Vec::new();
    for (name, path) in &files {
        let src = read(path);
        if let Some(why) = ours(&src) {
            ours_rejected.push((name.clone(), why));
        }
        if let Some(why) = gosyn(&src) {
            gosyn_rejected.push((name.clone(), why));
        }
    }
    let mut problems = compare("our parser", &ours_rejected, KNOWN_PARSER_GAPS);
    problems.extend(compare("gosyn", &gosyn_rejected, KNOWN_GOSYN_GAPS));
    assert!(
        problems.is_empty(),
        "{} corpus files, {} problems:\n{}",
        files.len(),
        problems.len(),
        problems.join("\n")
    );
}

/// Guards against a vacuous oracle: both parsers must reject an obviously broken file.
#[test]
fn ours_and_gosyn_reject_a_broken_file() {
    let src = "package p\n\nfunc f() {\n\tx := \n}\n";
    assert_eq!(
        ours(src).as_deref(),
        Some("5:1: syntax error: unexpected }, expected expression (1 in all)")
    );
    assert!(gosyn(src).is_some(), "gosyn accepted a broken file");
}
