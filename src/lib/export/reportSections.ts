/**
 * The report's sections beyond the charts: the goal-fulfilment table (issue 11, item 5), the
 * change log, and for "this change" where it took hold. Figures come from `goalFulfilment` and
 * the engine's before/after verdicts (`spreadOf`); the words from the i18n layer.
 */
import { formatPeriod, periodLevel } from '../i18n';
import { spreadSentence, verdictSentence } from '../i18n/sentences';
import type { Change } from '../workspace/changes';
import type { Evaluated } from '../workspace/evaluate';
import { goalFulfilment } from '../workspace/fulfilment';
import { spreadOf } from '../workspace/spread';
import { fulfilmentHeader, fulfilmentRows, MEASURE_COLUMNS, UNIT_COLUMNS, type FulfilmentRow } from './fulfilment';
import type { ExportContext } from './image';
import { cellHtml, dl, esc, tableRegion } from './reportHtml';

export function fulfilmentSection(items: readonly Evaluated[], ctx: ExportContext): string {
  const { t } = ctx;
  const rows = fulfilmentRows(t, goalFulfilment(items));
  const table = (level: FulfilmentRow['level'], columns: readonly (typeof MEASURE_COLUMNS | typeof UNIT_COLUMNS)[number][], caption: string) =>
    tableRegion(
      caption,
      columns.map((c) => esc(fulfilmentHeader(t, c, level))),
      rows
        .filter((r) => r.level === level)
        .map((r) => columns.map((c) => (c === 'goal' && r.cells.goal.kind === 'empty' ? esc(t.fulfilmentNoGoal) : cellHtml(r.cells[c], ctx, 'day')))),
    );
  const body = rows.length === 0
    ? `<p>${esc(t.fulfilmentEmpty)}</p>`
    : `${table('measure', MEASURE_COLUMNS, t.fulfilmentMeasuresCaption)}\n${table('unit', UNIT_COLUMNS, t.fulfilmentUnitsCaption)}`;
  return `<section class="fulfilment" id="fulfilment" aria-labelledby="fulfilment-heading">
<h2 id="fulfilment-heading">${esc(t.fulfilmentHeading)}</h2>
<p>${esc(t.fulfilmentIntro)}</p>
${body}
</section>`;
}

function changeEntry(c: Change, ctx: ExportContext): string {
  const { t, locale } = ctx;
  const introduced = c.introduced.map((i) => [esc(i.unit), esc(formatPeriod(locale, i.date))]);
  return `<article class="change">
<h3>${esc(c.name)}</h3>
${c.description.trim() === '' ? '' : `<p>${esc(c.description)}</p>`}
${dl([[t.changeMeasures, c.measures.length === 0 ? t.noneSet : c.measures.join(', ')]])}
${introduced.length === 0 ? '' : tableRegion(t.changeIntroducedCaption({ name: c.name }), [esc(t.colUnit), esc(t.changeColDate)], introduced)}
</article>`;
}

export function changeLogSection(changes: readonly Change[], ctx: ExportContext): string {
  const { t } = ctx;
  const body = changes.length === 0 ? `<p>${esc(t.changeLogEmpty)}</p>` : changes.map((c) => changeEntry(c, ctx)).join('\n');
  return `<section class="change-log" id="change-log" aria-labelledby="change-log-heading">
<h2 id="change-log-heading">${esc(t.changeLogHeading)}</h2>
${body}
</section>`;
}

/** Per targeted measure: the engine's verdict in each unit at its own date, the comparison units, and the summary sentence. */
export function spreadSection(change: Change, items: readonly Evaluated[], ctx: ExportContext): string {
  const { t, locale } = ctx;
  const parts = spreadOf(change, items).map((m) => {
    const rows = m.rows.map((r) => {
      const level = periodLevel(r.item.result?.points.map((p) => p.x) ?? []);
      return [
        esc(r.item.input.unit),
        esc(formatPeriod(locale, r.date)),
        esc(t.spreadStatus({ status: r.status })),
        r.verdict === null ? '' : esc(verdictSentence(t, locale, r.verdict, level)),
      ];
    });
    const comparison = m.comparison.map((e) => [esc(e.input.unit), '', esc(t.spreadComparison), '']);
    const head = [t.colUnit, t.changeColDate, t.spreadColVerdict, t.spreadColDetail].map(esc);
    return `<h3>${esc(m.measure)}</h3>
<p class="spread-summary">${esc(spreadSentence(t, m.summary))}</p>
${tableRegion(t.spreadCaption({ measure: m.measure }), head, [...rows, ...comparison])}`;
  });
  return `<section class="spread" id="spread" aria-labelledby="spread-heading">
<h2 id="spread-heading">${esc(t.spreadHeading({ name: change.name }))}</h2>
${parts.join('\n')}
</section>`;
}
