//! Parser tests, rust-analyzer style: one `check` helper per area renders the parse (a
//! compact tree dump, see [`crate::syntax::dump`]) and its diagnostics as Go prints them
//! (`LINE:COL: message`), and each test supplies only input and expectation.
//! `UPDATE_EXPECT=1 cargo test` rewrites the expectations.

mod decl;
mod errors;
mod expr;
mod robust;
mod stmt;
mod types;

use crate::syntax::ast::{Decl, File, StmtKind};
use crate::syntax::dump::{dump_expr, dump_file, dump_stmt};
use crate::syntax::span::LineIndex;
use crate::syntax::{Parsed, parse};
use expect_test::Expect;

/// The diagnostics of a parse, one `LINE:COL: message` per line.
fn render_diagnostics(src: &str, parsed: &Parsed) -> String {
    let index = LineIndex::new(src);
    parsed.diagnostics.iter().map(|d| format!("{}\n", d.render(&index))).collect()
}

/// A whole file: its tree dump, then its diagnostics.
fn check(src: &str, expect: Expect) {
    let parsed = parse(src);
    let mut out = dump_file(&parsed.file);
    out.push_str(&render_diagnostics(src, &parsed));
    expect.assert_eq(&out);
}

/// Only the diagnostics of a whole file, to compare with `go build`'s output.
fn check_errors(src: &str, expect: Expect) {
    let parsed = parse(src);
    expect.assert_eq(&render_diagnostics(src, &parsed));
}

/// The statements of a function body (written without the function around it).
fn check_stmts(body: &str, expect: Expect) {
    let src = format!("package p\nfunc f() {{\n{body}\n}}\n");
    let parsed = parse(&src);
    let mut out = String::new();
    if let Some(Decl::Func(f)) = parsed.file.decls.first() {
        for s in f.body.iter().flat_map(|b| &b.stmts) {
            out.push_str(&dump_stmt(s));
        }
    }
    out.push_str(&render_diagnostics(&src, &parsed));
    expect.assert_eq(&out);
}

/// One expression, as the value of `var _ = <expr>`.
fn check_expr(expr: &str, expect: Expect) {
    let src = format!("package p\nvar _ = {expr}\n");
    let parsed = parse(&src);
    let mut out = match parsed.file.decls.first() {
        Some(Decl::Var(g)) => g.specs.iter().flat_map(|s| &s.values).map(dump_expr).collect(),
        _ => String::new(),
    };
    out.push('\n');
    out.push_str(&render_diagnostics(&src, &parsed));
    expect.assert_eq(out.trim_end());
}

/// The kind of the first statement of the first function in `file`.
fn first_stmt_kind(file: &File) -> Option<&StmtKind> {
    match file.decls.first()? {
        Decl::Func(f) => f.body.as_ref()?.stmts.first().map(|s| &s.kind),
        _ => None,
    }
}
