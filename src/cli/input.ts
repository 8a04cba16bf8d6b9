/**
 * Reading a file for the CLI through the app's ingest (`src/lib/data/ingest`): decode, detect the
 * dialect, suggest the column mapping, apply the command-line overrides and stream the rows.
 * One set of parsing rules serves the app and the CLI; nothing here parses CSV itself.
 */
import fs from 'node:fs';
import {
  decodeBytes, headerIs, inspectText, readText,
  type ColumnMapping, type Dialect, type EncodingName, type Inspection, type IngestReport, type LongBatch,
  type MeasureSpec, type PeriodFormat, type Rejection,
} from '../lib/data/ingest/index.ts';
import type { Granularity } from '../lib/data/ingest/calendar.ts';
import { NEEDS_DENOMINATOR } from '../lib/spc/index.ts';
import type { CliArgs } from './args.ts';

export class InputError extends Error {}

/** Period formats that are plain digits: without `--period` (or with `none`) they stay numbers. */
const DIGIT_FORMATS: ReadonlySet<PeriodFormat> = new Set<PeriodFormat>(['year', 'yyyymm', 'yyyymmdd']);

/** Coarseness of granularities; aggregating to a finer one than the file's is refused. */
const RANK: Record<Granularity, number> = { day: 0, week: 1, month: 2, quarter: 3, tertial: 3, year: 5 };

export interface Plan {
  text: string;
  encoding: EncodingName;
  inspection: Inspection;
  dialect: Dialect;
  mapping: ColumnMapping;
  periodFormat: PeriodFormat | null;
  /**
   * Value and denominator read as two value columns and paired per record (no `--period`,
   * `--y` with `--n`): zero denominators reach the engine as in qicharts2 (a missing point)
   * instead of being rejected, as the reference cases need.
   */
  paired: boolean;
  dash: 'zero' | 'missing';
}

