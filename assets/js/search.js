/* Versus site search. search.json is a small manifest; the words of every page are in one file
   per first two letters (search/words-KEY.json: word -> page, weight, page, weight…) and the
   entries in files of a few hundred (search/pages-N.json). A query loads the word files of its
   words only, ranks from the weights, and loads the entries of the pages it shows. Every query
   word must match the start of a word in the title, headings, tags or summary; title matches
   weigh most (title 10, tags 5, headings 4, summary 2; a whole-word match 1.5 times more). */
(function () {
  "use strict";
  var script = document.currentScript;
  var indexUrl = script.getAttribute("data-index");
  var siteRoot = script.getAttribute("data-root") || "";
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var header = document.getElementById("site-search");
  var SHOWN = 50;
  var manifest = null;
  var loaded = {};
  var generation = 0;

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function words(s) {
    return fold(s).match(/[\p{L}\p{N}]+/gu) || [];
  }
  function load(path) {
    if (!loaded[path]) {
      loaded[path] = fetch(siteRoot + path).then(function (r) {
        if (!r.ok) { throw new Error(r.status); }
        return r.json();
      });
    }
    return loaded[path];
  }
  /* The word files a term needs: the one of its first two letters, or every one starting with
     a one-letter term. */
  function keysFor(term) {
    var cps = Array.from(term);
    if (cps.length >= 2) {
      var k = cps[0] + cps[1];
      return manifest.keys.hasOwnProperty(k) ? [k] : [];
    }
    return Object.keys(manifest.keys).filter(function (k) { return Array.from(k)[0] === term; });
  }
  /* page -> best weight of the term in that page, from the word files. */
  function termScores(term, shards) {
    var best = new Map();
    shards.forEach(function (shard) {
      Object.keys(shard).forEach(function (w) {
        if (w.lastIndexOf(term, 0) !== 0) { return; }
        var exact = w.length === term.length ? 1.5 : 1;
        var postings = shard[w];
        for (var i = 0; i < postings.length; i += 2) {
          var s = postings[i + 1] * exact;
          var had = best.get(postings[i]);
          if (had === undefined || s > had) { best.set(postings[i], s); }
        }
      });
    });
    return best;
  }
  function rank(terms) {
    return Promise.all(terms.map(function (t) {
      return Promise.all(keysFor(t).map(function (k) { return load(manifest.words + manifest.keys[k] + ".json"); }));
    })).then(function (perTerm) {
      var scores = perTerm.map(function (shards, i) { return termScores(terms[i], shards); });
      scores.sort(function (a, b) { return a.size - b.size; });
      var hits = [];
      scores[0].forEach(function (s, page) {
        var total = s;
        for (var i = 1; i < scores.length; i++) {
          var o = scores[i].get(page);
          if (o === undefined) { return; }
          total += o;
        }
        hits.push([total, page]);
      });
      // best first; at equal scores, in index order (articles and pages before generated ones)
      hits.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
      return hits;
    });
  }
  function entries(ids) {
    var files = {};
    ids.forEach(function (id) { files[Math.floor(id / manifest.chunk)] = true; });
    return Promise.all(Object.keys(files).map(function (f) {
      return load(manifest.pages + f + ".json").then(function (data) { return [Number(f), data.pages]; });
    })).then(function (chunks) {
      var byFile = {};
      chunks.forEach(function (c) { byFile[c[0]] = c[1]; });
      return ids.map(function (id) { return byFile[Math.floor(id / manifest.chunk)][id % manifest.chunk]; });
    });
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
    var mine = ++generation;
    if (!terms.length) { list.textContent = ""; status.textContent = ""; return; }
    rank(terms).then(function (hits) {
      return entries(hits.slice(0, SHOWN).map(function (h) { return h[1]; })).then(function (pages) {
        if (mine !== generation) { return; }
        show(query, terms, hits.length, pages);
      });
    }).catch(function () {
      if (mine === generation) { status.textContent = "The search index could not be loaded."; }
    });
  }

  function show(query, terms, count, pages) {
    list.textContent = "";
    status.textContent = count === 0 ? "No pages match “" + query + "”."
      : count === 1 ? "1 page matches." : count + " pages match.";
    pages.forEach(function (p) {
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
    if (manifest) { run(q); }
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
    manifest = data;
    status.textContent = "";
    run(input.value.trim());
  }, function () {
    status.textContent = "The search index could not be loaded.";
  });
})();
