/**
 * From ingested rows to engine input, one series per measure × unit. Two paths:
 * - no `--period`: the long rows as read (rows sharing an x form one subgroup in the engine,
 *   as in qicharts2); x is a number or an ISO date as in the file;
 * - `--period`: the rows go into DuckDB and `aggregateSeries` (the app's SQL) aggregates them
 *   per period; `toObservations` gives the engine input.
 */
import {
  aggregateSeries, appendBatch, createLongTable, TooManyPointsError, toObservations, type AggregateGranularity, type Series,
} from '../lib/data/aggregate.ts';
import type { IngestReport, LongBatch, MeasureKind, Rejection } from '../lib/data/ingest/index.ts';
import { createNodeRunner } from '../lib/data/node-runner.ts';
import type { SqlRunner } from '../lib/data/sql.ts';
import type { Aggregation, Observation } from '../lib/spc/types.ts';
import { phaseSplits, splitsFromLabels } from '../lib/data/phases.ts';
import { InputError, read, type Plan } from './input.ts';

export interface PointExtra {
  /** Sum of values (value series) or numerators / yes-outcomes; null when none. */
  ySum: number | null;
  n: number | null;
  count: number;
}

export interface CliSeries {
  key: { measure: string; unit: string };
  kind: MeasureKind | null;
  /** The export's own scale of numerator / denominator (100, 1000), from the aggregate. */
  scale: number | null;
  observations: Observation[];
  /** Per x as given to the engine: the aggregate's figures (with `--period`) or row counts. */
  extra: Map<string, PointExtra>;
  /** x labels when the engine got positions instead (`--period none` with text labels). */
  labels: string[] | null;
  /** A new phase after each of these x (from the mapping's phase column). */
  phaseSplits: (number | string)[];
}

export interface Loaded {
  report: IngestReport;
  /** Rejections added here (x neither number nor date, negative denominator of a paired file). */
  extraRejected: Rejection[];
  /** Rows counted as in the file (paired files: records, not records × 2). */
  rows: number;
  series: CliSeries[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** x of a raw label: number, ISO date, or null (not usable without --period). */
function labelX(label: string): number | string | null {
  if (NUMBER.test(label)) return Number(label);
  if (ISO_DATE.test(label) && !Number.isNaN(Date.parse(label))) return label;
  return null;
}

/** Series kind from its rows: any rate row makes a rate (a row without events looks like a proportion). */
const KIND_ORDER: MeasureKind[] = ['rate', 'outcome', 'proportion', 'value'];
const minKind = (a: MeasureKind | null, b: MeasureKind) => (a === null || KIND_ORDER.indexOf(b) < KIND_ORDER.indexOf(a) ? b : a);

const seriesKey = (measure: string, unit: string) => JSON.stringify([measure, unit]);

function byKey(a: CliSeries, b: CliSeries): number {
  const m = a.key.measure < b.key.measure ? -1 : a.key.measure > b.key.measure ? 1 : 0;
  return m !== 0 ? m : a.key.unit < b.key.unit ? -1 : a.key.unit > b.key.unit ? 1 : 0;
}

/** No `--period`: rows as read, one observation per long row (or per record when paired). */
export async function loadRaw(p: Plan): Promise<Loaded> {
  const batches: LongBatch[] = [];
  const report = await read(p, (b) => void batches.push(b));
  const extraRejected: Rejection[] = [];
  const header = p.inspection.header;
  const xName = header[p.mapping.period] ?? 'x';
  const map = new Map<string, CliSeries>();
  const seriesOf = (measure: string, unit: string): CliSeries => {
    const k = seriesKey(measure, unit);
    let s = map.get(k);
    if (!s) map.set(k, (s = { key: { measure, unit }, kind: null, scale: null, observations: [], extra: new Map(), labels: null, phaseSplits: [] }));
    return s;
  };
  const xOf = (label: string, line: number): number | string | null => {
    const x = p.periodFormat ? label : labelX(label);
    if (x === null) extraRejected.push({ line, reason: 'unparseable-date', column: xName, value: label });
    return x;
  };
  const add = (s: CliSeries, o: Observation) => {
    s.observations.push(o);
    const k = String(o.x);
    const e = s.extra.get(k) ?? { ySum: null, n: null, count: 0 };
    e.count++;
    if (o.y !== null) e.ySum = (e.ySum ?? 0) + o.y;
    if (o.n !== null && o.n !== undefined) e.n = (e.n ?? 0) + o.n;
    s.extra.set(k, e);
  };

  let rows = report.rows;
  if (p.paired) {
    // Two value rows per record (value, denominator); a record with either rejected is rejected once.
    const [ySpec, nSpec] = p.mapping.measures as unknown as [{ name: string }, { name: string }];
    const rejectedLines = new Set<number>();
    const rejected: Rejection[] = [];
    for (const r of report.rejected) {
      if (rejectedLines.has(r.line)) continue;
      rejectedLines.add(r.line);
      rejected.push(r);
    }
    report.rejected = rejected;
    rows = report.records;
    const suffix = `/${ySpec.name}`;
    const pending = new Map<number, { y: number | null; label: string; measure: string; unit: string }>();
    for (const b of batches) {
      for (let i = 0; i < b.length; i++) {
        const line = b.line[i]!;
        if (rejectedLines.has(line)) continue;
        const measure = b.measure[i]!;
        const isY = p.mapping.measure === null ? measure === ySpec.name : measure.endsWith(suffix);
        if (isY) {
          const base = p.mapping.measure === null ? ySpec.name : measure.slice(0, -suffix.length);
          pending.set(line, { y: b.value[i]!, label: b.period[i]!, measure: base, unit: b.unit[i]! });
          continue;
        }
        const yRow = pending.get(line);
        pending.delete(line);
        if (!yRow) continue;
        const n = b.value[i]!;
        if (n !== null && n < 0) {
          extraRejected.push({ line, reason: 'negative-denominator', column: nSpec.name, value: String(n) });
          continue;
        }
        const x = xOf(yRow.label, line);
        if (x === null) continue;
        add(seriesOf(yRow.measure, yRow.unit), { x, y: yRow.y, n });
      }
    }
  } else {
    const labels = new Map<CliSeries, { x: number | string; label: string }[]>();
    for (const b of batches) {
      for (let i = 0; i < b.length; i++) {
        const x = xOf(b.period[i]!, b.line[i]!);
        if (x === null) continue;
        const s = seriesOf(b.measure[i]!, b.unit[i]!);
        const label = b.phase?.[i] ?? '';
        if (label !== '') labels.set(s, [...(labels.get(s) ?? []), { x, label }]);
        const kind = b.kind[i]!;
        s.kind = minKind(s.kind, kind);
        const den = b.denominator[i]!;
        add(s, kind === 'value' || den === null ? { x, y: kind === 'value' ? b.value[i]! : null } : { x, y: b.numerator[i]!, n: den });
      }
    }
    // Rows in x order (stable: file order within an x), as the engine orders them.
    for (const [s, list] of labels) s.phaseSplits = splitsFromLabels([...list].sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : 0)));
  }
  const series = [...map.values()].sort(byKey);
  for (const s of series) {
    const kinds = new Set(s.observations.map((o) => typeof o.x));
    if (kinds.size > 1) throw new InputError(`column "${xName}" mixes numbers and dates`);
  }
  return { report, extraRejected, rows, series };
}

