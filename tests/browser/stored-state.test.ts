// No stuck state: whatever is found in the browser's storage, the app starts with the sample
// reachable. A damaged record is set aside and offered in a "Recovered data" notice (as JSON), a
// corrupted remembered mapping is dropped and the mapping step opens, and no raw JavaScript error
// text reaches the user.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, waitReady, type Session } from './browser';

const base = inject('baseUrl');
let session: Session;

/** A small ward export whose columns the app cannot guess fully, so its mapping is asked and remembered. */
const WARD = Buffer.from('Ward;Day;Falls\nA;2024-01-01;2\nA;2024-01-02;3\nB;2024-01-01;1\nB;2024-02-01;4\n');

/**
 * A damage to a stored record: a replacement `value`, the record wrapped in an array, or the
 * record with some fields (`patch`) or some mapping fields (`mapping`) overwritten.
 */
type Damage = { value: unknown } | { wrap: true } | { patch?: Record<string, unknown>; mapping?: Record<string, unknown> };

/** Damage records straight in the app's IndexedDB store (as a damaged browser profile holds them). */
async function damage(records: Record<string, Damage>): Promise<void> {
  await session.page.evaluate(async (entries) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('spc-dashboard', 1);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    for (const [key, d] of Object.entries(entries)) {
      const store = () => db.transaction('kv', 'readwrite').objectStore('kv');
      const current = await new Promise<Record<string, unknown>>((resolve) => {
        const get = store().get(key);
        get.onsuccess = () => resolve(get.result);
      });
      let next: unknown;
      if ('value' in d) next = d.value;
      else if ('wrap' in d) next = [current];
      else {
        const overrides = (current.overrides ?? {}) as Record<string, unknown>;
        next = { ...current, ...d.patch };
        if (d.mapping) (next as Record<string, unknown>).overrides = { ...overrides, mapping: { ...(overrides.mapping as object), ...d.mapping } };
      }
      await new Promise((resolve) => {
        const put = store().put(next, key);
        put.onsuccess = resolve;
      });
    }
    db.close();
  }, records);
}

async function mappingKey(): Promise<string> {
  return session.page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('spc-dashboard', 1);
      req.onsuccess = () => resolve(req.result);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const req = db.transaction('kv').objectStore('kv').getAllKeys();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return String(keys.find((k) => String(k).startsWith('mapping:')));
  });
}

