//! Traces as text: `text` is the stable dump used by fixture snapshots, the CLI and the UI's
//! text-only view (one line per event, then the outcome); `narrate` is one plain-language
//! sentence per event, for screen readers and the UI's caption.

use super::snapshot::{Aux, SnapshotIndex, State};
use super::{EventKind, Outcome, Trace, Via, WaitReason};
use crate::syntax::span::{LineIndex, Span};

/// The file name the dump shows next to line numbers (traces do not record one).
pub const DEFAULT_FILE_NAME: &str = "main.go";

/// The dump with positions shown as `main.go:LINE`.
pub fn text(trace: &Trace) -> String {
    text_named(trace, DEFAULT_FILE_NAME)
}

/// The dump, one line per event and a last line for the outcome:
///
/// ```text
///    3 g2 main.main.func1  send ch1 "ping" (handoff g1)  main.go:12
/// ```
///
/// Columns are padded to the widest entry of the trace, so a dump is stable for a given trace.
pub fn text_named(trace: &Trace, file_name: &str) -> String {
    let lines = LineIndex::new(&trace.source);
    let aux = Aux::new(trace);
    let mut st = State::new(trace);
    let mut rows = Vec::with_capacity(trace.events.len());
    for (i, e) in trace.events.iter().enumerate() {
        st.apply(trace, &aux, i);
        let loc = if e.span == Span::default() {
            String::new()
        } else {
            format!("{file_name}:{}", lines.line(e.span.start))
        };
        rows.push((format!("g{}", e.gid), func_name(trace, e.gid), describe(trace, i, &st), loc));
    }
    let w_gid = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let w_func = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0).min(24);
    let w_desc = rows.iter().map(|r| r.2.chars().count()).max().unwrap_or(0).min(56);
    let mut out = String::new();
    for (i, (gid, func, desc, loc)) in rows.iter().enumerate() {
        let line = format!("{i:>4} {gid:<w_gid$} {func:<w_func$}  {desc:<w_desc$}  {loc}");
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str(&outcome_line(trace, &lines, file_name));
    out.push('\n');
    // Go says nothing about lock-order cycles while other goroutines run, nor about
    // goroutines still blocked when main returns; the dump does.
    for (_, line) in super::explain::lock_cycles(trace) {
        out.push_str(&line);
        out.push('\n');
    }
    for line in super::explain::leaked(trace, file_name) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn func_name(trace: &Trace, gid: u32) -> String {
    if gid == 0 {
        return "runtime".into();
    }
    trace.goroutines.iter().find(|g| g.id == gid).map_or_else(|| "?".into(), |g| g.func.clone())
}

/// `exited 0`, `deadlock: g1 [chan send] main.go:13, …`, `panic in g3: boom`, …
fn outcome_line(trace: &Trace, lines: &LineIndex, file_name: &str) -> String {
    match &trace.outcome {
        Outcome::Exited { code } => format!("exited {code}"),
        Outcome::Deadlock { blocked } => {
            let list: Vec<String> = blocked
                .iter()
                .map(|b| {
                    format!(
                        "g{} [{}] {file_name}:{}",
                        b.gid,
                        b.reason.as_go(),
                        lines.line(b.span.start)
                    )
                })
                .collect();
            format!("deadlock: {}", list.join(", "))
        }
        Outcome::Panic { gid, message } => format!("panic in g{gid}: {message}"),
        Outcome::Fatal { message } => format!("fatal error: {message}"),
        Outcome::Limit { which } => format!("stopped: {}", which.name()),
    }
}

fn chan_id(ch: u32) -> String {
    format!("ch{ch}")
}

/// The dump's description of event `i`; `after` is the state after it.
fn describe(trace: &Trace, i: usize, after: &State) -> String {
    let Some(e) = trace.events.get(i) else { return String::new() };
    // A value "through the buffer" of an unbuffered channel is a timer's delivery.
    let fill = |ch: u32| {
        let len = after.chan(ch).map_or(0, |c| c.buffer.len());
        match trace.channels.get((ch as usize).wrapping_sub(1)).map_or(0, |c| c.cap) {
            0 => "timer".to_string(),
            cap => format!("buffer {len}/{cap}"),
        }
    };
    match e.kind {
        EventKind::Spawn { child } => format!("go g{child} {}", func_name(trace, child)),
        EventKind::Block { reason, obj } => {
            let obj = match (reason, obj) {
                (_, None) => String::new(),
                (
                    WaitReason::MutexLock | WaitReason::RWMutexLock | WaitReason::RWMutexRLock,
                    Some(m),
                ) => format!(" m{m}"),
                (WaitReason::WaitGroupWait, Some(w)) => format!(" wg{w}"),
                (_, Some(ch)) => format!(" {}", chan_id(ch)),
            };
            format!("block [{}]{obj}", reason.as_go())
        }
        EventKind::Wake { by: 0 } => "wake by timer".into(),
        EventKind::Wake { by } => format!("wake by g{by}"),
        EventKind::MakeChan { ch } => {
            let (ty, cap, name) = trace
                .channels
                .get((ch as usize).wrapping_sub(1))
                .map_or((String::new(), 0, None), |c| (c.elem_type.clone(), c.cap, c.name.clone()));
            let name = name.map(|n| format!(" {n}")).unwrap_or_default();
            format!("make {}{name} (chan {ty}, cap {cap})", chan_id(ch))
        }
        EventKind::Send { ch, value, via } => {
            format!("send {} {} ({})", chan_id(ch), trace.text(value), via_text(via, || fill(ch)))
        }
        EventKind::Recv { ch, value, via } => {
            format!("recv {} = {} ({})", chan_id(ch), trace.text(value), via_text(via, || fill(ch)))
        }
        EventKind::Close { ch } => format!("close {}", chan_id(ch)),
        EventKind::Select { case: Some(c), ready } => {
            format!("select case {c} (ready {})", bits(ready))
        }
        EventKind::Select { case: None, .. } => "select default".into(),
        EventKind::Lock { mutex, read } => format!("{}lock m{mutex}", if read { "r" } else { "" }),
        EventKind::Unlock { mutex, read } => {
            format!("{}unlock m{mutex}", if read { "r" } else { "" })
        }
        EventKind::WaitGroupAdd { wg, delta, counter } => {
            format!("wg{wg} add {delta:+} = {counter}")
        }
        EventKind::WaitGroupWait { wg } => format!("wg{wg} wait (counter 0)"),
        EventKind::Sleep { until } => format!("sleep until {}", duration(until.get())),
        EventKind::TimeAdvance { now } => format!("time advances to {}", duration(now.get())),
        EventKind::TimerSet { timer, when } if is_reset(trace, i, timer) => {
            format!("reset t{timer}: fires at {}", duration(when.get()))
        }
        EventKind::TimerSet { timer, when } => {
            format!("{} t{timer} fires at {}", timer_func(trace, timer), duration(when.get()))
        }
        EventKind::TimerStop { timer, active } => {
            format!("stop t{timer}{}", if active { "" } else { " (not armed)" })
        }
        EventKind::TimerFire { timer } => format!("t{timer} fires"),
        EventKind::Print { text, stderr } => {
            let to = if stderr { "stderr" } else { "print" };
            format!("{to} {}", quote_short(trace.text(text), 40))
        }
        EventKind::Access { loc, write } => {
            format!("{} {}", if write { "write" } else { "read" }, trace.text(loc))
        }
        EventKind::Yield => "yield".into(),
        EventKind::Exit => "exit".into(),
        EventKind::Panic { message } => format!("panic: {}", trace.text(message)),
        EventKind::Race { loc, prev_step, kinds } => format!(
            "DATA RACE on {}: {} races with the {} at step {prev_step}",
            trace.text(loc),
            if kinds & 1 != 0 { "write" } else { "read" },
            if kinds & 2 != 0 { "write" } else { "read" }
        ),
    }
}

fn via_text(via: Via, fill: impl Fn() -> String) -> String {
    match via {
        Via::Buffer => fill(),
        Via::Handoff { partner: 0 } => "handoff timer".into(),
        Via::Handoff { partner } => format!("handoff g{partner}"),
        Via::Closed => "closed".into(),
    }
}

/// The ready cases of a `select` as a list: `[0 2]`.
fn bits(mask: u32) -> String {
    let cases: Vec<String> =
        (0..32).filter(|b| mask & (1 << b) != 0).map(|b| b.to_string()).collect();
    format!("[{}]", cases.join(" "))
}

/// A Rust-escaped, quoted text, cut to `max` characters.
fn quote_short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return format!("{s:?}");
    }
    let cut: String = s.chars().take(max).collect();
    format!("{cut:?}…")
}

