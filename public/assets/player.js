// Verbatim: the media player of a transcript page (progressive enhancement: without this script
// the page reads the same, and a time links to the media at that time, `media#t=62.5`).
// A click on a time (`a.time[data-seek]`) or on a turn's header seeks the page's <audio> or
// <video> to the turn's start (seconds, `data-seek` / `data-start`) and plays; while the media
// plays, the turn being spoken gets the class `current`.
(function () {
  "use strict";
  var player = document.querySelector("[data-player]");
  if (!player) return;
  var turns = Array.prototype.slice.call(document.querySelectorAll("section.turn[data-start]"));

  function seek(seconds) {
    if (!isFinite(seconds)) return;
    try { player.currentTime = seconds; } catch (e) { return; }
    var playing = player.play();
    if (playing && playing.catch) playing.catch(function () {});
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var time = target.closest("a.time[data-seek]");
    if (time) {
      event.preventDefault();
      seek(parseFloat(time.getAttribute("data-seek")));
      var turn = time.closest("section.turn[id]");
      if (turn && history.replaceState) history.replaceState(null, "", "#" + turn.id);
      return;
    }
    var header = target.closest("section.turn[data-start] > .turn-header");
    if (header && !target.closest("a")) {
      seek(parseFloat(header.parentElement.getAttribute("data-start")));
    }
  });

  var current = null;
  player.addEventListener("timeupdate", function () {
    var now = player.currentTime, found = null;
    for (var i = 0; i < turns.length; i++) {
      var start = parseFloat(turns[i].getAttribute("data-start"));
      if (start > now) break;
      var end = parseFloat(turns[i].getAttribute("data-end"));
      if (!isNaN(end) && now >= end) continue;
      found = turns[i];
    }
    if (found === current) return;
    if (current) current.classList.remove("current");
    if (found) found.classList.add("current");
    current = found;
  });

  // A page opened at #t-N starts there.
  var hash = location.hash.slice(1);
  var opened = hash && document.getElementById(hash);
  if (opened && opened.hasAttribute("data-start")) {
    player.addEventListener("loadedmetadata", function once() {
      player.removeEventListener("loadedmetadata", once);
      try { player.currentTime = parseFloat(opened.getAttribute("data-start")); } catch (e) {}
    });
  }
})();
