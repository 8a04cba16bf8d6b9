/**
 * Runs one fuzz case the way the CLI reads a file (src/cli/input.ts: decode, inspect, plan, read)
 * and on through the engine: with a period, the app's DuckDB aggregation (one shared Node runner)
 * then `computeSpc` per series; without one, the CLI's raw path. It checks what must hold for any
 * input: nothing throws except an intended refusal, and every candidate row is counted once.
 */
import { parseArgs } from '../../src/cli/args';
import { InputError, plan, read } from '../../src/cli/input';
import { loadRaw } from '../../src/cli/series';
import { aggregateSeries, appendBatch, createLongTable, toObservations, type AggregateGranularity } from '../../src/lib/data/aggregate';
import { NoPeriodColumnError, type LongBatch } from '../../src/lib/data/ingest';
import type { SqlRunner } from '../../src/lib/data/sql';
import { SpcInputError } from '../../src/lib/spc/errors';
import { MissingHeaderError } from '../../src/lib/data/ingest/index';
import { TooManyPointsError } from '../../src/lib/data/aggregate';
import { computeSpc } from '../../src/lib/spc';
import { suggestFor } from '../../src/lib/workspace/evaluate';
import type { FuzzCase } from './cases';

export interface CaseResult {
  /** `refused`: the input was turned down with a clear message (an expected outcome). */
  outcome: 'read' | 'refused' | 'uncaught';
  /** Row-accounting violations: rows ≠ used + rejected, or rows that went missing on the way. */
  violations: string[];
  /** Used values that are not finite numbers (1e309 read as Infinity), which no chart can show. */
  nonFinite: number;
  error?: string;
  ms: number;
}

/** Refusals with a message for the user; anything else thrown is a bug. */
const isRefusal = (e: unknown) =>
  e instanceof InputError || e instanceof NoPeriodColumnError || e instanceof SpcInputError || e instanceof MissingHeaderError || e instanceof TooManyPointsError;

function countBatch(b: LongBatch): number {
  let bad = 0;
  for (const column of [b.value, b.numerator, b.denominator]) for (const v of column) if (v !== null && !Number.isFinite(v)) bad++;
  return bad;
}

async function engine(observations: ReturnType<typeof toObservations>, kind: Parameters<typeof suggestFor>[0]['kind'], scale: number | null): Promise<void> {
  if (observations.length === 0) return;
  const chart = observations.some((o) => o.y !== null) ? suggestFor({ observations, kind, scale }).chart : 'run';
  computeSpc(observations, { chart });
}

export async function runCase(c: FuzzCase, runner: SqlRunner): Promise<CaseResult> {
  const started = performance.now();
  const violations: string[] = [];
  let nonFinite = 0;
  const done = (outcome: CaseResult['outcome'], error?: string): CaseResult => ({ outcome, violations, nonFinite, ms: performance.now() - started, ...(error ? { error } : {}) });
  try {
    const args = parseArgs(['fuzz.csv', ...(c.period ? ['--period', c.period] : [])]);
    const p = plan(c.bytes, args);
    let batched = 0;
    if (c.period !== null) await createLongTable(runner);
    const report = await read(p, async (b) => {
      batched += b.length;
      nonFinite += countBatch(b);
      if (c.period !== null) await appendBatch(runner, b);
    });
    const candidates = report.records * p.mapping.measures.length;
    if (report.rows !== candidates) violations.push(`rows ${report.rows} ≠ records × measures ${candidates}`);
    if (report.rows !== report.used + report.rejected.length) violations.push(`rows ${report.rows} ≠ used ${report.used} + rejected ${report.rejected.length}`);
    if (batched !== report.used) violations.push(`rows handed on ${batched} ≠ used ${report.used}`);
    if (c.period !== null) {
      const series = await aggregateSeries(runner, { granularity: c.period as AggregateGranularity, agg: 'mean' });
      const counted = series.reduce((n, s) => n + s.points.reduce((m, pt) => m + pt.count, 0), 0);
      if (counted !== report.used) violations.push(`rows in the series' points ${counted} ≠ used ${report.used}`);
      for (const s of series) await engine(toObservations(s), s.kind, s.scale);
    } else {
      const loaded = await loadRaw(p);
      for (const s of loaded.series) await engine(s.observations, s.kind ?? 'value', s.scale);
    }
    return done('read');
  } catch (e) {
    if (isRefusal(e)) return done('refused');
    return done('uncaught', e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}` : String(e));
  }
}

export interface FuzzSummary {
  cases: number;
  read: number;
  refused: number;
  uncaught: { name: string; error: string }[];
  violations: { name: string; violations: string[] }[];
  nonFinite: { name: string; values: number }[];
  slowest: { name: string; ms: number };
  peakRssMb: number;
  peakHeapMb: number;
  seconds: number;
}

/** Run `count` cases from `first`; `onCase` sees each (for progress). */
export async function runCases(cases: Iterable<FuzzCase>, runner: SqlRunner, onCase?: (i: number) => void): Promise<FuzzSummary> {
  const started = performance.now();
  const summary: FuzzSummary = { cases: 0, read: 0, refused: 0, uncaught: [], violations: [], nonFinite: [], slowest: { name: '', ms: 0 }, peakRssMb: 0, peakHeapMb: 0, seconds: 0 };
  for (const c of cases) {
    const r = await runCase(c, runner);
    summary.cases++;
    if (r.outcome === 'read') summary.read++;
    if (r.outcome === 'refused') summary.refused++;
    if (r.outcome === 'uncaught') summary.uncaught.push({ name: c.name, error: r.error ?? '' });
    if (r.violations.length > 0) summary.violations.push({ name: c.name, violations: r.violations });
    if (r.nonFinite > 0) summary.nonFinite.push({ name: c.name, values: r.nonFinite });
    if (r.ms > summary.slowest.ms) summary.slowest = { name: `${c.name} (${c.bytes.length} bytes, --period ${c.period ?? '(none)'})`, ms: r.ms };
    const mem = process.memoryUsage();
    summary.peakRssMb = Math.max(summary.peakRssMb, mem.rss / 2 ** 20);
    summary.peakHeapMb = Math.max(summary.peakHeapMb, mem.heapUsed / 2 ** 20);
    onCase?.(summary.cases);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
