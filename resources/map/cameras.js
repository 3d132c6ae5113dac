// The city's cameras on the desk's map page (after desk.js): each camera's view as a cone — its position,
// the direction it looks, its field of view and range (a PTZ or all-round camera: a circle) — and the
// cameras that see the selected incident drawn stronger. Names are set with textContent only.
(function () {
  "use strict";
  const desk = window.desk;
  const el = desk.el;  // desk.js's: an element with text, never HTML
  const M_PER_DEG = 111195;
  const state = { layer: null, cones: new Map(), highlighted: new Set() };

  function cone(c) {
    const lat = Number(c.lat), lon = Number(c.lon), reach = Number(c.range_m) || 100;
    const cos0 = Math.cos(lat * Math.PI / 180) || 1;
    const at = (bearing, metres) => {
      const rad = bearing * Math.PI / 180;
      return [lat + Math.cos(rad) * metres / M_PER_DEG, lon + Math.sin(rad) * metres / (M_PER_DEG * cos0)];
    };
    const round = c.ptz || c.direction_deg === null || c.direction_deg === undefined || !(Number(c.fov_deg) < 360);
    const from = round ? 0 : Number(c.direction_deg) - Number(c.fov_deg) / 2;
    const span = round ? 360 : Number(c.fov_deg);
    const points = round ? [] : [[lat, lon]];
    for (let step = 0; step <= 24; step++) points.push(at(from + span * step / 24, reach));
    return points;
  }

  // Below the incidents and units (and clicks go through to the map: a call is still placed by a click).
  function pane() {
    if (!desk.map.getPane("ddCameras")) desk.map.createPane("ddCameras").style.zIndex = 350;
    return "ddCameras";
  }

  function style(id) {
    const strong = state.highlighted.has(id);
    return { color: strong ? "#6a1b9a" : "#455a64", weight: strong ? 2 : 1, fillOpacity: strong ? 0.3 : 0.1,
      fillColor: strong ? "#ab47bc" : "#78909c", interactive: false, pane: pane() };
  }

  // cameras: [{id, name, lat, lon, direction_deg, fov_deg, range_m, ptz}] — or null to take the layer off.
  desk.setCameras = function (cameras) {
    if (state.layer) state.layer.remove();
    state.layer = null;
    state.cones.clear();
    if (!cameras) return 0;
    const layer = L.featureGroup();
    for (const c of cameras) {
      if (!isFinite(Number(c.lat)) || !isFinite(Number(c.lon)) || !c.id) continue;
      const shape = L.polygon(cone(c), style(c.id));
      shape.ddName = el("span", null, c.name || c.id).textContent;  // text only, for checks
      shape.addTo(layer);
      state.cones.set(String(c.id), shape);
    }
    layer.addTo(desk.map);
    state.layer = layer;
    return state.cones.size;
  };

  // The cameras that see the selected incident, drawn stronger (the others as before).
  desk.highlightCameras = function (ids) {
    state.highlighted = new Set((ids || []).map(String));
    for (const [id, shape] of state.cones) shape.setStyle(style(id));
    return state.highlighted.size;
  };

  // What the page shows of the cameras (for checks).
  desk.camerasLook = function () {
    return { cones: state.cones.size, highlighted: [...state.highlighted].filter((id) => state.cones.has(id)).sort() };
  };
})();
