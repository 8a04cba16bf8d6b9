// Issue 14 in the app: a header of only separators, one far-off date in daily data and one bad
// byte each end in a clear message in the user's language (Swedish here), and the data shown
// before stays when a file cannot be read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, type Session } from './browser';

const base = inject('baseUrl');
const profile = mkdtempSync(join(tmpdir(), 'spc-robust-'));
let session: Session;

beforeAll(async () => {
  session = await openApp(base, 'sv-SE', profile);
}, 120_000);
afterAll(async () => {
  await session?.close();
  rmSync(profile, { recursive: true, force: true });
});

const days = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10));

async function open(name: string, bytes: Buffer): Promise<void> {
  await session.page.locator('input[type="file"][accept*=".csv"]').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
}

describe('ingest correctness in the app (issue 14)', () => {
  it('a header row of only separators is named as such, and the sample stays', async () => {
    const page = session.page;
    const cards = await page.locator('li.card').count();
    await open('utan-rubrik.csv', Buffer.from(';;\n2024-01-01;A;5\n2024-02-01;A;6\n'));
    await page.getByRole('alert').filter({ hasText: 'Första raden innehåller bara avgränsare' }).waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('mapping').count()).toBe(0);
    expect(await page.locator('li.card').count()).toBe(cards);
  }, 120_000);

  it('a far-off date in daily data stops the read with both dates and their lines, in Swedish', async () => {
    const page = session.page;
    const cards = await page.locator('li.card').count();
    const rows = days('2024-01-01', 200).map((d, i) => `${d};${i % 7}`);
    await open('dagar.csv', Buffer.from(`Datum;Värde\n${rows.join('\n')}\n1950-03-05;3\n`));
    await page.getByTestId('mapping').waitFor({ timeout: 60_000 });
    await page.getByRole('combobox', { name: /^Periodlängd/ }).selectOption('day');
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'sträcker sig från 1950-03-05 (rad 202) till 2024-07-18 (rad 201)' });
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toMatch(/27\s?165 punkter, fler än de 5\s?000/);
    // The sample read before is still what is shown.
    expect(await page.locator('li.card').count()).toBe(cards);
  }, 120_000);

  it('switching to a period length that would pass the bound keeps the one before, and says why', async () => {
    const page = session.page;
    const rows = days('2024-01-01', 200).map((d, i) => `${d};${i % 7}`);
    // Other columns than the file before, whose mapping (by day) is remembered.
    await open('lang-serie.csv', Buffer.from(`Dag;Antal\n1990-01-05;2\n${rows.join('\n')}\n`));
    await page.getByTestId('mapping').waitFor({ timeout: 60_000 });
    await page.getByTestId('mapping').getByRole('combobox', { name: /^Periodlängd/ }).selectOption('month');
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.locator('.status[data-status="ready"]', { hasText: 'lang-serie.csv' }).waitFor({ timeout: 60_000 });
    const period = page.locator('.aggregation').getByRole('combobox', { name: /^Periodlängd/ });
    await period.selectOption('day');
    await page.getByRole('alert').filter({ hasText: 'sträcker sig från 1990-01-05 (rad 2) till 2024-07-18 (rad 202)' }).waitFor({ timeout: 60_000 });
    expect(await period.inputValue()).toBe('month');
    expect(await page.locator('li.card').count()).toBe(1);
  }, 120_000);

  it('one bad byte keeps UTF-8; the import report names its line', async () => {
    const page = session.page;
    const months = (from: number) => Array.from({ length: 9 }, (_, i) => `2024-${String(from + i).padStart(2, '0')}-01;Avd Öst;${i}\n`).join('');
    // Line 2 ends in the stray byte; 9 good values of 10 still make a value column.
    const bytes = Buffer.concat([Buffer.from('Datum;Enhet;Värde\n2023-12-01;Avd Öst;2 '), Buffer.from([0xff]), Buffer.from('\n' + months(1))]);
    await open('en-byte.csv', bytes);
    const mapping = page.getByTestId('mapping');
    await mapping.waitFor({ timeout: 60_000 });
    expect(await mapping.getByRole('combobox', { name: /^Teckenkodning/ }).inputValue()).toBe('utf-8');
    expect(await mapping.locator('table').textContent()).toContain('Avd Öst');
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.locator('.status', { hasText: 'en-byte.csv' }).waitFor({ timeout: 60_000 });
    const report = page.getByTestId('import-report');
    await report.locator('summary').click();
    expect(await report.getByTestId('replaced-lines').textContent()).toMatch(/visas som ”\ufffd”\. Rader: 2\./);
  }, 120_000);
});
