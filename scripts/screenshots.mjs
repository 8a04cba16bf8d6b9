// Refreshes the README screenshots from the built app (run `npx vite build` first):
// node scripts/screenshots.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const profile = mkdtempSync(join(tmpdir(), 'spc-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  locale: 'en-GB',
  viewport: { width: 1280, height: 860 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(server.resolvedUrls.local[0]);
await page.locator('[data-status="ready"]').waitFor({ timeout: 60_000 });
await page.locator('li.card').first().waitFor();
await page.screenshot({ path: 'docs/overview.png' });

// The improvement team's chart: a phase split at the change, its annotation and a goal.
await page.getByRole('button', { name: 'Open Riskbedömning inom 24 h, Avd 14 Kirurgi' }).click();
const chart = page.getByTestId('detail-chart');
await chart.locator('.spc-point').nth(17).click();
await page.getByRole('button', { name: 'Start a new phase after this point' }).click();
await page.getByRole('textbox', { name: 'Annotation (e.g. a PDSA test or a new routine)' }).fill('New risk-assessment routine');
await page.getByRole('button', { name: 'Add annotation' }).click();
await page.getByRole('button', { name: 'Close' }).click();
await page.getByRole('textbox', { name: 'Goal', exact: true }).fill('85');
await page.getByRole('button', { name: 'Add goal' }).click();
await page.locator('.verdict').waitFor();
await page.locator('.detail').screenshot({ path: 'docs/detail.png' });
await context.close();
await server.close();
rmSync(profile, { recursive: true, force: true });
console.log('docs/overview.png, docs/detail.png');