/// Virtual time as Go's `time.Duration` prints it: `0s`, `1.5µs`, `100ms`, `1m30s`.
/// The `time` function that made timer `id` (`time.After`).
fn timer_func(trace: &Trace, id: u32) -> &'static str {
    trace.timers.get((id as usize).wrapping_sub(1)).map_or("timer", |t| t.kind.as_go())
}

/// Whether the `TimerSet` at event `i` re-arms timer `id` (`Reset`) rather than making it:
/// a timer's first arming directly follows its first event.
fn is_reset(trace: &Trace, i: usize, id: u32) -> bool {
    trace.timers.get((id as usize).wrapping_sub(1)).is_some_and(|t| i > t.step as usize + 1)
}

pub fn duration(ns: u64) -> String {
    fn frac(v: u64, digits: u32) -> String {
        let unit = 10u64.pow(digits);
        let (int, rest) = (v / unit, v % unit);
        if rest == 0 {
            return int.to_string();
        }
        let rest = format!("{rest:0width$}", width = digits as usize);
        format!("{int}.{}", rest.trim_end_matches('0'))
    }
    const S: u64 = 1_000_000_000;
    match ns {
        0 => "0s".into(),
        n if n < 1_000 => format!("{n}ns"),
        n if n < 1_000_000 => format!("{}µs", frac(n, 3)),
        n if n < S => format!("{}ms", frac(n, 6)),
        n => {
            let (h, m) = (n / (3600 * S), (n / (60 * S)) % 60);
            let s = format!("{}s", frac(n % (60 * S), 9));
            match (h, m) {
                (0, 0) => s,
                (0, m) => format!("{m}m{s}"),
                (h, m) => format!("{h}h{m}m{s}"),
            }
        }
    }
}

