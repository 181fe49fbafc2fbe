//! The playback state machine: a cursor over the trace's steps, play/pause, and speed. Plain
//! Rust so it is tested natively; the UI only calls these methods and renders the result.

/// Playback speeds in steps per second; `None` means "run to the end at once".
pub const SPEEDS: [Option<f64>; 10] = [
    Some(0.25),
    Some(0.5),
    Some(1.0),
    Some(2.0),
    Some(4.0),
    Some(8.0),
    Some(16.0),
    Some(32.0),
    Some(64.0),
    None,
];

/// The default speed: 4 steps per second.
pub const DEFAULT_SPEED: usize = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Player {
    /// Steps applied so far: 0 (before the first event) ..= len.
    pub cursor: usize,
    /// Number of events in the trace.
    pub len: usize,
    pub playing: bool,
    /// Index into `SPEEDS`.
    pub speed: usize,
    /// Playing past the end starts over.
    pub looping: bool,
}

impl Player {
    pub fn new(len: usize) -> Player {
        Player { cursor: 0, len, playing: false, speed: DEFAULT_SPEED, looping: false }
    }

    /// A player for a new trace of `len` steps, keeping the speed.
    pub fn reset(self, len: usize) -> Player {
        Player { cursor: 0, len, playing: false, ..self }
    }

    pub fn step_forward(&mut self) {
        self.cursor = (self.cursor + 1).min(self.len);
    }

    pub fn step_back(&mut self) {
        self.playing = false;
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn seek(&mut self, step: usize) {
        self.cursor = step.min(self.len);
    }

    pub fn jump_start(&mut self) {
        self.playing = false;
        self.cursor = 0;
    }

    pub fn jump_end(&mut self) {
        self.playing = false;
        self.cursor = self.len;
    }

    /// Play or pause; playing at the end starts over.
    pub fn toggle(&mut self) {
        if self.playing {
            self.playing = false;
        } else {
            if self.cursor >= self.len {
                self.cursor = 0;
            }
            self.playing = self.len > 0;
        }
    }

    /// One tick of the play clock: advance, stopping at the end ("to the end" jumps there).
    /// A looping player shows the end for one tick, then starts over.
    pub fn tick(&mut self) {
        if !self.playing {
            return;
        }
        if self.looping && self.cursor >= self.len {
            self.cursor = 0;
            return;
        }
        match SPEEDS[self.speed] {
            None => self.cursor = self.len,
            Some(_) => self.cursor += 1,
        }
        if self.cursor >= self.len {
            self.cursor = self.len;
            self.playing = self.looping;
        }
    }

    pub fn faster(&mut self) {
        self.speed = (self.speed + 1).min(SPEEDS.len() - 1);
    }

    pub fn slower(&mut self) {
        self.speed = self.speed.saturating_sub(1);
    }

    /// Milliseconds between ticks at the current speed.
    pub fn interval_ms(&self) -> u32 {
        match SPEEDS[self.speed] {
            Some(sps) => (1000.0 / sps).round() as u32,
            None => 16,
        }
    }

    pub fn speed_label(&self) -> String {
        match SPEEDS[self.speed] {
            Some(s) if s < 1.0 => format!("{s}×"),
            Some(s) => format!("{}×", s as u32),
            None => "to the end".into(),
        }
    }

    /// The text of the step counter: `N / M`.
    pub fn counter(&self) -> String {
        format!("{} / {}", self.cursor, self.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stepping_is_clamped_to_the_trace() {
        let mut p = Player::new(3);
        p.step_back();
        assert_eq!(p.cursor, 0);
        for _ in 0..5 {
            p.step_forward();
        }
        assert_eq!(p.cursor, 3);
        assert_eq!(p.counter(), "3 / 3");
        p.seek(99);
        assert_eq!(p.cursor, 3);
    }

    #[test]
    fn a_looping_player_shows_the_end_then_starts_over() {
        let mut p = Player { looping: true, ..Player::new(2) };
        p.toggle();
        let seen: Vec<usize> = (0..6)
            .map(|_| {
                p.tick();
                p.cursor
            })
            .collect();
        assert_eq!(seen, [1, 2, 0, 1, 2, 0]);
        assert!(p.playing);
        p.toggle();
        p.tick();
        assert_eq!(p.cursor, 0, "paused players stay put");
    }

    #[test]
    fn playing_stops_at_the_end_and_restarts_from_the_start() {
        let mut p = Player::new(2);
        p.toggle();
        assert!(p.playing);
        p.tick();
        p.tick();
        assert_eq!(p.cursor, 2);
        assert!(!p.playing, "reaching the end pauses");
        p.toggle();
        assert_eq!(p.cursor, 0, "play at the end starts over");
        assert!(p.playing);
    }

    #[test]
    fn stepping_back_pauses() {
        let mut p = Player::new(5);
        p.toggle();
        p.tick();
        p.step_back();
        assert!(!p.playing);
        assert_eq!(p.cursor, 0);
    }

    #[test]
    fn speeds_range_from_a_quarter_to_the_end() {
        let mut p = Player::new(100);
        for _ in 0..20 {
            p.slower();
        }
        assert_eq!(p.interval_ms(), 4000);
        assert_eq!(p.speed_label(), "0.25×");
        for _ in 0..20 {
            p.faster();
        }
        assert_eq!(p.speed_label(), "to the end");
        p.toggle();
        p.tick();
        assert_eq!(p.cursor, 100);
    }

    #[test]
    fn empty_traces_do_not_play() {
        let mut p = Player::new(0);
        p.toggle();
        assert!(!p.playing);
    }
}
