//! The Goroscope visualizer, a Leptos client-side app. Components are thin functions over
//! signals; logic that can be tested natively (playback, geometry, the view model, share links,
//! embed options) lives in plain modules beside them. The UI renders f(trace, cursor):
//! stepping, scrubbing and playing never re-run the simulator; only running the code (or a new
//! seed) does. The same component serves the full page, the `?embed` iframe player and the
//! script embed's widgets.

mod deflate;
pub mod embed;
pub mod examples;
pub mod geometry;
pub mod html;
pub mod model;
pub mod pacing;
pub mod player;
pub mod share;
mod view;

use embed::Options;
use goroscope_core::runtime::Running;
use leptos::prelude::*;
use model::Model;
use pacing::Pacer;
use player::Player;
use std::sync::Arc;

/// Where the editor's text is kept between visits (the full page only; embeds never touch
/// the reader's storage).
const STORAGE_KEY: &str = "goroscope.source";

/// The example shown on a first visit.
const DEFAULT_EXAMPLE: usize = 2;

/// Shared state of one player, provided as context to its panels.
#[derive(Clone, Copy)]
pub struct AppState {
    pub source: RwSignal<String>,
    pub seed: RwSignal<u64>,
    pub example: RwSignal<String>,
    pub model: RwSignal<Option<Arc<Model>>>,
    pub diagnostics: RwSignal<Vec<model::Diag>>,
    pub player: RwSignal<Player>,
    pub options: StoredValue<Options>,
    /// A message about the link the page was opened with (damaged, newer format…).
    pub notice: RwSignal<Option<String>>,
    pub theme: RwSignal<embed::Theme>,
    /// Steps simulated so far while a long run is in progress.
    pub progress: RwSignal<Option<usize>>,
    pub stop_requested: StoredValue<bool>,
    /// Counts runs; a slice of a superseded run sees a newer number and gives up.
    generation: RwSignal<u64>,
}

/// Milliseconds of simulation before the page first draws: small programs finish within them.
const FIRST_MS: f64 = 50.0;
/// Milliseconds of simulation between two chances for the page to draw.
const SLICE_MS: f64 = 25.0;

/// Advances `running` in paced chunks for about `ms` milliseconds; returns whether it ended.
fn advance_for(running: &mut Running, pacer: &mut Pacer, ms: f64) -> bool {
    let start = js_sys::Date::now();
    loop {
        let t = js_sys::Date::now();
        if running.advance(pacer.chunk()) {
            return true;
        }
        let now = js_sys::Date::now();
        pacer.took(now - t);
        if now - start >= ms {
            return false;
        }
    }
}

impl AppState {
    /// Runs the current source with the current seed and resets playback.
    pub fn run(&self) {
        self.run_then(|_| {});
    }

    /// Runs the current source, then calls `after` once the new trace is on screen. Small
    /// programs finish at once; longer ones run in turns of about 25 ms (each in chunks
    /// paced by `pacing.rs`) between which the page draws a progress line and takes clicks
    /// (Stop, or a newer run that supersedes this one).
    pub fn run_then(&self, after: impl FnOnce(AppState) + 'static) {
        let generation = self.generation.get_untracked() + 1;
        self.generation.set(generation);
        self.stop_requested.set_value(false);
        let mut running =
            match Model::start(&self.source.get_untracked(), self.seed.get_untracked()) {
                Ok(r) => r,
                Err(diags) => {
                    self.progress.set(None);
                    self.diagnostics.set(diags);
                    self.model.set(None);
                    self.player.update(|p| *p = p.reset(0));
                    after(*self);
                    return;
                }
            };
        let mut pacer = Pacer::default();
        if advance_for(&mut running, &mut pacer, FIRST_MS) {
            self.show(running.finish().trace);
            after(*self);
            return;
        }
        self.progress.set(Some(running.steps()));
        let state = *self;
        leptos::task::spawn_local(async move {
            loop {
                // Let the page draw and handle input between slices.
                gloo_timers::future::TimeoutFuture::new(0).await;
                if state.generation.get_untracked() != generation {
                    return;
                }
                if state.stop_requested.get_value() {
                    state.show(running.stop().trace);
                    break;
                }
                if advance_for(&mut running, &mut pacer, SLICE_MS) {
                    state.show(running.finish().trace);
                    break;
                }
                state.progress.set(Some(running.steps()));
            }
            after(state);
        });
    }

