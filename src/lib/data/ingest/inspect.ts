/**
 * Everything detected before reading: dialect, header, column profiles, a suggested mapping
 * and the period format over the whole period column. The UI shows it; the user confirms.
 */
import Papa from 'papaparse';
import { decodeBytes, type EncodingName } from './encoding.ts';
import { detectDialect, type Dialect } from './dialect.ts';
import { detectPeriodFormat, type PeriodDetection, type PeriodFormat, type YearWindow } from './periods.ts';
import { readText, type ReadOptions } from './read.ts';
import type { IngestReport } from './report.ts';
import { headerSignature, profileColumns, suggestMapping, type ColumnMapping, type ColumnProfile } from './roles.ts';

export interface Overrides {
  encoding?: EncodingName;
  dialect?: Partial<Dialect>;
  mapping?: ColumnMapping;
  /** Format of the period column (e.g. the user's answer to DD/MM vs MM/DD). */
  periodFormat?: PeriodFormat | null;
  /** Plausible years of the dates (default DEFAULT_YEARS). */
  years?: YearWindow;
}

export interface Inspection {
  dialect: Dialect;
  header: string[];
  signature: string;
  /** First data records, for a preview. */
  sample: string[][];
  profiles: ColumnProfile[];
  /** Suggested (or overridden) mapping; null when no period column was recognised. */
  mapping: ColumnMapping | null;
  /** Detection over all distinct values of the mapped period column. */
  period: PeriodDetection | null;
  periodFormat: PeriodFormat | null;
}

/** Distinct values kept for period detection; enough for any calendar, bounded for timestamps. */
export const DISTINCT_LIMIT = 100_000;

/** Distinct trimmed values of one column over the whole text (header excluded), up to DISTINCT_LIMIT. */
export function distinctValues(text: string, dialect: Dialect, column: number): Set<string> {
  const out = new Set<string>();
  let first = true;
  Papa.parse<string[]>(text, {
    delimiter: dialect.delimiter,
    skipEmptyLines: 'greedy',
    fastMode: false, // fast mode splits the whole text into an array of lines first
    step(result) {
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

/** Detect everything needed to read `text`; overrides win. */
export function inspectText(text: string, overrides: Overrides = {}): Inspection {
  const { dialect, header, sample } = detectDialect(text, overrides.dialect);
  const profiles = profileColumns(header, sample, dialect);
  const mapping = overrides.mapping ?? suggestMapping(profiles);
  const period = mapping ? detectPeriodFormat(distinctValues(text, dialect, mapping.period)) : null;
  const periodFormat = overrides.periodFormat !== undefined ? overrides.periodFormat : (period?.format ?? null);
  return { dialect, header, signature: headerSignature(header), sample: sample.slice(0, 20), profiles, mapping, period, periodFormat };
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
    onBatch: options.onBatch,
    ...(options.years ? { years: options.years } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.batchRows ? { batchRows: options.batchRows } : {}),
  });
  return { inspection, report };
}
