/**
 * Reads a long-format export with the sample's columns (Mått;Enhet;Månad;Täljare;Nämnare;Värde)
 * into the `obs` table. Interim reader for the walking skeleton; the full ingest replaces it.
 */
import Papa from 'papaparse';
import type { SqlRunner } from './sql';
import { OBS_TABLE } from './series';

function num(cell: string | undefined): number | null {
  if (cell === undefined || cell.trim() === '') return null;
  const n = Number(cell.replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

function period(cell: string): string {
  return /^\d{4}-\d{2}$/.test(cell) ? `${cell}-01` : cell;
}

export async function loadLongCsv(db: SqlRunner, text: string): Promise<number> {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  if (!header) throw new Error('empty file');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`column "${name}" not found`);
    return i;
  };
  const [m, u, p, t, d, v] = ['Mått', 'Enhet', 'Månad', 'Täljare', 'Nämnare', 'Värde'].map(col) as number[];
  await db.query(
    `CREATE OR REPLACE TABLE ${OBS_TABLE} (measure VARCHAR, unit VARCHAR, period VARCHAR, numerator DOUBLE, denominator DOUBLE, value DOUBLE, line INTEGER)`,
  );
  await db.insertColumns(
    OBS_TABLE,
    {
      measure: rows.map((r) => r[m!] ?? ''),
      unit: rows.map((r) => r[u!] ?? ''),
      period: rows.map((r) => period(r[p!] ?? '')),
      numerator: rows.map((r) => num(r[t!])),
      denominator: rows.map((r) => num(r[d!])),
      value: rows.map((r) => num(r[v!])),
      line: Int32Array.from(rows, (_, i) => i + 2),
    },
    false,
  );
  return rows.length;
}