/// One sentence about event `step` (`G1 receives "ping" from G2 on message (handoff)`), or
/// about the outcome when `step` is past the last event.
pub fn narrate(trace: &Trace, step: usize) -> String {
    let aux = Aux::new(trace);
    let mut st = State::new(trace);
    st.advance_to(trace, &aux, step.saturating_add(1));
    sentence(trace, step, &st)
}

impl<T: std::borrow::Borrow<Trace>> SnapshotIndex<T> {
    /// `narrate(trace, step)`, without folding from the start.
    pub fn narrate(&self, step: usize) -> String {
        let st = self.state_at(step.saturating_add(1));
        sentence(self.trace(), step, &st)
    }
}

/// A channel's variable name, or `ch3`.
pub fn channel_name(trace: &Trace, ch: u32) -> String {
    trace
        .channels
        .get((ch as usize).wrapping_sub(1))
        .and_then(|c| c.name.clone())
        .unwrap_or_else(|| chan_id(ch))
}

fn mutex_name(trace: &Trace, m: u32) -> String {
    trace
        .mutexes
        .get((m as usize).wrapping_sub(1))
        .map_or_else(|| format!("m{m}"), |o| o.name.clone())
}

fn wg_name(trace: &Trace, w: u32) -> String {
    trace
        .waitgroups
        .get((w as usize).wrapping_sub(1))
        .map_or_else(|| format!("wg{w}"), |o| o.name.clone())
}

fn gids(list: &[u32]) -> String {
    list.iter().map(|g| format!("G{g}")).collect::<Vec<_>>().join(", ")
}

