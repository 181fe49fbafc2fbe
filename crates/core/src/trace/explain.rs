//! Explanations Go itself does not give: for a deadlock, what each stuck goroutine waits for
//! and why nobody can provide it; for a run that exited, which goroutines leaked (were still
//! blocked when `main` returned) and what they wait for (both from the final snapshot); and
//! lock-order cycles that leave goroutines stuck while the rest of the program runs on.

use super::snapshot::{GoroutineState, Snapshot, WaitObject, snapshot_at};
use super::text::channel_name;
use super::{BlockedGoroutine, Outcome, Trace, WaitReason};
use crate::syntax::span::LineIndex;

/// One sentence per goroutine stuck at the end of a deadlocked run; empty otherwise.
pub fn deadlock(trace: &Trace) -> Vec<String> {
    let Outcome::Deadlock { blocked } = &trace.outcome else { return Vec::new() };
    let snap = snapshot_at(trace, trace.events.len());
    let alive: Vec<u32> =
        snap.goroutines.iter().filter(|g| g.state != GoroutineState::Done).map(|g| g.gid).collect();
    let mut out = Vec::new();
    for b in blocked {
        let others: Vec<String> =
            alive.iter().filter(|g| **g != b.gid).map(|g| format!("G{g}")).collect();
        let nobody = if others.is_empty() {
            "and no other goroutine is left".to_string()
        } else {
            format!("and every other goroutine ({}) is blocked too", others.join(", "))
        };
        let (what, unmet) = waiting(trace, &snap, b.gid, b.reason);
        let unmet = unmet.map(|u| format!(": {u}")).unwrap_or_default();
        out.push(format!("G{} {what}{unmet}, {nobody}.", b.gid));
    }
    out
}

/// The goroutines still blocked when the program exited (`main` returned or `os.Exit`): Go
/// drops them silently, so their work never finishes. A sleeping goroutine is not counted.
pub fn leaks(trace: &Trace) -> Vec<BlockedGoroutine> {
    let Outcome::Exited { .. } = trace.outcome else { return Vec::new() };
    let snap = snapshot_at(trace, trace.events.len());
    snap.goroutines
        .iter()
        .filter_map(|g| match g.state {
            GoroutineState::Blocked(reason) => {
                Some(BlockedGoroutine { gid: g.gid, reason, span: g.span.unwrap_or_default() })
            }
            _ => None,
        })
        .collect()
}

/// One line per leaked goroutine: `leaked: G5 (main.worker, created at main.go:14) waits to
/// send on results (buffer 2/2 full), at main.go:9; stuck from step 12 while 40 more steps
/// ran` (a partial deadlock Go never reports, dated from when it began).
pub fn leaked(trace: &Trace, file_name: &str) -> Vec<String> {
    let leaks = leaks(trace);
    if leaks.is_empty() {
        return Vec::new();
    }
    let snap = snapshot_at(trace, trace.events.len());
    let lines = LineIndex::new(&trace.source);
    leaks
        .iter()
        .map(|l| {
            let info = trace.goroutines.iter().find(|g| g.id == l.gid);
            let func = info.map_or("?", |g| g.func.as_str());
            let created = info
                .and_then(|g| g.spawn_span)
                .map(|s| format!(", created at {file_name}:{}", lines.line(s.start)))
                .unwrap_or_default();
            let (what, _) = waiting(trace, &snap, l.gid, l.reason);
            // From its last event on it never moved, while the rest of the program ran.
            let since = snap
                .goroutines
                .iter()
                .find(|g| g.gid == l.gid)
                .and_then(|g| g.last_event)
                .map(|s| {
                    let after = trace.events.len().saturating_sub(s + 1);
                    format!("; stuck from step {s} while {after} more steps ran")
                })
                .unwrap_or_default();
            format!(
                "leaked: G{} ({func}{created}) {what}, at {file_name}:{}{since}",
                l.gid,
                lines.line(l.span.start)
            )
        })
        .collect()
}

