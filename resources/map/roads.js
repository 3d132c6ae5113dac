// The ways by the roads, on the desk's map page (after desk.js): the route of each unit sent to the
// selected incident, labelled with its call sign and the minutes left, and the coverage layer — the area
// each free unit reaches within 5 and 10 minutes, and the part of the city that no free unit reaches in
// 10. Call signs and words are set with textContent only; no citizen text comes here.
(function () {
  "use strict";
  const desk = window.desk;
  const state = { routes: new Map(), coverage: null, legend: null };

  const el = desk.el;  // desk.js's: an element with text, never HTML

  function finitePoints(points) {
    return (points || []).filter((p) => Array.isArray(p) && isFinite(p[0]) && isFinite(p[1]));
  }

  // routes: [{call_sign, points: [[lat, lon], ...], label}] — every route drawn now (others go).
  desk.setRoutes = function (routes) {
    const wanted = new Set();
    let added = false;
    for (const r of routes || []) {
      const line = finitePoints(r.points);
      if (!r.call_sign || line.length < 2) continue;
      wanted.add(r.call_sign);
      let drawn = state.routes.get(r.call_sign);
      if (!drawn) {
        const path = L.polyline(line, { color: "#1565c0", weight: 5, opacity: 0.8, dashArray: "10 6", interactive: false });
        const tip = L.tooltip({ permanent: true, direction: "top", className: "dd-route-label", offset: [0, -8] });
        drawn = { path, tip, label: "" };
        path.addTo(desk.map);
        state.routes.set(r.call_sign, drawn);
        added = true;
      } else {
        drawn.path.setLatLngs(line);
      }
      drawn.label = String(r.label || r.call_sign);
      drawn.tip.setContent(el("span", null, drawn.label)).setLatLng(line[Math.floor(line.length / 2)]);
      if (!desk.map.hasLayer(drawn.tip)) drawn.tip.addTo(desk.map);
    }
    for (const [callSign, drawn] of state.routes) {
      if (wanted.has(callSign)) continue;
      drawn.path.remove();
      drawn.tip.remove();
      state.routes.delete(callSign);
    }
    if (added) {  // a unit newly on its way: its whole way in sight, the incident at its end
      const bounds = L.featureGroup([...state.routes.values()].map((d) => d.path)).getBounds();
      if (bounds.isValid()) desk.map.fitBounds(bounds, { padding: [48, 48], maxZoom: 16, animate: false });
    }
    return state.routes.size;
  };

  // coverage: {units: [{call_sign, areas: {"5": geometry, "10": geometry}}], uncovered: geometry|null,
  // words: {title, five, ten, none}} — or null to take the layer off.
  desk.setCoverage = function (coverage) {
    if (state.coverage) state.coverage.remove();
    if (state.legend) state.legend.remove();
    state.coverage = state.legend = null;
    if (!coverage) return 0;
    const layer = L.featureGroup();
    let areas = 0;
    for (const unit of coverage.units || []) {
      const ten = unit.areas && unit.areas["10"];
      const five = unit.areas && unit.areas["5"];
      if (ten) { L.geoJSON(ten, { style: { color: "#2e7d32", weight: 1, fillOpacity: 0.10, interactive: false } }).addTo(layer); areas++; }
      if (five) { L.geoJSON(five, { style: { color: "#2e7d32", weight: 1, fillOpacity: 0.18, interactive: false } }).addTo(layer); areas++; }
    }
    if (coverage.uncovered) {
      L.geoJSON(coverage.uncovered, { style: { color: "#c62828", weight: 1, dashArray: "4 4", fillColor: "#c62828", fillOpacity: 0.22, interactive: false } }).addTo(layer);
    }
    layer.addTo(desk.map);
    state.coverage = layer;
    const words = coverage.words || {};
    const Legend = L.Control.extend({
      onAdd: function () {
        const box = el("div", "dd-legend dd-coverage-legend");
        box.appendChild(el("b", null, words.title || "Coverage"));
        for (const [cls, text] of [["dd-cov-five", words.five], ["dd-cov-ten", words.ten], ["dd-cov-none", words.none]]) {
          const row = el("div");
          row.appendChild(el("span", "dd-swatch " + cls));
          row.appendChild(el("span", null, text || ""));
          box.appendChild(row);
        }
        return box;
      },
    });
    state.legend = new Legend({ position: "bottomleft" });
    state.legend.addTo(desk.map);
    return areas;
  };

  // What the page shows of the roads (for checks).
  desk.roadsLook = function () {
    const routes = {};
    for (const [callSign, drawn] of state.routes) routes[callSign] = { points: drawn.path.getLatLngs().length, label: drawn.label };
    return { routes, coverage: state.coverage ? state.coverage.getLayers().length : 0, legend: !!state.legend,
      legendText: state.legend ? state.legend.getContainer().textContent : "" };
  };
})();
