/// The web app's stylesheet and script, compiled into the binary and served from `/static/`. No build step, no CDN.
enum WebAssets {
    /// File name → (content type, body).
    static let files: [String: (contentType: String, body: String)] = [
        "ciel.css": ("text/css; charset=utf-8", css),
        "ciel.js": ("text/javascript; charset=utf-8", javascript),
    ]

    /// Mobile first (360 px and up); colours keep at least 4.5:1 contrast; focus is always visible.
    static let css = #"""
        *, *::before, *::after { box-sizing: border-box; }
        :root { --ink: #14171f; --muted: #4a5160; --paper: #ffffff; --line: #c9ced8; --accent: #0b57d0;
                --accent-ink: #ffffff; --danger: #b3261e; --soft: #f2f4f8; }
        html { font-size: 100%; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5;
               color: var(--ink); background: var(--paper); }
        a { color: var(--accent); }
        :focus-visible { outline: 3px solid #e37400; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: var(--ink); color: #fff; padding: .5rem 1rem; }
        .skip:focus { left: 0; z-index: 10; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
                           white-space: nowrap; }
        .top { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; padding: .75rem 1rem;
               border-bottom: 1px solid var(--line); }
        .brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; color: var(--ink); }
        .top nav ul { display: flex; flex-wrap: wrap; gap: .25rem .9rem; list-style: none; margin: 0; padding: 0; }
        .top nav a, .top nav button.link { font-size: 1rem; min-height: 2.75rem; display: inline-flex;
                                           align-items: center; }
        .top nav .who { color: var(--muted); min-height: 2.75rem; display: inline-flex; align-items: center; }
        .top nav a[aria-current="page"] { font-weight: 700; color: var(--ink); }
        main { max-width: 64rem; margin: 0 auto; padding: 1rem; }
        .bottom { color: var(--muted); font-size: .875rem; padding: 1rem; text-align: center;
                  border-top: 1px solid var(--line); }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0 1rem; overflow-wrap: anywhere; }
        h2 { font-size: 1.2rem; margin-top: 0; }
        .card { background: var(--soft); border: 1px solid var(--line); border-radius: .75rem; padding: 1rem;
                margin: 1rem 0; }
        .stack { display: flex; flex-direction: column; gap: .4rem; }
        .stack > button { margin-top: .6rem; align-self: flex-start; }
        label { font-weight: 600; }
        small, .hint { color: var(--muted); }
        input, textarea, select, button, .button { font: inherit; font-size: 1rem; }
        input:not([type=radio]):not([type=checkbox]):not([type=file]), textarea, select {
            width: 100%; padding: .6rem .7rem; border: 1px solid #7b8291; border-radius: .5rem; background: #fff;
            color: var(--ink); }
        textarea { resize: vertical; }
        fieldset { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .75rem; margin: .4rem 0; }
        legend { font-weight: 600; padding: 0 .25rem; }
        .choices { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; }
        .choice { font-weight: 400; min-height: 2.75rem; display: inline-flex; align-items: center; gap: .4rem; }
        details summary { cursor: pointer; font-weight: 600; min-height: 2.75rem; display: flex; align-items: center; }
        button, .button { display: inline-flex; align-items: center; justify-content: center; min-height: 2.75rem;
                          padding: .5rem 1rem; border-radius: .5rem; border: 1px solid #7b8291; background: #fff;
                          color: var(--ink); text-decoration: none; cursor: pointer; }
        button.primary, .button.primary { background: var(--accent); border-color: var(--accent);
                                          color: var(--accent-ink); font-weight: 600; }
        button.danger { color: var(--danger); border-color: var(--danger); }
        button.link { background: none; border: none; padding: 0; min-height: auto; color: var(--accent);
                      text-decoration: underline; }
        button.link.danger { color: var(--danger); }
        form.inline { display: inline; }
        .actions { display: flex; flex-wrap: wrap; gap: .6rem; margin: 1rem 0; align-items: center; }
        .alert { padding: .75rem 1rem; border-radius: .5rem; border: 1px solid; }
        .alert.error { color: var(--danger); background: #fdecea; border-color: var(--danger); }
        .alert.notice { color: #0d5b2a; background: #e7f5ec; border-color: #0d5b2a; overflow-wrap: anywhere; }
        .quota { color: var(--muted); }
        progress { width: 100%; height: 1.25rem; }
        video { display: block; width: 100%; max-height: 75vh; background: #000; border-radius: .5rem; }
        video.portrait { max-width: 26rem; margin: 0 auto; }
        .details { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
        .details dt { font-weight: 600; }
        .details dd { margin: 0; overflow-wrap: anywhere; }
        .grid { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem;
                grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr)); }
        .tile { border: 1px solid var(--line); border-radius: .75rem; padding: .6rem; background: var(--soft);
                display: flex; flex-direction: column; gap: .4rem; }
        .thumb { display: flex; align-items: center; justify-content: center; background: #000; color: #fff;
                 border-radius: .5rem; overflow: hidden; aspect-ratio: 16 / 9; text-decoration: none; }
        .thumb.portrait { aspect-ratio: 9 / 16; max-height: 22rem; }
        .thumb img { width: 100%; height: 100%; object-fit: contain; }
        .caption { margin: 0; overflow-wrap: anywhere; }
        .author { margin: 0; color: var(--muted); font-size: .9rem; }
        .tile-actions { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: center; }
        .tile-actions a, .tile-actions button.link { min-height: 2.75rem; display: inline-flex; align-items: center; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        .row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
        .row select { width: auto; }
        .counts { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; list-style: none; padding: 0; }
        .hero { padding: 2rem 0; }
        .hero h1 { font-size: 2rem; }
        code { overflow-wrap: anywhere; }
        @media (min-width: 48rem) {
            main { padding: 1.5rem 2rem; }
            h1 { font-size: 2rem; }
            .top { padding: .75rem 2rem; }
        }
        """#

    /// Live progress (Server-Sent Events, falling back to polling) and delete confirmations. Pages work without it.
    static let javascript = #"""
        (function () {
          "use strict";
          document.querySelectorAll("form[data-confirm]").forEach(function (form) {
            form.addEventListener("submit", function (event) {
              if (!window.confirm(form.getAttribute("data-confirm"))) { event.preventDefault(); }
            });
          });
          var job = document.getElementById("job");
          if (!job) { return; }
          var status = job.getAttribute("data-status");
          if (status !== "queued" && status !== "in_progress") { return; }
          var id = job.getAttribute("data-video-id");
          var bar = document.getElementById("progress");
          var text = document.getElementById("progress-text");
          var statusText = document.getElementById("status-text");
          var finished = false;
          function apply(state) {
            if (finished) { return; }
            job.setAttribute("data-status", state.status);
            job.setAttribute("data-progress", String(state.progress));
            if (bar) { bar.value = state.progress; bar.textContent = state.progress + " %"; }
            if (text) { text.textContent = state.progress + " %"; }
            if (statusText && state.status_text) { statusText.textContent = state.status_text; }
            if (state.status === "completed" || state.status === "failed") {
              finished = true;
              window.location.reload();
            }
          }
          function poll() {
            if (finished) { return; }
            fetch("/videos/" + id + "/status", { credentials: "same-origin", headers: { "Accept": "application/json" } })
              .then(function (response) {
                if (response.status === 404) { finished = true; window.location.reload(); return null; }
                return response.ok ? response.json() : null;
              })
              .then(function (state) { if (state) { apply(state); } })
              .catch(function () {})
              .then(function () { if (!finished) { window.setTimeout(poll, 1000); } });
          }
          if (window.EventSource) {
            var source = new EventSource("/videos/" + id + "/events");
            source.onmessage = function (event) {
              try { apply(JSON.parse(event.data)); } catch (error) { /* ignore a malformed event */ }
              if (finished) { source.close(); }
            };
            source.onerror = function () {
              if (finished) { return; }
              source.close();
              poll();
            };
          } else {
            poll();
          }
        })();
        """#
}
