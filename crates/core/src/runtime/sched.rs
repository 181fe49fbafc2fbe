//! The scheduler: the one place where the simulator chooses which goroutine runs next, and
//! its seeded random number generator.
//!
//! Policy. With seed 0 it mimics Go's runtime with GOMAXPROCS=1: the running goroutine keeps
//! running until it blocks, exits or yields; a goroutine made runnable (by `go` or by being
//! woken) takes the `runnext` slot, pushing the previous occupant to the tail of the FIFO run
//! queue; the next goroutine to run is `runnext`, else the head of the queue. With any other
//! seed, every scheduling point (including loads and stores of shared variables) is a
//! decision: a uniformly random pick among the current goroutine (if it can go on) and all
//! runnable ones. A replayed run takes its decisions from a recorded list instead.

use std::collections::VecDeque;

/// SplitMix64: small, fast and identical on every platform.
#[derive(Clone, Debug)]
pub struct Rng {
    state: u64,
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng { state: seed ^ 0x9E37_79B9_7F4A_7C15 }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        if n <= 1 {
            return 0;
        }
        // Rejection sampling keeps it exactly uniform.
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let x = self.next_u64();
            if x < zone {
                return x % n;
            }
        }
    }
}

/// The run queue and the decision policy.
#[derive(Clone, Debug)]
pub struct Scheduler {
    pub runnext: Option<u32>,
    pub runq: VecDeque<u32>,
    /// Seed 0 runs Go's policy without choices; other seeds choose at random.
    random: bool,
    rng: Rng,
    /// Replayed decisions, consumed from the front (seed 0 makes no decisions to replay).
    replay: Option<VecDeque<u32>>,
    /// Every decision taken (the index among the options), for the trace's schedule.
    pub choices: Vec<u32>,
}

impl Scheduler {
    pub fn new(seed: u64, replay: Option<Vec<u32>>) -> Scheduler {
        Scheduler {
            runnext: None,
            runq: VecDeque::new(),
            random: seed != 0,
            rng: Rng::new(seed.wrapping_mul(0x2545_F491_4F6C_DD1D)),
            replay: replay.map(VecDeque::from),
            choices: Vec::new(),
        }
    }

    pub fn is_random(&self) -> bool {
        self.random
    }

    /// Makes `gid` runnable, as Go's `ready` does: it takes `runnext`.
    pub fn ready(&mut self, gid: u32) {
        if let Some(prev) = self.runnext.replace(gid) {
            self.runq.push_back(prev);
        }
    }

    /// Puts `gid` at the tail of the run queue (`Gosched`, preemption).
    pub fn ready_tail(&mut self, gid: u32) {
        self.runq.push_back(gid);
    }

    pub fn is_empty(&self) -> bool {
        self.runnext.is_none() && self.runq.is_empty()
    }

    pub fn n_runnable(&self) -> usize {
        self.runq.len() + usize::from(self.runnext.is_some())
    }

    /// Removes and returns the next goroutine to run after the current one stopped.
    pub fn pick_next(&mut self) -> Option<u32> {
        if self.random {
            let n = self.n_runnable();
            if n == 0 {
                return None;
            }
            let i = self.decide(n) as usize;
            return Some(self.take(i));
        }
        self.runnext.take().or_else(|| self.runq.pop_front())
    }

    /// At a scheduling point where the current goroutine could go on: whether to switch, and
    /// to whom. Returns `None` to keep running the current one.
    pub fn preempt(&mut self, current: u32) -> Option<u32> {
        if !self.random || self.is_empty() {
            return None;
        }
        let n = self.n_runnable();
        // Option 0 keeps the current goroutine; 1..=n switch to a runnable one.
        let i = self.decide(n + 1) as usize;
        if i == 0 {
            return None;
        }
        let next = self.take(i - 1);
        self.runq.push_back(current);
        Some(next)
    }

    /// A choice among `n` options: replayed, or random; recorded when `n > 1`.
    fn decide(&mut self, n: usize) -> u32 {
        if n <= 1 {
            return 0;
        }
        let i = match self.replay.as_mut().and_then(VecDeque::pop_front) {
            Some(i) => i.min(n as u32 - 1),
            None => self.rng.below(n as u64) as u32,
        };
        self.choices.push(i);
        i
    }

    /// Removes the i-th runnable goroutine, `runnext` first.
    fn take(&mut self, i: usize) -> u32 {
        match (i, self.runnext) {
            (0, Some(g)) => {
                self.runnext = None;
                g
            }
            (_, Some(_)) => self.runq.remove(i - 1).unwrap_or(0),
            (_, None) => self.runq.remove(i).unwrap_or(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_policy_runs_newest_then_fifo() {
        let mut s = Scheduler::new(0, None);
        for g in [2, 3, 4] {
            s.ready(g);
        }
        // The newest goroutine took runnext; the others queue in creation order.
        assert_eq!(s.pick_next(), Some(4));
        assert_eq!(s.pick_next(), Some(2));
        assert_eq!(s.pick_next(), Some(3));
        assert_eq!(s.pick_next(), None);
        assert_eq!(s.preempt(1), None);
    }

    #[test]
    fn random_policy_replays_exactly() {
        let mut a = Scheduler::new(7, None);
        let mut picks = Vec::new();
        for round in 0..20 {
            for g in 0..4 {
                a.ready(10 * round + g);
            }
            while let Some(g) = a.pick_next() {
                picks.push(g);
            }
        }
        let mut b = Scheduler::new(7, Some(a.choices.clone()));
        let mut again = Vec::new();
        for round in 0..20 {
            for g in 0..4 {
                b.ready(10 * round + g);
            }
            while let Some(g) = b.pick_next() {
                again.push(g);
            }
        }
        assert_eq!(picks, again);
        assert_ne!(
            picks.iter().take(4).copied().collect::<Vec<_>>(),
            vec![3, 0, 1, 2],
            "seed 7 should shuffle"
        );
    }

    #[test]
    fn rng_is_uniform_enough() {
        let mut r = Rng::new(1);
        let mut counts = [0u32; 4];
        for _ in 0..4000 {
            counts[r.below(4) as usize] += 1;
        }
        assert!(counts.iter().all(|&c| (850..1150).contains(&c)), "{counts:?}");
    }
}
