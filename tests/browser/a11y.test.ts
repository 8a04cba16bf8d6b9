// WCAG 2.1 AA checks with axe-core in Chromium on every view a user reaches: the overview (cards
// and scorecard), the detail view with a point selected, and the column mapping step.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type Session } from './browser';

const base = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let session: Session;

interface Violation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations;
  });
  return found.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

beforeAll(async () => {
  session = await openApp(base, 'nb-NO');
});
afterAll(async () => {
  await session?.close();
});

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('overview as cards and as a scorecard table', async () => {
    const page = session.page;
    await page.locator('li.card').first().waitFor();
    await page.getByText('Hva symbolene betyr').click();
    await page.locator('.icon-legend li').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('combobox', { name: /^Vis som/ }).selectOption('table');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('combobox', { name: /^Vis som/ }).selectOption('cards');
  });

  it('detail view with a point chosen by keyboard', async () => {
    const page = session.page;
    await page.locator('li.card .card-open').first().focus();
    await page.keyboard.press('Enter');
    const chart = page.getByTestId('detail-chart');
    await chart.locator('.spc-point[tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByTestId('point-actions').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('point-actions-heading');
    expect(await violations(page)).toEqual([]);
  });

  it('overview and detail in the dark theme', async () => {
    const page = session.page;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Tilbake til oversikten' }).click();
    await page.locator('li.card').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await violations(page)).toEqual([]);
    await page.locator('li.card .card-open').first().click();
    await page.getByTestId('detail-chart').locator('.spc-point').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('column mapping step', async () => {
    const page = session.page;
    await page.getByRole('button', { name: 'Tilbake til oversikten' }).click();
    const csv = 'dato,enhet,verdi\n2024-01-01,A,1.5\n2024-02-01,A,2.5\n';
    await page.locator('input[type="file"][accept*=".csv"]').setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('mapping').waitFor();
    expect(await violations(page)).toEqual([]);
  });
});
