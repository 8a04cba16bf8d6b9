// Every screen, every reader: the overview, the scorecard, a detail chart with many signals and
// the mapping step at a phone (390 px), a laptop (1366×768) and a wall screen (1920×1080), saved to
// test-artifacts/. Fails on horizontal page scroll (down to 320 px, WCAG 1.4.10) and on signal
// labels whose boxes overlap; a laptop shows at least 8 cards without scrolling.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { openApp, waitReady, type Session } from './browser';

const base = inject('baseUrl');
let session: Session;
/** The sample series with the most flagged points (a p chart with runs of signals). */
const MANY_SIGNALS = JSON.stringify(['Riskbedömning inom 24 h', 'Avd 14 Kirurgi']);
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'wall', width: 1920, height: 1080 },
] as const;

beforeAll(async () => {
  mkdirSync('test-artifacts', { recursive: true });
  session = await openApp(base, 'en-GB');
});
afterAll(async () => {
  await session?.close();
});
// Each test starts from a freshly loaded page, so one failure does not leave the next in its state.
beforeEach(async () => {
  await session.page.goto(base);
  await waitReady(session);
});

/** Elements that reach past the right edge of the page (empty when nothing scrolls sideways). */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    // Name the outermost offenders (inside a scroll region of its own, an element is fine).
    const scrolls = (e: Element) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5 && ![...ancestors(e)].some(scrolls))
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.getAttribute('class') ?? '')} → ${Math.round(e.getBoundingClientRect().right)} px`);
    function* ancestors(e: Element) {
      for (let a = e.parentElement; a; a = a.parentElement) yield a;
    }
  });
}

/** Moves to a view through the address's hash, as a link would (never reloads the page). */
async function go(page: Page, hash: string) {
  await page.evaluate((h) => {
    if (decodeURIComponent(location.hash) !== decodeURIComponent(h)) location.hash = h;
  }, hash);
}

/** Pairs of signal labels (and count lines) whose on-screen boxes overlap. */
async function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.spc-rule-label, .spc-rule-count')].map((e) => ({ text: e.textContent, r: e.getBoundingClientRect() }));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
      }
    return out;
  });
}

/** The display options (folded away on a phone) opened, to reach "Show as". */
async function openOptions(page: Page) {
  // The options are a folded <details> only at a phone's width; the overview swaps it for the
  // plain controls when the viewport grows (the element is replaced): retry until either holds.
  const folded = page.locator('details.view-options:not([open])');
  await expect
    .poll(async () => {
      if ((await folded.count()) === 0) return true;
      await folded.locator('summary').click({ timeout: 5_000 }).catch(() => undefined);
      return (await folded.count()) === 0;
    }, { timeout: 60_000 })
    .toBe(true);
}

async function showOverview(page: Page, layout: 'cards' | 'table') {
  await go(page, '#/overview?group=measure');
  await page.locator('#overview-heading').waitFor({ timeout: 60_000 });
  await openOptions(page);
  await page.getByRole('combobox', { name: /^Show as/ }).selectOption(layout);
  await page.locator(layout === 'cards' ? 'li.card' : 'table.scorecard tbody tr').first().waitFor();
}

async function showDetail(page: Page) {
  await go(page, `#/series/${encodeURIComponent(MANY_SIGNALS)}`);
  await page.getByTestId('detail-chart').locator('.spc-point').first().waitFor({ timeout: 60_000 });
}

