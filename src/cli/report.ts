/**
 * `spc report FILE [mapping and chart options] [--settings FILE] [--lang sv|nb|da|en] -o OUT`:
 * the app's one-file report, or with `--format csv` the numbers behind every chart, and with
 * `--svg DIR` / `--png DIR` one image per series. The file goes through the app's path (ingest →
 * DuckDB aggregation → workspace evaluation, default period length as the app chooses it) and
 * the output through src/lib/export, so it is what the app writes for the same file and settings.
 * Charts are drawn by the app's d3 renderer into a jsdom document; PNGs are rasterised by resvg.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { appendBatch, createLongTable, type AggregateGranularity } from '../lib/data/aggregate.ts';
import { defaultAggregation, defaultGranularity, rejectionMessage, type IngestReport } from '../lib/data/ingest/index.ts';
import { createNodeRunner } from '../lib/data/node-runner.ts';
import { importBytes } from '../lib/data/importReaders.ts';
import { csvDialect, toCsv } from '../lib/export/csv.ts';
import { chartTitle, fileName, IMAGE_SIZE, imageSvgText, PNG_SCALE, type ExportContext } from '../lib/export/image.ts';
import { provenanceOf } from '../lib/export/provenance.ts';
import { fulfilmentCsv } from '../lib/export/fulfilment.ts';
import { buildReport, reportContents, type ReportScope, type ReportSeries } from '../lib/export/report.ts';
import { DEFAULT_SUPPRESSION_THRESHOLD, type Suppression } from '../lib/export/suppress.ts';
import { chartRows } from '../lib/export/table.ts';
import { isLocale, LOCALES, messages, type Locale } from '../lib/i18n/index.ts';
import type { SpcResult } from '../lib/spc/types.ts';
import { evaluate, type Evaluated, type SeriesInput } from '../lib/workspace/evaluate.ts';
import { overviewGroups } from '../lib/workspace/overview.ts';
import { aggregatedInputs } from '../lib/workspace/series.ts';
import type { Change } from '../lib/workspace/changes.ts';
import { goalFulfilment } from '../lib/workspace/fulfilment.ts';
import { DEFAULT_SETTINGS, positionsOf, type SeriesSettings } from '../lib/workspace/settings.ts';
import { parseSettingsDocument } from '../lib/workspace/settingsFile.ts';
import { parseArgs, UsageError, type CliArgs } from './args.ts';
import { InputError, plan, read, readBytes } from './input.ts';

export interface ReportArgs {
  /** Mapping and chart options, as for the JSON output. */
  base: CliArgs;
  settings: string | null;
  lang: Locale;
  out: string | null;
  format: 'html' | 'csv';
  svgDir: string | null;
  pngDir: string | null;
  suppression: Suppression;
  /** `--change NAME`: the report of one change of the settings file's change log. */
  change: string | null;
  /** `--fulfilment`: the goal-fulfilment table alone (with `--format csv`, as CSV). */
  fulfilment: boolean;
}

/** Engine options the app has no setting for: refused, since the report must be what the app shows. */
const NOT_IN_APP = ['multiply', 'cl', 'target', 'shift', 'trend', 'screenMovingRanges'] as const;
const FLAG: Record<(typeof NOT_IN_APP)[number], string> = {
  multiply: '--multiply', cl: '--cl', target: '--target', shift: '--shift', trend: '--trend', screenMovingRanges: '--no-screen',
};

