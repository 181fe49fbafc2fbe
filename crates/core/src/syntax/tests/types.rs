//! Types: names, qualified and instantiated names, and every type literal.

use super::check;
use expect_test::{Expect, expect};

/// One type, as in `type T <type>`.
fn check_type(ty: &str, expect: Expect) {
    check(&format!("package p\ntype T {ty}\n"), expect);
}

#[test]
fn named_qualified_and_instantiated() {
    check_type(
        "int",
        expect![[r#"
        package p
        type T int
    "#]],
    );
    check_type(
        "pkg.T",
        expect![[r#"
        package p
        type T (. pkg T)
    "#]],
    );
    check_type(
        "List[int]",
        expect![[r#"
        package p
        type T (index List int)
    "#]],
    );
    check_type(
        "pkg.Map[string, []int]",
        expect![[r#"
        package p
        type T (index (. pkg Map) string (slice-type int))
    "#]],
    );
}

#[test]
fn pointer_array_slice_and_map() {
    check_type(
        "*int",
        expect![[r#"
        package p
        type T (* int)
    "#]],
    );
    check_type(
        "[4]int",
        expect![[r#"
        package p
        type T (array 4 int)
    "#]],
    );
    check_type(
        "[...]int",
        expect![[r#"
        package p
        type T (array ... int)
    "#]],
    );
    check_type(
        "[]*T",
        expect![[r#"
        package p
        type T (slice-type (* T))
    "#]],
    );
    check_type(
        "map[string][]int",
        expect![[r#"
        package p
        type T (map string (slice-type int))
    "#]],
    );
}

#[test]
fn channel_directions() {
    check_type(
        "chan int",
        expect![[r#"
        package p
        type T (chan int)
    "#]],
    );
    check_type(
        "chan<- int",
        expect![[r#"
        package p
        type T (chan<- int)
    "#]],
    );
    check_type(
        "<-chan int",
        expect![[r#"
        package p
        type T (<-chan int)
    "#]],
    );
    check_type(
        "chan<- chan int",
        expect![[r#"
        package p
        type T (chan<- (chan int))
    "#]],
    );
    check_type(
        "chan (<-chan int)",
        expect![[r#"
        package p
        type T (chan (paren (<-chan int)))
    "#]],
    );
    check_type(
        "chan<- <-chan int",
        expect![[r#"
        package p
        type T (chan<- (<-chan int))
    "#]],
    );
}

#[test]
fn func_types() {
    check_type(
        "func()",
        expect![[r#"
        package p
        type T (func ())
    "#]],
    );
    check_type(
        "func(int, string) error",
        expect![[r#"
        package p
        type T (func (int, string) (error))
    "#]],
    );
    check_type(
        "func(a, b int, rest ...any) (n int, err error)",
        expect![[r#"
        package p
        type T (func (a, b int, rest ...any) (n int, err error))
    "#]],
    );
}

#[test]
fn struct_fields_embedded_and_tags() {
    check_type(
        "struct {\n\ta, b int `json:\"a\"`\n\t*Embedded\n\tpkg.Other \"tag\"\n\tG[int]\n\tarr [3]int\n\tf func()\n}",
        expect![[r#"
            package p
            type T (struct [a, b int `json:"a"`] [(* Embedded)] [(. pkg Other) "tag"] [(index G int)] [arr (array 3 int)] [f (func ())])
        "#]],
    );
}

#[test]
fn empty_struct_and_interface() {
    check_type(
        "struct{}",
        expect![[r#"
        package p
        type T (struct)
    "#]],
    );
    check_type(
        "interface{}",
        expect![[r#"
        package p
        type T (interface)
    "#]],
    );
}

#[test]
fn interface_methods_embeds_and_type_sets() {
    check_type(
        "interface {\n\tM(x int) (int, error)\n\tfmt.Stringer\n\t~int | ~string | float64\n\tComparable[T]\n}",
        expect![[r#"
            package p
            type T (interface [M(x int) (int, error)] [(. fmt Stringer)] [(| (| (~ int) (~ string)) float64)] [(index Comparable T)])
        "#]],
    );
}

#[test]
fn parenthesized_type() {
    check_type(
        "(int)",
        expect![[r#"
        package p
        type T (paren int)
    "#]],
    );
}
