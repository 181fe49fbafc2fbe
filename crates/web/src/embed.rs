//! Embedding options: how a page URL (`index.html?embed&seed=3&autoplay…`) or a script
//! embed's `data-` attributes configure a compact player. One parser serves both, so an
//! option means the same thing in an iframe and in a `<pre class="goroscope">` block.

use crate::player::SPEEDS;

/// Light, dark, or whatever the reader's system prefers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// The class the app's root carries (`""` for automatic).
    pub fn class(self) -> &'static str {
        match self {
            Theme::Auto => "",
            Theme::Light => "goroscope-theme-light",
            Theme::Dark => "goroscope-theme-dark",
        }
    }
}

/// Which panels show. The full app shows all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panels {
    pub editor: bool,
    pub controls: bool,
    pub timeline: bool,
    pub objects: bool,
    pub output: bool,
    pub narration: bool,
}

impl Panels {
    pub const ALL: Panels = Panels {
        editor: true,
        controls: true,
        timeline: true,
        objects: true,
        output: true,
        narration: true,
    };
    const NONE: Panels = Panels {
        editor: false,
        controls: false,
        timeline: false,
        objects: false,
        output: false,
        narration: false,
    };

    /// Parses `editor,timeline,objects` (unknown names are ignored).
    fn parse(list: &str) -> Panels {
        let mut p = Panels::NONE;
        for name in list.split(',').map(str::trim) {
            match name {
                "editor" | "code" => p.editor = true,
                "controls" => p.controls = true,
                "timeline" => p.timeline = true,
                "objects" => p.objects = true,
                "output" | "console" => p.output = true,
                "narration" => p.narration = true,
                "all" => p = Panels::ALL,
                _ => {}
            }
        }
        p
    }
}

/// Everything a URL or an embed's attributes can set.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// The compact embedded player instead of the full app.
    pub embed: bool,
    pub example: Option<String>,
    pub seed: Option<u64>,
    pub step: Option<usize>,
    pub autoplay: bool,
    pub looping: bool,
    /// Index into `SPEEDS`.
    pub speed: Option<usize>,
    pub theme: Theme,
    pub panels: Panels,
    pub readonly: bool,
    /// The full app's address, for "Open in Goroscope" from a script embed (whose page is
    /// the host's, not Goroscope's).
    pub base: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            embed: false,
            example: None,
            seed: None,
            step: None,
            autoplay: false,
            looping: false,
            speed: None,
            theme: Theme::Auto,
            panels: Panels::ALL,
            readonly: false,
            base: None,
        }
    }
}

/// Parses a query string (with or without the leading `?`). A flag is on when present with
/// no value or with `1`/`true`/`yes`; malformed values are ignored rather than failing the page.
pub fn parse(query: &str) -> Options {
    let mut o = Options::default();
    let mut panels = None;
    for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(value);
        let flag = matches!(value.as_str(), "" | "1" | "true" | "yes");
        match key {
            "embed" => o.embed = flag,
            "example" => o.example = Some(value).filter(|v| !v.is_empty()),
            "seed" => o.seed = value.trim().parse().ok(),
            "step" => o.step = value.trim().parse().ok(),
            "autoplay" => o.autoplay = flag,
            "loop" => o.looping = flag,
            "speed" => o.speed = speed_index(&value),
            "theme" => {
                o.theme = match value.as_str() {
                    "light" => Theme::Light,
                    "dark" => Theme::Dark,
                    _ => Theme::Auto,
                }
            }
            "panels" => panels = Some(Panels::parse(&value)),
            "readonly" => o.readonly = flag,
            "base" => {
                o.base =
                    Some(value).filter(|v| v.starts_with("http://") || v.starts_with("https://"))
            }
            _ => {}
        }
    }
    o.panels = panels.unwrap_or(if o.embed {
        Panels { editor: true, objects: false, narration: false, ..Panels::ALL }
    } else {
        Panels::ALL
    });
    o
}

/// The speed closest to `steps` per second; `max` or `end` plays to the end at once.
fn speed_index(value: &str) -> Option<usize> {
    if matches!(value, "max" | "end") {
        return Some(SPEEDS.len() - 1);
    }
    let want: f64 = value.trim().parse().ok().filter(|v: &f64| v.is_finite() && *v > 0.0)?;
    SPEEDS
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|s| (i, (s.ln() - want.ln()).abs())))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_full_app_is_the_default() {
        let o = parse("");
        assert!(!o.embed);
        assert_eq!(o.panels, Panels::ALL);
        assert_eq!(o, Options::default());
    }

    #[test]
    fn an_embed_url_sets_every_option() {
        let o = parse(
            "?embed&example=waitgroup&seed=7&step=12&autoplay&loop=1&speed=16&theme=dark&panels=timeline,output&readonly",
        );
        assert!(o.embed && o.autoplay && o.looping && o.readonly);
        assert_eq!(o.example.as_deref(), Some("waitgroup"));
        assert_eq!((o.seed, o.step), (Some(7), Some(12)));
        assert_eq!(SPEEDS[o.speed.unwrap()], Some(16.0));
        assert_eq!(o.theme, Theme::Dark);
        assert!(o.panels.timeline && o.panels.output);
        assert!(!o.panels.editor && !o.panels.objects && !o.panels.controls);
    }

    #[test]
    fn embeds_default_to_a_compact_set_of_panels() {
        let o = parse("embed");
        assert!(o.panels.editor && o.panels.timeline && o.panels.controls && o.panels.output);
        assert!(!o.panels.objects && !o.panels.narration);
    }

    #[test]
    fn speeds_snap_to_the_nearest_offered() {
        assert_eq!(SPEEDS[speed_index("3").unwrap()], Some(4.0));
        assert_eq!(SPEEDS[speed_index("0.3").unwrap()], Some(0.25));
        assert_eq!(SPEEDS[speed_index("1000").unwrap()], Some(64.0));
        assert_eq!(speed_index("max"), Some(SPEEDS.len() - 1));
        assert_eq!(speed_index("fast"), None);
        assert_eq!(speed_index("-1"), None);
    }

    #[test]
    fn bad_values_are_ignored_not_fatal() {
        let o = parse("embed&seed=banana&step=-3&theme=neon&speed=NaN&%zz&example=");
        assert!(o.embed);
        assert_eq!((o.seed, o.step, o.speed, o.example), (None, None, None, None));
        assert_eq!(o.theme, Theme::Auto);
    }

    #[test]
    fn values_are_percent_decoded() {
        assert_eq!(percent_decode("a%20b+c%2Fd%"), "a b c/d%");
        assert_eq!(percent_decode("%e2%9c%93"), "✓");
        assert_eq!(parse("example=fan%2Din").example.as_deref(), Some("fan-in"));
    }
}
