// Verbatim search: runs entirely in the browser, also from file://.
// The index is the global VERBATIM_SEARCH_INDEX, set by search/search-index.js
// ({ transcripts: [{title, date, dateDisplay, path}], quotes: [{id, text, speaker, transcript, path}] },
// paths relative to the site root). Results are built with textContent, never innerHTML.
// The messages are the site's words, read from the form's data attributes (data-no-results,
// data-results-one / data-results-other with {count}, data-limited with {limit}, data-full-stop,
// data-undated, and data-plural-one: the counts that take the singular form, e.g. "0 1").
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

  function word(name, fallback) {
    var value = form.getAttribute("data-" + name);
    return value === null ? fallback : value;
  }
  var singular = word("plural-one", "1").split(/[\s,]+/);

  // Lowercase, accents removed, typographic apostrophes made straight.
  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2019\u02bc]/g, "'").toLowerCase();
  }

  var items = [];
  index.transcripts.forEach(function (t) {
    items.push({ kind: "transcript", title: t.title, detail: t.dateDisplay || t.date || word("undated", ""), path: t.path,
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
    var count = String(found.length);
    status.textContent = found.length === 0 ? word("no-results", "No results.")
      : word(singular.indexOf(count) !== -1 ? "results-one" : "results-other", "{count} results").split("{count}").join(count)
        + (found.length > LIMIT ? word("limited", " (first {limit} shown)").split("{limit}").join(String(LIMIT)) : "")
        + word("full-stop", ".");
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
