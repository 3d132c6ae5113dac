// The map's API for the desk. Python calls window.desk.* through runJavaScript with JSON arguments;
// the page calls back through QWebChannel (object "bridge"). Text from citizens is only ever set with
// textContent: it never becomes HTML or script.
(function () {
  "use strict";
  const PRIORITY_COLOURS = { 1: "#c62828", 2: "#ef6c00", 3: "#f9a825", 4: "#546e7a" };
  const UNIT_COLOURS = {
    available: "#2e7d32", dispatched: "#1565c0", en_route: "#1565c0", on_scene: "#6a1b9a",
    returning: "#00838f", busy: "#757575", meal_break: "#ef6c00", off_shift: "#9e9e9e",
  };
  const desk = {
    map: null, bridge: null, incidents: new Map(), units: new Map(), placing: false, pin: null,
    selected: null, incidentLayer: null, unitLayer: null, streetLayer: null, edges: null, calls: 0,
    callers: new Map(), hotLayer: null, hotLegend: null,
  };
  const HOT_COLOURS = { 3: "#b71c1c", 2: "#e53935", 1: "#ef9a9a", "-1": "#90caf9", "-2": "#1e88e5", "-3": "#0d47a1" };
  const SELECT_ZOOM = 15;  // a selected item is shown at this zoom (streets and houses readable), not closer
  const STREET_LABEL_ZOOM = 15;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function priorityOf(value) {
    const p = Number(value);
    return p >= 1 && p <= 4 ? p : 4;
  }

  function incidentIcon(o, selected) {
    const badge = el("div", "dd-incident" + (selected ? " dd-selected" : "") + (o.overdue ? " dd-overdue" : ""),
      priorityOf(o.priority));
    badge.style.background = PRIORITY_COLOURS[priorityOf(o.priority)];
    return L.divIcon({ html: badge, className: "dd-icon", iconSize: [24, 24], iconAnchor: [12, 12] });
  }

  function unitIcon(o, selected) {
    const label = el("div", "dd-unit" + (selected ? " dd-selected" : ""), o.call_sign);
    label.style.borderColor = UNIT_COLOURS[o.status] || "#424242";
    desk.motion.decorate(label, o);  // motion.js: heading, stale, followed
    return L.divIcon({ html: label, className: "dd-icon", iconSize: null, iconAnchor: [0, 10] });
  }

  function incidentPopup(o) {
    const box = el("div", "dd-popup");
    box.appendChild(el("div", "dd-popup-title", o.number + " · " + (o.priority_label || "P" + priorityOf(o.priority))));
    box.appendChild(el("div", "dd-popup-line", o.category_label || o.category || ""));
    box.appendChild(el("div", "dd-popup-line", o.address || ""));
    if (o.note) box.appendChild(el("div", "dd-popup-note", o.note));
    if (o.description) box.appendChild(el("div", "dd-popup-text", o.description));
    if (o.units && o.units.length) box.appendChild(el("div", "dd-popup-line", o.units.join(", ")));
    return box;
  }

  function validPoint(o) {
    return typeof o.lat === "number" && typeof o.lon === "number" && isFinite(o.lat) && isFinite(o.lon);
  }

  function makeIncident(o) {
    // Incidents above units: at city scale a unit's label must never hide an incident.
    const marker = L.marker([o.lat, o.lon], { icon: incidentIcon(o, desk.selected === "incident:" + o.number),
      keyboard: false, zIndexOffset: 2000 + (5 - priorityOf(o.priority)) * 100 });
    marker.ddData = o;
    marker.bindPopup(() => incidentPopup(marker.ddData));
    marker.bindTooltip(() => el("span", null, marker.ddData.number + " " + (marker.ddData.category_label || "")));
    marker.on("click", () => { if (desk.bridge) desk.bridge.markerClicked("incident", String(marker.ddData.number)); });
    return marker;
  }

  function unitCluster(cluster) {
    return L.divIcon({ html: el("div", "dd-unit-cluster", cluster.getChildCount()), className: "dd-icon",
      iconSize: [26, 18], iconAnchor: [13, 9] });
  }

  function streetLabels(list) {
    const layer = L.layerGroup();
    for (const s of list || []) {
      if (!validPoint({ lat: s.lat, lon: s.lon })) continue;
      const label = el("div", "dd-street-label", s.name);
      layer.addLayer(L.marker([s.lat, s.lon], { icon: L.divIcon({ html: label, className: "dd-icon",
        iconSize: null, iconAnchor: [0, 6] }), interactive: false, keyboard: false }));
    }
    return layer;
  }

  function showStreetLabels() {
    const wanted = desk.map.getZoom() >= STREET_LABEL_ZOOM;
    if (wanted && !desk.map.hasLayer(desk.streetLayer)) desk.map.addLayer(desk.streetLayer);
    if (!wanted && desk.map.hasLayer(desk.streetLayer)) desk.map.removeLayer(desk.streetLayer);
  }

  // Urgent incidents outside the view: an arrow at the map's edge pointing to each, clicking selects it.
  function updateEdges() {
    if (!desk.edges) return;
    desk.edges.replaceChildren();
    const bounds = desk.map.getBounds();
    const size = desk.map.getSize();
    const centre = L.point(size.x / 2, size.y / 2);
    const margin = 22;
    for (const [number, marker] of desk.incidents) {
      const o = marker.ddData;
      if (priorityOf(o.priority) !== 1 || bounds.contains(marker.getLatLng())) continue;
      const p = desk.map.latLngToContainerPoint(marker.getLatLng());
      const dx = p.x - centre.x, dy = p.y - centre.y;
      const scale = Math.min((size.x / 2 - margin) / Math.max(Math.abs(dx), 1e-6),
        (size.y / 2 - margin) / Math.max(Math.abs(dy), 1e-6));
      const edge = el("div", "dd-edge");
      edge.style.left = (centre.x + dx * scale) + "px";
      edge.style.top = (centre.y + dy * scale) + "px";
      const arrow = el("span", "dd-edge-arrow", "➤");
      arrow.style.transform = "rotate(" + Math.atan2(dy, dx) + "rad)";
      edge.appendChild(arrow);
      edge.appendChild(el("span", "dd-edge-text", (o.priority_label || "P1") + " " + number));
      edge.title = (o.category_label || "") + " · " + (o.address || "");
      edge.addEventListener("click", (event) => {
        event.stopPropagation();
        if (desk.bridge) desk.bridge.markerClicked("incident", String(number));
      });
      desk.edges.appendChild(edge);
      // The label is centred on its point: kept whole inside the map however narrow the map is.
      const halfW = edge.offsetWidth / 2 + 2, halfH = edge.offsetHeight / 2 + 2;
      const x = Math.min(Math.max(centre.x + dx * scale, halfW), size.x - halfW);
      const y = Math.min(Math.max(centre.y + dy * scale, halfH), size.y - halfH);
      edge.style.left = x + "px";
      edge.style.top = y + "px";
    }
  }

  desk.init = function (map, options) {
    desk.map = map;
    if (map.getMaxZoom() === Infinity || !map.options.maxZoom) map.setMaxZoom(19);  // no tile layer sets it
    L.control.scale({ metric: true, imperial: false }).addTo(map);
    desk.incidentLayer = L.markerClusterGroup({ disableClusteringAtZoom: SELECT_ZOOM, chunkedLoading: true,
      showCoverageOnHover: false, maxClusterRadius: 40 });
    // Units gather into a count at city scale, so that their labels do not cover the incidents.
    desk.unitLayer = L.markerClusterGroup({ disableClusteringAtZoom: 14, showCoverageOnHover: false,
      maxClusterRadius: 50, iconCreateFunction: unitCluster, zoomToBoundsOnClick: true });
    desk.streetLayer = streetLabels((options || {}).streets);
    map.addLayer(desk.unitLayer);
    map.addLayer(desk.incidentLayer);
    desk.edges = el("div", "dd-edges");
    map.getContainer().appendChild(desk.edges);
    L.DomEvent.disableClickPropagation(desk.edges);
    map.on("zoomend", showStreetLabels);
    desk.motion.started(map);
    map.on("moveend zoomend resize", updateEdges);
    showStreetLabels();
    map.on("click", (e) => {
      if (desk.placing && desk.bridge) desk.bridge.mapClicked(e.latlng.lat, e.latlng.lng);
    });
    new QWebChannel(qt.webChannelTransport, (channel) => {
      desk.bridge = channel.objects.bridge;
      desk.bridge.pageReady();
    });
  };

  // Only a P1 (or one that was) can add, move or drop an edge arrow: other changes leave them be.
  function touchesEdges(o, marker) {
    return priorityOf(o.priority) === 1 || (marker && priorityOf(marker.ddData.priority) === 1);
  }

  desk.upsertIncident = function (o) {
    desk.calls += 1;
    const existing = desk.incidents.get(o.number);
    const edges = touchesEdges(o, existing);
    if (!validPoint(o)) { desk.removeIncident(o.number); return; }
    if (existing) {
      existing.ddData = o;
      existing.setLatLng([o.lat, o.lon]);
      existing.setIcon(incidentIcon(o, desk.selected === "incident:" + o.number));
      desk.incidentLayer.refreshClusters(existing);
      if (edges) updateEdges();
      return;
    }
    const marker = makeIncident(o);
    desk.incidents.set(o.number, marker);
    desk.incidentLayer.addLayer(marker);
    if (edges) updateEdges();
  };

  desk.setIncidents = function (list) {
    desk.incidentLayer.clearLayers();
    desk.incidents.clear();
    const markers = [];
    for (const o of list) {
      if (!validPoint(o)) continue;
      const marker = makeIncident(o);
      desk.incidents.set(o.number, marker);
      markers.push(marker);
    }
    desk.incidentLayer.addLayers(markers);
    updateEdges();
    return markers.length;
  };

  desk.removeIncident = function (number) {
    desk.calls += 1;
    const marker = desk.incidents.get(number);
    if (marker) {
      desk.incidentLayer.removeLayer(marker);
      desk.incidents.delete(number);
      if (touchesEdges(marker.ddData, null)) updateEdges();
    }
  };

  desk.clearUnits = function () {
    desk.unitLayer.clearLayers();
    desk.units.clear();
    desk.motion.cleared();
  };

  desk.upsertUnit = function (o) {
    desk.calls += 1;
    let marker = desk.units.get(o.call_sign);
    if (!validPoint(o)) { if (marker) { desk.unitLayer.removeLayer(marker); desk.units.delete(o.call_sign); } return; }
    const selected = desk.selected === "unit:" + o.call_sign;
    if (marker) {
      marker.ddData = o;
      marker.setIcon(unitIcon(o, selected));
      desk.motion.moved(marker, o);  // glides there when in sight
      return;
    }
    marker = L.marker([o.lat, o.lon], { icon: unitIcon(o, selected), keyboard: false, zIndexOffset: 1000 });
    marker.ddData = o;
    marker.bindTooltip(() => desk.motion.tooltip(marker.ddData));  // status, speed, the fix's age
    desk.motion.added(marker);
    marker.on("click", () => { if (desk.bridge) desk.bridge.markerClicked("unit", String(marker.ddData.call_sign)); });
    desk.units.set(o.call_sign, marker);
    desk.unitLayer.addLayer(marker);
  };

  desk.upsertUnits = function (list) {
    for (const o of list || []) desk.upsertUnit(o);
    return (list || []).length;
  };

  desk.select = function (kind, id, pan) {
    const previous = desk.selected;
    desk.selected = kind + ":" + id;
    for (const key of [previous, desk.selected]) {
      if (!key) continue;
      const [k, i] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
      const marker = (k === "incident" ? desk.incidents : desk.units).get(i);
      if (marker) marker.setIcon((k === "incident" ? incidentIcon : unitIcon)(marker.ddData, key === desk.selected));
    }
    desk.motion.selected();  // the trail of the unit selected
    const target = (kind === "incident" ? desk.incidents : desk.units).get(id);
    if (target && pan !== false) {
      // A marker hidden in a cluster: show it at SELECT_ZOOM, where clustering stops; one already shown
      // at a useful zoom: pan only if it is out of view. (The cluster plugin's own zoomToShowLayer kept
      // re-centring the map on every later move.)
      // A city-wide view or one of a single yard says little about the place: those jump to SELECT_ZOOM.
      const layer = kind === "incident" ? desk.incidentLayer : desk.unitLayer;
      const zoom = desk.map.getZoom();
      const useful = zoom >= SELECT_ZOOM - 1 && zoom <= SELECT_ZOOM + 1;
      const shown = layer.getVisibleParent(target) === target;
      if (!shown || !useful) {
        desk.map.setView(target.getLatLng(), useful ? Math.max(zoom, SELECT_ZOOM) : SELECT_ZOOM, { animate: false });
      } else if (!desk.map.getBounds().contains(target.getLatLng())) desk.map.panTo(target.getLatLng());
    }
    // A unit moved while it was out of sight can be missed by the cluster layer's redraw: once that
    // redraw is done (motion.js checks after this turn), draw it.
    if (target && kind === "unit") desk.motion.ensureDrawn(target);
    return !!target;
  };

  // Callers from the app: a pulsing handset at each ringing caller's position, a steady one for a call
  // in progress, with its accuracy circle. ``list``: {id, lat, lon, accuracy, label, state}.
  desk.setCallers = function (list) {
    const wanted = new Set();
    for (const o of list || []) {
      if (!validPoint(o)) continue;
      const id = String(o.id);
      wanted.add(id);
      const badge = el("div", "dd-caller dd-caller-" + (o.state === "answered" ? "answered" : "ringing"), "☎");
      const icon = L.divIcon({ html: badge, className: "dd-icon", iconSize: [28, 28], iconAnchor: [14, 14] });
      let entry = desk.callers.get(id);
      if (!entry) {
        entry = { marker: L.marker([o.lat, o.lon], { icon: icon, keyboard: false, zIndexOffset: 4000 }),
          circle: L.circle([o.lat, o.lon], { radius: 1, color: "#2e7d32", weight: 1, fillOpacity: 0.08,
            interactive: false }) };
        entry.marker.bindTooltip(() => el("span", null, entry.label));
        entry.marker.addTo(desk.map);
        entry.circle.addTo(desk.map);
        desk.callers.set(id, entry);
      } else {
        entry.marker.setLatLng([o.lat, o.lon]);
        entry.marker.setIcon(icon);
        entry.circle.setLatLng([o.lat, o.lon]);
      }
      entry.label = String(o.label || "");
      entry.state = String(o.state || "");
      const accuracy = Number(o.accuracy);
      entry.circle.setRadius(isFinite(accuracy) && accuracy > 0 ? Math.min(accuracy, 5000) : 1);
    }
    for (const [id, entry] of desk.callers) {
      if (wanted.has(id)) continue;
      desk.map.removeLayer(entry.marker);
      desk.map.removeLayer(entry.circle);
      desk.callers.delete(id);
    }
  };

  // The precinct's hot and cold cells (Gi*), and its repeat addresses. ``cells``: {cell, boundary:
  // [[lat, lon], …], level (±1..3), count, z, p}; ``repeats``: {lat, lon, count, address};
  // ``legend``: {title, levels: {"3": text, …}, repeat: text} in the desk's language. Empty lists: off.
  desk.setHotCells = function (cells, repeats, legend) {
    if (desk.hotLayer) { desk.map.removeLayer(desk.hotLayer); desk.hotLayer = null; }
    if (desk.hotLegend) { desk.map.removeControl(desk.hotLegend); desk.hotLegend = null; }
    const shown = { cells: 0, repeats: 0 };  // returned as JSON text: Qt hands plain objects back empty
    if (!(cells || []).length && !(repeats || []).length) return JSON.stringify(shown);
    desk.hotLayer = L.layerGroup();
    for (const c of cells || []) {
      const colour = HOT_COLOURS[String(c.level)];
      if (!colour || !Array.isArray(c.boundary) || c.boundary.length < 3) continue;
      const polygon = L.polygon(c.boundary, { color: colour, weight: 1, fillColor: colour, fillOpacity: 0.45,
        interactive: true });
      polygon.bindTooltip(() => el("span", null, (c.count | 0) + " · z " + Number(c.z).toFixed(2) + " · p " + Number(c.p).toFixed(3)));
      polygon.on("click", () => { if (desk.bridge) desk.bridge.markerClicked("cell", String(c.cell)); });
      desk.hotLayer.addLayer(polygon);
      shown.cells += 1;
    }
    for (const r of repeats || []) {
      if (!validPoint(r)) continue;
      const badge = el("div", "dd-repeat", r.count);
      const marker = L.marker([r.lat, r.lon], { icon: L.divIcon({ html: badge, className: "dd-icon",
        iconSize: [24, 24], iconAnchor: [12, 12] }), keyboard: false, zIndexOffset: 1000 });
      marker.bindTooltip(() => el("span", null, (r.address || "") + " · " + r.count));
      marker.on("click", () => { if (desk.bridge) desk.bridge.markerClicked("repeat", String(r.key || "")); });
      desk.hotLayer.addLayer(marker);
      shown.repeats += 1;
    }
    desk.hotLayer.addTo(desk.map);
    const texts = legend || {};
    desk.hotLegend = L.control({ position: "bottomright" });
    desk.hotLegend.onAdd = function () {
      const box = el("div", "dd-legend");
      box.appendChild(el("div", "dd-legend-title", texts.title || ""));
      for (const level of ["3", "2", "1", "-1", "-2", "-3"]) {
        const line = el("div", "dd-legend-line");
        const swatch = el("span", "dd-legend-swatch");
        swatch.style.background = HOT_COLOURS[level];
        line.appendChild(swatch);
        line.appendChild(el("span", null, (texts.levels || {})[level] || level));
        box.appendChild(line);
      }
      const line = el("div", "dd-legend-line");
      line.appendChild(el("span", "dd-repeat dd-repeat-small", "n"));
      line.appendChild(el("span", null, texts.repeat || ""));
      box.appendChild(line);
      return box;
    };
    desk.hotLegend.addTo(desk.map);
    return JSON.stringify(shown);
  };

  desk.setPlacing = function (on) {
    desk.placing = !!on;
    desk.map.getContainer().style.cursor = desk.placing ? "crosshair" : "";
  };

  desk.setPin = function (lat, lon) {
    if (desk.pin) { desk.map.removeLayer(desk.pin); desk.pin = null; }
    if (typeof lat === "number" && typeof lon === "number" && isFinite(lat) && isFinite(lon)) {
      desk.pin = L.circleMarker([lat, lon], { radius: 11, color: "#0d47a1", weight: 3, fillOpacity: 0.15 });
      desk.pin.addTo(desk.map);
      desk.map.panTo([lat, lon]);
    }
  };

  desk.info = function (kind, id) {
    const marker = (kind === "incident" ? desk.incidents : desk.units).get(id);
    if (!marker) return null;
    const icon = marker.getElement();
    return { lat: marker.getLatLng().lat, lon: marker.getLatLng().lng, data: marker.ddData,
      iconText: icon ? icon.textContent : null, popupText: kind === "incident" ? incidentPopup(marker.ddData).textContent : null };
  };

  // The incident whose marker is nearest to a point of the view (a unit dropped there goes to it).
  desk.incidentAt = function (x, y, radius) {
    let best = null;
    let bestDistance = radius || 24;
    for (const [number, marker] of desk.incidents) {
      if (!desk.map.getBounds().contains(marker.getLatLng())) continue;
      const p = desk.map.latLngToContainerPoint(marker.getLatLng());
      const d = Math.hypot(p.x - x, p.y - y);
      if (d <= bestDistance) { best = number; bestDistance = d; }
    }
    return best;
  };

  desk.counts = function () {
    return { incidents: desk.incidents.size, units: desk.units.size, calls: desk.calls };
  };

  desk.fitBounds = function (south, west, north, east) {
    const box = [[Number(south), Number(west)], [Number(north), Number(east)]];
    if (box.flat().every(isFinite)) desk.map.fitBounds(box, { animate: false, padding: [12, 12] });
  };

  // The night palette darkens the map too: its tiles and drawn areas, by a CSS filter (desk.css).
  // A map to print: without what only works on screen.
  desk.forPaper = function () {
    document.querySelectorAll(".leaflet-control-zoom").forEach((button) => button.remove());
    return true;
  };

  desk.setNight = function (on) {
    document.body.classList.toggle("dd-night", !!on);
    return document.body.classList.contains("dd-night");
  };

  // What the page shows now (for checks): tiles loaded, scale lines, edge arrows, street labels.
  desk.look = function () {
    const tiles = Array.from(document.querySelectorAll(".dd-basemap img.leaflet-tile-loaded"));
    return { tiles: tiles.length, tileUrls: tiles.slice(0, 3).map((t) => t.src), zoom: desk.map.getZoom(),
      scaleLines: document.querySelectorAll(".leaflet-control-scale-line").length,
      edges: Array.from(document.querySelectorAll(".dd-edge")).map((e) => e.textContent),
      edgesCut: Array.from(document.querySelectorAll(".dd-edge")).filter((e) => {
        const box = e.getBoundingClientRect(), map = desk.map.getContainer().getBoundingClientRect();
        return box.left < map.left || box.right > map.right || box.top < map.top || box.bottom > map.bottom;
      }).map((e) => e.textContent),
      streetLabels: document.querySelectorAll(".dd-street-label").length,
      overdue: Array.from(desk.incidents.values()).filter((m) => m.ddData.overdue).map((m) => m.ddData.number),
      night: document.body.classList.contains("dd-night"),
      hotCells: desk.hotLayer ? desk.hotLayer.getLayers().filter((l) => l instanceof L.Polygon).length : 0,
      legend: document.querySelector(".dd-legend") ? document.querySelector(".dd-legend").textContent : "",
      tileFilter: getComputedStyle(document.querySelector(".leaflet-tile-pane")).filter };
  };

  desk.el = el;  // motion.js and roads.js build their elements with it too (text only, never HTML)
  window.desk = desk;
})();
