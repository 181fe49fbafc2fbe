//! Expressions: precedence, unary and primary expressions, literals and conversions.

use super::{check_expr, check_stmts, first_stmt_kind};
use crate::syntax::ast::{ExprKind, StmtKind};
use crate::syntax::parse;
use expect_test::expect;

#[test]
fn binary_precedence_follows_go() {
    check_expr("a || b && c == d + e * f", expect!["(|| a (&& b (== c (+ d (* e f)))))"]);
    check_expr("a * b + c", expect!["(+ (* a b) c)"]);
    check_expr("a - b - c", expect!["(- (- a b) c)"]);
    check_expr("a << 1 | b &^ c", expect!["(| (<< a 1) (&^ b c))"]);
    check_expr("x < y != (a >= b)", expect!["(!= (< x y) (paren (>= a b)))"]);
}

#[test]
fn unary_operators() {
    check_expr("-x + ^y * !z", expect!["(+ (- x) (* (^ y) (! z)))"]);
    check_expr("&T{}", expect!["(& (lit T))"]);
    check_expr("*p", expect!["(* p)"]);
    check_expr("<-ch", expect!["(<- ch)"]);
    check_expr("<-<-ch", expect!["(<- (<- ch))"]);
    check_expr("+1", expect!["(+ 1)"]);
}

#[test]
fn receive_of_channel_type_conversion_reassociates() {
    check_expr("<-chan int(nil)", expect!["(<- (call (chan int) nil))"]);
}

#[test]
fn basic_literals() {
    check_expr("1", expect!["1"]);
    check_expr("1.5e3", expect!["1.5e3"]);
    check_expr("2i", expect!["2i"]);
    check_expr("'x'", expect!["'x'"]);
    check_expr(r#""s""#, expect![[r#""s""#]]);
    check_expr("`raw`", expect!["`raw`"]);
}

#[test]
fn calls_with_dots_and_conversions() {
    check_expr("f()", expect!["(call f)"]);
    check_expr("f(a, b...)", expect!["(call... f a b)"]);
    check_expr("f(a, b,)", expect!["(call f a b)"]);
    check_expr("[]byte(s)", expect!["(call (slice-type byte) s)"]);
    check_expr("(*T)(p)", expect!["(call (paren (* T)) p)"]);
    check_expr("make(chan int, 3)", expect!["(call make (chan int) 3)"]);
}

#[test]
fn index_multi_index_and_slices() {
    check_expr("a[i]", expect!["(index a i)"]);
    check_expr("F[int, string]", expect!["(index F int string)"]);
    check_expr("a[1:2]", expect!["(slice a 1 2)"]);
    check_expr("a[:]", expect!["(slice a _ _)"]);
    check_expr("a[lo:]", expect!["(slice a lo _)"]);
    check_expr("a[:hi:max]", expect!["(slice3 a _ hi max)"]);
    check_expr("a[1:2:3]", expect!["(slice3 a 1 2 3)"]);
}

#[test]
fn selectors_and_type_assertions() {
    check_expr("a.b.c", expect!["(. (. a b) c)"]);
    check_expr("x.(T)", expect!["(assert x T)"]);
    check_expr("x.(*pkg.T).f", expect!["(. (assert x (* (. pkg T))) f)"]);
}

#[test]
fn composite_literals_keyed_and_elided() {
    check_expr("T{}", expect!["(lit T)"]);
    check_expr("Point{X: 1, Y: 2}", expect!["(lit Point (: X 1) (: Y 2))"]);
    check_expr(
        "[]Point{{1, 2}, {X: 3}}",
        expect!["(lit (slice-type Point) (lit _ 1 2) (lit _ (: X 3)))"],
    );
    check_expr("[...]int{1, 2, 3}", expect!["(lit (array ... int) 1 2 3)"]);
    check_expr(
        "map[string]int{\"a\": 1,\n\t\"b\": 2,\n}",
        expect![[r#"(lit (map string int) (: "a" 1) (: "b" 2))"#]],
    );
    check_expr(
        "map[Point]string{{1, 2}: \"a\"}",
        expect![[r#"(lit (map Point string) (: (lit _ 1 2) "a"))"#]],
    );
    check_expr("struct{ x int }{1}", expect!["(lit (struct [x int]) 1)"]);
    check_expr("pkg.T{1}", expect!["(lit (. pkg T) 1)"]);
    check_expr("G[int]{1}", expect!["(lit (index G int) 1)"]);
}

#[test]
fn func_literals() {
    check_expr("func() {}", expect!["(func-lit () {})"]);
    check_expr(
        "func(x int) int { return x * 2 }(3)",
        expect!["(call (func-lit (x int) (int) { return (* x 2) }) 3)"],
    );
}

#[test]
fn parentheses_are_kept() {
    check_expr("(a + b) * c", expect!["(* (paren (+ a b)) c)"]);
}

#[test]
fn composite_literal_is_not_taken_in_statement_headers() {
    check_stmts(
        "if x == T {\n}\nif x == (T{}) {\n}\nfor _, v := range []int{1} {\n}",
        expect![[r#"
        if (== x T) {}
        if (== x (paren (lit T))) {}
        for _, v := range (lit (slice-type int) 1) {}
    "#]],
    );
}

#[test]
fn expression_ids_are_dense_and_unique() {
    let parsed = parse("package p\nvar x = f(a + b, c[1:2])\n");
    let mut ids = Vec::new();
    if let Some(crate::syntax::ast::Decl::Var(g)) = parsed.file.decls.first() {
        collect_ids(&g.specs[0].values[0], &mut ids);
    }
    ids.sort();
    assert_eq!(ids, (0..parsed.file.n_exprs).collect::<Vec<_>>());
}

fn collect_ids(x: &crate::syntax::ast::Expr, ids: &mut Vec<u32>) {
    ids.push(x.id.0);
    match &x.kind {
        ExprKind::Call { fun, args, .. } => {
            collect_ids(fun, ids);
            args.iter().for_each(|a| collect_ids(a, ids));
        }
        ExprKind::Binary { x, y, .. } => {
            collect_ids(x, ids);
            collect_ids(y, ids);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            collect_ids(x, ids);
            for part in [lo, hi, max].into_iter().flatten() {
                collect_ids(part, ids);
            }
        }
        _ => {}
    }
}

#[test]
fn go_positions_of_expressions() {
    // Go positions a binary expression at its operator and a call at its `(`.
    let src = "package p\nfunc f() {\n\tx + g(1)\n}\n";
    let parsed = parse(src);
    let Some(StmtKind::Expr(x)) = first_stmt_kind(&parsed.file) else { panic!("no statement") };
    assert_eq!(&src[x.pos as usize..][..1], "+");
    let ExprKind::Binary { y, .. } = &x.kind else { panic!("not binary") };
    assert_eq!(&src[y.pos as usize..][..1], "(");
    assert_eq!(&src[x.span.range()], "x + g(1)");
}
