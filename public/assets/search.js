// Verbatim search: runs entirely in the browser, also from file://.
// The index is the global VERBATIM_SEARCH_INDEX, set by search/search-index.js
// ({ transcripts: [{title, date, path}], quotes: [{id, text, speaker, transcript, path}] },
// paths relative to the site root). Results are built with textContent, never innerHTML.
(function () {
  "use strict";
  var index = window.VERBATIM_SEARCH_INDEX;
  var form = document.querySelector("form.search");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!index || !form || !input || !status || !list) { return; }
  var root = form.getAttribute("data-root") || "";
  var LIMIT = 100;

  // Lowercase, accents removed, typographic apostrophes made straight.
  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2019\u02bc]/g, "'").toLowerCase();
  }

  var items = [];
  index.transcripts.forEach(function (t) {
    items.push({ kind: "transcript", title: t.title, detail: t.date || "", path: t.path,
                 haystack: fold(t.title) });
  });
  index.quotes.forEach(function (q) {
    items.push({ kind: "quote", title: q.text, speaker: q.speaker, detail: q.transcript, path: q.path,
                 haystack: fold(q.text + " " + (q.speaker || "") + " " + q.transcript) });
  });

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function run() {
    var terms = fold(input.value).split(/\s+/).filter(function (term) { return term.length > 0; });
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (terms.length === 0) { status.textContent = ""; return; }
    var found = items.filter(function (item) {
      return terms.every(function (term) { return item.haystack.indexOf(term) !== -1; });
    });
    status.textContent = found.length === 0 ? "No results."
      : found.length + (found.length === 1 ? " result" : " results")
        + (found.length > LIMIT ? " (first " + LIMIT + " shown)" : "") + ".";
    found.slice(0, LIMIT).forEach(function (item) {
      var li = element("li", item.kind);
      var link = element("a", null, item.title);
      link.href = root + item.path;
      li.appendChild(link);
      var meta = element("p", "meta");
      if (item.speaker) { meta.appendChild(element("span", "speaker", item.speaker)); meta.appendChild(document.createTextNode(" · ")); }
      meta.appendChild(document.createTextNode(item.detail));
      li.appendChild(meta);
      list.appendChild(li);
    });
  }

  input.addEventListener("input", run);
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; }
  run();
})();
