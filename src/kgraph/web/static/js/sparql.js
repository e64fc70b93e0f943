"use strict";
(function () {
  var el = document.getElementById("yasgui");
  if (!el || !window.Yasgui) return;
  var endpoint = new URL(el.dataset.endpoint || "/sparql", location.href).href;
  var DEFAULT = "PREFIX kg: <https://w3id.org/kgraph/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\n" +
    "# organizations and what they invest in\nSELECT ?investor ?name ?recipient WHERE {\n  ?investor kg:investsIn ?recipient ; rdfs:label ?name .\n} LIMIT 50\n";
  Yasgui.Yasqe.defaults.value = DEFAULT;
  var yasgui = new Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: "kgraph-yasgui",
    yasqe: { value: DEFAULT, resizeable: true, editorHeight: "260px" },
    yasr: { prefixes: { kg: "https://w3id.org/kgraph/ontology#", schema: "https://schema.org/" } }
  });
  window.kgYasgui = yasgui;
  var m = /^#query=(.*)$/.exec(location.hash);
  if (m) {
    var tab = yasgui.addTab(true, { name: "Gallery query", requestConfig: { endpoint: endpoint } });
    tab.setQuery(decodeURIComponent(m[1].replace(/\+/g, " ")));
    history.replaceState(null, "", location.pathname);
  }
})();
