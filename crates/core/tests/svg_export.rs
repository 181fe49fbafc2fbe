//! The SVG export against real runs: every picture is well-formed XML (read back with a real
//! XML parser), self-contained and script-free, has one accessible lane per goroutine, shows
//! the arrows and the outcome the trace derivations give, escapes what programs print, and
//! stays small however long the run.

use goroscope_core::runtime::{Config, Run, run};
use goroscope_core::trace::text::{outcome_sentence, race_sentence};
use goroscope_core::trace::{EventKind, Outcome, SvgOptions, Trace, arrows, explain, svg};
use std::path::PathBuf;

fn go(src: &str, race: bool) -> Run {
    match run(src, Config { race, ..Config::default() }) {
        Ok(r) => r,
        Err(e) => panic!("does not compile: {:?}", e.diagnostics),
    }
}

fn example(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/seed").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Parses the picture, failing the test with the parser's message if it is not XML, and
/// checks what every picture must satisfy; then hands the tree to `f`.
fn check(doc: &str, f: impl FnOnce(&roxmltree::Document<'_>)) {
    let tree = roxmltree::Document::parse(doc).unwrap_or_else(|e| panic!("not XML: {e}"));
    let root = tree.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(root.tag_name().namespace(), Some("http://www.w3.org/2000/svg"));
    assert_eq!(root.attribute("role"), Some("img"));
    let view_box: Vec<f64> = root
        .attribute("viewBox")
        .expect("viewBox")
        .split(' ')
        .map(|v| v.parse().expect("number"))
        .collect();
    assert!(view_box.len() == 4 && view_box[2] > 0.0 && view_box[3] > 0.0, "{view_box:?}");
    // aria-labelledby names a <title> and a <desc> of the root.
    let ids: Vec<&str> =
        root.attribute("aria-labelledby").expect("aria-labelledby").split(' ').collect();
    let kinds: Vec<&str> = ids
        .iter()
        .map(|id| {
            let el = root.children().find(|n| n.attribute("id") == Some(id)).expect("labelled by");
            assert!(!el.text().unwrap_or("").is_empty());
            el.tag_name().name()
        })
        .collect();
    assert_eq!(kinds, ["title", "desc"]);
    // Self-contained and inert: no script, no event handlers, no links, no external URLs.
    for n in tree.descendants().filter(|n| n.is_element()) {
        let name = n.tag_name().name();
        assert!(!["script", "foreignObject", "a", "image", "use"].contains(&name), "<{name}>");
        for a in n.attributes() {
            assert!(!a.name().starts_with("on") && a.name() != "href", "{}=", a.name());
            let refs = a.value().match_indices("url(").map(|(i, _)| &a.value()[i + 4..]);
            for r in refs {
                assert!(r.starts_with('#'), "external reference {}", a.value());
            }
        }
        if name == "style" {
            let css = n.text().unwrap_or("");
            assert!(!css.contains("@import") && !css.contains("url("), "{css}");
        }
    }
    f(&tree);
}

fn lanes<'a>(tree: &'a roxmltree::Document<'a>) -> Vec<roxmltree::Node<'a, 'a>> {
    tree.descendants().filter(|n| n.attribute("data-gid").is_some()).collect()
}

/// All the text the picture shows outside its lanes (title, caption), with whitespace
/// normalised, so sentences can be found whatever their line breaks.
fn shown_text(tree: &roxmltree::Document<'_>) -> String {
    let words: Vec<&str> = tree
        .descendants()
        .filter(|n| n.is_text() && n.ancestors().all(|a| a.attribute("data-gid").is_none()))
        .filter_map(|n| n.text())
        .flat_map(str::split_whitespace)
        .collect();
    words.join(" ")
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_example_has_one_titled_lane_per_goroutine() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/seed");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("examples")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    assert!(names.len() >= 10);
    for name in names {
        let r = go(&example(&name), true);
        let t = &r.trace;
        check(&svg(t, &name, SvgOptions::default()), |tree| {
            let lanes = lanes(tree);
            let gids: Vec<u32> = lanes
                .iter()
                .map(|l| l.attribute("data-gid").and_then(|g| g.parse().ok()).expect("gid"))
                .collect();
            let want: Vec<u32> = t.goroutines.iter().map(|g| g.id).collect();
            assert_eq!(gids, want, "{name}");
            for (lane, info) in lanes.iter().zip(&t.goroutines) {
                let title = lane.children().find(|c| c.has_tag_name("title")).expect("title");
                let want = format!("goroutine {} ({})", info.id, info.func);
                assert!(title.text().unwrap_or("").starts_with(&want), "{name}: {title:?}");
                let label = lane.descendants().find(|c| c.has_tag_name("text")).expect("label");
                assert_eq!(label.text(), Some(format!("g{} {}", info.id, info.func).as_str()));
            }
            assert!(shown_text(tree).contains(&normalise(&outcome_sentence(t))), "{name}");
        });
    }
}

#[test]
fn each_arrow_between_lanes_is_drawn_with_its_kind() {
    for name in ["03_waitgroup.go", "08_url_fetcher_mutex.go", "13_url_fetcher_channels.go"] {
        let r = go(&example(name), false);
        let want = arrows(&r.trace);
        assert!(!want.is_empty());
        check(&svg(&r.trace, name, SvgOptions::default()), |tree| {
            let group = tree.descendants().find(|n| n.attribute("class") == Some("gs-arrows"));
            let lines: Vec<_> =
                group.expect("arrows").descendants().filter(|n| n.has_tag_name("line")).collect();
            assert_eq!(lines.len(), want.len(), "{name}");
            // Each line carries its kind's style and arrowhead through its group.
            for l in lines {
                let kind = l.parent_element().and_then(|g| g.attribute("class")).unwrap_or("");
                assert!(kind.starts_with("gs-a"), "{name}: {kind}");
            }
        });
    }
}

#[test]
fn deadlock_shows_the_wait_reason_on_the_span_and_explains_it_below() {
    let name = "10_buffered_channel_deadlock.go";
    let r = go(&example(name), false);
    let t = &r.trace;
    let Outcome::Deadlock { blocked } = &t.outcome else { panic!("{:?}", t.outcome) };
    check(&svg(t, name, SvgOptions::default()), |tree| {
        for b in blocked {
            let lane = lanes(tree)
                .into_iter()
                .find(|l| l.attribute("data-gid") == Some(b.gid.to_string().as_str()))
                .expect("lane of a blocked goroutine");
            let words: Vec<&str> = lane
                .descendants()
                .filter(|n| n.has_tag_name("text"))
                .filter_map(|n| n.text())
                .collect();
            assert!(words.contains(&b.reason.as_go()), "{words:?}");
        }
        let shown = shown_text(tree);
        assert!(shown.contains("fatal error: all goroutines are asleep - deadlock!"), "{shown}");
        let whys = explain::deadlock(t);
        assert!(!whys.is_empty());
        for why in whys {
            assert!(shown.contains(&normalise(&why)), "{why} not in {shown}");
        }
    });
}

#[test]
fn races_are_marked_on_their_lane_and_listed_in_the_caption() {
    let name = "07_url_fetcher_race.go";
    let r = go(&example(name), true);
    let t = &r.trace;
    let races: Vec<(u32, String)> = t
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::Race { loc, prev_step, kinds } => {
                Some((e.gid, race_sentence(t, e.gid, loc, prev_step, kinds)))
            }
            _ => None,
        })
        .collect();
    assert!(!races.is_empty());
    check(&svg(t, name, SvgOptions::default()), |tree| {
        let shown = shown_text(tree);
        assert!(shown.contains("data race"), "{shown}");
        assert!(shown.contains(&normalise(&races[0].1)), "{shown}");
        let marks =
            tree.descendants().find(|n| n.attribute("class") == Some("gs-marks")).expect("marks");
        let titles: Vec<&str> = marks
            .descendants()
            .filter(|n| n.has_tag_name("title"))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(titles, [races[0].1.as_str()]);
    });
}

