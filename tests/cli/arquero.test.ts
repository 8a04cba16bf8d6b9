/**
 * arquero where it belongs (Node): the CLI's csv/tsv points table, and an independent second
 * implementation of the aggregation — generated wide exports folded, grouped and rolled up by
 * arquero equal the series of the `spc sql` statement run on native DuckDB. The page's import
 * graph (from src/main.ts) never reaches arquero: it compiles expressions at run time, which the
 * page's CSP forbids.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { escape, from, op } from 'arquero';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNative, type NativeDb } from '../../src/lib/data/native-runner.ts';
import { seriesSql } from '../../src/lib/data/seriesSql.ts';
import { expectSameSeries, run, type SeriesRow } from './sqlHelpers.ts';
import { HOOK_TIMEOUT } from '../timeouts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REAL = path.resolve(ROOT, '../shared/real-data');

let native: NativeDb;
let dir: string;
beforeAll(async () => {
  native = (await openNative())!;
  dir = mkdtempSync(path.join(tmpdir(), 'spc-arquero-'));
}, HOOK_TIMEOUT);
afterAll(() => {
  native?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('--format csv|tsv: the points table', () => {
  it.each(['csv', 'tsv'] as const)('%s holds every point of the JSON result', async (format) => {
    const file = path.join(REAL, 'hospital_infections.csv');
    const json = JSON.parse((await run([file, '--period', 'quarter'])).stdout) as { series: { key: { measure: string; unit: string }; points: { x: string; y: number | null; ucl: number | null; count: number; runsSignal: boolean }[] }[] };
    const table = await run([file, '--period', 'quarter', '--format', format]);
    expect(table.code).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(table.stdout.trim(), { header: true, delimiter: format === 'csv' ? ',' : '\t' }).data;
    const expected = json.series.flatMap((s) => s.points.map((p) => [s.key.measure, s.key.unit, p.x, String(p.y ?? ''), String(p.ucl ?? ''), String(p.count), String(p.runsSignal)]));
    expect(parsed.map((r) => [r.measure, r.unit, r.x, r.y, r.ucl, r.count, r.runsSignal])).toEqual(expected);
  });

  it('keeps the JSON output of a plain read unchanged by default', async () => {
    const file = path.join(REAL, 'cdi.csv');
    expect((await run([file, '--format', 'json'])).stdout).toBe((await run([file])).stdout);
  });

  it('refuses a format that does not exist, in one line, exit 2', async () => {
    const r = await run([path.join(REAL, 'cdi.csv'), '--format', 'xlsx']);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'error: --format: unknown value "xlsx" (expected json|csv|tsv)\n']);
  });
});

/** A wide export: one row per date and unit, one value column per measure. */
const exportRows = fc.array(
  fc.record({
    day: fc.integer({ min: 0, max: 800 }),
    unit: fc.constantFrom('Avd 1', 'Avd "2"', "Ö'st", 'Akut;Norr'),
    a: fc.integer({ min: -5000, max: 5000 }),
    b: fc.integer({ min: 0, max: 100000 }),
  }),
  { minLength: 1, maxLength: 80 },
);

const isoDay = (day: number) => new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10);

describe('arquero and DuckDB aggregate generated exports alike', () => {
  it('fold, groupby, rollup = the spc sql statement on native DuckDB', async () => {
    await fc.assert(
      fc.asyncProperty(exportRows, async (generated) => {
        // Decimal comma and ';', as a Swedish export writes them.
        const rows = generated.map((g) => ({ Datum: isoDay(g.day), Enhet: g.unit, 'Väntetid (min)': g.a / 10, Besök: g.b }));
        const csv = Papa.unparse(rows.map((r) => ({ ...r, 'Väntetid (min)': String(r['Väntetid (min)']).replace('.', ',') })), { delimiter: ';' });
        const file = path.join(dir, 'export.csv');
        writeFileSync(file, csv);

        const byArquero = from(rows)
          .fold(['Väntetid (min)', 'Besök'], { as: ['measure', 'v'] })
          .derive({ period: escape((d: { Datum: string }) => d.Datum.slice(0, 7) + '-01') })
          .groupby('measure', 'Enhet', 'period')
          .rollup({ y_sum: op.sum('v'), count: op.count() })
          .objects()
          .map((o) => o as { measure: string; Enhet: string; period: string; y_sum: number; count: number })
          .map((r) => ({ measure: r.measure, unit: r.Enhet, period: r.period, y_sum: r.y_sum, n: null, count: r.count }) as SeriesRow);

        const sql = seriesSql({
          source: { csv: file, delimiter: ';', headerLine: 1 }, period: { column: 'Datum', format: 'iso-date' }, granularity: 'month',
          measureColumn: null, unitColumn: 'Enhet', decimal: ',', thousands: '',
          measures: [{ kind: 'value', name: 'Väntetid (min)', value: 'Väntetid (min)' }, { kind: 'value', name: 'Besök', value: 'Besök' }],
        }, 'duckdb');
        expectSameSeries(await native.query<SeriesRow>(sql), byArquero);
      }),
      { numRuns: 40 },
    );
  });
});

/** Files reached from `entry` through relative static and dynamic imports. */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const base = path.resolve(path.dirname(file), m[1]!);
      const found = [base, `${base}.ts`, `${base}/index.ts`, `${base}.js`].find((f) => {
        try {
          return readFileSync(f) !== undefined && !f.endsWith('/');
        } catch {
          return false;
        }
      });
      if (found && /\.(ts|js|svelte)$/.test(found)) visit(found);
    }
  };
  visit(entry);
  return seen;
}

const importsArquero = (file: string) => /from\s+['"]arquero['"]|import\(\s*['"]arquero['"]\s*\)/.test(readFileSync(file, 'utf8'));

describe('arquero stays out of the page', () => {
  it('no file the page imports (from src/main.ts) imports arquero', () => {
    const page = [...importGraph(path.join(ROOT, 'src/main.ts'))];
    expect(page.length).toBeGreaterThan(20);
    expect(page.filter(importsArquero).map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('the scan finds it where it is used (the CLI)', () => {
    expect([...importGraph(path.join(ROOT, 'src/cli/main.ts'))].filter(importsArquero).map((f) => path.relative(ROOT, f))).toEqual(['src/cli/table.ts']);
  });
});
