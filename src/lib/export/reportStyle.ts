/**
 * The report's only stylesheet (inline; the report's CSP allows inline styles and nothing else).
 * Text colours reach 4.5:1 on white; the print rules give A4 pages without cut charts or rows.
 */
export const REPORT_CSS = `
:root { color: #1a1a1a; background: #fff; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif; line-height: 1.45; }
body { margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-top: 1px solid #767676; padding-top: 1rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
.lead, .facts { color: #404040; }
.note { border-left: 4px solid #8a5300; padding: .3rem .7rem; background: #fff8ee; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
dl div { display: contents; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
figure { margin: .5rem 0; }
figure svg { width: 100%; height: auto; display: block; }
a { color: #0b5cad; }
.table-wrap { overflow-x: auto; }
.table-wrap:focus-visible { outline: 3px solid #0b5cad; }
table { border-collapse: collapse; font-size: .8rem; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border: 1px solid #b3b3b3; padding: .15rem .35rem; text-align: right; vertical-align: top; }
thead th, tbody th { text-align: left; }
td:last-child { text-align: left; }
@page { size: A4; margin: 14mm; }
@media print {
  main { max-width: none; padding: 0; }
  nav { display: none; }
  h2 { break-after: avoid; }
  section.chart { break-before: page; }
  figure, dl, .note, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  table { font-size: 7.5pt; table-layout: fixed; }
  th, td { overflow-wrap: anywhere; hyphens: auto; }
}
`;
