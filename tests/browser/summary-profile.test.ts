// "What the chart says" follows the chosen rule profile: on the sample's pressure ulcers at
// Geriatrik Norr (lower is better), Anhøj's rules find nothing in the latest phase while Making
// Data Count finds a shift above the centre line (computed in Node first). Switching the profile
// in the detail view's settings changes the summary and the chart's description; the conflict
// rule is kept over a reload.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, waitReady, type Session } from './browser';

const base = inject('baseUrl');
const profile = mkdtempSync(join(tmpdir(), 'spc-summary-'));
let session: Session;

beforeAll(async () => {
  session = await openApp(base, 'en-GB', profile);
});
afterAll(async () => {
  await session?.close();
  rmSync(profile, { recursive: true, force: true });
});

const summary = () => session.page.getByTestId('summary').textContent();
const description = () => session.page.getByTestId('detail-chart').locator('desc').textContent();

describe('the summary names the signals of the chosen rule profile', () => {
  it('switching Anhøj → Making Data Count → Anhøj changes the summary and the chart description', async () => {
    const page = session.page;
    await page.getByLabel('Search').fill('trycksår geriatrik');
    await expect.poll(() => page.locator('li.card').count()).toBe(1);
    await page.locator('li.card .card-open').click();
    await page.getByTestId('detail-chart').locator('.spc-point').first().waitFor();

    const rules = page.getByLabel('Rules for signals');
    expect(await rules.inputValue()).toBe('anhoej');
    await expect.poll(summary).toMatch(/^No signal under the Anhøj \(runs rules \+ 3σ\) rules/);
    expect(await summary()).not.toMatch(/shift/);

    await rules.selectOption('mdc');
    await expect.poll(summary).toMatch(/\d+ points from \w+ 2024 to \w+ 2024: shift, above the centre line – a concern\./);
    expect(await summary()).not.toMatch(/No signal/);
    expect(await description()).toContain(await summary());
    // Under Making Data Count there is no phase-level runs test to report.
    expect(await page.getByTestId('runs-summary').count()).toBe(0);

    await rules.selectOption('anhoej');
    await expect.poll(summary).toMatch(/^No signal under the Anhøj/);
    expect(await page.getByTestId('runs-summary').count()).toBe(1);
  });

  it('keeps the conflict rule chosen for the measure over a reload', async () => {
    const page = session.page;
    const conflict = page.getByTestId('conflict-rule');
    expect(await conflict.inputValue()).toBe('concern');
    await conflict.selectOption('improvement');
    await page.reload();
    await waitReady(session);
    await page.getByTestId('detail-chart').locator('.spc-point').first().waitFor();
    expect(await page.getByTestId('conflict-rule').inputValue()).toBe('improvement');
  });
});
