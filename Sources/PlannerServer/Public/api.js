// Talks to `parkplan serve` (same origin only): the bearer token kept in sessionStorage,
// JSON reads, and a status change sent with If-Match.
"use strict";
window.PP = window.PP || {};
PP.api = (function () {
  const key = "parkplan.token";
  let pending = 0;

  function token() { return sessionStorage.getItem(key) || ""; }
  function headers(extra) {
    const h = Object.assign({ Accept: "application/json" }, extra || {});
    if (token()) h.Authorization = "Bearer " + token();
    return h;
  }
  /** Sends a request; resolves to {status, ok, etag, body} (body parsed when JSON), never rejects on HTTP errors. */
  async function request(method, path, body, extraHeaders) {
    pending++;
    try {
      const init = { method, headers: headers(extraHeaders), cache: "no-store" };
      if (body !== undefined) {
        init.body = JSON.stringify(body);
        init.headers["Content-Type"] = "application/json";
      }
      const r = await fetch(path, init);
      const text = await r.text();
      let parsed = text;
      try { parsed = text ? JSON.parse(text) : null; } catch (e) { /* plain text error */ }
      return { status: r.status, ok: r.ok, etag: r.headers.get("ETag"), body: parsed };
    } catch (e) {
      return { status: 0, ok: false, etag: null, body: null };
    } finally {
      pending--;
    }
  }
  /** The message an error body carries, whatever its shape. */
  function message(body) {
    if (body === null || body === undefined) return "";
    if (typeof body === "string") return body;
    const e = body.error;
    if (e && typeof e === "object") return e.message || e.reason || JSON.stringify(e);
    return body.message || body.reason || e || body.detail || JSON.stringify(body);
  }
  return {
    get: (path) => request("GET", path),
    post: (path, body, etag) => request("POST", path, body, etag ? { "If-Match": etag } : {}),
    message,
    get token() { return token(); },
    set token(v) { if (v) sessionStorage.setItem(key, v); else sessionStorage.removeItem(key); },
    get pending() { return pending; },
  };
})();
