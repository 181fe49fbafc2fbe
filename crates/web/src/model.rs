//! The view model: a trace plus what the panels need at any cursor step, in the shapes the
//! panels draw. The state at a step comes from the core's checkpointed `SnapshotIndex`.

use goroscope_core::LineIndex;
use goroscope_core::runtime::{Config, Running, start};
use goroscope_core::trace::events::Kind;
use goroscope_core::trace::{
    self, ArrowKind, EventKind, GoroutineState, LaneSpan, Outcome, SnapshotIndex, Trace,
};
use litemap::LiteMap;
use std::sync::Arc;

/// Steps the web UI simulates at most, so a runaway program stops and still shows what it
/// did. Runs proceed in slices with a progress line and a Stop button, so this can be large.
pub const MAX_STEPS: u64 = 2_000_000;

/// Bytecode instructions the web UI runs at most, so a spinning program ends on its own.
pub const MAX_INSTRUCTIONS: u64 = 200_000_000;

/// A compile error for the editor: position and Go's message.
#[derive(Clone, Debug, PartialEq)]
pub struct Diag {
    pub line: u32,
    pub col: u32,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChanView {
    pub id: u32,
    pub name: String,
    pub elem: String,
    pub cap: usize,
    pub len: usize,
    pub closed: bool,
    pub buf: Vec<String>,
    pub sendq: Vec<u32>,
    pub recvq: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MutexView {
    pub name: String,
    pub owner: Option<u32>,
    pub readers: u32,
    pub waiters: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WgView {
    pub name: String,
    pub counter: i32,
    pub waiters: Vec<u32>,
}

/// A `time` timer or ticker at a step.
#[derive(Clone, Debug, PartialEq)]
pub struct TimerView {
    /// What made it and where: `time.NewTicker at line 10`.
    pub label: String,
    /// The channel it delivers on, by name (`None` for `time.AfterFunc`).
    pub ch: Option<String>,
    /// `armed`, `stopped` or `fired`.
    pub state: &'static str,
    /// When it fires next, while armed.
    pub when: Option<u64>,
    pub fires: u32,
}

/// A variable (or map) that more than one goroutine touches, as of a step.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedView {
    pub name: String,
    /// Goroutines that have touched it so far.
    pub gids: Vec<u32>,
    /// The latest access so far: (step, gid, write).
    pub last: Option<(usize, u32, bool)>,
    /// Data races on it so far.
    pub races: usize,
}

/// A data race, with both accesses' steps so the UI can jump to either.
#[derive(Clone, Debug, PartialEq)]
pub struct RaceView {
    pub sentence: String,
    pub step: usize,
    pub prev_step: usize,
}

/// Channels, mutexes, WaitGroups, selects, virtual time and shared variables at a step.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Objects {
    pub channels: Vec<ChanView>,
    pub mutexes: Vec<MutexView>,
    pub waitgroups: Vec<WgView>,
    /// Virtual time, and each sleeping goroutine with the time it wakes at.
    pub now: u64,
    pub sleepers: Vec<(u32, u64)>,
    pub timers: Vec<TimerView>,
    /// One line per goroutine waiting in a `select`, and the latest choice made.
    pub selects: Vec<String>,
    pub shared: Vec<SharedView>,
}

/// A lane: a goroutine's states over time.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneView {
    pub gid: u32,
    pub name: String,
    pub spans: Vec<LaneSpan>,
}

impl LaneView {
    /// The lane as drawn with `per` steps to a pixel: (from, to, state word) in steps, at
    /// most one span per pixel however long the trace.
    pub fn drawn(&self, per: f64) -> Vec<(f64, f64, &'static str)> {
        trace::downsample(&self.spans, per)
            .into_iter()
            .map(|(a, b, st)| (a, b, state_word(st)))
            .collect()
    }
}

/// An arrow between lanes.
#[derive(Clone, Debug, PartialEq)]
pub struct ArrowView {
    pub kind: &'static str,
    pub from_gid: u32,
    pub from_step: u32,
    pub to_gid: u32,
    pub to_step: u32,
}

/// An access to a shared location: (step, gid, write).
type Access = (usize, u32, bool);

