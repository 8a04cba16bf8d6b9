// The dashboard as a newcomer uses it, in Chromium: the overview shows what the engine says
// about every sample series; a goal, a phase split, an exclusion and an annotation made through
// the UI appear on the detail chart, and all of it survives a reload.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { offOrigin, openApp, waitReady, type Session } from './browser';
import { expectedSample } from './expected';

const base = inject('baseUrl');
const profile = mkdtempSync(join(tmpdir(), 'spc-dashboard-'));
let expected: Awaited<ReturnType<typeof expectedSample>>;
let session: Session;

beforeAll(async () => {
  expected = await expectedSample();
  session = await openApp(base, 'sv-SE', profile);
});
afterAll(async () => {
  await session?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('overview', () => {
  it('shows every sample series with the variation and assurance icons the engine gives', async () => {
    const cards = session.page.locator('li.card');
    await expect.poll(() => cards.count()).toBe(24);
    expect(expected).toHaveLength(24);
    for (const e of expected) {
      const card = session.page.locator(`li.card[data-series="${e.input.id.replaceAll('"', '\\"')}"]`);
      await expect.poll(() => card.locator('svg.icon-variation').getAttribute('class')).toContain(`icon--${e.result!.variation}`);
      expect(await card.locator('svg.icon-assurance').getAttribute('class')).toContain(`icon--${e.result!.assurance ?? 'none'}`);
    }
    // The sample is built so that both kinds of signal occur.
    const variations = new Set(expected.map((e) => e.result!.variation));
    expect(variations).toContain('special-cause-improvement');
    expect(variations).toContain('special-cause-concern');
  });

  it('puts the series that needs attention first, and finds series by search', async () => {
    const page = session.page;
    const top = Math.max(...expected.map((e) => e.score));
    const firstId = await page.locator('li.card').first().getAttribute('data-series');
    expect(expected.find((e) => e.input.id === firstId)!.score).toBe(top);
    await page.getByLabel('Sök').fill('trycksår kirurgi');
    await expect.poll(() => page.locator('li.card').count()).toBe(1);
    await page.getByLabel('Sök').fill('');
    await page.getByLabel('Visa som').selectOption('table');
    await expect.poll(() => page.locator('table.scorecard tbody tr').count()).toBe(24);
    await page.getByLabel('Visa som').selectOption('cards');
  });
});

describe('a newcomer acts on the measure that needs attention', () => {
  const note = 'Ny rutin <b>PDSA 1</b>';
  /** Phases the change log already gives the series (the sample's change): the user's split adds one. */
  let logSplits = 0;

  it('opens it, sets a goal, splits a phase, excludes a point and annotates the change', async () => {
    const page = session.page;
    await page.locator('li.card .card-open').first().click();
    const chart = page.getByTestId('detail-chart');
    await chart.locator('.spc-point').first().waitFor();
    const points = await chart.locator('.spc-point').count();
    expect(points).toBeGreaterThan(20);
    logSplits = await chart.locator('.spc-phase-separator').count();

    await page.getByRole('textbox', { name: 'Mål', exact: true }).fill('12,5');
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    await expect.poll(() => chart.locator('.spc-goal').count()).toBeGreaterThan(0);

    // Split after point 18 (keyboard: focus a point, move with arrows, Enter).
    await chart.locator('.spc-point[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    for (let i = 1; i < 18; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Starta en ny fas efter den här punkten' }).click();
    await page.getByRole('textbox', { name: 'Kommentar (t.ex. ett PDSA-test eller en ny rutin)' }).fill(note);
    await page.getByRole('button', { name: 'Lägg till kommentar' }).click();
    await expect.poll(() => chart.locator('.spc-phase-separator').count()).toBe(logSplits + 1);

    await chart.locator('.spc-point').nth(4).click();
    await page.getByRole('textbox', { name: 'Skäl till att exkludera' }).fill('Dataläckage i exporten');
    await page.getByRole('button', { name: 'Exkludera punkten' }).click();
    await expect.poll(() => chart.locator('.spc-point--excluded').count()).toBe(1);
    await expect.poll(() => chart.locator('.spc-annotation', { hasText: note }).textContent()).toContain(note);
    expect(await chart.locator('.spc-annotation b').count()).toBe(0);
    await expect.poll(() => page.getByTestId('verdict').count()).toBe(1);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/detail.png', fullPage: true });
  });

  it('keeps all of it after a reload', async () => {
    const page = session.page;
    await page.reload();
    await waitReady(session);
    const chart = page.getByTestId('detail-chart');
    await chart.locator('.spc-point').first().waitFor();
    expect(await chart.locator('.spc-goal').count()).toBeGreaterThan(0);
    expect(await chart.locator('.spc-phase-separator').count()).toBe(logSplits + 1);
    expect(await chart.locator('.spc-point--excluded').count()).toBe(1);
    expect(await chart.locator('.spc-annotation', { hasText: note }).count()).toBe(1);
    const table = page.getByTestId('data-table');
    expect(await table.textContent()).toContain('Dataläckage i exporten');
    expect(await table.locator('tbody tr').first().locator('td').nth(0).textContent()).toBe('1');
  });

  it('downloads the chart as a standalone SVG for the board meeting', async () => {
    const page = session.page;
    await page.getByTestId('export-menu').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bild (SVG)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = readFileSync(await download.path(), 'utf8');
    expect(svg).toMatch(/^<\?xml [^>]*>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Ny rutin &lt;b&gt;PDSA 1&lt;/b&gt;');
  });

  it('closes the point actions with Escape', async () => {
    const page = session.page;
    await page.getByTestId('detail-chart').locator('.spc-point').nth(2).click();
    await page.getByTestId('point-actions').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('point-actions').count()).toBe(0);
  });

  it('freezes a baseline at a point', async () => {
    const page = session.page;
    const chart = page.getByTestId('detail-chart');
    await chart.locator('.spc-point').nth(8).click();
    await page.getByRole('button', { name: 'Använd punkterna hit som baslinje' }).click();
    await expect.poll(() => chart.locator('.spc-baseline').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Använd punkterna hit som baslinje' }).click();
    await expect.poll(() => chart.locator('.spc-baseline').count()).toBe(0);
  });

  it('exports the settings as JSON without data rows, and imports them into a fresh browser', async () => {
    const page = session.page;
    // Once data is loaded the settings file buttons sit in the compact bar's disclosure.
    await page.locator('.more-actions summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera inställningar' }).click()]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    const doc = JSON.parse(text) as { format: string; series: { measure: string; unit: string; settings: { annotations: { text: string }[] } }[] };
    expect(doc.format).toBe('spc-dashboard-settings');
    expect(doc.series.some((s) => s.settings.annotations.some((a) => a.text === note))).toBe(true);
    // No data values travel in the file: no numerator of the sample appears in it.
    expect(text).not.toMatch(/Täljare|Nämnare|"y"|"n":/);

    const other = await openApp(base, 'sv-SE');
    try {
      await other.page.locator('input[type="file"][accept*=".json"]').setInputFiles({ name: 'inst.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await other.page.locator('.status', { hasText: 'Inställningar för 24 serier importerade' }).waitFor();
      const id = doc.series.find((s) => s.settings.annotations.length > 0)!;
      await other.page.getByRole('button', { name: `Öppna ${id.measure}, ${id.unit}` }).click();
      await expect.poll(() => other.page.getByTestId('detail-chart').locator('.spc-annotation', { hasText: note }).count()).toBe(1);
      await other.page.locator('input[type="file"][accept*=".json"]').setInputFiles({ name: 'fel.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
      await other.page.getByRole('alert').filter({ hasText: 'inte en inställningsfil' }).waitFor();
    } finally {
      await other.close();
    }
  });

  it('keeps the language too, and nothing was requested from another origin', async () => {
    const page = session.page;
    await page.getByLabel('Språk').selectOption('nb');
    await page.reload();
    await waitReady(session);
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    expect(await page.getByRole('button', { name: 'Tilbake til oversikten' }).count()).toBe(1);
    await page.getByLabel('Språk').selectOption('sv');
    expect(offOrigin(session.requests, base)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
