// The funnel view (issue 11 item 4): open the sample, open the funnel plot of a rate measure from
// the views nav and from a series' detail, and check the plotted units, the overdispersion figures
// and each unit's limits against funnelView() of the same sample computed here in Node with the
// same library functions; the switch and the span are remembered over a reload; a measure without
// a denominator is said plainly; keyboard, axe in light and dark, screenshots at 390 and 1280 px.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '../../src/lib/i18n';
import type { Evaluated } from '../../src/lib/workspace/evaluate';
import { funnelView } from '../../src/lib/workspace/funnelView';
import { formatValue, valueUnit } from '../../src/lib/workspace/units';
import { evaluatedSample } from '../workspace/sample';
import { openApp, waitReady, type Session } from './browser';

const base = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const t = messages('en');
const RATE = 'Fall per 1 000 vårddygn';
const PROPORTION = 'Återinskrivning inom 30 dagar';
const NO_RATIO = 'Väntetid till läkarbedömning (min)';
let session: Session;
let items: Evaluated[];

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
  for (const [width, height] of [[390, 844], [1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-artifacts/funnel-${width}-${name}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const view = (page: Page) => page.getByTestId('funnel-view');

/** The plotted units, the φ/τ² figures and the table's rows match funnelView() of the Node sample. */
async function expectEngine(page: Page, measure: string, span: string, overdispersion: boolean) {
  const engine = funnelView(items, measure, span, overdispersion);
  if (engine.status !== 'ok') throw new Error(`the sample has no funnel for ${measure}, ${span}`);
  const first = items.find((e) => e.input.measure === measure)!;
  const show = (v: number) => formatValue('en', v * engine.multiply, valueUnit(first));
  const chart = page.getByTestId('funnel-chart');
  await expect.poll(() => chart.getAttribute('aria-labelledby')).toBeTruthy();
  await expect
    .poll(async () => (await chart.locator('.spc-funnel-unit').evaluateAll((els) => els.map((e) => [e.getAttribute('data-unit'), Number(e.getAttribute('data-denominator')), Number(e.getAttribute('data-value')), e.getAttribute('data-outside')]))).sort())
    .toEqual(engine.result.points.map((p) => [p.unit, p.denominator, p.value, p.outside?.level ?? null]).sort());
  expect(await chart.locator('path[data-limit]').count()).toBe(4);
  const phi = page.locator('[data-phi]');
  expect(Number(await phi.getAttribute('data-phi'))).toBeCloseTo(engine.result.phi!, 12);
  expect(Number(await phi.getAttribute('data-tau2'))).toBeCloseTo(engine.result.tau2!, 12);
  for (const p of engine.result.points) {
    const cells = await view(page).locator(`tbody tr[data-unit="${p.unit}"] td`).allTextContents();
    expect(cells, p.unit).toEqual([
      p.numerator.toLocaleString('en'), p.denominator.toLocaleString('en'), show(p.value),
      t.funnelRange({ lower: show(p.limits.lower95), upper: show(p.limits.upper95) }),
      t.funnelRange({ lower: show(p.limits.lower998), upper: show(p.limits.upper998) }),
      p.outside ? t.funnelOutsideShort({ above: p.outside.side === 'above' ? 1 : 0, level: p.outside.level }) : t.funnelInside,
    ]);
  }
  const named = await page.getByTestId('funnel-outside').locator('li').allTextContents();
  expect(named).toEqual(engine.result.points.filter((p) => p.outside).sort((a, b) => a.unit.localeCompare(b.unit))
    .map((p) => t.funnelOutsideUnit({ unit: p.unit, above: p.outside!.side === 'above' ? 1 : 0, level: p.outside!.level })));
  return engine;
}

beforeAll(async () => {
  mkdirSync('test-artifacts', { recursive: true });
  items = await evaluatedSample();
  session = await openApp(base, 'en-GB');
}, 120_000);
afterAll(async () => {
  await session?.close();
});

describe('the funnel view', () => {
  it('opens from the views nav; a rate measure’s units and limits are the engine’s (overdispersion on)', async () => {
    const page = session.page;
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: t.navFunnel }).click();
    await page.locator('#funnel-heading').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('funnel-heading');
    await view(page).getByLabel(t.funnelMeasure, { exact: true }).selectOption(RATE);
    await expect.poll(() => page.locator('#funnel-heading').textContent()).toBe(t.funnelHeading({ measure: RATE }));
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/funnel/${RATE}`);
    // The default span is the latest year.
    expect(await view(page).getByLabel(t.funnelSpan, { exact: true }).inputValue()).toBe('2025');
    expect(await view(page).getByLabel(t.funnelOverdispersion).isChecked()).toBe(true);
    await expectEngine(page, RATE, '2025', true);
    expect(await view(page).getByText(t.funnelWhyNoRanking).count()).toBe(1);
    await checkView(page, 'rate');
  }, 180_000);

  it('switches overdispersion off from the keyboard and another span; both are remembered over a reload', async () => {
    const page = session.page;
    const before = funnelView(items, RATE, '2025', true);
    await view(page).getByLabel(t.funnelOverdispersion).focus();
    await page.keyboard.press('Space');
    const off = await expectEngine(page, RATE, '2025', false);
    // The same φ and τ², shown but not applied: the limits are the exact ones.
    if (before.status === 'ok') expect(off.result.phi).toBe(before.result.phi);
    expect(await page.getByTestId('funnel-dispersion').textContent()).toContain(t.funnelSwitchedOff);
    await view(page).getByLabel(t.funnelSpan, { exact: true }).selectOption('all');
    await expectEngine(page, RATE, 'all', false);

    await page.reload();
    await waitReady(session);
    await page.locator('#funnel-heading').waitFor();
    expect(await view(page).getByLabel(t.funnelOverdispersion).isChecked()).toBe(false);
    expect(await view(page).getByLabel(t.funnelSpan, { exact: true }).inputValue()).toBe('all');
    await expectEngine(page, RATE, 'all', false);
    await view(page).getByLabel(t.funnelOverdispersion).check();
    await view(page).getByLabel(t.funnelSpan, { exact: true }).selectOption('2025');
  }, 180_000);

  it('opens from a proportion’s detail view, with percent values', async () => {
    const page = session.page;
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview' }).click();
    await page.getByRole('button', { name: `Open ${PROPORTION}, Hemsjukvård Syd` }).click();
    await page.locator('#detail-heading').waitFor();
    await page.getByRole('button', { name: t.funnelOpen }).click();
    await expect.poll(() => page.locator('#funnel-heading').textContent()).toBe(t.funnelHeading({ measure: PROPORTION }));
    await expectEngine(page, PROPORTION, '2025', true);
    await checkView(page, 'proportion');
  }, 180_000);

  it('says plainly that a measure without a denominator has no funnel', async () => {
    const page = session.page;
    // Only measures with a funnel are offered; a link may still name another.
    expect(await view(page).getByLabel(t.funnelMeasure, { exact: true }).locator('option').allTextContents()).not.toContain(NO_RATIO);
    await page.evaluate((m) => (location.hash = `#/funnel/${encodeURIComponent(m)}`), NO_RATIO);
    await expect.poll(() => page.getByTestId('funnel-no-ratio').textContent()).toBe(t.funnelNoRatio({ measure: NO_RATIO }));
    expect(await page.getByTestId('funnel-chart').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
  }, 120_000);
});
