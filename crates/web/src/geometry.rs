//! Pure layout maths for the timeline: where a step, a lane and a buffer slot go. Tested
//! natively; the components only read these numbers.

/// Width reserved on the left of the timeline for lane labels.
pub const LABEL_W: f64 = 150.0;
/// Height of one goroutine lane.
pub const LANE_H: f64 = 26.0;
/// Gap between lanes.
pub const LANE_GAP: f64 = 6.0;
/// Height of the step axis above the lanes.
pub const AXIS_H: f64 = 18.0;

/// The horizontal layout of `len` steps in a drawing `width` pixels wide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timeline {
    pub len: usize,
    pub width: f64,
}

impl Timeline {
    pub fn new(len: usize, width: f64) -> Timeline {
        Timeline { len, width: width.max(LABEL_W + 100.0) }
    }

    /// The x coordinate of the boundary before step `step` (0 ..= len).
    pub fn x(&self, step: usize) -> f64 {
        self.xf(step as f64)
    }

    /// The x coordinate of a fractional step (span edges of a downsampled lane).
    pub fn xf(&self, step: f64) -> f64 {
        let span = self.width - LABEL_W - 8.0;
        LABEL_W + span * step.clamp(0.0, self.len as f64) / (self.len.max(1) as f64)
    }

    /// Steps per pixel of the time axis: above one, lanes are downsampled.
    pub fn steps_per_pixel(&self) -> f64 {
        self.len as f64 / (self.width - LABEL_W - 8.0)
    }

    /// The y coordinate of the top of lane `i`.
    pub fn lane_y(i: usize) -> f64 {
        AXIS_H + i as f64 * (LANE_H + LANE_GAP)
    }

    /// The height of a drawing with `n` lanes.
    pub fn height(n: usize) -> f64 {
        Timeline::lane_y(n) + 4.0
    }

    /// The lanes (indices) worth drawing when the drawing is scrolled to `top` and shows
    /// `height` pixels of `n` lanes, with `spare` lanes above and below for smooth scrolling.
    /// The rest are kept as empty placeholders, so a thousand goroutines cost what fifty do.
    pub fn visible_lanes(n: usize, top: f64, height: f64, spare: usize) -> std::ops::Range<usize> {
        let pitch = LANE_H + LANE_GAP;
        let first = ((top - AXIS_H) / pitch).floor().max(0.0) as usize;
        let last = ((top + height - AXIS_H) / pitch).ceil().max(0.0) as usize + 1;
        first.saturating_sub(spare).min(n)..(last + spare).min(n)
    }

    /// The step nearest to x (for clicks on the timeline).
    pub fn step_at(&self, x: f64) -> usize {
        let span = self.width - LABEL_W - 8.0;
        let f = ((x - LABEL_W) / span * self.len as f64).round();
        (f.max(0.0) as usize).min(self.len)
    }

    /// About `n` evenly spaced step numbers to label on the axis.
    pub fn ticks(&self, n: usize) -> Vec<usize> {
        if self.len == 0 {
            return vec![0];
        }
        let raw = (self.len as f64 / n.max(1) as f64).max(1.0);
        let mag = 10f64.powf(raw.log10().floor());
        let step =
            [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag)
                as usize;
        (0..=self.len).step_by(step.max(1)).collect()
    }
}

/// Slot rectangles (x offsets) of a channel buffer drawn `slot_w` wide each.
pub fn slots(cap: usize, slot_w: f64) -> Vec<f64> {
    (0..cap.min(64)).map(|i| i as f64 * (slot_w + 2.0)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_map_across_the_drawing() {
        let t = Timeline::new(100, 1000.0);
        assert_eq!(t.x(0), LABEL_W);
        assert!((t.x(100) - 992.0).abs() < 1e-9);
        assert!(t.x(50) > t.x(49));
        assert_eq!(t.x(500), t.x(100), "steps past the end clamp");
        assert_eq!(t.step_at(t.x(37)), 37);
    }

    #[test]
    fn only_lanes_in_view_are_drawn() {
        let pitch = LANE_H + LANE_GAP;
        // 1,000 lanes in a 400-pixel window: about 13 lanes plus the spare ones.
        assert_eq!(Timeline::visible_lanes(1000, 0.0, 400.0, 5), 0..18);
        let mid = Timeline::visible_lanes(1000, AXIS_H + 500.0 * pitch, 400.0, 5);
        assert_eq!(mid, 495..519);
        assert!(mid.contains(&500) && mid.len() < 30);
        assert_eq!(Timeline::visible_lanes(1000, 1e9, 400.0, 5), 1000..1000);
        assert_eq!(Timeline::visible_lanes(3, 0.0, 400.0, 5), 0..3);
        // Every lane whose box meets the window is drawn.
        for top in [0.0, 37.0, 1234.5, 9000.0] {
            let r = Timeline::visible_lanes(1000, top, 300.0, 0);
            for i in 0..1000 {
                let (y0, y1) = (Timeline::lane_y(i), Timeline::lane_y(i) + LANE_H);
                if y1 > top && y0 < top + 300.0 {
                    assert!(r.contains(&i), "lane {i} at {top}: {r:?}");
                }
            }
        }
    }

    #[test]
    fn lanes_stack_without_overlap() {
        for i in 0..10 {
            assert!(Timeline::lane_y(i) + LANE_H < Timeline::lane_y(i + 1));
        }
        assert!(Timeline::height(3) > Timeline::lane_y(2) + LANE_H);
    }

    #[test]
    fn ticks_are_round_numbers() {
        let t = Timeline::new(1234, 900.0);
        let ticks = t.ticks(8);
        assert_eq!(ticks[0], 0);
        assert!(ticks.len() >= 5 && ticks.len() <= 14, "{ticks:?}");
        assert!(ticks.windows(2).all(|w| w[1] - w[0] == ticks[1]));
        assert_eq!(Timeline::new(0, 900.0).ticks(8), vec![0]);
    }

    #[test]
    fn buffers_get_one_slot_per_capacity() {
        assert_eq!(slots(3, 20.0), vec![0.0, 22.0, 44.0]);
        assert!(slots(0, 20.0).is_empty());
    }
}
