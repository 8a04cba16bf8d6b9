/**
 * CSV dialect: field delimiter (from consistent field counts over the first lines, quotes
 * respected by papaparse) and number format (decimal and thousands separators, from the
 * numeric-looking cells of the sample).
 */
import Papa from 'papaparse';
import { checkHeaderRow, headerNames } from './headerNames.ts';
import { isFooterLike } from './footer.ts';
import { locateHeader } from './headerRow.ts';

export const DELIMITERS = [';', ',', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];
export type DecimalSeparator = ',' | '.';
/** '' = no grouping. U+00A0 and U+202F are the no-break spaces Excel and Intl use. */
export type ThousandsSeparator = '' | ' ' | '\u00a0' | '\u202f' | '.' | ',';

export interface NumberFormat {
  decimal: DecimalSeparator;
  thousands: ThousandsSeparator;
}
export interface Dialect extends NumberFormat {
  delimiter: Delimiter;
}

/** Lines looked at to choose the delimiter. */
export const DELIMITER_SAMPLE_LINES = 50;
/** Records looked at for the number format and column roles. */
export const SAMPLE_RECORDS = 1000;

function parseRows(text: string, delimiter: string, preview: number): string[][] {
  // Not papaparse's fast mode: on text without quotes it splits the whole text into lines before the preview.
  const rows = Papa.parse<string[]>(text, { delimiter, preview, skipEmptyLines: 'greedy', fastMode: false }).data;
  return rows;
}

/** Mode of the field counts and the share of rows having it. */
function consistency(counts: number[]): { mode: number; share: number } {
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [c, f] of freq) if (f > best || (f === best && c > mode)) [mode, best] = [c, f];
  return { mode, share: counts.length ? best / counts.length : 0 };
}

/**
 * The delimiter whose field counts are most consistent over the first lines (and give more
 * than one field); ties go to the one whose header agrees with the data, then to more fields.
 * A `;` file with decimal commas has a consistent `,` count in the data rows but not in the
 * header, which is why the header is part of the comparison.
 */
export function detectDelimiter(text: string): Delimiter {
  let best: { d: Delimiter; score: number[] } | null = null;
  for (const d of DELIMITERS) {
    const rows = parseRows(text, d, DELIMITER_SAMPLE_LINES);
    const counts = rows.map((r) => r.length);
    const { mode, share } = consistency(counts);
    if (mode < 2) continue;
    const score = [share, counts[0] === mode ? 1 : 0, mode];
    if (!best || compare(score, best.score) > 0) best = { d, score };
  }
  return best?.d ?? ',';
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

const NUMERIC_SHAPE = /^[+-\u2212]?\d[\d\s\u00a0\u202f.,]*$/;
const GROUPED = { ',': /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/, '.': /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d*)?$/ };
const SPACE_GROUP = /\d([ \u00a0\u202f])\d{3}(?!\d)/;

/**
 * Decimal and thousands separators from numeric-looking cells. Evidence per cell: both `.`
 * and `,` (the last one is the decimal); a separator followed by other than 3 digits (a
 * decimal); a separator repeated (grouping); spaces between digit groups (grouping). When
 * the sample does not decide, a `;`-delimited file gets decimal comma (Nordic Excel), else dot.
 */
export function detectNumberFormat(cells: Iterable<string>, delimiter: Delimiter): NumberFormat {
  let commaDecimal = 0;
  let dotDecimal = 0;
  const groupVotes = new Map<ThousandsSeparator, number>();
  const vote = (t: ThousandsSeparator) => groupVotes.set(t, (groupVotes.get(t) ?? 0) + 1);
  for (const raw of cells) {
    const s = raw.trim();
    if (s.length < 2 || !NUMERIC_SHAPE.test(s)) continue;
    const space = SPACE_GROUP.exec(s);
    if (space) vote(space[1] as ThousandsSeparator);
    const lastComma = s.lastIndexOf(',');
    const lastDot = s.lastIndexOf('.');
    if (lastComma >= 0 && lastDot >= 0) {
      if (lastComma > lastDot) commaDecimal++;
      else dotDecimal++;
      vote(lastComma > lastDot ? '.' : ',');
      continue;
    }
    for (const sep of [',', '.'] as const) {
      const first = s.indexOf(sep);
      if (first < 0) continue;
      const last = sep === ',' ? lastComma : lastDot;
      if (first !== last) {
        if (GROUPED[sep].test(s)) vote(sep); // 1.234.567, not a date like 01.07.2011
      }
      else if (s.length - last - 1 !== 3) {
        if (sep === ',') commaDecimal++;
        else dotDecimal++;
      }
    }
  }
  let decimal: DecimalSeparator;
  if (commaDecimal !== dotDecimal) decimal = commaDecimal > dotDecimal ? ',' : '.';
  else if ((groupVotes.get('.') ?? 0) !== (groupVotes.get(',') ?? 0))
    decimal = (groupVotes.get('.') ?? 0) > (groupVotes.get(',') ?? 0) ? ',' : '.';
  else decimal = delimiter === ';' ? ',' : '.';
  let thousands: ThousandsSeparator = '';
  let best = 0;
  for (const [t, n] of groupVotes) if (t !== decimal && n > best) [thousands, best] = [t, n];
  return { decimal, thousands };
}

export interface DialectDetection {
  dialect: Dialect;
  header: string[];
  /** Up to SAMPLE_RECORDS data records (blank lines skipped), for role detection and preview. */
  sample: string[][];
  /** Physical line of the header, and the title/note lines above it (see headerRow.ts). */
  headerLine: number;
  /** Index of the header among the non-blank records. */
  headerIndex: number;
  above: string[];
}

/** Detect the dialect of `text`; any field of `overrides` wins over detection. */
export function detectDialect(text: string, overrides: Partial<Dialect> = {}, headerLine?: number): DialectDetection {
  const delimiter = overrides.delimiter ?? detectDelimiter(text);
  checkHeaderRow(text, delimiter);
  const at = locateHeader(text, delimiter, headerLine);
  const rows = parseRows(text, delimiter, at.index + SAMPLE_RECORDS + 1).slice(at.index);
  const header = headerNames(rows[0] ?? []);
  const sample = rows.slice(1).filter((r) => !isFooterLike(r));
  const detected = detectNumberFormat(cellsOf(sample), delimiter);
  const dialect: Dialect = {
    delimiter,
    decimal: overrides.decimal ?? detected.decimal,
    thousands: overrides.thousands ?? (overrides.decimal && overrides.decimal === detected.thousands ? '' : detected.thousands),
  };
  return { dialect, header, sample, headerLine: at.line, headerIndex: at.index, above: at.above };
}

function* cellsOf(rows: string[][]): Iterable<string> {
  for (const r of rows) yield* r;
}
