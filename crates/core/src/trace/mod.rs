//! The trace: everything a run did, as plain serializable data. It is the one seam between
//! the simulator and its viewers: the web UI, the CLI's text dump and the tests all read a
//! `Trace` and nothing else of the runtime.
//!
//! A trace is a list of events, one per scheduling step, plus tables describing the
//! goroutines and objects those events mention. The state at any step (who is blocked where,
//! what each channel buffers, what was printed) is a pure function of the events up to it.

use crate::syntax::span::Span;
use serde::{Deserialize, Serialize};

pub mod events;
pub mod explain;
pub mod lanes;
pub mod schedule;
pub mod snapshot;
pub mod svg;
pub mod text;

pub use events::Events;
pub use lanes::{Arrow, ArrowKind, Lane, LaneSpan, arrows, downsample, lanes, thin_arrows};
pub use snapshot::{GoroutineState, Snapshot, SnapshotIndex, snapshot_at};
pub use svg::{SvgOptions, svg};
pub use text::{narrate, text};

/// Bumped whenever the serialized form changes incompatibly (2: happens-before `edges`;
/// 3: the `timers` table and its events).
pub const FORMAT_VERSION: u32 = 3;

/// A recorded run.
#[derive(Clone, Debug, Hash, PartialEq, Serialize, Deserialize)]
pub struct Trace {
    pub format_version: u32,
    pub source: String,
    pub goroutines: Vec<GoroutineInfo>,
    pub channels: Vec<ChannelInfo>,
    pub mutexes: Vec<ObjectInfo>,
    pub waitgroups: Vec<ObjectInfo>,
    /// The `time` package's timers: `After`, `Tick`, `NewTimer`, `NewTicker`, `AfterFunc`.
    #[serde(default)]
    pub timers: Vec<TimerInfo>,
    /// Interned texts that events refer to by index: value summaries and printed output.
    pub strings: Vec<String>,
    pub events: Events,
    /// The happens-before edges between goroutines, recorded as the runtime synchronised them
    /// (ordered by the step they lead to); `lanes::arrows` draws them.
    #[serde(default)]
    pub edges: Vec<Edge>,
    pub schedule: Schedule,
    pub outcome: Outcome,
}

/// A synchronisation edge: the event at step `from` happens before the event at step `to`,
/// in another goroutine. What kind of edge it is follows from the `from` event: a `Spawn`
/// (to the child's first event), a `Send` (to the `Recv` that got its value), an `Unlock`
/// (to the next `Lock`), a `Done` (`WaitGroupAdd` with a negative delta, to the `Wake` or
/// `WaitGroupWait` of a `Wait` it released) or a `Close` (to each `Recv` that observed it).
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    pub from: u32,
    pub to: u32,
}

/// A goroutine, numbered as Go numbers them in stack dumps (main is 1).
#[derive(Clone, Debug, Hash, PartialEq, Serialize, Deserialize)]
pub struct GoroutineInfo {
    pub id: u32,
    /// The function it runs, spelled as in Go's tracebacks: `main.main`, `main.worker`,
    /// `main.main.func1`.
    pub func: String,
    pub parent: Option<u32>,
    /// The `go` statement that created it.
    pub spawn_span: Option<Span>,
    /// The step of its `Spawn` event.
    pub spawn_step: u32,
}

/// A channel made by the program.
#[derive(Clone, Debug, Hash, PartialEq, Serialize, Deserialize)]
pub struct ChannelInfo {
    pub id: u32,
    /// The element type as Go spells it (`string`, `main.person`).
    pub elem_type: String,
    pub cap: u32,
    /// The `make` expression, or the timer call that created it.
    pub span: Span,
    /// The variable it was first stored in, when known (`results`, `ch`).
    pub name: Option<String>,
    pub step: u32,
}

/// A mutex or WaitGroup, identified from its first use.
#[derive(Clone, Debug, Hash, PartialEq, Serialize, Deserialize)]
pub struct ObjectInfo {
    pub id: u32,
    /// The expression it was first used through (`mu`, `wg`, `c.mu`).
    pub name: String,
    pub span: Span,
}

/// A timer made by the `time` package.
#[derive(Clone, Debug, Hash, PartialEq, Serialize, Deserialize)]
pub struct TimerInfo {
    pub id: u32,
    pub kind: TimerKind,
    /// The channel it delivers the time on (`None` for `time.AfterFunc`).
    pub ch: Option<u32>,
    /// A ticker's period in nanoseconds, as first made (`Ticker.Reset` changes it later).
    pub period: Option<u64>,
    /// The call that made it.
    pub span: Span,
    /// The index of its first event (the `MakeChan` of its channel, or for `AfterFunc` its
    /// `TimerSet`).
    pub step: u32,
}

