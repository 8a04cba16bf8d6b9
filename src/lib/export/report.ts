/**
 * The one-file report: a self-contained HTML document (inline SVG charts, inline styles, no
 * script, no external reference) with its own strict CSP. It opens from disk in any browser,
 * offline, and prints on A4. The app and the CLI both call `buildReport`, so for the same file
 * and settings they write the same bytes. Every user text goes through `esc`.
 */
import { formatNumber, formatPeriod, periodLevel, periodLengthName, type PeriodLevel } from '../i18n';
import { runsSentence, summaryText, verdictSentence } from '../i18n/sentences';
import type { SpcResult } from '../spc/types';
import type { Change } from '../workspace/changes';
import type { Evaluated } from '../workspace/evaluate';
import type { SeriesSettings, X } from '../workspace/settings';
import { beforeAfter } from '../workspace/verdict';
import { scaleWords } from '../i18n/scaleWords';
import { chartTitle, exportChart, exportDate, periodCovered, type ExportContext } from './image';
import type { Provenance } from './provenance';
import { cellHtml, dl, esc } from './reportHtml';
import { changeLogSection, fulfilmentSection, spreadSection } from './reportSections';
import type { Suppression } from './suppress';
import { chartRows, COLUMNS, columnHeader, type Cell, type Column, type Row } from './table';
import { REPORT_CSS } from './reportStyle';

export { esc };

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface ReportSeries {
  item: Evaluated;
  settings: SeriesSettings;
}

/** What the report shows (the report choices of issue 12, item 2). */
export type ReportScope =
  /** Every chart on the overview, the goal-fulfilment table and the change log. */
  | { kind: 'overview' }
  /** The charts of the chosen measures × units, their goal fulfilment and the changes targeting those measures. */
  | { kind: 'selection'; measures: readonly string[]; units: readonly string[] }
  /** One change: its log entry, where it took hold per unit, and the charts of the measures it targets. */
  | { kind: 'change'; changeId: string }
  /** The goal-fulfilment table alone. */
  | { kind: 'fulfilment' };

export interface ReportInput {
  /** Every series on the overview, in its order; the scope chooses among them. */
  series: ReportSeries[];
  /** The workspace's change log. */
  changes: readonly Change[];
  scope: ReportScope;
  provenance: Provenance;
  suppression: Suppression;
}

interface ReportContents {
  charts: ReportSeries[];
  /** The series the goal-fulfilment table counts; null: no table. */
  fulfilment: Evaluated[] | null;
  changes: Change[] | null;
  spread: Change | null;
}

/** The parts of the report for its scope. An unknown change is an error: the caller names one that exists. */
export function reportContents(input: Pick<ReportInput, 'series' | 'changes' | 'scope'>): ReportContents {
  const { series, changes, scope } = input;
  const items = (list: ReportSeries[]) => list.map((s) => s.item);
  switch (scope.kind) {
    case 'overview':
      return { charts: series, fulfilment: items(series), changes: [...changes], spread: null };
    case 'selection': {
      const chosen = series.filter((s) => scope.measures.includes(s.item.input.measure) && scope.units.includes(s.item.input.unit));
      const targeting = changes.filter((c) => c.measures.some((m) => scope.measures.includes(m)));
      return { charts: chosen, fulfilment: items(chosen), changes: targeting, spread: null };
    }
    case 'change': {
      const change = changes.find((c) => c.id === scope.changeId);
      if (!change) throw new Error(`no change with id ${scope.changeId}`);
      return { charts: series.filter((s) => change.measures.includes(s.item.input.measure)), fulfilment: null, changes: [change], spread: change };
    }
    case 'fulfilment':
      return { charts: [], fulfilment: items(series), changes: null, spread: null };
  }
}

