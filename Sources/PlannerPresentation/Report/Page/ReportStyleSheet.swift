/// The report's inline CSS: one readable column on a laptop screen, tables that fit a
/// phone's width (narrower type, cells that wrap), A4 pages in print (sections kept whole,
/// each main part on a new page), system fonts only.
enum ReportStyleSheet {
    static let css = """
    :root{--ink:#1f2933;--muted:#52606d;--rule:#d9e2ec;--accent:#08306b}
    *{box-sizing:border-box}
    body{margin:0;background:#eef2f6;color:var(--ink);font:14px/1.45 "DejaVu Sans",Arial,"Noto Sans",sans-serif}
    main{max-width:800px;margin:0 auto;background:#fff;padding:28px 36px 40px}
    header{border-bottom:3px solid var(--accent);margin-bottom:16px}
    h1{font-size:22px;margin:0 0 4px;color:var(--accent)}
    h2{font-size:18px;margin:28px 0 8px;color:var(--accent);border-bottom:1px solid var(--rule)}
    h3{font-size:15px;margin:18px 0 6px}
    h4{font-size:13px;margin:8px 0 4px}
    p{margin:4px 0 8px}
    .sub{color:var(--muted);margin:0 0 10px}
    .figures{display:grid;grid-template-columns:repeat(4,1fr);gap:8px;margin:10px 0}
    .figure{border:1px solid var(--rule);border-radius:4px;padding:8px}
    .figure b{display:block;font-size:18px;color:var(--accent)}
    .figure span{font-size:12px;color:var(--muted)}
    svg{max-width:100%;height:auto;display:block}
    figure{margin:8px 0 12px}
    figcaption{font-size:12px;color:var(--muted)}
    .park{border-top:1px solid var(--rule);padding-top:6px}
    .park-maps figure{margin:4px 0}
    .gap-maps{display:grid;grid-template-columns:repeat(3,1fr);gap:8px;align-items:start}
    .gap-maps figure{margin:0}
    table{border-collapse:collapse;width:100%;font-size:12px;margin:4px 0 10px}
    th,td{border-bottom:1px solid var(--rule);padding:3px 6px;text-align:left;vertical-align:top}
    th{background:#f0f4f8;font-weight:bold}
    .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    tfoot td{font-weight:bold;border-top:2px solid var(--ink)}
    .note,.empty{font-size:12px;color:var(--muted)}
    footer{margin-top:24px;font-size:11px;color:var(--muted)}
    @media (max-width:640px){
      main{padding:12px 6px 24px}
      h1{font-size:18px}
      .figures{grid-template-columns:repeat(2,1fr)}
      .gap-maps{grid-template-columns:1fr}
      table{font-size:10px}
      th,td{padding:2px 2px}
      th{overflow-wrap:anywhere}
      td{overflow-wrap:anywhere}
      .num{white-space:normal}
    }
    @page{size:A4;margin:12mm}
    @media print{
      body{background:#fff;font-size:10.5pt}
      main{max-width:none;padding:0}
      h2{break-before:page}
      h2.first{break-before:auto}
      .park,figure,tr,.figures{break-inside:avoid}
      h2,h3,h4{break-after:avoid}
      thead{display:table-header-group}
    }
    """
}