const HOSTILE: &str = "</svg><script>alert(1)</script>]]>&amp;\u{1}";

#[test]
fn hostile_program_output_and_names_stay_text() {
    let src = r#"package main

import "fmt"

func main() {
	ch := make(chan string, 1)
	ch <- "</svg><script>alert(1)</script>"
	fmt.Println(<-ch)
	panic("</svg><script>alert(1)</script>]]>&amp;\x01")
}
"#;
    let r = go(src, false);
    let Outcome::Panic { message, .. } = &r.trace.outcome else { panic!("{:?}", r.trace.outcome) };
    assert!(message.contains(&HOSTILE[..31]), "{message}");
    for animate in [false, true] {
        let doc = svg(&r.trace, "<b>&x.go", SvgOptions { animate, ..SvgOptions::default() });
        check(&doc, |tree| {
            assert!(!tree.descendants().any(|n| n.has_tag_name("b")));
            let shown = shown_text(tree);
            // The text survives as text; the control character XML forbids becomes U+FFFD.
            assert!(shown.contains("</svg><script>alert(1)</script>]]>&amp;\u{fffd}"), "{shown}");
            assert!(shown.contains("<b>&x.go"), "{shown}");
            let title = tree.root_element().first_element_child().expect("title");
            assert_eq!(title.text(), Some("Goroscope timeline of <b>&x.go (seed 0)"));
        });
    }
}

