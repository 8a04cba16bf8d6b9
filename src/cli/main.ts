/**
 * The CLI's work (`spc.ts` is its entry): FILE [options] → SPC results as JSON on stdout, one series per
 * measure × unit. The file is read through the app's ingest (and, with `--period`, aggregated by
 * the app's DuckDB SQL), so the CLI and the app give the same numbers. Rows not used are listed in
 * `input.rejected` (exit 1, one line on stderr); bad options, unknown columns, an unusable file or
 * an engine error exit with code 2 and one line on stderr. `--help` lists the options.
 */
import { defaultAggregation, MissingHeaderError, rejectionMessage, type Rejection } from '../lib/data/ingest/index.ts';
import { computeSpc } from '../lib/spc/index.ts';
import type { ChartSuggestion } from '../lib/spc/guidance.ts';
import type { SpcOptions, SpcResult } from '../lib/spc/types.ts';
import { HELP, parseArgs, UsageError, type CliArgs } from './args.ts';
import { InputError, plan, readBytes, rejectionJson, type Plan } from './input.ts';
import { importBytes } from '../lib/data/importReaders.ts';
import { loadAggregated, loadRaw, type CliSeries, type Loaded } from './series.ts';
import { DEFAULT_SETTINGS, positionsOf } from '../lib/workspace/settings.ts';
import { defaultScales } from '../lib/workspace/scale.ts';
import { displayScale, suggestFor } from '../lib/workspace/evaluate.ts';
import { daysBetweenEvents, eventRecords } from '../lib/spc/events.ts';
import { intervalSeriesJson } from './events.ts';
import { extractFewArgs, FEW_HELP } from './fewArgs.ts';
import { reportMain } from './report.ts';

function seriesJson(s: CliSeries, args: CliArgs, scales: Map<string, number>): Record<string, unknown> {
  const input = { observations: s.observations, kind: s.kind ?? 'value', scale: scales.get(s.key.measure) ?? s.scale };
  const suggestion: ChartSuggestion = s.observations.some((o) => o.y !== null) ? suggestFor(input) : { chart: 'run', reason: 'no-data' };
  const chart = args.chart ?? suggestion.chart;
  // An event-date series: a T chart of the days between its events, not of its rows.
  if (suggestion.reason === 'event-dates' && chart === 't') return { ...intervalSeriesJson(s.key, daysBetweenEvents(eventRecords(s.observations), { sameDay: 'combine' }), chart, args), suggested: suggestion };
  const options: SpcOptions = { ...args.options, chart };
  // Phases from the file's phase column join those of --part.
  const pos = positionsOf(s.observations);
  const fromColumn = s.phaseSplits.map((x) => pos.get(x)).filter((p): p is number => p !== undefined);
  if (fromColumn.length > 0) options.part = [...new Set([...(args.options.part ?? []), ...fromColumn])].sort((a, b) => a - b);
  // With --period, ratios are shown as the app shows them by default (the export's own scale,
  // else proportions in percent); without it, as given (qicharts2).
  if (args.options.multiply === undefined && args.period !== null) options.multiply = displayScale(input, DEFAULT_SETTINGS, chart);
  const result: SpcResult = computeSpc(s.observations, options);
  const points = result.points.map((pt) => {
    const e = s.extra.get(String(pt.x));
    const x = s.labels && typeof pt.x === 'number' ? (s.labels[pt.x - 1] ?? pt.x) : pt.x;
    return e ? { ...pt, x, ySum: e.ySum, n: e.n, count: e.count } : { ...pt, x };
  });
  return {
    key: s.key,
    chart: result.chart,
    suggested: suggestion,
    multiply: options.multiply ?? 1,
    rules: result.rules,
    direction: result.direction,
    variation: result.variation,
    assurance: result.assurance,
    warnings: result.warnings,
    points,
    phases: result.phases,
  };
}

