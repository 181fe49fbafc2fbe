//! A trace as a self-contained SVG image of its fork-join timeline, for blogs and slides: one
//! lane per goroutine cut into state spans (coloured and patterned, so they read without
//! colour), the arrows of `lanes::arrows` between lanes, and the outcome as a caption. No
//! script and no external references; `SvgOptions::animate` adds a CSS animation in which a
//! cursor sweeps the timeline and reveals it.
//!
//! Long runs stay small: the time axis is at most `max_plot_width` pixels wide; a lane shows,
//! per bucket of pixels, the state it spent most of that bucket in (buckets double until the
//! whole picture fits `MAX_RECTS` rectangles); arrows landing on the same buckets are drawn
//! once; and at most `max_lanes` lanes are drawn, the goroutines the outcome names first.

use super::lanes::{Arrow, ArrowKind, Lane, arrows, downsample, lanes, thin_arrows};
use super::snapshot::GoroutineState;
use super::text::{outcome_sentence, race_sentence};
use super::{EventKind, GoroutineInfo, Outcome, Trace, explain};
use litemap::LiteMap;
use std::collections::BTreeSet;
use std::fmt::{self, Write as _};

/// How to draw the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SvgOptions {
    /// Play the run by itself: a cursor sweeps the timeline, revealing spans and arrows.
    pub animate: bool,
    /// The width of the time axis at most, in pixels.
    pub max_plot_width: u32,
    /// Lanes drawn at most: goroutines the outcome names (deadlocked, panicking, racing)
    /// first, then the lowest ids.
    pub max_lanes: usize,
}

impl Default for SvgOptions {
    fn default() -> SvgOptions {
        SvgOptions { animate: false, max_plot_width: 1200, max_lanes: 100 }
    }
}

/// Span rectangles in the whole picture at most (about 50 bytes each).
const MAX_RECTS: usize = 6_000;
/// Arrows at most (about 50 bytes each).
const MAX_ARROWS: usize = 2_000;
/// Race and panic marks at most.
const MAX_MARKS: usize = 100;
/// Caption lines per kind of remark (deadlock reasons, races).
const MAX_REMARKS: usize = 4;

const PAD: f64 = 12.0;
const LANE_H: f64 = 20.0;
const BAR_Y: f64 = 3.0;
const BAR_H: f64 = 14.0;
/// The advance of a 12px monospace character, and an average one of 12px sans-serif.
const MONO_W: f64 = 7.3;
const SANS_W: f64 = 6.6;
const LABEL_CHARS: usize = 30;
const BG: &str = "#fbfaf7";
const FG: &str = "#1d1d1f";

/// The five looks of a span; every look differs in pattern as well as colour (Okabe-Ito).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Look {
    Running,
    Runnable,
    Blocked,
    Sleeping,
    Done,
}

const LOOKS: [(Look, &str); 5] = [
    (Look::Running, "running"),
    (Look::Runnable, "runnable"),
    (Look::Blocked, "blocked (Go's wait reason)"),
    (Look::Sleeping, "sleeping"),
    (Look::Done, "done"),
];

fn look(s: GoroutineState) -> Look {
    match s {
        GoroutineState::Running => Look::Running,
        GoroutineState::Runnable => Look::Runnable,
        GoroutineState::Blocked(_) => Look::Blocked,
        GoroutineState::Sleeping => Look::Sleeping,
        GoroutineState::Done => Look::Done,
    }
}

/// The fill of a look: a colour or one of the patterns `defs` declares.
fn fill(p: &str, l: Look) -> String {
    match l {
        Look::Running => "#009e73".into(),
        Look::Runnable => format!("url(#{p}-runnable)"),
        Look::Blocked => format!("url(#{p}-blocked)"),
        Look::Sleeping => format!("url(#{p}-sleeping)"),
        Look::Done => "#bdbdbd".into(),
    }
}

