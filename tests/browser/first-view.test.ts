// A first visit draws the bundled sample from the build's preview while DuckDB starts (issue 10:
// firstChart < duckdbInit). DuckDB's wasm is held back here, so the cards can only come from the
// preview; once it is released, the sample read into DuckDB gives the same series and the cards
// drawn first stay (the same elements, the same text).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './browser';

const base = inject('baseUrl');

describe('the first view', () => {
  let session: Session;
  let release: () => void = () => {};
  beforeAll(async () => {
    session = await openSession('sv-SE');
    const held = new Promise<void>((resolve) => (release = resolve));
    await session.context.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
  });
  afterAll(async () => {
    release();
    await session?.close();
  });

  it('shows the sample’s cards before DuckDB has started, and keeps them once it has', async () => {
    const page = session.page;
    await page.goto(base);
    await expect.poll(() => page.locator('li.card').count()).toBe(24);
    expect(await page.locator('.status').getAttribute('data-status')).toBe('starting');
    const drawnFirst = await page.locator('li.card').allTextContents();
    await page.evaluate(() => document.querySelectorAll('li.card').forEach((el) => el.setAttribute('data-first', '')));

    release();
    await page.locator('[data-status="ready"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('li.card').allTextContents()).toEqual(drawnFirst);
    expect(await page.locator('li.card[data-first]').count()).toBe(24);
    expect(await page.getByRole('status').first().textContent()).toContain('864');
    expect(session.consoleErrors).toEqual([]);
  });
});
