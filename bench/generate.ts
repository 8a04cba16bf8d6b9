/**
 * The bench's generated exports (nothing large is committed): a long Swedish-style export
 * `Enhet;Datum;Värde;Täljare;Nämnare` (`;`, decimal comma, about 35 bytes a row, 40 units × days over
 * five years, several rows per unit and day), the same rows as Windows-1252 with Swedish month names
 * instead of dates, and a small export of many series for the overview.
 */
import fs from 'node:fs';

const UNITS = 40;
const DAYS = 1827; // 2020-01-01 … 2024-12-31
const SV_MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const HEADER = 'Enhet;Datum;Värde;Täljare;Nämnare';

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type PeriodStyle = 'iso-date' | 'sv-month-name';

/** A period cell: `2024-03-05`, or `mars 2024` (Swedish month name and year). */
function periodCells(style: PeriodStyle): string[] {
  const start = Date.UTC(2020, 0, 1);
  return Array.from({ length: DAYS }, (_v, d) => {
    const date = new Date(start + d * 86_400_000);
    return style === 'iso-date' ? date.toISOString().slice(0, 10) : `${SV_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  });
}

/** Writes lines in blocks; `encoding` latin1 is Windows-1252 for these characters (å ä ö, no 0x80–0x9F). */
function writer(file: string, encoding: 'utf8' | 'latin1') {
  const out = fs.openSync(file, 'w');
  let lines: string[] = [];
  const flush = () => {
    if (lines.length) fs.writeSync(out, Buffer.from(lines.join('\n') + '\n', encoding));
    lines = [];
  };
  return {
    line(text: string) {
      lines.push(text);
      if (lines.length === 50_000) flush();
    },
    close() {
      flush();
      fs.closeSync(out);
    },
  };
}

/** The long export of `rows` rows; `sv` writes it as Windows-1252 with Swedish month names. */
export function generateLong(file: string, rows: number, style: PeriodStyle = 'iso-date'): void {
  const out = writer(file, style === 'iso-date' ? 'utf8' : 'latin1');
  out.line(HEADER);
  const periods = periodCells(style);
  const rand = rng(42);
  for (let i = 0; i < rows; i++) {
    const unit = `Avdelning ${String((i % UNITS) + 1).padStart(2, '0')}`;
    const den = 20 + Math.floor(rand() * 40);
    const num = Math.floor(den * (0.6 + 0.3 * rand()));
    const value = ((100 * num) / den).toFixed(1).replace('.', ',');
    out.line(`${unit};${periods[Math.floor(i / UNITS) % DAYS]};${value};${num};${den}`);
  }
  out.close();
}

/** `units` series (one per unit) × `months` monthly points, for the overview and the detail switch. */
export function generateSeries(file: string, units: number, months: number): void {
  const out = writer(file, 'utf8');
  out.line(HEADER);
  const rand = rng(7);
  for (let u = 0; u < units; u++) {
    for (let m = 0; m < months; m++) {
      const den = 40 + Math.floor(rand() * 60);
      const num = Math.floor(den * (0.5 + 0.3 * rand()));
      const month = `${2020 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
      out.line(`Enhet ${String(u + 1).padStart(3, '0')};${month};${((100 * num) / den).toFixed(1).replace('.', ',')};${num};${den}`);
    }
  }
  out.close();
}