    /// Puts a finished trace on screen, cursor at the start.
    fn show(&self, trace: goroscope_core::trace::Trace) {
        let m = Model::new(trace);
        let len = m.len();
        self.progress.set(None);
        self.diagnostics.set(Vec::new());
        self.model.set(Some(Arc::new(m)));
        self.player.update(|p| *p = p.reset(len));
    }

    /// The share-link fragment for what is on screen now, or why there is none.
    pub async fn share_fragment(self) -> Result<String, String> {
        let payload = share::payload(&share::Shared {
            source: self.source.get_untracked(),
            seed: self.seed.get_untracked(),
            step: self.player.get_untracked().cursor,
            fingerprint: self.model.with_untracked(|m| m.as_ref().map(|m| m.fingerprint())),
        })
        .map_err(|e| e.to_string())?;
        let packed = deflate::deflate(&payload).await.ok_or_else(|| NO_STREAMS.to_string())?;
        Ok(share::fragment(&payload, &packed))
    }

    /// Opens a share link: program, seed, a run, then the step, and `then`. Returns whether
    /// `fragment` is a link at all (an ordinary anchor is not). A link is inflated
    /// asynchronously; a damaged one changes nothing, says why and calls `otherwise`.
    /// (Boxed callbacks: one copy of this in the bundle, not one per caller.)
    fn open_link(self, fragment: &str, then: Callback, otherwise: Callback) -> bool {
        let link = match share::parse(fragment) {
            Ok(Some(link)) => link,
            Ok(None) => return false,
            Err(e) => {
                self.notice.set(Some(e.to_string()));
                return false;
            }
        };
        leptos::task::spawn_local(async move {
            let payload = deflate::inflate(&link.packed, share::MAX_PAYLOAD_BYTES).await;
            let shared = match link.open(payload) {
                Ok(shared) => shared,
                Err(e) => {
                    self.notice.set(Some(e.to_string()));
                    otherwise(self);
                    return;
                }
            };
            self.source.set(shared.source);
            self.seed.set(shared.seed);
            self.example.set(String::new());
            self.notice.set(None);
            self.run_then(move |s| {
                s.player.update(|p| p.seek(shared.step));
                let now = s.model.with_untracked(|m| m.as_ref().map(|m| m.fingerprint()));
                if shared.fingerprint.is_some() && shared.fingerprint != now {
                    s.notice.set(Some("This version of Goroscope interleaves the program differently from the one that made the link.".to_string()));
                }
                then(s);
            });
        });
        true
    }
}

/// What to do with a player once something it started is done.
type Callback = Box<dyn FnOnce(AppState)>;

/// Why a share link cannot be made in a browser without compression streams.
const NO_STREAMS: &str = "this browser cannot make share links (it has no CompressionStream)";

/// How a player starts: its options and, for the script embed, the program text of its block.
pub struct Start {
    pub options: Options,
    pub source: Option<String>,
    pub fragment: String,
}

/// The full page: options from the URL's query, a share link from its fragment.
#[component]
pub fn App() -> impl IntoView {
    let location = web_sys::window().map(|w| w.location());
    let query = location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default();
    let fragment = location.as_ref().and_then(|l| l.hash().ok()).unwrap_or_default();
    view! { <Goroscope start=Start { options: embed::parse(&query), source: None, fragment }/> }
}

