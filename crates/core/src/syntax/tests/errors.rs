//! Error wording and positions. Each expectation here was checked against `go build`
//! (Go 1.27) on the same source.

use super::check_errors;
use expect_test::expect;

const PKG: &str = "package main\n\n";

/// A `main` function with `body` inside, starting on line 4.
fn main_with(body: &str) -> String {
    format!("{PKG}func main() {{\n{body}\n}}\n")
}

#[test]
fn newline_before_for_body() {
    check_errors(
        &main_with("\tfor i := 0; i < 3; i++\n\t{\n\t}"),
        expect![[r#"
        4:24: syntax error: unexpected newline, expected { after for clause
    "#]],
    );
}

#[test]
fn newline_in_argument_list() {
    check_errors(
        &main_with("\tf(1,\n\t2\n\t)"),
        expect![[r#"
        5:3: syntax error: unexpected newline in argument list; possibly missing comma or )
    "#]],
    );
}

#[test]
fn newline_in_composite_literal() {
    check_errors(
        &main_with("\tx := []int{1,\n\t2\n\t}"),
        expect![[r#"
        5:3: syntax error: unexpected newline in composite literal; possibly missing comma or }
    "#]],
    );
}

#[test]
fn missing_comma_in_composite_literal() {
    check_errors(
        &main_with("\tx := [3]int{1, 2 3}"),
        expect![[r#"
        4:19: syntax error: unexpected literal 3 in composite literal; possibly missing comma or }
    "#]],
    );
}

#[test]
fn statement_outside_function_body() {
    check_errors(
        &format!("{PKG}x := 1\n"),
        expect![[r#"
        3:1: syntax error: non-declaration statement outside function body
    "#]],
    );
}

#[test]
fn function_brace_on_next_line() {
    check_errors(
        &format!("{PKG}func main()\n{{\n}}\n"),
        expect![[r#"
        4:1: syntax error: unexpected semicolon or newline before {
    "#]],
    );
}

#[test]
fn if_header_statements_are_not_values() {
    check_errors(
        &main_with("\tif x := 1 {\n\t}"),
        expect![[r#"
        4:7: syntax error: cannot use x := 1 as value
    "#]],
    );
    check_errors(
        &main_with("\tif x = 1 {\n\t}"),
        expect![[r#"
        4:7: syntax error: cannot use assignment x = 1 as value
    "#]],
    );
    check_errors(
        &main_with("\tif a + b = c {\n\t}"),
        expect![[r#"
        4:11: syntax error: cannot use assignment (a + b) = c as value
    "#]],
    );
    check_errors(
        &main_with("\tif x++ {\n\t}"),
        expect![[r#"
        4:6: syntax error: cannot use x++ as value
    "#]],
    );
}

#[test]
fn missing_if_condition() {
    check_errors(
        &main_with("\tif {\n\t}"),
        expect![[r#"
        4:5: syntax error: missing condition in if statement
    "#]],
    );
    check_errors(
        &main_with("\tif ; {\n\t}"),
        expect![[r#"
        4:5: syntax error: missing condition in if statement
    "#]],
    );
    check_errors(
        &main_with("\tx := true\n\tif x\n\t{\n\t}"),
        expect![[r#"
        5:6: syntax error: unexpected newline, expected { after if clause
    "#]],
    );
}

#[test]
fn expected_expression() {
    check_errors(
        &main_with("\treturn 1,"),
        expect![[r#"
        5:1: syntax error: unexpected }, expected expression
    "#]],
    );
    check_errors(
        &main_with("\tx := (1 +* 2 ; y := )"),
        expect![[r#"
        4:15: syntax error: unexpected semicolon, expected )
    "#]],
    );
}

#[test]
fn at_end_of_statement() {
    check_errors(
        &main_with("\tx := 1 y := 2"),
        expect![[r#"
        4:9: syntax error: unexpected name y at end of statement
    "#]],
    );
    check_errors(
        &main_with("\tx := 1)"),
        expect![[r#"
        4:8: syntax error: unexpected ) at end of statement
    "#]],
    );
}

#[test]
fn go_and_defer_reject_parentheses() {
    check_errors(
        &main_with("\tgo (f())"),
        expect![[r#"
        4:5: expression in go must not be parenthesized
    "#]],
    );
    check_errors(
        &main_with("\tdefer (f())"),
        expect![[r#"
        4:8: expression in defer must not be parenthesized
    "#]],
    );
}

#[test]
fn for_post_statement_cannot_declare() {
    check_errors(
        &main_with("\tfor i := 0; i < 3; j := 1 {\n\t}"),
        expect![[r#"
        4:23: syntax error: cannot declare in post statement of for loop
    "#]],
    );
}

#[test]
fn var_declaration_in_header() {
    check_errors(
        &main_with("\tfor var i = 0; i < 3; i++ {\n\t}"),
        expect![[r#"
        4:10: syntax error: var declaration not allowed in for initializer
    "#]],
    );
}

#[test]
fn parameter_lists() {
    check_errors(
        &format!("{PKG}func f(a int, b) {{}}\n"),
        expect![[r#"
        3:16: syntax error: missing parameter type
    "#]],
    );
    // Without any named parameter, `a` is a type: only the type checker complains.
    check_errors(&format!("{PKG}func f(a, []int) {{}}\n"), expect![[r#""#]]);
    check_errors(
        &format!("{PKG}func f(a int, []int) {{}}\n"),
        expect![[r#"
        3:15: syntax error: missing parameter name
    "#]],
    );
    check_errors(
        &format!("{PKG}func f(a ...int, b int) {{}}\n"),
        expect![[r#"
        3:10: can only use ... with final parameter
    "#]],
    );
    check_errors(
        &format!("{PKG}func f(a, b ...int) {{}}\n"),
        expect![[r#"
        3:13: can only use ... with final parameter
    "#]],
    );
    check_errors(
        &format!("{PKG}func f(a ...) {{}}\n"),
        expect![[r#"
        3:13: syntax error: ... is missing type
    "#]],
    );
    check_errors(
        &format!("{PKG}type T[P] int\nfunc f[P any, Q]() {{}}\n"),
        expect![[r#"
        4:16: syntax error: missing type constraint
    "#]],
    );
}

#[test]
fn receivers() {
    check_errors(
        &format!("{PKG}func (a, b T) m() {{}}\n"),
        expect![[r#"
        3:15: method has multiple receivers
    "#]],
    );
    check_errors(
        &format!("{PKG}func () m() {{}}\n"),
        expect![[r#"
        3:9: method has no receiver
    "#]],
    );
}

#[test]
fn slices_and_indices() {
    check_errors(
        &main_with("\ta[]"),
        expect![[r#"
        4:4: syntax error: unexpected ], expected operand
    "#]],
    );
    check_errors(
        &main_with("\t_ = a[1:2:]"),
        expect![[r#"
        4:12: final index required in 3-index slice
    "#]],
    );
    check_errors(
        &main_with("\t_ = a[1::3]"),
        expect![[r#"
        4:10: middle index required in 3-index slice
    "#]],
    );
    check_errors(
        &main_with("\t_ = a[1 2]"),
        expect![[r#"
        4:10: syntax error: unexpected literal 2, expected comma, : or ]
    "#]],
    );
}

#[test]
fn else_and_switch_bodies() {
    check_errors(
        &main_with("\tif x {\n\t} else for {\n\t}"),
        expect![[r#"
        5:9: syntax error: else must be followed by if or statement block
    "#]],
    );
    check_errors(
        &main_with("\tswitch x {\n\tfoo\n\t}"),
        expect![[r#"
        5:2: syntax error: unexpected name foo, expected case or default or }
        6:2: syntax error: unexpected }, expected :
    "#]],
    );
    check_errors(
        &main_with("\tswitch x\n\tcase 1:\n\t}"),
        expect![[r#"
        5:2: syntax error: unexpected keyword case, expected expression
        6:2: syntax error: missing { after switch clause
    "#]],
    );
    check_errors(
        &main_with("\tcase 1:"),
        expect![[r#"
        4:2: syntax error: unexpected keyword case, expected }
    "#]],
    );
}

#[test]
fn select_case_must_communicate() {
    check_errors(
        &main_with("\tvar x int\n\tselect {\n\tcase x + 1:\n\t}"),
        expect![[r#"
        6:9: select case must be send or receive (possibly with assignment)
    "#]],
    );
    check_errors(
        &main_with("\tselect {\n\tcase f():\n\t}"),
        expect![[r#"
        5:8: select case must be send or receive (possibly with assignment)
    "#]],
    );
}

#[test]
fn type_switch_guard_outside_switch() {
    check_errors(
        &main_with("\tvar x any\n\t_ = x.(type)"),
        expect![[r#"
        5:6: invalid syntax tree: use of .(type) outside type switch
    "#]],
    );
}

#[test]
fn range_with_three_variables() {
    check_errors(
        &main_with("\tvar x []int\n\tfor a, b, c := range x {\n\t}"),
        expect![[r#"
        5:12: range clause permits at most two iteration variables
    "#]],
    );
}

#[test]
fn declarations() {
    check_errors(
        &format!("{PKG}var x, y := 1, 2\n"),
        expect![[r#"
        3:10: syntax error: unexpected :=, expected =
    "#]],
    );
    check_errors(
        &format!("{PKG}type T\n"),
        expect![[r#"
        3:7: syntax error: unexpected newline in type declaration
    "#]],
    );
    check_errors(
        &format!("{PKG}var x [3,]int\n"),
        expect![[r#"
        3:9: syntax error: unexpected comma; expected ]
    "#]],
    );
    check_errors(
        &format!("{PKG}var c chan\n"),
        expect![[r#"
        4:1: syntax error: missing channel element type
    "#]],
    );
    check_errors(
        &format!("{PKG}var m map string]int\n"),
        expect![[r#"
        3:11: syntax error: unexpected name string, expected [
    "#]],
    );
    check_errors(
        &format!("{PKG}func {{}}\n"),
        expect![[r#"
        3:6: syntax error: unexpected {, expected name or (
    "#]],
    );
    check_errors(
        &format!("{PKG}func g() int, error {{}}\n"),
        expect![[r#"
        3:13: syntax error: unexpected comma after top level declaration
    "#]],
    );
    check_errors(
        &format!("{PKG}func main() {{}} ; ;\n"),
        expect![[r#"
        3:18: syntax error: non-declaration statement outside function body
    "#]],
    );
}

#[test]
fn struct_and_interface_bodies() {
    check_errors(
        &format!("{PKG}type T struct {{\n\t(U)\n}}\n"),
        expect![[r#"
        4:2: syntax error: cannot parenthesize embedded type
    "#]],
    );
    check_errors(
        &format!("{PKG}type T struct {{\n\t1\n}}\n"),
        expect![[r#"
        4:2: syntax error: unexpected literal 1, expected field name or embedded type
    "#]],
    );
    check_errors(
        &format!("{PKG}type I interface {{\n\tm[T any]()\n}}\n"),
        expect![[r#"
        4:3: interface method must have no type parameters
    "#]],
    );
    check_errors(
        &format!("{PKG}type I interface {{\n\t1\n}}\n"),
        expect![[r#"
        4:2: syntax error: unexpected literal 1, expected ~ term or type
    "#]],
    );
}

#[test]
fn type_parameters_where_not_allowed() {
    check_errors(
        &format!("{PKG}func f[]() {{}}\n"),
        expect![[r#"
        3:8: syntax error: empty type parameter list
    "#]],
    );
    check_errors(
        &format!("{PKG}var f = func[T any]() {{}}\n"),
        expect![[r#"
        3:13: syntax error: function type must have no type parameters
    "#]],
    );
}

#[test]
fn channel_type_errors() {
    check_errors(
        &format!("{PKG}var c = <-chan<- 5\n"),
        expect![[r#"
        3:18: syntax error: missing channel element type
    "#]],
    );
    check_errors(
        &format!("{PKG}type T <-<-chan int\n"),
        expect![[r#"
        3:10: syntax error: unexpected <-, expected keyword chan
    "#]],
    );
}

#[test]
fn package_clause_and_imports_are_worded_as_go_build_does() {
    check_errors(
        "func main() {}\n",
        expect![[r#"
        1:1: expected 'package', found 'func'
    "#]],
    );
    check_errors(
        "",
        expect![[r#"
        1:1: expected 'package', found 'EOF'
    "#]],
    );
    check_errors(
        "package 1\n",
        expect![[r#"
        1:9: expected 'IDENT', found 1
    "#]],
    );
    check_errors(
        &format!("{PKG}import 42\n"),
        expect![[r#"
        3:8: import path must be a string
    "#]],
    );
    check_errors(
        &format!("{PKG}import x\n"),
        expect![[r#"
        3:9: missing import path
    "#]],
    );
    check_errors(
        &format!("{PKG}func main() {{}}\nimport \"fmt\"\n"),
        expect![[r#"
        4:1: syntax error: imports must appear before other declarations
    "#]],
    );
}

#[test]
fn unterminated_input() {
    check_errors(
        &main_with("\ta := (1 +"),
        expect![[r#"
        5:1: syntax error: unexpected }, expected expression
    "#]],
    );
    check_errors(
        &format!("{PKG}func main() {{\n\tx := 1\n"),
        expect![[r#"
        5:1: syntax error: unexpected EOF, expected }
    "#]],
    );
}

#[test]
fn lexical_errors_are_not_syntax_errors() {
    check_errors(
        &main_with("\ts := \"abc\n\t_ = s"),
        expect![[r#"
        4:11: newline in string
    "#]],
    );
    check_errors(
        &main_with("\t_ = `abc"),
        expect![[r#"
        4:6: string not terminated
    "#]],
    );
    check_errors(
        &main_with("\tx := 1 @ 2\n\t_ = x"),
        expect![[r#"
        4:9: invalid character U+0040 '@'
        4:11: syntax error: unexpected literal 2 at end of statement
    "#]],
    );
    check_errors(
        &main_with("\t_ = 0o78\n\t_ = 09\n\t_ = 0_8"),
        expect![[r#"
        4:9: invalid digit '8' in octal literal
        5:7: invalid digit '9' in octal literal
        6:8: invalid digit '8' in octal literal
    "#]],
    );
}

#[test]
fn one_syntax_error_per_line() {
    check_errors(
        &main_with("\tx := ) ; y := ) ; z := )"),
        expect![[r#"
        4:7: syntax error: unexpected ), expected expression
    "#]],
    );
}
