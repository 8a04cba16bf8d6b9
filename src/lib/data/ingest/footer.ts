/**
 * Lines that are not data although they sit among or below it: totals ("Totalt", "Summa",
 * "I alt") and notes ("Källa: Patientregistret", "* Preliminära siffror"). They are rejected
 * with their own reason, so the report says why, and kept out of column detection.
 */

/** Whole-cell labels of a total row in sv/nb/da/en (lower-cased). */
export const TOTAL_LABELS: ReadonlySet<string> = new Set([
  'totalt', 'total', 'totals', 'grand total', 'summa', 'sum', 'sum total', 'i alt', 'ialt', 'totalsum', 'samlet', 'samtliga', 'overall',
]);

export function isTotalLabel(cell: string): boolean {
  return TOTAL_LABELS.has(cell.trim().toLowerCase().replace(/[:.]$/, ''));
}

/** A row with one filled cell, the first, holding words: a title, a source or a footnote. */
export function isNoteLine(fields: readonly string[]): boolean {
  const first = (fields[0] ?? '').trim();
  if (first === '' || !/\p{L}/u.test(first) || !/[\s:]/.test(first)) return false;
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
