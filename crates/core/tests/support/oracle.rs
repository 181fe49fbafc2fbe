//! The Go oracle: runs the real `go` toolchain on a fixture so tests can compare Goroscope with
//! it. `scripts/bootstrap` installs Go into `.venv/`; `GOROSCOPE_GO` names the binary.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The `go` binary: `$GOROSCOPE_GO`, else the checkout's `.venv/bin/go`. Panics with a clear
/// message when neither exists, because a differential test that silently skips proves nothing.
pub fn go_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("GOROSCOPE_GO") {
        return PathBuf::from(p);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let p = root.join(".venv/bin/go");
    assert!(p.exists(), "the Go oracle is missing: run scripts/bootstrap (or set GOROSCOPE_GO)");
    p
}

fn go_command(workdir: &Path) -> Command {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut cmd = Command::new(go_binary());
    cmd.current_dir(workdir)
        .env("GOTOOLCHAIN", "local")
        .env("GOPROXY", "off")
        .env("GOFLAGS", "-mod=mod")
        .env("GOTELEMETRY", "off")
        .env("GO111MODULE", "on");
    if std::env::var_os("GOCACHE").is_none() {
        cmd.env("GOCACHE", root.join(".gocache"));
    }
    cmd
}

/// A scratch directory holding one copy of the program as `main.go`.
pub struct Scratch {
    pub dir: PathBuf,
}

impl Scratch {
    pub fn new(tag: &str, src: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("goroscope-oracle-{}-{tag}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create scratch dir");
        std::fs::write(dir.join("main.go"), src).expect("write main.go");
        Scratch { dir }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// What `go build` said about a program.
pub struct Build {
    pub ok: bool,
    /// The error lines without the `# command-line-arguments` header and without the file
    /// name: `LINE:COL: message`.
    pub errors: Vec<String>,
}

/// Runs `go build` on `src` (as `main.go`) and collects its error lines.
pub fn build(tag: &str, src: &str) -> Build {
    let scratch = Scratch::new(tag, src);
    let out = go_command(&scratch.dir)
        .args(["build", "-o", "prog", "main.go"])
        .output()
        .expect("run the Go oracle");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let errors = stderr
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.strip_prefix("./main.go:").unwrap_or(l).to_string())
        .collect();
    Build { ok: out.status.success(), errors }
}

/// What a Go program did when built and run as a binary with GOMAXPROCS=1.
#[derive(Debug)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// Like `run`, with the program built by `go build -race`.
pub fn run_race(tag: &str, src: &str) -> Output {
    run_with(tag, src, &["build", "-race", "-o", "prog", "main.go"])
}

/// Builds `src` with `go build` and runs the binary directly (so the exit status is the
/// program's own, as `go run` would hide it), with GOMAXPROCS=1 and a 20-second timeout.
pub fn run(tag: &str, src: &str) -> Output {
    run_with(tag, src, &["build", "-o", "prog", "main.go"])
}

/// Like `run`, built as the Go Playground builds (`-tags faketime`): time starts at
/// 2009-11-10 23:00:00 UTC and only moves when every goroutine sleeps, as in the simulator, so
/// programs that print times and durations print the same thing at every run.
pub fn run_playground(tag: &str, src: &str) -> Output {
    let out = run_raw(tag, src, &["build", "-tags", "faketime", "-o", "prog", "main.go"]);
    Output { stdout: unframe(&out.stdout), stderr: unframe(&out.stderr), code: out.code }
}

/// The text of the Playground's output frames: each write is `\0\0PB`, an 8-byte time and a
/// 4-byte big-endian length before the bytes written.
fn unframe(mut b: &[u8]) -> String {
    let mut out = Vec::new();
    while b.len() >= 16 && b.starts_with(b"\0\0PB") {
        let n = u32::from_be_bytes([b[12], b[13], b[14], b[15]]) as usize;
        let end = (16 + n).min(b.len());
        out.extend_from_slice(&b[16..end]);
        b = &b[end..];
    }
    out.extend_from_slice(b);
    String::from_utf8_lossy(&out).into_owned()
}

fn run_with(tag: &str, src: &str, build_args: &[&str]) -> Output {
    let out = run_raw(tag, src, build_args);
    Output {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.code,
    }
}

/// What the built program wrote, as bytes.
struct RawOutput {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: i32,
}

fn run_raw(tag: &str, src: &str, build_args: &[&str]) -> RawOutput {
    let scratch = Scratch::new(tag, src);
    let build = go_command(&scratch.dir).args(build_args).output().expect("run the Go oracle");
    assert!(
        build.status.success(),
        "{tag}: go build failed: {}",
        String::from_utf8_lossy(&build.stderr)
    );
    let out = Command::new("timeout")
        .arg("20")
        .arg(scratch.dir.join("prog"))
        .current_dir(&scratch.dir)
        .env("GOMAXPROCS", "1")
        .output()
        .expect("run the built program");
    RawOutput { stdout: out.stdout, stderr: out.stderr, code: out.status.code().unwrap_or(-1) }
}
