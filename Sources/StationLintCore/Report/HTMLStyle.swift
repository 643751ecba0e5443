/// The gap report's inline style sheet: a Chinese font stack, A4 pages, table headers repeated
/// on every printed page, rows kept whole, headings kept with what follows them, long names
/// wrapped inside their cells (CJK breaks between characters), charts in greys.
enum HTMLStyle {
    static let css = """
    @page {
      size: A4; margin: 14mm 12mm 16mm 12mm;
      @bottom-center { content: counter(page) " / " counter(pages); font-size: 8.5pt; color: #666; }
    }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body {
      font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimSun", sans-serif;
      font-size: 10.5pt; line-height: 1.55; color: #1a1a1a; background: #fff;
      max-width: 190mm; margin: 0 auto; padding: 10mm 0;
    }
    h1 { font-size: 20pt; margin: 0 0 2pt; letter-spacing: 0.1em; }
    h2 { font-size: 14pt; margin: 16pt 0 6pt; padding-bottom: 3pt; border-bottom: 2px solid #8b1a1a; }
    h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
    h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
    .keep { break-inside: avoid; page-break-inside: avoid; }
    p { margin: 4pt 0; }
    .meta { color: #555; font-size: 9.5pt; }
    header.report { border-bottom: 3px double #8b1a1a; padding-bottom: 6pt; margin-bottom: 8pt; }
    table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4pt 0 8pt; }
    th, td { border: 1px solid #9a9a9a; padding: 3pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; word-break: break-word; }
    thead { display: table-header-group; }
    thead th { background: #efe9e4; font-weight: bold; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    td.num, th.num { text-align: right; }
    table.facts th { width: 14%; background: #f6f3f0; font-weight: normal; color: #444; }
    table.facts td.score { font-size: 14pt; font-weight: bold; }
    .summary { font-weight: bold; }
    .none { color: #2d6a2d; }
    .loc { display: block; margin-top: 2pt; color: #555; font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace; font-size: 8.5pt; }
    .sev-error { color: #b3001b; font-weight: bold; }
    .sev-warning { color: #9a5b00; font-weight: bold; }
    .sev-info { color: #2b5d8a; }
    .sev-unreadable { color: #6a1b9a; font-weight: bold; }
    .known { margin-left: .4em; padding: 0 .3em; border: 1px solid #888; border-radius: 3px; color: #555; font-size: 90%; white-space: nowrap; }
    .missing { color: #b3001b; }
    col.c-no { width: 7%; } col.c-clause { width: 9%; } col.c-req { width: 17%; } col.c-found { width: 28%; }
    col.c-remedy { width: 27%; } col.c-sev { width: 12%; }
    table.gap-due col.c-req { width: 16%; } table.gap-due col.c-found { width: 24%; } table.gap-due col.c-remedy { width: 21%; }
    col.c-due { width: 11%; } td.date { white-space: nowrap; }
    table.due col.c-req { width: 30%; } table.due col.c-date { width: 16%; } table.due col.c-found { width: 38%; }
    col.c-reason { width: 18%; } col.c-by { width: 15%; } col.c-date { width: 12%; }
    table.waived col.c-req { width: 15%; } table.waived col.c-found { width: 24%; }
    table.fixed col.c-req { width: 34%; } table.fixed col.c-found { width: 50%; }
    table.rollup td.k-ucode, table.rollup td.k-n, table.rollup td.k-rank, table.rollup td.k-share { white-space: nowrap; }
    table.rollup td.k-n, table.rollup td.k-share, table.rollup td.k-rank { text-align: right; }
    col.c-rank { width: 7%; } col.c-ucode { width: 17%; } col.c-uname { width: 17%; } col.c-n { width: 9%; } col.c-failed { width: auto; }
    table.rollup { font-size: 9pt; } table.rollup td.k-ucode { font-size: 8.5pt; }
    table.ranking col.c-rank { width: 6%; } table.ranking col.c-ucode { width: 14%; } table.ranking col.c-uname { width: 12%; }
    table.ranking col.c-n { width: 7%; } table.ranking col.c-share { width: 9%; } table.ranking col.c-note { width: 18%; }
    table.ranking td.k-note { font-size: 8.5pt; color: #444; }
    table.spread col.c-ucode { width: 16%; } table.spread col.c-uname { width: 28%; } table.spread col.c-n { width: 9%; }
    table.clauses col.c-clause { width: 9%; } table.clauses col.c-title { width: auto; } table.clauses col.c-n { width: 10%; }
    figure.chart { margin: 6pt 0 10pt; }
    figure.chart svg { display: block; break-inside: avoid; page-break-inside: avoid; margin-bottom: 4pt; max-width: 100%; height: auto; font-family: inherit; }
    figure.chart figcaption { font-size: 8.5pt; color: #444; margin-top: 2pt; }
    .left-out { font-style: italic; }
    col.c-station { width: 34%; } col.c-level { width: 9%; } col.c-code { width: 17%; } col.c-score { width: 9%; } col.c-count { width: 12%; }
    td.code, table.waived td:last-child { white-space: nowrap; }
    .path { display: block; color: #666; font-size: 8.5pt; }
    col.c-verify { width: 26%; } col.c-attest { width: 27%; } col.c-verdict { width: 14%; }
    td.verdict { white-space: nowrap; }
    code { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace; font-size: 9pt; overflow-wrap: anywhere; }
    ul.problems { padding-left: 16pt; }
    .sign { margin-top: 14pt; text-align: right; }
    .sign .blank { display: inline-block; width: 36mm; border-bottom: 1px solid #333; margin: 0 10mm 0 2mm; }
    nav.index a { color: inherit; }
    @media print {
      body { max-width: none; padding: 0; }
      /* A station to act on starts a page (it is handed to that station with its sign line);
         passing stations follow one another, after one page break before the first. */
      section.station.failing, h2.passing-head { break-before: page; }
      header.report + section.station { break-before: auto; }
      a { text-decoration: none; }
    }
    """
}