function inputJson(loaded: Loaded): Record<string, unknown> {
  const r = loaded.report;
  const rejected = [...r.rejected, ...loaded.extraRejected].sort((a, b) => a.line - b.line);
  return {
    rows: loaded.rows,
    used: loaded.rows - rejected.length,
    missing: r.missing,
    rejected: rejected.map((x) => rejectionJson(x, (y) => rejectionMessage(y, r.years))),
    delimiter: r.delimiter,
    decimal: r.decimal,
    thousands: r.thousands,
    encoding: r.encoding,
    replacedLines: r.replacedLines,
    years: r.years,
    dateFormat: r.dateFormat,
    dateCandidates: r.dateCandidates,
    headerLine: r.headerLine,
    records: r.records,
    dash: r.dash,
    measures: r.measures,
  };
}

/** The rows as read (no `--period`), or the series aggregated by native DuckDB or DuckDB-WASM. */
async function load(args: CliArgs, out: Output): Promise<Loaded> {
  const aggOf = (p: Plan) => args.options.agg ?? (p.seriesFile ? 'sum' : defaultAggregation({ mapping: p.mapping, profiles: p.inspection.profiles }));
  const native = args.period === null ? null : await (await import('./engine.ts')).readNative(args, args.period, aggOf);
  // A forced native read that could not be one says so even without --verbose.
  if (native && (args.verbose || (args.engine === 'native' && native.loaded === null))) out.stderr(`engine: ${native.engine}\n`);
  if (native?.loaded) return native.loaded;
  const bytes = readBytes(args.file);
  // Parquet is read as CSV, through the same rules (as in the app).
  const p = plan(await importBytes(bytes), args);
  return args.period === null ? await loadRaw(p) : await loadAggregated(p, args.period, aggOf(p), args.maxPoints);
}

const finite = (_k: string, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v);

/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export async function main(argv: readonly string[], out: Output): Promise<number> {
  try {
    if (argv[0] === 'report') return await reportMain(argv.slice(1), out.stdout, out.stderr);
    if (argv[0] === 'sql') return await (await import('./sql.ts')).sqlMain(argv.slice(1), out.stdout);
    const { few, rest } = extractFewArgs(argv);
    const args = parseArgs(rest);
    if (args.dialect !== null || args.table !== null) throw new UsageError(`--${args.dialect !== null ? 'dialect' : 'table'} belongs to spc sql (npm run --silent spc -- sql --help)`);
    if (args.help) {
      out.stdout(HELP + FEW_HELP);
      return 0;
    }
    // Loaded only when asked for, so the main path starts no slower.
    if ((few.events || few.funnel !== null || few.pareto !== null) && args.format !== 'json') throw new UsageError(`--format ${args.format}: the events, funnel and pareto results are JSON only; leave out --format`);
    if (few.events || few.funnel !== null || few.pareto !== null) return await (await import('./few.ts')).runFew(readBytes(args.file), args, few, out);
    const loaded = await load(args, out);
    const input = inputJson(loaded);
    const message = (x: Rejection) => rejectionMessage(x, loaded.report.years);
    if (input.used === 0 || loaded.series.every((s) => s.observations.length === 0)) {
      const first = [...loaded.report.rejected, ...loaded.extraRejected][0];
      throw new InputError(`no usable rows in "${args.file}"` + (first ? ` (${loaded.rows} rejected; first: ${message(first)})` : ''));
    }
    const scales = defaultScales(loaded.series.map((s) => ({ measure: s.key.measure, kind: s.kind, scale: s.scale, observations: s.observations })));
    const series = loaded.series.map((s) => seriesJson(s, args, scales));
    // csv / tsv: the points table (arquero, loaded only then); json: the whole result.
    out.stdout(args.format === 'json' ? JSON.stringify({ input, series }, finite) + '\n' : (await import('./table.ts')).pointsTable(series as never, args.format));
    // Rows not used are bad input too: the result is printed, but the exit code and one line on
    // stderr say so, naming the first such row and column.
    const rejected = [...loaded.report.rejected, ...loaded.extraRejected];
    const first = rejected[0];
    if (!first) return 0;
    const more = rejected.length > 1 ? ` (and ${rejected.length - 1} more rows not used; see input.rejected)` : ' (see input.rejected)';
    out.stderr(`error: ${message(first)}${more}\n`);
    return 1;
  } catch (e) {
    const known =
      e instanceof UsageError || e instanceof InputError || e instanceof MissingHeaderError || e instanceof RangeError || e instanceof TypeError;
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    out.stderr(`error: ${known ? message : `internal error: ${message}`}\n`);
    return 2;
  }
}
