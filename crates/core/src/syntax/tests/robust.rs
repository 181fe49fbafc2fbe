//! Robustness: pathological and random inputs must produce diagnostics, never a panic, a
//! hang or a stack overflow.

use crate::diag::DiagnosticKind;
use crate::syntax::parse;

fn assert_limit(src: &str) {
    let parsed = parse(src);
    assert!(
        parsed.diagnostics.iter().any(|d| d.kind == DiagnosticKind::Limit),
        "no limit diagnostic for {:?}…",
        &src[..src.len().min(40)]
    );
}

#[test]
fn deeply_nested_parentheses_hit_the_limit() {
    let n = 10_000;
    assert_limit(&format!("package p\nvar x = {}1{}\n", "(".repeat(n), ")".repeat(n)));
}

#[test]
fn deeply_nested_braces_hit_the_limit() {
    let n = 10_000;
    assert_limit(&format!("package p\nfunc f() {{ {} }}\n", "{".repeat(n)));
    assert_limit(&format!("package p\nfunc f() {{ {}{} }}\n", "{".repeat(n), "}".repeat(n)));
    assert_limit(&format!("package p\nvar x = T{}\n", "{".repeat(n)));
}

#[test]
fn every_kind_of_deep_nesting_hits_the_limit() {
    let n = 5_000;
    let cases = [
        format!("package p\nvar x = {}1\n", "<-".repeat(n)),
        format!("package p\nvar x = {}1\n", "- ".repeat(n)),
        format!("package p\nvar x {}int\n", "[]".repeat(n)),
        format!("package p\nvar x {}int\n", "*".repeat(n)),
        format!("package p\nvar x = {}\n", "f(".repeat(n)),
        format!("package p\nvar x = a{}\n", "[a".repeat(n)),
        format!("package p\nvar x = {}\n", "func() { ".repeat(n)),
        format!("package p\nfunc f() {{ {} }}\n", "if x { ".repeat(n)),
        format!("package p\nfunc f() {{ if x {{}} {} }}\n", "else if x {} ".repeat(n)),
        format!("package p\nvar x = 1{}\n", " + 1".repeat(n)),
        format!("package p\nvar x = a{}\n", ".b".repeat(n)),
        format!("package p\nvar x = f{}\n", "()".repeat(n)),
        format!("package p\nfunc f() {{ {} }}\n", "L: ".repeat(n)),
        format!("package p\nvar x {}\n", "struct { a ".repeat(n)),
        format!("package p\nvar x {}\n", "map[int]".repeat(n)),
        format!("package p\nvar x {}\n", "chan ".repeat(n)),
        format!("package p\nvar x {}\n", "func() ".repeat(n)),
        format!("package p\ntype x {}\n", "interface { ".repeat(n)),
        format!("package p\nfunc f() {{ {} }}\n", "switch { case 1: ".repeat(n)),
        format!("package p\nfunc f() {{ {} }}\n", "for { ".repeat(n)),
        format!("package p\nfunc f() {{ {} }}\n", "select { default: ".repeat(n)),
        format!("package p\ntype I {}\n", "interface{ M(a ".repeat(n)),
    ];
    for src in &cases {
        assert_limit(src);
    }
}

#[test]
fn nesting_within_the_limit_parses_cleanly() {
    let n = 100;
    let parsed = parse(&format!("package p\nvar x = {}1{}\n", "(".repeat(n), ")".repeat(n)));
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
}

#[test]
fn oversized_source_is_rejected_with_one_limit_diagnostic() {
    let src = format!("package p\n{}", "// padding\n".repeat(400_000));
    let parsed = parse(&src);
    assert_eq!(parsed.diagnostics.len(), 1);
    assert_eq!(parsed.diagnostics[0].message, "limit: source is larger than 4 MiB");
    assert!(parsed.file.decls.is_empty());
}

#[test]
fn unterminated_raw_string_is_reported() {
    let parsed = parse("package p\nvar s = `abc\n\nfunc main() {}\n");
    let messages: Vec<&str> = parsed.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert!(messages.contains(&"string not terminated"), "{messages:?}");
}

/// A small deterministic xorshift generator, so failures reproduce.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SAMPLE: &str = r#"package main

import (
	"fmt"
	"sync"
)

type Counter[T ~int | ~int64] struct {
	mu sync.Mutex
	n  map[string]T `json:"n"`
}

func (c *Counter[T]) Add(k string, d T) (old T, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	old, ok = c.n[k]
	c.n[k] += d
	return
}

func main() {
	ch := make(chan int, 3)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ch <- i * 2
		}(i)
	}
	go func() { wg.Wait(); close(done) }()
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				return
			}
			fmt.Println(v, 'x', "s\n", `raw`, 0x1F, 1.5e3, 2i)
		case <-done:
			switch x := any(1).(type) {
			case int:
				fmt.Println(x)
			default:
			}
			return
		}
	}
L:
	goto L
}
"#;

/// Tokens that, spliced anywhere, make interesting syntax errors.
const FRAGMENTS: [&str; 24] = [
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ",",
    ";",
    "\n",
    ":=",
    "<-",
    "...",
    ".",
    "func",
    "chan",
    "type",
    "interface",
    "case",
    "\"",
    "`",
    "'",
    "/*",
    "x",
    "0x",
];

#[test]
fn random_bytes_never_panic() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..1500 {
        let len = rng.below(200);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let src = String::from_utf8_lossy(&bytes);
        let _ = parse(&src);
        let _ = parse(&format!("package p\n{src}"));
    }
}

#[test]
fn truncations_of_a_valid_program_never_panic() {
    assert!(parse(SAMPLE).diagnostics.is_empty(), "{:?}", parse(SAMPLE).diagnostics);
    for end in (0..=SAMPLE.len()).filter(|&i| SAMPLE.is_char_boundary(i)) {
        let _ = parse(&SAMPLE[..end]);
    }
}

#[test]
fn mutations_of_a_valid_program_never_panic() {
    let mut rng = XorShift(42);
    for _ in 0..2000 {
        let mut src = SAMPLE.to_owned();
        for _ in 0..=rng.below(4) {
            let at = rng.below(src.len());
            if !src.is_char_boundary(at) {
                continue;
            }
            match rng.below(3) {
                0 => src.insert_str(at, FRAGMENTS[rng.below(FRAGMENTS.len())]),
                1 => {
                    let end = (at + rng.below(8)).min(src.len());
                    if src.is_char_boundary(end) {
                        src.replace_range(at..end, "");
                    }
                }
                _ => src.insert(at, char::from(rng.next() as u8 & 0x7f)),
            }
        }
        let parsed = parse(&src);
        for d in &parsed.diagnostics {
            assert!(!d.message.is_empty());
            assert!(d.span.start as usize <= src.len());
        }
    }
}
