// Live reload for `versus serve`: reloads the page after a rebuild, shows build errors over it.
(function () {
  "use strict";
  var overlay = null;
  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  function show(diagnostics) {
    hide();
    overlay = document.createElement("div");
    overlay.id = "versus-errors";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.94);" +
      "color:#f4f4f5;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:2rem";
    var h = document.createElement("h2");
    h.textContent = "Build failed — still showing the last good version";
    h.style.cssText = "margin:0 0 1rem;color:#fca5a5;font-size:18px";
    overlay.appendChild(h);
    diagnostics.forEach(function (d) {
      var p = document.createElement("pre");
      p.style.cssText = "white-space:pre-wrap;margin:0 0 1rem";
      var where = d.file + (d.line ? ":" + d.line + (d.column ? ":" + d.column : "") : "");
      p.textContent = where + ": " + d.severity + ": " + d.message + (d.hint ? "\n  hint: " + d.hint : "");
      overlay.appendChild(p);
    });
    (document.body || document.documentElement).appendChild(overlay);
  }
  var failed = false;
  // the page it shows, so that a rebuild writes this page first
  var source = new EventSource("/__versus/events?page=" + encodeURIComponent(location.pathname));
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("errors", function (e) {
    failed = true;
    var list = JSON.parse(e.data);
    show(Array.isArray(list) ? list : (list.diagnostics || []));
  });
  source.addEventListener("ok", function () {
    if (failed) { location.reload(); }
    hide();
  });
})();
