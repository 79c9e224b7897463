/* Versus theme: colour theme toggle, code highlighting, copy buttons and the cue on tables wider
   than their region. Pages work without it. */
(function () {
  "use strict";
  var root = document.documentElement;
  var dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function theme() {
    return root.dataset.theme || (dark && dark.matches ? "dark" : "light");
  }

  var toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    var sync = function () { toggle.setAttribute("aria-pressed", String(theme() === "dark")); };
    toggle.addEventListener("click", function () {
      var next = theme() === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      try { localStorage.setItem("versus-theme", next); } catch (e) { /* private mode: not remembered */ }
      sync();
    });
    if (dark && dark.addEventListener) { dark.addEventListener("change", sync); }
    sync();
  }

  var blocks = document.querySelectorAll("pre > code");
  for (var i = 0; i < blocks.length; i++) {
    var code = blocks[i];
    var lang = /(?:^|\s)language-([\w+#-]+)/.exec(code.className);
    if (window.hljs && lang && window.hljs.getLanguage(lang[1])) {
      window.hljs.highlightElement(code);
    }
    if (navigator.clipboard) { addCopyButton(code); }
  }

  // A table wider than its region: show the "scroll sideways" line above it and fade the right
  // edge until the reader has scrolled to the end.
  var regions = document.querySelectorAll(".table-scroll");
  function cue(region) {
    var wide = region.scrollWidth > region.clientWidth + 1;
    var figure = region.parentNode;
    if (figure && figure.classList.contains("comparison")) { figure.classList.toggle("overflows", wide); }
    region.classList.toggle("more", wide && region.scrollLeft + region.clientWidth < region.scrollWidth - 1);
  }
  for (var r = 0; r < regions.length; r++) {
    (function (region) {
      region.addEventListener("scroll", function () { cue(region); }, { passive: true });
      if (window.ResizeObserver) {
        var seen = new ResizeObserver(function () { cue(region); });
        seen.observe(region);
        if (region.firstElementChild) { seen.observe(region.firstElementChild); }
      }
      cue(region);
    })(regions[r]);
  }
  if (!window.ResizeObserver) {
    window.addEventListener("resize", function () { for (var i = 0; i < regions.length; i++) { cue(regions[i]); } });
  }

  function addCopyButton(code) {
    var pre = code.parentNode;
    var box = pre.parentNode;
    if (!box.matches("figure.code")) {
      box = document.createElement("div");
      box.className = "code-block";
      pre.parentNode.insertBefore(box, pre);
      box.appendChild(pre);
    } else {
      box.classList.add("code-block");
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy code to clipboard");
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(code.textContent).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy"; }, 1500);
      }, function () {
        button.textContent = "Press Ctrl+C";
      });
    });
    box.appendChild(button);
  }
})();