/// One player: the full app, or a compact embedded one.
#[component]
pub fn Goroscope(start: Start) -> impl IntoView {
    let Start { options, source, fragment } = start;
    let embedded = options.embed;
    let example = options
        .example
        .as_deref()
        .and_then(examples::Example::by_id)
        .unwrap_or(&examples::EXAMPLES[DEFAULT_EXAMPLE]);
    let stored = if embedded || options.example.is_some() { None } else { load_source() };
    let from_example = source.is_none() && stored.is_none();
    let initial = source.or(stored).unwrap_or_else(|| example.source.to_string());
    let state = AppState {
        source: RwSignal::new(initial),
        seed: RwSignal::new(options.seed.unwrap_or(0)),
        example: RwSignal::new(if from_example { example.id.to_string() } else { String::new() }),
        model: RwSignal::new(None),
        diagnostics: RwSignal::new(Vec::new()),
        player: RwSignal::new(Player::new(0)),
        theme: RwSignal::new(if embedded { options.theme } else { load_theme(options.theme) }),
        options: StoredValue::new(options.clone()),
        notice: RwSignal::new(None),
        progress: RwSignal::new(None),
        stop_requested: StoredValue::new(false),
        generation: RwSignal::new(0),
    };
    provide_context(state);
    state.player.update(|p| {
        p.speed = options.speed.unwrap_or(p.speed);
        p.looping = options.looping;
    });
    let (step, autoplay) = (options.step, options.autoplay);
    let start_playback = move |s: AppState| {
        s.player.update(|p| {
            if let Some(step) = step {
                p.seek(step);
            }
            if autoplay && !p.playing {
                p.toggle();
            }
        })
    };
    // A link's own step is applied when its run ends; URL options come after it.
    let fallback = Box::new(move |s: AppState| s.run_then(start_playback));
    if !state.open_link(&fragment, Box::new(start_playback), fallback) {
        state.run_then(start_playback);
    }
    if !embedded {
        Effect::new(move |_| save_source(&state.source.get()));
        Effect::new(move |_| save_theme(state.theme.get()));
        view::use_keyboard_on_window(state);
        view::use_hash_links(state);
    }
    view::use_play_clock(state);
    let p = options.panels;
    let root_class = move || {
        let mut c = String::from("goroscope-app");
        if embedded {
            c.push_str(" goroscope-embed");
        }
        let theme = state.theme.get().class();
        if !theme.is_empty() {
            c.push(' ');
            c.push_str(theme);
        }
        c
    };
    let root = NodeRef::<leptos::html::Main>::new();
    if embedded {
        view::post_height_to_parent(root);
    }
    view! {
        <main
            class=root_class
            data-testid="app"
            node_ref=root
            tabindex=if embedded { Some("0") } else { None }
            on:keydown=move |ev| {
                if embedded {
                    view::handle_key(state, &ev);
                }
            }
        >
            {(!embedded).then(|| view! {
                <header class="goroscope-header">
                    <h1>"Goroscope"</h1>
                    <p class="goroscope-tagline">"Go concurrency, made visible."</p>
                </header>
            })}
            <view::Toolbar/>
            <view::Notice/>
            <div class="goroscope-grid">
                {(p.editor || p.output).then(|| view! {
                    <section class="goroscope-left">
                        {p.editor.then(|| view! { <view::Editor/> })}
                        {p.output.then(|| view! { <view::Console/> })}
                    </section>
                })}
                <section class="goroscope-right">
                    <view::OutcomeBanner/>
                    {p.controls.then(|| view! { <view::Controls/> })}
                    {p.narration.then(|| view! { <view::Narration/> })}
                    {p.timeline.then(|| view! { <view::TimelineView/> })}
                    {p.objects.then(|| view! { <view::Objects/> })}
                </section>
            </div>
            {(!embedded).then(|| view! { <view::Help/> })}
        </main>
    }
}

/// Mounts a compact player into `host` (an element inside the script embed's shadow root),
/// running `source` with options given as a query string (`seed=3&autoplay`).
pub fn mount_widget(host: web_sys::HtmlElement, source: String, query: &str) {
    let mut options = embed::parse(query);
    options.embed = true;
    let start = Start { options, source: Some(source), fragment: String::new() };
    let handle = leptos::mount::mount_to(host, move || view! { <Goroscope start=start/> });
    // The widget lives as long as the page.
    handle.forget();
}

fn storage() -> Option<web_sys::Storage> {
    // Blocked storage (privacy settings, sandboxed iframes) throws: treat it as absent.
    web_sys::window()?.local_storage().ok().flatten()
}

fn load_source() -> Option<String> {
    storage()?.get_item(STORAGE_KEY).ok().flatten().filter(|s| !s.trim().is_empty())
}

fn save_source(src: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, src);
    }
}

const THEME_KEY: &str = "goroscope.theme";

/// The theme chosen on an earlier visit, unless the URL names one.
fn load_theme(from_url: embed::Theme) -> embed::Theme {
    if from_url != embed::Theme::Auto {
        return from_url;
    }
    match storage().and_then(|s| s.get_item(THEME_KEY).ok().flatten()).as_deref() {
        Some("light") => embed::Theme::Light,
        Some("dark") => embed::Theme::Dark,
        _ => embed::Theme::Auto,
    }
}

fn save_theme(theme: embed::Theme) {
    if let Some(s) = storage() {
        let word = match theme {
            embed::Theme::Auto => "auto",
            embed::Theme::Light => "light",
            embed::Theme::Dark => "dark",
        };
        let _ = s.set_item(THEME_KEY, word);
    }
}