/// The sentence for event `i`; `after` is the state after it.
fn sentence(trace: &Trace, i: usize, after: &State) -> String {
    let Some(e) = trace.events.get(i) else { return outcome_sentence(trace) };
    let g = e.gid;
    // Still blocked after its own event: another goroutine did this on its behalf.
    let waiting = after.state_of(g).is_some_and(|s| s.is_waiting());
    let cap = |ch: u32| trace.channels.get((ch as usize).wrapping_sub(1)).map_or(0, |c| c.cap);
    let len = |ch: u32| after.chan(ch).map_or(0, |c| c.buffer.len());
    match e.kind {
        EventKind::Spawn { child } => format!("G{g} spawns G{child} ({})", func_name(trace, child)),
        EventKind::Block { reason, obj } => block_sentence(trace, g, reason, obj, after),
        EventKind::Wake { by: 0 } => format!("G{g} wakes up (timer)"),
        EventKind::Wake { by } => format!("G{by} wakes G{g}"),
        EventKind::MakeChan { ch } => {
            let ty = trace
                .channels
                .get((ch as usize).wrapping_sub(1))
                .map_or("", |c| c.elem_type.as_str());
            match cap(ch) {
                0 => format!("G{g} makes {}: an unbuffered chan {ty}", channel_name(trace, ch)),
                n => format!("G{g} makes {}: a chan {ty} with buffer {n}", channel_name(trace, ch)),
            }
        }
        EventKind::Send { ch, value, via } => {
            let (name, v) = (channel_name(trace, ch), trace.text(value));
            match via {
                Via::Handoff { partner } => {
                    format!("G{g} sends {v} to G{partner} on {name} (handoff)")
                }
                // A blocked sender whose value a receiver just made room for.
                Via::Buffer if waiting => format!(
                    "G{g}'s waiting send completes: {v} moves into {name} (buffer {}/{})",
                    len(ch),
                    cap(ch)
                ),
                Via::Buffer => {
                    format!("G{g} sends {v} into {name} (buffer {}/{})", len(ch), cap(ch))
                }
                Via::Closed => format!("G{g} sends {v} on closed {name}"),
            }
        }
        EventKind::Recv { ch, value, via } => {
            let (name, v) = (channel_name(trace, ch), trace.text(value));
            match via {
                Via::Handoff { partner: 0 } => format!("G{g} receives {v} from {name} (timer)"),
                Via::Handoff { partner } => {
                    format!("G{g} receives {v} from G{partner} on {name} (handoff)")
                }
                Via::Buffer if cap(ch) == 0 => format!("G{g} receives {v} from {name} (timer)"),
                Via::Buffer => {
                    format!("G{g} receives {v} from {name} (buffer {}/{})", len(ch), cap(ch))
                }
                Via::Closed => {
                    format!("G{g} receives the zero value {v} from {name}: it is closed")
                }
            }
        }
        EventKind::Close { ch } if g == 0 => format!("A timer closes {}", channel_name(trace, ch)),
        EventKind::Close { ch } => format!("G{g} closes {}", channel_name(trace, ch)),
        EventKind::Select { case: Some(c), ready } => {
            let n = ready.count_ones();
            let cases = if n == 1 { "case" } else { "cases" };
            format!("G{g}'s select picks case {c} ({n} {cases} ready)")
        }
        EventKind::Select { case: None, .. } => {
            format!("G{g}'s select takes the default case: no case is ready")
        }
        // A waiter that an `Unlock` handed the mutex to.
        EventKind::Lock { mutex, read } if waiting => {
            let by = trace.events.range(0..i).rev().find_map(|p| match p.kind {
                EventKind::Unlock { mutex: m, .. } if m == mutex => Some(p.gid),
                _ => None,
            });
            let what = if read { "a read lock on " } else { "" };
            match by {
                Some(h) => format!("G{g} gets {what}{} from G{h}", mutex_name(trace, mutex)),
                None => format!("G{g} gets {what}{}", mutex_name(trace, mutex)),
            }
        }
        EventKind::Lock { mutex, read: false } => {
            format!("G{g} locks {}", mutex_name(trace, mutex))
        }
        EventKind::Lock { mutex, read: true } => {
            format!("G{g} read-locks {}", mutex_name(trace, mutex))
        }
        EventKind::Unlock { mutex, read: false } => {
            format!("G{g} unlocks {}", mutex_name(trace, mutex))
        }
        EventKind::Unlock { mutex, read: true } => {
            format!("G{g} read-unlocks {}", mutex_name(trace, mutex))
        }
        EventKind::WaitGroupAdd { wg, delta: -1, counter } => {
            format!("G{g} calls {}.Done(): counter {counter}", wg_name(trace, wg))
        }
        EventKind::WaitGroupAdd { wg, delta, counter } => {
            format!("G{g} adds {delta} to {}: counter {counter}", wg_name(trace, wg))
        }
        EventKind::WaitGroupWait { wg } => {
            format!("G{g}'s {}.Wait() returns: the counter is 0", wg_name(trace, wg))
        }
        EventKind::Sleep { until } => format!("G{g} sleeps until {}", duration(until.get())),
        EventKind::TimeAdvance { now } => format!("Time advances to {}", duration(now.get())),
        EventKind::TimerSet { timer, when } if is_reset(trace, i, timer) => {
            format!("G{g} resets timer {timer} to fire at {}", duration(when.get()))
        }
        EventKind::TimerSet { timer, when } => format!(
            "G{g} sets timer {timer} ({}) to fire at {}",
            timer_func(trace, timer),
            duration(when.get())
        ),
        EventKind::TimerStop { timer, active: true } => {
            format!("G{g} stops timer {timer} before it fires")
        }
        EventKind::TimerStop { timer, active: false } => {
            format!("G{g} stops timer {timer}, which was not armed")
        }
        EventKind::TimerFire { timer } => {
            let info = trace.timers.get((timer as usize).wrapping_sub(1));
            match info.and_then(|t| t.ch) {
                Some(ch) => {
                    format!("Timer {timer} fires: the time goes to {}", channel_name(trace, ch))
                }
                None => format!("Timer {timer} fires: its function starts in a new goroutine"),
            }
        }
        EventKind::Print { text, stderr } => {
            let t = trace.text(text);
            let first = t.lines().next().unwrap_or("");
            let shown = if first.len() < t.trim_end_matches('\n').len() {
                format!("{}…", quote_short(first, 60))
            } else {
                quote_short(first, 60)
            };
            if stderr && g == 0 {
                format!("The runtime writes {shown} to stderr")
            } else if stderr {
                format!("G{g} writes {shown} to stderr")
            } else {
                format!("G{g} prints {shown}")
            }
        }
        EventKind::Access { loc, write: true } => format!("G{g} writes {}", trace.text(loc)),
        EventKind::Access { loc, write: false } => format!("G{g} reads {}", trace.text(loc)),
        EventKind::Yield => format!("G{g} yields"),
        EventKind::Exit if g == 1 => "G1 (main) exits, ending the program".into(),
        EventKind::Exit => format!("G{g} exits"),
        EventKind::Panic { message } => format!("G{g} panics: {}", trace.text(message)),
        EventKind::Race { loc, prev_step, kinds } => race_sentence(trace, g, loc, prev_step, kinds),
    }
}

