// The walking skeleton in a real browser: the sample loads into DuckDB-WASM, the run chart
// shows one point per month of the selected series, and nothing is requested from another origin.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { offOrigin, openApp, type Session } from './browser';

const base = inject('baseUrl');

function sampleSeries(measure: string, unit: string): number[] {
  const [, ...lines] = readFileSync('data-samples/kvalitet-sv.csv', 'utf8').trim().split(/\r?\n/);
  return lines
    .map((l) => l.split(';'))
    .filter((c) => c[0] === measure && c[1] === unit)
    .map((c) => (100 * Number(c[3])) / Number(c[4]));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

describe('walking skeleton', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp(base, 'sv-SE');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads the sample into DuckDB-WASM and shows every series', async () => {
    await expect.poll(() => session.page.locator('li.card').count()).toBe(24);
    const groups = await session.page.locator('section.group h3').allTextContents();
    expect(groups).toContain('Riskbedömning inom 24 h');
    expect(groups).toHaveLength(6);
  });

  it('draws a run chart with one point per month of the series and the median as centre line', async () => {
    const page = session.page;
    await page.getByRole('button', { name: 'Öppna Riskbedömning inom 24 h, Avd 14 Kirurgi' }).click();
    await page.locator('#detail-heading', { hasText: 'Riskbedömning inom 24 h – Avd 14 Kirurgi' }).waitFor();
    await page.getByLabel('Diagramtyp').selectOption('run');
    const values = sampleSeries('Riskbedömning inom 24 h', 'Avd 14 Kirurgi');
    expect(values).toHaveLength(36);
    const chart = page.getByTestId('detail-chart');
    await expect.poll(() => chart.locator('.spc-point').count()).toBe(values.length);
    const rows = page.getByTestId('data-table').locator('tbody tr');
    expect(await rows.count()).toBe(values.length);
    // Columns: period (th), numerator, denominator, value, centre line.
    const clCell = await rows.first().locator('td').nth(3).textContent();
    const expected = new Intl.NumberFormat('sv', { maximumFractionDigits: 2 }).format(median(values));
    expect(clCell?.trim()).toBe(expected);
    // The improvement after the change in mid-2024 is a non-random run.
    await expect.poll(() => page.getByTestId('runs-summary').textContent()).toMatch(/^Icke slumpmässig variation/);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/skeleton.png', fullPage: true });
  });

  it('aggregates again by quarter without reading the file again', async () => {
    const page = session.page;
    await page.getByRole('button', { name: 'Tillbaka till översikten' }).click();
    await page.getByRole('combobox', { name: /^Periodlängd/ }).selectOption('quarter');
    await page.getByRole('button', { name: 'Öppna Riskbedömning inom 24 h, Avd 14 Kirurgi' }).click();
    await expect.poll(() => page.getByTestId('detail-chart').locator('.spc-point').count()).toBe(12);
    // 2024 Q3 sums the three months of the file.
    const months = readFileSync('data-samples/kvalitet-sv.csv', 'utf8').split(/\r?\n/).map((l) => l.split(';'))
      .filter((c) => c[0] === 'Riskbedömning inom 24 h' && c[1] === 'Avd 14 Kirurgi' && ['2024-07', '2024-08', '2024-09'].includes(c[2]!));
    const num = months.reduce((a, c) => a + Number(c[3]), 0);
    const row = page.getByTestId('data-table').locator('tbody tr').nth(6);
    expect(await row.locator('td').first().textContent()).toBe(String(num));
  });

  it('requests nothing from any other origin and logs no errors', () => {
    expect(session.requests.length).toBeGreaterThan(3);
    expect(offOrigin(session.requests, base)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
