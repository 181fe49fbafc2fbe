//! The view model: a trace plus what the panels need at any cursor step, derived by folding
//! the events (with a checkpoint every `CHECKPOINT` steps, so any step costs a bounded fold).

use goroscope_core::LineIndex;
use goroscope_core::runtime::{Config, run};
use goroscope_core::trace::{EventKind, Outcome, Trace, Via, WaitReason};
use std::collections::BTreeMap;

const CHECKPOINT: usize = 256;

/// Steps the web UI simulates at most, so a runaway program stops quickly and still shows
/// what it did.
pub const MAX_STEPS: u64 = 200_000;

/// A compile error for the editor: position and Go's message.
#[derive(Clone, Debug, PartialEq)]
pub struct Diag {
    pub line: u32,
    pub col: u32,
    pub message: String,
}

/// A goroutine's state at a step.
#[derive(Clone, Debug, PartialEq)]
pub struct GState {
    pub state: &'static str,
    pub reason: Option<WaitReason>,
    pub line: u32,
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

/// Channels, mutexes and WaitGroups at a step.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Objects {
    pub channels: Vec<ChanView>,
    pub mutexes: Vec<MutexView>,
    pub waitgroups: Vec<WgView>,
}

/// The state after some steps.
#[derive(Clone, Debug, Default, PartialEq)]
struct Fold {
    gs: BTreeMap<u32, GState>,
    running: Option<u32>,
    objects: Objects,
    stdout_len: usize,
    stderr_len: usize,
}