#[test]
fn animated_picture_sweeps_a_cursor_with_css_only() {
    let name = "09_unbuffered_channel.go";
    let r = go(&example(name), false);
    let still = svg(&r.trace, name, SvgOptions::default());
    let moving = svg(&r.trace, name, SvgOptions { animate: true, ..SvgOptions::default() });
    check(&still, |tree| {
        let css = tree.descendants().find(|n| n.has_tag_name("style")).and_then(|n| n.text());
        assert!(!css.unwrap_or("").contains("@keyframes"));
        assert!(
            !tree
                .descendants()
                .any(|n| n.attribute("class").is_some_and(|c| c.contains("gs-cursor")))
        );
    });
    check(&moving, |tree| {
        let css = tree
            .descendants()
            .find(|n| n.has_tag_name("style"))
            .and_then(|n| n.text())
            .unwrap_or("");
        assert!(css.contains("@keyframes") && css.contains("animation:"), "{css}");
        // Without motion (prefers-reduced-motion) the picture rests fully revealed.
        assert!(css.contains("prefers-reduced-motion"), "{css}");
        let cursor = tree
            .descendants()
            .filter(|n| n.attribute("class").is_some_and(|c| c.contains("gs-cursor")));
        assert_eq!(cursor.count(), 1);
        assert_eq!(lanes(tree).len(), r.trace.goroutines.len());
    });
}

/// Bytes a picture may take whatever the run; a long run's picture holds a bounded number of
/// rectangles and arrows, so its size does not grow with the number of steps.
const SIZE_BOUND: usize = 600_000;

fn big_run(src: &str) -> Trace {
    go(src, false).trace
}

#[test]
fn ten_thousand_goroutines_keep_a_readable_number_of_lanes() {
    let t = big_run(
        r#"package main

import "sync"

func main() {
	var wg sync.WaitGroup
	results := make(chan int)
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- n * n
		}(i)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	println(sum)
}
"#,
    );
    assert_eq!(t.goroutines.len(), 10_002);
    let opts = SvgOptions::default();
    let doc = svg(&t, "many.go", opts);
    assert!(doc.len() < SIZE_BOUND, "{} bytes", doc.len());
    check(&doc, |tree| {
        let gids: Vec<u32> =
            lanes(tree).iter().filter_map(|l| l.attribute("data-gid")?.parse().ok()).collect();
        let want: Vec<u32> = (1..=opts.max_lanes as u32).collect();
        assert_eq!(gids, want);
        assert!(shown_text(tree).contains("100 of 10,002 goroutines shown"));
    });
}

#[test]
fn stuck_goroutines_are_drawn_even_past_the_lane_limit() {
    let t = big_run(
        r#"package main

func main() {
	done := make(chan bool)
	for i := 0; i < 50; i++ {
		go func() { done <- true }()
	}
	for i := 0; i < 50; i++ {
		<-done
	}
	stuck := make(chan int)
	go func() { stuck <- 1 }()
	go func() { stuck <- 2 }()
	<-done
}
"#,
    );
    let Outcome::Deadlock { blocked } = &t.outcome else { panic!("{:?}", t.outcome) };
    let mut want: Vec<u32> = blocked.iter().map(|b| b.gid).collect();
    want.sort();
    assert_eq!(want.len(), 3);
    check(&svg(&t, "stuck.go", SvgOptions { max_lanes: 3, ..SvgOptions::default() }), |tree| {
        let gids: Vec<u32> =
            lanes(tree).iter().filter_map(|l| l.attribute("data-gid")?.parse().ok()).collect();
        assert_eq!(gids, want);
    });
}

#[test]
fn a_long_run_compresses_to_a_bounded_picture() {
    let src = |n: u32| {
        format!(
            r#"package main

func main() {{
	ch := make(chan int)
	done := make(chan int)
	go func() {{
		sum := 0
		for v := range ch {{
			sum += v
		}}
		done <- sum
	}}()
	for i := 0; i < {n}; i++ {{
		ch <- i
	}}
	close(ch)
	println(<-done)
}}
"#
        )
    };
    let t = big_run(&src(100_000));
    assert!(t.events.len() >= 400_000, "{} events", t.events.len());
    let long = svg(&t, "msgs.go", SvgOptions::default());
    assert!(long.len() < SIZE_BOUND, "{} bytes", long.len());
    check(&long, |tree| {
        let root = tree.root_element();
        let width: f64 = root.attribute("width").and_then(|w| w.parse().ok()).expect("width");
        assert!(width <= 1600.0, "{width}");
        assert_eq!(lanes(tree).len(), 2);
        // The export's budget: 6,000 span rectangles and 2,000 arrows, plus the legend's.
        let shapes =
            tree.descendants().filter(|n| n.has_tag_name("rect") || n.has_tag_name("line"));
        assert!(shapes.count() < 8_100);
    });
}
