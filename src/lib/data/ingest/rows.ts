/**
 * Turning one parsed record into long rows: a row converter compiled once from the mapping,
 * dialect and period format, then applied per record without building per-row objects.
 */
import type { Dialect } from './dialect.ts';
import { isNoteLine, isTotalLabel } from './footer.ts';
import { countRejected, countUsed, type MeasureStats } from './measureStats.ts';
import { numberParser, type NumberParser, type NumberStatus } from './numbers.ts';
import { DEFAULT_YEARS, inYears, periodParser, type PeriodFormat, type PeriodParse, type YearWindow } from './periods.ts';
import type { RejectReason, Rejection } from './report.ts';
import { OUTCOME_WORDS, type ColumnMapping, type MeasureKind, type MeasureSpec } from './roles.ts';

/** Columnar long rows; all arrays have `length` entries. */
export interface LongBatch {
  length: number;
  measure: string[];
  unit: string[];
  kind: MeasureKind[];
  /** ISO start date of the row's period (natural granularity), or the raw label without a date format. */
  period: string[];
  value: (number | null)[];
  numerator: (number | null)[];
  denominator: (number | null)[];
  line: number[];
  /** Label of the mapping's phase column ('' when none; absent without a phase column). */
  phase?: string[];
  /** Label of the mapping's category column ('' when none; absent without a category column). */
  category?: string[];
}

export function emptyBatch(): LongBatch {
  return { length: 0, measure: [], unit: [], kind: [], period: [], value: [], numerator: [], denominator: [], line: [], phase: [], category: [] };
}

export const MISSING_OUTCOME: ReadonlySet<string> = new Set(['', 'na', 'n/a', 'null', '.', '-', 'unknown', 'ukjent', 'ukendt', 'okänd']);

/** Result of one measure cell: numbers to store (and, for mixed specs, the row's kind), or a rejection. */
type Cell = { value: number | null; num: number | null; den: number | null; kind?: MeasureKind } | { reason: RejectReason; column: number };

/** Relative tolerance when recognising value = 1 or 100 × numerator / denominator as a proportion. */
export const SCALE_TOLERANCE = 0.02;

/**
 * Kind of a mixed row with numerator and denominator: a proportion when the row's value is the
 * ratio as a fraction or a percent (or, with no value, when the numerator fits in the
 * denominator); otherwise a rate (e.g. the value is per 1,000 bed days).
 */
function ratioKind(n: number, d: number, v: number | null): MeasureKind {
  if (v === null || n === 0) return n <= d ? 'proportion' : 'rate';
  const scale = (v * d) / n;
  const near = (target: number) => Math.abs(scale / target - 1) <= SCALE_TOLERANCE;
  return near(1) || near(100) ? 'proportion' : 'rate';
}

function ratioCell(n: number, d: number, spec: { numerator: number; denominator: number }): Cell | null {
  if (n < 0) return { reason: 'negative-numerator', column: spec.numerator };
  if (d < 0) return { reason: 'negative-denominator', column: spec.denominator };
  if (d === 0) return { reason: 'zero-denominator', column: spec.denominator };
  return null;
}

function numberReason(status: Exclude<NumberStatus, 'missing'>): RejectReason {
  return status === 'suppressed' ? 'suppressed' : status === 'non-finite' ? 'non-finite-number' : 'not-a-number';
}

