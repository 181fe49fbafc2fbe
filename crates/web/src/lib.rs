//! The Goroscope visualizer, a Leptos client-side app. Components are thin functions over
//! signals; logic that can be tested natively (playback, geometry, the view model) lives in
//! plain modules beside them. The UI renders f(trace, cursor): stepping, scrubbing and
//! playing never re-run the simulator; only running the code (or a new seed) does.

pub mod examples;
pub mod geometry;
pub mod model;
pub mod player;
mod view;

use leptos::prelude::*;
use model::Model;
use player::Player;
use std::sync::Arc;

/// Where the editor's text is kept between visits.
const STORAGE_KEY: &str = "goroscope.source";

/// Shared state of the app, provided as context to every panel.
#[derive(Clone, Copy)]
pub struct AppState {
    pub source: RwSignal<String>,
    pub seed: RwSignal<u64>,
    pub example: RwSignal<String>,
    pub model: RwSignal<Option<Arc<Model>>>,
    pub diagnostics: RwSignal<Vec<model::Diag>>,
    pub player: RwSignal<Player>,
}

impl AppState {
    /// Runs the current source with the current seed and resets playback.
    pub fn run(&self) {
        let src = self.source.get_untracked();
        let seed = self.seed.get_untracked();
        match Model::build(&src, seed) {
            Ok(m) => {
                let len = m.len();
                self.diagnostics.set(Vec::new());
                self.model.set(Some(Arc::new(m)));
                self.player.update(|p| *p = p.reset(len));
            }
            Err(diags) => {
                self.diagnostics.set(diags);
                self.model.set(None);
                self.player.update(|p| *p = p.reset(0));
            }
        }
    }
}

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    let initial = load_source().unwrap_or_else(|| examples::EXAMPLES[2].source.to_string());
    let state = AppState {
        source: RwSignal::new(initial),
        seed: RwSignal::new(0),
        example: RwSignal::new(examples::EXAMPLES[2].id.to_string()),
        model: RwSignal::new(None),
        diagnostics: RwSignal::new(Vec::new()),
        player: RwSignal::new(Player::new(0)),
    };
    provide_context(state);
    state.run();
    Effect::new(move |_| save_source(&state.source.get()));
    view::use_play_clock(state);
    view::use_keyboard(state);
    view! {
        <main class="goroscope-app" data-testid="app">
            <header class="goroscope-header">
                <h1>"Goroscope"</h1>
                <p class="goroscope-tagline">"Go concurrency, made visible."</p>
            </header>
            <view::Toolbar/>
            <div class="goroscope-grid">
                <section class="goroscope-left">
                    <view::Editor/>
                    <view::Console/>
                </section>
                <section class="goroscope-right">
                    <view::OutcomeBanner/>
                    <view::Controls/>
                    <view::Narration/>
                    <view::TimelineView/>
                    <view::Objects/>
                </section>
            </div>
            <view::Help/>
        </main>
    }
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