/// What goroutine `gid`, blocked for `reason`, waits for (`waits to send on results (buffer
/// 2/2 full)`), and what nobody does for it when the run is stuck (`nobody receives`).
fn waiting(
    trace: &Trace,
    snap: &Snapshot,
    gid: u32,
    reason: WaitReason,
) -> (String, Option<&'static str>) {
    let on = snap.goroutine(gid).and_then(|g| g.waiting_on);
    match (reason, on) {
        (WaitReason::ChanSend, Some(WaitObject::Chan(c))) => {
            let ch = snap.channel(c);
            let full = ch
                .map(|c| format!(" (buffer {}/{} full)", c.len, c.cap))
                .filter(|_| ch.is_some_and(|c| c.cap > 0));
            let what =
                format!("waits to send on {}{}", channel_name(trace, c), full.unwrap_or_default());
            (what, Some("nobody receives"))
        }
        (WaitReason::ChanReceive, Some(WaitObject::Chan(c))) => (
            format!("waits to receive from {}", channel_name(trace, c)),
            Some("nobody sends and nobody closes it"),
        ),
        (WaitReason::ChanSendNilChan, _) => {
            ("sends on a nil channel, which blocks forever".to_string(), None)
        }
        (WaitReason::ChanReceiveNilChan, _) => {
            ("receives from a nil channel, which blocks forever".to_string(), None)
        }
        (WaitReason::SelectNoCases, _) => {
            ("is in an empty select{}, which blocks forever".to_string(), None)
        }
        (WaitReason::Select, _) => {
            ("waits in a select".to_string(), Some("none of its cases can proceed"))
        }
        (WaitReason::WaitGroupWait, Some(WaitObject::WaitGroup(w))) => {
            let n = snap.waitgroup(w).map(|w| w.counter).unwrap_or(0);
            let name = trace
                .waitgroups
                .get((w as usize).wrapping_sub(1))
                .map(|o| o.name.clone())
                .unwrap_or_else(|| "a WaitGroup".into());
            let s = if n == 1 { "" } else { "s" };
            (format!("waits in {name}.Wait() for {n} more Done call{s}"), None)
        }
        (
            WaitReason::MutexLock | WaitReason::RWMutexLock | WaitReason::RWMutexRLock,
            Some(WaitObject::Mutex(m)),
        ) => {
            let holder = snap
                .mutex(m)
                .and_then(|m| m.owner)
                .map(|g| format!("held by G{g}"))
                .unwrap_or_else(|| "held".into());
            let name = trace
                .mutexes
                .get((m as usize).wrapping_sub(1))
                .map(|o| o.name.clone())
                .unwrap_or_else(|| "a mutex".into());
            (format!("waits to lock {name}, {holder}"), None)
        }
        (reason, _) => (format!("waits [{}]", reason.as_go()), None),
    }
}

/// Goroutines stuck for good while the program goes on: a cycle of goroutines, each waiting
/// for a mutex another of them holds (the classic lock-order deadlock). Go notices nothing
/// until every goroutine is blocked, and nothing at all if `main` returns first; this finds
/// each cycle at the step it closes, as `(step, sentence)`.
///
/// Only exclusive holders count as owners (a read lock has no single owner), so a cycle
/// through read locks is not reported: what is reported is certain.
pub fn lock_cycles(trace: &Trace) -> Vec<(usize, String)> {
    use super::EventKind;
    use std::collections::{BTreeMap, BTreeSet};
    let mut owner: BTreeMap<u32, u32> = BTreeMap::new();
    let mut waits: BTreeMap<u32, u32> = BTreeMap::new();
    let mut seen: BTreeSet<Vec<u32>> = BTreeSet::new();
    let mut out = Vec::new();
    // Mutexes are named by the expression first used (`from.mu`); two of one name get
    // their numbers, so a cycle through both still reads as two locks.
    let name = |m: u32| {
        let Some(info) = trace.mutexes.get(m as usize - 1) else { return format!("mutex {m}") };
        let shared = trace.mutexes.iter().filter(|o| o.name == info.name).count() > 1;
        if shared { format!("{} #{m}", info.name) } else { info.name.clone() }
    };
    for (step, e) in trace.events.iter().enumerate() {
        let g = e.gid;
        match e.kind {
            EventKind::Block {
                reason: WaitReason::MutexLock | WaitReason::RWMutexLock | WaitReason::RWMutexRLock,
                obj: Some(m),
            } => {
                waits.insert(g, m);
                // Follow "waits for a mutex held by" from g; coming back to g closes a cycle.
                let mut chain = Vec::new();
                let mut cur = g;
                while let Some(&m) = waits.get(&cur) {
                    let Some(&h) = owner.get(&m) else { break };
                    chain.push((cur, m, h));
                    if h == g {
                        let mut key: Vec<u32> = chain.iter().map(|c| c.0).collect();
                        crate::sorting::sort(&mut key);
                        if seen.insert(key) {
                            let links: Vec<String> = chain
                                .iter()
                                .map(|(a, m, h)| {
                                    format!("G{a} waits for {}, held by G{h}", name(*m))
                                })
                                .collect();
                            let text = match chain[..] {
                                [(a, m, _)] => format!(
                                    "Self-deadlock at step {step}: G{a} waits for {}, which it holds itself. It can never go on.",
                                    name(m)
                                ),
                                _ => format!(
                                    "Lock-order deadlock at step {step}: {}. None of them can ever go on.",
                                    links.join("; ")
                                ),
                            };
                            out.push((step, text));
                        }
                        break;
                    }
                    if chain.len() > waits.len() {
                        break;
                    }
                    cur = h;
                }
            }
            EventKind::Lock { mutex, read } => {
                waits.remove(&g);
                if !read {
                    owner.insert(mutex, g);
                }
            }
            EventKind::Unlock { mutex, read: false } => {
                owner.remove(&mutex);
            }
            EventKind::Wake { .. } | EventKind::Exit => {
                waits.remove(&g);
            }
            _ => {}
        }
    }
    out
}