/// A lane: a goroutine's states as (from, to, state) spans.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneView {
    pub gid: u32,
    pub name: String,
    pub spans: Vec<(u32, u32, &'static str)>,
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

pub struct Model {
    pub trace: Trace,
    lines: LineIndex,
    checkpoints: Vec<Fold>,
    lanes: Vec<LaneView>,
    arrows: Vec<ArrowView>,
    /// All output text, and where each step's output ends.
    stdout: String,
    stderr: String,
}

impl Model {
    pub fn build(src: &str, seed: u64) -> Result<Model, Vec<Diag>> {
        let config = Config {
            seed,
            max_steps: MAX_STEPS,
            file_name: "/tmp/main.go".into(),
            ..Config::default()
        };
        match run(src, config) {
            Ok(r) => Ok(Model::new(r.trace)),
            Err(e) => {
                let idx = LineIndex::new(src);
                Err(e
                    .diagnostics
                    .iter()
                    .map(|d| {
                        let lc = idx.line_col(d.span.start);
                        Diag {
                            line: lc.line,
                            col: lc.col,
                            message: d.message.lines().next().unwrap_or("").to_string(),
                        }
                    })
                    .collect())
            }
        }
    }

    pub fn new(trace: Trace) -> Model {
        let lines = LineIndex::new(&trace.source);
        let mut m = Model {
            lines,
            checkpoints: Vec::new(),
            lanes: Vec::new(),
            arrows: Vec::new(),
            stdout: String::new(),
            stderr: String::new(),
            trace,
        };
        let mut fold = Fold::default();
        m.init_objects(&mut fold);
        fold.gs.insert(1, GState { state: "runnable", reason: None, line: 0 });
        let mut spans: BTreeMap<u32, Vec<(u32, u32, &'static str)>> = BTreeMap::new();
        for i in 0..m.trace.events.len() {
            if i % CHECKPOINT == 0 {
                m.checkpoints.push(fold.clone());
            }
            m.apply(&mut fold, i);
            for (gid, g) in &fold.gs {
                let lane = spans.entry(*gid).or_default();
                match lane.last_mut() {
                    Some(last) if last.2 == g.state => last.1 = i as u32 + 1,
                    _ => {
                        let from = lane.last().map(|l| l.1).unwrap_or(i as u32);
                        lane.push((from, i as u32 + 1, g.state));
                    }
                }
            }
        }
        m.checkpoints.push(fold);
        m.lanes = m
            .trace
            .goroutines
            .iter()
            .map(|g| LaneView {
                gid: g.id,
                name: g.func.clone(),
                spans: spans.remove(&g.id).unwrap_or_default(),
            })
            .collect();
        m.arrows = m.compute_arrows();
        m
    }

    fn init_objects(&self, _fold: &mut Fold) {}

    fn apply(&mut self, f: &mut Fold, i: usize) {
        let e = &self.trace.events[i];
        let line = self.lines.line(e.span.start);
        let gid = e.gid;
        // Events about a parked goroutine (its wake-up, a value handed to it) are done by
        // another goroutine: they do not make it the running one.
        let parked = f.gs.get(&gid).is_some_and(|g| matches!(g.state, "blocked" | "sleeping"));
        if gid != 0 && !parked {
            if let Some(prev) = f.running.filter(|p| *p != gid) {
                if let Some(g) = f.gs.get_mut(&prev).filter(|g| g.state == "running") {
                    g.state = "runnable";
                }
            }
            let g = f.gs.entry(gid).or_insert(GState { state: "runnable", reason: None, line });
            g.line = line;
            if g.state == "runnable" {
                g.state = "running";
            }
            f.running = Some(gid);
        }
        match &e.kind {
            EventKind::Spawn { child } => {
                let cl = self
                    .trace
                    .goroutines
                    .iter()
                    .find(|g| g.id == *child)
                    .and_then(|g| g.spawn_span)
                    .map(|s| self.lines.line(s.start))
                    .unwrap_or(line);
                f.gs.insert(*child, GState { state: "runnable", reason: None, line: cl });
            }
            EventKind::Block { reason, obj } => {
                if let Some(g) = f.gs.get_mut(&gid) {
                    g.state = "blocked";
                    g.reason = Some(*reason);
                }
                f.running = None;
                let o = &mut f.objects;
                match (reason, obj) {
                    (WaitReason::ChanSend, Some(c)) => {
                        chan(o, *c).map(|c| c.sendq.push(gid)).unwrap_or(())
                    }
                    (WaitReason::ChanReceive, Some(c)) => {
                        chan(o, *c).map(|c| c.recvq.push(gid)).unwrap_or(())
                    }
                    (
                        WaitReason::MutexLock | WaitReason::RWMutexLock | WaitReason::RWMutexRLock,
                        Some(m),
                    ) => {
                        if let Some(m) = o.mutexes.get_mut(*m as usize - 1) {
                            m.waiters.push(gid);
                        }
                    }
                    (WaitReason::WaitGroupWait, Some(w)) => {
                        if let Some(w) = o.waitgroups.get_mut(*w as usize - 1) {
                            w.waiters.push(gid);
                        }
                    }
                    _ => {}
                }
            }
            EventKind::Wake { .. } => {
                if let Some(g) = f.gs.get_mut(&gid) {
                    g.state = "runnable";
                    g.reason = None;
                }
                if f.running == Some(gid) {
                    f.running = None;
                }
                let o = &mut f.objects;
                for c in &mut o.channels {
                    c.sendq.retain(|g| *g != gid);
                    c.recvq.retain(|g| *g != gid);
                }
                for m in &mut o.mutexes {
                    m.waiters.retain(|g| *g != gid);
                }
                for w in &mut o.waitgroups {
                    w.waiters.retain(|g| *g != gid);
                }
            }
            EventKind::MakeChan { ch } => {
                if let Some(info) = self.trace.channels.get(*ch as usize - 1) {
                    f.objects.channels.push(ChanView {
                        id: info.id,
                        name: info.name.clone().unwrap_or_else(|| format!("ch{}", info.id)),
                        elem: info.elem_type.clone(),
                        cap: info.cap as usize,
                        len: 0,
                        closed: false,
                        buf: Vec::new(),
                        sendq: Vec::new(),
                        recvq: Vec::new(),
                    });
                }
            }
            EventKind::Send { ch, value, via: Via::Buffer } => {
                let v = self.trace.text(*value).to_string();
                if let Some(c) = chan(&mut f.objects, *ch) {
                    c.buf.push(v);
                    c.len = c.buf.len();
                }
            }
            EventKind::Recv { ch, via: Via::Buffer, .. } => {
                if let Some(c) = chan(&mut f.objects, *ch) {
                    if !c.buf.is_empty() {
                        c.buf.remove(0);
                    }
                    c.len = c.buf.len();
                }
            }
            EventKind::Close { ch } => {
                if let Some(c) = chan(&mut f.objects, *ch) {
                    c.closed = true;
                }
            }
            EventKind::Lock { mutex, read } => {
                self.ensure_mutex(f, *mutex);
                if let Some(m) = f.objects.mutexes.get_mut(*mutex as usize - 1) {
                    if *read {
                        m.readers += 1
                    } else {
                        m.owner = Some(gid)
                    }
                    m.waiters.retain(|g| *g != gid);
                }
            }
            EventKind::Unlock { mutex, read } => {
                self.ensure_mutex(f, *mutex);
                if let Some(m) = f.objects.mutexes.get_mut(*mutex as usize - 1) {
                    if *read { m.readers = m.readers.saturating_sub(1) } else { m.owner = None }
                }
            }
            EventKind::WaitGroupAdd { wg, counter, .. } => {
                self.ensure_wg(f, *wg);
                if let Some(w) = f.objects.waitgroups.get_mut(*wg as usize - 1) {
                    w.counter = *counter;
                }
            }
            EventKind::WaitGroupWait { wg } => self.ensure_wg(f, *wg),
            EventKind::Sleep { .. } => {
                if let Some(g) = f.gs.get_mut(&gid) {
                    g.state = "sleeping";
                }
                f.running = None;
            }
            EventKind::Print { text, stderr } => {
                let t = self.trace.text(*text).to_string();
                if *stderr {
                    self.stderr.push_str(&t);
                } else {
                    self.stdout.push_str(&t);
                }
                f.stdout_len = self.stdout.len();
                f.stderr_len = self.stderr.len();
            }
            EventKind::Exit => {
                if let Some(g) = f.gs.get_mut(&gid) {
                    g.state = "done";
                }
                f.running = None;
                if gid == 1 {
                    // main returned: every other goroutine dies with it.
                    for g in f.gs.values_mut() {
                        g.state = "done";
                    }
                }
            }
            EventKind::Yield => {
                if let Some(g) = f.gs.get_mut(&gid) {
                    g.state = "runnable";
                }
                f.running = None;
            }
            _ => {}
        }
    }

    fn ensure_mutex(&self, f: &mut Fold, id: u32) {
        while f.objects.mutexes.len() < id as usize {
            let n = f.objects.mutexes.len();
            let name = self.trace.mutexes.get(n).map(|m| m.name.clone()).unwrap_or_default();
            f.objects.mutexes.push(MutexView {
                name,
                owner: None,
                readers: 0,
                waiters: Vec::new(),
            });
        }
    }

    fn ensure_wg(&self, f: &mut Fold, id: u32) {
        while f.objects.waitgroups.len() < id as usize {
            let n = f.objects.waitgroups.len();
            let name = self.trace.waitgroups.get(n).map(|w| w.name.clone()).unwrap_or_default();
            f.objects.waitgroups.push(WgView { name, counter: 0, waiters: Vec::new() });
        }
    }

    fn compute_arrows(&self) -> Vec<ArrowView> {
        let mut out = Vec::new();
        for (i, e) in self.trace.events.iter().enumerate() {
            match &e.kind {
                EventKind::Spawn { child } => out.push(ArrowView {
                    kind: "spawn",
                    from_gid: e.gid,
                    from_step: i as u32,
                    to_gid: *child,
                    to_step: i as u32 + 1,
                }),
                EventKind::Send { via: Via::Handoff { partner }, .. } => out.push(ArrowView {
                    kind: "handoff",
                    from_gid: e.gid,
                    from_step: i as u32,
                    to_gid: *partner,
                    to_step: i as u32 + 1,
                }),
                _ => {}
            }
        }
        out
    }

    /// The fold after `step` events.
    fn fold_at(&self, step: usize) -> Fold {
        let step = step.min(self.trace.events.len());
        let k = step / CHECKPOINT;
        let mut f = self.checkpoints.get(k).cloned().unwrap_or_default();
        // Re-apply events after the checkpoint; output positions come from the fold.
        let mut scratch = Model {
            trace: Trace { events: Vec::new(), ..self.trace.clone_shallow() },
            lines: self.lines.clone(),
            checkpoints: Vec::new(),
            lanes: Vec::new(),
            arrows: Vec::new(),
            stdout: self.stdout[..f.stdout_len].to_string(),
            stderr: self.stderr[..f.stderr_len].to_string(),
        };
        scratch.trace.events = self.trace.events[k * CHECKPOINT..step].to_vec();
        for i in 0..scratch.trace.events.len() {
            scratch.apply(&mut f, i);
        }
        f
    }

    pub fn len(&self) -> usize {
        self.trace.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.trace.events.is_empty()
    }

    pub fn lanes(&self) -> &[LaneView] {
        &self.lanes
    }

    pub fn arrows(&self) -> &[ArrowView] {
        &self.arrows
    }

    /// (gid, state, wait reason) of every goroutine that exists at `step`.
    pub fn goroutine_states(&self, step: usize) -> Vec<(u32, &'static str, Option<String>)> {
        self.fold_at(step)
            .gs
            .iter()
            .map(|(g, s)| (*g, s.state, s.reason.map(|r| r.as_go().to_string())))
            .collect()
    }

    /// (line, gid) of every live goroutine at `step`.
    pub fn current_lines(&self, step: usize) -> Vec<(u32, u32)> {
        self.fold_at(step)
            .gs
            .iter()
            .filter(|(_, s)| s.state != "done" && s.line > 0)
            .map(|(g, s)| (s.line, *g))
            .collect()
    }

    pub fn objects(&self, step: usize) -> Objects {
        self.fold_at(step).objects
    }

    /// stdout and stderr printed up to `step`.
    pub fn output(&self, step: usize) -> (String, String) {
        let f = self.fold_at(step);
        (self.stdout[..f.stdout_len].to_string(), self.stderr[..f.stderr_len].to_string())
    }

    /// The outcome kind (as `data-kind`) and Go's text for it.
    pub fn outcome(&self) -> (&'static str, String) {
        let kind = match &self.trace.outcome {
            Outcome::Exited { .. } => "exited",
            Outcome::Deadlock { .. } => "deadlock",
            Outcome::Panic { .. } | Outcome::Fatal { .. } => "panic",
            Outcome::Limit { .. } => "limit",
        };
        let text = match &self.trace.outcome {
            Outcome::Exited { code } => format!("Program exited with status {code}."),
            Outcome::Limit { which } => format!(
                "Stopped at the {} ({MAX_STEPS} steps); showing what ran so far.",
                which.name()
            ),
            _ => self.stderr.clone(),
        };
        (kind, text)
    }

    /// A sentence about the event that leads to `step`.
    pub fn narrate(&self, step: usize) -> String {
        if step == 0 {
            return "Before the first step: main is about to start.".into();
        }
        let Some(e) = self.trace.events.get(step - 1) else { return String::new() };
        let who = format!("G{}", e.gid);
        let line = self.lines.line(e.span.start);
        let chan_name = |id: &u32| {
            self.trace
                .channels
                .get(*id as usize - 1)
                .and_then(|c| c.name.clone())
                .unwrap_or_else(|| format!("ch{id}"))
        };
        let what = match &e.kind {
            EventKind::Spawn { child } => format!("{who} starts G{child}"),
            EventKind::Block { reason, .. } => format!("{who} blocks [{}]", reason.as_go()),
            EventKind::Wake { by: 0 } => format!("{who} wakes up (timer)"),
            EventKind::Wake { by } => format!("{who} is woken by G{by}"),
            EventKind::MakeChan { ch } => format!("{who} makes channel {}", chan_name(ch)),
            EventKind::Send { ch, value, via } => format!(
                "{who} sends {} on {}{}",
                self.trace.text(*value),
                chan_name(ch),
                via_text(via)
            ),
            EventKind::Recv { ch, value, via } => format!(
                "{who} receives {} from {}{}",
                self.trace.text(*value),
                chan_name(ch),
                via_text(via)
            ),
            EventKind::Close { ch } => format!("{who} closes {}", chan_name(ch)),
            EventKind::Select { case: Some(c), .. } => format!("{who} selects case {}", c + 1),
            EventKind::Select { case: None, .. } => format!("{who} selects default"),
            EventKind::Lock { read, .. } => {
                format!("{who} {}", if *read { "read-locks" } else { "locks" })
            }
            EventKind::Unlock { read, .. } => {
                format!("{who} {}", if *read { "read-unlocks" } else { "unlocks" })
            }
            EventKind::WaitGroupAdd { delta, counter, .. } => {
                format!("{who} adds {delta} to the WaitGroup (now {counter})")
            }
            EventKind::WaitGroupWait { .. } => format!("{who} passes wg.Wait"),
            EventKind::Sleep { .. } => format!("{who} sleeps"),
            EventKind::TimeAdvance { now } => {
                format!("Time advances to {}", goroscope_core_duration(now.get()))
            }
            EventKind::Print { .. } => format!("{who} prints"),
            EventKind::Access { loc, write } => format!(
                "{who} {} {}",
                if *write { "writes" } else { "reads" },
                self.trace.text(*loc)
            ),
            EventKind::Yield => format!("{who} yields"),
            EventKind::Exit => format!("{who} exits"),
            EventKind::Panic { message } => format!("{who} panics: {}", self.trace.text(*message)),
        };
        if e.gid == 0 { what } else { format!("{what} (line {line})") }
    }
}

fn via_text(v: &Via) -> String {
    match v {
        Via::Buffer => " (buffer)".into(),
        Via::Handoff { partner } => format!(" (handoff with G{partner})"),
        Via::Closed => " (channel closed)".into(),
    }
}

fn goroscope_core_duration(ns: u64) -> String {
    if ns % 1_000_000_000 == 0 {
        format!("{}s", ns / 1_000_000_000)
    } else {
        format!("{}ms", ns as f64 / 1e6)
    }
}

fn chan(o: &mut Objects, id: u32) -> Option<&mut ChanView> {
    o.channels.iter_mut().find(|c| c.id == id)
}

trait CloneShallow {
    fn clone_shallow(&self) -> Trace;
}

impl CloneShallow for Trace {
    /// A copy without events (the tables are small).
    fn clone_shallow(&self) -> Trace {
        Trace {
            format_version: self.format_version,
            source: String::new(),
            goroutines: self.goroutines.clone(),
            channels: self.channels.clone(),
            mutexes: self.mutexes.clone(),
            waitgroups: self.waitgroups.clone(),
            strings: self.strings.clone(),
            events: Vec::new(),
            schedule: Default::default(),
            outcome: self.outcome.clone(),
        }
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
    fn checkpointed_state_equals_the_plain_fold_at_every_step() {
        let m = model(WAITGROUP);
        let mut f = Fold::default();
        f.gs.insert(1, GState { state: "runnable", reason: None, line: 0 });
        let mut scratch = Model::new(m.trace.clone());
        scratch.stdout.clear();
        scratch.stderr.clear();
        for step in 0..=m.len() {
            assert_eq!(m.fold_at(step), f, "step {step}");
            if step < m.len() {
                scratch.apply(&mut f, step);
            }
        }
    }

    #[test]
    fn waitgroup_example_has_nine_lanes_all_done_at_the_end() {
        let m = model(WAITGROUP);
        assert_eq!(m.lanes().len(), 9);
        assert!(m.goroutine_states(m.len()).iter().all(|(_, s, _)| *s == "done"));
        assert!(m.output(m.len()).0.contains("Heraclitus"));
        assert_eq!(m.output(0).0, "");
        // Lanes are contiguous spans.
        for lane in m.lanes() {
            assert!(lane.spans.windows(2).all(|w| w[0].1 == w[1].0), "lane {} has gaps", lane.gid);
        }
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
        assert!(all.iter().any(|n| n.contains("sends \"ping 1\" on message")), "{all:#?}");
        assert!(all.iter().any(|n| n.contains("G1 blocks [chan send]")), "{all:#?}");
    }
}
