"use strict";
(function () {
  var box = document.getElementById("cy");
  if (!box) return;
  fetch(box.dataset.src, { headers: { Accept: "application/json" } }).then(function (r) { return r.json(); }).then(function (g) {
    var els = [];
    g.nodes.forEach(function (n) {
      els.push({ data: { id: n.id, label: n.label, color: kg.KIND_COLORS[n.kind] || kg.KIND_COLORS.Thing, size: n.focus ? 34 : 22, focus: n.focus } });
    });
    g.edges.forEach(function (e, i) {
      els.push({ data: { id: "e" + i, source: e.source, target: e.target, label: e.label, width: 2, arrow: e.relation === "partnersWith" ? "none" : "triangle" } });
    });
    if (g.edges.length === 0) {
      box.parentNode.insertBefore(kg.el("p", { "class": "empty" }, "No relation to draw yet."), box.nextSibling);
    }
    var cy = kg.drawGraph(box, els, { edgeLabels: true });
    window.kgCy = cy;
    cy.on("tap", "node", function (ev) { if (!ev.target.data("focus")) location.href = kg.href(ev.target.id()); });
  });
})();
