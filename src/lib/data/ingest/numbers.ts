/**
 * Numeric cells under a dialect. A parser is built once per dialect (regexes compiled once)
 * and then applied per cell with only string replacements and one anchored test.
 */
import type { NumberFormat } from './dialect.ts';

/** Why a cell is not a number; `non-finite`: overflow (`1e309`), `Infinity` or `NaN` text. */
export type NumberStatus = 'missing' | 'suppressed' | 'non-finite' | 'error';
/** A parsed cell: the number, or why there is none (a string, so no object per cell). */
export type NumberCell = number | NumberStatus;

/**
 * Cells meaning "no value": empty, NA-style markers, and the statistics-office signs for
 * "not available" that are not suppression ("." and "-" in SSB/SCB/DST tables are treated as
 * missing, not as zero).
 */
export const MISSING_NUMBER: ReadonlySet<string> = new Set(['', 'na', 'n/a', '#n/a', 'null', 'none', '.', '-', '–', '—']);

/**
 * Small numbers hidden for privacy: "<5", "< 3", "≤5", "..", "...", ":", "x", "*" and the like.
 * These are rejected with reason `suppressed` so the analyst sees how many there were.
 */
export const SUPPRESSED_RE = /^(?:[<≤>]\s*=?\s*\d+(?:[.,]\d+)?|\.{2,3}|:|x|xx|\*{1,3}|s|u|n<\d+|<\s*n)$/i;

export const ANY_SPACE_RE = /[\s\u00a0\u202f]/;
const ANY_SPACE_G = /[\s\u00a0\u202f]/g;
export const SPACE_GROUPED_RE = /^[+-]?\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?:[.,]\d*)?$/;

export const PLAIN_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
/** Text for a value no chart can show: it is rejected with its own reason, never read as 0 or missing. */
export const NON_FINITE_RE = /^[+-]?(?:inf|infinity|∞|nan)$/i;

/** A parsed number, or `non-finite` when it overflowed to ±Infinity. */
const finite = (s: string): NumberCell => {
  const v = Number(s);
  return Number.isFinite(v) ? v : 'non-finite';
};

export type NumberParser = (cell: string) => NumberCell;

/** Escape a string for use inside a RegExp. */
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A number grouped by `thousands` (1–3 digits, then groups of exactly 3), or null without grouping. */
export function groupedNumberRe({ decimal, thousands }: NumberFormat): RegExp | null {
  return thousands
    ? new RegExp(`^[+-]?\\d{1,3}(?:${escapeRe(thousands)}\\d{3})+(?:${escapeRe(decimal)}\\d*)?(?:e[+-]?\\d+)?$`, 'i')
    : null;
}

/** Thousands separators that are a space kind: any space kind then groups. */
export const isSpaceLike = (thousands: string): boolean => thousands === ' ' || thousands === '\u00a0' || thousands === '\u202f';

/** Build the parser for one dialect; reuse it for every cell. */
export function numberParser(format: NumberFormat): NumberParser {
  const { decimal, thousands } = format;
  const groupedRe = groupedNumberRe(format);
  const spaceLike = isSpaceLike(thousands);
  return (raw: string): NumberCell => {
    let s = raw.trim();
    if (s === '' || MISSING_NUMBER.has(s.toLowerCase())) return 'missing';
    if (s.charCodeAt(0) === 0x2212) s = '-' + s.slice(1); // U+2212 MINUS SIGN
    if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
    if (PLAIN_RE.test(s) && (decimal === '.' || s.indexOf('.') < 0)) return finite(s);
    if (NON_FINITE_RE.test(s)) return 'non-finite';
    let t = s;
    if (groupedRe && t.includes(thousands)) {
      if (!groupedRe.test(t)) return SUPPRESSED_RE.test(s) ? 'suppressed' : 'error';
      t = t.split(thousands).join('');
    } else if (spaceLike && ANY_SPACE_RE.test(t)) {
      // Mixed space kinds (" " where NBSP was detected) are still grouping.
      if (SPACE_GROUPED_RE.test(t)) t = t.replace(ANY_SPACE_G, '');
    }
    if (decimal === ',') {
      if (t.includes('.')) return SUPPRESSED_RE.test(s) ? 'suppressed' : 'error';
      t = t.replace(',', '.');
    }
    if (PLAIN_RE.test(t)) return finite(t);
    return SUPPRESSED_RE.test(s) ? 'suppressed' : 'error';
  };
}