/// The sentence for a `Race` event of goroutine `g`: it needs no state, so views that show
/// races on their own (the SVG export's caption) can ask for it without folding the trace.
pub fn race_sentence(trace: &Trace, g: u32, loc: u32, prev_step: u32, kinds: u8) -> String {
    format!(
        "Data race on {}: G{g}'s {} is not ordered after the {} at step {prev_step}",
        trace.text(loc),
        if kinds & 1 != 0 { "write" } else { "read" },
        if kinds & 2 != 0 { "write" } else { "read" }
    )
}

fn block_sentence(
    trace: &Trace,
    g: u32,
    reason: WaitReason,
    obj: Option<u32>,
    after: &State,
) -> String {
    use WaitReason as R;
    let cap = |ch: u32| trace.channels.get((ch as usize).wrapping_sub(1)).map_or(0, |c| c.cap);
    let len = |ch: u32| after.chan(ch).map_or(0, |c| c.buffer.len());
    match (reason, obj) {
        (R::ChanSend, Some(ch)) => match cap(ch) {
            0 => {
                format!("G{g} blocks: send on {}, no receiver is waiting", channel_name(trace, ch))
            }
            c => format!(
                "G{g} blocks: send on {}, buffer full {}/{c}",
                channel_name(trace, ch),
                len(ch)
            ),
        },
        (R::ChanReceive, Some(ch)) => match cap(ch) {
            0 => {
                format!("G{g} blocks: receive on {}, no sender is waiting", channel_name(trace, ch))
            }
            c => format!("G{g} blocks: receive on {}, buffer empty 0/{c}", channel_name(trace, ch)),
        },
        (R::ChanSend | R::ChanSendNilChan, None) => {
            format!("G{g} blocks forever: send on a nil channel")
        }
        (R::ChanReceive | R::ChanReceiveNilChan, None) => {
            format!("G{g} blocks forever: receive on a nil channel")
        }
        (R::Select, _) => format!("G{g} blocks in select: no case is ready"),
        (R::SelectNoCases, _) => format!("G{g} blocks forever: select with no cases"),
        (R::MutexLock | R::RWMutexLock | R::RWMutexRLock, Some(m)) => {
            let name = mutex_name(trace, m);
            let verb = if reason == R::RWMutexRLock { "read-lock" } else { "lock" };
            match after.mutex(m) {
                Some(ms) if ms.owner.is_some() => format!(
                    "G{g} blocks: waiting to {verb} {name}, held by G{}",
                    ms.owner.unwrap_or(0)
                ),
                Some(ms) if !ms.readers.is_empty() => format!(
                    "G{g} blocks: waiting to {verb} {name}, read-locked by {}",
                    gids(&ms.readers)
                ),
                _ => format!("G{g} blocks: waiting to {verb} {name}"),
            }
        }
        (R::WaitGroupWait, Some(w)) => {
            let c = after.waitgroup(w).map_or(0, |ws| ws.counter);
            format!("G{g} blocks: waiting for {} (counter {c})", wg_name(trace, w))
        }
        (r, _) => format!("G{g} blocks [{}]", r.as_go()),
    }
}

