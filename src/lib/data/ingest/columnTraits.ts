/**
 * Traits of a column beyond its content kind, for suggesting roles in patient- and event-level
 * files: a header that names a yes/no outcome ("Trykksår (Ja/Nei)"), an identifier that must
 * never become a value (Pasientnr, personnummer, a row number), and counts (summed per period).
 */

/** "(Ja/Nej)", "(ja/nei)", "(J/N)", "(Yes/No)", "(Sant/Falskt)" in a header. */
const YES_NO_HEADER = /\(\s*(?:ja|j|yes|y|sant|sann|sand|true)\s*\/\s*(?:nej|nei|n|no|falskt|usann|falsk|false)\s*\)/i;

export function headerNamesYesNo(header: string): boolean {
  return YES_NO_HEADER.test(header);
}

/** Identifier headers in sv/nb/da/en, as a whole or as the word before/after a separator. */
const ID_WORDS: ReadonlySet<string> = new Set([
  'id', 'nr', 'no', 'lnr', 'løpenr', 'lopenr', 'löpnr', 'lopnr', 'løbenr', 'pasientnr', 'patientnr', 'pasnr', 'patnr', 'personnummer',
  'personnr', 'fødselsnummer', 'fodselsnummer', 'cpr', 'cprnr', 'journalnr', 'journalnummer', 'kontaktnr', 'episodenr', 'opphaldsnr', 'oppholdsnr',
  'record', 'key', 'uuid', 'guid', 'pid', 'mrn', '#', 'rad', 'row', 'radnr', 'rownum', 'løbenummer', 'löpnummer', 'løpenummer',
]);

/** Distinct values for "unique per row" to mean anything. */
const MIN_UNIQUE_ROWS = 20;
/** Digits from which unique integers are identifiers rather than measurements. */
const ID_DIGITS = 6;

export function headerNamesId(header: string): boolean {
  const h = header.trim().toLowerCase();
  if (ID_WORDS.has(h)) return true;
  const words = h.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length > 1 && (ID_WORDS.has(words[0] as string) || ID_WORDS.has(words.at(-1) as string)) && !/\d/.test(h);
}

/**
 * An identifier: named as one, or integers unique per row that are long (personal and record
 * numbers). Short unique integers are left alone: a count or a value may well be unique.
 */
export function isIdLike(header: string, present: readonly string[]): boolean {
  if (headerNamesId(header)) return true;
  if (present.length < MIN_UNIQUE_ROWS || !present.every((v) => /^\d+$/.test(v))) return false;
  if (new Set(present).size !== present.length) return false;
  const digits = [...present].map((v) => v.length).sort((a, b) => a - b)[present.length >> 1] as number;
  return digits >= ID_DIGITS;
}

/** Whole non-negative numbers: events counted, summed per period by default. */
export function isCountLike(numbers: readonly number[]): boolean {
  return numbers.length > 0 && numbers.every((n) => Number.isInteger(n) && n >= 0);
}

/**
 * The scale a value column's header states: "Per 1 000 vårddygn" → 1000, "per 100 000" →
 * 100000, "%" or "Andel (procent)" → 100, "‰" → 1000; null when it states none.
 */
export function scaleFromHeader(header: string): number | null {
  const h = header.toLowerCase();
  const per = /\bper\s*(\d{1,3}(?:[\s.\u00a0\u202f]?\d{3})*)\b/u.exec(h);
  if (per) {
    const n = Number((per[1] as string).replace(/[\s.\u00a0\u202f]/g, ''));
    return n >= 10 && Number.isInteger(Math.log10(n)) ? n : null;
  }
  if (h.includes('‰') || /\bpromille\b/.test(h)) return 1000;
  if (h.includes('%') || /\b(?:procent|prosent|percent)\b/.test(h)) return 100;
  return null;
}
