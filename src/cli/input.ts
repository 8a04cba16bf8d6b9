/**
 * Reading a file for the CLI through the app's ingest (`src/lib/data/ingest`): decode, detect the
 * dialect, suggest the column mapping, apply the command-line overrides and stream the rows.
 * One set of parsing rules serves the app and the CLI; nothing here parses CSV itself.
 */
import fs from 'node:fs';
import {
  decodeBytes, headerIs, inspectText, isOutcomeColumn, readText,
  type ColumnMapping, type Dialect, type EncodingName, type Inspection, type IngestReport, type LongBatch,
  type MeasureSpec, type PeriodFormat, type Rejection, type YearWindow,
} from '../lib/data/ingest/index.ts';
import type { Granularity } from '../lib/data/ingest/calendar.ts';
import { NEEDS_DENOMINATOR } from '../lib/spc/index.ts';
import { UsageError, type CliArgs, type ColumnArgs } from './args.ts';
import { seriesFileMapping } from '../lib/workspace/mapping.ts';

export class InputError extends Error {}

/** Period formats that are plain digits: without `--period` (or with `none`) they stay numbers. */
const DIGIT_FORMATS: ReadonlySet<PeriodFormat> = new Set<PeriodFormat>(['year', 'yyyymm', 'yyyymmdd']);

/** Coarseness of granularities; aggregating to a finer one than the file's is refused. */
const RANK: Record<Granularity, number> = { day: 0, week: 1, month: 2, quarter: 3, tertial: 3, year: 5 };