export function parseReportArgs(argv: readonly string[]): ReportArgs {
  const rest: string[] = [];
  const r: Omit<ReportArgs, 'base'> = {
    settings: null, lang: 'sv', out: null, format: 'html', svgDir: null, pngDir: null, suppression: DEFAULT_SUPPRESSION_THRESHOLD, change: null, fulfilment: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag}: missing value`);
      return v;
    };
    switch (flag) {
      case '--settings': r.settings = value(); break;
      case '--lang': {
        const v = value();
        if (!isLocale(v)) throw new UsageError(`--lang: unknown value "${v}" (expected ${LOCALES.join('|')})`);
        r.lang = v;
        break;
      }
      case '-o': case '--out': r.out = value(); break;
      case '--format': {
        const v = value();
        if (v !== 'html' && v !== 'csv') throw new UsageError(`--format: unknown value "${v}" (expected html|csv)`);
        r.format = v;
        break;
      }
      case '--svg': r.svgDir = value(); break;
      case '--png': r.pngDir = value(); break;
      case '--suppress': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new UsageError(`--suppress: not a whole number of 1 or more: "${v}"`);
        r.suppression = n;
        break;
      }
      case '--no-suppress': r.suppression = null; break;
      case '--change': r.change = value(); break;
      case '--fulfilment': r.fulfilment = true; break;
      default: rest.push(flag);
    }
  }
  const base = parseArgs(rest);
  if (base.help) return { base, ...r };
  for (const key of NOT_IN_APP) if (base.options[key] !== undefined) throw new UsageError(`${FLAG[key]}: not available in a report (the app has no such setting)`);
  if (r.out === null && r.svgDir === null && r.pngDir === null) throw new UsageError('report: missing -o FILE (or --svg DIR / --png DIR)');
  if (r.change !== null && r.fulfilment) throw new UsageError('--change and --fulfilment: choose one (a report of one change, or the goal-fulfilment table)');
  if (r.change !== null && r.settings === null) throw new UsageError('--change: needs --settings FILE (the change log is in the settings file)');
  return { base, ...r };
}

/** The series' settings: from the settings file, then the command line's chart options on top. */
function settingsFor(args: CliArgs, fromFile: SeriesSettings | undefined, observations: Evaluated['input']['observations']): SeriesSettings {
  const s: SeriesSettings = { ...(fromFile ?? DEFAULT_SETTINGS) };
  const o = args.options;
  const xAt = new Map([...positionsOf(observations)].map(([x, pos]) => [pos, x]));
  const xs = (positions: number[]) => positions.flatMap((p) => (xAt.has(p) ? [xAt.get(p)!] : []));
  if (args.chart !== null) s.chart = args.chart;
  if (o.rules !== undefined) s.rules = o.rules;
  if (o.direction !== undefined) s.direction = o.direction;
  if (typeof o.goal === 'number') s.goals = [{ value: o.goal }];
  if (o.part !== undefined) s.splits = xs(o.part);
  if (o.freeze !== undefined) s.freezeAt = xAt.get(o.freeze) ?? null;
  if (o.exclude !== undefined) s.excluded = xs(o.exclude).map((x) => ({ x, reason: '' }));
  return s;
}

/** The settings file's series settings and change log (as the app applies them). */
function readSettings(file: string | null): { series: Record<string, SeriesSettings>; changes: Change[] } {
  if (file === null) return { series: {}, changes: [] };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read settings file "${file}": ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const parsed = parseSettingsDocument(text);
  if (!parsed) throw new InputError(`"${file}" is not a settings file of this dashboard (Export settings in the app writes one)`);
  return parsed;
}

async function rasterise(svg: string): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: IMAGE_SIZE.width * PNG_SCALE }, font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' } }).render();
  return png.asPng();
}

export async function reportMain(argv: readonly string[], write: (s: string) => void, warn: (s: string) => void): Promise<number> {
  const args = parseReportArgs(argv);
  if (args.base.help) {
    write(REPORT_HELP);
    return 0;
  }
  const bytes = readBytes(args.base.file);
  // As the app: without --period the period format stays as detected and the period length is the app's default.
  const p = plan(await importBytes(bytes), { ...args.base, period: args.base.period ?? 'none' });
  if (args.base.period === null) p.periodFormat = args.base.dateFormat ?? p.inspection.periodFormat;
  const agg = args.base.options.agg ?? defaultAggregation({ mapping: p.mapping, profiles: p.inspection.profiles });
  const saved = readSettings(args.settings);
  const settingsOf = (input: SeriesInput) => settingsFor(args.base, saved.series[input.id], input.observations);
  const scope = reportScope(args, saved.changes);
  const runner = await createNodeRunner();
  let report: IngestReport;
  let granularity: AggregateGranularity;
  let evaluated: Evaluated[];
  try {
    await createLongTable(runner);
    report = await read(p, (b) => appendBatch(runner, b));
    if (report.used === 0) throw new InputError(`no usable rows in "${args.base.file}"` + (report.rejected[0] ? ` (first: ${rejectionMessage(report.rejected[0])})` : ''));
    granularity = report.dateFormat === null ? 'none' : (args.base.period ?? defaultGranularity(p.inspection));
    evaluated = (await aggregatedInputs(runner, { granularity, agg, report })).map((input) => evaluate(input, settingsOf(input), saved.changes));
  } finally {
    runner.close();
  }
  // The app's default overview order (needs attention first, grouped by measure).
  const ordered = overviewGroups(evaluated, { search: '', sortBy: 'attention', groupBy: 'measure' }).flatMap((g) => g.items);
  const series: ReportSeries[] = ordered.map((item) => ({ item, settings: settingsOf(item.input) }));
  const t = messages(args.lang);
  const ctx: ExportContext = { t, locale: args.lang, sourceName: path.basename(args.base.file), exportedAt: new Date() };
  const doc = new JSDOM('<!doctype html><html><body></body></html>').window.document;

  const contents = reportContents({ series, changes: saved.changes, scope });

  if (args.out !== null) {
    let text: string;
    if (args.format === 'csv' && args.fulfilment) {
      text = fulfilmentCsv(t, goalFulfilment(contents.fulfilment!), csvDialect(args.lang));
    } else if (args.format === 'csv') {
      const rows = contents.charts.flatMap((s) => chartRows(t, s.item, s.settings, args.suppression));
      text = toCsv(t, rows, csvDialect(args.lang), args.suppression === null ? null : t.suppressionNote({ threshold: args.suppression }));
    } else {
      const provenance = await provenanceOf({ name: ctx.sourceName, bytes }, report, { granularity, agg }, ctx.exportedAt);
      text = buildReport(doc, { series, changes: saved.changes, scope, provenance, suppression: args.suppression }, ctx);
    }
    fs.writeFileSync(args.out, text);
  }
  for (const [dir, ext] of [[args.svgDir, 'svg'], [args.pngDir, 'png']] as const) {
    if (dir === null) continue;
    fs.mkdirSync(dir, { recursive: true });
    for (const s of contents.charts) {
      if (!s.item.result) continue;
      const svg = imageSvgText(doc, s.item as Evaluated & { result: SpcResult }, s.settings, ctx);
      fs.writeFileSync(path.join(dir, fileName(chartTitle(t, s.item), ext)), ext === 'svg' ? svg : await rasterise(svg));
    }
  }
  const first = report.rejected[0];
  if (!first) return 0;
  warn(`error: ${rejectionMessage(first)}` + (report.rejected.length > 1 ? ` (and ${report.rejected.length - 1} more rows not used)` : '') + '\n');
  return 1;
}

/** The report's scope from the flags; a change is named as in the settings file's change log. */
function reportScope(args: ReportArgs, changes: readonly Change[]): ReportScope {
  if (args.fulfilment) return { kind: 'fulfilment' };
  if (args.change === null) return { kind: 'overview' };
  const change = changes.find((c) => c.name === args.change);
  if (!change) {
    const names = changes.map((c) => `"${c.name}"`).join(', ');
    throw new InputError(`--change: no change named "${args.change}" in "${args.settings}"` + (names ? ` (its changes: ${names})` : ' (it has no change log)'));
  }
  return { kind: 'change', changeId: change.id };
}

export const REPORT_HELP = `Usage: npm run --silent spc -- report FILE [mapping and chart options] [--settings settings.json]
       [--lang sv|nb|da|en] [--format html|csv] -o OUT [--svg DIR] [--png DIR] [--suppress N | --no-suppress]
       [--change NAME | --fulfilment]

Writes what the app's export writes for the same file and settings:
  -o OUT             the one-file HTML report (every series, in the app's default overview order),
                     or with --format csv the numbers behind every chart (one CSV)
  --svg DIR          one SVG image per series into DIR
  --png DIR          one PNG image per series (2x pixel density) into DIR
  --settings FILE    a settings file from the app's "Export settings" (goals, phases, baseline,
                     exclusions, annotations, chart type, rules per series)
  --lang L           language of the report, CSV headers and images (default sv)
  --suppress N       hide counts below N and what reveals them, shown as "<N" (default 5)
  --no-suppress      show every number
  --change NAME      only this change of the settings file's change log: its entry, where it took
                     hold per unit (the before/after verdicts and the summary) and the charts of
                     the measures it targets (needs --settings)
  --fulfilment       only the goal-fulfilment table (with --format csv: the table as CSV)
Without --change or --fulfilment the report has every chart, the goal-fulfilment table and the
change log of the settings file.
Mapping options (--x, --y, --n, --numerator, --outcome, --measure, --unit, --delimiter, --decimal,
--encoding, --date-format), --period and --agg are those of the JSON output (see --help without
"report"); without --period the app's default period length is used. Chart options --chart,
--rules, --direction, --goal, --part, --freeze and --exclude apply to every series over the
settings file; --multiply, --cl, --target, --shift, --trend and --no-screen are refused (the app has
no such setting). Exit codes as for the JSON output.
`;
