// The Pareto view (issue 11 item 6): the falls sample from the sample picker, its Pareto chart
// from the views nav; the bars' order and the table's counts equal the CLI's (`--pareto Orsak`);
// a chosen unit survives a reload; axe clean; screenshots at a phone's and a laptop's width.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, waitReady, type Session } from './browser';

const base = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let session: Session;

type CliBars = { unit: string | null; bars: { category: string; count: number }[] }[];
const CLI = (JSON.parse(
  execFileSync('npm', ['run', '--silent', 'spc', '--', 'data-samples/falls-events-sv.csv', '--pareto', 'Orsak', '--x', 'Datum', '--unit', 'Enhet'], { encoding: 'utf8' }),
) as { pareto: CliBars }).pareto;
const barsOf = (unit: string | null) => CLI.find((c) => c.unit === unit)!.bars;

async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    type Violation = { id: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
  });
  return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

async function shown(page: Page) {
  const chart = await page.locator('[data-testid="pareto-chart"] .spc-pareto-bar').evaluateAll((gs) =>
    gs.map((g) => ({ category: g.getAttribute('data-category')!, count: Number(g.getAttribute('data-count')) })));
  const table = await page.locator('[data-testid="pareto-table"] tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({ category: r.getAttribute('data-category')!, count: Number(r.querySelector('td')!.textContent!.replace(/\D/g, '')) })));
  return { chart, table };
}

beforeAll(async () => {
  mkdirSync('test-artifacts', { recursive: true });
  session = await openApp(base, 'en-GB');
}, 120_000);
afterAll(async () => {
  await session?.close();
});

describe('the Pareto view of the falls sample', () => {
  it('opens from the views nav and shows the CLI counts; a unit is kept over a reload', async () => {
    const page = session.page;
    await page.getByRole('button', { name: /^Open Riskbedömning inom 24 h, / }).first().waitFor();
    // The quality sample has no category column: no Pareto chart is offered.
    expect(await page.getByRole('button', { name: 'Pareto chart' }).count()).toBe(0);
    await page.locator('.more-actions summary').click();
    await page.getByTestId('sample-picker').getByRole('combobox').selectOption('falls-events-sv.csv');
    await page.getByRole('button', { name: 'Load the sample data' }).click();
    await page.getByRole('button', { name: 'Pareto chart' }).waitFor();
    await waitReady(session);
    await page.getByRole('button', { name: 'Pareto chart' }).click();
    await page.getByTestId('pareto-view').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pareto-heading');
    const all = barsOf(null).map(({ category, count }) => ({ category, count }));
    expect(await shown(page)).toEqual({ chart: all, table: all });

    const unit = CLI.find((c) => c.unit !== null)!.unit!;
    await page.locator('#pareto-unit').selectOption(unit);
    const one = barsOf(unit).map(({ category, count }) => ({ category, count }));
    expect(await shown(page)).toEqual({ chart: one, table: one });
    expect(await violations(page)).toEqual([]);

    await page.reload();
    await page.getByTestId('pareto-table').waitFor();
    expect(await page.locator('#pareto-unit').inputValue()).toBe(unit);
    expect(await shown(page)).toEqual({ chart: one, table: one });

    for (const [width, height] of [[390, 844], [1366, 768]] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(200);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `at ${width} px the page scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-artifacts/pareto-${width}.png`, fullPage: true });
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  }, 180_000);
});
