// Exports from the app, checked against the engine: each chart's CSV, SVG and PNG downloaded from
// the menus, formula neutralisation and small-number suppression on an uploaded file, and the
// one-file report: opened from disk with the network blocked, checked with axe, printed to A4,
// and compared with what the CLI writes for the same file and settings.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { aggregateSeries, appendBatch, createLongTable } from '../../src/lib/data/aggregate';
import { ingestText } from '../../src/lib/data/ingest';
import { createNodeRunner } from '../../src/lib/data/node-runner';
import { COLUMNS } from '../../src/lib/export/table';
import { evaluate, type Evaluated } from '../../src/lib/workspace/evaluate';
import { goalFulfilment } from '../../src/lib/workspace/fulfilment';
import { toSeriesInputs } from '../../src/lib/workspace/series';
import { DEFAULT_SETTINGS } from '../../src/lib/workspace/settings';
import { parseSettingsDocument } from '../../src/lib/workspace/settingsFile';
import { openApp, openSession, type Session } from './browser';

const base = inject('baseUrl');
const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'data-samples/kvalitet-sv.csv');
const SAMPLE_SETTINGS = path.join(ROOT, 'data-samples/kvalitet-sv.settings.json');
const ART = path.join(ROOT, 'test-artifacts');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const col = (c: (typeof COLUMNS)[number]) => COLUMNS.indexOf(c);
const num = (s: string) => Number(s.replace(',', '.'));

let session: Session;
let engine: Evaluated[];

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** The engine's result for every series of the sample, with the sample's settings and change log (as on a first visit). */
async function engineResults(): Promise<Evaluated[]> {
  const doc = parseSettingsDocument(readFileSync(SAMPLE_SETTINGS, 'utf8'))!;
  const db = await createNodeRunner();
  try {
    await createLongTable(db);
    await ingestText(readFileSync(SAMPLE, 'utf8'), { onBatch: (b) => appendBatch(db, b) });
    return toSeriesInputs(await aggregateSeries(db, { granularity: 'month' }), new Map()).map((i) => evaluate(i, doc.series[i.id] ?? DEFAULT_SETTINGS, doc.changes));
  } finally {
    db.close();
  }
}

async function download(page: Page, click: () => Promise<void>): Promise<{ d: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await d.path();
  return { d, bytes: readFileSync(file) };
}

async function cardExport(page: Page, measure: string, unit: string, format: RegExp) {
  const card = page.locator('li.card', { has: page.getByRole('button', { name: `Öppna ${measure}, ${unit}` }) });
  const menu = card.getByTestId('export-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  return download(page, () => menu.getByRole('button', { name: format }).click());
}

beforeAll(async () => {
  mkdirSync(ART, { recursive: true });
  [engine, session] = await Promise.all([engineResults(), openApp(base, 'sv-SE')]);
  await session.page.locator('li.card').first().waitFor();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

describe('chart exports from the overview cards', () => {
  it('CSV has the engine numbers, ; and decimal comma, and "<5" for small numerators', async () => {
    const e = engine.find((s) => s.input.measure === 'Fall per 1 000 vårddygn' && s.input.unit === 'Avd 12 Medicin')!;
    const { d, bytes } = await cardExport(session.page, e.input.measure, e.input.unit, /CSV/);
    expect(d.suggestedFilename()).toBe('Fall per 1 000 vårddygn – Avd 12 Medicin.csv');
    const rows = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\ufeff/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    const points = e.result!.points;
    expect(rows).toHaveLength(points.length + 2); // header, points, the suppression note
    expect(rows.at(-1)![0]).toMatch(/^Små tal döljs: antal under 5/);
    let suppressed = 0;
    points.forEach((p, i) => {
      const r = rows[i + 1]!;
      expect(r[col('period')]).toBe(p.x);
      expect(num(r[col('value')]!)).toBeCloseTo(p.y!, 9);
      expect(num(r[col('cl')]!)).toBeCloseTo(p.cl!, 9);
      if (p.ySum! < 5) {
        suppressed++;
        for (const c of ['numerator', 'denominator', 'ucl'] as const) expect(r[col(c)]).toBe('<5');
      } else {
        expect(num(r[col('numerator')]!)).toBe(p.ySum);
        expect(num(r[col('denominator')]!)).toBe(p.n);
        expect(num(r[col('ucl')]!)).toBeCloseTo(p.ucl!, 9);
      }
    });
    expect(suppressed).toBeGreaterThan(0);
  });

  it('SVG carries title, unit, period, rules and footer and every point of the engine', async () => {
    const e = engine.find((s) => s.input.measure === 'Riskbedömning inom 24 h' && s.input.unit === 'Avd 12 Medicin')!;
    const { bytes } = await cardExport(session.page, e.input.measure, e.input.unit, /SVG/);
    const svg = bytes.toString('utf8');
    writeFileSync(path.join(ART, 'export.svg'), svg);
    const page = session.page;
    const facts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        texts: [...doc.documentElement.querySelectorAll(':scope > text')].map((t) => t.textContent),
        points: doc.querySelectorAll('.spc-point').length,
        ns: doc.documentElement.namespaceURI,
      };
    }, svg);
    expect(facts.ns).toBe('http://www.w3.org/2000/svg');
    expect(facts.texts[0]).toBe('Riskbedömning inom 24 h – Avd 12 Medicin');
    expect(facts.texts[1]).toMatch(/procent \(%\) · Period jan\.? 2023–dec\.? 2025/);
    expect(facts.texts[2]).toContain('Regler: Anhøj');
    expect(facts.texts.at(-1)).toMatch(/^Källa: kvalitet-sv\.csv · Exporterad \d+ \w+ \d{4}$/);
    expect(facts.points).toBe(e.result!.points.filter((p) => p.y !== null).length);
  });

  it('PNG is the same image at 2× pixel density', async () => {
    const { bytes } = await cardExport(session.page, 'Riskbedömning inom 24 h', 'Avd 12 Medicin', /PNG/);
    writeFileSync(path.join(ART, 'export.png'), bytes);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1720, 996]);
  });
});

