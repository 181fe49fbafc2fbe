//! Declarations: package clause, imports, `const`, `var`, `type` and `func`.

use super::check;
use expect_test::expect;

#[test]
fn package_clause_only() {
    check(
        "package main\n",
        expect![[r#"
        package main
    "#]],
    );
}

#[test]
fn imports_single_grouped_named_dot_and_blank() {
    check(
        "package p\nimport \"fmt\"\nimport (\n\tf \"fmt\"\n\t. \"strings\"\n\t_ \"os\"\n\t`sync`\n)\n",
        expect![[r#"
            package p
            import "fmt"
            import (
              f "fmt"
              . "strings"
              _ "os"
              `sync`
            )
        "#]],
    );
}

#[test]
fn const_group_keeps_implicit_repetition_empty() {
    check(
        "package p\nconst (\n\tA = iota\n\tB\n\tC, D int = 1, 2\n\tE\n)\n",
        expect![[r#"
        package p
        const (
          A = iota (iota 0)
          B (iota 1)
          C, D int = 1, 2 (iota 2)
          E (iota 3)
        )
    "#]],
    );
}

#[test]
fn single_const_and_typed_const() {
    check(
        "package p\nconst X = 1\nconst Y float64 = 2.5\n",
        expect![[r#"
        package p
        const X = 1 (iota 0)
        const Y float64 = 2.5 (iota 0)
    "#]],
    );
}

#[test]
fn var_forms() {
    check(
        "package p\nvar a int\nvar b = 1\nvar c, d string = \"x\", \"y\"\nvar (\n\te []int\n\tf, g = 1, 2\n)\n",
        expect![[r#"
        package p
        var a int
        var b = 1
        var c, d string = "x", "y"
        var (
          e (slice-type int)
          f, g = 1, 2
        )
    "#]],
    );
}

#[test]
fn type_decls_and_aliases() {
    check(
        "package p\ntype A int\ntype B = A\ntype (\n\tC []B\n\tD map[string]C\n)\n",
        expect![[r#"
        package p
        type A int
        type B = A
        type (
          C (slice-type B)
          D (map string C)
        )
    "#]],
    );
}

#[test]
fn generic_type_with_constraints() {
    check(
        "package p\ntype T[K comparable, V any, N ~int | ~string] struct{}\n",
        expect![[r#"
        package p
        type T[K comparable, V any, N (| (~ int) (~ string))] (struct)
    "#]],
    );
}

#[test]
fn type_params_versus_array_lengths() {
    check(
        "package p\ntype A [N]int\ntype B[P *C] int\ntype C[P *C,] int\ntype D [P * C]int\ntype E[P []int] int\ntype F[P (C)] int\ntype G [n + 1]int\n",
        expect![[r#"
            package p
            type A (array N int)
            type B (array (* P C) int)
            type C[P (* C)] int
            type D (array (* P C) int)
            type E[P (slice-type int)] int
            type F (array (call P C) int)
            type G (array (+ n 1) int)
        "#]],
    );
}

#[test]
fn generic_alias_and_instantiated_type() {
    check(
        "package p\ntype L[T any] = List[T]\ntype M = pkg.Map[string, []int]\n",
        expect![[r#"
        package p
        type L[T any] = (index List T)
        type M = (index (. pkg Map) string (slice-type int))
    "#]],
    );
}

#[test]
fn func_decls_with_params_results_and_variadics() {
    check(
        "package p\nfunc a()\nfunc b(x int) int { return x }\nfunc c(x, y int, s ...string) (n int, err error) { return }\nfunc d(int, string) (bool, error)\n",
        expect![[r#"
            package p
            func a()
            func b(x int) (int) {
              return x
            }
            func c(x, y int, s ...string) (n int, err error) {
              return
            }
            func d(int, string) (bool, error)
        "#]],
    );
}

#[test]
fn methods_with_receivers() {
    check(
        "package p\nfunc (t T) M() {}\nfunc (t *T) N() {}\nfunc (T) O() {}\nfunc (l *List[T]) Len() int { return 0 }\n",
        expect![[r#"
        package p
        func (t T) M() {}
        func (t (* T)) N() {}
        func (T) O() {}
        func (l (* (index List T))) Len() (int) {
          return 0
        }
    "#]],
    );
}

#[test]
fn generic_funcs() {
    check(
        "package p\nfunc Map[S ~[]E, E any, R any](s S, f func(E) R) []R { return nil }\n",
        expect![[r#"
        package p
        func Map[S (~ (slice-type E)), E any, R any](s S, f (func (E) (R))) ((slice-type R)) {
          return nil
        }
    "#]],
    );
}

#[test]
fn semicolons_may_separate_top_level_declarations() {
    check(
        "package p; import \"fmt\"; var x = 1; func main() { fmt.Println(x) }",
        expect![[r#"
        package p
        import "fmt"
        var x = 1
        func main() {
          (call (. fmt Println) x)
        }
    "#]],
    );
}
