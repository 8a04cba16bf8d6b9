// Keyboard alone: open a series, choose a point, close its actions with Escape (focus returns to
// the point), switch to another series and back (nothing of the first one's point, menu, form or
// table scroll is left), go back to the overview (focus returns to the card opened); Back and Forward move
// between views; a link to a series that is not loaded says so.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, type Session } from './browser';

const base = inject('baseUrl');
let session: Session;

beforeAll(async () => {
  session = await openApp(base, 'en-GB');
});
afterAll(async () => {
  await session?.close();
});

const active = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return {
      id: a?.id ?? '',
      position: a?.getAttribute('data-position') ?? null,
      series: a?.closest('[data-series]')?.getAttribute('data-series') ?? null,
      opens: a?.hasAttribute('data-opens-series') ?? false,
    };
  });

describe('focus with the keyboard alone', () => {
  let series = '';
  let other = '';

  it('opening a card puts focus on the detail heading', async () => {
    const page = session.page;
    const card = page.locator('li.card').nth(5);
    series = (await card.getAttribute('data-series'))!;
    other = (await page.locator('li.card').nth(6).getAttribute('data-series'))!;
    await card.locator('.card-open').focus();
    await page.keyboard.press('Enter');
    await page.locator('#detail-heading').waitFor();
    await expect.poll(async () => (await active(page)).id).toBe('detail-heading');
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/series/${series}`);
  });

  it('a point chosen with the keyboard is ringed and its actions open beside it, inside the viewport', async () => {
    const page = session.page;
    const chart = page.getByTestId('detail-chart');
    await chart.locator('.spc-point[tabindex="0"]').focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    expect((await active(page)).position).toBe('7');
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('point-actions');
    await panel.waitFor();
    expect((await active(page)).id).toBe('point-actions-heading');
    await expect.poll(() => chart.locator('.spc-point--selected').getAttribute('data-position')).toBe('7');
    const [box, point, viewport] = await Promise.all([
      panel.boundingBox(),
      chart.locator('.spc-point[data-position="7"]').boundingBox(),
      page.evaluate(() => ({ width: innerWidth, height: innerHeight })),
    ]);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    // Within a pixel: scrolling into view lands on sub-pixel positions.
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height + 1);
    // Beside the point: its top or bottom edge within 40 px of the point.
    expect(Math.min(Math.abs(box!.y - (point!.y + point!.height)), Math.abs(box!.y + box!.height - point!.y))).toBeLessThan(40);
  });

  it('Escape closes the actions and returns focus to that point', async () => {
    const page = session.page;
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('point-actions').count()).toBe(0);
    expect((await active(page)).position).toBe('7');
    expect(await page.getByTestId('detail-chart').locator('.spc-point--selected').count()).toBe(0);
  });

  it('another series from a detail view starts afresh: focus on its heading, no point, menu, goal text or table scroll of the first', async () => {
    const page = session.page;
    const detail = page.locator('section.detail');
    await page.getByTestId('export-menu').locator('summary').click();
    await page.getByTestId('detail-chart').locator('.spc-point').nth(3).click();
    await page.getByTestId('point-actions').waitFor();
    expect(await page.getByTestId('export-menu').evaluate((e) => (e as HTMLDetailsElement).open)).toBe(true);
    await page.locator('input[name="goal"]').fill('12');
    const table = detail.locator('.table-wrap');
    await table.evaluate((e) => e.scrollTo(0, 200));
    expect(await table.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
    const title = await page.locator('#detail-heading').textContent();

    await page.evaluate((id) => (location.hash = `#/series/${encodeURIComponent(id)}`), other);
    await expect.poll(() => detail.getAttribute('data-series')).toBe(other);
    await expect.poll(async () => (await active(page)).id).toBe('detail-heading');
    expect(await page.locator('#detail-heading').textContent()).not.toBe(title);
    expect(await page.getByTestId('detail-chart').locator('title').first().textContent()).toBe(await page.locator('#detail-heading').textContent());
    expect(await page.getByTestId('point-actions').count()).toBe(0);
    expect(await page.getByTestId('detail-chart').locator('.spc-point--selected').count()).toBe(0);
    expect(await page.getByTestId('export-menu').evaluate((e) => (e as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('input[name="goal"]').inputValue()).toBe('');
    expect(await table.evaluate((e) => e.scrollTop)).toBe(0);
    await page.screenshot({ path: 'test-artifacts/focus-switched-detail.png', fullPage: true });

    await page.goBack();
    await expect.poll(() => detail.getAttribute('data-series')).toBe(series);
    await expect.poll(async () => (await active(page)).id).toBe('detail-heading');
    expect(await page.locator('#detail-heading').textContent()).toBe(title);
  });

  it('"Back to the overview" returns focus to the card that was opened', async () => {
    const page = session.page;
    await page.getByRole('button', { name: 'Back to the overview' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('li.card').first().waitFor();
    await expect.poll(async () => (await active(page)).series).toBe(series);
    expect((await active(page)).opens).toBe(true);
  });

  it('Back and Forward move between the views, focus going to each heading', async () => {
    const page = session.page;
    await page.goBack();
    await page.locator('#detail-heading').waitFor();
    await expect.poll(async () => (await active(page)).id).toBe('detail-heading');
    await page.goForward();
    await page.locator('#overview-heading').waitFor();
    await expect.poll(async () => (await active(page)).series).toBe(series);
  });

  it('a link to a series that is not in the loaded data says so plainly', async () => {
    const page = session.page;
    await page.goto(`${base}#/series/${encodeURIComponent(JSON.stringify(['Nothing like this', 'Ward 99']))}`);
    const missing = page.getByTestId('missing-series');
    await missing.waitFor({ timeout: 60_000 });
    expect(await missing.textContent()).toContain('Nothing like this · Ward 99');
    await page.getByRole('button', { name: 'Back to the overview' }).click();
    await page.locator('li.card').first().waitFor();
  });
});
