// The walking skeleton in a real browser: the sample loads into DuckDB-WASM, the run chart
// shows one point per month of the selected series, and nothing is requested from another origin.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { offOrigin, openSession, type Session } from './browser';

const base = inject('baseUrl');

function sampleSeries(measure: string, unit: string): number[] {
  const [, ...lines] = readFileSync('data-samples/kvalitet-sv.csv', 'utf8').trim().split(/\r?\n/);
  return lines
    .map((l) => l.split(';'))
    .filter((c) => c[0] === measure && c[1] === unit)
    .map((c) => Number(c[3]) / Number(c[4]));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

describe('walking skeleton', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession('sv-SE');
    await session.page.goto(base);
    await session.page.locator('[data-status="ready"]').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads the sample into DuckDB-WASM and lists its measures', async () => {
    const options = await session.page.locator('.series-picker select').first().locator('option').allTextContents();
    expect(options).toContain('Riskbedömning inom 24 h');
    expect(options).toHaveLength(6);
  });

  it('draws one point per month of the selected series, with the median as centre line', async () => {
    const page = session.page;
    await page.locator('.series-picker select').first().selectOption('Riskbedömning inom 24 h');
    await page.locator('.series-picker select').nth(1).selectOption('Avd 14 Kirurgi');
    await page.locator('h2#chart-heading', { hasText: 'Riskbedömning inom 24 h – Avd 14 Kirurgi' }).waitFor();
    const values = sampleSeries('Riskbedömning inom 24 h', 'Avd 14 Kirurgi');
    expect(values).toHaveLength(36);
    await expect.poll(() => page.locator('svg.spc-chart .spc-point').count()).toBe(values.length);
    const rows = page.locator('table.data-table tbody tr');
    expect(await rows.count()).toBe(values.length);
    const clCell = await rows.first().locator('td').nth(3).textContent();
    const expected = new Intl.NumberFormat('sv', { maximumFractionDigits: 2 }).format(median(values));
    expect(clCell?.trim()).toBe(expected);
    // The improvement after the change in mid-2024 is a non-random run.
    await expect.poll(() => page.getByTestId('runs-summary').textContent()).toMatch(/^Icke slumpmässig variation/);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/skeleton.png', fullPage: true });
  });

  it('requests nothing from any other origin and logs no errors', () => {
    expect(session.requests.length).toBeGreaterThan(3);
    expect(offOrigin(session.requests, base)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
