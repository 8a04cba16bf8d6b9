/**
 * Exports from the app: one chart as SVG, PNG or CSV, and the one-file report. The files are
 * built by src/lib/export (the same code as the CLI) and saved as downloads. Suppression of
 * small numbers is on by default (threshold 5) and remembered across reloads.
 */
import { csvDialect, toCsv } from '../lib/export/csv';
import { fileName, chartTitle, IMAGE_SIZE, imageSvgText, type ExportContext } from '../lib/export/image';
import { saveFile, svgToPng } from '../lib/export/browser';
import { fulfilmentCsv } from '../lib/export/fulfilment';
import { provenanceOf } from '../lib/export/provenance';
import { buildReport, type ReportScope, type ReportSeries } from '../lib/export/report';
import { DEFAULT_SUPPRESSION_THRESHOLD, type Suppression } from '../lib/export/suppress';
import { chartRows } from '../lib/export/table';
import { isLocale, messages, type Locale } from '../lib/i18n';
import type { SpcResult } from '../lib/spc/types';
import type { Evaluated } from '../lib/workspace/evaluate';
import { goalFulfilment } from '../lib/workspace/fulfilment';
import type { SeriesSettings } from '../lib/workspace/settings';
import { overviewGroups } from '../lib/workspace/overview';
import { i18n } from './i18n.svelte';
import { overviewPrefs } from './overview.svelte';
import type { ViewState } from './viewState.svelte';
import type { DataSession } from './dataSession.svelte';
import { loadPref, savePref } from './prefs';
import type { SettingsStore } from './settingsStore.svelte';

const isThreshold = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
/** The report choices of the panel ("this change" is asked for from the spread view). */
export type PanelScope = 'overview' | 'selection' | 'fulfilment';
const isPanelScope = (v: unknown): v is PanelScope => v === 'overview' || v === 'selection' || v === 'fulfilment';

class SharePrefs {
  #suppress = $state<boolean>(loadPref('suppress', isBoolean) ?? true);
  // Before the scope choice there was only "everything on the overview" on or off: kept as it was.
  #scope = $state<PanelScope>(loadPref('reportScope', isPanelScope) ?? (loadPref('reportEverything', isBoolean) === false ? 'selection' : 'overview'));
  #measures = $state<string[]>(loadPref('reportMeasures', isStrings) ?? []);
  #units = $state<string[]>(loadPref('reportUnits', isStrings) ?? []);
  #locale = $state<Locale | null>(loadPref('reportLocale', isLocale));
  #threshold = $state<number>(loadPref('suppressThreshold', isThreshold) ?? DEFAULT_SUPPRESSION_THRESHOLD);

  get suppress() { return this.#suppress; }
  set suppress(v: boolean) { this.#suppress = v; savePref('suppress', v); }
  get threshold() { return this.#threshold; }
  set threshold(v: number) { if (isThreshold(v)) { this.#threshold = v; savePref('suppressThreshold', v); } }
  get suppression(): Suppression { return this.#suppress ? this.#threshold : null; }
  /** The report: everything on the overview, the chosen measures × units, or the goal-fulfilment table. */
  get scope() { return this.#scope; }
  set scope(v: PanelScope) { this.#scope = v; savePref('reportScope', v); }
  get measures() { return this.#measures; }
  set measures(v: string[]) { this.#measures = v; savePref('reportMeasures', v); }
  get units() { return this.#units; }
  set units(v: string[]) { this.#units = v; savePref('reportUnits', v); }
  /** Language of the report; null follows the page's language. */
  get locale(): Locale { return this.#locale ?? i18n.locale; }
  set locale(v: Locale) { this.#locale = v; savePref('reportLocale', v); }
}

export const sharePrefs = new SharePrefs();

export type ChartFormat = 'svg' | 'png' | 'csv';

function context(data: DataSession, locale: Locale): ExportContext {
  return { t: messages(locale), locale, sourceName: data.source?.name ?? '', exportedAt: new Date() };
}

/** Save one chart in a format, in the current language. */
export async function exportChart(data: DataSession, item: Evaluated, settings: SeriesSettings, format: ChartFormat): Promise<void> {
  const ctx = context(data, i18n.locale);
  const base = chartTitle(ctx.t, item);
  if (format === 'csv') {
    const suppression = sharePrefs.suppression;
    const note = suppression === null ? null : ctx.t.suppressionNote({ threshold: suppression });
    saveFile(fileName(base, 'csv'), toCsv(ctx.t, chartRows(ctx.t, item, settings, suppression), csvDialect(ctx.locale), note), 'text/csv;charset=utf-8');
    return;
  }
  if (!item.result) return;
  const svg = imageSvgText(document, item as Evaluated & { result: SpcResult }, settings, ctx);
  if (format === 'svg') saveFile(fileName(base, 'svg'), svg, 'image/svg+xml');
  else saveFile(fileName(base, 'png'), await svgToPng(svg, IMAGE_SIZE.width, IMAGE_SIZE.height), 'image/png');
}

/**
 * The series in the overview's order (its sort and grouping), so a report reads like the page;
 * `search` narrows it as the overview's filter does (the report panel's "everything on the overview").
 */
export function reportOrder(items: readonly Evaluated[], view: ViewState, search = ''): Evaluated[] {
  return overviewGroups([...items], { search, sortBy: overviewPrefs.sortBy, groupBy: view.overview.groupBy }).flatMap((g) => g.items);
}

/** The panel's choice as the report builder's scope. */
export function panelScope(): ReportScope {
  const kind = sharePrefs.scope;
  return kind === 'selection' ? { kind, measures: sharePrefs.measures, units: sharePrefs.units } : { kind };
}

/**
 * Save the report in a language: `shown` is every series on the overview in its order, with the
 * workspace's change log; the scope chooses among them (see `reportContents`).
 */
export async function exportReport(data: DataSession, settings: SettingsStore, shown: Evaluated[], scope: ReportScope, locale: Locale): Promise<void> {
  const changes = settings.changes;
  const bytes = await data.sourceBytes();
  if (!bytes || !data.report) throw new Error('no file');
  const ctx = context(data, locale);
  const provenance = await provenanceOf(
    { name: ctx.sourceName, bytes },
    data.report,
    { granularity: data.granularity, agg: data.valueAgg },
    ctx.exportedAt,
  );
  const series: ReportSeries[] = shown.map((item) => ({ item, settings: settings.of(item.input.id) }));
  const html = buildReport(document, { series, changes, scope, provenance, suppression: sharePrefs.suppression }, ctx);
  saveFile(fileName(ctx.t.shareReportTitle({ file: ctx.sourceName.replace(/\.[^.]+$/, '') }), 'html'), html, 'text/html;charset=utf-8');
}

/** Save the goal-fulfilment table (per measure, then per unit) as CSV in the current language. */
export function exportFulfilmentCsv(data: DataSession, items: readonly Evaluated[]): void {
  const ctx = context(data, i18n.locale);
  saveFile(fileName(ctx.t.fulfilmentHeading, 'csv'), fulfilmentCsv(ctx.t, goalFulfilment(items), csvDialect(ctx.locale)), 'text/csv;charset=utf-8');
}
