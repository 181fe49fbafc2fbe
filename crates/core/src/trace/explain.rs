//! Explanations Go itself does not give: for a deadlock, what each stuck goroutine waits for
//! and why nobody can provide it (a wait-for view built from the final snapshot).

use super::snapshot::{GoroutineState, WaitObject, snapshot_at};
use super::text::channel_name;
use super::{Outcome, Trace, WaitReason};

/// One sentence per goroutine stuck at the end of a deadlocked run; empty otherwise.
pub fn deadlock(trace: &Trace) -> Vec<String> {
    let Outcome::Deadlock { blocked } = &trace.outcome else { return Vec::new() };
    let snap = snapshot_at(trace, trace.events.len());
    let alive: Vec<u32> =
        snap.goroutines.iter().filter(|g| g.state != GoroutineState::Done).map(|g| g.gid).collect();
    let mut out = Vec::new();
    for b in blocked {
        let on = snap.goroutine(b.gid).and_then(|g| g.waiting_on);
        let others: Vec<String> =
            alive.iter().filter(|g| **g != b.gid).map(|g| format!("G{g}")).collect();
        let nobody = if others.is_empty() {
            "and no other goroutine is left".to_string()
        } else {
            format!("and every other goroutine ({}) is blocked too", others.join(", "))
        };
        let what = match (b.reason, on) {
            (WaitReason::ChanSend, Some(WaitObject::Chan(c))) => {
                let ch = snap.channel(c);
                let full = ch
                    .map(|c| format!(" (buffer {}/{} full)", c.len, c.cap))
                    .filter(|_| ch.is_some_and(|c| c.cap > 0));
                format!(
                    "waits to send on {}{}: nobody receives",
                    channel_name(trace, c),
                    full.unwrap_or_default()
                )
            }
            (WaitReason::ChanReceive, Some(WaitObject::Chan(c))) => {
                format!(
                    "waits to receive from {}: nobody sends and nobody closes it",
                    channel_name(trace, c)
                )
            }
            (WaitReason::ChanSendNilChan, _) => {
                "sends on a nil channel, which blocks forever".to_string()
            }
            (WaitReason::ChanReceiveNilChan, _) => {
                "receives from a nil channel, which blocks forever".to_string()
            }
            (WaitReason::SelectNoCases, _) => {
                "is in an empty select{}, which blocks forever".to_string()
            }
            (WaitReason::Select, _) => {
                "waits in a select: none of its cases can proceed".to_string()
            }
            (WaitReason::WaitGroupWait, Some(WaitObject::WaitGroup(w))) => {
                let n = snap.waitgroup(w).map(|w| w.counter).unwrap_or(0);
                let name = trace
                    .waitgroups
                    .get(w as usize - 1)
                    .map(|o| o.name.clone())
                    .unwrap_or_else(|| "a WaitGroup".into());
                format!(
                    "waits in {name}.Wait() for {n} more Done call{}",
                    if n == 1 { "" } else { "s" }
                )
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
                    .get(m as usize - 1)
                    .map(|o| o.name.clone())
                    .unwrap_or_else(|| "a mutex".into());
                format!("waits to lock {name}, {holder}")
            }
            (reason, _) => format!("waits [{}]", reason.as_go()),
        };
        out.push(format!("G{} {what}, {nobody}.", b.gid));
    }
    out
}
