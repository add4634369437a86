// A parcel's attributes and ledger history (GET /api/v1/parcels/ID, version in ETag), and the
// form a signed-in board member records a status change with
// (POST /api/v1/parcels/ID/events {status, date, note, reason}, If-Match: the version read).
"use strict";
window.PP = window.PP || {};
PP.parcelPanel = (function () {
  const shown = ["park", "land_use", "households", "area_m2", "planned_handover", "clearance", "clearance_date",
                 "clearance_now", "compensation_planned_vnd", "compensation_paid_vnd"];
  let current = null; // {id, etag, parcel, history}
  const $ = (id) => document.getElementById(id);

  /** The ledger document (`clearance history ID --format json`: rows of entries, status_now)
   *  joined with the parcel's attributes from the map's feature. */
  function parse(body, attributes) {
    const b = body || {};
    const parcel = Object.assign({}, attributes || {});
    if (b.status_now) parcel.clearance_now = b.status_now;
    const history = Array.isArray(b.rows) ? b.rows : (b.history || []);
    return { parcel, history };
  }
  /** The number after the slash of an entry id (`TT-000016/3` → 3). */
  function seqOf(entry) { return entry ? String(entry).split("/").pop() : ""; }
  function text(v) {
    if (v === null || v === undefined) return "";
    if (Array.isArray(v)) return v.map((x) => (typeof x === "object" ? x.unit || x.id || JSON.stringify(x) : x)).join(", ");
    if (typeof v === "number") return PP.i18n.number(v, Number.isInteger(v) ? 0 : 1);
    return String(v);
  }
  function render() {
    if (!current) return;
    $("parcel").hidden = false;
    $("parcel-id").textContent = current.id;
    const dl = $("parcel-attributes");
    dl.innerHTML = "";
    for (const k of shown) {
      const v = current.parcel[k];
      if (v === undefined || v === null || v === "") continue;
      const dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = PP.i18n.t(k);
      dd.textContent = k === "clearance" || k === "clearance_now" ? PP.i18n.statusName(v) : k === "park" ? PP.layers.parkName(v) : text(v);
      dd.dataset.key = k;
      dl.append(dt, dd);
    }
    const tbody = document.querySelector("#history tbody");
    tbody.innerHTML = "";
    if (!current.history.length) {
      const tr = document.createElement("tr");
      tr.innerHTML = '<td colspan="5"></td>';
      tr.firstChild.textContent = PP.i18n.t("noHistory");
      tbody.appendChild(tr);
    }
    current.history.forEach((e, i) => {
      const tr = document.createElement("tr");
      tr.className = "entry" + (e.voided_by ? " voided" : "") + (e.voids ? " void" : "");
      const status = e.voids ? "✕ #" + seqOf(e.voids) : PP.i18n.statusName(e.status);
      const values = [e.entry ? seqOf(e.entry) : i + 1, status, e.date || "", e.by || "",
                      [e.note, e.reason, e.voided_by ? PP.i18n.t("voided") + " (#" + seqOf(e.voided_by) + ")" : ""].filter(Boolean).join(" — ")];
      for (const v of values) { const td = document.createElement("td"); td.textContent = v; tr.appendChild(td); }
      tbody.appendChild(tr);
    });
    $("change").hidden = !PP.api.token;
    if (!$("change-date").value) $("change-date").value = PP.layers.asOf || "";
  }
  /** Opens parcel `id`: reads it and its history, keeps its version for the next write. */
  async function open(id) {
    PP.layers.select(id);
    const attributes = PP.layers.attributes(id) || (current && current.id === id ? current.parcel : null);
    const r = await PP.api.get("/api/v1/parcels/" + encodeURIComponent(id));
    if (!r.ok) { PP.app.status(PP.i18n.t("errOther", { code: r.status, msg: PP.api.message(r.body) })); return; }
    const p = parse(r.body, attributes);
    current = { id, etag: r.etag, parcel: p.parcel, history: p.history };
    $("change-message").textContent = "";
    $("change-message").className = "";
    render();
  }
  function say(msg, ok) {
    $("change-message").textContent = msg;
    $("change-message").className = ok ? "ok" : "error";
  }
  async function submit(ev) {
    ev.preventDefault();
    if (!current) return;
    const body = { status: $("change-status").value, date: $("change-date").value,
                   note: $("change-note").value || null, reason: $("change-reason").value || null };
    const id = current.id;
    const r = await PP.api.post("/api/v1/parcels/" + encodeURIComponent(id) + "/events", body, current.etag);
    const msg = PP.api.message(r.body);
    if (r.status === 201 || r.status === 200) {
      await open(id);
      say(PP.i18n.t("recorded", { id, status: PP.i18n.statusName(body.status) }), true);
      $("change-note").value = ""; $("change-reason").value = "";
      await Promise.all([PP.layers.reloadVisible(), PP.clearanceTable.load(PP.layers.asOf)]);
    } else if (r.status === 412) {
      await open(id);
      say(PP.i18n.t("err412", { msg }), false);
    } else if (r.status === 401) {
      say(PP.i18n.t("err401"), false);
    } else if (r.status === 403) {
      say(PP.i18n.t("err403", { msg }), false);
    } else if (r.status === 0) {
      say(PP.i18n.t("errNetwork"), false);
    } else {
      say(PP.i18n.t("errOther", { code: r.status, msg }), false);
    }
  }
  function init() {
    const select = $("change-status");
    for (const s of Object.keys(PP.i18n.statuses)) {
      const o = document.createElement("option");
      o.value = s;
      select.appendChild(o);
    }
    relabel();
    $("change").addEventListener("submit", submit);
    $("parcel-close").addEventListener("click", () => { $("parcel").hidden = true; current = null; PP.layers.select(null); });
  }
  function relabel() {
    document.querySelectorAll("#change-status option").forEach((o) => { o.textContent = PP.i18n.statusName(o.value); });
    render();
  }
  return { init, open, render, relabel, get current() { return current; } };
})();
