"use strict";
(function () {
  var form = document.getElementById("network-filters");
  var box = document.getElementById("cy");
  var summary = document.getElementById("network-summary");
  var central = document.getElementById("central");
  var picked = document.getElementById("picked");
  function params() {
    var p = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) return;
      if (el.multiple) { Array.prototype.forEach.call(el.selectedOptions, function (o) { p.append(el.name, o.value); }); }
      else if (el.value) p.append(el.name, el.value);
    });
    return p;
  }
  function load() {
    var p = params();
    summary.textContent = "Loading…";
    history.replaceState(null, "", "/network" + (p.toString() ? "?" + p.toString() : ""));
    fetch("/api/network?" + p.toString(), { headers: { Accept: "application/json" } }).then(function (r) { return r.json(); }).then(function (g) {
      var maxc = 0.0001;
      g.nodes.forEach(function (n) { maxc = Math.max(maxc, n.centrality); });
      var els = g.nodes.map(function (n) {
        return { data: { id: n.id, label: n.label, size: 14 + 46 * (n.centrality / maxc),
          color: n.community >= 0 ? kg.PALETTE[n.community % kg.PALETTE.length] : "#a0aec0", node: n } };
      });
      g.edges.forEach(function (e, i) {
        els.push({ data: { id: "e" + i, source: e.source, target: e.target, label: e.label + " (" + e.corroboration + ")",
          width: 1 + Math.min(e.corroboration, 6), arrow: e.relation === "partnersWith" ? "none" : "triangle", edge: e } });
      });
      summary.textContent = g.nodes.length
        ? g.nodes.length + " organizations, " + g.edges.length + " links, " + g.communities + " communities."
        : "No organization matches these filters. Widen them (e.g. lower the minimum number of articles).";
      var cy = kg.drawGraph(box, els, { edgeLabels: false });
      window.kgCy = cy;
      central.textContent = "";
      g.nodes.slice().sort(function (a, b) { return b.centrality - a.centrality; }).slice(0, 10).forEach(function (n) {
        var li = kg.el("li"); li.appendChild(kg.el("a", { href: kg.href(n.id) }, n.label));
        li.appendChild(kg.el("span", { "class": "muted small" }, " " + n.degree + " link" + (n.degree === 1 ? "" : "s")));
        central.appendChild(li);
      });
      cy.on("tap", "node", function (ev) {
        var n = ev.target.data("node");
        picked.textContent = "";
        picked.appendChild(kg.el("h3", null, n.label));
        picked.appendChild(kg.el("p", null, [n.subtype, n.country].filter(Boolean).join(" · ")));
        picked.appendChild(kg.el("p", { "class": "small" }, "Degree " + n.degree + ", centrality " + n.centrality + ", community " + (n.community + 1)));
        picked.appendChild(kg.el("a", { href: kg.href(n.id), "class": "button" }, "Open " + n.label));
      });
      cy.on("dbltap", "node", function (ev) { location.href = kg.href(ev.target.id()); });
    }).catch(function (err) { summary.textContent = "Could not load the network: " + err; });
  }
  // restore filters from the URL
  var init = new URLSearchParams(location.search);
  Array.prototype.forEach.call(form.elements, function (el) {
    if (!el.name || !init.has(el.name)) return;
    if (el.multiple) { var vals = init.getAll(el.name); Array.prototype.forEach.call(el.options, function (o) { o.selected = vals.indexOf(o.value) >= 0; }); }
    else el.value = init.get(el.name);
  });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); load(); });
  form.addEventListener("reset", function () { setTimeout(load, 0); });
  load();
})();
