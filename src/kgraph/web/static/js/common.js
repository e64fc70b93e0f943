/* kgraph explorer: shared helpers and the type-ahead search (no inline scripts: CSP). */
"use strict";
window.kg = window.kg || {};
kg.href = function (iri) {
  // entity IRIs are {base}/id/...; link by path so the explorer works behind any base
  if (!iri) return "#";
  var i = iri.indexOf("/id/");
  if (iri.indexOf(location.origin) === 0) return iri.slice(location.origin.length);
  return i >= 0 ? iri.slice(i) : iri;
};
kg.el = function (tag, attrs, text) {
  var e = document.createElement(tag);
  if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
};
kg.debounce = function (fn, ms) {
  var t; return function () { var a = arguments, self = this; clearTimeout(t); t = setTimeout(function () { fn.apply(self, a); }, ms); };
};

(function () {
  function attach(input) {
    var box = kg.el("ul", { "class": "suggestions", role: "listbox" });
    box.hidden = true;
    input.parentNode.style.position = "relative";
    input.parentNode.appendChild(box);
    input.setAttribute("aria-autocomplete", "list");
    var items = [], active = -1, last = "";
    function render() {
      box.textContent = "";
      items.forEach(function (h, i) {
        var li = kg.el("li", { role: "option", "class": i === active ? "active" : "" });
        var a = kg.el("a", { href: kg.href(h.iri) }, h.label);
        li.appendChild(a);
        li.appendChild(kg.el("span", { "class": "badge kind-" + h.kind }, h.kind));
        if (h.alias) li.appendChild(kg.el("span", { "class": "muted" }, " “" + h.alias + "”"));
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); location.href = kg.href(h.iri); });
        box.appendChild(li);
      });
      box.hidden = items.length === 0;
    }
    var lookup = kg.debounce(function () {
      var q = input.value.trim();
      if (q === last) return;
      last = q;
      if (q.length < 2) { items = []; active = -1; render(); return; }
      fetch("/api/search?limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (d) { if (input.value.trim() !== q) return; items = d.results || []; active = -1; render(); })
        .catch(function () { items = []; render(); });
    }, 150);
    input.addEventListener("input", lookup);
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "ArrowDown" && items.length) { active = (active + 1) % items.length; render(); ev.preventDefault(); }
      else if (ev.key === "ArrowUp" && items.length) { active = (active - 1 + items.length) % items.length; render(); ev.preventDefault(); }
      else if (ev.key === "Enter" && active >= 0) { ev.preventDefault(); location.href = kg.href(items[active].iri); }
      else if (ev.key === "Escape") { items = []; render(); }
    });
    input.addEventListener("blur", function () { setTimeout(function () { box.hidden = true; }, 150); });
    input.addEventListener("focus", function () { if (items.length) box.hidden = false; });
  }
  document.querySelectorAll("input.typeahead").forEach(attach);
})();
