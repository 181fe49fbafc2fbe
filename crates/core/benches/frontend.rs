//! How fast is the front end? Times, on one realistic ~2,000-line Go file: our parser alone,
//! our parser plus checker (`frontend`), gosyn's parser, and the Go toolchain's `go vet`
//! (type checking plus analyses) and `gofmt -e` (a parse-only baseline) as processes with a
//! warm build cache. Then, for a small program checked again and again as the web page does,
//! the check from the process's copy of the checked standard library against checking the
//! library afresh. Prints the median of several runs of each and the ratios.
//!
//! The input is made at run time from the repository's own programs: every example under
//! `examples/` and every `tests/data/check/ok` fixture, concatenated into one `package main`
//! file. Each file's top-level names get a `_N` suffix (N = the file's index) so they do not
//! clash, the imports are merged, and a `main` calls every renamed `main_N`. The bench
//! asserts that `go vet` accepts the result and that our front end reports nothing.
//!
//! Run with `cargo bench -p goroscope-core --bench frontend`. `GOROSCOPE_GO` names the Go
//! binary (default: the checkout's `.venv/bin/go`, installed by `scripts/bootstrap`).

use goroscope_core::check::{self, check_from_scratch};
use goroscope_core::runtime::{Config, run};
use goroscope_core::syntax::ast::Decl;
use goroscope_core::syntax::token::TokenKind;
use goroscope_core::{frontend, syntax};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Repetitions of each in-process measurement.
const RUNS_IN_PROCESS: usize = 31;
/// Repetitions of each Go process (each costs tens of milliseconds or more).
const RUNS_PROCESS: usize = 11;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The `.go` files the benchmark input is made from, in a fixed order.
fn sources() -> Vec<PathBuf> {
    let root = workspace();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root.join("examples"))
        .expect("read examples/")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs.push(root.join("crates/core/tests/data/check/ok"));
    // The runtime benchmark's programs and the race fixtures bring it past 2,000 lines.
    dirs.push(root.join("crates/core/benches/programs"));
    dirs.push(root.join("crates/core/tests/data/race"));
    let mut res = Vec::new();
    for dir in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .map(|entry| entry.expect("directory entry").path())
            .filter(|p| p.extension().is_some_and(|ext| ext == "go"))
            .collect();
        files.sort();
        res.extend(files);
    }
    res
}

/// One source file with its top-level names suffixed by `_{n}`, split into its import specs
/// (as source text) and the rest of the file after the imports.
fn renamed(src: &str, n: usize) -> (Vec<String>, String) {
    let parsed = syntax::parse(src);
    assert!(parsed.diagnostics.is_empty(), "benchmark source does not parse: {src}");
    let mut names = BTreeSet::new();
    let mut imports = Vec::new();
    let mut packages = BTreeSet::new();
    let mut body_start = parsed.file.package.span.end as usize;
    for decl in &parsed.file.decls {
        match decl {
            Decl::Import(group) => {
                body_start = group.span.end as usize;
                for spec in &group.specs {
                    let text = &src[spec.span.range()];
                    imports.push(text.to_owned());
                    let path = text.rsplit('"').nth(1).unwrap_or("");
                    let local = match &spec.name {
                        Some(name) => name.name.clone(),
                        None => path.rsplit('/').next().unwrap_or(path).to_owned(),
                    };
                    packages.insert(local);
                }
            }
            Decl::Const(group) => {
                names.extend(group.specs.iter().flat_map(|s| &s.names).map(|i| i.name.clone()))
            }
            Decl::Var(group) => {
                names.extend(group.specs.iter().flat_map(|s| &s.names).map(|i| i.name.clone()))
            }
            Decl::Type(group) => names.extend(group.specs.iter().map(|s| s.name.name.clone())),
            Decl::Func(func) if func.recv.is_none() => {
                names.insert(func.name.name.clone());
            }
            Decl::Func(_) => {}
        }
    }
    names.remove("_");
    // Rename every identifier token spelled like a top-level name, except a member of an
    // imported package (`fmt.Println`): within one file that renames consistently.
    let (tokens, _) = syntax::lex(src);
    let mut out = String::new();
    let mut at = body_start;
    for (i, tok) in tokens.iter().enumerate() {
        let (start, end) = (tok.span.start as usize, tok.span.end as usize);
        if tok.kind != TokenKind::Ident || start < body_start || !names.contains(&src[start..end]) {
            continue;
        }
        let qualified = i >= 2
            && tokens[i - 1].kind == TokenKind::Period
            && packages.contains(tokens[i - 2].text(src));
        if qualified {
            continue;
        }
        out.push_str(&src[at..end]);
        out.push_str(&format!("_{n}"));
        at = end;
    }
    out.push_str(&src[at..]);
    (imports, out)
}

/// The benchmark input: every source, renamed, in one `package main` file.
fn generate() -> String {
    let mut imports = BTreeSet::new();
    let mut bodies = String::new();
    let files = sources();
    for (n, path) in files.iter().enumerate() {
        let src =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (file_imports, body) = renamed(&src, n);
        imports.extend(file_imports);
        let name = path.strip_prefix(workspace()).unwrap_or(path);
        bodies.push_str(&format!("\n// From {}.\n", name.display()));
        bodies.push_str(body.trim());
        bodies.push('\n');
    }
    let mut res =
        String::from("// Generated by crates/core/benches/frontend.rs.\n\npackage main\n\n");
    res.push_str("import (\n");
    for import in &imports {
        res.push_str(&format!("\t{import}\n"));
    }
    res.push_str(")\n");
    res.push_str(&bodies);
    res.push_str("\nfunc main() {\n");
    for n in 0..files.len() {
        res.push_str(&format!("\tmain_{n}()\n"));
    }
    res.push_str("}\n");
    res
}

