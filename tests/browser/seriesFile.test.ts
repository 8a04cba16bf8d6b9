// #10 item 5: the series table that `spc sql --dialect duckdb` computes where the data lives
// (here native DuckDB, written as CSV) is read by the app in the browser as a ready series file:
// one card per measure × unit of the statement's output, every row used.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openNative, type NativeDb } from '../../src/lib/data/native-runner';
import { run } from '../cli/sqlHelpers';
import { HOOK_TIMEOUT } from '../timeouts';
import { openApp, type Session } from './browser';

const base = inject('baseUrl');
const REAL = resolve(import.meta.dirname, '../../../shared/real-data');
const dir = mkdtempSync(join(tmpdir(), 'spc-seriesfile-'));
const profile = join(dir, 'profile');
let session: Session;
let native: NativeDb;
let file: string;
let series: number;
let rows: number;

beforeAll(async () => {
  native = (await openNative())!;
  const sql = await run(['sql', join(REAL, 'hospital_infections.csv'), '--period', 'month', '--dialect', 'duckdb']);
  expect(sql.code, sql.stderr).toBe(0);
  const statement = sql.stdout.replace(/;\s*$/, '');
  file = join(dir, 'infections-series.csv');
  await native.query(`COPY (${statement}) TO '${file}' (HEADER, DELIMITER ',')`);
  const [counts] = await native.query<{ series: number; rows: number }>(
    `SELECT COUNT(DISTINCT (measure, unit))::INTEGER AS series, COUNT(*)::INTEGER AS rows FROM (${statement})`,
  );
  series = Number(counts!.series);
  rows = Number(counts!.rows);
  session = await openApp(base, 'en-GB', profile);
}, HOOK_TIMEOUT);
afterAll(async () => {
  await session?.close();
  native?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a series file from spc sql in the app', () => {
  it('shows one card per measure × unit and uses every row', async () => {
    expect(series).toBeGreaterThan(1);
    const page = session.page;
    await page.locator('input[type="file"][accept*=".csv"]').setInputFiles({ name: 'infections-series.csv', mimeType: 'text/csv', buffer: readFileSync(file) });
    await page.locator('[data-status="ready"]', { hasText: 'infections-series.csv' }).or(page.getByTestId('mapping')).first().waitFor({ timeout: 60_000 });
    // A series file needs no column choices; if the step is shown, it is confirmed as proposed.
    if (await page.getByTestId('mapping').count()) await page.getByRole('button', { name: 'Read the file' }).click();
    await page.locator('[data-status="ready"]', { hasText: 'infections-series.csv' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('li.card').count()).toBe(series);
    const summary = (await page.getByTestId('import-report').locator('summary').textContent())!.replace(/\s+/g, ' ');
    expect(summary).toContain(`${rows} values read: ${rows} used, 0 not used`);
  });
});
