// Exports as they come, in the browser: a Swedish report with title lines above the header and
// a total and a source line below, a Danish sheet with one column per month, and a project file
// with a phase column (and the real cdi.csv). Fixtures: tests/fixtures/shapes (scripts/make-fixtures.mjs).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, type Session } from './browser';

const base = inject('baseUrl');
const profile = mkdtempSync(join(tmpdir(), 'spc-shapes-'));
let session: Session;
const shape = (name: string) => readFileSync(join('tests/fixtures/shapes', name));

beforeAll(async () => {
  session = await openApp(base, 'sv-SE', profile);
}, 120_000);
afterAll(async () => {
  await session?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function upload(name: string, buffer: Buffer): Promise<void> {
  await session.page.locator('input[type="file"][accept*=".csv"]').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await session.page.getByTestId('mapping').waitFor();
}

async function readFile(name: string): Promise<void> {
  await session.page.getByRole('button', { name: 'Läs in filen' }).click();
  await session.page.locator('.status', { hasText: name }).waitFor({ timeout: 60_000 });
}

describe('export shapes in the app', () => {
  it('finds the header below title lines, lets the user pick another, and rejects the total and source lines', async () => {
    const page = session.page;
    await upload('fallskador.csv', shape('title-lines-sv.csv'));
    const line = page.getByRole('spinbutton', { name: 'Kolumnnamnen står på rad' });
    expect(await line.inputValue()).toBe('4');
    expect(await page.getByTestId('mapping').locator('.above-lines').textContent()).toContain('Rapport: Fallskador per avdelning och månad');
    // Line 1 as the header: no value column has a name, so reading is refused with the reason.
    await line.fill('1');
    await line.dispatchEvent('change');
    await expect.poll(() => page.getByRole('button', { name: 'Läs in filen' }).isDisabled(), { timeout: 30_000 }).toBe(true);
    expect(await page.locator('#mapping-blocker').textContent()).toContain('Kolumn 3 saknar namn');
    await page.screenshot({ path: 'test-artifacts/shapes-title-line1.png', fullPage: true });
    await page.getByRole('spinbutton', { name: 'Kolumnnamnen står på rad' }).fill('4');
    await page.getByRole('spinbutton', { name: 'Kolumnnamnen står på rad' }).dispatchEvent('change');
    await expect.poll(() => page.getByRole('button', { name: 'Läs in filen' }).isDisabled(), { timeout: 30_000 }).toBe(false);
    await page.screenshot({ path: 'test-artifacts/shapes-title-mapping.png', fullPage: true });
    await readFile('fallskador.csv');
    await expect.poll(() => page.locator('li.card').count()).toBe(3);
    const report = page.getByTestId('import-report');
    await report.locator('summary').click();
    const summary = (await report.locator('summary').textContent())!.replace(/\s+/g, ' ');
    expect(summary).toContain('74 rader.');
    expect(summary).toContain('74 värden lästa: 72 används, 2 används inte.');
    expect(await report.textContent()).toContain('månader som 2024-03');
    const rejected = report.getByTestId('report-rejected');
    expect(await rejected.locator('th').allTextContents()).toEqual(['77', '78']);
    expect(await rejected.textContent()).toContain('summarad');
    expect(await rejected.textContent()).toContain('källrad');
    expect(await page.locator('.status').textContent()).toContain('74 rader inlästa, 3 serier.');
    await page.screenshot({ path: 'test-artifacts/shapes-title-report.png', fullPage: true });
  }, 120_000);

  it('reads a sheet with one column per month as periods, wards as units', async () => {
    const page = session.page;
    await upload('tryksaar.csv', shape('wide-months-da.csv'));
    const wide = page.getByRole('checkbox', { name: /^Perioderna är kolumner/ });
    expect(await wide.isChecked()).toBe(true);
    expect(await page.getByTestId('wide-columns').textContent()).toContain('12 kolumner är perioder, från ”jan 2024” till ”dec 2024”');
    expect(await page.getByRole('combobox', { name: /^Enhet/ }).inputValue()).toBe('0');
    await page.screenshot({ path: 'test-artifacts/shapes-wide-mapping.png', fullPage: true });
    await readFile('tryksaar.csv');
    await expect.poll(() => page.locator('li.card').count()).toBe(4);
    const report = page.getByTestId('import-report');
    expect((await report.locator('summary').textContent())!.replace(/\s+/g, ' ')).toContain('5 rader, 12 perioder per rad');
    await page.locator('li.card', { hasText: 'Geriatri G3' }).locator('.card-open').click();
    const periods = await page.getByTestId('data-table').locator('tbody th').allTextContents();
    expect(periods).toHaveLength(12);
    await page.screenshot({ path: 'test-artifacts/shapes-wide-detail.png', fullPage: true });
    await page.getByRole('button', { name: /Tillbaka till översikten/ }).click();
  }, 120_000);

  it('splits cdi.csv into two phases from its period column and says whether the rate fell', async () => {
    const page = session.page;
    await upload('cdi.csv', readFileSync(join('..', 'shared', 'real-data', 'cdi.csv')));
    expect(await page.getByRole('combobox', { name: /^Fas/ }).inputValue()).toBe('3');
    await readFile('cdi.csv');
    await expect.poll(() => page.locator('li.card').count()).toBe(1);
    await page.locator('li.card .card-open').first().click();
    expect(await page.getByTestId('file-phase').count()).toBe(1);
    const verdict = page.getByTestId('verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-moved')).toBe('true');
    expect(await verdict.textContent()).toContain('Fler punkter efter förändringen ligger under den gamla mittlinjen än över den.');
    await page.screenshot({ path: 'test-artifacts/shapes-phase-cdi.png', fullPage: true });
  }, 120_000);

  it('shows hospital infections per 10 000 bed days without the user touching anything, and per measure as chosen', async () => {
    const page = session.page;
    await upload('hospital_infections.csv', readFileSync(join('..', 'shared', 'real-data', 'hospital_infections.csv')));
    await readFile('hospital_infections.csv');
    await expect.poll(() => page.locator('li.card').count()).toBe(18);
    const latest = page.locator('li.card[data-series=\'["BAC","AHH"]\'] .card-facts dd').first();
    expect(await latest.locator('.scale').textContent()).toMatch(/^per 10\s000 days$/);
    const value = (await latest.textContent())!.split('per')[0]!;
    expect(Number(value.replace(',', '.').replace(/\s/g, ''))).toBeGreaterThan(1);
    await page.locator('li.card[data-series=\'["BAC","AHH"]\'] .card-open').click();
    expect(await page.getByTestId('scale-label').textContent()).toMatch(/^per 10\s000 days$/);
    await page.getByRole('combobox', { name: 'Visas per' }).selectOption('1000');
    await expect.poll(() => page.getByTestId('scale-label').textContent()).toMatch(/^per 1\s000 days$/);
    await page.screenshot({ path: 'test-artifacts/shapes-rate-scale.png', fullPage: true });
    // The scale belongs to the measure: another hospital's BAC series follows.
    await page.getByRole('button', { name: /Tillbaka till översikten/ }).click();
    await page.locator('li.card[data-series=\'["BAC","BFH"]\'] .card-open').click();
    expect(await page.getByTestId('scale-label').textContent()).toMatch(/^per 1\s000 days$/);
  }, 120_000);
});
