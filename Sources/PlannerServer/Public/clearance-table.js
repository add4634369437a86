// The clearance-by-commune table beside the map: GET /api/v1/clearance?by=commune&as_of=DAY,
// the CLI's `clearance --by commune --format json` (rows: unit, unit_name, total_m2, cleared_m2,
// percent; totals). Areas shown in hectares (m² / 10 000).
"use strict";
window.PP = window.PP || {};
PP.clearanceTable = (function () {
  let last = null;

  function cells(tr, values, tag) {
    for (const v of values) {
      const td = document.createElement(tag);
      td.textContent = v;
      tr.appendChild(td);
    }
  }
  function figures(r) {
    const n = PP.i18n.number;
    return [n((r.total_m2 || 0) / 10000, 2), n((r.cleared_m2 || 0) / 10000, 2), n(r.percent || 0, 1)];
  }
  function render() {
    const body = document.querySelector("#clearance-table tbody");
    const foot = document.querySelector("#clearance-table tfoot");
    body.innerHTML = "";
    foot.innerHTML = "";
    if (!last) return;
    for (const r of last.rows || []) {
      const tr = document.createElement("tr");
      tr.dataset.unit = r.unit;
      cells(tr, [r.unit_name || r.unit].concat(figures(r)), "td");
      body.appendChild(tr);
    }
    if (last.totals) {
      const tr = document.createElement("tr");
      tr.dataset.unit = "totals";
      cells(tr, [PP.i18n.t("total")].concat(figures(last.totals)), "th");
      foot.appendChild(tr);
    }
  }
  /** Reloads the table for `asOf` (YYYY-MM-DD). */
  async function load(asOf) {
    const r = await PP.api.get("/api/v1/clearance?by=commune" + (asOf ? "&as_of=" + asOf : ""));
    if (!r.ok || !r.body) {
      PP.app.status(PP.i18n.t("errOther", { code: r.status, msg: PP.api.message(r.body) }));
      return;
    }
    last = r.body;
    render();
  }
  return { load, render, get data() { return last; } };
})();