/// The trace with its snapshot index, lanes and arrows, built once per run.
pub struct Model {
    index: SnapshotIndex<Arc<Trace>>,
    lines: LineIndex,
    lanes: Vec<LaneView>,
    arrows: Vec<trace::Arrow>,
    /// Per shared location (interned name id): its accesses (step, gid, write), in order;
    /// only locations more than one goroutine touches.
    shared: Vec<(u32, Vec<Access>)>,
    /// Steps of `Select` and `Race` events.
    selects: Vec<usize>,
    races: Vec<usize>,
}

/// The `data-state` word of a goroutine state.
pub fn state_word(s: GoroutineState) -> &'static str {
    match s {
        GoroutineState::Running => "running",
        GoroutineState::Runnable => "runnable",
        GoroutineState::Blocked(_) => "blocked",
        GoroutineState::Sleeping => "sleeping",
        GoroutineState::Done => "done",
    }
}

impl Model {
    /// Compiles `src` and sets it up to run with `seed` under the web UI's budgets; the
    /// caller advances it in slices so the page stays responsive.
    pub fn start(src: &str, seed: u64) -> Result<Running, Vec<Diag>> {
        // Races are always detected: the detector is cheap, and races are what users hunt.
        let config = Config {
            seed,
            max_steps: MAX_STEPS,
            file_name: "/tmp/main.go".into(),
            race: true,
            max_instructions: MAX_INSTRUCTIONS,
            ..Config::default()
        };
        start(src, config).map_err(|e| {
            let idx = LineIndex::new(src);
            e.diagnostics
                .iter()
                // Go's `too many errors` line is no error of its own to mark in the editor.
                .filter(|d| d.message != goroscope_core::diag::TOO_MANY)
                .map(|d| {
                    let lc = idx.line_col(d.span.start);
                    Diag {
                        line: lc.line,
                        col: lc.col,
                        message: d.text(&idx, "").lines().next().unwrap_or("").to_string(),
                    }
                })
                .collect()
        })
    }

    /// Runs `src` to the end at once (native tests and small programs).
    pub fn build(src: &str, seed: u64) -> Result<Model, Vec<Diag>> {
        Ok(Model::new(Model::start(src, seed)?.finish().trace))
    }

    pub fn new(trace: Trace) -> Model {
        let trace = Arc::new(trace);
        let lines = LineIndex::new(&trace.source);
        // Inserted one by one: `collect` into a map would add a sort to the bundle.
        let mut names: LiteMap<u32, String> = LiteMap::new();
        for g in &trace.goroutines {
            names.insert(g.id, g.func.clone());
        }
        let (index, lanes) = SnapshotIndex::with_lanes(Arc::clone(&trace));
        let lanes = lanes
            .into_iter()
            .map(|l| LaneView {
                gid: l.gid,
                name: names.get(&l.gid).cloned().unwrap_or_default(),
                spans: l.spans,
            })
            .collect();
        let arrows = trace::arrows(&trace);
        let mut by_loc: LiteMap<u32, Vec<(usize, u32, bool)>> = LiteMap::new();
        let (mut selects, mut races) = (Vec::new(), Vec::new());
        for i in 0..trace.events.len() {
            // Most steps are of no interest here: only these are decoded.
            if !matches!(trace.events.kind(i), Some(Kind::Access | Kind::Race | Kind::Select)) {
                continue;
            }
            let e = trace.events.at(i);
            match e.kind {
                EventKind::Access { loc, write } => {
                    by_loc.entry(loc).or_default().push((i, e.gid, write))
                }
                EventKind::Race { loc, prev_step, kinds } => {
                    // Without a random seed, accesses are not steps of their own: the race
                    // still names both sides.
                    let prev = trace.events.get(prev_step as usize).map_or(0, |p| p.gid);
                    let acc = by_loc.entry(loc).or_default();
                    acc.push((prev_step as usize, prev, kinds & 2 != 0));
                    acc.push((i, e.gid, kinds & 1 != 0));
                    races.push(i);
                }
                EventKind::Select { .. } => selects.push(i),
                _ => {}
            }
        }
        let shared = by_loc
            .into_iter()
            .map(|(loc, mut acc)| {
                goroscope_core::sorting::sort(&mut acc);
                acc.dedup();
                (loc, acc)
            })
            .filter(|(_, acc)| acc.iter().any(|a| a.1 != acc[0].1))
            .collect();
        Model { index, lines, lanes, arrows, shared, selects, races }
    }

