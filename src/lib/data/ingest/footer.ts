/**
 * Lines that are not data although they sit among or below it: totals ("Totalt", "Summa",
 * "I alt") and notes ("Källa: Patientregistret", "* Preliminära siffror"). They are rejected
 * with their own reason, so the report says why, and kept out of column detection.
 */

/** Whole-cell labels of a total row in sv/nb/da/en (lower-cased). */
export const TOTAL_LABELS: ReadonlySet<string> = new Set([
  'totalt', 'total', 'totals', 'grand total', 'summa', 'sum', 'sum total', 'i alt', 'ialt', 'totalsum', 'samlet', 'samtliga', 'overall',
]);

/** A final colon or dot after a total label ("Totalt:"). */
export const TOTAL_END_RE = /[:.]$/;

export function isTotalLabel(cell: string): boolean {
  return TOTAL_LABELS.has(cell.trim().toLowerCase().replace(TOTAL_END_RE, ''));
}

/** A note's first cell has a letter, and a space or colon between words. */
export const NOTE_LETTER_RE = /\p{L}/u;
export const NOTE_BREAK_RE = /[\s:]/;

/** A row with one filled cell, the first, holding words: a title, a source or a footnote. */
export function isNoteLine(fields: readonly string[]): boolean {
  const first = (fields[0] ?? '').trim();
  if (first === '' || !NOTE_LETTER_RE.test(first) || !NOTE_BREAK_RE.test(first)) return false;
  for (let i = 1; i < fields.length; i++) if ((fields[i] ?? '').trim() !== '') return false;
  return true;
}

/** First filled cell of a row ('' when none). */
export function firstFilled(fields: readonly string[]): string {
  for (const f of fields) if (f.trim() !== '') return f.trim();
  return '';
}

/** Rows kept out of column detection: notes and totals. */
export function isFooterLike(fields: readonly string[]): boolean {
  return isNoteLine(fields) || isTotalLabel(firstFilled(fields));
}
