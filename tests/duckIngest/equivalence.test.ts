// Both readers over every fixture: the JS reader (papaparse) and the DuckDB reader must give the
// same long rows, the same series and the same report (rejections with reason and line).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { aggregateSeries, createLongTable } from '../../src/lib/data/aggregate.ts';
import { ingestIntoTable } from '../../src/lib/data/duckIngest/ingestTable.ts';
import { createNodeRunner, type NodeRunner } from '../../src/lib/data/node-runner.ts';
import { isParquet, parquetToCsv } from '../../src/lib/data/parquet.ts';
import { FORMAT_GRANULARITY } from '../../src/lib/data/ingest/periods.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(csv|tsv|txt|parquet)$/.test(f) ? [p] : [];
  });
const FIXTURES = [
  ...files(join(ROOT, 'tests/fixtures')),
  ...files(join(ROOT, 'tests/ingest/fixtures')),
  ...files(join(ROOT, 'data-samples')),
  ...files(join(ROOT, '../shared/real-data')),
];
/** Files the JS reader keeps, and why (the bench lists the same). */
const JS_READER: Record<string, string> = {};

let runner: NodeRunner;
beforeAll(async () => {
  runner = await createNodeRunner();
}, 120_000);
afterAll(() => runner?.close());

interface LongRow {
  measure: string;
  unit: string;
  kind: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  line: number;
  phase: string;
  category: string;
}

async function readBoth(bytes: Uint8Array, overrides = {}) {
  await createLongTable(runner, 'by_js');
  await createLongTable(runner, 'by_duck');
  const js = await ingestIntoTable(runner, bytes, { ...overrides, table: 'by_js', reader: 'js' });
  const duck = await ingestIntoTable(runner, bytes, { ...overrides, table: 'by_duck' });
  const rows = (t: string) =>
    runner.query<LongRow>(`SELECT measure, unit, kind, period, value, numerator, denominator, line, COALESCE(phase, '') AS phase, COALESCE(category, '') AS category FROM ${t} ORDER BY ALL`);
  return { js, duck, jsRows: await rows('by_js'), duckRows: await rows('by_duck') };
}

async function expectSameSeries(granularity: Parameters<typeof aggregateSeries>[1]['granularity']) {
  const a = await aggregateSeries(runner, { granularity, table: 'by_js', maxPoints: 100_000 });
  const b = await aggregateSeries(runner, { granularity, table: 'by_duck', maxPoints: 100_000 });
  expect(b).toEqual(a);
}

describe('the DuckDB reader equals the JS reader', () => {
  it('finds the fixtures', () => expect(FIXTURES.length).toBeGreaterThan(20));
  for (const path of FIXTURES) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    it(path.slice(ROOT.length - 'wt-duck'.length), async () => {
      let bytes: Uint8Array = readFileSync(path);
      if (isParquet(bytes)) bytes = await parquetToCsv(bytes);
      const { js, duck, jsRows, duckRows } = await readBoth(bytes);
      expect(duck.jsReason ?? 'duckdb').toBe(JS_READER[name] ?? 'duckdb');
      expect(duck.report).toEqual(js.report);
      expect(duckRows).toEqual(jsRows);
      const format = js.inspection.periodFormat;
      await expectSameSeries(format ? FORMAT_GRANULARITY[format] : 'none');
    }, 120_000);
  }
});

const enc = (s: string) => new TextEncoder().encode(s);
const cp1252 = (s: string) => Uint8Array.from(s, (c) => ({ å: 0xe5, ä: 0xe4, ö: 0xf6, Å: 0xc5, Ä: 0xc4, Ö: 0xd6, é: 0xe9 })[c] ?? c.charCodeAt(0));
function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) out.set([s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8], 2 + i * 2);
  return out;
}

/** `n` daily rows of unit `unit` in January 2024 with values 1…n, each ending in a line break. */
const days = (n: number, unit: string) => Array.from({ length: n }, (_, i) => `2024-01-${String(i + 1).padStart(2, '0')};${unit};${i + 1}\n`).join('');

