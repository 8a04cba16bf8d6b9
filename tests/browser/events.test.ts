// Rare events in the app (issue 11 item 3): the falls-with-injury sample opened from the sample
// picker by keyboard gives one T chart per unit (days between falls); the open interval since a
// unit's last fall is a hollow, provisional point named "days since the last event" in the chart,
// its accessible name, the legend and the data table. The choice survives a reload; axe clean in
// light and dark; screenshots at a phone's and a laptop's width.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, waitReady, type Session } from './browser';

const base = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let session: Session;

const MEASURE = 'Fall med skada';
const PROVISIONAL = 'Days since the last event (provisional)';
/** The units of the sample and the day of its last fall, read from the file itself. */
const TEXT = readFileSync('data-samples/falls-events-sv.csv', 'utf8');
const ROWS = TEXT.trim().split(/\r?\n/).slice(1).map((l) => l.split(';') as [string, string, string]);
const UNITS = [...new Set(ROWS.map((r) => r[1]))].sort();
const LAST = ROWS.map((r) => r[0]).sort().at(-1)!;
const lastOf = (unit: string) => ROWS.filter((r) => r[1] === unit).map((r) => r[0]).sort().at(-1)!;

async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    type Violation = { id: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
  });
  return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

async function checkView(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await violations(page), `${name} (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  for (const [width, height] of [[390, 844], [1366, 768]] as const) {
    await page.setViewportSize({ width, height });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-artifacts/events-${width}-${name}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const card = (page: Page, unit: string) => page.getByRole('button', { name: `Open ${MEASURE}, ${unit}` });

beforeAll(async () => {
  mkdirSync('test-artifacts', { recursive: true });
  session = await openApp(base, 'en-GB');
}, 120_000);
afterAll(async () => {
  await session?.close();
});

describe('the falls event sample', () => {
  it('opens from the sample picker with the keyboard; the quality sample stays the default', async () => {
    const page = session.page;
    // A first visit shows the quality sample.
    await page.getByRole('button', { name: /^Open Riskbedömning inom 24 h, / }).first().waitFor();
    // With data on screen the picker is folded away under "More".
    await page.locator('.more-actions summary').click();
    const picker = page.getByTestId('sample-picker');
    const select = picker.getByRole('combobox');
    expect(await select.locator('option').allTextContents()).toEqual([
      'Quality measures per month (kvalitet-sv.csv)',
      'Falls with injury, one row per fall (falls-events-sv.csv)',
    ]);
    // The sample not on screen is offered first.
    expect(await select.inputValue()).toBe('falls-events-sv.csv');
    await select.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Load the sample data');
    await page.keyboard.press('Enter');
    await card(page, UNITS[0]!).waitFor();
    await waitReady(session);
    for (const unit of UNITS) await card(page, unit).waitFor();
    expect(await page.getByRole('button', { name: /^Open Riskbedömning/ }).count()).toBe(0);
    await checkView(page, 'overview');
  }, 180_000);

  it('charts each unit as a T chart; the open interval is a hollow provisional point, named everywhere', async () => {
    const page = session.page;
    for (const unit of UNITS) {
      await card(page, unit).click();
      await page.locator('#detail-heading').waitFor();
      expect(await page.locator('.chart-kind').textContent(), unit).toContain('T chart');
      const chart = page.getByTestId('detail-chart');
      await chart.locator('.spc-point').first().waitFor();
      const provisional = chart.locator('.spc-point--provisional');
      if (lastOf(unit) === LAST) {
        // A fall on the file's last day leaves no open interval.
        expect(await provisional.count(), unit).toBe(0);
      } else {
        expect(await provisional.count(), unit).toBe(1);
        const days = (Date.parse(LAST) - Date.parse(lastOf(unit))) / 86_400_000;
        const name = (await provisional.getAttribute('aria-label')) ?? '';
        expect(name).toContain(`${days}`);
        expect(name).toContain('days since the last event (provisional): not in the limits');
        expect(await provisional.locator('title').textContent()).toBe(name);
        // Hollow and dashed: the one style of a provisional mark.
        const symbol = provisional.locator('.spc-point-symbol');
        expect(await symbol.getAttribute('data-mark')).toBe('provisional');
        expect(await symbol.getAttribute('stroke-dasharray')).not.toBeNull();
        expect(await chart.locator('[data-legend="provisional"]').textContent()).toBe(PROVISIONAL);
        // The last row of the data table names it too.
        const lastRow = page.getByTestId('data-table').locator('tbody tr').last();
        expect(await lastRow.textContent()).toContain(PROVISIONAL);
        // Keyboard: End reaches the provisional point, the last one.
        await chart.locator('.spc-point[tabindex="0"]').focus();
        await page.keyboard.press('End');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('class') ?? '')).toContain('spc-point--provisional');
        if (unit === UNITS[0]) await checkView(page, 'detail');
      }
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview' }).click();
    }
  }, 240_000);

  it('is still the sample shown after a reload', async () => {
    const page = session.page;
    await page.reload();
    await waitReady(session);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview' }).click();
    for (const unit of UNITS) await card(page, unit).waitFor();
    expect(await page.getByTestId('sample-picker').locator('select').inputValue()).toBe('kvalitet-sv.csv');
  }, 120_000);
});