export interface Plan {
  text: string;
  encoding: EncodingName;
  /** The file begins with a byte-order mark. */
  bom: boolean;
  /** Lines whose invalid bytes were replaced by U+FFFD when decoding. */
  replacedLines: number[];
  /** Plausible years of the dates (`--years`), or null for the default. */
  years: YearWindow | null;
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
  /** A series file: its y_sum is summed per period by default. */
  seriesFile: boolean;
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

/**
 * The contract's defaults: `--x` is a column named x, `--y` a column named y (unless another value
 * role is named), `--n` a column named n when the file has one (and a numerator is in play).
 */
export function resolveColumns(c: ColumnArgs, header: string[]): ColumnArgs {
  const has = (name: string) => header.includes(name);
  const x = c.x ?? (has('x') ? 'x' : null);
  const y = c.y ?? (c.numerator === null && c.outcome === null && has('y') ? 'y' : null);
  const counted = y ?? c.numerator;
  const n = c.n ?? (counted !== null && counted !== 'n' && has('n') ? 'n' : null);
  return { ...c, x, y, n };
}

/** Measure specs from the value roles; null when no role was given or defaulted. */
function explicitMeasures(args: CliArgs, c: ColumnArgs, col: (name: string) => number, inspection: Inspection): MeasureSpec[] | null {
  if (c.y === null && c.n === null && c.numerator === null && c.outcome === null) return null;
  const header = inspection.header;
  const specs: MeasureSpec[] = [];
  if (c.outcome !== null) specs.push({ kind: 'outcome', name: c.outcome, outcome: col(c.outcome) });
  if (c.n !== null) {
    const den = col(c.n);
    if (c.numerator !== null && c.y !== null) {
      specs.push({ kind: 'mixed', name: c.y, numerator: col(c.numerator), denominator: den, value: col(c.y) });
    } else if (c.numerator !== null || c.y !== null) {
      const name = (c.numerator ?? c.y) as string;
      specs.push(ratioSpec(args, name, col(name), den, header));
    } else if (c.outcome !== null) throw new InputError(`--n ${c.n}: an outcome column counts every row once and needs no denominator; leave out --n`);
    else throw new InputError(`--n ${c.n}: no numerator; name it with --y (the file has no column "y")`);
  } else if (c.numerator !== null) throw new InputError('--numerator needs --n (the denominator column)');
  else if (c.y !== null) {
    const i = col(c.y);
    // A yes/no column is an outcome, read with the mapping step's own recogniser.
    const profile = inspection.profiles[i];
    specs.push(profile && isOutcomeColumn(profile) ? { kind: 'outcome', name: c.y, outcome: i } : { kind: 'value', name: c.y, value: i });
  }
  return specs;
}

/** A numerator/denominator spec: a rate for u charts or a days-like denominator, else a proportion. */
function ratioSpec(args: CliArgs, name: string, numerator: number, denominator: number, header: string[]): MeasureSpec {
  const rate = args.chart === 'u' || args.chart === 'up' || headerIs(header[denominator] ?? '', 'days');
  return { kind: rate ? 'rate' : 'proportion', name, numerator, denominator };
}

/** Role flags naming one column twice (`--y a --n a`) cannot be meant: say so instead of reading. */
function checkDistinctRoles(c: ColumnArgs): void {
  const flags = [['--x', c.x], ['--y', c.y], ['--n', c.n], ['--numerator', c.numerator], ['--outcome', c.outcome]] as const;
  const seen = new Map<string, string>();
  for (const [flag, column] of flags) {
    if (column === null) continue;
    const other = seen.get(column);
    if (other) throw new UsageError(`${other} and ${flag} name the same column "${column}"; each role needs its own column`);
    seen.set(column, flag);
  }
}

/** Decode and inspect the file and decide the mapping and period format (overrides win). */
export function plan(bytes: Uint8Array, args: CliArgs): Plan {
  checkDistinctRoles(args.columns);
  const decoded = decodeBytes(bytes, args.encoding ?? undefined);
  const dialectOverrides: Partial<Dialect> = {};
  if (args.delimiter) dialectOverrides.delimiter = args.delimiter;
  if (args.decimal) dialectOverrides.decimal = args.decimal;
  const headerLine = args.headerRow ?? undefined;
  const suggested = inspectText(decoded.text, { dialect: dialectOverrides, headerLine });
  const header = suggested.header;
  if (header.length === 0 || (header.length === 1 && header[0] === '')) throw new InputError(`file "${args.file}" is empty`);
  const col = columnFinder(header, suggested.headerLine);
  const s = suggested.mapping;

  const c = resolveColumns(args.columns, header);
  // A plain x,y file read by the default names: its other columns take no detected roles.
  const legacy = args.columns.x === null && args.columns.y === null && c.x === 'x' && c.y === 'y';
  let paired = false;
  let measures: MeasureSpec[];
  const explicit = explicitMeasures(args, c, col, suggested);
  // A series file (an `spc sql` result) is mapped as the app maps it, with no column flags.
  const seriesFile = explicit || c.x !== null ? null : seriesFileMapping(suggested);
  if (explicit && args.period === null && c.y !== null && c.n !== null && c.numerator === null) {
    // Value and denominator per record, as the engine takes them (see Plan.paired).
    if (c.outcome !== null) throw new InputError('--outcome cannot be combined with --y and --n without --period; add --period or leave out --outcome');
    measures = [
      { kind: 'value', name: c.y, value: col(c.y) },
      { kind: 'value', name: c.n, value: col(c.n) },
    ];
    paired = true;
  } else if (explicit) measures = explicit;
  else if (seriesFile) measures = seriesFile.measures;
  else if (s && s.measures.some((m) => m.kind !== 'events')) measures = s.measures;
  else if (s?.measures.some((m) => m.kind === 'events')) throw new InputError('no value column recognised; name one with --y (or --numerator/--n, --outcome), or read one row per event with --events');
  else throw new InputError('no value column recognised; name one with --y (or --numerator/--n, --outcome)');
  const chart = args.chart;
  if (chart !== null && NEEDS_DENOMINATOR.has(chart) && !paired && measures.every((m) => m.kind === 'value'))
    throw new InputError(`--chart ${chart} needs a denominator; name its column with --n`);

  const roleColumns = new Set<number>();
  for (const m of measures) {
    const cols = m as unknown as Partial<Record<'value' | 'numerator' | 'denominator' | 'outcome', number>>;
    for (const i of [cols.value, cols.numerator, cols.denominator, cols.outcome]) if (i !== undefined) roleColumns.add(i);
  }
  const period = c.x !== null ? col(c.x) : seriesFile ? seriesFile.period : s ? s.period : null;
  if (period === null) throw new InputError('no date/period column recognised; name it with --x');
  const free = (i: number | null | undefined) => (i !== null && i !== undefined && i !== period && !roleColumns.has(i) ? i : null);
  const mapping: ColumnMapping = {
    period,
    measure: c.measure !== null ? col(c.measure) : free((seriesFile ?? s)?.measure),
    unit: c.unit !== null ? col(c.unit) : free((seriesFile ?? s)?.unit),
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
  return {
    text: decoded.text, encoding: decoded.encoding, bom: decoded.bom, replacedLines: decoded.replacedLines, years: args.years,
    inspection, dialect: suggested.dialect, mapping, periodFormat, paired, dash: args.dash, seriesFile: seriesFile !== null,
  };
}

/** Stream the rows of the planned file to `onBatch`; resolves with the ingest report. */
export function read(p: Plan, onBatch: (b: LongBatch) => void | Promise<void>): Promise<IngestReport> {
  return readText(p.text, {
    dialect: p.dialect,
    mapping: p.mapping,
    periodFormat: p.periodFormat,
    periodCandidates: p.inspection.period?.candidates ?? [],
    encoding: p.encoding,
    replacedLines: p.replacedLines,
    ...(p.years ? { years: p.years } : {}),
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