/// Which `time` function made a timer.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimerKind {
    After,
    Tick,
    NewTimer,
    NewTicker,
    AfterFunc,
}

impl TimerKind {
    /// The function's name as written in Go: `time.After`.
    pub fn as_go(self) -> &'static str {
        match self {
            TimerKind::After => "time.After",
            TimerKind::Tick => "time.Tick",
            TimerKind::NewTimer => "time.NewTimer",
            TimerKind::NewTicker => "time.NewTicker",
            TimerKind::AfterFunc => "time.AfterFunc",
        }
    }

    pub fn periodic(self) -> bool {
        matches!(self, TimerKind::Tick | TimerKind::NewTicker)
    }
}

/// One step of the run: what goroutine `gid` did at source span `span`.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub gid: u32,
    pub span: Span,
    pub kind: EventKind,
}

/// Why a goroutine waits, named as Go's runtime names it in tracebacks.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum WaitReason {
    ChanSend,
    ChanReceive,
    ChanSendNilChan,
    ChanReceiveNilChan,
    Select,
    SelectNoCases,
    Sleep,
    MutexLock,
    RWMutexRLock,
    RWMutexLock,
    WaitGroupWait,
    CondWait,
}

impl WaitReason {
    /// Every reason, in declaration order (`ALL[r as usize] == r`).
    pub const ALL: [WaitReason; 12] = [
        WaitReason::ChanSend,
        WaitReason::ChanReceive,
        WaitReason::ChanSendNilChan,
        WaitReason::ChanReceiveNilChan,
        WaitReason::Select,
        WaitReason::SelectNoCases,
        WaitReason::Sleep,
        WaitReason::MutexLock,
        WaitReason::RWMutexRLock,
        WaitReason::RWMutexLock,
        WaitReason::WaitGroupWait,
        WaitReason::CondWait,
    ];

    /// The text Go prints between brackets: `goroutine 1 [chan send]:`.
    pub fn as_go(self) -> &'static str {
        match self {
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::Sleep => "sleep",
            WaitReason::MutexLock => "sync.Mutex.Lock",
            WaitReason::RWMutexRLock => "sync.RWMutex.RLock",
            // A writer waits on the RWMutex's internal mutex first, so Go shows this.
            WaitReason::RWMutexLock => "sync.Mutex.Lock",
            WaitReason::WaitGroupWait => "sync.WaitGroup.Wait",
            WaitReason::CondWait => "sync.Cond.Wait",
        }
    }
}

/// How a channel operation completed.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq, Serialize, Deserialize)]
pub enum Via {
    /// Through the buffer.
    Buffer,
    /// Directly to (or from) a goroutine blocked on the other side.
    Handoff { partner: u32 },
    /// A receive that found the channel closed (zero value, ok = false).
    Closed,
}

/// What happened at a step. Texts are indices into `Trace::strings`.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Serialize, Deserialize)]
pub enum EventKind {
    /// `go f()` created goroutine `child`.
    Spawn {
        child: u32,
    },
    /// The goroutine blocked; `obj` is the channel, mutex or WaitGroup id when there is one.
    Block {
        reason: WaitReason,
        obj: Option<u32>,
    },
    /// A blocked goroutine became runnable again, because of goroutine `by` (0: a timer).
    Wake {
        by: u32,
    },
    /// `make(chan T, cap)`.
    MakeChan {
        ch: u32,
    },
    Send {
        ch: u32,
        value: u32,
        via: Via,
    },
    Recv {
        ch: u32,
        value: u32,
        via: Via,
    },
    Close {
        ch: u32,
    },
    /// A `select` chose case `case` (or `default` when `None`); bit i of `ready` is set when
    /// case i could proceed (cases beyond 32 are not shown).
    Select {
        case: Option<u32>,
        ready: u32,
    },
    Lock {
        mutex: u32,
        read: bool,
    },
    Unlock {
        mutex: u32,
        read: bool,
    },
    /// `wg.Add(delta)` (and `Done` as -1), with the counter afterwards.
    WaitGroupAdd {
        wg: u32,
        delta: i32,
        counter: i32,
    },
    /// `wg.Wait()` returned.
    WaitGroupWait {
        wg: u32,
    },
    /// `time.Sleep` until virtual time `until`.
    Sleep {
        until: Nanos,
    },
    /// A timer was armed to fire at virtual time `when` (made, or `Reset`).
    TimerSet {
        timer: u32,
        when: Nanos,
    },
    /// `Stop` on a timer or ticker; `active` when it had not fired yet (what `Timer.Stop`
    /// returns).
    TimerStop {
        timer: u32,
        active: bool,
    },
    /// A timer fired (recorded by goroutine 0, as virtual time reached it): its channel
    /// receives the time, or its `AfterFunc` goroutine starts. A ticker re-arms itself one
    /// period later.
    TimerFire {
        timer: u32,
    },
    /// Virtual time jumped forward because every goroutine was blocked.
    TimeAdvance {
        now: Nanos,
    },
    /// Output: stdout, or stderr for the builtin `print`/`println` and runtime messages.
    Print {
        text: u32,
        stderr: bool,
    },
    /// A load or store of a variable other goroutines can reach (`loc` names it).
    Access {
        loc: u32,
        write: bool,
    },
    /// `runtime.Gosched`, or a preemption.
    Yield,
    /// The goroutine returned from its function (or was killed when `main` returned).
    Exit,
    /// A panic started in this goroutine.
    Panic {
        message: u32,
    },
    /// A data race: this goroutine's access to `loc` conflicts with the access at step
    /// `prev_step`, and no happens-before path joins them. Bit 0 of `kinds`: this access is a
    /// write; bit 1: the previous one was.
    Race {
        loc: u32,
        prev_step: u32,
        kinds: u8,
    },
}