/**
 * With `--period`: load into DuckDB (Node runner) and aggregate with the app's SQL. `maxPoints`
 * bounds the points per series once empty periods are filled (null: the app's default).
 */
export async function loadAggregated(p: Plan, granularity: AggregateGranularity, agg: Aggregation | undefined, maxPoints: number | null = null): Promise<Loaded> {
  const runner = await createNodeRunner();
  try {
    await createLongTable(runner);
    const report = await read(p, (b) => appendBatch(runner, b));
    return await seriesOfTable(runner, report, granularity, agg, maxPoints);
  } finally {
    runner.close();
  }
}

/** The series of the long table (`LONG_TABLE`) on either DuckDB, as the app aggregates them. */
export async function seriesOfTable(
  runner: SqlRunner, report: IngestReport, granularity: AggregateGranularity, agg: Aggregation | undefined, maxPoints: number | null,
): Promise<Loaded> {
  const bound = maxPoints === null ? {} : { maxPoints };
  const aggregated = await aggregateSeries(runner, { granularity, agg: agg ?? 'mean', ...bound }).catch((e: unknown) => {
    if (e instanceof TooManyPointsError) throw new InputError(`${e.message} (check those dates, choose a longer --period, or raise --max-points)`);
    throw e;
  });
  const needSums = aggregated.some((s) => s.kind === 'value');
  const sums = needSums ? await aggregateSeries(runner, { granularity, agg: 'sum', ...bound }) : [];
  const sumOf = new Map(sums.map((s) => [seriesKey(s.key.measure, s.key.unit), s]));
  const splits = await phaseSplits(runner, granularity);
  const series = aggregated.map((s) => ({
    ...fromAggregate(s, sumOf.get(seriesKey(s.key.measure, s.key.unit)) ?? null, granularity),
    phaseSplits: splits.get(seriesKey(s.key.measure, s.key.unit)) ?? [],
  }));
  return { report, extraRejected: [], rows: report.rows, series };
}

function fromAggregate(s: Series, sums: Series | null, granularity: AggregateGranularity): CliSeries {
  const obs = toObservations(s);
  let labels: string[] | null = null;
  let xs: (number | string)[] = obs.map((o) => o.x);
  if (granularity === 'none') {
    // Labels as in the file: numbers stay numbers, ISO dates sort as dates, other labels keep
    // their order of first appearance (the engine gets positions, the output the labels).
    const parsed = s.points.map((pt) => labelX(pt.x));
    const numbers = parsed.every((x) => typeof x === 'number');
    const dates = parsed.every((x) => typeof x === 'string');
    if (numbers || dates) xs = parsed as (number | string)[];
    else {
      labels = s.points.map((pt) => pt.x);
      xs = labels.map((_l, i) => i + 1);
    }
  }
  const extra = new Map<string, PointExtra>();
  s.points.forEach((pt, i) => {
    const ySum = s.kind === 'value' ? (sums?.points[i]?.value ?? null) : pt.ySum;
    extra.set(String(xs[i]), { ySum, n: pt.n, count: pt.count });
  });
  return {
    key: s.key,
    kind: s.kind,
    scale: s.scale,
    observations: obs.map((o, i) => ({ ...o, x: xs[i]! })),
    extra,
    labels,
    phaseSplits: [],
  };
}
