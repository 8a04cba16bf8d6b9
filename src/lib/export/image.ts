/**
 * Charts for export: the app's own renderer (`renderSpcChart`) drawn at a fixed size into any
 * DOM (the page's, or jsdom's in the CLI), and the standalone image around it: a visible title
 * (measure – unit), the unit of the values, the period covered, the rule profile, the goal, and a
 * footer with the source file and the export date. Text uses a system font stack and every
 * colour is an attribute, so the file needs no stylesheet and renders alike elsewhere.
 */
import { renderSpcChart } from '../charts';
import { COLORS } from '../charts/colors';
import { SVG_NS } from '../charts/paths';
import { chartLabels } from '../i18n/chartLabels';
import { scaleWords } from '../i18n/scaleWords';
import { chartValueUnit, valueUnit } from '../workspace/units';
import { formatNumber, formatPeriod, periodLevel, type Locale, type Messages } from '../i18n';
import type { SpcResult } from '../spc/types';
import type { Evaluated } from '../workspace/evaluate';
import type { SeriesSettings } from '../workspace/settings';

export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif";
export const CHART_SIZE = { width: 860, height: 380 } as const;
const HEADER = 84;
const FOOTER = 34;
export const IMAGE_SIZE = { width: CHART_SIZE.width, height: HEADER + CHART_SIZE.height + FOOTER } as const;
/** PNG pixels per SVG unit (2×: sharp on high-density screens and in print). */
export const PNG_SCALE = 2;

export interface ExportContext {
  t: Messages;
  locale: Locale;
  /** Name of the imported file, shown in footers and the report's provenance. */
  sourceName: string;
  exportedAt: Date;
}

/**
 * The user's annotations and the names of the changes that split the chart, at the positions of
 * their periods (periods no longer in the data are left out).
 */
export function chartAnnotations(
  result: SpcResult,
  settings: SeriesSettings,
  changeNotes: readonly { x: number | string; text: string }[] = [],
): { position: number; text: string }[] {
  return [...settings.annotations, ...changeNotes].flatMap((a) => {
    const p = result.points.find((q) => q.x === a.x);
    return p ? [{ position: p.position, text: a.text }] : [];
  });
}

export const chartTitle = (t: Messages, item: Evaluated) => t.chartTitle({ measure: item.input.measure, unit: item.input.unit });

/**
 * The chart alone, at export size. `id` fixes the ids of its <title>/<desc>, so the same export
 * is byte-identical in the app and in the CLI.
 */
export function exportChart(doc: Document, item: Evaluated & { result: SpcResult }, settings: SeriesSettings, ctx: ExportContext, id: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  svg.setAttribute('data-spc-id', id);
  const { result } = item;
  renderSpcChart(svg, result, {
    ...CHART_SIZE,
    locale: ctx.locale,
    xKind: typeof result.points[0]?.x === 'number' ? 'number' : 'date',
    showSigma2: settings.sigma2,
    annotations: chartAnnotations(result, settings, item.changeNotes),
    valueUnit: chartValueUnit(valueUnit(item)),
    labels: chartLabels(ctx.t, ctx.locale, result, chartTitle(ctx.t, item), scaleWords(ctx.t, ctx.locale, item)),
  });
  svg.setAttribute('width', String(CHART_SIZE.width));
  svg.setAttribute('height', String(CHART_SIZE.height));
  svg.setAttribute('font-family', FONT_STACK);
  return svg;
}

/** First and last period of the series, at the series' level ("jan. 2023–dec. 2025"). */
export function periodCovered(locale: Locale, result: SpcResult): string | null {
  const xs = result.points.map((p) => p.x);
  if (xs.length === 0) return null;
  const level = periodLevel(xs);
  const [first, last] = [formatPeriod(locale, xs[0]!, level), formatPeriod(locale, xs.at(-1)!, level)];
  return first === last ? first : `${first}–${last}`;
}

/** The image's lines under the title; parts that do not apply are left out. */
export function imageFacts(item: Evaluated & { result: SpcResult }, ctx: ExportContext): string[][] {
  const { t, locale } = ctx;
  const { result } = item;
  const unit = scaleWords(t, locale, item);
  const period = periodCovered(locale, result);
  const goal = [...result.points].reverse().find((p) => p.goal !== null)?.goal ?? null;
  return [
    [t.chartName({ chart: result.chart }), unit, period === null ? null : t.imagePeriod({ period })],
    [t.imageRules({ profile: t.profileName({ profile: result.rules }) }), goal === null ? null : t.imageGoal({ goal: formatNumber(locale, goal) })],
  ].map((line) => line.filter((part): part is string => part !== null));
}

export function exportDate(locale: Locale, at: Date): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(at);
}

function text(doc: Document, x: number, y: number, content: string, attrs: Record<string, string | number>): SVGTextElement {
  const el = doc.createElementNS(SVG_NS, 'text') as SVGTextElement;
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.textContent = content;
  return el;
}

/** The standalone image: title, facts, the chart, the footer. */
export function imageSvg(doc: Document, item: Evaluated & { result: SpcResult }, settings: SeriesSettings, ctx: ExportContext): SVGSVGElement {
  const { width, height } = IMAGE_SIZE;
  const svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  for (const [k, v] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_STACK, role: 'img' })) {
    svg.setAttribute(k, String(v));
  }
  const title = chartTitle(ctx.t, item);
  const titleEl = doc.createElementNS(SVG_NS, 'title');
  titleEl.textContent = title;
  svg.append(titleEl);
  const background = doc.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width, height, fill: COLORS.background })) background.setAttribute(k, String(v));
  svg.append(background);
  svg.append(text(doc, 16, 28, title, { 'font-size': 18, 'font-weight': 'bold', fill: COLORS.text }));
  imageFacts(item, ctx).forEach((line, i) => svg.append(text(doc, 16, 50 + i * 18, line.join(' · '), { 'font-size': 12, fill: COLORS.mutedText })));
  const chart = exportChart(doc, item, settings, ctx, 'export-chart');
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(HEADER));
  svg.append(chart);
  const footer = ctx.t.imageFooter({ file: ctx.sourceName, date: exportDate(ctx.locale, ctx.exportedAt) });
  svg.append(text(doc, 16, height - 12, footer, { 'font-size': 11, fill: COLORS.mutedText }));
  return svg;
}

/** The standalone image as an SVG file's text. */
export function imageSvgText(doc: Document, item: Evaluated & { result: SpcResult }, settings: SeriesSettings, ctx: ExportContext): string {
  const Serializer = doc.defaultView?.XMLSerializer ?? XMLSerializer;
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new Serializer().serializeToString(imageSvg(doc, item, settings, ctx)) + '\n';
}

/** A file name from user text: characters that file systems refuse (and control characters) become "_". */
export function fileName(base: string, ext: string): string {
  const safe = [...base].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('').trim();
  return `${safe || 'chart'}.${ext}`;
}
