//! Explanations Go itself does not give: for a deadlock, what each stuck goroutine waits for
//! and why nobody can provide it; for a run that exited, which goroutines leaked (were still
//! blocked when `main` returned) and what they wait for. Both come from the final snapshot.

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
/// send on results (buffer 2/2 full), at main.go:9`.
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
            format!(
                "leaked: G{} ({func}{created}) {what}, at {file_name}:{}",
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
