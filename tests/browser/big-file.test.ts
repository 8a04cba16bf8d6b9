// Big files with a plan: before reading, the mapping step estimates rows and time from the file
// size and the inspected records; a file past what the browser can hold is refused before a byte
// is read, with a pointer to the command line, and the data shown stays.
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BROWSER_FILE_LIMIT_BYTES } from '../../src/lib/workspace/readPlan';
import { openApp, type Session } from './browser';

const base = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'spc-big-'));
let session: Session;

/** `records` daily rows of 40 wards, about 35 bytes each (the bench's Swedish-style export). */
function wardRows(records: number, from = 0): string {
  const parts: string[] = [];
  for (let i = from; i < from + records; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String(((i >> 5) % 12) + 1).padStart(2, '0');
    parts.push(`Avd ${i % 40};2024-${month}-${day};${(i % 97) + 1},5;${i % 7};${(i % 7) + 20}\n`);
  }
  return parts.join('');
}
const HEADER = 'Enhet;Datum;Värde;Täljare;Nämnare\n';

beforeAll(async () => {
  session = await openApp(base, 'en-GB');
});
afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a big file', () => {
  it('shows an estimate of rows and reading time before reading (a 20 MB export)', async () => {
    const page = session.page;
    const records = 750_000;
    const bytes = Buffer.from(HEADER + wardRows(records));
    expect(bytes.length).toBeGreaterThan(20_000_000);
    const file = join(dir, 'stor.csv');
    const fd = openSync(file, 'w');
    writeSync(fd, bytes);
    closeSync(fd);
    await page.locator('input[type="file"][accept*=".csv"]').setInputFiles(file);
    const estimate = page.getByTestId('read-estimate');
    await estimate.waitFor();
    const text = (await estimate.textContent())!;
    // Rows are records × measures of the mapping (one or a few here): within 10 % of the truth.
    const rows = Number(text.match(/about ([\d,]+) rows/)![1]!.replace(/,/g, ''));
    const measures = Math.round(rows / records);
    expect(measures).toBeGreaterThanOrEqual(1);
    expect(Math.abs(rows / measures - records) / records).toBeLessThan(0.1);
    expect(text).toMatch(/reading it takes about \d+ (s|min)\./);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/big-file-estimate.png' });
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('refuses a file past the limit before reading it, points to the command line, and keeps the data shown', async () => {
    const page = session.page;
    await expect.poll(() => page.locator('li.card').count()).toBe(24);
    // Just past the limit: a 1 MB block of rows written again and again.
    const file = join(dir, 'huge.csv');
    const block = Buffer.from(wardRows(30_000));
    const fd = openSync(file, 'w');
    writeSync(fd, HEADER);
    for (let written = 0; written <= BROWSER_FILE_LIMIT_BYTES; written += block.length) writeSync(fd, block);
    closeSync(fd);
    await page.locator('input[type="file"][accept*=".csv"]').setInputFiles(file);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toMatch(/huge\.csv is 20\d(\.\d)? MB, more than this browser can read safely \(200 MB\)/);
    expect(text).toContain('npm run --silent spc -- huge.csv --period month');
    expect(await page.getByTestId('mapping').count()).toBe(0);
    expect(await page.locator('li.card').count()).toBe(24);
    await page.screenshot({ path: 'test-artifacts/big-file-refused.png' });
  });
});
