/**
 * Everything detected before reading: dialect, header, column profiles, a suggested mapping
 * and the period format over the whole period column. The UI shows it; the user confirms.
 */
import Papa from 'papaparse';
import { decodeBytes, type EncodingName } from './encoding.ts';
import { detectDialect, type Dialect } from './dialect.ts';
import { detectPeriodFormat, periodParser, type PeriodDetection, type PeriodFormat, type YearWindow } from './periods.ts';
import { readText, type ReadOptions } from './read.ts';
import type { IngestReport } from './report.ts';
import type { DashChoice } from './rows.ts';
import { detectWideByPeriod, wideMapping, type WideByPeriod } from './wideByPeriod.ts';
import { headerSignature, profileColumns, suggestMapping, type ColumnMapping, type ColumnProfile } from './roles.ts';

export interface Overrides {
  encoding?: EncodingName;
  dialect?: Partial<Dialect>;
  mapping?: ColumnMapping;
  /** Format of the period column (e.g. the user's answer to DD/MM vs MM/DD). */
  periodFormat?: PeriodFormat | null;
  /** Plausible years of the dates (default DEFAULT_YEARS). */
  years?: YearWindow;
  /** Physical line of the header row (the user's or `--header-row` choice); default: detected. */
  headerLine?: number;
  /** How a lone "-" in a value cell is read (default missing). */
  dash?: DashChoice;
}

export interface Inspection {
  dialect: Dialect;
  header: string[];
  /** Physical line of the header row, and the title/note lines above it. */
  headerLine: number;
  above: string[];
  signature: string;
  /** First data records, for a preview. */
  sample: string[][];
  profiles: ColumnProfile[];
  /** Suggested (or overridden) mapping; null when no period column was recognised. */
  mapping: ColumnMapping | null;
  /** How much data over how long (for the default period length); null without dates. */
  density: Density | null;
  /** Lone "-" cells per column index (asked: zero or missing). */
  dashes: Record<number, number>;
  /** Period columns when most column names are periods (offered as "periods are columns"). */
  wide: WideByPeriod | null;
  /** Detection over all distinct values of the mapped period column (the period column names of a wide file). */
  period: PeriodDetection | null;
  periodFormat: PeriodFormat | null;
}

/** Distinct values kept for period detection; enough for any calendar, bounded for timestamps. */
export const DISTINCT_LIMIT = 100_000;

/** Distinct trimmed values of one column below the header (the `headerIndex`-th non-blank record), up to DISTINCT_LIMIT. */
export function distinctValues(text: string, dialect: Dialect, column: number, headerIndex = 0): Set<string> {
  return distinctUnquoted(text, dialect.delimiter, column, headerIndex) ?? distinctParsed(text, dialect, column, headerIndex);
}

/**
 * `distinctValues` without a parser, for text that papaparse would split as plain lines and fields:
 * no quote character and no lone CR (so lines end in LF or CRLF). A million-row export is then one
 * pass of `indexOf` with no array per record; null for any other text.
 */
export function distinctUnquoted(text: string, delimiter: string, column: number, headerIndex = 0): Set<string> | null {
  if (text.includes('"') || delimiter === '' || /[\r\n]/.test(delimiter)) return null;
  // Every CR must start a CRLF, and then every LF must end one (papaparse splits on one kind of break).
  let crs = 0;
  for (let r = text.indexOf('\r'); r >= 0; r = text.indexOf('\r', r + 1), crs++) if (text.charCodeAt(r + 1) !== 10) return null;
  if (crs > 0) {
    let lfs = 0;
    for (let n = text.indexOf('\n'); n >= 0; n = text.indexOf('\n', n + 1)) lfs++;
    if (lfs !== crs) return null;
  }
  const out = new Set<string>();
  // Records to pass over before the values: those above the header, and the header itself.
  let skip = headerIndex + 1;
  const d0 = delimiter.charCodeAt(0);
  for (let at = 0; at < text.length && out.size < DISTINCT_LIMIT; ) {
    const lf = text.indexOf('\n', at);
    let end = lf < 0 ? text.length : lf;
    const next = end + 1;
    if (end > at && text.charCodeAt(end - 1) === 13) end--;
    const start = at;
    at = next;
    // papaparse's 'greedy': a line of only white space and delimiters is no record.
    const c = text.charCodeAt(start);
    const visible = start < end && c > 32 && c !== d0 && c !== 0xa0 && c < 0x1680;
    if (!visible && text.slice(start, end).split(delimiter).join('').trim() === '') continue;
    if (skip > 0) {
      skip--;
      continue;
    }
    let from = start;
    for (let k = 0; k < column && from >= 0; k++) {
      const d = text.indexOf(delimiter, from);
      from = d < 0 || d >= end ? -1 : d + delimiter.length;
    }
    if (from < 0) continue;
    const d = text.indexOf(delimiter, from);
    out.add(text.slice(from, d < 0 || d >= end ? end : d).trim());
  }
  return out;
}

function distinctParsed(text: string, dialect: Dialect, column: number, headerIndex: number): Set<string> {
  const out = new Set<string>();
  let first = true;
  let skip = headerIndex;
  Papa.parse<string[]>(text, {
    delimiter: dialect.delimiter,
    skipEmptyLines: 'greedy',
    fastMode: false, // fast mode splits the whole text into an array of lines first
    step(result) {
      if (skip > 0) return void skip--;
      if (first) {
        first = false;
        return;
      }
      const v = result.data[column];
      if (v !== undefined && out.size < DISTINCT_LIMIT) out.add(v.trim());
    },
  });
  return out;
}

