/*! goroscope-embed.js: turns every <pre class="goroscope">, <code class="language-goroscope"> and
 * <div class="language-goroscope"> (what Markdown fenced blocks become in Hugo, Jekyll and MkDocs)
 * on a page into a live Goroscope player. Include it from where Goroscope's site is served:
 *
 *   <script src="https://example.org/goroscope/goroscope-embed.js" defer></script>
 *
 * Options are data- attributes on the block: data-seed, data-step, data-autoplay, data-loop,
 * data-speed (steps per second), data-theme (light|dark), data-panels
 * (editor,controls,timeline,objects,output,narration), data-readonly, data-height (CSS length).
 *
 * Each player lives in its own shadow root, so the page's CSS and the player's never touch.
 * The program is read as text (textContent), never as markup. The WebAssembly module is
 * fetched once, when the first block scrolls into view. The only global is `Goroscope`.
 */
(function () {
  'use strict';
  if (window.Goroscope) return;
  var script = document.currentScript;
  var base = new URL('./', script ? script.src : location.href);
  var app = new URL('index.html', base).href;
  var loading = null;
  var SELECTOR = 'pre.goroscope, code.language-goroscope, div.language-goroscope';
  var OPTIONS = ['seed', 'step', 'autoplay', 'loop', 'speed', 'theme', 'panels', 'readonly'];

  function loadModule() {
    if (!loading) {
      loading = import(new URL('goroscope-web.js', base).href).then(function (m) {
        return m.default({ module_or_path: new URL('goroscope-web_bg.wasm', base) }).then(function () {
          return m;
        });
      });
    }
    return loading;
  }

  // An attribute on the block wins over one on its <pre>.
  function attr(block, outer, name) {
    var v = block.getAttribute('data-' + name);
    return v !== null ? v : outer.getAttribute('data-' + name);
  }

  function query(block, outer) {
    var parts = ['embed', 'base=' + encodeURIComponent(app)];
    OPTIONS.forEach(function (name) {
      var v = attr(block, outer, name);
      if (v !== null) parts.push(name + (v === '' ? '' : '=' + encodeURIComponent(v)));
    });
    return parts.join('&');
  }

  // The element a block's player replaces: Hugo renders <pre><code class="language-goroscope">,
  // Jekyll and MkDocs wrap the <pre> in <div class="language-goroscope">.
  function outerOf(block) {
    var wrapper = block.parentElement && block.parentElement.closest('div.language-goroscope');
    if (wrapper) return wrapper;
    if (block.tagName === 'CODE' && block.parentElement && block.parentElement.tagName === 'PRE') {
      return block.parentElement;
    }
    return block;
  }

  function mount(block) {
    var outer = outerOf(block);
    if (outer.getAttribute('data-goroscope-mounted')) return;
    outer.setAttribute('data-goroscope-mounted', 'pending');
    var source = block.textContent;
    var options = query(block, outer);
    var height = attr(block, outer, 'height');
    loadModule().then(function (m) {
      var host = document.createElement('div');
      host.className = 'goroscope-embed-host';
      if (height) host.style.height = height;
      var root = host.attachShadow({ mode: 'open' });
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = new URL('goroscope.css', base).href;
      root.appendChild(css);
      var mountPoint = document.createElement('div');
      root.appendChild(mountPoint);
      outer.replaceWith(host);
      m.mount(mountPoint, source, options);
    }, function (err) {
      outer.setAttribute('data-goroscope-mounted', 'failed');
      if (window.console) console.error('goroscope-embed: cannot load the player:', err);
    });
  }

  function mountAll(root) {
    // Nested matches (a <code> inside a matching <pre> or <div>) share one player: mount()
    // marks the element it replaces.
    var blocks = Array.prototype.slice.call((root || document).querySelectorAll(SELECTOR));
    if (!('IntersectionObserver' in window)) {
      blocks.forEach(mount);
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) {
          observer.unobserve(e.target);
          mount(e.target);
        }
      });
    }, { rootMargin: '200px' });
    blocks.forEach(function (b) { observer.observe(b); });
  }

  window.Goroscope = { mountAll: mountAll, app: app };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { mountAll(document); });
  } else {
    mountAll(document);
  }
})();