    fn trace(&self) -> &Trace {
        self.index.trace()
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    pub fn lanes(&self) -> &[LaneView] {
        &self.lanes
    }

    /// The arrows worth drawing with `per` steps to a pixel (parallel ones within a pixel
    /// or so are drawn once).
    pub fn arrows(&self, per: f64) -> Vec<ArrowView> {
        trace::thin_arrows(&self.arrows, per * 3.0)
            .into_iter()
            .map(|a| ArrowView {
                kind: match a.kind {
                    ArrowKind::Spawn => "spawn",
                    ArrowKind::Handoff { .. } => "handoff",
                    ArrowKind::Buffer { .. } => "buffer",
                    ArrowKind::Unlock { .. } => "unlock",
                    ArrowKind::WaitGroup { .. } => "waitgroup",
                    ArrowKind::Close { .. } => "close",
                },
                from_gid: a.from_gid,
                from_step: a.from_step,
                to_gid: a.to_gid,
                to_step: a.to_step,
            })
            .collect()
    }

    /// The index of goroutine `gid`'s first event at or after step `from`.
    pub fn next_event_of(&self, gid: u32, from: usize) -> Option<usize> {
        let events = &self.trace().events;
        (from..events.len()).find(|&i| events.gid(i) == gid)
    }

    /// (gid, state, wait reason) of every goroutine that exists at `step`.
    pub fn goroutine_states(&self, step: usize) -> Vec<(u32, &'static str, Option<String>)> {
        self.index
            .at(step)
            .goroutines
            .iter()
            .map(|g| {
                let reason = match g.state {
                    GoroutineState::Blocked(r) => Some(r.as_go().to_string()),
                    _ => None,
                };
                (g.gid, state_word(g.state), reason)
            })
            .collect()
    }

    /// (line, gid) of every live goroutine at `step`.
    pub fn current_lines(&self, step: usize) -> Vec<(u32, u32)> {
        self.index
            .at(step)
            .goroutines
            .iter()
            .filter(|g| g.state != GoroutineState::Done)
            .filter_map(|g| g.span.filter(|s| s.end > 0).map(|s| (self.lines.line(s.start), g.gid)))
            .collect()
    }

    pub fn objects(&self, step: usize) -> Objects {
        let snap = self.index.at(step);
        let t = self.trace();
        Objects {
            channels: snap
                .channels
                .iter()
                .map(|c| ChanView {
                    id: c.id,
                    name: trace::text::channel_name(t, c.id),
                    elem: t
                        .channels
                        .get(c.id as usize - 1)
                        .map(|i| i.elem_type.clone())
                        .unwrap_or_default(),
                    cap: c.cap as usize,
                    len: c.len,
                    closed: c.closed,
                    buf: c.buffer.clone(),
                    sendq: c.send_queue.iter().map(|s| s.gid).collect(),
                    recvq: c.recv_queue.clone(),
                })
                .collect(),
            mutexes: snap
                .mutexes
                .iter()
                .map(|m| MutexView {
                    name: t
                        .mutexes
                        .get(m.id as usize - 1)
                        .map(|i| i.name.clone())
                        .unwrap_or_default(),
                    owner: m.owner,
                    readers: m.readers.len() as u32,
                    waiters: m.waiters.iter().map(|w| w.gid).collect(),
                })
                .collect(),
            waitgroups: snap
                .waitgroups
                .iter()
                .map(|w| WgView {
                    name: t
                        .waitgroups
                        .get(w.id as usize - 1)
                        .map(|i| i.name.clone())
                        .unwrap_or_default(),
                    counter: w.counter,
                    waiters: w.waiters.clone(),
                })
                .collect(),
            now: snap.now,
            sleepers: snap
                .goroutines
                .iter()
                .filter(|g| g.state == GoroutineState::Sleeping)
                .filter_map(|g| match t.events.get(g.last_event?)?.kind {
                    EventKind::Sleep { until } => Some((g.gid, u64::from(until))),
                    _ => None,
                })
                .collect(),
            timers: snap
                .timers
                .iter()
                .filter_map(|x| {
                    let info = t.timers.get((x.id as usize).checked_sub(1)?)?;
                    Some(TimerView {
                        label: format!(
                            "{} at line {}",
                            info.kind.as_go(),
                            self.lines.line(info.span.start)
                        ),
                        ch: info.ch.map(|c| trace::text::channel_name(t, c)),
                        state: x.status(),
                        when: x.when,
                        fires: x.fires,
                    })
                })
                .collect(),
            selects: self.selects_at(&snap, step),
            shared: self.shared_at(step),
        }
    }

    /// Goroutines waiting in a `select`, then the latest choice made before `step`.
    fn selects_at(&self, snap: &trace::Snapshot, step: usize) -> Vec<String> {
        let mut out: Vec<String> = snap
            .goroutines
            .iter()
            .filter(|g| matches!(g.state, GoroutineState::Blocked(r) if r.as_go().starts_with("select")))
            .map(|g| format!("G{} waits in select", g.gid))
            .collect();
        let before = self.selects.partition_point(|&i| i < step);
        if let Some(&i) = before.checked_sub(1).and_then(|k| self.selects.get(k)) {
            let e = self.trace().events.at(i);
            if let EventKind::Select { case, ready } = e.kind {
                let ready: Vec<String> =
                    (0..32).filter(|b| ready & (1 << b) != 0).map(|b| b.to_string()).collect();
                let chose = case.map_or("default".to_string(), |c| format!("case {c}"));
                let ready = if ready.is_empty() { "none".to_string() } else { ready.join(", ") };
                out.push(format!("step {i}: G{} chose {chose} (ready cases: {ready})", e.gid));
            }
        }
        out
    }

    /// Shared variables as of `step` (accesses before it).
    fn shared_at(&self, step: usize) -> Vec<SharedView> {
        let t = self.trace();
        self.shared
            .iter()
            .filter_map(|(loc, acc)| {
                let seen = &acc[..acc.partition_point(|a| a.0 < step)];
                let last = seen.last().copied()?;
                let mut gids: Vec<u32> = seen.iter().map(|a| a.1).collect();
                goroscope_core::sorting::sort(&mut gids);
                gids.dedup();
                let races = seen
                    .iter()
                    .filter(|a| matches!(t.events.at(a.0).kind, EventKind::Race { loc: l, .. } if l == *loc))
                    .count();
                Some(SharedView { name: t.text(*loc).to_string(), gids, last: Some(last), races })
            })
            .collect()
    }

    /// Every data race of the run.
    pub fn races(&self) -> Vec<RaceView> {
        let t = self.trace();
        self.races
            .iter()
            .filter_map(|&i| match t.events.at(i).kind {
                EventKind::Race { loc, prev_step, kinds } => Some(RaceView {
                    sentence: trace::text::race_sentence(
                        t,
                        t.events.at(i).gid,
                        loc,
                        prev_step,
                        kinds,
                    ),
                    step: i,
                    prev_step: prev_step as usize,
                }),
                _ => None,
            })
            .collect()
    }

    /// stdout and stderr printed up to `step`.
    pub fn output(&self, step: usize) -> (String, String) {
        let snap = self.index.at(step);
        (snap.stdout, snap.stderr)
    }

    /// The trace's fingerprint, in hex (the CLI's `goroscope fingerprint` prints the same).
    /// The run as a standalone SVG picture (what `goroscope svg` writes).
    pub fn svg(&self, animate: bool) -> String {
        trace::svg::svg(
            self.trace(),
            "main.go",
            trace::svg::SvgOptions { animate, ..Default::default() },
        )
    }

    pub fn fingerprint(&self) -> String {
        format!("{:016x}", self.trace().fingerprint())
    }

    /// The outcome kind (as `data-kind`) and Go's text for it.
    pub fn outcome(&self) -> (&'static str, String) {
        let t = self.trace();
        let raced = t.events.iter().any(|e| matches!(e.kind, trace::EventKind::Race { .. }));
        let kind = match &t.outcome {
            Outcome::Exited { .. } if raced => "race",
            Outcome::Exited { .. } => "exited",
            Outcome::Deadlock { .. } => "deadlock",
            Outcome::Panic { .. } | Outcome::Fatal { .. } => "panic",
            Outcome::Limit { .. } => "limit",
        };
        let text = match &t.outcome {
            Outcome::Exited { .. } if raced => self.index.at(self.len()).stderr,
            Outcome::Exited { code } => format!("Program exited with status {code}."),
            Outcome::Limit { which } => {
                format!("Stopped at the {}; showing what ran until then.", which.name())
            }
            _ => self.index.at(self.len()).stderr,
        };
        // After Go's words, the wait-for explanation Go does not give.
        let why = trace::explain::deadlock(t);
        let text = if why.is_empty() { text } else { format!("{text}\nWhy:\n{}", why.join("\n")) };
        // Lock-order cycles, found when they close, even if the program then went on.
        let cycles: Vec<String> = trace::explain::lock_cycles(t).into_iter().map(|c| c.1).collect();
        let text = if cycles.is_empty() { text } else { format!("{text}\n{}", cycles.join("\n")) };
        // Goroutines main left blocked: Go says nothing of them.
        let leaks = trace::explain::leaked(t, "main.go");
        let text = if leaks.is_empty() {
            text
        } else {
            format!(
                "{text}\nGoroutines left blocked when the program ended (Go reports nothing):\n{}",
                leaks.join("\n")
            )
        };
        (kind, text)
    }

    /// A sentence about the event that leads to `step`.
    pub fn narrate(&self, step: usize) -> String {
        if step == 0 {
            return "Before the first step: main is about to start.".into();
        }
        self.index.narrate(step - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(src: &str) -> Model {
        Model::build(src, 0).expect("compiles")
    }

    const OVERFLOW: &str = include_str!("../../../examples/seed/10_buffered_channel_deadlock.go");
    const WAITGROUP: &str = include_str!("../../../examples/seed/03_waitgroup.go");

    #[test]
    fn buffered_overflow_ends_with_a_full_buffer_and_main_blocked() {
        let m = model(OVERFLOW);
        let end = m.len();
        let o = m.objects(end);
        assert_eq!(o.channels.len(), 1);
        assert_eq!((o.channels[0].len, o.channels[0].cap), (2, 2));
        assert_eq!(o.channels[0].buf, vec!["\"ping 1\"", "\"ping 2\""]);
        assert_eq!(o.channels[0].sendq, vec![1]);
        let states = m.goroutine_states(end);
        assert_eq!(states[0].1, "blocked");
        assert_eq!(states[0].2.as_deref(), Some("chan send"));
        assert_eq!(m.outcome().0, "deadlock");
        assert!(m.outcome().1.starts_with("fatal error: all goroutines are asleep - deadlock!"));
    }

    #[test]
    fn waitgroup_example_has_nine_lanes_all_done_at_the_end() {
        let m = model(WAITGROUP);
        assert_eq!(m.lanes().len(), 9);
        assert!(m.goroutine_states(m.len()).iter().all(|(_, s, _)| *s == "done"));
        assert!(m.output(m.len()).0.contains("Heraclitus"));
        assert_eq!(m.output(0).0, "");
        // States come in goroutine order (the timeline looks them up by binary search).
        for step in 0..=m.len() {
            let gids: Vec<u32> = m.goroutine_states(step).iter().map(|g| g.0).collect();
            assert!(gids.windows(2).all(|w| w[0] < w[1]), "step {step}: {gids:?}");
        }
        // Downsampled lanes still cover each goroutine's life, one span per pixel at most.
        for lane in m.lanes() {
            let drawn = lane.drawn(7.5);
            let (first, last) = (lane.spans[0].from as f64, lane.spans.last().unwrap().to as f64);
            assert_eq!((drawn[0].0, drawn.last().unwrap().1), (first, last));
            assert!(drawn.len() as f64 <= ((last - first) / 7.5).ceil() + 1.0);
        }
        // Lanes are contiguous spans.
        for lane in m.lanes() {
            assert!(
                lane.spans.windows(2).all(|w| w[0].to == w[1].from),
                "lane {} has gaps",
                lane.gid
            );
        }
    }

    #[test]
    fn the_blog_s_map_race_is_an_outcome() {
        let m = model(include_str!("../../../examples/seed/07_url_fetcher_race.go"));
        let (kind, text) = m.outcome();
        assert_eq!(kind, "race", "{text}");
        assert!(text.contains("WARNING: DATA RACE"));
        let fixed = model(include_str!("../../../examples/seed/08_url_fetcher_mutex.go"));
        assert_eq!(fixed.outcome().0, "exited");
    }

    #[test]
    fn races_name_both_accesses_and_shared_variables_are_flagged() {
        let m = model(include_str!("../../../examples/seed/07_url_fetcher_race.go"));
        let races = m.races();
        assert!(!races.is_empty());
        for r in &races {
            assert!(r.prev_step < r.step && r.step < m.len(), "{r:?}");
            assert!(r.sentence.starts_with("Data race on "), "{}", r.sentence);
        }
        let end = m.objects(m.len()).shared;
        assert!(end.iter().any(|v| v.races > 0 && v.gids.len() > 1), "{end:?}");
        // Before the first access nothing is shown; the clean version has no racy variable.
        assert!(m.objects(0).shared.is_empty());
        let fixed = model(include_str!("../../../examples/seed/08_url_fetcher_mutex.go"));
        assert!(fixed.races().is_empty());
        assert!(fixed.objects(fixed.len()).shared.iter().all(|v| v.races == 0));
    }

    #[test]
    fn selects_timers_and_leaks_are_described() {
        let m = model(include_str!("../../../examples/patterns/select_timeout.go"));
        let lines: Vec<String> = (0..=m.len()).flat_map(|i| m.objects(i).selects).collect();
        assert!(lines.iter().any(|l| l == "G1 waits in select"), "{lines:?}");
        let ready = model(
            "package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- 1\n\tselect {\n\tcase v := <-ch:\n\t\tprintln(v)\n\tdefault:\n\t}\n}\n",
        );
        let lines = ready.objects(ready.len()).selects;
        assert!(lines.iter().any(|l| l.ends_with("G1 chose case 0 (ready cases: 0)")), "{lines:?}");
        let slept = (0..=m.len()).any(|i| !m.objects(i).sleepers.is_empty());
        assert!(slept && m.objects(m.len()).now > 0);
        let timers: Vec<TimerView> = (0..=m.len()).flat_map(|i| m.objects(i).timers).collect();
        assert!(timers.iter().any(|x| x.state == "armed" && x.when.is_some()), "{timers:?}");
        assert!(timers.iter().all(|x| x.label.starts_with("time.After at line ")), "{timers:?}");
        let ticker = model(include_str!("../../../examples/patterns/ticker.go"));
        let end = ticker.objects(ticker.len()).timers;
        assert!(
            end.iter().any(|x| x.label.starts_with("time.NewTicker") && x.fires > 1),
            "{end:?}"
        );
        let leak = model(
            "package main\n\nimport \"time\"\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\ttime.Sleep(time.Millisecond)\n}\n",
        );
        let (kind, text) = leak.outcome();
        assert_eq!(kind, "exited");
        assert!(text.contains("left blocked") && text.contains("G2"), "{text}");
    }

    #[test]
    fn next_event_of_a_goroutine_skips_the_others() {
        let m = model(WAITGROUP);
        let first = m.next_event_of(5, 0).expect("G5 acts");
        assert_eq!(m.trace().events.at(first).gid, 5);
        assert!(m.trace().events.range(0..first).all(|e| e.gid != 5));
        assert_eq!(m.next_event_of(99, 0), None);
    }

    #[test]
    fn deadlocks_are_explained() {
        let m = model(OVERFLOW);
        let text = m.outcome().1;
        assert!(
            text.contains("G1 waits to send on message (buffer 2/2 full): nobody receives, and no other goroutine is left."),
            "{text}"
        );
        let p = model(include_str!("../../../examples/patterns/dining_philosophers_deadlock.go"));
        let text = p.outcome().1;
        assert!(text.contains("waits in wg.Wait() for 3 more Done calls"), "{text}");
        assert!(text.contains("waits to lock"), "{text}");
    }

    #[test]
    fn a_spinning_program_stops_at_a_budget_and_keeps_its_output() {
        let m = model(
            "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"before\")\n\tfor {\n\t}\n}\n",
        );
        assert_eq!(m.outcome().0, "limit");
        assert_eq!(m.output(m.len()).0, "before\n");
    }

    #[test]
    fn compile_errors_come_back_with_positions() {
        let Err(d) = Model::build("package main\n\nfunc main() {\n\tx := 1\n}\n", 0) else {
            panic!("should not compile")
        };
        assert_eq!(d, vec![Diag { line: 4, col: 2, message: "declared and not used: x".into() }]);
    }

    #[test]
    fn narration_names_channels_and_goroutines() {
        let m = model(OVERFLOW);
        let all: Vec<String> = (1..=m.len()).map(|s| m.narrate(s)).collect();
        assert!(all.iter().any(|n| n.contains("sends \"ping 1\" into message")), "{all:#?}");
        assert!(
            all.iter().any(|n| n.contains("G1 blocks: send on message, buffer full 2/2")),
            "{all:#?}"
        );
    }
}
