//! `goroscope svg` as a user runs it: the built binary writes a well-formed SVG with a lane per
//! goroutine of the run it describes, honours `--seed` and `--animate`, and rejects bad
//! input with Go-style messages and statuses.

use std::path::PathBuf;
use std::process::{Command, Output};

fn goroscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_goroscope"))
        .args(args)
        .current_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .output()
        .expect("run goroscope")
}

fn utf8(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("utf-8")
}

#[test]
fn svg_draws_a_lane_for_each_goroutine_of_the_same_run() {
    let file = "examples/seed/13_url_fetcher_channels.go";
    let json = std::env::temp_dir().join(format!("goroscope-svg-{}.json", std::process::id()));
    let json_arg = json.to_string_lossy().into_owned();
    let ran = goroscope(&["run", "--seed", "3", "--trace", &json_arg, file]);
    assert!(ran.status.success(), "{}", utf8(&ran.stderr));
    let trace: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("trace")).expect("json");
    let _ = std::fs::remove_file(&json);
    let want: Vec<u64> = trace["goroutines"]
        .as_array()
        .expect("goroutines")
        .iter()
        .map(|g| g["id"].as_u64().expect("id"))
        .collect();
    assert!(want.len() > 1);

    let out = goroscope(&["svg", "--seed", "3", "--animate", file]);
    assert!(out.status.success(), "{}", utf8(&out.stderr));
    let doc = utf8(&out.stdout);
    let tree = roxmltree::Document::parse(doc).unwrap_or_else(|e| panic!("not XML: {e}"));
    let gids: Vec<u64> =
        tree.descendants().filter_map(|n| n.attribute("data-gid")?.parse().ok()).collect();
    assert_eq!(gids, want);
    let title = tree.root_element().first_element_child().and_then(|t| t.text()).unwrap_or("");
    assert_eq!(title, "Goroscope timeline of 13_url_fetcher_channels.go (seed 3)");
    assert!(doc.contains("@keyframes"));
    assert!(!tree.descendants().any(|n| n.has_tag_name("script")));
}

#[test]
fn svg_without_animate_is_still() {
    let out = goroscope(&["svg", "examples/seed/09_unbuffered_channel.go"]);
    assert!(out.status.success(), "{}", utf8(&out.stderr));
    let doc = utf8(&out.stdout);
    assert!(roxmltree::Document::parse(doc).is_ok());
    assert!(!doc.contains("@keyframes"));
}

#[test]
fn bad_invocations_fail_with_go_style_messages() {
    let none = goroscope(&["svg"]);
    assert_eq!(none.status.code(), Some(2));
    assert_eq!(utf8(&none.stderr), "goroscope svg: no Go file given\n");
    // --animate belongs to svg only.
    let run = goroscope(&["run", "--animate", "examples/seed/09_unbuffered_channel.go"]);
    assert_eq!(run.status.code(), Some(2));
    assert_eq!(utf8(&run.stderr), "goroscope run: unknown flag --animate\n");
    let missing = goroscope(&["svg", "no/such/file.go"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(utf8(&missing.stderr).starts_with("open no/such/file.go: "));
    assert!(missing.stdout.is_empty());
}

#[test]
fn a_program_that_does_not_compile_gets_no_picture() {
    let dir = std::env::temp_dir().join(format!("goroscope-svg-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("bad.go");
    std::fs::write(&file, "package main\n\nfunc main() {\n\tx := 1\n}\n").expect("write");
    let out = goroscope(&["svg", &file.to_string_lossy()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(utf8(&out.stderr).contains("declared and not used: x"), "{}", utf8(&out.stderr));
}

/// The embedding docs show a live animated SVG of the WaitGroup example; it is the CLI's own
/// output, regenerated with `GOROSCOPE_BLESS=1` when the picture changes.
#[test]
fn the_docs_picture_is_what_the_cli_draws_today() {
    let out = goroscope(&["svg", "--animate", "examples/seed/03_waitgroup.go"]);
    assert!(out.status.success(), "{}", utf8(&out.stderr));
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/docs/waitgroup.svg");
    if std::env::var_os("GOROSCOPE_BLESS").is_some() {
        std::fs::write(&path, &out.stdout).expect("write");
    }
    let committed = std::fs::read(&path).expect("public/docs/waitgroup.svg");
    assert!(
        committed == out.stdout,
        "public/docs/waitgroup.svg is stale: rerun with GOROSCOPE_BLESS=1"
    );
}
