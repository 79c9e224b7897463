/* Versus site search: loads search.json once and ranks pages in the browser. Every query word
   must match the start of a word in the title, headings, tags or summary; title matches weigh most. */
(function () {
  "use strict";
  var script = document.currentScript;
  var indexUrl = script.getAttribute("data-index");
  var siteRoot = script.getAttribute("data-root") || "";
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var header = document.getElementById("site-search");
  var FIELDS = [["title", 10], ["headings", 4], ["tags", 5], ["summary", 2]];
  var pages = null;

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function words(s) {
    return fold(s).match(/[\p{L}\p{N}]+/gu) || [];
  }

  function prepare(data) {
    return data.pages.map(function (p) {
      var page = { page: p };
      FIELDS.forEach(function (f) {
        var v = p[f[0]];
        page[f[0]] = words(Array.isArray(v) ? v.join(" ") : v || "");
      });
      return page;
    });
  }

  function score(page, terms) {
    var total = 0;
    for (var t = 0; t < terms.length; t++) {
      var best = 0;
      for (var f = 0; f < FIELDS.length; f++) {
        var ws = page[FIELDS[f][0]];
        for (var w = 0; w < ws.length; w++) {
          if (ws[w].lastIndexOf(terms[t], 0) === 0) {
            var s = FIELDS[f][1] * (ws[w].length === terms[t].length ? 1.5 : 1);
            if (s > best) { best = s; }
          }
        }
      }
      if (best === 0) { return 0; }
      total += best;
    }
    return total;
  }

  function mark(text, terms) {
    var frag = document.createDocumentFragment();
    var re = new RegExp("(^|[^\\p{L}\\p{N}])(" + terms.map(function (t) {
      return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }).join("|") + ")", "giu");
    var last = 0;
    var folded = fold(text);
    var m;
    // Match on the folded text, whose length equals the original for composed Latin letters.
    if (folded.length !== text.length) { frag.appendChild(document.createTextNode(text)); return frag; }
    while ((m = re.exec(folded)) !== null) {
      var start = m.index + m[1].length;
      frag.appendChild(document.createTextNode(text.slice(last, start)));
      var el = document.createElement("mark");
      el.textContent = text.slice(start, start + m[2].length);
      frag.appendChild(el);
      last = start + m[2].length;
    }
    frag.appendChild(document.createTextNode(text.slice(last)));
    return frag;
  }

  function run(query) {
    var terms = words(query);
    list.textContent = "";
    if (!terms.length) { status.textContent = ""; return; }
    var hits = [];
    pages.forEach(function (p) {
      var s = score(p, terms);
      if (s > 0) { hits.push([s, p.page]); }
    });
    hits.sort(function (a, b) { return b[0] - a[0]; });
    status.textContent = hits.length === 0 ? "No pages match “" + query + "”."
      : hits.length === 1 ? "1 page matches." : hits.length + " pages match.";
    hits.slice(0, 50).forEach(function (h) {
      var p = h[1];
      var li = document.createElement("li");
      var h2 = document.createElement("h2");
      var a = document.createElement("a");
      a.href = siteRoot + p.url;
      a.appendChild(mark(p.title, terms));
      h2.appendChild(a);
      li.appendChild(h2);
      if (p.summary) {
        var s = document.createElement("p");
        s.appendChild(mark(p.summary, terms));
        li.appendChild(s);
      }
      if (p.tags && p.tags.length) {
        var t = document.createElement("p");
        t.className = "meta";
        t.textContent = p.tags.join(" · ");
        li.appendChild(t);
      }
      list.appendChild(li);
    });
  }

  function update() {
    var q = input.value.trim();
    var url = new URL(window.location.href);
    if (q) { url.searchParams.set("q", q); } else { url.searchParams.delete("q"); }
    window.history.replaceState(null, "", url);
    if (header) { header.value = q; }
    if (pages) { run(q); }
  }

  var q = new URLSearchParams(window.location.search).get("q") || "";
  input.value = q;
  if (header) { header.value = q; }
  var timer;
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(update, 120); });
  input.form.addEventListener("submit", function (e) { e.preventDefault(); update(); });
  status.textContent = "Loading the index…";
  fetch(indexUrl).then(function (r) {
    if (!r.ok) { throw new Error(r.status); }
    return r.json();
  }).then(function (data) {
    pages = prepare(data);
    status.textContent = "";
    run(input.value.trim());
  }, function () {
    status.textContent = "The search index could not be loaded.";
  });
})();
