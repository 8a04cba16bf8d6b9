// `spc report`: the HTML report, the CSV of every chart and one SVG/PNG per series, written
// headless from the sample through the app's path (the browser test compares the HTML with the
// app's own download byte for byte); each report choice equals the app's report builder's output.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregateSeries, appendBatch, createLongTable } from '../../src/lib/data/aggregate';
import { ingestText } from '../../src/lib/data/ingest';
import { createNodeRunner } from '../../src/lib/data/node-runner';
import { csvDialect } from '../../src/lib/export/csv';
import { fulfilmentCsv } from '../../src/lib/export/fulfilment';
import { buildReport, type ReportScope } from '../../src/lib/export/report';
import { COLUMNS } from '../../src/lib/export/table';
import { messages } from '../../src/lib/i18n';
import { goalFulfilment } from '../../src/lib/workspace/fulfilment';
import { evaluate } from '../../src/lib/workspace/evaluate';
import { toSeriesInputs } from '../../src/lib/workspace/series';
import { DEFAULT_SETTINGS } from '../../src/lib/workspace/settings';
import { parseSettingsDocument } from '../../src/lib/workspace/settingsFile';
import { context, dom, sampleReportInput } from '../export/sampleReport';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'data-samples/kvalitet-sv.csv');
const SETTINGS = path.join(ROOT, 'data-samples/kvalitet-sv.settings.json');
const dir = mkdtempSync(path.join(tmpdir(), 'spc-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spc = (...args: string[]) =>
  spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/spc.ts'), 'report', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('spc report', () => {
  it('writes the CSV of every chart with the engine numbers (en: , and .)', async () => {
    const out = path.join(dir, 'all.csv');
    const r = spc(SAMPLE, '--settings', SETTINGS, '--lang', 'en', '--format', 'csv', '--no-suppress', '-o', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = Papa.parse<string[]>(readFileSync(out, 'utf8').replace(/^\ufeff/, ''), { delimiter: ',', skipEmptyLines: true }).data;
    const saved = parseSettingsDocument(readFileSync(SETTINGS, 'utf8'))!;
    const db = await createNodeRunner();
    try {
      await createLongTable(db);
      await ingestText(readFileSync(SAMPLE, 'utf8'), { onBatch: (b) => appendBatch(db, b) });
      const app = toSeriesInputs(await aggregateSeries(db, { granularity: 'month' }), new Map()).map((i) => evaluate(i, saved.series[i.id] ?? DEFAULT_SETTINGS, saved.changes));
      expect(rows).toHaveLength(1 + app.reduce((n, e) => n + e.result!.points.length, 0));
      const at = (c: (typeof COLUMNS)[number]) => COLUMNS.indexOf(c);
      for (const e of app) {
        const mine = rows.filter((row) => row[at('measure')] === e.input.measure && row[at('unit')] === e.input.unit);
        expect(mine.map((row) => [row[at('period')], Number(row[at('value')])])).toEqual(e.result!.points.map((p) => [p.x, Number(p.y!.toPrecision(12))]));
        expect(mine.map((row) => row[at('ucl')] === '' ? null : Number(row[at('ucl')]))).toEqual(e.result!.points.map((p) => (p.ucl === null ? null : Number(p.ucl.toPrecision(12)))));
      }
    } finally {
      db.close();
    }
  }, 240_000);

  it('writes one SVG and one 2× PNG per series', () => {
    const svgDir = path.join(dir, 'svg');
    const pngDir = path.join(dir, 'png');
    const r = spc(SAMPLE, '--svg', svgDir, '--png', pngDir);
    expect(r.status).toBe(0);
    const svgs = readdirSync(svgDir);
    const pngs = readdirSync(pngDir);
    expect(svgs).toHaveLength(24);
    expect(pngs).toHaveLength(24);
    expect(svgs).toContain('Fall per 1 000 vårddygn – Avd 12 Medicin.svg');
    const svg = readFileSync(path.join(svgDir, 'Fall per 1 000 vårddygn – Avd 12 Medicin.svg'), 'utf8');
    expect(svg).toContain('Källa: kvalitet-sv.csv');
    // The sample's denominator column is just "Nämnare": the scale names no unit rather than "nämnare".
    expect(svg).toMatch(/per 1\s000</u);
    expect(svg).not.toContain('nämnare');
    const png = readFileSync(path.join(pngDir, pngs[0]!));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1720, 996]);
  }, 240_000);

  it('writes the HTML report with provenance, and refuses options the app does not have', () => {
    const out = path.join(dir, 'r.html');
    const r = spc(SAMPLE, '--lang', 'da', '-o', out);
    expect(r.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="da">');
    expect(html).toContain(`<dt>Filens SHA-256</dt><dd>${createHash('sha256').update(readFileSync(SAMPLE)).digest('hex')}</dd>`);
    expect(html.match(/<section class="chart"/g)).toHaveLength(24);
    const bad = spc(SAMPLE, '--multiply', '2', '-o', out);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('error: --multiply: not available in a report (the app has no such setting)\n');
    expect(spc(SAMPLE).stderr).toBe('error: report: missing -o FILE (or --svg DIR / --png DIR)\n');
  }, 240_000);
});

