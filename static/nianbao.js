/* Nianbao: small enhancements on top of pages that work without JavaScript.
   Search page: the filter panel folds on phones and keeps its state across htmx swaps; the
   search box follows the state htmx loaded; "/" focuses it. Report page: copy-link buttons
   beside each heading's anchor, and "next match" over the highlighted terms. */
(function () {
  "use strict";

  // What only the script does (searching as one types) is said only when it runs: style.css shows .js-only
  // under html.js. Without JavaScript the hint promised a search on typing that never came (QA 31 #9).
  document.documentElement.classList.add("js");

  var narrow = window.matchMedia("(max-width: 900px)");

  /* ---- search page ---- */

  var panelOpen = {}; // the user's choice on a phone, by panel id, kept while htmx swaps the panel

  function fitPanel() {
    // Panels are sent closed (a phone without the script shows the results first, as with it).
    var panels = document.querySelectorAll("details.filter-panel");
    for (var i = 0; i < panels.length; i++) {
      var panel = panels[i];
      if (!narrow.matches) {
        panel.open = true; // on wide screens the panel is a plain sidebar (its summary is hidden)
      } else {
        panel.open = panel.id in panelOpen ? panelOpen[panel.id] : false;
      }
    }
  }

  function syncQuery() {
    var state = document.querySelector(".results-state");
    var input = document.getElementById("q");
    if (!state || !input || document.activeElement === input) return;
    var q = state.getAttribute("data-q") || "";
    if (input.value !== q) input.value = q;
  }

  document.addEventListener("toggle", function (event) {
    var panel = event.target;
    if (panel.classList && panel.classList.contains("filter-panel") && narrow.matches) panelOpen[panel.id] = panel.open;
  }, true);

  // A swap sends the panels closed as the server renders them: what the user had open (/stats' 筛选, a facet's 更多)
  // stays open, and a value the click moved into a closed list (unticked, 教育局 goes back under 更多) keeps the
  // focus, its list opened, where htmx finds its id out of sight (QA 33 #5). The search's own panel is fitPanel's.
  // Only a swap that happens may leave its state to the settle that follows it: an error status (htmx 2 swaps no
  // 4xx/5xx) or a swap a listener refused left it to the next unrelated settle, which reopened stale panels and
  // focused a stale id (rev33 #10). The event is kept until its request ends, when the swap is decided.
  var beforeSwap = null;
  var swapEvent = null;

  document.addEventListener("htmx:beforeSwap", function (event) {
    beforeSwap = swapEvent = null;
    if (!event.detail || !event.detail.shouldSwap) return;
    var target = event.detail.target;
    var active = document.activeElement;
    var open = target && target.querySelectorAll ? target.querySelectorAll("details[open][id]") : [];
    var wrap = active && active.closest ? active.closest(".table-wrap") : null;
    beforeSwap = {focused: active && active.id ? active.id : "", open: [], scrolled: wrap ? wrap.scrollLeft : 0};
    for (var i = 0; i < open.length; i++) beforeSwap.open.push(open[i].id);
    swapEvent = event;
  });

  document.addEventListener("htmx:afterRequest", function () {
    if (swapEvent && (swapEvent.defaultPrevented || !swapEvent.detail.shouldSwap)) beforeSwap = null;
    swapEvent = null;
  });

  function keptFocus() {
    var saved = beforeSwap;
    beforeSwap = null;
    if (!saved) return false;
    for (var i = 0; i < saved.open.length; i++) {
      var details = document.getElementById(saved.open[i]);
      if (details && !details.classList.contains("filter-panel")) details.open = true;
    }
    var active = document.activeElement;
    if (active && active !== document.body) return true;
    var element = saved.focused ? document.getElementById(saved.focused) : null;
    if (!element) return false;
    for (var p = element.parentElement; p; p = p.parentElement) {
      if (p.tagName === "DETAILS" && !p.open && !p.classList.contains("filter-panel")) p.open = true;
    }
    element.focus();
    return document.activeElement === element;
  }

  // A control kept focused inside a table box (/stats' sort headers) is in a new box, scrolled back to its start: the
  // box is put back where it was, with the control in view, so that the focus ring and the ▼ are on screen (QA 38 #3:
  // at 390 px the sorted header lay off to the right after Enter).
  function keptInView(saved) {
    var active = document.activeElement;
    var wrap = active && active.closest ? active.closest(".table-wrap") : null;
    if (!saved || !wrap) return;
    wrap.scrollLeft = saved.scrolled;
    var box = wrap.getBoundingClientRect(), own = active.getBoundingClientRect();
    var names = wrap.querySelector("tbody th[scope=row], td.lead");
    var left = names && getComputedStyle(names).position === "sticky" && !active.closest(".lead, th[scope=row]")
      ? names.getBoundingClientRect().right : box.left;
    if (own.right > box.left + wrap.clientWidth) wrap.scrollLeft += own.right - (box.left + wrap.clientWidth);
    else if (own.left < left) wrap.scrollLeft -= left - own.left;
  }

  // A control that vanished with the swap (a chip, a page number, a sort link, an 应用 button of a
  // form that stays) leaves the focus nowhere: put it on the swapped part's summary ([data-swap-focus]:
  // the result count, the statistics' summary …), which also brings the new content into view. The
  // focus is judged by where it is, not by which element asked: a form's button asks as its form.
  document.addEventListener("htmx:afterSettle", function (event) {
    fitPanel();
    syncQuery();
    var saved = beforeSwap;
    if (keptFocus()) { keptInView(saved); return; }
    var active = document.activeElement;
    if (active && active !== document.body) return;
    var target = event.detail && event.detail.target;
    var heading = target && target.querySelector ? target.querySelector("[data-swap-focus]") : null;
    if (heading) heading.focus();
  });

  // Back and Forward restore a page by asking the server for it (historyCacheSize 0), which sends its panels closed:
  // what was open when the user left an address (/stats' 筛选, a 更多) opens again when they come back to it (QA 35
  // #8). Kept for this tab's life only, by address.
  var openAt = {};

  function address(path) {
    var url = new URL(path, window.location.href);
    return url.pathname + url.search;
  }

  document.addEventListener("htmx:beforeHistorySave", function (event) {
    var open = document.querySelectorAll("details[open][id]:not(.filter-panel)");
    var ids = [];
    for (var i = 0; i < open.length; i++) ids.push(open[i].id);
    openAt[address(event.detail.path)] = ids;
  });

  document.addEventListener("htmx:historyRestore", function (event) {
    var ids = openAt[address(event.detail.path)] || [];
    for (var i = 0; i < ids.length; i++) {
      var details = document.getElementById(ids[i]);
      if (details) details.open = true;
    }
  });

  narrow.addEventListener("change", fitPanel);

  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var input = document.getElementById("q");
    var target = event.target;
    if (!input || target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  /* ---- report page: copy links ---- */

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // Plain http on a LAN address has no Clipboard API: the old selection route still works.
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "offscreen";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy failed")); }
    });
  }

  function setupCopyLinks() {
    var status = document.getElementById("copy-status");
    // The shared form (the words alone, report_page.shared_link): not the list the page was opened from.
    var shared = document.querySelector("[data-share]");
    var page = shared ? shared.getAttribute("data-share") : location.pathname + location.search;
    document.querySelectorAll("button.copy-link").forEach(function (button) {
      button.hidden = false;
      var label = button.firstChild.nodeValue;
      button.addEventListener("click", function () {
        var url = location.origin + page + "#" + button.getAttribute("data-anchor");
        copyText(url).then(function () {
          button.firstChild.nodeValue = "已复制";
          button.classList.add("done");
          if (status) status.textContent = "链接已复制：" + url;
        }, function () {
          button.firstChild.nodeValue = "复制失败";
          if (status) status.textContent = "无法复制，请右键点击 # 复制链接。";
        });
        setTimeout(function () {
          button.firstChild.nodeValue = label;
          button.classList.remove("done");
        }, 2000);
      });
    });
  }

  /* ---- report page: next / previous match ---- */

  function setupMatches() {
    var nav = document.querySelector(".match-nav");
    if (!nav) return;
    var marks = Array.prototype.slice.call(document.querySelectorAll(".report-body mark.hit"));
    if (!marks.length) return;
    var pos = nav.querySelector(".match-pos");
    var current = -1;
    nav.hidden = false;

    function show(index) {
      if (current >= 0) marks[current].classList.remove("current");
      current = (index + marks.length) % marks.length;
      var mark = marks[current];
      mark.classList.add("current");
      mark.scrollIntoView({ block: "center" });
      pos.textContent = "第 " + (current + 1) + " / " + marks.length + " 处";
    }

    // The first step goes to the first match below the top of the window: after landing on
    // a section, "next" means the next match the reader has not scrolled past.
    function firstBelow() {
      var top = (document.querySelector(".match-bar") || { offsetHeight: 0 }).offsetHeight;
      for (var i = 0; i < marks.length; i++) {
        if (marks[i].getBoundingClientRect().top > top) return i;
      }
      return 0;
    }

    function step(delta) {
      if (current < 0) {
        var start = firstBelow();
        show(delta > 0 ? start : start - 1);
      } else {
        show(current + delta);
      }
    }

    nav.querySelector(".match-next").addEventListener("click", function () { step(1); });
    nav.querySelector(".match-prev").addEventListener("click", function () { step(-1); });
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (event.key === "n") { step(1); event.preventDefault(); }
      if (event.key === "N") { step(-1); event.preventDefault(); }
    });
  }

  /* ---- wide tables ---- */

  // A table wider than its box scrolls sideways in it (style.css), and the box's edge cuts the column it
  // falls in: a right-aligned 3,119 cut on its right reads 3,11, a 26 reads 2 (QA 31 #3, #6). A figure cell
  // that the box's right edge, or the row names kept in view on the left, cut is left blank until it is
  // scrolled wholly into view; a line above the table says that it scrolls.
  var CUE = "表格较宽，左右滑动可查看其余各列";

  // Every box is measured before any is changed: a cue inserted or a cell blanked between two measurements made the
  // browser lay the page out again for the next one (three layouts of /stats' first load; session 32).
  function measureTable(wrap) {
    var scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
    var cells = wrap.querySelectorAll(".num");
    var cut = [];
    if (scrolls) {
      var box = wrap.getBoundingClientRect();
      var left = box.left + wrap.clientLeft, right = left + wrap.clientWidth;
      var names = wrap.querySelector("tbody th[scope=row], td.lead");
      if (names && getComputedStyle(names).position === "sticky") left = Math.max(left, names.getBoundingClientRect().right);
      cells.forEach(function (cell) {
        var r = cell.getBoundingClientRect();
        cut.push((r.left < right - 0.5 && r.right > right + 0.5) || (r.left < left - 0.5 && r.right > left + 0.5));
      });
    }
    return {wrap: wrap, scrolls: scrolls, cells: cells, cut: cut};
  }

  function fitTable(measured) {
    var wrap = measured.wrap, scrolls = measured.scrolls;
    var cue = wrap.previousElementSibling;
    var hasCue = !!(cue && cue.classList.contains("scroll-cue"));
    if (scrolls && !hasCue) {
      cue = document.createElement("p");
      cue.className = "scroll-cue";
      cue.setAttribute("aria-hidden", "true"); // the table reads whole to a screen reader: nothing is hidden
      cue.textContent = CUE;
      wrap.parentNode.insertBefore(cue, wrap);
    } else if (!scrolls && hasCue) {
      cue.remove();
    }
    wrap.classList.toggle("scrolls", scrolls);
    measured.cells.forEach(function (cell, i) { cell.classList.toggle("cut", scrolls && measured.cut[i]); });
  }

  var fitting = false;
  function fitTables() {
    if (fitting) return;
    fitting = true;
    window.requestAnimationFrame(function () {
      fitting = false;
      var measured = Array.prototype.map.call(document.querySelectorAll(".table-wrap"), measureTable);
      measured.forEach(fitTable);
    });
  }

  function setupTables() {
    fitTables();
    window.addEventListener("resize", fitTables);
    // scroll does not bubble: caught on its way down to any table box.
    document.addEventListener("scroll", function (event) {
      if (event.target.classList && event.target.classList.contains("table-wrap")) fitTables();
    }, {capture: true, passive: true});
    document.addEventListener("htmx:afterSettle", fitTables);
    document.addEventListener("toggle", fitTables, true); // a table inside <details> opened
  }

  function init() {
    fitPanel();
    setupCopyLinks();
    setupMatches();
    setupTables();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