describe('layout at phone, laptop and wall-screen widths', () => {
  for (const size of SIZES) {
    it(`${size.name} (${size.width}×${size.height}): overview, scorecard, detail and mapping fit and are saved`, async () => {
      const page = session.page;
      await page.setViewportSize({ width: size.width, height: size.height });

      await showOverview(page, 'cards');
      expect(await horizontalOverflow(page)).toEqual([]);
      await page.screenshot({ path: `test-artifacts/layout-${size.width}-overview.png` });
      if (size.name === 'laptop') {
        await page.evaluate(() => scrollTo(0, 0));
        const visible = await page.locator('li.card').evaluateAll((cards) => cards.filter((c) => c.getBoundingClientRect().bottom <= innerHeight).length);
        expect(visible).toBeGreaterThanOrEqual(8);
      }

      await showOverview(page, 'table');
      expect(await horizontalOverflow(page)).toEqual([]);
      await page.screenshot({ path: `test-artifacts/layout-${size.width}-scorecard.png` });
      await openOptions(page);
      await page.getByRole('combobox', { name: /^Show as/ }).selectOption('cards');

      await showDetail(page);
      const chart = page.getByTestId('detail-chart');
      expect(await chart.locator('.spc-point--flagged').count()).toBeGreaterThanOrEqual(10);
      expect(await chart.locator('.spc-rule-label').count()).toBeGreaterThan(0);
      expect(await overlappingLabels(page)).toEqual([]);
      expect(await chart.locator('.spc-axis--x .tick').count()).toBeGreaterThanOrEqual(3);
      expect(await horizontalOverflow(page)).toEqual([]);
      await page.screenshot({ path: `test-artifacts/layout-${size.width}-detail.png`, fullPage: true });

      await go(page, '#/overview?group=measure');
      await page.locator('li.card').first().waitFor({ timeout: 60_000 });
      const csv = 'date;ward;falls;bed days\n2024-01-01;A;3;410\n2024-02-01;A;5;398\n2024-03-01;A;2;420\n';
      await page.locator('input[type="file"][accept*=".csv"]').setInputFiles({ name: 'wards.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByTestId('mapping').waitFor({ timeout: 60_000 });
      expect(await horizontalOverflow(page)).toEqual([]);
      await page.screenshot({ path: `test-artifacts/layout-${size.width}-mapping.png`, fullPage: true });
      await page.getByTestId('mapping').getByRole('button', { name: 'Cancel' }).click();
    });
  }

  it('no horizontal page scroll at 320 px in any view (WCAG 1.4.10 reflow)', async () => {
    const page = session.page;
    await page.setViewportSize({ width: 320, height: 640 });
    await showOverview(page, 'cards');
    expect(await horizontalOverflow(page)).toEqual([]);
    await showOverview(page, 'table');
    expect(await horizontalOverflow(page)).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/layout-320-scorecard.png', fullPage: true });
    await openOptions(page);
    await page.getByRole('combobox', { name: /^Show as/ }).selectOption('cards');
    await showDetail(page);
    expect(await overlappingLabels(page)).toEqual([]);
    await page.getByTestId('detail-chart').locator('.spc-point').nth(20).click();
    await page.getByTestId('point-actions').waitFor();
    expect(await horizontalOverflow(page)).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/layout-320-detail.png', fullPage: true });
  });

  it('a wall screen shows the overview alone in large type, and cycles group by group when asked', async () => {
    const page = session.page;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await showOverview(page, 'cards');
    await page.getByRole('button', { name: 'Wall screen', exact: true }).click();
    await page.locator('.overview.wall').waitFor();
    expect(await page.locator('.toolbar, .overview-controls, .app-header').count()).toBe(0);
    await page.screenshot({ path: 'test-artifacts/layout-1920-wall.png' });
    await page.getByRole('button', { name: 'Leave the wall screen' }).click();
    await page.getByRole('button', { name: 'Wall screen, one group at a time' }).click();
    await page.locator('.overview.wall').waitFor();
    expect(await page.locator('section.group').count()).toBe(1);
    await page.goBack();
    await page.locator('.overview-controls').waitFor();
  });

  it('the dark theme, chosen in the header, is kept after a reload', async () => {
    const page = session.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await showDetail(page);
    await page.getByRole('combobox', { name: /^Theme/ }).selectOption('dark');
    await page.reload();
    await page.getByTestId('detail-chart').locator('.spc-point').first().waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(18, 20, 23)');
    await page.screenshot({ path: 'test-artifacts/layout-1366-detail-dark.png', fullPage: true });
    await page.getByRole('combobox', { name: /^Theme/ }).selectOption('system');
  });
});