/**
 * Lone "-" cells per column below the header, over the whole text (a pass is made only when the
 * sample has one). Keys are column indices; columns without any are left out.
 */
export function dashCounts(text: string, dialect: Dialect, sample: string[][], headerIndex: number): Record<number, number> {
  const out: Record<number, number> = {};
  if (!sample.some((r) => r.some((c) => c.trim() === '-'))) return out;
  let skip = headerIndex + 1;
  Papa.parse<string[]>(text, {
    delimiter: dialect.delimiter,
    skipEmptyLines: 'greedy',
    fastMode: false,
    step(result) {
      if (skip > 0) return void skip--;
      result.data.forEach((c, i) => {
        if (c.trim() === '-') out[i] = (out[i] ?? 0) + 1;
      });
    },
  });
  return out;
}

export interface Density {
  /** Days from the first to the last period start. */
  spanDays: number;
  /** Data records (estimated from the line count). */
  records: number;
  /** Series that share the records (units × names in a measure column) seen in the sample. */
  series: number;
}

function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n + (text.endsWith('\n') ? 0 : 1);
}

function density(text: string, starts: Iterable<string>, headerLine: number, mapping: ColumnMapping, sample: string[][]): Density | null {
  let lo: string | null = null;
  let hi: string | null = null;
  for (const s of starts) {
    if (lo === null || s < lo) lo = s;
    if (hi === null || s > hi) hi = s;
  }
  if (lo === null || hi === null) return null;
  const spanDays = (Date.parse(hi) - Date.parse(lo)) / 86_400_000;
  const distinct = (c: number | null) => (c === null ? 1 : new Set(sample.map((r) => (r[c] ?? '').trim())).size);
  // A record gives a row to each of its measures, so only a measure column divides the records.
  const series = distinct(mapping.unit) * distinct(mapping.measure);
  return { spanDays, records: Math.max(0, lineCount(text) - headerLine), series };
}

/** Detect everything needed to read `text`; overrides win. */
export function inspectText(text: string, overrides: Overrides = {}): Inspection {
  const { dialect, header, sample, headerLine, headerIndex, above } = detectDialect(text, overrides.dialect, overrides.headerLine);
  const profiles = profileColumns(header, sample, dialect);
  const wide = detectWideByPeriod(header);
  const mapping = overrides.mapping ?? (wide ? wideMapping(wide, profiles, above[0] ?? null) : suggestMapping(profiles));
  const periodValues = mapping?.periodColumns?.length ? mapping.periodColumns.map((c) => header[c] ?? '') : null;
  const values = mapping ? (periodValues ?? distinctValues(text, dialect, mapping.period, headerIndex)) : null;
  const period = values ? detectPeriodFormat(values) : null;
  const periodFormat = overrides.periodFormat !== undefined ? overrides.periodFormat : (period?.format ?? null);
  const parse = periodFormat ? periodParser(periodFormat) : null;
  const starts: string[] = [];
  if (values && parse) for (const v of values) {
    const r = parse(v);
    if (r.ok) starts.push(r.start);
  }
  const dense = mapping ? density(text, starts, headerLine, mapping, sample) : null;
  const signature = headerSignature(header);
  return { dialect, header, headerLine, above, signature, sample: sample.slice(0, 20), profiles, mapping, wide, period, periodFormat, density: dense, dashes: dashCounts(text, dialect, sample, headerIndex) };
}

export type IngestOptions = Overrides & Pick<ReadOptions, 'onBatch' | 'onProgress' | 'signal' | 'batchRows'>;

export interface IngestResult {
  inspection: Inspection;
  report: IngestReport;
}

/** No column could be read as dates or periods, so there is no mapping to read the file with. */
export class NoPeriodColumnError extends Error {
  constructor() {
    super('No date/period column was recognised; a column mapping is needed.');
    this.name = 'NoPeriodColumnError';
  }
}

/** Decode, inspect and read in one go (CLI, tests, the app's worker). Throws when no mapping can be found. */
export async function ingestBytes(bytes: Uint8Array, options: IngestOptions): Promise<IngestResult> {
  const decoded = decodeBytes(bytes, options.encoding);
  return ingestText(decoded.text, options, decoded.encoding, decoded.replacedLines);
}

export async function ingestText(
  text: string,
  options: IngestOptions,
  encoding: EncodingName | null = null,
  replacedLines: number[] = [],
): Promise<IngestResult> {
  const inspection = inspectText(text, options);
  if (!inspection.mapping) throw new NoPeriodColumnError();
  const report = await readText(text, {
    dialect: inspection.dialect,
    mapping: inspection.mapping,
    periodFormat: inspection.periodFormat,
    periodCandidates: inspection.period?.candidates ?? [],
    encoding,
    replacedLines,
    headerLine: inspection.headerLine,
    ...(options.dash ? { dash: options.dash } : {}),
    onBatch: options.onBatch,
    ...(options.years ? { years: options.years } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.batchRows ? { batchRows: options.batchRows } : {}),
  });
  return { inspection, report };
}
