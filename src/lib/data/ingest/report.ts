/** What the ingest tells the user: counts, the dialect used, and every row not used, with why. */
import type { EncodingName } from './encoding.ts';
import type { DecimalSeparator, Delimiter, ThousandsSeparator } from './dialect.ts';
import type { Granularity } from './calendar.ts';
import { DEFAULT_YEARS, FORMAT_GRANULARITY, type PeriodFormat, type YearWindow } from './periods.ts';
import type { ReadOptions } from './read.ts';
import type { MeasureReport } from './measureStats.ts';

export const REJECT_REASONS = [
  'too-few-fields',
  'too-many-fields',
  'malformed-quotes',
  'missing-period',
  'impossible-date',
  'unparseable-date',
  'implausible-year',
  'not-a-number',
  'non-finite-number',
  'suppressed',
  'negative-numerator',
  'negative-denominator',
  'zero-denominator',
  'numerator-exceeds-denominator',
  'unknown-outcome',
  'total-row',
  'note-line',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface Rejection {
  /** Physical 1-based line where the record starts (line breaks inside quotes counted). */
  line: number;
  reason: RejectReason;
  /** Header of the offending column, when one column is at fault. */
  column?: string;
  /** The offending cell text (or the field count for field-count reasons). */
  value?: string;
  /** Measure of the long row, for files with several measures per record. */
  measure?: string;
}

export interface IngestReport {
  /** Data records (header and blank lines excluded). */
  records: number;
  /**
   * Candidate long rows = records × measures in the mapping. Invariant:
   * rows === used + rejected.length. Blank lines (no text, or only delimiters) are neither.
   */
  rows: number;
  used: number;
  /** Used rows whose value (or numerator/denominator, or outcome) was empty: missing points. */
  missing: number;
  rejected: Rejection[];
  delimiter: Delimiter;
  decimal: DecimalSeparator;
  thousands: ThousandsSeparator;
  encoding: EncodingName | null;
  /** Lines that held bytes not valid in `encoding`; they were read with U+FFFD in their place. */
  replacedLines: number[];
  /** Dates outside these years were rejected as `implausible-year`. */
  years: YearWindow;
  /** null when the period column is used as raw labels (no date format). */
  dateFormat: PeriodFormat | null;
  /** Formats that fit the period column equally (length > 1: ask the user). */
  dateCandidates: PeriodFormat[];
  granularity: Granularity | null;
  /** Physical line of the header row (lines above it are titles or notes). */
  headerLine: number;
  /** Period columns of a file wide by period (0: one period column). */
  periodColumns: number;
  /** How lone "-" cells were read. */
  dash: 'zero' | 'missing';
  /** Per measure: rows = used + rejected, missing among the used, rejected by reason, with lines. */
  measures: MeasureReport[];
}

const MESSAGES: Record<RejectReason, string> = {
  'too-few-fields': 'the row has fewer fields than the header',
  'too-many-fields': 'the row has more fields than the header (an unquoted delimiter?)',
  'malformed-quotes': 'the row has unbalanced or misplaced quotes',
  'missing-period': 'the date/period cell is empty',
  'impossible-date': 'the date does not exist (e.g. 31.02 or week 53 in a 52-week year)',
  'unparseable-date': 'the date/period is not in the format of the column',
  'implausible-year': 'the year is outside the plausible window',
  'not-a-number': 'the cell is not a number',
  'non-finite-number': 'the number is too large or not a finite number (overflow, "Infinity", "NaN")',
  suppressed: 'the value is suppressed (e.g. "<5", "..", "x")',
  'negative-numerator': 'the numerator is negative',
  'negative-denominator': 'the denominator is negative',
  'zero-denominator': 'the denominator is zero',
  'numerator-exceeds-denominator': 'the numerator is larger than the denominator of a proportion',
  'unknown-outcome': 'the outcome is not a recognised yes/no value',
  'total-row': 'a total row (e.g. "Totalt"), not a data row',
  'note-line': 'a note or source line (e.g. "Källa: …"), not a data row',
};

/** English message for the CLI; the UI translates the code itself. `years`: the window the read used. */
export function rejectionMessage(r: Rejection, years: YearWindow = DEFAULT_YEARS): string {
  const where = r.column ? ` in column "${r.column}"` : '';
  const what = r.value !== undefined ? ` (${JSON.stringify(r.value)})` : '';
  const window = r.reason === 'implausible-year' ? ` ${years.from}–${years.to}` : '';
  return `line ${r.line}: ${MESSAGES[r.reason]}${window}${where}${what}`;
}

/** What a read counted; the rest of its report comes from the options it was given. */
export interface ReadCounts {
  records: number;
  used: number;
  missing: number;
  rejected: Rejection[];
  measures: MeasureReport[];
  headerLine: number;
}

/** The ingest report of a read with `options` that counted `c` (shared by the JS and the DuckDB reader). */
export function buildReport(options: Omit<ReadOptions, 'onBatch' | 'onProgress' | 'signal' | 'batchRows'>, c: ReadCounts): IngestReport {
  const { dialect, mapping, periodFormat } = options;
  return {
    records: c.records,
    rows: c.used + c.rejected.length,
    used: c.used,
    missing: c.missing,
    rejected: c.rejected,
    delimiter: dialect.delimiter,
    decimal: dialect.decimal,
    thousands: dialect.thousands,
    encoding: options.encoding ?? null,
    replacedLines: options.replacedLines ?? [],
    years: options.years ?? DEFAULT_YEARS,
    dateFormat: periodFormat,
    dateCandidates: options.periodCandidates ?? (periodFormat ? [periodFormat] : []),
    granularity: periodFormat ? FORMAT_GRANULARITY[periodFormat] : null,
    headerLine: c.headerLine,
    dash: options.dash ?? 'missing',
    periodColumns: mapping.periodColumns?.length ?? 0,
    measures: c.measures,
  };
}
