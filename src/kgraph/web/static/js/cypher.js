"use strict";
(function () {
  var form = document.getElementById("cypher-form");
  var ta = document.getElementById("cypher-query");
  var status = document.getElementById("cypher-status");
  var tableBox = document.getElementById("cypher-table");
  var graphBox = document.getElementById("cy");
  var last = null, cy = null;
  var m = /^#query=(.*)$/.exec(location.hash);
  if (m) { ta.value = decodeURIComponent(m[1].replace(/\+/g, " ")); history.replaceState(null, "", location.pathname); }
  function cell(v) {
    if (v === null || v === undefined) return "";
    if (typeof v === "object") {
      if (v.labels) return "(" + v.labels.join(":") + " " + (v.properties && (v.properties.name || v.properties.iri) || v.id) + ")";
      if (v.type && v.start !== undefined) return "[:" + v.type + "]";
      return JSON.stringify(v);
    }
    return String(v);
  }
  function showTable(d) {
    tableBox.textContent = "";
    if (!d.rows.length) { tableBox.appendChild(kg.el("p", { "class": "empty" }, "The query returned no row.")); return; }
    var t = kg.el("table", { "class": "data", id: "cypher-results" });
    var tr = kg.el("tr"); d.columns.forEach(function (c) { tr.appendChild(kg.el("th", null, c)); });
    var thead = kg.el("thead"); thead.appendChild(tr); t.appendChild(thead);
    var tb = kg.el("tbody");
    d.rows.forEach(function (row) {
      var r = kg.el("tr");
      row.forEach(function (v) {
        var td = kg.el("td");
        var text = cell(v);
        var iri = v && typeof v === "object" && v.properties && v.properties.iri ? v.properties.iri : (typeof v === "string" && v.indexOf("/id/") > 0 && /^https?:/.test(v) ? v : null);
        if (iri) td.appendChild(kg.el("a", { href: kg.href(iri) }, text)); else td.textContent = text;
        r.appendChild(td);
      });
      tb.appendChild(r);
    });
    t.appendChild(tb); tableBox.appendChild(t);
  }
  function showGraph(d) {
    var els = [];
    var ids = {};
    (d.nodes || []).forEach(function (n) {
      ids[n.id] = true;
      var kind = (n.labels || []).filter(function (l) { return kg.KIND_COLORS[l]; })[0] || "Thing";
      els.push({ data: { id: "n" + n.id, label: (n.properties && (n.properties.name || n.properties.label)) || (n.labels || []).join(":"), color: kg.KIND_COLORS[kind], size: 24, iri: n.properties && n.properties.iri } });
    });
    (d.relationships || []).forEach(function (r) {
      if (!ids[r.start] || !ids[r.end]) return;
      els.push({ data: { id: "r" + r.id, source: "n" + r.start, target: "n" + r.end, label: r.type, width: 2, arrow: "triangle" } });
    });
    if (cy) { cy.destroy(); cy = null; }
    if (!els.length) { graphBox.textContent = ""; graphBox.appendChild(kg.el("p", { "class": "empty" }, "No node in the result: nothing to draw.")); return; }
    cy = kg.drawGraph(graphBox, els, { edgeLabels: true });
    window.kgCy = cy;
    cy.on("dbltap", "node", function (ev) { var iri = ev.target.data("iri"); if (iri) location.href = kg.href(iri); });
  }
  function run() {
    status.textContent = "Running…";
    status.className = "muted";
    fetch("/cypher", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify({ query: ta.value }) })
      .then(function (r) { return r.json().catch(function () { return { error: "HTTP " + r.status }; }).then(function (d) { return { status: r.status, d: d }; }); })
      .then(function (res) {
        if (res.status === 404) throw new Error("The Cypher service is not part of this installation.");
        if (res.status === 503 || (res.d && res.d.code === "unavailable")) {
          status.className = "warning"; status.textContent = "The graph database is not running, so Cypher queries cannot be answered right now. (SPARQL still works.) Details: " + (res.d.error || "");
          return;
        }
        if (res.d.error) { status.className = "warning"; status.textContent = "Error: " + res.d.error; return; }
        last = res.d;
        status.textContent = res.d.rows.length + " row(s)" + (res.d.truncated ? " (truncated)" : "") + (res.d.elapsed_ms !== undefined ? " in " + res.d.elapsed_ms + " ms" : "") + ".";
        showTable(res.d);
        if (!graphBox.classList.contains("hidden")) showGraph(res.d);
      })
      .catch(function (err) { status.className = "warning"; status.textContent = "The graph database is not running or cannot be reached: " + err.message; });
  }
  form.addEventListener("submit", function (ev) { ev.preventDefault(); run(); });
  ta.addEventListener("keydown", function (ev) { if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); run(); } });
  document.querySelectorAll(".tabs button").forEach(function (b) {
    b.addEventListener("click", function () {
      document.querySelectorAll(".tabs button").forEach(function (x) { x.classList.toggle("active", x === b); });
      var graph = b.dataset.tab === "graph";
      tableBox.classList.toggle("hidden", graph); graphBox.classList.toggle("hidden", !graph);
      if (graph && last) showGraph(last);
    });
  });
})();