describe('spc report --change / --fulfilment: the app’s report builder, from the command line', () => {
  /** The CLI's report next to the builder's for the same input; the export time differs by a few seconds. */
  const normalise = (html: string) =>
    html.replace(/(<p class="lead">)[^<]*(<\/p>)/, '$1…$2').replace(/(<dt>Exported<\/dt><dd>)[^<]*(<\/dd>)/, '$1…$2');

  it('writes what buildReport writes for everything, for one change and for the goal-fulfilment table', async () => {
    const base = await sampleReportInput({ kind: 'overview' });
    const change = base.changes[0]!;
    const cases: [string[], ReportScope][] = [
      [[], { kind: 'overview' }],
      [['--change', change.name], { kind: 'change', changeId: change.id }],
      [['--fulfilment'], { kind: 'fulfilment' }],
    ];
    for (const [flags, scope] of cases) {
      const out = path.join(dir, `${scope.kind}.html`);
      const r = spc(SAMPLE, '--settings', SETTINGS, '--lang', 'en', ...flags, '-o', out);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const app = buildReport(dom().document, { ...base, scope }, context('en'));
      expect(normalise(readFileSync(out, 'utf8')), scope.kind).toBe(normalise(app));
    }
    expect(readFileSync(path.join(dir, 'change.html'), 'utf8')).toContain('Improved in 2 of 3 units; 1 not yet clear');
  }, 240_000);

  it('writes the goal-fulfilment table as CSV (sv: ; and ,) with the engine’s figures', async () => {
    const out = path.join(dir, 'fulfilment.csv');
    const r = spc(SAMPLE, '--settings', SETTINGS, '--fulfilment', '--format', 'csv', '-o', out);
    expect(r.status).toBe(0);
    const base = await sampleReportInput({ kind: 'fulfilment' });
    const f = goalFulfilment(base.series.map((s) => s.item));
    expect(readFileSync(out, 'utf8')).toBe(fulfilmentCsv(messages('sv'), f, csvDialect('sv')));
    const rows = Papa.parse<string[]>(readFileSync(out, 'utf8').replace(/^\ufeff/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1 + 6 + 4);
    expect(rows.find((row) => row[1] === 'Riskbedömning inom 24 h')![2]).toBe('85');
  }, 240_000);

  it('refuses a change that is not in the settings file, and --change with --fulfilment', () => {
    const out = path.join(dir, 'x.html');
    const missing = spc(SAMPLE, '--settings', SETTINGS, '--change', 'Ingen sådan', '-o', out);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/^error: --change: no change named "Ingen sådan" in ".*kvalitet-sv\.settings\.json" \(its changes: "Trycksårsprevention/);
    expect(spc(SAMPLE, '--change', 'X', '-o', out).stderr).toBe('error: --change: needs --settings FILE (the change log is in the settings file)\n');
    expect(spc(SAMPLE, '--settings', SETTINGS, '--change', 'X', '--fulfilment', '-o', out).stderr).toMatch(/^error: --change and --fulfilment: choose one/);
  }, 240_000);
});
