//! Statements: simple statements, blocks and every compound statement.

use super::check_stmts;
use expect_test::expect;

#[test]
fn simple_statements() {
    check_stmts(
        "x := 1\na, b = b, a\nx += 2\nx <<= 1\nx &^= y\ni++\nj--\nch <- v\nf()\n<-ch",
        expect![[r#"
            x := 1
            a, b = b, a
            x += 2
            x <<= 1
            x &^= y
            inc i
            dec j
            send ch v
            (call f)
            (<- ch)
        "#]],
    );
}

#[test]
fn go_defer_and_return() {
    check_stmts(
        "go f(x)\ndefer mu.Unlock()\ngo func() {}()\nreturn\nreturn 1, nil",
        expect![[r#"
        go (call f x)
        defer (call (. mu Unlock))
        go (call (func-lit () {}))
        return
        return 1, nil
    "#]],
    );
}

#[test]
fn branches_and_labels() {
    check_stmts(
        "L:\n\tfor {\n\t\tbreak L\n\t}\nM: x++\ncontinue\nbreak\ngoto M\nN:\n",
        expect![[r#"
        L:
        for {
          break L
        }
        M:
        inc x
        continue
        break
        goto M
        N:
        empty
    "#]],
    );
}

#[test]
fn fallthrough_in_switch() {
    check_stmts(
        "switch {\ncase true:\n\tfallthrough\ndefault:\n}",
        expect![[r#"
        switch {
          case true:
            fallthrough
          default:
        }
    "#]],
    );
}

#[test]
fn blocks_and_empty_statements() {
    check_stmts(
        "{\n\tx := 1\n\t{\n\t}\n}\n;",
        expect![[r#"
        block {
          x := 1
          block {}
        }
        empty
    "#]],
    );
}

#[test]
fn if_with_init_and_else_chain() {
    check_stmts(
        "if v, ok := m[k]; ok {\n\treturn v\n} else if x > 3 {\n} else {\n\tx = 0\n}",
        expect![[r#"
        if v, ok := (index m k); ok {
          return v
        }
        else if (> x 3) {}
        else {
          x = 0
        }
    "#]],
    );
}

#[test]
fn for_loops() {
    check_stmts(
        "for {\n}\nfor x < 3 {\n}\nfor i := 0; i < 10; i++ {\n}\nfor ; ; {\n}\nfor i := 0; ; {\n}",
        expect![[r#"
            for {}
            for (< x 3) {}
            for i := 0; (< i 10); inc i {}
            for {}
            for i := 0; _; _ {}
        "#]],
    );
}

#[test]
fn range_loops() {
    check_stmts(
        "for k, v := range m {\n}\nfor k = range m {\n}\nfor range ch {\n}\nfor i := range 10 {\n}\nfor a[0], b.c = range xs {\n}",
        expect![[r#"
            for k, v := range m {}
            for k = range m {}
            for range ch {}
            for i := range 10 {}
            for (index a 0), (. b c) = range xs {}
        "#]],
    );
}

#[test]
fn switch_with_init_and_tag() {
    check_stmts(
        "switch x := f(); x {\ncase 1, 2:\n\tg()\ndefault:\n}\nswitch {\n}\nswitch x := 1; {\n}",
        expect![[r#"
        switch x := (call f); x {
          case 1, 2:
            (call g)
          default:
        }
        switch {
        }
        switch x := 1; {
        }
    "#]],
    );
}

#[test]
fn type_switches() {
    check_stmts(
        "switch v := x.(type) {\ncase int, string:\ncase nil:\ndefault:\n}\nswitch y.(type) {\n}\nswitch f(); t := x.(type) {\n}",
        expect![[r#"
            typeswitch v := (assert x type) {
              case int, string:
              case nil:
              default:
            }
            typeswitch (assert y type) {
            }
            typeswitch (call f); t := (assert x type) {
            }
        "#]],
    );
}

#[test]
fn select_with_send_receive_and_default() {
    check_stmts(
        "select {\ncase v := <-ch:\n\tuse(v)\ncase v, ok = <-ch:\ncase ch <- 1:\ncase <-done:\n\treturn\ndefault:\n}",
        expect![[r#"
            select {
              case v := (<- ch):
                (call use v)
              case v, ok = (<- ch):
              case send ch 1:
              case (<- done):
                return
              default:
            }
        "#]],
    );
}

#[test]
fn declaration_statements() {
    check_stmts(
        "var x int\nvar (\n\ty = 1\n)\nconst c = 2\ntype T struct{}",
        expect![[r#"
        var x int
        var (
          y = 1
        )
        const c = 2 (iota 0)
        type T (struct)
    "#]],
    );
}
