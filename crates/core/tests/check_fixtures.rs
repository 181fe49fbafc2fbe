//! The front end against its fixtures: `tests/data/check/ok` must check clean,
//! `tests/data/check/compile_error` must report what its `//@ error:` directive says, and
//! both must agree with the real Go compiler (the oracle) on the same files.

mod support;

use goroscope_core::{LineIndex, diag, frontend};
use std::path::Path;
use support::{directives, fixtures, name, oracle};

/// Our diagnostics for a file, rendered as `go build` prints them (without the file name).
fn rendered(src: &str) -> Vec<String> {
    let fe = frontend(src);
    let index = LineIndex::new(src);
    diag::render_all("", &fe.diagnostics, &index)
        .into_iter()
        .map(|l| l.trim_start_matches(':').to_string())
        .collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn ok_fixtures_check_clean() {
    let mut failures = Vec::new();
    for path in fixtures("check/ok") {
        let lines = rendered(&read(&path));
        if !lines.is_empty() {
            failures.push(format!("{}:\n  {}", name(&path), lines.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "ok fixtures with diagnostics:\n{}", failures.join("\n"));
}

#[test]
fn compile_error_fixtures_report_go_s_first_error() {
    let mut failures = Vec::new();
    let all = fixtures("check/compile_error");
    assert!(all.len() >= 30, "expected at least 30 compile-error fixtures, found {}", all.len());
    for path in all {
        let src = read(&path);
        let want = directives(&src, "error");
        let want =
            want.first().unwrap_or_else(|| panic!("{}: no //@ error: directive", name(&path)));
        let lines = rendered(&src);
        let got = lines.first().map(String::as_str).unwrap_or("<no diagnostics>");
        // Go prints follow-up lines (have/want) under the first; compare the first line only.
        let got_first = got.lines().next().unwrap_or("");
        if got_first != *want {
            failures.push(format!("{}:\n  want {want}\n  got  {got_first}", name(&path)));
        }
        // The whole report is pinned in a snapshot beside the fixture.
        let snapshot = path.with_extension("stderr");
        if let Some(diff) = support::check_snapshot(&snapshot, &(lines.join("\n") + "\n")) {
            failures.push(diff);
        }
        if let Some(n) = directives(&src, "errors").first() {
            let n: usize = n.parse().expect("//@ errors: N");
            if lines.len() != n {
                failures.push(format!(
                    "{}: want {n} error lines, got {}",
                    name(&path),
                    lines.len()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

/// The directives themselves are checked against the real compiler, so they cannot drift
/// from what Go says.
#[test]
fn compile_error_directives_match_the_go_oracle() {
    let mut failures = Vec::new();
    for path in fixtures("check/compile_error") {
        let src = read(&path);
        let want = directives(&src, "error");
        let build = oracle::build(&name(&path).replace(".go", ""), &src);
        assert!(!build.ok, "{}: go build succeeded on a compile_error fixture", name(&path));
        let first = build.errors.first().cloned().unwrap_or_default();
        // Positions without the file: the line's own, and a `(declared at ./main.go:L:C)`.
        let first = first.replace("./main.go:", "");
        let first = first.rsplit_once(".go:").map(|(_, rest)| rest.to_string()).unwrap_or(first);
        if want.first().copied() != Some(first.as_str()) {
            failures.push(format!(
                "{}: directive {:?}, go says {first:?}",
                name(&path),
                want.first()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn ok_fixtures_build_with_go() {
    let mut failures = Vec::new();
    for path in fixtures("check/ok") {
        let build = oracle::build(&name(&path).replace(".go", ""), &read(&path));
        if !build.ok {
            failures.push(format!("{}: {}", name(&path), build.errors.join("\n")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn blog_examples_and_patterns_check_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut failures = Vec::new();
    let mut n = 0;
    for dir in ["seed", "patterns"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
            .expect("examples dir")
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for path in files.into_iter().filter(|p| p.extension().is_some_and(|x| x == "go")) {
            n += 1;
            let lines = rendered(&read(&path));
            if !lines.is_empty() {
                failures.push(format!("{dir}/{}:\n  {}", name(&path), lines.join("\n  ")));
            }
        }
    }
    assert!(n >= 20, "expected the seed examples and patterns, found {n} files");
    assert!(failures.is_empty(), "examples with diagnostics:\n{}", failures.join("\n"));
}

/// Valid Go outside the simulator's subset is named as unsupported, with its position.
#[test]
fn unsupported_fixtures_name_the_feature() {
    let mut failures = Vec::new();
    for path in fixtures("check/unsupported") {
        let src = read(&path);
        let want = directives(&src, "unsupported");
        let want = want
            .first()
            .unwrap_or_else(|| panic!("{}: no //@ unsupported: directive", name(&path)));
        let lines = rendered(&src);
        if lines.first().map(String::as_str) != Some(*want) {
            failures.push(format!(
                "{}:\n  want {want}\n  got  {}",
                name(&path),
                lines.join("\n       ")
            ));
        }
        let build = oracle::build(&name(&path).replace(".go", ""), &src);
        if !build.ok {
            failures.push(format!(
                "{}: go build fails, so this is not valid Go: {}",
                name(&path),
                build.errors.join(" / ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The lexer's tokens cover every fixture: in order, without overlap, inside the source, and
/// with nothing but white space and comments between them.
#[test]
fn tokens_cover_the_source() {
    for dir in ["check/ok", "check/compile_error", "check/unsupported"] {
        for path in fixtures(dir) {
            let src = read(&path);
            let (tokens, _) = goroscope_core::syntax::lex(&src);
            let mut at = 0usize;
            for t in &tokens {
                let (start, end) = (t.span.start as usize, t.span.end as usize);
                assert!(
                    start >= at && end >= start && end <= src.len(),
                    "{}: token {t:?} out of order",
                    name(&path)
                );
                let gap = &src[at..start];
                assert!(
                    only_blanks_and_comments(gap),
                    "{}: {gap:?} before {t:?} is not covered",
                    name(&path)
                );
                at = at.max(end);
            }
            assert!(
                only_blanks_and_comments(&src[at..]),
                "{}: the end of the file is not covered",
                name(&path)
            );
        }
    }
}

fn only_blanks_and_comments(mut s: &str) -> bool {
    loop {
        s = s.trim_start();
        if s.is_empty() {
            return true;
        }
        if let Some(rest) = s.strip_prefix("//") {
            s = rest.split_once('\n').map(|(_, r)| r).unwrap_or("");
        } else if let Some(rest) = s.strip_prefix("/*") {
            match rest.split_once("*/") {
                Some((_, r)) => s = r,
                None => return true,
            }
        } else {
            return false;
        }
    }
}

/// Every diagnostic of every fixture points inside its source.
#[test]
fn diagnostic_spans_lie_inside_the_source() {
    for dir in ["check/ok", "check/compile_error", "check/unsupported"] {
        for path in fixtures(dir) {
            let src = read(&path);
            for d in frontend(&src).diagnostics {
                assert!(
                    d.span.start <= d.span.end && d.span.end as usize <= src.len(),
                    "{}: span {:?} outside source",
                    name(&path),
                    d.span
                );
            }
        }
    }
}