/** After a reload: the app is ready, the sample is shown, the notice names what was set aside. */
async function expectCleanStart(part: RegExp): Promise<void> {
  const page = session.page;
  await page.reload();
  await waitReady(session);
  await expect.poll(() => page.locator('li.card').count()).toBe(24);
  const notice = page.getByTestId('recovered');
  await notice.waitFor();
  expect(await notice.textContent()).toMatch(part);
  expect(await page.locator('body').textContent()).not.toMatch(/Cannot read|undefined|TypeError|\[object/);
  // The set-aside data can be downloaded as JSON, then dismissed.
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download as JSON' }).click()]);
  const text = await new Promise<string>((resolve, reject) => {
    download.createReadStream().then((stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    }, reject);
  });
  expect(Array.isArray(JSON.parse(text))).toBe(true);
  await notice.getByRole('button', { name: 'Dismiss and delete' }).click();
  await expect.poll(() => notice.count()).toBe(0);
}

beforeAll(async () => {
  session = await openApp(base, 'en-GB');
});
afterAll(async () => {
  await session?.close();
});

describe('damaged storage never leaves the user stuck', () => {
  it('a bad stored period setting for the sample: the sample starts clean', async () => {
    await damage({ file: { patch: { granularity: 'fortnight' } } });
    await expectCleanStart(/the saved file/);
  });

  it('garbage in the stored file, in several shapes: the sample starts clean', async () => {
    const variants: Damage[] = [
      { patch: { blob: 'garbage' } },
      { value: 'garbage' },
      { value: 42 },
      { wrap: true },
      { patch: { schema: 99 } },
      { mapping: { period: 'Månad' } },
    ];
    for (const variant of variants) {
      await damage({ file: variant });
      await expectCleanStart(/the saved file/);
    }
  });

  it('damaged settings, open series and preferences: each part starts clean', async () => {
    await damage({ settings: { value: 'garbage' }, selected: { value: { id: 5 } } });
    await session.page.evaluate(() => {
      localStorage.setItem('spc-dashboard:groupBy', '{not json');
      localStorage.setItem('spc-dashboard:locale', '"xx"');
    });
    await expectCleanStart(/the series settings.*the open series.*a display preference|a display preference.*the series settings/);
    expect(await session.page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('a corrupted remembered mapping is dropped and the mapping step opens', async () => {
    const page = session.page;
    const input = page.locator('input[type="file"][accept*=".csv"]');
    await input.setInputFiles({ name: 'ward.csv', mimeType: 'text/csv', buffer: WARD });
    await page.getByTestId('mapping').waitFor();
    await page.getByRole('button', { name: 'Read the file' }).click();
    await waitReady(session);
    const key = await mappingKey();
    expect(key).toMatch(/^mapping:/);
    const variants: Damage[] = [
      { mapping: { period: 7, measures: [] } },
      { value: 'garbage' },
      // Shape right, meaning wrong: the values are read from the ward names, so no row can be used.
      { mapping: { unit: null, measures: [{ kind: 'value', name: 'Falls', value: 0 }] } },
    ];
    for (const variant of variants) {
      await damage({ [key]: variant });
      await input.setInputFiles({ name: 'ward.csv', mimeType: 'text/csv', buffer: WARD });
      await page.getByTestId('mapping').waitFor();
      await page.getByTestId('recovered').waitFor();
      expect(await page.getByTestId('recovered').textContent()).toMatch(/a remembered column mapping/);
      await page.getByRole('button', { name: 'Read the file' }).click();
      await waitReady(session);
      expect(await page.locator('.status').textContent()).toContain('ward.csv');
      await page.getByTestId('recovered').getByRole('button', { name: 'Dismiss and delete' }).click();
    }
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/stored-state.png', fullPage: true });
  });

  it('"Load the sample" is reachable at the mapping step and after a file fails, with no raw error text', async () => {
    const page = session.page;
    const input = page.locator('input[type="file"][accept*=".csv"]');
    const loadSample = page.getByRole('button', { name: 'Load the sample data' });
    await input.setInputFiles({ name: 'bytes.csv', mimeType: 'text/csv', buffer: Buffer.from([0, 1, 2, 255, 254, 0, 10, 59, 10]) });
    await page.getByTestId('mapping').waitFor();
    await loadSample.click();
    await waitReady(session);
    expect(await page.locator('.status').textContent()).toContain('Showing the bundled sample data');
    expect(await page.getByTestId('mapping').count()).toBe(0);
    // A file with no usable row ends in an error, in the user's language; the sample is one click away.
    // (Months, not days: a list of days with no value is read as one row per event.)
    await input.setInputFiles({ name: 'words.csv', mimeType: 'text/csv', buffer: Buffer.from('Month;Falls\n2024-01;many\n2024-02;few\n') });
    await page.getByTestId('mapping').waitFor();
    await page.getByRole('button', { name: 'Add a measure column' }).click();
    await page.getByRole('button', { name: 'Read the file' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'words.csv' });
    await alert.waitFor();
    expect(await alert.textContent()).not.toMatch(/TypeError|Cannot read|undefined|Error:/);
    await loadSample.click();
    await waitReady(session);
    expect(await page.locator('.status').textContent()).toContain('Showing the bundled sample data');
    await expect.poll(() => page.locator('li.card').count()).toBe(24);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/stored-state-sample.png', fullPage: true });
  });
});
