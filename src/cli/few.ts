/**
 * The CLI's issue-11 outputs: `--events` (T / G charts), `--funnel` and `--pareto`. Prints JSON
 * like the main command: {"input": {...}, "series" | "funnels" | "pareto": [...]}; exit 1 when
 * rows were not used (one line on stderr), 2 on unusable input (thrown to the caller).
 */
import { rejectionMessage, type IngestReport, type Rejection } from '../lib/data/ingest/index.ts';
import { UsageError, type CliArgs } from './args.ts';
import { readEventFile } from './eventRows.ts';
import { eventSeries } from './events.ts';
import type { FewArgs } from './fewArgs.ts';
import { funnelsJson } from './funnel.ts';
import { InputError, plan, rejectionJson } from './input.ts';
import type { Output } from './main.ts';
import { paretoJson } from './pareto.ts';
import { loadAggregated } from './series.ts';

function inputJson(report: IngestReport, rows: number, rejected: Rejection[]): Record<string, unknown> {
  return {
    rows,
    used: rows - rejected.length,
    rejected: rejected.map((r) => rejectionJson(r, rejectionMessage)),
    delimiter: report.delimiter,
    decimal: report.decimal,
    encoding: report.encoding,
    dateFormat: report.dateFormat,
  };
}

function emit(io: Output, out: Record<string, unknown>, rejected: Rejection[]): number {
  const finite = (_k: string, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v);
  io.stdout(JSON.stringify(out, finite) + '\n');
  const first = rejected[0];
  if (!first) return 0;
  const more = rejected.length > 1 ? ` (and ${rejected.length - 1} more rows not used; see input.rejected)` : ' (see input.rejected)';
  io.stderr(`error: ${rejectionMessage(first)}${more}\n`);
  return 1;
}

export async function runFew(bytes: Uint8Array, args: CliArgs, few: FewArgs, io: Output): Promise<number> {
  if (few.funnel !== null) {
    if (args.period === null) throw new InputError('--funnel needs --period (the period length of PERIOD, e.g. month)');
    const loaded = await loadAggregated(plan(bytes, args), args.period, args.options.agg);
    const rejected = [...loaded.report.rejected, ...loaded.extraRejected];
    const funnels = funnelsJson(loaded.series, few.funnel, few.overdispersion);
    return emit(io, { input: inputJson(loaded.report, loaded.rows, rejected), funnels }, rejected);
  }
  if (args.period !== null) throw new UsageError(`${few.events ? '--events' : '--pareto'} reads one row per event by its date; --period does not apply`);
  const file = await readEventFile(bytes, args, few.pareto);
  // With two value columns a row may be rejected twice; it is one row not used.
  const rejected = [...new Map(file.report.rejected.map((r) => [r.line, r] as const)).values()].sort((a, b) => a.line - b.line);
  const rows = file.rows.length + rejected.length;
  if (file.rows.length === 0) throw new InputError(`no usable rows in "${args.file}"` + (rejected[0] ? ` (first: ${rejectionMessage(rejected[0])})` : ''));
  const input = inputJson(file.report, rows, rejected);
  if (few.pareto !== null) return emit(io, { input, pareto: paretoJson(file.rows) }, rejected);
  return emit(io, { input, series: eventSeries(file.rows, args, few) }, rejected);
}
