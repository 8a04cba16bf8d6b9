/**
 * Month names and abbreviations in Swedish, Norwegian bokmål, Danish and English, generated
 * with Intl (long and short forms) plus the 3-letter and "sept" stems people type by hand.
 */

const LOCALES = ['sv', 'nb', 'da', 'en'] as const;

function normalise(word: string): string {
  return word.toLowerCase().normalize('NFC').replace(/\.$/, '');
}

function build(): Map<string, number> {
  const names = new Map<string, number>();
  for (const locale of LOCALES) {
    for (const month of ['long', 'short'] as const) {
      const fmt = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const name = normalise(fmt.format(new Date(Date.UTC(2024, m - 1, 15))));
        names.set(name, m);
        names.set(name.slice(0, 3), m);
        names.set(name.slice(0, 4), m);
      }
    }
  }
  names.set('sept', 9);
  return names;
}

let cache: Map<string, number> | null = null;

/** Every known month name (normalised: lower case, NFC, no final dot) with its number 1–12. */
export function monthNameEntries(): [string, number][] {
  cache ??= build();
  return [...cache];
}

/** Month number 1–12 for a name or abbreviation ("okt.", "Mars", "mai", "sept"), else null. */
export function monthFromName(word: string): number | null {
  cache ??= build();
  return cache.get(normalise(word)) ?? null;
}
