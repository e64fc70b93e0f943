/* cytoscape helpers shared by the entity, network and Cypher pages. */
"use strict";
window.kg = window.kg || {};
kg.KIND_COLORS = { Organization: "#2b6cb0", Person: "#b7791f", Place: "#2f855a", Event: "#9b2c2c", Technology: "#6b46c1", Thing: "#718096" };
kg.PALETTE = ["#2b6cb0", "#dd6b20", "#2f855a", "#c53030", "#6b46c1", "#b7791f", "#319795", "#d53f8c", "#4a5568", "#805ad5", "#38a169", "#e53e3e"];
kg.drawGraph = function (container, elements, opts) {
  opts = opts || {};
  container.textContent = "";
  var cy = cytoscape({
    container: container,
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: {
          "background-color": "data(color)", "label": "data(label)", "font-size": 10, "color": "#1a202c",
          "text-valign": "bottom", "text-margin-y": 3, "width": "data(size)", "height": "data(size)",
          "text-wrap": "ellipsis", "text-max-width": 120, "border-width": 1, "border-color": "#fff" } },
      { selector: "node[?focus]", style: { "border-width": 4, "border-color": "#1a202c", "font-weight": "bold" } },
      { selector: "edge", style: {
          "width": "data(width)", "line-color": "#a0aec0", "target-arrow-color": "#a0aec0",
          "target-arrow-shape": "data(arrow)", "curve-style": "bezier", "label": opts.edgeLabels ? "data(label)" : "",
          "font-size": 8, "color": "#4a5568", "text-rotation": "autorotate", "text-background-color": "#fff",
          "text-background-opacity": 0.8 } },
      { selector: ":selected", style: { "border-width": 4, "border-color": "#f6ad55", "line-color": "#f6ad55" } }
    ],
    layout: { name: elements.length > 300 ? "grid" : "cose", animate: false, nodeDimensionsIncludeLabels: true, randomize: false, padding: 20 }
  });
  return cy;
};