/** Exports made to hit each rule: [name, bytes, overrides]. */
const CASES: [string, Uint8Array, Record<string, unknown>][] = [
  [
    'quoted line breaks and blank lines keep physical lines exact',
    enc('Rapport: test\n\nDatum;Enhet;Värde;Not\n2024-01-01;A;1,5;"två\nrader"\n\n2024-01-02;A;x;"tre\n\nrader"\n   \n2024-02-30;A;3;\n2024-01-03;"B\nC";4;\n2024-01-04;A;<5;\n'),
    {},
  ],
  ['CRLF with quoted CRLF inside', enc(`Datum;Enhet;Värde\n${days(6, 'A')}2024-02-01;A;"1,5"\n2024-02-02;"A\nB";2\n2024-02-03;A;abc\n`.replaceAll('\n', '\r\n')), {}],
  [
    'Windows-1252 with Swedish month names and totals',
    cp1252('Månad;Avdelning;Antal\njan 2024;Öst;3\nfeb 2024;Öst;4\nmars 2024;Väst;1 234\nokt. 2024;Väst;..\nTotalt;;8\nKälla: Registret\n'),
    {},
  ],
  [
    'UTF-16 with BOM, tabs and Danish month names',
    utf16le('Måned\tAfdeling\tVærdi\r\njan 2024\tA\t1,5\r\nfeb 2024\tA\t2,5\r\nmarts 2024\tA\t1\r\nmaj 2024\tA\t1,25\r\ndec 2024\tA\t2\r\nfoo 2024\tA\t3\r\n'),
    {},
  ],
  [
    'outcome, dash as zero, phase, years window',
    enc('Datum;Enhet;Fas;Utfall (Ja/Nej);Värde\n2024-01-01;A;före;Ja;-\n2024-01-02;A;före;Nej;2\n2024-01-03;A;efter;kanske;3\n0224-01-04;A;efter;Ja;4\n1850-01-05;A;efter;;5\n'),
    { dash: 'zero', years: { from: 1800, to: 2100 } },
  ],
  [
    'ratios: negative, zero and exceeding denominators, field counts',
    enc('Vecka;Enhet;Täljare;Nämnare\n2024-W01;A;1;10\n2024-W02;A;-1;10\n2024-W03;A;1;0\n2024-W04;A;11;10\n2024-W53;A;1;10\n2024-W05;A;1\n2024-W06;A;1;10;;\n2024-W07;A;1;10;9\n2024-W08;A;1e309;10\n;A;1;2\n'),
    {},
  ],
  [
    'thousands with no-break spaces and a decimal comma',
    enc(`Datum;Enhet;Värde\n${days(5, 'A').replaceAll('\n', '000,5\n')}2024-02-01;A;1\u00a0234,5\n2024-02-02;A;2 500\n2024-02-03;A;12,3456\n2024-02-04;A;1.234\n`),
    {},
  ],
  ['a header row chosen by the user', enc('x;y\nnot;data\nDatum;Enhet;Värde\n2024-01-01;A;1\n'), { headerLine: 3 }],
  [
    'one row per event: empty, negative, fractional and text counts, negative cases',
    enc('Datum;Enhet;Antal;Operationer\n2024-01-01;A;;10\n2024-01-05;A;2;7\n2024-01-06;A;-1;3\n2024-01-07;A;1,5;3\n2024-01-08;A;x;3\n2024-01-09;A;1;-3\n2024-01-10;A;0;\n'),
    { mapping: { period: 0, measure: null, unit: 1, measures: [{ kind: 'events', name: 'Fall', count: 2, cases: 3 }] } },
  ],
];

describe('the DuckDB reader equals the JS reader on made-up exports', () => {
  for (const [name, bytes, overrides] of CASES)
    it(name, async () => {
      const { js, duck, jsRows, duckRows } = await readBoth(bytes, overrides);
      expect(duck.reader).toBe('duckdb');
      expect(duck.report).toEqual(js.report);
      expect(duckRows).toEqual(jsRows);
      expect(js.report.rows).toBeGreaterThan(0);
    }, 120_000);

  it('lines stay physical past quoted line breaks and blank lines', async () => {
    const { duck, duckRows } = await readBoth(CASES[0]![1]);
    expect(duckRows.map((r) => r.line)).toEqual([4, 12]);
    expect(duck.report.rejected.map((r) => [r.line, r.reason])).toEqual([[7, 'suppressed'], [11, 'impossible-date'], [14, 'suppressed']]);
  }, 120_000);
});

describe('needsJsReader', () => {
  it('leaves a quote left open to the JS reader, which reports it as malformed', async () => {
    const { js, duck } = await readBoth(enc(`Datum;Enhet;Värde\n${days(6, 'A')}2024-02-01;A;"2\n2024-02-02;A;3\n`));
    expect(duck.reader).toBe('js');
    expect(duck.jsReason).toBe('unterminated-quote');
    expect(duck.report).toEqual(js.report);
    expect(duck.report.rejected.map((r) => [r.line, r.reason])).toEqual([[8, 'malformed-quotes']]);
  }, 120_000);

  it('leaves a quote closed in mid-field and lone CR line breaks to the JS reader', async () => {
    expect((await readBoth(enc('Datum;Enhet;Värde\n2024-01-01;A;"1"x\n'))).duck.jsReason).toBe('misplaced-quote');
    expect((await readBoth(enc('Datum;Enhet;Värde\r2024-01-01;A;1\r2024-01-02;A;2\r'))).duck.jsReason).toBe('lone-cr');
  }, 120_000);
});