function provenanceBlock(p: Provenance, profiles: string[], suppression: Suppression, ctx: ExportContext): string {
  const { t, locale } = ctx;
  const n = (v: number) => formatNumber(locale, v, 0);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(p.exportedAt);
  return `<section class="provenance" aria-labelledby="provenance-heading">
<h2 id="provenance-heading">${esc(t.shareProvenance)}</h2>
${dl([
    [t.shareFile, p.fileName],
    [t.shareSha, p.sha256],
    [t.shareRows, t.reportSummary({ rows: n(p.rows), used: n(p.used), rejected: n(p.rejected) })],
    [t.shareExported, `${time} (${p.exportedAt.toISOString()})`],
    [t.shareVersion, p.appVersion],
    [t.mappingPeriodLength, periodLengthName(t, p.granularity)],
    [t.aggLabel, { mean: t.aggMean, median: t.aggMedian, sum: t.aggSum }[p.agg]],
    [t.shareProfile, profiles.length === 1 ? profiles[0]! : t.shareProfileMixed],
    [t.shareSuppression, suppression === null ? t.shareSuppressionOff : t.suppressionNote({ threshold: suppression })],
  ])}
</section>`;
}

/** The settings of one chart that change its numbers. */
function numberSettings(item: Evaluated, result: SpcResult, settings: SeriesSettings, ctx: ExportContext): [string, string][] {
  const { t, locale } = ctx;
  const level = periodLevel(result.points.map((p) => p.x));
  const period = (x: X) => formatPeriod(locale, x, level);
  const list = (xs: string[]) => (xs.length === 0 ? t.noneSet : xs.join(', '));
  const chart = t.chartName({ chart: result.chart });
  return [
    [t.chartTypeLabel, settings.chart === null ? t.chartSuggested({ chart }) : chart],
    [t.splitsHeading, list(settings.splits.map(period))],
    [t.baselineHeading, settings.freezeAt === null ? t.noneSet : period(settings.freezeAt)],
    [t.excludedHeading, list(settings.excluded.map((e) => (e.reason ? `${period(e.x)} (${e.reason})` : period(e.x))))],
    [t.shareMultiplier, formatNumber(locale, item.options.multiply ?? 1)],
  ];
}

