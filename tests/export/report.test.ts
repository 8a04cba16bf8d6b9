// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/lib/i18n';
import { imageSvgText, type ExportContext } from '../../src/lib/export/image';
import { APP_VERSION, provenanceOf, sha256Hex } from '../../src/lib/export/provenance';
import { buildReport, esc, REPORT_CSP } from '../../src/lib/export/report';
import { DEN, evaluated, NUM, proportionInput } from './helpers';

const at = new Date('2026-12-04T10:00:00Z');
const ctx: ExportContext = { t: messages('sv'), locale: 'sv', sourceName: 'data <1>.csv', exportedAt: at };
const report = { rows: 30, used: 28, rejected: [{ line: 3, reason: 'not-a-number' as const }, { line: 9, reason: 'missing-period' as const }] };

describe('sha256Hex / provenanceOf', () => {
  it('hashes bytes as lower-case hex (the FIPS 180-2 "abc" vector)', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('carries the file, rows used and rejected, time, version and aggregation', async () => {
    const p = await provenanceOf({ name: 'f.csv', bytes: new TextEncoder().encode('abc') }, report, { granularity: 'month', agg: 'mean' }, at);
    expect(p).toMatchObject({ fileName: 'f.csv', rows: 30, used: 28, rejected: 2, appVersion: APP_VERSION, granularity: 'month', agg: 'mean' });
    expect(APP_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('buildReport(doc, input, ctx)', () => {
  async function html(suppression: number | null = 5) {
    const a = evaluated(proportionInput('<script>alert(1)</script>', 'Avd "12"', NUM, DEN), {
      splits: ['2023-07-01'],
      excluded: [{ x: '2023-03-01', reason: 'fel i <data>' }],
      annotations: [{ x: '2023-08-01', text: 'Ny rutin & <b>PDSA</b>' }],
      goals: [{ value: 40 }],
      direction: 'up',
    });
    const b = evaluated(proportionInput('Andra', 'Avd 14', NUM.slice().reverse(), DEN));
    const provenance = await provenanceOf({ name: 'data <1>.csv', bytes: new Uint8Array([1, 2, 3]) }, report, { granularity: 'month', agg: 'mean' }, at);
    return buildReport(document, { series: [a, b], changes: [], scope: { kind: 'overview' }, provenance, suppression }, ctx);
  }

  it('is one document with its own strict CSP, no script and no external reference', async () => {
    const h = await html();
    expect(h.startsWith('<!doctype html>')).toBe(true);
    expect(h).toContain(`<meta http-equiv="Content-Security-Policy" content="${esc(REPORT_CSP)}">`);
    expect(REPORT_CSP).toContain("default-src 'none'");
    expect(h).not.toMatch(/<script/i);
    expect(h).not.toMatch(/(src|href)="(?!#)/);
    expect(h).not.toMatch(/url\(/);
    expect(h).toContain('<html lang="sv">');
  });

  it('escapes every user text', async () => {
    const h = await html();
    expect(h).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(h).toContain('Avd &quot;12&quot;');
    expect(h).toContain('Ny rutin &amp; &lt;b&gt;PDSA&lt;/b&gt;');
    expect(h).toContain('fel i &lt;data&gt;');
    expect(h).toContain('data &lt;1&gt;.csv');
    expect(h).not.toContain('<b>PDSA');
  });

  it('starts with provenance and has per chart an inline SVG, summary, verdict, annotations and the data table', async () => {
    const h = await html();
    const doc = new DOMParser().parseFromString(h, 'text/html');
    const prov = doc.querySelector('section.provenance')!;
    expect(prov.textContent).toContain('039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81'); // sha256 of 01 02 03
    expect(prov.textContent).toContain(messages('sv').reportSummary({ rows: '30', used: '28', rejected: '2' }));
    expect(prov.textContent).toContain(APP_VERSION);
    expect(prov.textContent).toContain('2026-12-04T10:00:00.000Z');
    const charts = doc.querySelectorAll('section.chart');
    expect(charts).toHaveLength(2);
    const first = charts[0]!;
    expect(first.querySelectorAll('figure svg .spc-point')).toHaveLength(NUM.length);
    expect(first.textContent).toContain(messages('sv').verdictHeading);
    expect(first.textContent).toContain('Ny rutin & <b>PDSA</b>');
    expect(first.querySelectorAll('table tbody tr')).toHaveLength(NUM.length);
    // Chart ids are fixed, so the app's and the CLI's reports are byte-identical.
    expect(first.querySelector('svg')!.getAttribute('aria-labelledby')).toBe('chart-1-svg-title chart-1-svg-desc');
  });

  it('shows "<5" for small numerators and says so once, and shows them without suppression', async () => {
    const on = new DOMParser().parseFromString(await html(5), 'text/html');
    expect(on.querySelector('p.note')!.textContent).toBe(messages('sv').suppressionNote({ threshold: 5 }));
    const cells = [...on.querySelectorAll('section.chart')[0]!.querySelectorAll('tbody td')].map((c) => c.textContent);
    expect(cells.filter((c) => c === '<5').length).toBeGreaterThanOrEqual(4 * 3);
    const off = new DOMParser().parseFromString(await html(null), 'text/html');
    expect(off.querySelector('p.note')).toBeNull();
    expect(off.body.textContent).not.toContain('<5');
  });
});

describe('imageSvgText(doc, item, settings, ctx)', () => {
  it('is a standalone SVG with title, unit, period, rules, goal and a footer with file and date', () => {
    const { item, settings } = evaluated(proportionInput('Riskbedömning', 'Avd 12', NUM, DEN), { goals: [{ value: 40 }] });
    const svg = imageSvgText(document, item as typeof item & { result: NonNullable<typeof item.result> }, settings, ctx);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = [...doc.documentElement.querySelectorAll(':scope > text')].map((n) => n.textContent);
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(texts[0]).toBe('Riskbedömning – Avd 12');
    expect(texts[1]).toContain(' · procent (%) · ');
    expect(texts[1]).toMatch(/Period jan\.? 2023–feb\.? 2024/);
    expect(texts[2]).toContain('Regler: Anhøj');
    expect(texts[2]).toContain('Mål: 40');
    expect(texts[3]).toBe('Källa: data <1>.csv · Exporterad 4 december 2026');
    expect(doc.documentElement.getAttribute('font-family')).toContain('sans-serif');
    expect(doc.querySelectorAll('.spc-point')).toHaveLength(NUM.length);
  });
});