/// Virtual time in nanoseconds since the run started, stored as two halves so events keep
/// 4-byte alignment.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "u64", into = "u64")]
pub struct Nanos {
    hi: u32,
    lo: u32,
}

impl From<u64> for Nanos {
    fn from(n: u64) -> Nanos {
        Nanos { hi: (n >> 32) as u32, lo: n as u32 }
    }
}

impl From<Nanos> for u64 {
    fn from(n: Nanos) -> u64 {
        (u64::from(n.hi) << 32) | u64::from(n.lo)
    }
}

impl Nanos {
    pub fn get(self) -> u64 {
        self.into()
    }
}

/// Every scheduling choice of a run, enough to replay it exactly. `schedule::encode` gives
/// its short printable form.
#[derive(Clone, Debug, Default, Hash, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub seed: u64,
    /// At each decision with more than one option, the index taken among the options.
    pub choices: Vec<u32>,
}

/// How a run ended.
#[derive(Clone, Debug, Hash, PartialEq, Serialize, Deserialize)]
pub enum Outcome {
    /// The program exited with this status (main returned: 0; `os.Exit(n)`: n).
    Exited { code: i32 },
    /// `fatal error: all goroutines are asleep - deadlock!`; `blocked` lists each goroutine
    /// with its wait reason and the statement it is blocked at.
    Deadlock { blocked: Vec<BlockedGoroutine> },
    /// An unrecovered panic in goroutine `gid`.
    Panic { gid: u32, message: String },
    /// A `fatal error:` other than deadlock (`sync: unlock of unlocked mutex`, …).
    Fatal { message: String },
    /// The run stopped at a budget; the trace holds what happened until then.
    Limit { which: Budget },
}

impl Outcome {
    /// The exit status a real Go binary would have.
    pub fn exit_code(&self) -> i32 {
        match self {
            Outcome::Exited { code } => *code,
            Outcome::Deadlock { .. } | Outcome::Panic { .. } | Outcome::Fatal { .. } => 2,
            Outcome::Limit { .. } => 3,
        }
    }
}

/// A goroutine stuck at the end of a deadlocked run.
#[derive(Clone, Debug, Hash, PartialEq, Serialize, Deserialize)]
pub struct BlockedGoroutine {
    pub gid: u32,
    pub reason: WaitReason,
    pub span: Span,
}

/// A resource limit of a run.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq, Serialize, Deserialize)]
pub enum Budget {
    Steps,
    Goroutines,
    Memory,
    /// Bytecode instructions in all: stops long computations between steps (`for {}`).
    Instructions,
    /// Not a budget: the user stopped a long run.
    Stopped,
}

impl Budget {
    pub fn name(self) -> &'static str {
        match self {
            Budget::Steps => "step limit",
            Budget::Goroutines => "goroutine limit",
            Budget::Memory => "memory limit",
            Budget::Instructions => "instruction limit",
            Budget::Stopped => "user's request",
        }
    }
}

impl Trace {
    /// A 64-bit FNV-1a hash of the events, interned texts, schedule and outcome: equal
    /// fingerprints mean the same run (used to show that the browser and the CLI agree).
    pub fn fingerprint(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = Fnv(0xcbf2_9ce4_8422_2325);
        self.events.hash(&mut h);
        self.strings.hash(&mut h);
        self.schedule.hash(&mut h);
        self.outcome.hash(&mut h);
        h.finish()
    }

    /// The text of an interned string.
    pub fn text(&self, idx: u32) -> &str {
        self.strings.get(idx as usize).map(String::as_str).unwrap_or("")
    }
}

/// FNV-1a over what `Hash` feeds it, with sizes and enum discriminants widened to 64 bits so
/// that wasm32 and 64-bit machines hash alike.
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.write(&(n as u64).to_le_bytes());
    }

    fn write_isize(&mut self, n: isize) {
        self.write(&(n as i64).to_le_bytes());
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