export function readBytes(path: string): Uint8Array {
  try {
    return fs.readFileSync(path);
  } catch (e) {
    throw new InputError(`cannot read file "${path}": ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

function columnFinder(header: string[], line: number): (name: string) => number {
  return (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new InputError(`line ${line}, column "${name}": no such column (columns: ${header.join(', ')})`);
    return i;
  };
}

/** Measure specs from `--y`, `--n`, `--numerator`, `--outcome`; null when none of them was given. */
function explicitMeasures(args: CliArgs, col: (name: string) => number, header: string[]): MeasureSpec[] | null {
  const c = args.columns;
  if (c.y === null && c.n === null && c.numerator === null && c.outcome === null) return null;
  const specs: MeasureSpec[] = [];
  if (c.outcome !== null) specs.push({ kind: 'outcome', name: c.outcome, outcome: col(c.outcome) });
  if (c.n !== null) {
    const den = col(c.n);
    if (c.numerator !== null && c.y !== null) {
      specs.push({ kind: 'mixed', name: c.y, numerator: col(c.numerator), denominator: den, value: col(c.y) });
    } else if (c.numerator !== null || c.y !== null) {
      const name = (c.numerator ?? c.y) as string;
      specs.push(ratioSpec(args, name, col(name), den, header));
    } else throw new InputError('--n needs --y or --numerator (the numerator column)');
  } else if (c.numerator !== null) throw new InputError('--numerator needs --n (the denominator column)');
  else if (c.y !== null) specs.push({ kind: 'value', name: c.y, value: col(c.y) });
  return specs;
}

/** A numerator/denominator spec: a rate for u charts or a days-like denominator, else a proportion. */
function ratioSpec(args: CliArgs, name: string, numerator: number, denominator: number, header: string[]): MeasureSpec {
  const rate = args.chart === 'u' || args.chart === 'up' || headerIs(header[denominator] ?? '', 'days');
  return { kind: rate ? 'rate' : 'proportion', name, numerator, denominator };
}

/** Decode and inspect the file and decide the mapping and period format (overrides win). */
export function plan(bytes: Uint8Array, args: CliArgs): Plan {
  const decoded = decodeBytes(bytes, args.encoding ?? undefined);
  const dialectOverrides: Partial<Dialect> = {};
  if (args.delimiter) dialectOverrides.delimiter = args.delimiter;
  if (args.decimal) dialectOverrides.decimal = args.decimal;
  const headerLine = args.headerRow ?? undefined;
  const suggested = inspectText(decoded.text, { dialect: dialectOverrides, headerLine });
  const header = suggested.header;
  if (header.length === 0 || (header.length === 1 && header[0] === '')) throw new InputError(`file "${args.file}" is empty`);
  const col = columnFinder(header, suggested.headerLine);
  const c = args.columns;
  const s = suggested.mapping;

  // The plain x,y[,n] layout of the reference cases (and the CLI before the shared ingest).
  const roleFlags = c.y !== null || c.n !== null || c.numerator !== null || c.outcome !== null;
  const legacy = !roleFlags && header.includes('x') && header.includes('y');
  const legacyN = legacy && (header.includes('n') || (args.chart !== null && NEEDS_DENOMINATOR.has(args.chart)));
  let paired = false;
  let measures: MeasureSpec[];
  if (legacy && legacyN && args.period === null) {
    measures = [
      { kind: 'value', name: 'y', value: col('y') },
      { kind: 'value', name: 'n', value: col('n') },
    ];
    paired = true;
  } else if (legacy && legacyN) measures = [ratioSpec(args, 'y', col('y'), col('n'), header)];
  else if (legacy) measures = [{ kind: 'value', name: 'y', value: col('y') }];
  else {
    const explicit = explicitMeasures(args, col, header);
    if (explicit && args.period === null && c.y !== null && c.n !== null && c.numerator === null) {
      // Value and denominator per record, as the engine takes them (see Plan.paired).
      measures = [
        { kind: 'value', name: c.y, value: col(c.y) },
        { kind: 'value', name: c.n, value: col(c.n) },
        ...explicit.filter((m) => m.kind === 'outcome'),
      ];
      paired = explicit.length === 1;
      if (!paired) throw new InputError('--outcome cannot be combined with --y and --n without --period');
    } else if (explicit) measures = explicit;
    else if (s && s.measures.length > 0) measures = s.measures;
    else throw new InputError('no value column recognised; name one with --y (or --numerator/--n, --outcome)');
  }

  const roleColumns = new Set<number>();
  for (const m of measures) {
    const cols = m as unknown as Partial<Record<'value' | 'numerator' | 'denominator' | 'outcome', number>>;
    for (const i of [cols.value, cols.numerator, cols.denominator, cols.outcome]) if (i !== undefined) roleColumns.add(i);
  }
  const period = c.x !== null ? col(c.x) : legacy ? col('x') : s ? s.period : null;
  if (period === null) throw new InputError('no date/period column recognised; name it with --x');
  const free = (i: number | null | undefined) => (i !== null && i !== undefined && i !== period && !roleColumns.has(i) ? i : null);
  const mapping: ColumnMapping = {
    period,
    measure: c.measure !== null ? col(c.measure) : legacy ? null : free(s?.measure),
    unit: c.unit !== null ? col(c.unit) : legacy ? null : free(s?.unit),
    measures,
  };
  const phase = c.phase !== null ? col(c.phase) : legacy ? null : free(s?.phase);
  if (phase !== null) mapping.phase = phase;
  // A file wide by period is read as detected unless the period column is named.
  if (c.x === null && !legacy && s?.periodColumns) mapping.periodColumns = s.periodColumns;

  // Period format over the whole chosen column (inspect again only when the column changed).
  const inspection = s && s.period === period ? suggested : inspectText(decoded.text, { dialect: suggested.dialect, mapping, headerLine: suggested.headerLine });
  let periodFormat = args.dateFormat ?? inspection.periodFormat;
  if ((args.period === null || args.period === 'none') && args.dateFormat === null && periodFormat && DIGIT_FORMATS.has(periodFormat)) periodFormat = null;
  if (args.period !== null && args.period !== 'none') {
    const name = header[period];
    if (periodFormat === null) throw new InputError(`--period ${args.period}: column "${name}" holds no dates or periods (use --period none or --date-format)`);
    const natural = inspection.period?.granularity ?? null;
    if (natural && RANK[args.period] < RANK[natural])
      throw new InputError(`--period ${args.period}: column "${name}" holds ${natural}s; choose ${natural} or coarser`);
  }
  return { text: decoded.text, encoding: decoded.encoding, inspection, dialect: suggested.dialect, mapping, periodFormat, paired, dash: args.dash };
}

/** Stream the rows of the planned file to `onBatch`; resolves with the ingest report. */
export function read(p: Plan, onBatch: (b: LongBatch) => void | Promise<void>): Promise<IngestReport> {
  return readText(p.text, {
    dialect: p.dialect,
    mapping: p.mapping,
    periodFormat: p.periodFormat,
    periodCandidates: p.inspection.period?.candidates ?? [],
    encoding: p.encoding,
    headerLine: p.inspection.headerLine,
    dash: p.dash,
    onBatch,
  });
}

/** Rejection as printed: line, English reason (from the shared messages), code and details. */
export function rejectionJson(r: Rejection, message: (r: Rejection) => string): Record<string, unknown> {
  const text = message(r).replace(/^line \d+: /, '');
  const out: Record<string, unknown> = { line: r.line, reason: text, code: r.reason };
  if (r.column !== undefined) out.column = r.column;
  if (r.value !== undefined) out.value = r.value;
  if (r.measure !== undefined) out.measure = r.measure;
  return out;
}