/// The `go` binary: `$GOROSCOPE_GO`, else the checkout's `.venv/bin/go`.
fn go_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("GOROSCOPE_GO") {
        return PathBuf::from(p);
    }
    let p = workspace().join(".venv/bin/go");
    assert!(p.exists(), "Go is missing: run scripts/bootstrap (or set GOROSCOPE_GO)");
    p
}

/// A Go tool command with the offline, local-toolchain settings the tests use.
fn go_command(program: &Path, dir: &Path) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOPROXY", "off")
        .env("GOTELEMETRY", "off")
        .env("GOFLAGS", "-mod=mod")
        .env("GO111MODULE", "on")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if std::env::var_os("GOCACHE").is_none() {
        cmd.env("GOCACHE", workspace().join(".gocache"));
    }
    cmd
}

/// Runs a command to completion and panics, with its stderr, if it fails.
fn run_ok(mut cmd: Command, what: &str) {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {what}: {e}"));
    assert!(
        out.status.success(),
        "{what} rejected the benchmark input:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The median wall-clock time of `runs` calls of `f`.
#[allow(clippy::disallowed_methods)] // reason: a benchmark measures time; the core never does
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:9.3} ms", d.as_secs_f64() * 1e3)
}

fn main() {
    let src = generate();
    let lines = src.lines().count();
    let fe = frontend(&src);
    assert!(fe.diagnostics.is_empty(), "our front end rejects the input: {:?}", fe.diagnostics);
    gosyn::parse_source(&src).expect("gosyn rejects the benchmark input");

    let dir = std::env::temp_dir().join(format!("goroscope-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    std::fs::write(dir.join("main.go"), &src).expect("write main.go");
    if let Some(out) = std::env::var_os("GOROSCOPE_BENCH_DUMP") {
        std::fs::write(out, &src).expect("write GOROSCOPE_BENCH_DUMP");
    }
    let go = go_binary();
    let gofmt = {
        let out = go_command(&go, &dir)
            .args(["env", "GOROOT"])
            .stdout(Stdio::piped())
            .output()
            .expect("go env GOROOT");
        PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()).join("bin/gofmt")
    };
    let vet = || {
        let mut cmd = go_command(&go, &dir);
        cmd.args(["vet", "main.go"]);
        run_ok(cmd, "go vet");
    };
    let fmt = || {
        let mut cmd = go_command(&gofmt, &dir);
        cmd.args(["-e", "main.go"]);
        run_ok(cmd, "gofmt -e");
    };
    // Warm-up: fills Go's build cache (vet of the imported packages) and the page cache.
    vet();
    fmt();

    let parse = median(RUNS_IN_PROCESS, || drop(std::hint::black_box(syntax::parse(&src))));
    let check = median(RUNS_IN_PROCESS, || drop(std::hint::black_box(frontend(&src))));
    let gosyn = median(RUNS_IN_PROCESS, || drop(std::hint::black_box(gosyn::parse_source(&src))));
    // A small program checked again and again, as the web page does at each Run and seed:
    // from the process's copy of the checked standard library, and checking it afresh.
    let small = std::fs::read_to_string(workspace().join("examples/seed/03_waitgroup.go"))
        .expect("read the WaitGroup example");
    let small_file = syntax::parse(&small).file;
    let small_copy =
        median(RUNS_IN_PROCESS, || drop(std::hint::black_box(check::check(&small_file))));
    let small_fresh = median(RUNS_IN_PROCESS, || {
        drop(std::hint::black_box(check_from_scratch(&small_file)));
    });
    let small_run = median(RUNS_IN_PROCESS, || {
        drop(std::hint::black_box(run(&small, Config::default())));
    });
    let vet = median(RUNS_PROCESS, vet);
    let fmt = median(RUNS_PROCESS, fmt);
    let _ = std::fs::remove_dir_all(&dir);

    println!();
    println!(
        "front end on a {lines}-line file ({} KiB), median of {RUNS_IN_PROCESS} runs \
         ({RUNS_PROCESS} for processes):",
        src.len() / 1024
    );
    println!("  {:<34} {}", "goroscope parse", ms(parse));
    println!("  {:<34} {}", "goroscope parse + check (frontend)", ms(check));
    println!("  {:<34} {}", "gosyn parse", ms(gosyn));
    println!("  {:<34} {}", "go vet (process, warm cache)", ms(vet));
    println!("  {:<34} {}", "gofmt -e (process, parse + print)", ms(fmt));
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!("  ours/gosyn (parse)           {:8.2}x", ratio(parse, gosyn));
    println!("  ours/go vet (frontend)       {:8.4}x", ratio(check, vet));
    println!("  ours/gofmt -e (parse)        {:8.4}x", ratio(parse, fmt));
    println!(
        "the WaitGroup example ({} lines), median of {RUNS_IN_PROCESS} runs:",
        small.lines().count()
    );
    println!("  {:<34} {}", "check from the stdlib copy", ms(small_copy));
    println!("  {:<34} {}", "check, stdlib checked afresh", ms(small_fresh));
    println!("  {:<34} {}", "whole run (check, compile, run)", ms(small_run));
    println!("  copy/afresh (check)          {:8.2}x", ratio(small_copy, small_fresh));
}