/// How the run ended, as one sentence (`narrate` past the last event says the same).
pub fn outcome_sentence(trace: &Trace) -> String {
    let lines = LineIndex::new(&trace.source);
    match &trace.outcome {
        Outcome::Exited { code } => {
            let leaks = super::explain::leaks(trace);
            let blocked: Vec<String> = leaks
                .iter()
                .map(|b| {
                    format!(
                        "G{} [{}] at line {}",
                        b.gid,
                        b.reason.as_go(),
                        lines.line(b.span.start)
                    )
                })
                .collect();
            match blocked.len() {
                0 => format!("The program exits with status {code}"),
                1 => format!(
                    "The program exits with status {code}, leaving {} blocked forever",
                    blocked.join("")
                ),
                n => format!(
                    "The program exits with status {code}, leaving {n} goroutines blocked forever: {}",
                    blocked.join(", ")
                ),
            }
        }
        Outcome::Deadlock { blocked } => {
            let list: Vec<String> = blocked
                .iter()
                .map(|b| {
                    format!(
                        "G{} at line {} [{}]",
                        b.gid,
                        lines.line(b.span.start),
                        b.reason.as_go()
                    )
                })
                .collect();
            format!("Deadlock: all goroutines are asleep ({})", list.join(", "))
        }
        Outcome::Panic { gid, message } => format!("G{gid} panicked: {message}"),
        Outcome::Fatal { message } => format!("Fatal error: {message}"),
        Outcome::Limit { which } => format!("The run stopped at the {}", which.name()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_print_as_go_prints_them() {
        let cases = [
            (0, "0s"),
            (999, "999ns"),
            (1_500, "1.5µs"),
            (100_000_000, "100ms"),
            (1_000_000_000, "1s"),
            (1_500_000_000, "1.5s"),
            (90_000_000_000, "1m30s"),
            (3_600_000_000_000, "1h0m0s"),
            (3_661_000_000_001, "1h1m1.000000001s"),
        ];
        for (ns, want) in cases {
            assert_eq!(duration(ns), want, "{ns}ns");
        }
    }

    #[test]
    fn ready_cases_and_long_texts_are_shown_compactly() {
        assert_eq!(bits(0b101), "[0 2]");
        assert_eq!(bits(0), "[]");
        assert_eq!(quote_short("hi\n", 40), "\"hi\\n\"");
        assert_eq!(quote_short("abcdef", 3), "\"abc\"…");
    }
}
