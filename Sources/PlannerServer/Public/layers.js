// The map's three layers (parks, units, parcels), each loaded from
// GET /api/v1/features/LAYER?bbox=minlon,minlat,maxlon,maxlat&zoom=Z&as_of=DAY (RFC 7946,
// WGS 84 lon/lat) for the visible bounding box and zoom, redrawn when the view or the day changes.
"use strict";
window.PP = window.PP || {};
PP.layers = (function () {
  const names = ["units", "parks", "parcels"];
  const state = {};
  let map = null, asOf = null, onParcelClick = null, selectedId = null;

  function styleFor(name, feature) {
    const p = feature.properties || {};
    if (name === "parcels") {
      const selected = featureId(feature) === selectedId;
      // Outlines only where a parcel is big enough on screen to show them (zoom 15 and in).
      const outlined = selected || (map && map.getZoom() >= 15);
      return { stroke: outlined, color: selected ? "#000000" : "#ffffff", weight: selected ? 3 : 0.6, fillOpacity: 0.85,
               fillColor: PP.i18n.statusColor(p.clearance), className: "parcel status-" + (p.clearance || "unknown") };
    }
    if (name === "parks") return { color: "#08519c", weight: 2, fill: true, fillOpacity: 0.05, className: "park" };
    const district = p.level === "district";
    return { color: "#636363", weight: district ? 2 : 1, dashArray: district ? null : "4 3", fill: false,
             interactive: false, className: "unit unit-" + (p.level || "unknown") };
  }
  /** A feature with a geometry left after the server's simplification for the zoom. */
  function drawable(f) {
    const g = f.geometry;
    return !!(g && g.coordinates && g.coordinates.length);
  }
  function featureId(f) { return (f.properties && f.properties.id) || f.id; }
  function label(f) {
    const p = f.properties || {};
    return p.name || featureId(f) || "";
  }

  /** Each layer in its own pane, so parcels stay above parks and units whatever loads last. */
  const paneZ = { units: 410, parks: 420, parcels: 430 };
  function makeLayer(name) {
    if (!map.getPane(name)) map.createPane(name).style.zIndex = paneZ[name];
    return L.geoJSON(null, {
      pane: name,
      filter: drawable,
      style: (f) => styleFor(name, f),
      onEachFeature: (f, layer) => {
        if (name === "parcels") {
          layer.on("click", () => onParcelClick && onParcelClick(featureId(f)));
          layer.on("add", () => { const e = layer.getElement && layer.getElement(); if (e) e.setAttribute("data-id", featureId(f)); });
        } else if (name === "parks") {
          layer.bindTooltip(label(f), { sticky: true });
        }
      },
    });
  }

  function bboxText() {
    const b = map.getBounds();
    const r = (x) => Math.round(x * 1e6) / 1e6;
    return [r(b.getWest()), r(b.getSouth()), r(b.getEast()), r(b.getNorth())].join(",");
  }

  /** Reloads `name` for the current view; stale answers (an older view or day) are dropped. */
  async function load(name) {
    const s = state[name];
    const url = "/api/v1/features/" + name + "?bbox=" + bboxText() + "&zoom=" + Math.round(map.getZoom())
      + (asOf ? "&as_of=" + asOf : "");
    const seq = ++s.seq;
    s.url = url;
    const r = await PP.api.get(url);
    if (seq !== s.seq) return;
    if (!r.ok || !r.body || !Array.isArray(r.body.features)) {
      s.error = r.status;
      PP.app.status(PP.i18n.t("errOther", { code: r.status, msg: PP.api.message(r.body) }));
      return;
    }
    s.layer.clearLayers();
    s.layer.addData(r.body);
    s.count = r.body.features.filter(drawable).length;
    s.loadedUrl = url;
    if (name === "units") s.layer.bringToBack();
    if (name === "parcels") PP.app.status(PP.i18n.t("loaded", { n: s.count }));
  }
  function reloadVisible() {
    return Promise.all(names.filter((n) => map.hasLayer(state[n].layer)).map(load));
  }

  function init(theMap, options) {
    map = theMap;
    onParcelClick = options.onParcelClick;
    for (const n of names) {
      state[n] = { layer: makeLayer(n), seq: 0, count: 0, url: null, loadedUrl: null };
      const box = document.getElementById("layer-" + n);
      if (box.checked) state[n].layer.addTo(map);
      box.addEventListener("change", () => {
        if (box.checked) { state[n].layer.addTo(map); load(n); } else { map.removeLayer(state[n].layer); }
      });
    }
    map.on("moveend", reloadVisible);
    const legend = document.getElementById("legend");
    legend.innerHTML = "";
    for (const s of Object.keys(PP.i18n.statuses)) {
      const li = document.createElement("li");
      li.innerHTML = '<span class="swatch"></span><span class="name"></span>';
      li.firstChild.style.background = PP.i18n.statusColor(s);
      li.lastChild.dataset.status = s;
      legend.appendChild(li);
    }
    relabel();
  }
  function relabel() {
    document.querySelectorAll("#legend .name").forEach((e) => { e.textContent = PP.i18n.statusName(e.dataset.status); });
  }
  function select(id) {
    selectedId = id;
    if (state.parcels) state.parcels.layer.setStyle((f) => styleFor("parcels", f));
  }

  /** A park's name from the parks drawn (its id when the park is not loaded). */
  function parkName(id) {
    let name = id;
    if (state.parks) state.parks.layer.eachLayer((l) => { if (featureId(l.feature) === id && l.feature.properties.name) name = l.feature.properties.name; });
    return name;
  }

  /** The properties of parcel `id` as drawn (as of the chosen day), or null. */
  function attributes(id) {
    let found = null;
    if (state.parcels) state.parcels.layer.eachLayer((l) => { if (featureId(l.feature) === id) found = l.feature.properties; });
    return found;
  }

  return {
    init, reloadVisible, load, select, relabel, state, bboxText, parkName, attributes,
    set asOf(d) { asOf = d; },
    get asOf() { return asOf; },
  };
})();