function cellReader(spec: MeasureSpec, parse: NumberParser): (f: string[]) => Cell {
  switch (spec.kind) {
    case 'value':
      return (f) => {
        const v = parse(f[spec.value] ?? '');
        if (typeof v === 'number') return { value: v, num: null, den: null };
        return v === 'missing' ? { value: null, num: null, den: null } : { reason: numberReason(v), column: spec.value };
      };
    case 'outcome':
      return (f) => {
        const raw = (f[spec.outcome] ?? '').trim().toLowerCase();
        const yes = OUTCOME_WORDS.get(raw);
        if (yes !== undefined) return { value: null, num: yes ? 1 : 0, den: 1 };
        if (MISSING_OUTCOME.has(raw)) return { value: null, num: null, den: null };
        return { reason: 'unknown-outcome', column: spec.outcome };
      };
    case 'proportion':
    case 'rate':
      return (f) => {
        const n = parse(f[spec.numerator] ?? '');
        const d = parse(f[spec.denominator] ?? '');
        if (typeof n === 'string' && n !== 'missing') return { reason: numberReason(n), column: spec.numerator };
        if (typeof d === 'string' && d !== 'missing') return { reason: numberReason(d), column: spec.denominator };
        // Either part missing: the row keeps its period as a missing point (both null).
        if (typeof n !== 'number' || typeof d !== 'number') return { value: null, num: null, den: null };
        const bad = ratioCell(n, d, spec);
        if (bad) return bad;
        if (spec.kind === 'proportion' && n > d) return { reason: 'numerator-exceeds-denominator', column: spec.numerator };
        return { value: null, num: n, den: d };
      };
    case 'mixed':
      // Numerator and denominator when both are given, else the value; a ratio row keeps its value too.
      return (f) => {
        const n = parse(f[spec.numerator] ?? '');
        const d = parse(f[spec.denominator] ?? '');
        const v = parse(f[spec.value] ?? '');
        for (const [cell, column] of [[n, spec.numerator], [d, spec.denominator], [v, spec.value]] as const)
          if (typeof cell === 'string' && cell !== 'missing') return { reason: numberReason(cell), column };
        const value = typeof v === 'number' ? v : null;
        if (typeof n === 'number' && typeof d === 'number') {
          return ratioCell(n, d, spec) ?? { value, num: n, den: d, kind: ratioKind(n, d, value) };
        }
        return { value, num: null, den: null, kind: 'value' };
      };
    case 'events':
      // Events on the row (an empty count cell is one event) as the numerator, cases (G) as the denominator.
      return (f) => {
        const n = spec.count === null ? 1 : parse(f[spec.count] ?? '');
        const d = spec.cases === null ? null : parse(f[spec.cases] ?? '');
        if (typeof n === 'string' && n !== 'missing') return { reason: numberReason(n), column: spec.count! };
        if (typeof d === 'string' && d !== 'missing') return { reason: numberReason(d), column: spec.cases! };
        const events = typeof n === 'number' ? n : 1;
        const cases = typeof d === 'number' ? d : null;
        if (events < 0) return { reason: 'negative-numerator', column: spec.count! };
        // Events are counted: 1.5 events is no count.
        if (!Number.isInteger(events)) return { reason: 'not-a-number', column: spec.count! };
        if (cases !== null && cases < 0) return { reason: 'negative-denominator', column: spec.cases! };
        return { value: null, num: events, den: cases };
      };
  }
}

export interface RowSink {
  batch: LongBatch;
  used: number;
  missing: number;
  rejected: Rejection[];
  /** Per-measure counts for the report. */
  stats: MeasureStats;
}

/**
 * A lone "-" is nil (zero) in the statistics offices' tables (SCB, SSB, DST) but "no value" in
 * many journal exports; the user chooses, missing by default.
 */
export type DashChoice = 'zero' | 'missing';

/** A column as reports name it: its header, or `#n` (1-based) past the header's end. */
export const columnName = (header: readonly string[], i: number): string => header[i] ?? `#${i + 1}`;

/** The measure specs a read makes rows of: one value spec per period column for a file wide by period. */
export function readSpecs(mapping: ColumnMapping): MeasureSpec[] {
  const wide = mapping.periodColumns?.length ? mapping.periodColumns : null;
  return wide ? wide.map((c) => ({ kind: 'value', name: mapping.measures[0]?.name ?? 'value', value: c })) : mapping.measures;
}

/** The column whose lone "-" a spec reads as its value (value and mixed specs). */
const valueColumn = (spec: MeasureSpec): number | null => (spec.kind === 'value' || spec.kind === 'mixed' ? spec.value : null);

export type RowConverter = (fields: string[], line: number, sink: RowSink, malformed?: string) => void;

/**
 * Compile the converter for one mapping; `header` names the columns in rejections. Called with
 * `malformed` (the echo of a record whose quotes are broken), it rejects the record per measure.
 */
