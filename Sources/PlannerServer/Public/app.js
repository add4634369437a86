// The page's start: the map (no base tiles: the layers are the map), the day the colours and
// the table answer for (default today, Vietnam time UTC+7), the language switch and sign-in.
"use strict";
window.PP = window.PP || {};
PP.app = (function () {
  const $ = (id) => document.getElementById(id);
  /** Vietnam's extent (WGS 84 lon/lat), asked once for the parks to frame the first view. */
  const vietnam = "102,8,110,24";
  let ready = false, map = null;

  function status(msg) { $("status-line").textContent = msg; }
  function todayInVietnam() {
    return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
  }
  function showSignedIn() {
    const signedIn = !!PP.api.token;
    $("signin").hidden = signedIn;
    $("who").hidden = !signedIn;
    PP.parcelPanel.render();
  }
  async function firstView() {
    const r = await PP.api.get("/api/v1/features/parks?bbox=" + vietnam + "&zoom=6");
    const parks = r.ok && r.body && r.body.features && r.body.features.length ? L.geoJSON(r.body) : null;
    if (parks) map.fitBounds(parks.getBounds(), { padding: [10, 10] });
    else map.setView([20.85, 106.68], 11);
  }
  async function start() {
    PP.i18n.apply();
    $("lang").textContent = PP.i18n.lang === "vi" ? "EN" : "VI";
    map = L.map("map", { zoomSnap: 1, minZoom: 7, maxZoom: 19 });
    map.attributionControl.setPrefix("Leaflet");
    PP.layers.init(map, { onParcelClick: (id) => PP.parcelPanel.open(id) });
    PP.parcelPanel.init();
    const day = todayInVietnam();
    $("as-of").value = day;
    $("as-of").max = day;
    PP.layers.asOf = day;
    $("as-of").addEventListener("change", () => {
      if (!$("as-of").value) return;
      PP.layers.asOf = $("as-of").value;
      PP.layers.reloadVisible();
      PP.clearanceTable.load(PP.layers.asOf);
    });
    $("lang").addEventListener("click", () => {
      PP.i18n.lang = PP.i18n.lang === "vi" ? "en" : "vi";
      $("lang").textContent = PP.i18n.lang === "vi" ? "EN" : "VI";
      PP.layers.relabel();
      PP.parcelPanel.relabel();
      PP.clearanceTable.render();
    });
    $("signin").addEventListener("submit", (ev) => {
      ev.preventDefault();
      PP.api.token = $("token").value.trim();
      $("token").value = "";
      showSignedIn();
    });
    $("signout").addEventListener("click", () => { PP.api.token = ""; showSignedIn(); });
    showSignedIn();
    status(PP.i18n.t("loading"));
    // fitBounds/setView fires moveend, which loads the layers for the view.
    await Promise.all([firstView(), PP.clearanceTable.load(day)]);
    ready = true;
  }
  window.addEventListener("load", start);
  return {
    status,
    get map() { return map; },
    /** True once the first view is drawn and no request is in flight (for the browser test). */
    get idle() { return ready && PP.api.pending === 0; },
  };
})();
