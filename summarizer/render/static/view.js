// The evidence view's only script (admitted by its hash in the page's Content-Security-Policy).
// It adds behaviour, never content: everything is in the HTML with JavaScript off.
// Text from the article or the model is only ever set with textContent.
(function () {
  "use strict";
  var docs = Array.prototype.slice.call(document.querySelectorAll("section.doc"));
  var box = document.getElementById("hoverbox");
  document.documentElement.classList.add("js");

  function show(key) {
    if (docs.length < 2) return;
    var found = docs.some(function (d) { return d.id === key; });
    docs.forEach(function (d, n) { d.classList.toggle("off", found ? d.id !== key : n !== 0); });
    document.querySelectorAll(".switcher a").forEach(function (a) {
      a.classList.toggle("current", a.getAttribute("data-doc") === (found ? key : docs[0].id));
    });
  }

  function marksOf(section, id) {
    return Array.prototype.filter.call(section.querySelectorAll("mark[data-items]"), function (m) {
      return m.getAttribute("data-items").split(" ").indexOf(id) >= 0;
    });
  }

  function select(item, target) {
    var section = item.closest("section.doc");
    var id = item.getAttribute("data-item");
    section.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
    section.querySelectorAll(".item.selected").forEach(function (i) { i.classList.remove("selected"); });
    item.classList.add("selected");
    var marks = marksOf(section, id);
    marks.forEach(function (m) { m.classList.add("active"); });
    var first = target || marks[0];
    if (first) first.scrollIntoView({ block: "center" });
  }

  document.addEventListener("click", function (ev) {
    var link = ev.target.closest(".switcher a");
    if (link) { show(link.getAttribute("data-doc")); return; }
    var item = ev.target.closest(".item");
    if (item) {
      var ev_link = ev.target.closest("a.ev");
      var target = null;
      if (ev_link) {
        ev.preventDefault();
        var anchor = document.getElementById(ev_link.getAttribute("href").slice(1));
        target = anchor && anchor.nextElementSibling;
      }
      select(item, target);
      return;
    }
    var mark = ev.target.closest("mark[data-items]");
    if (mark) {
      var section = mark.closest("section.doc");
      var entry = document.getElementById(section.id + "-" + mark.getAttribute("data-items").split(" ")[0]);
      if (entry) { entry.scrollIntoView({ block: "nearest" }); entry.focus({ preventScroll: true }); }
    }
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && ev.target.classList && ev.target.classList.contains("item")) select(ev.target, null);
  });

  document.addEventListener("mouseover", function (ev) {
    var mark = ev.target.closest && ev.target.closest("mark[data-items]");
    if (!mark) { box.hidden = true; return; }
    var section = mark.closest("section.doc");
    box.textContent = "";
    mark.getAttribute("data-items").split(" ").forEach(function (id) {
      var entry = document.getElementById(section.id + "-" + id);
      var line = document.createElement("div");
      line.textContent = entry ? entry.getAttribute("data-label") : id;
      box.appendChild(line);
    });
    var r = mark.getBoundingClientRect();
    box.style.left = Math.max(4, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - 330)) + "px";
    box.style.top = (r.bottom + window.scrollY + 4) + "px";
    box.hidden = false;
  });

  window.addEventListener("hashchange", function () { show(location.hash.slice(1)); });
  show(location.hash.slice(1));
})();

// The eval report: a table with th.sortable headers sorts on click (by each cell's data-sort).
(function () {
  "use strict";
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("th.sortable").forEach(function (th) {
      th.setAttribute("tabindex", "0");
      th.addEventListener("click", function () {
        var index = Array.prototype.indexOf.call(th.parentNode.children, th);
        var numeric = th.getAttribute("data-type") === "num";
        var down = th.getAttribute("aria-sort") !== "descending";
        table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", down ? "descending" : "ascending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[index].getAttribute("data-sort") || "", y = b.cells[index].getAttribute("data-sort") || "";
          var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
          return down ? -c : c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
