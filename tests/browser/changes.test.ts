// The change log drives the charts (issue 11 items 1, 2, 5): a change created in the UI splits the
// chart of every unit it names, survives a reload and a settings file moved to a fresh profile,
// and shows in the spread view with a verdict per unit and the summary sentence; the goal-
// fulfilment view's counts equal goalFulfilment() of the sample computed here in Node. Axe in
// light and dark, Back/Forward between the views, screenshots at 320, 390, 1366 and 1920 px (no sideways scroll at any).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { csvDialect } from '../../src/lib/export/csv';
import { fulfilmentCsv } from '../../src/lib/export/fulfilment';
import { messages } from '../../src/lib/i18n';
import { spreadSentence } from '../../src/lib/i18n/sentences';
import { evaluate } from '../../src/lib/workspace/evaluate';
import { goalFulfilment } from '../../src/lib/workspace/fulfilment';
import { DEFAULT_SETTINGS, seriesId } from '../../src/lib/workspace/settings';
import { parseSettingsDocument } from '../../src/lib/workspace/settingsFile';
import { spreadOf } from '../../src/lib/workspace/spread';
import { sampleInputs } from '../workspace/sample';
import { openApp, waitReady, type Session } from './browser';

const base = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let session: Session;
/** The settings file exported after the change was made: the Node side computes from it. */
let exported = '';

const NAME = 'Daily safety huddle';
const MEASURE = 'Fall per 1 000 vårddygn';
const DATES: Record<string, string> = { 'Avd 12 Medicin': '2024-03-01', 'Avd 14 Kirurgi': '2024-06-01', 'Geriatrik Norr': '2024-09-01' };
const OTHER_UNIT = 'Hemsjukvård Syd';

async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    type Violation = { id: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
  });
  return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Axe in the light and the dark theme, and the page saved at a phone's and a laptop's width. */