export function rowConverter(
  header: string[],
  mapping: ColumnMapping,
  dialect: Dialect,
  periodFormat: PeriodFormat | null,
  dash: DashChoice = 'missing',
  years: YearWindow = DEFAULT_YEARS,
): RowConverter {
  const plain = numberParser(dialect);
  const parse: NumberParser = dash === 'zero' ? (cell) => (cell.trim() === '-' ? 0 : plain(cell)) : plain;
  const period = periodFormat ? periodParser(periodFormat) : null;
  const name = (i: number) => columnName(header, i);
  // Wide by period: one value cell per period column, its period taken from the column name.
  const wide = mapping.periodColumns?.length ? mapping.periodColumns : null;
  const specs = readSpecs(mapping);
  const columnPeriods = wide?.map((c): PeriodParse => (period ? period(name(c)) : { ok: true, start: name(c) })) ?? null;
  const readers = specs.map((s) => cellReader(s, parse));
  const denominatorNames = specs.map((s) => ('denominator' in s ? name(s.denominator) : undefined));
  const width = header.length;

  const rejectAll = (sink: RowSink, line: number, reason: RejectReason, column: string | undefined, value: string, measures: string[]) => {
    for (const measure of measures) {
      const r: Rejection = { line, reason, value };
      if (column !== undefined) r.column = column;
      if (specs.length > 1 || mapping.measure !== null) r.measure = measure;
      sink.rejected.push(r);
      countRejected(sink.stats, measure, line, reason);
    }
  };

  // Totals and notes get their own reason (a note whose text parses as a period is a data row).
  const footerReason = (f: string[]): RejectReason | null => {
    for (const c of [mapping.period, mapping.measure, mapping.unit, 0]) if (c !== null && isTotalLabel(f[c] ?? '')) return 'total-row';
    if (isNoteLine(f) && (f.length < width || !period || !period((f[mapping.period] ?? '').trim()).ok)) return 'note-line';
    return null;
  };

  return (f, line, sink, malformed) => {
    const base = mapping.measure === null ? null : (f[mapping.measure] ?? '').trim();
    const measures = specs.map((s) => (base === null ? s.name : specs.length > 1 && !wide ? `${base}/${s.name}` : base));
    if (malformed !== undefined) return rejectAll(sink, line, 'malformed-quotes', undefined, malformed, measures);
    const footer = footerReason(f);
    if (footer) return rejectAll(sink, line, footer, undefined, f.filter((c) => c.trim() !== '').join(' ').slice(0, 80), measures);
    if (f.length < width) return rejectAll(sink, line, 'too-few-fields', undefined, String(f.length), measures);
    if (f.length > width) {
      for (let i = width; i < f.length; i++)
        if ((f[i] ?? '').trim() !== '') return rejectAll(sink, line, 'too-many-fields', undefined, String(f.length), measures);
    }
    const rawPeriod = wide ? '' : (f[mapping.period] ?? '').trim();
    if (rawPeriod === '' && !wide) return rejectAll(sink, line, 'missing-period', name(mapping.period), rawPeriod, measures);
    let x = rawPeriod;
    if (period && !wide) {
      const p = period(rawPeriod);
      if (!p.ok) return rejectAll(sink, line, p.error, name(mapping.period), rawPeriod, measures);
      if (!inYears(p.start, years)) return rejectAll(sink, line, 'implausible-year', name(mapping.period), rawPeriod, measures);
      x = p.start;
    }
    const unit = mapping.unit === null ? '' : (f[mapping.unit] ?? '').trim();
    const phase = mapping.phase === null || mapping.phase === undefined ? '' : (f[mapping.phase] ?? '').trim();
    const category = mapping.category === null || mapping.category === undefined ? '' : (f[mapping.category] ?? '').trim();
    const b = sink.batch;
    for (let i = 0; i < specs.length; i++) {
      const c = (readers[i] as (f: string[]) => Cell)(f);
      const measure = measures[i] as string;
      const own = columnPeriods?.[i];
      if (own && !own.ok) {
        rejectAll(sink, line, own.error, name((specs[i] as { value: number }).value), f[(specs[i] as { value: number }).value] ?? '', [measure]);
        continue;
      }
      if ('reason' in c) {
        rejectAll(sink, line, c.reason, name(c.column), f[c.column] ?? '', [measure]);
        continue;
      }
      b.measure.push(measure);
      b.unit.push(unit);
      b.kind.push(c.kind ?? ((specs[i] as MeasureSpec).kind as MeasureKind));
      b.period.push(own ? (own as { start: string }).start : x);
      b.value.push(c.value);
      b.numerator.push(c.num);
      b.denominator.push(c.den);
      b.line.push(line);
      (b.phase ??= []).push(phase);
      (b.category ??= []).push(category);
      b.length++;
      sink.used++;
      const missing = c.value === null && c.den === null && c.num === null;
      if (missing) sink.missing++;
      const dashAt = valueColumn(specs[i] as MeasureSpec);
      countUsed(sink.stats, measure, line, missing, dashAt !== null && (f[dashAt] ?? '').trim() === '-', specs[i]?.kind === 'outcome', denominatorNames[i]);
    }
  };
}
