// An analyst's own export in the browser: a Danish Windows-1252 file with dates as DD.MM.YYYY,
// decimal commas and Ja/Nej outcomes goes through the mapping step; the import report names
// every row not used; the file and its mapping are still there after a reload.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, waitReady, type Session } from './browser';

const base = inject('baseUrl');
const profile = mkdtempSync(join(tmpdir(), 'spc-upload-'));
let session: Session;

/** 3 months × 2 wards of operations, plus three bad rows at known lines. */
function danishExport(): { bytes: Buffer; rows: number; bad: { line: number; reason: RegExp }[] } {
  const lines = ['Afdeling;Operationsdato;Alder;Død'];
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (const ward of ['Hjerte Ø', 'Thorax Vest']) {
    for (let m = 1; m <= 12; m++) {
      for (let d = 1; d <= 20; d++) {
        const age = (50 + next() * 35).toFixed(1).replace('.', ',');
        lines.push(`${ward};${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.2024;${age};${next() < 0.05 ? 'Ja' : 'Nej'}`);
      }
    }
  }
  const bad = [
    { text: 'Hjerte Ø;31.02.2024;61,2;Nej', reason: /datoen findes ikke/ },
    { text: 'Hjerte Ø;12.03.2024;<5;Måske', reason: /skjult værdi|ikke en ja\/nej-værdi/ },
    { text: 'Thorax Vest;14.03.2024', reason: /færre felter/ },
  ];
  const at = lines.length + 1;
  lines.push(...bad.map((b) => b.text));
  return {
    bytes: Buffer.from(lines.join('\r\n') + '\r\n', 'latin1'),
    rows: (lines.length - 1) * 2,
    bad: bad.map((b, i) => ({ line: at + i, reason: b.reason })),
  };
}

