// The page's words in Vietnamese and English, and the clearance statuses' names and colours
// (the colours are the export's and the report's: PlannerPresentation's FeatureStyle).
"use strict";
window.PP = window.PP || {};
PP.i18n = (function () {
  const texts = {
    vi: {
      title: "Giải phóng mặt bằng các khu công nghiệp Hải Phòng",
      asOf: "Tính đến ngày", tokenPlaceholder: "Mã truy cập", signIn: "Đăng nhập",
      signedIn: "Đã đăng nhập", signOut: "Đăng xuất", layers: "Lớp bản đồ",
      parks: "Khu công nghiệp", units: "Đơn vị hành chính", parcels: "Thửa đất", parcel: "Thửa đất",
      history: "Lịch sử", status: "Trạng thái", date: "Ngày", recordedBy: "Người ghi", note: "Ghi chú",
      reason: "Lý do", recordChange: "Ghi thay đổi trạng thái", record: "Ghi",
      clearanceByUnit: "Giải phóng mặt bằng theo xã, phường", unit: "Đơn vị", totalHa: "Tổng (ha)",
      clearedHa: "Đã GPMB (ha)", total: "Tổng cộng", loading: "Đang tải…", loaded: "Đã tải {n} thửa",
      recorded: "Đã ghi: {id} → {status}", noHistory: "Chưa có mục nào", voided: "đã hủy",
      err401: "Chưa đăng nhập hoặc mã truy cập không hợp lệ (401).",
      err403: "Không có quyền (403): {msg}", err412: "Thửa đất đã được người khác thay đổi (412); đã tải lại trạng thái hiện tại. {msg}",
      errOther: "Lỗi {code}: {msg}", errNetwork: "Không kết nối được máy chủ",
      park: "Khu công nghiệp", land_use: "Loại đất", households: "Số hộ", area_m2: "Diện tích (m²)",
      planned_handover: "Hạn bàn giao", clearance: "Trạng thái", clearance_date: "Ngày trạng thái",
      compensation_planned_vnd: "Bồi thường dự kiến (đồng)", compensation_paid_vnd: "Bồi thường đã trả (đồng)",
      clearance_now: "Trạng thái hiện nay",
    },
    en: {
      title: "Site clearance of Hai Phong's industrial parks",
      asOf: "As of", tokenPlaceholder: "Access token", signIn: "Sign in",
      signedIn: "Signed in", signOut: "Sign out", layers: "Layers",
      parks: "Industrial parks", units: "Administrative units", parcels: "Parcels", parcel: "Parcel",
      history: "History", status: "Status", date: "Date", recordedBy: "Recorded by", note: "Note",
      reason: "Reason", recordChange: "Record a status change", record: "Record",
      clearanceByUnit: "Site clearance by commune", unit: "Unit", totalHa: "Total (ha)",
      clearedHa: "Cleared (ha)", total: "Total", loading: "Loading…", loaded: "{n} parcels loaded",
      recorded: "Recorded: {id} → {status}", noHistory: "No entries yet", voided: "voided",
      err401: "Not signed in, or the token is not valid (401).",
      err403: "Not allowed (403): {msg}", err412: "Someone else changed this parcel (412); its current state is reloaded. {msg}",
      errOther: "Error {code}: {msg}", errNetwork: "The server cannot be reached",
      park: "Park", land_use: "Land use", households: "Households", area_m2: "Area (m²)",
      planned_handover: "Planned hand-over", clearance: "Status", clearance_date: "Status date",
      compensation_planned_vnd: "Compensation planned (VND)", compensation_paid_vnd: "Compensation paid (VND)",
      clearance_now: "Status now",
    },
  };
  const statuses = {
    not_started: { color: "#d73027", vi: "Chưa bắt đầu", en: "Not started" },
    inventoried: { color: "#fc8d59", vi: "Đã kiểm đếm", en: "Inventoried" },
    plan_approved: { color: "#fee08b", vi: "Đã duyệt phương án bồi thường", en: "Compensation plan approved" },
    compensated: { color: "#d9ef8b", vi: "Đã chi trả bồi thường", en: "Compensated" },
    handed_over: { color: "#1a9850", vi: "Đã bàn giao mặt bằng", en: "Handed over" },
    disputed: { color: "#7b3294", vi: "Khiếu nại, tranh chấp", en: "Disputed" },
  };
  let lang = (window.localStorage && localStorage.getItem("parkplan.lang")) || "vi";
  if (!texts[lang]) lang = "vi";

  /** The text for `key` in the current language, `{name}` filled from `values`. */
  function t(key, values) {
    let s = texts[lang][key] !== undefined ? texts[lang][key] : key;
    for (const k in values || {}) s = s.split("{" + k + "}").join(String(values[k]));
    return s;
  }
  /** Writes the current language into every element marked data-i18n. */
  function apply() {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach((e) => { e.textContent = t(e.dataset.i18n); });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((e) => { e.placeholder = t(e.dataset.i18nPlaceholder); });
    document.title = "ParkPlanner — " + t("title");
  }
  /** A number the current language's way (vi: 1.234,5; en: 1,234.5). */
  function number(x, digits) {
    return Number(x).toLocaleString(lang === "vi" ? "vi-VN" : "en-GB",
      { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
  return {
    t, apply, number, statuses,
    get lang() { return lang; },
    set lang(l) { lang = l; if (window.localStorage) localStorage.setItem("parkplan.lang", l); apply(); },
    statusName(s) { return statuses[s] ? statuses[s][lang] : s; },
    statusColor(s) { return statuses[s] ? statuses[s].color : "#969696"; },
  };
})();
