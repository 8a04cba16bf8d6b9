/**
 * CLI: `npm run --silent spc -- FILE [options]` → SPC results as JSON on stdout, one series per
 * measure × unit. The file is read through the app's ingest (and, with `--period`, aggregated by
 * the app's DuckDB SQL), so the CLI and the app give the same numbers. Rows not used are listed in
 * `input.rejected` (exit 1, one line on stderr); bad options, unknown columns, an unusable file or
 * an engine error exit with code 2 and one line on stderr. `--help` lists the options.
 */
import { rejectionMessage } from '../lib/data/ingest/index.ts';
import { computeSpc } from '../lib/spc/index.ts';
import type { ChartSuggestion } from '../lib/spc/guidance.ts';
import type { SpcOptions, SpcResult } from '../lib/spc/types.ts';
import { HELP, parseArgs, UsageError, type CliArgs } from './args.ts';
import { InputError, plan, readBytes, rejectionJson } from './input.ts';
import { isParquet, parquetToCsv } from '../lib/data/parquet.ts';
import { loadAggregated, loadRaw, type CliSeries, type Loaded } from './series.ts';
import { reportMain } from './report.ts';
import { DEFAULT_SETTINGS } from '../lib/workspace/settings.ts';
import { displayScale, suggestFor } from '../lib/workspace/evaluate.ts';

function seriesJson(s: CliSeries, args: CliArgs): Record<string, unknown> {
  const input = { observations: s.observations, kind: s.kind ?? 'value', scale: s.scale };
  const suggestion: ChartSuggestion = s.observations.some((o) => o.y !== null) ? suggestFor(input) : { chart: 'run', reason: 'no-data' };
  const chart = args.chart ?? suggestion.chart;
  const options: SpcOptions = { ...args.options, chart };
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
    rejected: rejected.map((x) => rejectionJson(x, rejectionMessage)),
    delimiter: r.delimiter,
    decimal: r.decimal,
    thousands: r.thousands,
    encoding: r.encoding,
    dateFormat: r.dateFormat,
    dateCandidates: r.dateCandidates,
  };
}

const finite = (_k: string, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v);

export async function main(argv: readonly string[]): Promise<number> {
  try {
    if (argv[0] === 'report') return await reportMain(argv.slice(1), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
    const args = parseArgs(argv);
    if (args.help) {
      process.stdout.write(HELP);
      return 0;
    }
    const bytes = readBytes(args.file);
    // Parquet is read as CSV, through the same rules (as in the app).
    const p = plan(isParquet(bytes) ? await parquetToCsv(bytes) : bytes, args);
    const loaded = args.period === null ? await loadRaw(p) : await loadAggregated(p, args.period, args.options.agg);
    const input = inputJson(loaded);
    if (input.used === 0 || loaded.series.every((s) => s.observations.length === 0)) {
      const first = [...loaded.report.rejected, ...loaded.extraRejected][0];
      throw new InputError(`no usable rows in "${args.file}"` + (first ? ` (${loaded.rows} rejected; first: ${rejectionMessage(first)})` : ''));
    }
    const series = loaded.series.map((s) => seriesJson(s, args));
    process.stdout.write(JSON.stringify({ input, series }, finite) + '\n');
    // Rows not used are bad input too: the result is printed, but the exit code and one line on
    // stderr say so, naming the first such row and column.
    const rejected = [...loaded.report.rejected, ...loaded.extraRejected];
    const first = rejected[0];
    if (!first) return 0;
    const more = rejected.length > 1 ? ` (and ${rejected.length - 1} more rows not used; see input.rejected)` : ' (see input.rejected)';
    process.stderr.write(`error: ${rejectionMessage(first)}${more}\n`);
    return 1;
  } catch (e) {
    const known = e instanceof UsageError || e instanceof InputError || e instanceof RangeError || e instanceof TypeError;
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    process.stderr.write(`error: ${known ? message : `internal error: ${message}`}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