/// Arrow styles: legend word, colour, dash pattern. Indexed by `arrow_style`.
const ARROWS: [(&str, &str, &str); 6] = [
    ("go (fork)", "#0072b2", "3 2"),
    ("channel hand-off", FG, "none"),
    ("via buffer", FG, "6 3"),
    ("close", FG, "1 2"),
    ("unlock → lock", "#cc79a7", "none"),
    ("Done → Wait", "#e69f00", "5 2 1 2"),
];

fn arrow_style(k: ArrowKind) -> usize {
    match k {
        ArrowKind::Spawn => 0,
        ArrowKind::Handoff { .. } => 1,
        ArrowKind::Buffer { .. } => 2,
        ArrowKind::Close { .. } => 3,
        ArrowKind::Unlock { .. } => 4,
        ArrowKind::WaitGroup { .. } => 5,
    }
}

/// A coordinate, rounded to a tenth of a pixel and printed without trailing zeros.
struct N(f64);

impl fmt::Display for N {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = (self.0 * 10.0).round() / 10.0;
        if v.fract() == 0.0 { write!(f, "{}", v as i64) } else { write!(f, "{v:.1}") }
    }
}

/// Text made safe for XML content and attribute values: markup characters become entities,
/// and characters XML 1.0 forbids (most control characters) become U+FFFD.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// `s` cut to `max` characters, with an ellipsis when cut.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut cut: String = s.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Greedy word wrap to lines of at most `width` characters (longer words are cut).
fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in s.split_whitespace() {
        let word = clip(word, width);
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(&word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

/// A span rectangle, in pixels from the start of the time axis.
struct Bar {
    x0: f64,
    x1: f64,
    state: GoroutineState,
}

/// A lane's rectangles when a step is `col` pixels wide, seen through buckets of `bucket`
/// pixels (see [`downsample`]).
fn bars(lane: &Lane, col: f64, bucket: f64) -> Vec<Bar> {
    downsample(&lane.spans, bucket / col)
        .into_iter()
        .map(|(from, to, state)| Bar { x0: from * col, x1: to * col, state })
        .collect()
}

/// Every lane's rectangles in at most `budget` rectangles (unless a bucket is already as wide
/// as the plot): buckets start at a pixel and double until the picture fits.
fn fit_bars(lanes: &[Lane], col: f64, plot_w: f64, budget: usize) -> Vec<Vec<Bar>> {
    let mut bucket = 1.0;
    loop {
        let v: Vec<Vec<Bar>> = lanes.iter().map(|l| bars(l, col, bucket)).collect();
        if v.iter().map(Vec::len).sum::<usize>() <= budget || bucket >= plot_w {
            return v;
        }
        bucket *= 2.0;
    }
}

/// The lanes to draw: those the outcome names first, then the lowest ids, at most `max`, in
/// id order.
fn pick_lanes(trace: &Trace, all: Vec<Lane>, max: usize) -> Vec<Lane> {
    if all.len() <= max {
        return all;
    }
    let mut keep: BTreeSet<u32> = BTreeSet::new();
    match &trace.outcome {
        Outcome::Deadlock { blocked } => keep.extend(blocked.iter().map(|b| b.gid).take(max)),
        Outcome::Panic { gid, .. } => {
            keep.insert(*gid);
        }
        _ => {}
    }
    for e in &trace.events {
        if keep.len() >= max {
            break;
        }
        if matches!(e.kind, EventKind::Race { .. }) {
            keep.insert(e.gid);
        }
    }
    for l in &all {
        if keep.len() >= max {
            break;
        }
        keep.insert(l.gid);
    }
    all.into_iter().filter(|l| keep.contains(&l.gid)).collect()
}

/// A short, stable id prefix, so that several pictures inlined in one page keep their
/// patterns and titles apart (FNV-1a over the source, the seed and the length of the run).
fn id_prefix(trace: &Trace) -> String {
    let mut h: u32 = 0x811c_9dc5;
    let n = trace.events.len() as u64;
    let bytes =
        trace.source.bytes().chain(trace.schedule.seed.to_le_bytes()).chain(n.to_le_bytes());
    for b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("gs{h:08x}")
}

/// A count with thousands separators: `4,000,012`.
fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A tick spacing of 1, 2 or 5 times a power of ten, at least `raw` steps.
fn nice_step(raw: f64) -> u64 {
    let mut unit = 1u64;
    loop {
        for m in [1, 2, 5] {
            if (unit * m) as f64 >= raw {
                return unit * m;
            }
        }
        unit = unit.saturating_mul(10);
    }
}

/// Where things go: the id prefix, the time axis and the rows.
struct Layout {
    /// Prefix of every id, see `id_prefix`.
    p: String,
    n_steps: usize,
    /// Left edge and width of the time axis; pixels per step.
    plot_x: f64,
    plot_w: f64,
    col: f64,
    /// Top of the first lane, and bottom of the last.
    top: f64,
    bottom: f64,
    /// Characters of caption text per line.
    text_chars: usize,
}

impl Layout {
    /// The vertical centre of row `row`'s span bars.
    fn centre(&self, row: usize) -> f64 {
        self.top + row as f64 * LANE_H + BAR_Y + BAR_H / 2.0
    }

    /// The middle of step `step`'s column, from the start of the axis.
    fn step_x(&self, step: usize) -> f64 {
        (step as f64 + 0.5) * self.col
    }
}

/// The trace as a standalone SVG document: `src_name` names the program in the title.
pub fn svg(trace: &Trace, src_name: &str, opts: SvgOptions) -> String {
    let all = lanes(trace);
    let n_goroutines = all.len();
    let shown = pick_lanes(trace, all, opts.max_lanes.max(1));
    // Inserted one by one: `collect` into a map would add a sort to the web bundle.
    let mut rows: LiteMap<u32, usize> = LiteMap::new();
    for (i, l) in shown.iter().enumerate() {
        rows.insert(l.gid, i);
    }
    let mut infos: LiteMap<u32, &GoroutineInfo> = LiteMap::new();
    for g in &trace.goroutines {
        infos.insert(g.id, g);
    }
    let label = |gid: u32| {
        let func = infos.get(&gid).map_or("?", |g| g.func.as_str());
        clip(&format!("g{gid} {func}"), LABEL_CHARS)
    };

    // Across: labels, then the time axis. Down: heading, legend, axis, lanes, caption.
    let n_steps = trace.events.len().max(1);
    let label_chars = shown.iter().map(|l| label(l.gid).chars().count()).max().unwrap_or(8);
    let plot_x = PAD + label_chars as f64 * MONO_W + 10.0;
    let max_plot = f64::from(opts.max_plot_width.max(100));
    let plot_w = (n_steps as f64 * 24.0).clamp(360.0_f64.min(max_plot), max_plot);
    // The right margin leaves room for the last step number, centred on the axis's end.
    let width = (plot_x + plot_w + 2.0 * PAD + 16.0).max(560.0);
    let p = id_prefix(trace);
    let (legend, legend_bottom) = legend(&p, width);
    let top = legend_bottom + 22.0;
    let lay = Layout {
        p,
        n_steps,
        plot_x,
        plot_w,
        col: plot_w / n_steps as f64,
        top,
        bottom: top + shown.len() as f64 * LANE_H,
        text_chars: ((width - 2.0 * PAD) / SANS_W) as usize,
    };

    let races: Vec<(usize, String)> = trace
        .events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match e.kind {
            EventKind::Race { loc, prev_step, kinds } => {
                Some((i, race_sentence(trace, e.gid, loc, prev_step, kinds)))
            }
            _ => None,
        })
        .collect();
    let outcome = outcome_sentence(trace);
    let mut caption = caption(trace, &outcome, &races);
    if shown.len() < n_goroutines {
        caption.push((
            "gs-muted",
            format!(
                "{} of {} goroutines shown; the other {} are left out to keep the picture readable.",
                count(shown.len()),
                count(n_goroutines),
                count(n_goroutines - shown.len())
            ),
        ));
    }

    let mut body = String::new();
    draw_axis(&mut body, &lay);
    body.push_str(r#"<g class="gs-lanes">"#);
    let lane_bars = fit_bars(&shown, lay.col, lay.plot_w, MAX_RECTS);
    for (row, (lane, bars)) in shown.iter().zip(&lane_bars).enumerate() {
        let title = lane_title(lane, infos.get(&lane.gid).copied());
        let _ = write!(
            body,
            r#"<g class="gs-lane" data-gid="{}" transform="translate(0 {})"><title>{}</title><text x="{PAD}" y="14" class="gs-mono">{}</text>"#,
            lane.gid,
            N(lay.top + row as f64 * LANE_H),
            escape(&title),
            escape(&label(lane.gid))
        );
        draw_bars(&mut body, &lay, bars);
        body.push_str("</g>");
    }
    body.push_str("</g>");
    if let Some(note) = draw_arrows(&mut body, &lay, &arrows(trace), &rows) {
        caption.push(("gs-muted", note));
    }
    draw_marks(&mut body, &lay, trace, &rows, &races, &outcome);

    // The caption, wrapped to the picture's width.
    let mut cap = String::new();
    let mut cy = lay.bottom + 8.0;
    for (class, line) in &caption {
        for part in wrap(line, lay.text_chars) {
            cy += 16.0;
            let _ = write!(
                cap,
                r#"<text x="{PAD}" y="{}" class="{class}">{}</text>"#,
                N(cy),
                escape(&part)
            );
        }
    }
    let height = cy + PAD;

    let plural = if n_goroutines == 1 { "" } else { "s" };
    let (seed, n_events) = (trace.schedule.seed, count(trace.events.len()));
    let title = format!("Goroscope timeline of {src_name} (seed {seed})");
    let desc = format!("{} goroutine{plural}, {n_events} steps. {outcome}.", count(n_goroutines));
    let heading = format!(
        "{src_name} · seed {seed} · {} goroutine{plural} · {n_events} steps",
        count(n_goroutines)
    );
    let p = &lay.p;
    let mut out = String::with_capacity(body.len() + cap.len() + 8192);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-labelledby="{p}-title {p}-desc"><title id="{p}-title">{}</title><desc id="{p}-desc">{}</desc>"#,
        escape(&title),
        escape(&desc),
        w = N(width),
        h = N(height)
    );
    style_and_defs(&mut out, &lay, opts.animate);
    let _ = write!(
        out,
        r#"<rect width="100%" height="100%" fill="{BG}"/><text x="{PAD}" y="{}" class="gs-h">{}</text>"#,
        N(PAD + 12.0),
        escape(&clip(&heading, lay.text_chars))
    );
    out.push_str(&legend);
    out.push_str(&body);
    if opts.animate {
        draw_cursor(&mut out, &lay);
    }
    out.push_str(&cap);
    out.push_str("</svg>\n");
    out
}

/// The legend of looks and arrows, flowing onto as many rows as the width needs; returns it
/// with the y of its bottom.
fn legend(p: &str, width: f64) -> (String, f64) {
    let mut out = String::new();
    let (mut x, mut y) = (PAD, PAD + 24.0);
    // Each item is a swatch drawn at (x, y) and its word.
    let mut item = |out: &mut String, swatch: &dyn Fn(N, N) -> String, word: &str| {
        let w = 22.0 + word.chars().count() as f64 * SANS_W + 14.0;
        if x + w > width - PAD && x > PAD {
            x = PAD;
            y += 18.0;
        }
        let _ = write!(
            out,
            r#"{}<text x="{}" y="{}">{}</text>"#,
            swatch(N(x), N(y)),
            N(x + 22.0),
            N(y + 10.0),
            escape(word)
        );
        x += w;
    };
    for (l, word) in LOOKS {
        let swatch = |x: N, y: N| {
            format!(r#"<rect x="{x}" y="{y}" width="16" height="11" fill="{}"/>"#, fill(p, l))
        };
        item(&mut out, &swatch, word);
    }
    for (i, (word, _, _)) in ARROWS.iter().enumerate() {
        let swatch = |x: N, y: N| {
            let (x2, y) = (N(x.0 + 17.0), N(y.0 + 6.0));
            format!(
                r#"<line x1="{x}" y1="{y}" x2="{x2}" y2="{y}" class="gs-a{i}" marker-end="url(#{p}-head{i})"/>"#
            )
        };
        item(&mut out, &swatch, word);
    }
    (out, y + 18.0)
}

/// What the run came to, line by line: the outcome, Go's own report of a crash, why a
/// deadlock happened, the data races.
fn caption(trace: &Trace, outcome: &str, races: &[(usize, String)]) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let clean = matches!(trace.outcome, Outcome::Exited { code: 0 });
    out.push((if clean { "gs-ok" } else { "gs-bad" }, outcome.to_string()));
    let crashed = matches!(
        trace.outcome,
        Outcome::Deadlock { .. } | Outcome::Panic { .. } | Outcome::Fatal { .. }
    );
    // The runtime's report is the run's last output to stderr.
    let report = trace.events.iter().rev().find_map(|e| match e.kind {
        EventKind::Print { text, stderr: true } => Some(trace.text(text)),
        _ => None,
    });
    if crashed && let Some(report) = report {
        out.push(("gs-mono", format!("Go: {}", report.lines().next().unwrap_or(""))));
    }
    let whys = explain::deadlock(trace);
    for why in whys.iter().take(MAX_REMARKS) {
        out.push(("", format!("Why: {why}")));
    }
    if whys.len() > MAX_REMARKS {
        out.push(("", format!("…and {} more stuck goroutines.", whys.len() - MAX_REMARKS)));
    }
    if !races.is_empty() {
        let s = if races.len() == 1 { "" } else { "s" };
        out.push(("gs-bad", format!("WARNING: {} data race{s}:", count(races.len()))));
        for (i, r) in races.iter().take(MAX_REMARKS) {
            out.push(("", format!("Step {i}: {r}")));
        }
        if races.len() > MAX_REMARKS {
            out.push(("", format!("…and {} more.", count(races.len() - MAX_REMARKS))));
        }
    }
    out
}

/// A lane's accessible name: `goroutine 2 (main.worker), started by goroutine 1 at step 3;
/// chan receive at the end`.
fn lane_title(lane: &Lane, info: Option<&GoroutineInfo>) -> String {
    let func = info.map_or("?", |g| g.func.as_str());
    let mut out = format!("goroutine {} ({func})", lane.gid);
    if let Some(g) = info
        && let Some(parent) = g.parent
    {
        let _ = write!(out, ", started by goroutine {parent} at step {}", g.spawn_step);
    }
    match lane.spans.last() {
        Some(s) if s.state == GoroutineState::Done => {
            let _ = write!(out, "; returned at step {}", s.from);
        }
        Some(s) => {
            let _ = write!(out, "; {} at the end", s.state.as_go());
        }
        None => {}
    }
    out
}

/// One lane's bars, grouped by look so each group names its fill once, and the wait reason
/// on blocked bars wide enough to hold it.
fn draw_bars(out: &mut String, lay: &Layout, bars: &[Bar]) {
    let _ = write!(out, r#"<g transform="translate({} 0)">"#, N(lay.plot_x));
    for (l, _) in LOOKS {
        let mut these = bars.iter().filter(|b| look(b.state) == l).peekable();
        if these.peek().is_none() {
            continue;
        }
        let _ = write!(out, r#"<g fill="{}">"#, fill(&lay.p, l));
        for b in these {
            let _ = write!(
                out,
                r#"<rect x="{}" y="{BAR_Y}" width="{}" height="{BAR_H}"/>"#,
                N(b.x0),
                N(b.x1 - b.x0)
            );
        }
        out.push_str("</g>");
    }
    for b in bars {
        if let GoroutineState::Blocked(r) = b.state {
            let why = r.as_go();
            if b.x1 - b.x0 >= why.len() as f64 * 5.8 + 6.0 {
                let _ = write!(
                    out,
                    r#"<text x="{}" y="13.5" class="gs-why">{why}</text>"#,
                    N(b.x0 + 3.0)
                );
            }
        }
    }
    out.push_str("</g>");
}

/// The arrows between drawn lanes, one per kind, pair of lanes and pair of end buckets
/// (buckets double until at most `MAX_ARROWS` remain); returns a note if some were left out.
fn draw_arrows(
    out: &mut String,
    lay: &Layout,
    arrows: &[Arrow],
    rows: &LiteMap<u32, usize>,
) -> Option<String> {
    // Closer than 3 pixels, parallel arrows would only blacken the picture.
    let mut bucket = 3.0;
    let (drawn, n_drawable) = loop {
        let mut kept: Vec<(usize, f64, f64, f64, f64)> = Vec::new();
        for a in thin_arrows(arrows, bucket / lay.col) {
            let (Some(&r1), Some(&r2)) = (rows.get(&a.from_gid), rows.get(&a.to_gid)) else {
                continue;
            };
            let x1 = lay.step_x(a.from_step as usize);
            let x2 = lay.step_x(a.to_step as usize);
            kept.push((arrow_style(a.kind), x1, lay.centre(r1), x2, lay.centre(r2)));
        }
        if kept.len() <= MAX_ARROWS || bucket >= lay.plot_w {
            let n = kept.len();
            kept.truncate(MAX_ARROWS);
            break (kept, n);
        }
        bucket *= 2.0;
    };
    let p = &lay.p;
    // Where arrows crowd (more than one per 8 pixels on average), fade them so the spans
    // beneath still show.
    let opacity = if drawn.len() as f64 > lay.plot_w / 8.0 { 0.4 } else { 1.0 };
    let _ = write!(
        out,
        r#"<g class="gs-arrows" transform="translate({} 0)" opacity="{opacity}">"#,
        N(lay.plot_x)
    );
    for i in 0..ARROWS.len() {
        let mut these = drawn.iter().filter(|a| a.0 == i).peekable();
        if these.peek().is_none() {
            continue;
        }
        let _ = write!(out, r#"<g class="gs-a{i}" marker-end="url(#{p}-head{i})">"#);
        for &(_, x1, y1, x2, y2) in these {
            // End short of the lane's centre so the head does not hide the span.
            let y2 = if y2 > y1 { y2 - 4.0 } else { y2 + 4.0 };
            let _ = write!(
                out,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
                N(x1),
                N(y1),
                N(x2),
                N(y2)
            );
        }
        out.push_str("</g>");
    }
    out.push_str("</g>");
    (n_drawable > drawn.len())
        .then(|| format!("{} of {} arrows drawn.", count(drawn.len()), count(n_drawable)))
}

/// A triangle above each data race and above the panic that ended the run, titled with its
/// sentence.
fn draw_marks(
    out: &mut String,
    lay: &Layout,
    trace: &Trace,
    rows: &LiteMap<u32, usize>,
    races: &[(usize, String)],
    outcome: &str,
) {
    let mut marks: Vec<(u32, usize, &str)> = races
        .iter()
        .filter_map(|(i, r)| Some((trace.events.get(*i)?.gid, *i, r.as_str())))
        .collect();
    if let Outcome::Panic { gid, .. } = trace.outcome
        && let Some(i) = trace
            .events
            .iter()
            .rposition(|e| e.gid == gid && matches!(e.kind, EventKind::Panic { .. }))
    {
        marks.push((gid, i, outcome));
    }
    out.push_str(r#"<g class="gs-marks">"#);
    let mut seen = BTreeSet::new();
    for (gid, step, why) in marks {
        let Some(&row) = rows.get(&gid) else { continue };
        let x = lay.plot_x + lay.step_x(step);
        if seen.len() >= MAX_MARKS || !seen.insert((row, x.round() as i64)) {
            continue;
        }
        let y = lay.top + row as f64 * LANE_H + 1.0;
        let _ = write!(
            out,
            r#"<path d="M{} {}l5 9h-10z" fill="{FG}" stroke="{BG}"><title>{}</title></path>"#,
            N(x),
            N(y),
            escape(why)
        );
    }
    out.push_str("</g>");
}

/// Step numbers above the lanes, with light grid lines through them.
fn draw_axis(out: &mut String, lay: &Layout) {
    out.push_str(r#"<g class="gs-axis">"#);
    let _ = write!(out, r#"<text x="{PAD}" y="{}" class="gs-muted">step</text>"#, N(lay.top - 6.0));
    let tick = nice_step(90.0 / lay.col);
    let mut s = 0u64;
    while s <= lay.n_steps as u64 {
        let x = N(lay.plot_x + s as f64 * lay.col);
        let _ = write!(
            out,
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" class="gs-grid"/><text x="{x}" y="{}" class="gs-muted gs-tick">{}</text>"#,
            N(lay.top - 3.0),
            N(lay.bottom),
            N(lay.top - 6.0),
            count(s as usize),
        );
        s += tick;
    }
    out.push_str("</g>");
}

/// The cursor, and the cover that hides what it has not reached yet. At rest (no animation,
/// or reduced motion) both sit past the end, so the whole run shows.
fn draw_cursor(out: &mut String, lay: &Layout) {
    let x = N(lay.plot_x);
    let _ = write!(
        out,
        r#"<rect class="gs-anim gs-cover" x="{x}" y="{}" width="{}" height="{}" fill="{BG}"/><line class="gs-anim gs-cursor" x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{FG}" stroke-width="2"/>"#,
        N(lay.top - 2.0),
        N(lay.plot_w + PAD),
        N(lay.bottom - lay.top + 2.0),
        N(lay.top - 16.0),
        N(lay.bottom),
    );
}

/// The style sheet (fonts, arrow strokes, the animation) and the patterns and arrowheads.
fn style_and_defs(out: &mut String, lay: &Layout, animate: bool) {
    let p = &lay.p;
    let _ = write!(
        out,
        "<style>text{{font:12px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;fill:{FG}}}\
         .gs-mono{{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}}\
         .gs-h{{font-size:14px;font-weight:600}}.gs-muted{{fill:#5f6368}}\
         .gs-tick{{font-size:10px;text-anchor:middle}}.gs-bad{{fill:#b00020;font-weight:600}}\
         .gs-ok{{font-weight:600}}.gs-grid{{stroke:#e6e3dc}}\
         .gs-why{{font-size:10px;paint-order:stroke;stroke:{BG};stroke-width:3px}}"
    );
    for (i, (_, colour, dash)) in ARROWS.iter().enumerate() {
        let _ = write!(
            out,
            ".gs-a{i}{{stroke:{colour};stroke-width:1.3;stroke-dasharray:{dash};fill:none}}"
        );
    }
    if animate {
        // Sweep for 85% of the loop, then hold the finished picture before starting again.
        let secs = (lay.n_steps as f64 * 0.2).clamp(4.0, 16.0);
        let _ = write!(
            out,
            "@keyframes {p}-sweep{{from{{transform:translateX(0)}}85%,to{{transform:translateX({w}px)}}}}\
             .gs-anim{{transform:translateX({w}px);animation:{p}-sweep {secs:.1}s linear infinite}}\
             @media (prefers-reduced-motion:reduce){{.gs-anim{{animation:none}}}}",
            w = N(lay.plot_w)
        );
    }
    let _ = write!(
        out,
        r##"</style><defs><pattern id="{p}-runnable" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f0e442"/><rect width="2" height="6" fill="#9a8c00"/></pattern><pattern id="{p}-blocked" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#d55e00"/><path d="M0 3h6M3 0v6" stroke="{BG}" stroke-width="1"/></pattern><pattern id="{p}-sleeping" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#56b4e9"/><circle cx="2.5" cy="2.5" r="1.1" fill="{FG}"/></pattern>"##
    );
    for (i, (_, colour, _)) in ARROWS.iter().enumerate() {
        let _ = write!(
            out,
            r#"<marker id="{p}-head{i}" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0L8 4L0 8z" fill="{colour}"/></marker>"#
        );
    }
    out.push_str("</defs>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup_and_characters_xml_forbids() {
        assert_eq!(
            escape(r#"</svg><a href='x'>&"#),
            "&lt;/svg&gt;&lt;a href=&apos;x&apos;&gt;&amp;"
        );
        assert_eq!(escape("a\u{1}b\u{ffff}\tc"), "a\u{fffd}b\u{fffd}\tc");
        assert_eq!(escape("]]>"), "]]&gt;");
    }

    #[test]
    fn coordinates_print_compactly() {
        assert_eq!(N(12.0).to_string(), "12");
        assert_eq!(N(12.345).to_string(), "12.3");
        assert_eq!(N(-0.04).to_string(), "0");
    }

    #[test]
    fn wrap_breaks_between_words_and_cuts_long_ones() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("abcdefgh", 4), ["abc…"]);
        assert!(wrap("", 4).is_empty());
    }

    #[test]
    fn counts_group_thousands() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(4_000_012), "4,000,012");
    }

    #[test]
    fn tick_spacing_is_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(0.3), 1);
        assert_eq!(nice_step(3.0), 5);
        assert_eq!(nice_step(11.0), 20);
        assert_eq!(nice_step(4000.0), 5000);
    }

    fn lane(spans: &[(u32, u32, GoroutineState)]) -> Lane {
        Lane {
            gid: 1,
            spans: spans
                .iter()
                .map(|&(from, to, state)| super::super::LaneSpan { from, to, state })
                .collect(),
        }
    }

    #[test]
    fn spans_narrower_than_a_bucket_give_way_to_the_state_that_fills_most_of_it() {
        use GoroutineState::{Runnable, Running};
        // Ten steps per pixel: running 8 of each 10 steps, runnable 2, for 100 steps.
        let spans: Vec<_> = (0..10)
            .flat_map(|k| [(k * 10, k * 10 + 8, Running), (k * 10 + 8, k * 10 + 10, Runnable)])
            .collect();
        let b = bars(&lane(&spans), 0.1, 1.0);
        assert_eq!(b.len(), 1);
        assert_eq!((b[0].x0, b[0].x1, b[0].state), (0.0, 10.0, Running));
        // Wide enough, every span is its own rectangle.
        assert_eq!(bars(&lane(&spans), 1.0, 1.0).len(), 20);
    }

    #[test]
    fn buckets_widen_until_the_picture_fits_its_budget() {
        use GoroutineState::{Blocked, Running};
        let blocked = Blocked(super::super::WaitReason::ChanSend);
        // 8 steps per pixel, alternating every 8 steps: a rectangle per pixel at first.
        let spans: Vec<_> = (0..100)
            .flat_map(|k| [(k * 16, k * 16 + 8, Running), (k * 16 + 8, k * 16 + 16, blocked)])
            .collect();
        let lanes = vec![lane(&spans); 50];
        let count = |v: &[Vec<Bar>]| v.iter().map(Vec::len).sum::<usize>();
        assert_eq!(count(&fit_bars(&lanes, 0.125, 200.0, 100_000)), 50 * 200);
        let fitted = fit_bars(&lanes, 0.125, 200.0, 1_000);
        assert!((1..=1_000).contains(&count(&fitted)), "{}", count(&fitted));
        // Each lane still covers the whole run.
        for bars in &fitted {
            assert_eq!((bars[0].x0, bars[bars.len() - 1].x1), (0.0, 200.0));
        }
    }
}
