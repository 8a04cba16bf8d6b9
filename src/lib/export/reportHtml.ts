/** The report's small HTML pieces, shared by its sections. Every text goes through `esc`. */
import { formatNumber, formatPeriod, type PeriodLevel } from '../i18n';
import type { ExportContext } from './image';
import { suppressedMark } from './suppress';
import type { Cell } from './table';

/** HTML-escape user or engine text for element content and double-quoted attributes. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export const dl = (pairs: [string, string][]) =>
  `<dl>${pairs.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>`;

export function cellHtml(cell: Cell, ctx: ExportContext, level: PeriodLevel): string {
  switch (cell.kind) {
    case 'text':
      return esc(cell.text);
    case 'number':
      return esc(formatNumber(ctx.locale, cell.value));
    case 'numbers':
      // '; ' since a decimal comma would make ', ' ambiguous.
      return esc(cell.values.map((v) => formatNumber(ctx.locale, v)).join('; '));
    case 'period':
      return esc(formatPeriod(ctx.locale, cell.x, level));
    case 'flag':
      return cell.on ? esc(ctx.t.yes) : '';
    case 'suppressed':
      return esc(suppressedMark(cell.threshold));
    case 'empty':
      return '';
  }
}

/** A table in a focusable, labelled scroll region (wide tables scroll on a phone; axe asks for focus). */
export function tableRegion(caption: string, head: string[], body: string[][], rowHeader = true): string {
  const th = head.map((h) => `<th scope="col">${h}</th>`).join('');
  const rows = body.map((cells) => `<tr>${cells.map((c, i) => (i === 0 && rowHeader ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n');
  return `<div class="table-wrap" role="region" aria-label="${esc(caption)}" tabindex="0"><table><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}
