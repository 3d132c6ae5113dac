// Units in motion, on the desk's map page (after desk.js): each unit's heading, speed and the age of its
// fix; units whose fix is older than the desk's stale limit shown stale; the trail of the last ten minutes
// of the unit hovered or selected; following a unit; markers gliding from fix to fix; a unit's track for a
// period, for review. Citizens' text never reaches here; call signs are set with textContent only.
(function () {
  "use strict";
  const desk = window.desk;
  const TRAIL_MS = 10 * 60 * 1000;
  const GLIDE_MS = 900;  // a fix a second: the marker glides for most of it
  const GLIDE_MAX_M = 1000;  // farther than this (a first fix, a jump) is shown at once
  const MOVING_KMH = 3;  // slower than this shows no heading: a standing car's heading is noise
  const options = {
    staleMs: 30 * 60 * 1000,
    words: { kmh: "km/h", seconds: "%1 s ago", minutes: "%1 min ago", hours: "%1 h ago", stale: "no recent fix" },
  };
  const state = { following: null, hovered: null, trailLine: null, track: null, frame: null, zooming: false };
  const trails = new Map();  // call sign -> [[lat, lon, ms], ...] as this desk saw the unit move
  const glides = new Map();  // call sign -> {marker, from, to, start}

  const el = desk.el;  // desk.js's: an element with text, never HTML

  function isStale(o) {
    return typeof o.position_at === "number" && Date.now() - o.position_at > options.staleMs;
  }

  function ageText(o) {
    if (typeof o.position_at !== "number") return "";
    const seconds = Math.max(0, Math.round((Date.now() - o.position_at) / 1000));
    if (seconds < 60) return options.words.seconds.replace("%1", seconds);
    if (seconds < 90 * 60) return options.words.minutes.replace("%1", Math.round(seconds / 60));
    return options.words.hours.replace("%1", Math.round(seconds / 3600));
  }

  function moving(o) {
    return typeof o.heading === "number" && isFinite(o.heading) && (Number(o.speed_kmh) || 0) >= MOVING_KMH;
  }

  // The unit's label, as desk.js made it: its heading as an arrow, stale or followed as a style.
  function decorate(label, o) {
    if (isStale(o)) label.classList.add("dd-stale");
    if (state.following === o.call_sign) label.classList.add("dd-following");
    if (moving(o)) {
      const arrow = el("span", "dd-heading", "▲");
      arrow.style.transform = "rotate(" + Math.round(Number(o.heading)) + "deg)";
      label.insertBefore(arrow, label.firstChild);
    }
  }

  function tooltip(o) {
    const parts = [o.call_sign, o.status_label || ""];
    if (typeof o.speed_kmh === "number" && isFinite(o.speed_kmh)) parts.push(Math.round(o.speed_kmh) + " " + options.words.kmh);
    const age = ageText(o);
    if (age) parts.push(age);
    if (isStale(o)) parts.push(options.words.stale);
    return el("span", null, parts.filter((p) => p).join(" · "));
  }

  function remember(o) {
    const now = Date.now();
    const trail = trails.get(o.call_sign) || [];
    const last = trail[trail.length - 1];
    if (!last || last[0] !== o.lat || last[1] !== o.lon) trail.push([o.lat, o.lon, now]);
    while (trail.length && now - trail[0][2] > TRAIL_MS) trail.shift();
    trails.set(o.call_sign, trail);
  }

  function selectedUnit() {
    return desk.selected && desk.selected.startsWith("unit:") ? desk.selected.slice(5) : null;
  }

  // The trail of the unit hovered, or else of the one selected: a line of where it drove.
  function drawTrail() {
    const who = state.hovered || selectedUnit();
    const points = who ? (trails.get(who) || []).map((p) => [p[0], p[1]]) : [];
    if (points.length < 2) {
      if (state.trailLine) { state.trailLine.remove(); state.trailLine = null; }
      return;
    }
    if (!state.trailLine) {
      state.trailLine = L.polyline(points, { color: "#1565c0", weight: 4, opacity: 0.7, dashArray: "6 4",
        interactive: false }).addTo(desk.map);
    } else state.trailLine.setLatLngs(points);
    state.trailLine.ddWho = who;
  }

  // The cluster layer re-adds a moved marker only inside the bounds it last drew; moved while the map
  // itself moves (a pan to a selection, following), a marker in sight can be left undrawn: draw it.
  // The cluster layer draws what lies in the bounds it saw at the map's last move; a resize or a move it
  // did not hear of can leave a unit in sight undrawn. Checked once a turn for every unit that moved.
  const unsure = new Set();
  function ensureDrawn(marker) {
    if (!unsure.size) setTimeout(redrawMissing, 0);
    unsure.add(marker);
  }

  function redrawMissing() {
    const clustering = desk.map.getZoom() < desk.unitLayer.options.disableClusteringAtZoom;
    const bounds = desk.map.getBounds();
    const missing = clustering ? [] : Array.from(unsure).filter((m) =>
      !m.getElement() && desk.units.get(m.ddData.call_sign) === m && bounds.contains(m.getLatLng()));
    unsure.clear();
    if (!missing.length) return;
    desk.map.fire("moveend");  // let it see the map again
    for (const marker of missing) {
      if (!marker.getElement()) { desk.unitLayer.removeLayer(marker); desk.unitLayer.addLayer(marker); }
    }
  }

  function place(marker, to) {
    marker.setLatLng(to);
    ensureDrawn(marker);
  }

  function finish(glide) {
    glides.delete(glide.marker.ddData.call_sign);
    place(glide.marker, glide.to);
  }

  function step(now) {
    state.frame = null;
    for (const glide of Array.from(glides.values())) {
      const t = Math.min(1, (now - glide.start) / GLIDE_MS);
      const icon = glide.marker.getElement();
      if (t >= 1 || !icon) { finish(glide); continue; }
      const at = L.latLng(glide.from.lat + (glide.to.lat - glide.from.lat) * t,
        glide.from.lng + (glide.to.lng - glide.from.lng) * t);
      L.DomUtil.setPosition(icon, desk.map.latLngToLayerPoint(at).round());
    }
    if (glides.size) state.frame = requestAnimationFrame(step);
  }

  // A unit's new fix: its marker glides there when it is in sight (the cluster layer learns the position
  // once, at the end); out of sight, far away or while the map zooms it is there at once.
  function moved(marker, o) {
    const to = L.latLng(o.lat, o.lon);
    const prior = glides.get(o.call_sign);
    if (prior) finish(prior);
    const from = marker.getLatLng();
    remember(o);
    const inSight = marker.getElement() && desk.unitLayer.getVisibleParent(marker) === marker &&
      desk.map.getBounds().contains(from);
    if (from.equals(to)) {
      // only its label changed (a status, the fix's age)
    } else if (!inSight || state.zooming || from.distanceTo(to) > GLIDE_MAX_M) place(marker, to);
    else {
      glides.set(o.call_sign, { marker, from, to, start: performance.now() });
      if (!state.frame) state.frame = requestAnimationFrame(step);
    }
    if (state.following === o.call_sign) desk.map.panTo(to, { animate: true, duration: GLIDE_MS / 1000, easeLinearity: 1 });
    if (state.trailLine && state.trailLine.ddWho === o.call_sign) drawTrail();
  }

  function added(marker) {
    remember(marker.ddData);
    marker.on("mouseover", () => { state.hovered = marker.ddData.call_sign; drawTrail(); });
    marker.on("mouseout", () => { state.hovered = null; drawTrail(); });
  }

  function restyle() {
    for (const marker of desk.units.values()) {
      const stale = isStale(marker.ddData);
      if (stale !== !!marker.ddStale) {
        marker.ddStale = stale;
        desk.upsertUnit(marker.ddData);
      }
    }
  }

  function cleared() {
    for (const glide of Array.from(glides.values())) glides.delete(glide.marker.ddData.call_sign);
    trails.clear();
    state.following = state.hovered = null;
    drawTrail();
  }

  function started(map) {
    // Leaflet learns of a resize on its next animation frame, which a page not on screen may not get for
    // long; meanwhile the cluster layer draws the units of the old bounds. Learn it at once.
    window.addEventListener("resize", () => map.invalidateSize({ pan: false }));
    map.on("zoomstart", () => { state.zooming = true; for (const glide of Array.from(glides.values())) finish(glide); });
    map.on("zoomend", () => { state.zooming = false; });
    map.on("dragstart", () => { if (state.following) desk.follow(state.following); });  // a hand on the map
    setInterval(restyle, 15000);
  }

  desk.motion = { decorate, tooltip, moved, added, cleared, started, ensureDrawn, selected: drawTrail };

  // The desk's words and its stale limit (minutes).
  desk.setUnitOptions = function (staleMinutes, words) {
    if (typeof staleMinutes === "number" && staleMinutes > 0) options.staleMs = staleMinutes * 60 * 1000;
    for (const key of Object.keys(options.words)) {
      if (words && typeof words[key] === "string") options.words[key] = words[key];
    }
    for (const marker of desk.units.values()) desk.upsertUnit(marker.ddData);
    return options.staleMs;
  };

  // Follow the unit (the map keeps it in sight as it moves), or stop following it: the unit followed now.
  desk.follow = function (callSign) {
    const previous = state.following;
    state.following = previous === callSign ? null : (desk.units.has(callSign) ? callSign : null);
    for (const who of [previous, state.following]) {
      const marker = who && desk.units.get(who);
      if (marker) desk.upsertUnit(marker.ddData);
    }
    const marker = state.following && desk.units.get(state.following);
    if (marker) desk.map.setView(marker.getLatLng(), Math.max(desk.map.getZoom(), 15), { animate: false });
    return state.following;
  };

  // A unit's track for review: ``points`` [[lat, lon, ms, verdict], ...] in time order; fixes that did not
  // move the unit (from the future, a jump, invalid) are shown as crosses, not joined into the line.
  desk.setTrack = function (callSign, points) {
    desk.clearTrack();
    const good = (points || []).filter((p) => p[3] === "moves" || p[3] === "older");
    const bad = (points || []).filter((p) => !(p[3] === "moves" || p[3] === "older"));
    const layer = L.featureGroup();
    const line = good.map((p) => [p[0], p[1]]).filter((p) => isFinite(p[0]) && isFinite(p[1]));
    if (line.length) {
      L.polyline(line, { color: "#6a1b9a", weight: 4, opacity: 0.85 }).addTo(layer);
      L.circleMarker(line[0], { radius: 7, color: "#2e7d32", fillOpacity: 1 }).bindTooltip(() => el("span", null, callSign + " ▶")).addTo(layer);
      L.circleMarker(line[line.length - 1], { radius: 7, color: "#c62828", fillOpacity: 1 }).bindTooltip(() => el("span", null, callSign + " ■")).addTo(layer);
    }
    for (const p of bad) {
      if (isFinite(p[0]) && isFinite(p[1])) L.circleMarker([p[0], p[1]], { radius: 3, color: "#9e9e9e", weight: 1 }).addTo(layer);
    }
    layer.addTo(desk.map);
    state.track = { layer, points: line.length, marked: bad.length };
    if (line.length) desk.map.fitBounds(layer.getBounds(), { animate: false, padding: [24, 24], maxZoom: 17 });
    return line.length;
  };

  desk.clearTrack = function () {
    if (state.track) state.track.layer.remove();
    state.track = null;
    return true;
  };

  // What the page shows of a unit (for checks).
  desk.unitLook = function (callSign) {
    const marker = desk.units.get(callSign);
    const label = marker && marker.options.icon.options.html;  // the label the marker is drawn with
    const arrow = label && label.querySelector(".dd-heading");
    return { shown: !!marker, drawn: !!(marker && marker.getElement()),
      stale: !!(label && label.classList.contains("dd-stale")),
      heading: arrow ? arrow.style.transform : null, trail: (trails.get(callSign) || []).length,
      trailShown: state.trailLine ? state.trailLine.ddWho : null, following: state.following,
      tooltip: marker ? tooltip(marker.ddData).textContent : null, glides: glides.size,
      track: state.track ? state.track.points : 0, trackMarked: state.track ? state.track.marked : 0,
      centre: [desk.map.getCenter().lat, desk.map.getCenter().lng] };
  };
})();
