/**
 * Seeded generator of malformed and hostile exports for the fuzz run: random bytes, truncation,
 * mixed delimiters and encodings, ragged rows, huge fields, 10,000 columns, duplicate and empty
 * headers, control characters, overflow numbers, impossible and far-away dates, quotes left open.
 * The same seed gives the same cases, so a failing case can be named and replayed.
 */
// One seeded generator (mulberry32) for the bench's data and the fuzz cases.
import { rng as prng } from '../../bench/generate';

export interface FuzzCase {
  /** Generator names and case number, e.g. "#17 overflow+ragged". */
  name: string;
  bytes: Uint8Array;
  /** The CLI's `--period` (null: rows as read). */
  period: string | null;
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const MEASURES = ['Fall', 'Trycksår', 'Väntetid', 'Dødelighet', 'Infektion', 'a'];
const UNITS = ['Avd 1', 'Avd Öst', 'Hjerte Ø', 'Thorax Vest', ''];
const DELIMS = [';', ',', '\t', '|'];
const FAR_DATES = ['0224-03-05', '0000-02-29', '0001-01-01', '9999-12-31', '0024-W05', '2024-02-30', '2024-W54', '2024 Q5', '13/13/2024', '1899-12-31', '2101-01-01', '+002024-01-01'];
const HOSTILE_NUMBERS = ['1e309', '-1e309', 'Infinity', '-Infinity', 'NaN', '1e308', '9'.repeat(400), '0x1F', '1,5e3', '1.797693134862316e308', '-0', '1 000 000,5', '<5', '..', '1e-400', '١٢٣'];
const CONTROL = ['\u0000', '\u001b', '\r', '\u2028', '\ufeff', '\u0007', '\u200b', '\ud800'];

/** A plausible long Nordic export, the base most generators damage. */
function baseRows(rng: Rng, delimiter: string): string[][] {
  const header = pick(rng, [
    ['Mått', 'Enhet', 'Månad', 'Täljare', 'Nämnare', 'Värde'],
    ['Indikator', 'Avdeling', 'Dato', 'Verdi'],
    ['Afdeling', 'Operationsdato', 'Alder', 'Død'],
    ['x', 'y', 'n'],
    ['Datum', 'Värde'],
  ]);
  const dateOf = pick(rng, [
    (i: number) => `2024-${String((i % 12) + 1).padStart(2, '0')}`,
    (i: number) => `${String((i % 28) + 1).padStart(2, '0')}.${String((i % 12) + 1).padStart(2, '0')}.2024`,
    (i: number) => `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    (i: number) => `2024-W${String((i % 52) + 1).padStart(2, '0')}`,
    (i: number) => `${2020 + (i % 5)} Q${(i % 4) + 1}`,
  ]);
  const decimal = delimiter === ',' ? '.' : pick(rng, [',', '.']);
  const number = () => (rng() < 0.5 ? String(int(rng, 0, 50)) : (rng() * 100).toFixed(2).replace('.', decimal));
  const rows = [header];
  for (let i = 0, n = int(rng, 0, 40); i < n; i++) {
    rows.push(header.map((h) => {
      if (/^(Mått|Indikator)$/.test(h)) return pick(rng, MEASURES);
      if (/^(Enhet|Avdeling|Afdeling)$/.test(h)) return pick(rng, UNITS);
      if (/^(Månad|Dato|Datum|Operationsdato|x)$/.test(h)) return dateOf(i);
      if (h === 'Død') return pick(rng, ['Ja', 'Nej', 'ja', '']);
      if (h === 'Nämnare' || h === 'n') return String(int(rng, 1, 60));
      return number();
    }));
  }
  return rows;
}

const join = (rows: string[][], delimiter: string, eol = '\n') => rows.map((r) => r.join(delimiter)).join(eol) + eol;

/** Each generator damages or builds a file; several may be chained on one case. */
const GENERATORS: Record<string, (rng: Rng, d: string) => Uint8Array> = {
  'random-bytes': (rng) => Uint8Array.from({ length: int(rng, 0, 3000) }, () => int(rng, 0, 255)),
  truncated: (rng, d) => {
    const b = utf8(join(baseRows(rng, d), d));
    return b.subarray(0, int(rng, 0, b.length));
  },
  'mixed-delimiters': (rng, d) => utf8(baseRows(rng, d).map((r) => r.join(pick(rng, DELIMS))).join('\n')),
  'mixed-encodings': (rng, d) => concat(baseRows(rng, d).map((r) => (rng() < 0.5 ? latin1 : utf8)(r.join(d) + '\r\n'))),
  utf16: (rng, d) => {
    const text = join(baseRows(rng, d), d);
    const le = rng() < 0.5;
    const body = Uint8Array.from({ length: text.length * 2 }, (_, i) => {
      const c = text.charCodeAt(i >> 1);
      return (i & 1) === (le ? 0 : 1) ? c & 0xff : c >> 8;
    });
    return rng() < 0.5 ? concat([Uint8Array.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body.subarray(0, int(rng, 0, body.length));
  },
  ragged: (rng, d) => {
    const rows = baseRows(rng, d).map((r, i) => (i === 0 ? r : rng() < 0.3 ? r.slice(0, int(rng, 0, r.length)) : rng() < 0.3 ? [...r, ...r.slice(0, int(rng, 1, 4))] : r));
    return utf8(join(rows, d));
  },
  'huge-field': (rng, d) => {
    const rows = baseRows(rng, d);
    const r = rows[int(rng, 0, rows.length - 1)]!;
    r[int(rng, 0, r.length - 1)] = pick(rng, ['x', '9', '"', d, 'å']).repeat(rng() < 0.1 ? 1_000_000 : int(rng, 10_000, 100_000));
    return utf8(join(rows, d));
  },
  'ten-thousand-columns': (rng, d) => {
    const cols = 10_000;
    const header = Array.from({ length: cols }, (_, i) => (i === 0 ? 'Månad' : `k${i}`));
    const rows = [header];
    for (let i = 0, n = int(rng, 0, 3); i < n; i++) rows.push(header.map((_, c) => (c === 0 ? `2024-0${i + 1}` : String(c % 7))));
    return utf8(join(rows, d));
  },
  'duplicate-empty-headers': (rng, d) => {
    const rows = baseRows(rng, d);
    const header = rows[0]!;
    const kind = int(rng, 0, 3);
    rows[0] = kind === 0 ? header.map(() => header[0]!) : kind === 1 ? header.map(() => '') : kind === 2 ? header.map((h, i) => (i % 2 ? '' : h)) : [...header, header[header.length - 1]!];
    return utf8(join(rows, d));
  },
  'control-characters': (rng, d) => {
    const text = join(baseRows(rng, d), d);
    let out = '';
    for (const ch of text) out += rng() < 0.03 ? pick(rng, CONTROL) : ch;
    return utf8(out);
  },
  'overflow-numbers': (rng, d) => {
    const rows = baseRows(rng, d).map((r, i) => (i === 0 ? r : r.map((c) => (/^\d/.test(c) && rng() < 0.4 ? pick(rng, HOSTILE_NUMBERS) : c))));
    return utf8(join(rows, d));
  },
  'far-dates': (rng, d) => {
    const rows = baseRows(rng, d);
    const col = rows[0]!.findIndex((h) => /Månad|Dato|Datum|Operationsdato|^x$/.test(h));
    for (let i = 1; i < rows.length; i++) if (col >= 0 && rng() < 0.2) rows[i]![col] = pick(rng, FAR_DATES);
    return utf8(join(rows, d));
  },
  'open-quotes': (rng, d) => {
    const rows = baseRows(rng, d).map((r, i) => (i > 0 && rng() < 0.2 ? r.map((c, j) => (j === 0 ? `"${c}` : rng() < 0.1 ? `${c}"x"` : c)) : r));
    return utf8(join(rows, d, pick(rng, ['\n', '\r\n', '\r'])));
  },
  'only-delimiters-header': (rng, d) => {
    const rows = baseRows(rng, d);
    rows[0] = rows[0]!.map(() => '');
    return utf8(rows.map((r) => r.join(d)).join('\n'));
  },
  'byte-flips': (rng, d) => {
    const b = utf8(join(baseRows(rng, d), d));
    for (let i = 0, n = int(rng, 1, 8); i < n && b.length > 0; i++) b[int(rng, 0, b.length - 1)] = int(rng, 0, 255);
    return b;
  },
};

export const GENERATOR_NAMES = Object.keys(GENERATORS);
/** Heavy generators are drawn less often, so 10,000 cases run in minutes, not hours. */
const WEIGHT: Record<string, number> = { 'ten-thousand-columns': 1, 'huge-field': 5 };
const DRAW = GENERATOR_NAMES.flatMap((name) => Array<string>(WEIGHT[name] ?? 20).fill(name));
const PERIODS = [null, null, 'none', 'day', 'week', 'month', 'month', 'quarter', 'year'];

/** Case `index` of the run seeded with `seed`. */
export function fuzzCase(seed: number, index: number): FuzzCase {
  const rng = prng(seed * 1_000_003 + index);
  const name = pick(rng, DRAW);
  const bytes = GENERATORS[name]!(rng, pick(rng, DELIMS));
  return { name: `#${index} ${name}`, bytes, period: pick(rng, PERIODS) };
}