function dataTable(rows: Row[], caption: string, ctx: ExportContext, level: PeriodLevel): string {
  // Measure and unit are in the heading; the phase only matters with several; columns empty on
  // every row are left out, so the table fits A4.
  const filled = (cell: Cell) => cell.kind !== 'empty' && !(cell.kind === 'flag' && !cell.on);
  const phases = new Set(rows.map((r) => (r.phase.kind === 'number' ? r.phase.value : 0)));
  const columns = COLUMNS.filter(
    (c): c is Column => c !== 'measure' && c !== 'unit' && (c !== 'phase' || phases.size > 1) && rows.some((r) => filled(r[c])),
  );
  const head = columns.map((c) => `<th scope="col">${esc(columnHeader(ctx.t, c))}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${columns.map((c) => (c === 'period' ? `<th scope="row">${cellHtml(r[c], ctx, level)}</th>` : `<td>${cellHtml(r[c], ctx, level)}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<table><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function chartSection(doc: Document, s: ReportSeries, index: number, suppression: Suppression, ctx: ExportContext): string {
  const { t, locale } = ctx;
  const { item, settings } = s;
  const id = `chart-${index + 1}`;
  const title = chartTitle(t, item);
  const heading = `<h2 id="${id}-heading">${esc(title)}</h2>`;
  const result = item.result;
  if (!result) {
    const error = t.errorChart({ detail: item.error === null ? '' : t.engineError({ code: item.error }) });
    return `<section class="chart" id="${id}" aria-labelledby="${id}-heading">${heading}<p>${esc(error)}</p></section>`;
  }
  const level = periodLevel(result.points.map((p) => p.x));
  const facts = [t.chartName({ chart: result.chart }), t.profileName({ profile: result.rules }), t.directionName({ direction: result.direction }), scaleWords(t, locale, item), periodCovered(locale, result)];
  const svg = exportChart(doc, { ...item, result }, settings, ctx, `${id}-svg`).outerHTML;
  const summary = summaryText(t, locale, result, scaleWords(t, locale, item));
  const lastPhase = result.phases.at(-1);
  const verdict = beforeAfter(item.input.observations, item.options);
  const warnings = result.warnings.map((w) => `<li>${esc(t.warningText({ code: w.code, ...(w.params ?? {}) }))}</li>`).join('');
  const annotations = settings.annotations
    .filter((a) => result.points.some((p) => p.x === a.x))
    .map((a) => `<li><strong>${esc(formatPeriod(locale, a.x, level))}</strong>: ${esc(a.text)}</li>`)
    .join('');
  const rows = chartRows(t, item, settings, suppression);
  const caption = t.tableCaption({ measure: item.input.measure, unit: item.input.unit });
  return `<section class="chart" id="${id}" aria-labelledby="${id}-heading">
${heading}
<p class="facts">${esc(facts.filter((f): f is string => f !== null).join(' · '))}</p>
<figure>${svg}</figure>
${warnings ? `<ul class="warnings">${warnings}</ul>` : ''}
<h3>${esc(t.summaryHeading)}</h3>
<p>${esc(summary)}</p>
${lastPhase && runsSentence(t, result, lastPhase) ? `<p>${esc(runsSentence(t, result, lastPhase)!)}</p>` : ''}
${verdict ? `<h3>${esc(t.verdictHeading)}</h3>\n<p>${esc(verdictSentence(t, locale, verdict, level))}</p>` : ''}
${annotations ? `<h3>${esc(t.annotationsHeading)}</h3>\n<ul>${annotations}</ul>` : ''}
<h3>${esc(t.shareChartSettings)}</h3>
${dl(numberSettings(item, result, settings, ctx))}
<div class="table-wrap" role="region" aria-label="${esc(caption)}" tabindex="0">${dataTable(rows, caption, ctx, level)}</div>
</section>`;
}

/** The whole report as one HTML document. `doc` is any DOM to draw the charts in. */
export function buildReport(doc: Document, input: ReportInput, ctx: ExportContext): string {
  const { t } = ctx;
  const parts = reportContents(input);
  const shown = [...parts.charts.map((s) => s.item), ...(parts.fulfilment ?? [])];
  const profiles = [...new Set(shown.flatMap((item) => (item.result ? [t.profileName({ profile: item.result.rules })] : [])))];
  const title = t.shareReportTitle({ file: input.provenance.fileName });
  const date = exportDate(ctx.locale, input.provenance.exportedAt);
  const n = parts.charts.length;
  const lead = parts.spread ? t.reportLeadChange({ name: parts.spread.name, n, date }) : input.scope.kind === 'fulfilment' ? t.reportLeadFulfilment({ date }) : t.shareReportLead({ n, date });
  const link = (id: string, text: string) => `<li><a href="#${id}">${esc(text)}</a></li>`;
  const toc = [
    ...(parts.changes ? [link('change-log', t.changeLogHeading)] : []),
    ...(parts.spread ? [link('spread', t.spreadHeading({ name: parts.spread.name }))] : []),
    ...(parts.fulfilment ? [link('fulfilment', t.fulfilmentHeading)] : []),
    ...parts.charts.map((s, i) => link(`chart-${i + 1}`, chartTitle(t, s.item))),
  ].join('\n');
  const sections = [
    ...(parts.changes ? [changeLogSection(parts.changes, ctx)] : []),
    ...(parts.spread ? [spreadSection(parts.spread, parts.charts.map((s) => s.item), ctx)] : []),
    ...(parts.fulfilment ? [fulfilmentSection(parts.fulfilment, ctx)] : []),
    ...parts.charts.map((s, i) => chartSection(doc, s, i, input.suppression, ctx)),
  ].join('\n');
  return `<!doctype html>
<html lang="${esc(ctx.locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="spc-dashboard ${esc(input.provenance.appVersion)}">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<h1>${esc(title)}</h1>
<p class="lead">${esc(lead)}</p>
${input.suppression === null || n === 0 ? '' : `<p class="note">${esc(t.suppressionNote({ threshold: input.suppression }))}</p>`}
${provenanceBlock(input.provenance, profiles, input.suppression, ctx)}
<nav aria-labelledby="contents-heading"><h2 id="contents-heading">${esc(t.shareContents)}</h2><ol>
${toc}
</ol></nav>
${sections}
</main>
</body>
</html>
`;
}