async function checkView(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await violations(page), `${name} (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  for (const [width, height] of [[320, 640], [390, 844], [1366, 768], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-artifacts/changes-${width}-${name}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Views' });
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function openSeries(page: Page, unit: string, measure = MEASURE) {
  await nav(page).getByRole('button', { name: 'Overview' }).click();
  await page.getByRole('button', { name: `Open ${measure}, ${unit}` }).click();
  await page.locator('#detail-heading').waitFor();
}

/** The names annotated on the detail chart, and how many phases its centre line has. */
async function chartPhases(page: Page) {
  const chart = page.getByTestId('detail-chart');
  await chart.locator('.spc-point').first().waitFor();
  const notes = await chart.locator('.spc-annotation text').allTextContents();
  const phases = new Set(await chart.locator('.spc-cl').evaluateAll((els) => els.map((e) => e.getAttribute('data-phase'))));
  return { notes, phases: phases.size };
}

beforeAll(async () => {
  mkdirSync('test-artifacts', { recursive: true });
  session = await openApp(base, 'en-GB');
}, 120_000);
afterAll(async () => {
  await session?.close();
});

describe('the change log drives the charts', () => {
  it('creates a change in the change log, with errors in the user’s language first', async () => {
    const page = session.page;
    await page.locator('.change-log-panel summary').click();
    const log = page.getByTestId('change-log');
    await log.getByRole('button', { name: 'New change' }).click();
    await log.getByRole('button', { name: 'Save the change' }).click();
    const problems = page.getByTestId('change-problems');
    await expect.poll(() => problems.textContent()).toContain('Give the change a name.');
    expect(await problems.textContent()).toContain('Choose at least one measure it targets.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('change-problems');

    await log.getByLabel('Name', { exact: true }).fill(NAME);
    await log.getByLabel('Description').fill('Ten minutes at the start of each shift on patients at risk of falling.');
    await log.getByRole('checkbox', { name: MEASURE }).check();
    await log.locator('input[data-unit="Avd 12 Medicin"]').fill('2024-02-30');
    await log.getByRole('button', { name: 'Save the change' }).click();
    await expect.poll(() => problems.textContent()).toContain('The date for Avd 12 Medicin (“2024-02-30”) is not a date.');

    for (const [unit, date] of Object.entries(DATES)) await log.getByRole('textbox', { name: unit, exact: true }).fill(date);
    await log.getByRole('button', { name: 'Save the change' }).click();
    await log.getByRole('status').filter({ hasText: `“${NAME}” is saved.` }).waitFor();
    expect(await log.locator('li[data-change]').count()).toBe(2);
  }, 120_000);

  it('splits the chart of each named unit at its date, annotated with the change’s name; the others are untouched', async () => {
    const page = session.page;
    for (const unit of Object.keys(DATES)) {
      await openSeries(page, unit);
      const { notes, phases } = await chartPhases(page);
      expect(notes, unit).toContain(NAME);
      expect(phases, unit).toBe(2);
      expect(await page.getByTestId('series-changes').textContent()).toContain(NAME);
    }
    await openSeries(page, OTHER_UNIT);
    expect(await chartPhases(page)).toEqual({ notes: [], phases: 1 });
  }, 120_000);

  it('"a change started here" on a point marks another measure (named and saved from the keyboard)', async () => {
    const page = session.page;
    await openSeries(page, 'Avd 12 Medicin', 'Riskbedömning inom 24 h');
    const chart = page.getByTestId('detail-chart');
    await chart.locator('.spc-point[tabindex="0"]').focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('point-actions');
    await panel.getByLabel('Which change').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Checklist at admission');
    await page.keyboard.press('Enter');
    await panel.getByText('“Checklist at admission” is saved.').waitFor();
    await expect.poll(async () => (await chartPhases(page)).notes).toContain('Checklist at admission');
  }, 120_000);

  it('is still there after a reload, and travels in the settings file to a fresh profile', async () => {
    const page = session.page;
    await page.reload();
    await waitReady(session);
    await openSeries(page, 'Avd 14 Kirurgi');
    expect((await chartPhases(page)).notes).toContain(NAME);

    await page.locator('.more-actions summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
    exported = readFileSync(await download.path(), 'utf8');
    const doc = parseSettingsDocument(exported)!;
    const made = doc.changes.find((c) => c.name === NAME)!;
    expect(made.measures).toEqual([MEASURE]);
    expect(Object.fromEntries(made.introduced.map((i) => [i.unit, i.date]))).toEqual(DATES);

    const fresh = await openApp(base, 'en-GB');
    try {
      await fresh.page.locator('input[type="file"][accept*=".json"]').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
      await fresh.page.locator('.status', { hasText: 'imported' }).waitFor();
      for (const unit of Object.keys(DATES)) {
        await openSeries(fresh.page, unit);
        expect((await chartPhases(fresh.page)).notes, unit).toContain(NAME);
      }
    } finally {
      await fresh.close();
    }
  }, 180_000);

  it('opens the spread view from the change log: one verdict per unit, the comparison, and the engine’s summary', async () => {
    const page = session.page;
    const doc = parseSettingsDocument(exported)!;
    const change = doc.changes.find((c) => c.name === NAME)!;
    await nav(page).getByRole('button', { name: 'Overview' }).click();
    const panel = page.locator('.change-log-panel');
    if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
    await page.getByRole('button', { name: `Spread of “${NAME}” across units` }).click();
    await page.locator('#spread-heading').waitFor();
    await expect.poll(() => activeId(page)).toBe('spread-heading');
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/spread/${change.id}`);

    const rows = page.locator('.spread-row');
    expect(await rows.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      expect((await rows.nth(i).getByTestId('spread-verdict').textContent())!.trim().length).toBeGreaterThan(10);
      expect(await rows.nth(i).locator('.spc-annotation text').allTextContents()).toContain(NAME);
    }
    expect(await page.getByTestId('spread-comparison').locator('li.card').count()).toBe(1);

    const items = (await sampleInputs()).map((input) => evaluate(input, doc.series[input.id] ?? DEFAULT_SETTINGS, doc.changes));
    const [spread] = spreadOf(change, items);
    const sentence = spreadSentence(messages('en'), spread!.summary);
    expect(sentence).toMatch(/^Improved in \d of 3 units/);
    expect(await page.getByTestId('spread-summary').textContent()).toBe(sentence);
    const statuses = Object.fromEntries(await rows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-series'), e.getAttribute('data-status')])));
    expect(statuses).toEqual(Object.fromEntries(spread!.rows.map((r) => [r.item.input.id, r.status])));
    await checkView(page, 'spread');

    // The view writes the report of this change: its section carries the same sentence.
    const report = await downloadText(page, () => page.getByRole('button', { name: 'Report of this change (HTML)' }).click());
    const html = new JSDOM(report).window.document;
    expect(html.querySelector('section.spread h2')!.textContent).toContain(NAME);
    expect(html.querySelector('section.spread p.spread-summary')!.textContent).toBe(sentence);
    expect(html.querySelectorAll('section.chart').length).toBe(4);
  }, 180_000);

  it('goal fulfilment: its counts equal goalFulfilment() of the sample with these settings and changes', async () => {
    const page = session.page;
    await nav(page).getByRole('button', { name: 'Goal fulfilment' }).click();
    await page.locator('#fulfilment-heading').waitFor();
    await expect.poll(() => activeId(page)).toBe('fulfilment-heading');
    const doc = parseSettingsDocument(exported)!;
    const items = (await sampleInputs()).map((input) => evaluate(input, doc.series[input.id] ?? DEFAULT_SETTINGS, doc.changes));
    const expected = goalFulfilment(items);
    const table = page.getByTestId('fulfilment-measures');
    expect(await table.locator('tbody tr').count()).toBe(expected.measures.length);
    for (const m of expected.measures) {
      const row = table.locator(`tr[data-measure="${m.measure}"]`);
      const shown = Object.fromEntries(
        await row.locator('[data-count]').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-count'), Number(td.getAttribute('data-value'))])),
      );
      expect(shown, m.measure).toEqual({
        meetsNow: m.meetsNow, pass: m.assurance.pass, 'hit-and-miss': m.assurance['hit-and-miss'], fail: m.assurance.fail, improvement: m.improvement, concern: m.concern,
      });
    }
    expect(expected.measures.some((m) => m.withGoal > 0)).toBe(true);
    const units = page.getByTestId('fulfilment-units');
    for (const u of expected.units)
      expect(await units.locator(`tr[data-unit="${u.unit}"] [data-count="meeting"]`).getAttribute('data-value'), u.unit).toBe(String(u.meeting));
    await checkView(page, 'fulfilment');

    // Its exports: the table as CSV (the engine's figures, English separators) and as a report.
    const csv = await downloadText(page, () => page.getByRole('button', { name: 'Goal fulfilment as numbers (CSV)' }).click());
    expect(csv).toBe(fulfilmentCsv(messages('en'), expected, csvDialect('en')));
    const report = new JSDOM(await downloadText(page, () => page.getByRole('button', { name: 'Report of goal fulfilment (HTML)' }).click())).window.document;
    expect(report.querySelectorAll('section.fulfilment tbody tr').length).toBe(expected.measures.length + expected.units.length);
    expect(report.querySelector('section.chart')).toBeNull();
  }, 180_000);

  it('Back and Forward move between overview → fulfilment → detail, focus on each view’s heading', async () => {
    const page = session.page;
    await nav(page).getByRole('button', { name: 'Overview' }).click();
    await page.locator('#overview-heading').waitFor();
    await nav(page).getByRole('button', { name: 'Goal fulfilment' }).click();
    const id = seriesId(MEASURE, 'Geriatrik Norr');
    await page.getByTestId('fulfilment-cells').locator(`button[data-series="${CSS_ESCAPE(id)}"]`).click();
    await page.locator('#detail-heading').waitFor();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/series/${id}`);
    await page.goBack();
    await expect.poll(() => activeId(page)).toBe('fulfilment-heading');
    await page.goBack();
    await expect.poll(() => activeId(page)).toBe('overview-heading');
    await page.goForward();
    await expect.poll(() => activeId(page)).toBe('fulfilment-heading');
    await page.goForward();
    await expect.poll(() => activeId(page)).toBe('detail-heading');
    expect(session.consoleErrors).toEqual([]);
  }, 120_000);
});

/** The text of the file a click downloads. */
async function downloadText(page: Page, click: () => Promise<unknown>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await d.path(), 'utf8');
}

/** An attribute value inside a CSS selector's double quotes. */
function CSS_ESCAPE(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
