// Small progressive enhancements: sortable tables, quick filter, auto-submit filters.
(function () {
  "use strict";
  function cellKey(row, i) {
    var c = row.children[i];
    if (!c) return "";
    return c.getAttribute("data-key") || c.textContent.trim();
  }
  function sortBy(table, i, th) {
    var body = table.tBodies[0];
    if (!body) return;
    var asc = !th.classList.contains("asc");
    Array.prototype.forEach.call(th.parentNode.children, function (h) { h.classList.remove("asc", "desc"); });
    th.classList.add(asc ? "asc" : "desc");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellKey(a, i), y = cellKey(b, i);
      var nx = parseFloat(x), ny = parseFloat(y);
      var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "vi");
      return asc ? r : -r;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th").forEach(function (th, i) {
      th.addEventListener("click", function () { sortBy(table, i, th); });
    });
  });
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  document.querySelectorAll("input[data-table]").forEach(function (input) {
    var table = document.getElementById(input.getAttribute("data-table"));
    var counter = document.getElementById("row-count");
    if (!table) return;
    input.addEventListener("input", function () {
      var q = fold(input.value.trim());
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
        var ok = !q || fold(r.textContent).indexOf(q) !== -1;
        r.hidden = !ok;
        if (ok) shown++;
      });
      if (counter) counter.textContent = (counter.dataset.template || "{n}").replace("{n}", shown);
    });
  });
  var form = document.getElementById("audit-filters");
  if (form) {
    form.querySelectorAll("select").forEach(function (s) {
      s.addEventListener("change", function () {
        // Drop empty fields so the URL stays readable.
        form.querySelectorAll("select").forEach(function (x) { x.disabled = !x.value; });
        form.submit();
      });
    });
  }
  var hl = document.getElementById("hl");
  if (hl && location.hash !== "#hl") hl.scrollIntoView({ block: "center" });
})();