beforeAll(async () => {
  session = await openApp(base, 'da-DK', profile);
});
afterAll(async () => {
  await session?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('uploading an export', () => {
  const file = danishExport();

  it('detects the dialect, asks to confirm the columns, and reports every row not used', async () => {
    const page = session.page;
    await page.locator('input[type="file"][accept*=".csv"]').setInputFiles({ name: 'operationer.csv', mimeType: 'text/csv', buffer: file.bytes });
    const mapping = page.getByTestId('mapping');
    await mapping.waitFor();
    expect(await mapping.getByRole('combobox', { name: /^Skilletegn/ }).inputValue()).toBe(';');
    expect(await mapping.getByRole('combobox', { name: /^Decimaltegn/ }).inputValue()).toBe(',');
    expect(await mapping.getByRole('combobox', { name: /^Tegnkodning/ }).inputValue()).toBe('windows-1252');
    expect(await mapping.getByRole('combobox', { name: /^Enhed/ }).inputValue()).toBe('0');
    expect(await mapping.locator('table').textContent()).toContain('Hjerte Ø');
    await mapping.getByRole('combobox', { name: /^Periodelængde/ }).selectOption('month');
    await page.getByRole('button', { name: 'Indlæs filen' }).click();
    await page.locator('[data-status="ready"]').waitFor();

    const report = page.getByTestId('import-report');
    await report.locator('summary').click();
    const rejected = report.getByTestId('report-rejected').locator('tr');
    // Two measures per record (age, death): the three bad records give their rejections.
    const lines = (await rejected.locator('th').allTextContents()).map(Number);
    for (const bad of file.bad) expect(lines).toContain(bad.line);
    const summary = await report.locator('summary').textContent();
    const [, read, used, notUsed] = summary!.replace(/\s/g, '').match(/(\d+)værdierlæst:(\d+)bruges,(\d+)/)!.map(Number);
    expect(read).toBe(file.rows);
    expect(used! + notUsed!).toBe(read);
    expect(notUsed).toBe(await rejected.count());
    for (const bad of file.bad) {
      expect(await rejected.filter({ has: page.locator(`th:text-is("${bad.line}")`) }).first().textContent()).toMatch(bad.reason);
    }
    // Age and death per ward: 4 series of 12 months.
    await expect.poll(() => page.locator('li.card').count()).toBe(4);
  });

  it('keeps the file and its mapping after a reload, and does not ask again for the same columns', async () => {
    const page = session.page;
    await page.reload();
    await waitReady(session);
    expect(await page.locator('.status').textContent()).toContain('operationer.csv');
    await expect.poll(() => page.locator('li.card').count()).toBe(4);
    await page.locator('input[type="file"][accept*=".csv"]').setInputFiles({ name: 'operationer-2.csv', mimeType: 'text/csv', buffer: file.bytes });
    await page.locator('.status', { hasText: 'operationer-2.csv' }).waitFor();
    expect(await page.getByTestId('mapping').count()).toBe(0);
  });

  it('reads a Parquet export through the same mapping step', async () => {
    const page = session.page;
    const bytes = readFileSync('tests/ingest/fixtures/falls-rate.parquet');
    await page.locator('input[type="file"][accept*=".parquet"]').setInputFiles({ name: 'fald.parquet', mimeType: 'application/octet-stream', buffer: bytes });
    await page.getByTestId('mapping').waitFor();
    await page.getByRole('button', { name: 'Indlæs filen' }).click();
    await page.locator('.status', { hasText: 'fald.parquet' }).waitFor();
    await expect.poll(() => page.locator('li.card').count()).toBe(2);
    expect(await page.getByTestId('import-report').locator('summary').textContent()).toMatch(/24\s*værdier læst: 24 bruges, 0 bruges ikke/);
  });

  it('says why a file with no usable row was not read, and keeps the data shown before', async () => {
    const page = session.page;
    const csv = 'Dato;Afdeling;Værdi\n2024-01-01;A;<5\n2024-02-01;A;<5\n2024-03-01;A;..\n';
    await page.locator('input[type="file"][accept*=".csv"]').setInputFiles({ name: 'skjult.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('mapping').waitFor();
    // Every value is suppressed, so no column looks like values: the user must choose one.
    expect(await page.getByRole('button', { name: 'Indlæs filen' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Tilføj en indikatorkolonne' }).click();
    await page.getByRole('button', { name: 'Indlæs filen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Ingen række i filen kunne bruges' }).waitFor();
    const report = page.getByTestId('import-report');
    expect(await report.locator('summary').textContent()).toContain('skjult.csv');
    expect(await report.getByTestId('report-rejected').locator('tr').count()).toBe(3);
    expect(await report.getByTestId('report-rejected').textContent()).toContain('skjult værdi');
    // The Parquet data read before is still what is shown.
    expect(await page.locator('li.card').count()).toBe(2);
  });

  it('asks for the date format when the dates can be read two ways, and reads them as chosen', async () => {
    const page = session.page;
    await page.locator('input[type="file"][accept*=".csv"]').setInputFiles({ name: 'tvetydig.csv', mimeType: 'text/csv', buffer: readFileSync('tests/ingest/fixtures/slash-ambiguous.csv') });
    const format = page.getByRole('combobox', { name: /^Datoerne kan læses på mere end én måde/ });
    await format.waitFor();
    expect(await format.getAttribute('aria-invalid')).toBe('true');
    await format.selectOption({ label: '03/05/2024' });
    await page.getByRole('combobox', { name: /^Periodelængde/ }).selectOption('none');
    await page.getByRole('button', { name: 'Indlæs filen' }).click();
    await page.locator('.status[data-status="ready"]', { hasText: 'tvetydig.csv' }).waitFor();
    await page.locator('li.card .card-open').first().click();
    await page.getByTestId('data-table').waitFor({ state: 'attached' });
    // Read as MM/DD: 03/04/2024 is 4 March, 05/06/2024 is 6 May.
    const periods = await page.getByTestId('data-table').locator('tbody th').allTextContents();
    expect(periods).toEqual([new Intl.DateTimeFormat('da', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2024, 2, 4)), new Intl.DateTimeFormat('da', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2024, 4, 6))]);
  });
});
