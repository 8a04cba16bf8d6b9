// The SQL the DuckDB reader runs is generated from the JS rules; these compare both on the same cells.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunner, type NodeRunner } from '../../src/lib/data/node-runner.ts';
import { numberStages } from '../../src/lib/data/duckIngest/numberSql.ts';
import { periodStages, PERIOD_ERROR } from '../../src/lib/data/duckIngest/periodSql.ts';
import { staged } from '../../src/lib/data/duckIngest/stages.ts';
import { jsTrim, lit } from '../../src/lib/data/duckIngest/sqlText.ts';
import { numberParser } from '../../src/lib/data/ingest/numbers.ts';
import type { NumberFormat } from '../../src/lib/data/ingest/dialect.ts';
import { DEFAULT_YEARS, inYears, matchPeriod, PERIOD_FORMATS } from '../../src/lib/data/ingest/periods.ts';

let runner: NodeRunner;
beforeAll(async () => {
  runner = await createNodeRunner();
}, 120_000);
afterAll(() => runner?.close());

const values = (cells: string[]) => `(VALUES ${cells.map((c, i) => `(${i}, ${lit(c)})`).join(', ')}) AS t(i, raw)`;

const NUMBER_CELLS = [
  '', ' ', '12', '-3', '+4', '1.5', '1,5', '1 234', '1\u00a0234,5', '1\u202f234', '1.234', '1.234,5', '1,234.5', '12,3456', '1e3', '1E+05',
  '1e309', '-1e309', 'Infinity', 'inf', '∞', 'NaN', '<5', '< 3', '≤5', '..', '...', ':', 'x', 'X', '*', '***', 's', 'n<5', '.', '-', '–', 'NA',
  'n/a', '#N/A', 'null', 'abc', '12%', '12 %', '\u22125', '\u22121,5', '1.', '.5', ',5', '1..2', '1,2,3', '12 34', '1 234 567', '0', '-0', '  7  ',
  '1\u00a0234', '2 500,75', '1.5e2', '1,5e2', '\ufeff3',
];
const FORMATS: NumberFormat[] = [
  { decimal: ',', thousands: '' }, { decimal: '.', thousands: '' }, { decimal: ',', thousands: ' ' }, { decimal: ',', thousands: '\u00a0' },
  { decimal: ',', thousands: '.' }, { decimal: '.', thousands: ',' }, { decimal: '.', thousands: '\u202f' },
];

describe('number SQL = numberParser', () => {
  for (const format of FORMATS)
    for (const dash of ['missing', 'zero'] as const)
      it(`decimal ${JSON.stringify(format.decimal)}, thousands ${JSON.stringify(format.thousands)}, dash ${dash}`, async () => {
        const rows = await runner.query<{ i: number; v: number | null; why: string }>(
          `SELECT i, x_v AS v, x_why AS why FROM ${staged(`(SELECT * FROM ${values(NUMBER_CELLS)})`, numberStages(format, dash, jsTrim("coalesce(raw, '')"), 'x'))} ORDER BY i`,
        );
        const plain = numberParser(format);
        const js = (c: string) => (dash === 'zero' && c.trim() === '-' ? 0 : plain(c));
        const got = rows.map((r) => (r.why === 'ok' ? r.v : r.why));
        expect(got).toEqual(NUMBER_CELLS.map(js));
      }, 60_000);
});

const PERIOD_CELLS = [
  '2024-03-01', '2024-3-1', '2024-02-30', '2024-02-29', '2023-02-29', '0024-01-05', '2024-03-01T10:00:00Z', '2024-03-01 10:00', '2024/03/01', '2024.03.01',
  '01.03.2024', '1.3.24', '31.12.99', '01-03-2024', '01/03/2024', '13/04/2024', '04/13/2024', '20240301', '20241301', '202403', '202413',
  '2024-03', '2024/3', '2024M03', '03/2024', '3-2024', '13.2024', 'jan 2024', 'januari 2024', 'okt. 2024', 'Okt 2024', '2024 mars', 'jan-24',
  'maj 2024', 'mai 2024', 'sept 2024', 'Desember 2024', 'december 2024', 'foo 2024', '2024-W05', '2024W53', '2020-W53', 'v. 5 2024', 'uke 5 2024',
  'uge 52 2024', 'vecka 1 2024', '2024 v5', '2024-W5-3', '2024 Q1', '2024 K1', 'Q1 2024', '2024-Q1', '1. kvartal 2024', '2024 Q5', '2024 T1',
  'T3 2024', '1. tertial 2024', '2024 T4', '2024', '1850', '2204', 'total', '', 'x2024',
];

describe('period SQL = matchPeriod', () => {
  for (const format of PERIOD_FORMATS)
    it(format, async () => {
      const rows = await runner.query<{ i: number; p: string }>(`SELECT i, p FROM ${staged(`(SELECT i, ${jsTrim('raw')} AS raw FROM ${values(PERIOD_CELLS)})`, periodStages(format, 'raw', DEFAULT_YEARS, 'p'))} ORDER BY i`);
      const js = PERIOD_CELLS.map((c) => {
        const r = matchPeriod(c, format);
        if (r === null) return `${PERIOD_ERROR}unparseable-date`;
        if (!r.ok) return PERIOD_ERROR + r.error;
        return inYears(r.start, DEFAULT_YEARS) ? r.start : `${PERIOD_ERROR}implausible-year`;
      });
      expect(rows.map((r) => r.p)).toEqual(js);
    }, 60_000);
});
