"use strict";
(function () {
  var table = document.getElementById("investments");
  var form = document.getElementById("inv-filters");
  var svg = document.getElementById("timeline");
  var count = document.getElementById("inv-count");
  var rows = table ? Array.prototype.slice.call(table.tBodies[0].rows) : [];
  var sortKey = "when", sortDir = -1;
  function visible() { return rows.filter(function (r) { return !r.hidden; }); }
  function applyFilter() {
    var q = form.elements.q.value.trim().toLowerCase(), t = form.elements.type.value, c = form.elements.currency.value;
    rows.forEach(function (r) {
      var d = r.dataset, text = (d.investor + " " + d.recipient + " " + d.sentence).toLowerCase();
      r.hidden = (q && text.indexOf(q) < 0) || (t && d.type !== t) || (c && d.currency !== c);
    });
    if (count) count.textContent = visible().length + " of " + rows.length + " shown.";
    drawTimeline();
  }
  function sortBy(key, type) {
    if (sortKey === key) sortDir = -sortDir; else { sortKey = key; sortDir = type === "number" ? -1 : 1; }
    rows.sort(function (a, b) {
      var x = a.dataset[key] || "", y = b.dataset[key] || "";
      if (type === "number") { x = x === "" ? -Infinity : parseFloat(x); y = y === "" ? -Infinity : parseFloat(y); return (x - y) * sortDir; }
      return x.localeCompare(y) * sortDir;
    });
    var body = table.tBodies[0];
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.classList.toggle("sorted-asc", th.dataset.key === sortKey && sortDir === 1);
      th.classList.toggle("sorted-desc", th.dataset.key === sortKey && sortDir === -1);
    });
  }
  var NS = "http://www.w3.org/2000/svg";
  function svgEl(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) e.textContent = text;
    return e;
  }
  function toYear(s) { var m = /^(\d{4})(?:-(\d{2}))?/.exec(s || ""); return m ? parseInt(m[1], 10) + (m[2] ? (parseInt(m[2], 10) - 1) / 12 : 0) : null; }
  function drawTimeline() {
    if (!svg) return;
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var W = svg.clientWidth || 800, H = 120, pad = 30;
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    var pts = visible().map(function (r) { return { y: toYear(r.dataset.when), r: r }; }).filter(function (p) { return p.y !== null; });
    if (!pts.length) { svg.appendChild(svgEl("text", { x: 10, y: 60, "class": "muted" }, "No dated investment to show.")); return; }
    var lo = Math.floor(Math.min.apply(null, pts.map(function (p) { return p.y; }))), hi = Math.ceil(Math.max.apply(null, pts.map(function (p) { return p.y; })) + 0.01);
    if (hi - lo < 2) { lo -= 1; hi += 1; }
    var x = function (v) { return pad + (W - 2 * pad) * (v - lo) / (hi - lo); };
    svg.appendChild(svgEl("line", { x1: pad, x2: W - pad, y1: H - 25, y2: H - 25, stroke: "#718096" }));
    for (var yr = lo; yr <= hi; yr++) {
      svg.appendChild(svgEl("line", { x1: x(yr), x2: x(yr), y1: H - 28, y2: H - 22, stroke: "#718096" }));
      svg.appendChild(svgEl("text", { x: x(yr), y: H - 8, "text-anchor": "middle", "font-size": 11, fill: "#4a5568" }, String(yr)));
    }
    var amounts = pts.map(function (p) { return parseFloat(p.r.dataset.amount) || 0; });
    var maxA = Math.max.apply(null, amounts.concat([1]));
    var stack = {};
    pts.forEach(function (p, i) {
      var key = Math.round(x(p.y)); stack[key] = (stack[key] || 0) + 1;
      var rad = amounts[i] ? 5 + 12 * Math.sqrt(amounts[i] / maxA) : 5;
      var c = svgEl("circle", { cx: x(p.y), cy: H - 25 - 12 * stack[key], r: rad, fill: p.r.dataset.type === "Funding" ? "#2f855a" : "#2b6cb0", "fill-opacity": 0.7, "class": "dot" });
      c.appendChild(svgEl("title", {}, p.r.dataset.investor + " → " + p.r.dataset.recipient + " (" + p.r.dataset.when + ")"));
      c.addEventListener("click", function () { p.r.scrollIntoView({ behavior: "smooth", block: "center" }); p.r.classList.add("flash"); setTimeout(function () { p.r.classList.remove("flash"); }, 1500); });
      svg.appendChild(c);
    });
  }
  if (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      if (!th.dataset.key) return;
      th.tabIndex = 0; th.classList.add("sortable");
      th.addEventListener("click", function () { sortBy(th.dataset.key, th.dataset.type); });
      th.addEventListener("keydown", function (ev) { if (ev.key === "Enter") sortBy(th.dataset.key, th.dataset.type); });
    });
  }
  form.addEventListener("input", applyFilter);
  form.addEventListener("change", applyFilter);
  window.addEventListener("resize", kg.debounce(drawTimeline, 200));
  applyFilter();
})();
