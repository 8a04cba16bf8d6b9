/**
 * Where the header is. Registers and spreadsheets put title lines, notes and blank lines above
 * the column names ("Rapport: Fallskador 2024", "Källa: …"); the header is the first row whose
 * cells look like column names and that is followed by rows of the same width. Lines are
 * physical (1-based, line breaks inside quotes counted) so the user can find them in an editor.
 */
import Papa from 'papaparse';
import type { Delimiter } from './dialect.ts';
import { isFooterLike } from './footer.ts';

/** A non-blank record with the physical line it starts on. */
export interface LocatedRecord {
  line: number;
  fields: string[];
}

/** Records looked at for the header (title blocks are short; data follows soon). */
export const HEADER_SCAN_RECORDS = 40;
/** Rows after a candidate header that must mostly have its width. */
const FOLLOWING = 8;
/** Share of those rows that must have the header's width. */
const WIDTH_FIT = 0.75;

const NUMBER_LIKE = /^[+-\u2212]?\d[\d\s\u00a0\u202f.,]*%?$/;

const isBlank = (fields: string[]) => fields.every((f) => f.trim() === '');
const filled = (fields: string[]) => fields.filter((f) => f.trim() !== '').length;

/** Width of a row without the empty fields Excel appends ("Titel;;;;"). */
function width(fields: string[]): number {
  let w = fields.length;
  while (w > 0 && (fields[w - 1] ?? '').trim() === '') w--;
  return w;
}

/** The first non-blank records of `text` with their physical lines. */
export function leadingRecords(text: string, delimiter: Delimiter, limit = HEADER_SCAN_RECORDS + FOLLOWING, untilLine = Infinity): LocatedRecord[] {
  const out: LocatedRecord[] = [];
  let line = 1;
  let breakChar = '\n';
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    fastMode: false, // fast mode splits the whole text into lines before the first step
    step(result, parser) {
      if (result.meta.linebreak === '\r') breakChar = '\r';
      const fields = result.data;
      let inner = 0;
      for (const f of fields) inner += f.split(breakChar).length - 1;
      if (!isBlank(fields)) out.push({ line, fields });
      line += 1 + inner;
      if (out.length >= limit || (out.length > 0 && (out[out.length - 1] as LocatedRecord).line >= untilLine)) parser.abort();
    },
  });
  return out;
}

/**
 * Index of the header among `records`: the first row with at least two named cells (and at
 * least half its width named, not all of them numbers) whose width most of the following rows
 * share. A file that has no such row keeps its first record as the header.
 */
export function detectHeaderIndex(records: readonly string[][]): number {
  const scan = Math.min(records.length, HEADER_SCAN_RECORDS);
  for (let i = 0; i < scan; i++) {
    const row = records[i] as string[];
    const w = width(row);
    const named = filled(row);
    if (w < 2 || named < 2 || named * 2 < w) continue;
    if (row.every((f) => f.trim() === '' || NUMBER_LIKE.test(f.trim()))) continue;
    // Notes and totals below a short table do not count against its width.
    const next = records.slice(i + 1, i + 1 + FOLLOWING).filter((r) => !isFooterLike(r));
    if (next.length === 0) return i;
    // Data rows may be as wide as the header (trailing empty cells kept) or end early.
    const fit = next.filter((r) => r.length === row.length || width(r) === w).length;
    if (fit / next.length >= WIDTH_FIT) return i;
  }
  return 0;
}

export interface HeaderLocation {
  /** Index among the non-blank records (what papaparse's greedy skipping yields). */
  index: number;
  /** Physical 1-based line of the header. */
  line: number;
  /** Text of the non-blank lines above the header (titles, notes), in order. */
  above: string[];
}

/**
 * Locate the header: at physical line `headerLine` when given (the user's or `--header-row`
 * choice; a blank line there moves to the next non-blank one), else detected.
 */
export function locateHeader(text: string, delimiter: Delimiter, headerLine?: number): HeaderLocation {
  const records = headerLine !== undefined ? leadingRecords(text, delimiter, Infinity, headerLine) : leadingRecords(text, delimiter);
  let index: number;
  if (headerLine !== undefined) {
    index = records.findIndex((r) => r.line >= headerLine);
    if (index < 0) throw new RangeError(`header row ${headerLine}: the file has no non-blank line there`);
  } else index = detectHeaderIndex(records.map((r) => r.fields));
  const at = records[index];
  return {
    index: at ? index : 0,
    line: at?.line ?? 1,
    above: records.slice(0, index).map((r) => r.fields.filter((f) => f.trim() !== '').join(' ').trim()),
  };
}