describe('neutralisation and suppression on an uploaded file', () => {
  it('a measure starting with "=" is exported as text, small numerators as "<5"', async () => {
    const page = session.page;
    const lines = ['Mått;Enhet;Månad;Täljare;Nämnare'];
    const nums = [12, 3, 15, 14, 4, 16, 13, 15, 2, 14, 17, 15, 13, 16];
    nums.forEach((n, i) => lines.push(`=HYPERLINK("x");@Avd;2024-${String(i + 1).padStart(2, '0')};${n};40`.replace('2024-13', '2025-01').replace('2024-14', '2025-02')));
    await page.locator('input[type="file"][accept*=".csv"]').setInputFiles({ name: 'farlig.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await page.getByTestId('mapping').waitFor();
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.locator('li.card').first().waitFor();
    const { bytes } = await cardExport(page, '=HYPERLINK("x")', '@Avd', /CSV/);
    const rows = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\ufeff/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[1]![col('measure')]).toBe(`'=HYPERLINK("x")`);
    expect(rows[1]![col('unit')]).toBe("'@Avd");
    nums.forEach((n, i) => expect(rows[i + 1]![col('numerator')]).toBe(n < 5 ? '<5' : String(n)));
    // With data shown, the sample picker sits under the toolbar's "More" fold.
    await page.locator('.more-actions summary').click();
    await page.getByRole('button', { name: 'Läs in exempeldata' }).click();
    await page.locator('li.card', { hasText: 'Avd 12 Medicin' }).first().waitFor();
  });
});

describe('the one-file report', () => {
  let file: string;

  it('is written by the app for everything on the overview', async () => {
    const page = session.page;
    await page.getByTestId('report-panel').locator('summary').click();
    await page.getByTestId('report-panel').getByRole('radio', { name: 'Valda mått och enheter' }).check();
    await page.locator('li.card').first().getByTestId('export-menu').locator('summary').click();
    // The panel with its choices and an open export menu pass axe too.
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ART, 'report-panel.png') });
    await page.getByTestId('report-panel').getByRole('radio', { name: 'Allt i översikten' }).check();
    const { d, bytes } = await download(page, () => page.getByRole('button', { name: 'Skapa rapporten' }).click());
    expect(d.suggestedFilename()).toBe('SPC-rapport_ kvalitet-sv.html');
    file = path.join(ART, 'report.html');
    writeFileSync(file, bytes);
  });

  it('opens from disk with the network blocked: every chart and table, no request', async () => {
    const s = await openSession('sv-SE');
    try {
      const blocked: string[] = [];
      await s.context.route('**', (route) => (route.request().url().startsWith('file://') ? route.continue() : (blocked.push(route.request().url()), route.abort())));
      await s.page.goto(`file://${file}`);
      const sections = s.page.locator('section.chart');
      expect(await sections.count()).toBe(engine.length);
      expect(await s.page.locator('section.chart figure svg').count()).toBe(engine.length);
      expect(await s.page.locator('section.chart table tbody tr').count()).toBe(engine.reduce((n, e) => n + e.result!.points.length, 0));
      const first = engine.find((e) => e.input.measure === 'Riskbedömning inom 24 h' && e.input.unit === 'Avd 12 Medicin')!;
      const section = sections.filter({ has: s.page.getByRole('heading', { name: 'Riskbedömning inom 24 h – Avd 12 Medicin' }) });
      expect(await section.locator('.spc-point').count()).toBe(first.result!.points.filter((p) => p.y !== null).length);
      expect(await s.page.locator('section.provenance').textContent()).toContain('864 värden lästa: 864 används, 0 används inte.');
      expect(blocked).toEqual([]);
      expect(s.requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
      expect(s.consoleErrors).toEqual([]);
      await s.page.screenshot({ path: path.join(ART, 'report.png'), fullPage: false });
      const pdf = await s.page.pdf({ format: 'A4', preferCSSPageSize: true });
      writeFileSync(path.join(ART, 'report.pdf'), pdf);
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(engine.length);
    } finally {
      await s.close();
    }
  });

  it('passes axe (WCAG 2.1 A and AA)', async () => {
    const s = await openSession('sv-SE');
    try {
      await s.page.goto(`file://${file}`);
      expect(await axeViolations(s.page)).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('passes axe with the change log, where a change took hold, and the goal-fulfilment table (phone and desktop widths)', async () => {
    const s = await openSession('sv-SE');
    try {
      const change = parseSettingsDocument(readFileSync(SAMPLE_SETTINGS, 'utf8'))!.changes[0]!;
      for (const [name, flags] of [['change', ['--change', change.name]], ['fulfilment', ['--fulfilment']]] as const) {
        const out = path.join(ART, `report-${name}.html`);
        const r = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/spc.ts'), 'report', SAMPLE, '--settings', SAMPLE_SETTINGS, ...flags, '-o', out], { cwd: ROOT, encoding: 'utf8' });
        expect(r.stderr).toBe('');
        await s.page.goto(`file://${out}`);
        expect(await s.page.locator(name === 'change' ? 'section.spread table' : 'section.fulfilment table').count()).toBeGreaterThan(0);
        for (const width of [390, 1366]) {
          await s.page.setViewportSize({ width, height: 900 });
          expect(await axeViolations(s.page), `${name} at ${width} px`).toEqual([]);
          await s.page.screenshot({ path: path.join(ART, `report-${name}-${width}.png`), fullPage: false });
        }
      }
    } finally {
      await s.close();
    }
  }, 180_000);

  it('is what the CLI writes for the same file and settings (export time aside)', () => {
    const out = path.join(ART, 'report-cli.html');
    // The overview orders names with the browser's collation; the CLI gets the same locale.
    const r = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/spc.ts'), 'report', SAMPLE, '--settings', SAMPLE_SETTINGS, '--lang', 'sv', '-o', out], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, LC_ALL: 'sv_SE.UTF-8', LANG: 'sv_SE.UTF-8', TZ: 'UTC' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const normalise = (html: string) =>
      html
        .replace(/(<p class="lead">)[^<]*(<\/p>)/, '$1…$2')
        .replace(/(<dt>Exporterad<\/dt><dd>)[^<]*(<\/dd>)/, '$1…$2');
    const app = normalise(readFileSync(file, 'utf8'));
    const cli = normalise(readFileSync(out, 'utf8'));
    expect(cli.length).toBeGreaterThan(100_000);
    expect(cli).toBe(app);
  }, 120_000);

  it('writes the goal-fulfilment table alone when chosen, with the engine’s classifications', async () => {
    const page = session.page;
    await page.getByTestId('report-panel').getByRole('radio', { name: 'Tabellen över måluppfyllelse' }).check();
    const { bytes } = await download(page, () => page.getByRole('button', { name: 'Skapa rapporten' }).click());
    await page.getByTestId('report-panel').getByRole('radio', { name: 'Allt i översikten' }).check();
    const out = path.join(ART, 'report-fulfilment-app.html');
    writeFileSync(out, bytes);
    const f = goalFulfilment(engine);
    const s = await openSession('sv-SE');
    try {
      await s.page.goto(`file://${out}`);
      expect(await s.page.locator('section.chart').count()).toBe(0);
      const rows = await s.page.locator('section.fulfilment table').first().locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
      );
      expect(rows.map((r) => r[0]).sort()).toEqual(f.measures.map((m) => m.measure).sort());
      for (const m of f.measures) {
        const row = rows.find((r) => r[0] === m.measure)!;
        expect(row.slice(2)).toEqual([m.units, m.withGoal, m.meetsNow, m.assurance.pass, m.assurance['hit-and-miss'], m.assurance.fail, m.improvement, m.concern].map(String));
      }
    } finally {
      await s.close();
    }
  }, 120_000);
});
