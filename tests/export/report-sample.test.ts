// The report of the bundled sample: its goal-fulfilment table holds the engine's classification
// of every series (counted here from each chart's own result), the change log holds the
// settings file's change, and "this change" shows the engine's before/after verdict per unit
// with the summary sentence. Each report choice (overview, selection, change, fulfilment) is
// checked for what it contains.
import { describe, expect, it } from 'vitest';
import { buildReport, reportContents, type ReportInput, type ReportScope } from '../../src/lib/export/report';
import { formatPeriod, messages } from '../../src/lib/i18n';
import { spreadSentence } from '../../src/lib/i18n/sentences';
import { latestPoint } from '../../src/lib/spc';
import type { Evaluated } from '../../src/lib/workspace/evaluate';
import { introducedIn, seriesPhases } from '../../src/lib/workspace/changes';
import { spreadStatus, spreadSummary } from '../../src/lib/workspace/spread';
import { beforeAfter } from '../../src/lib/workspace/verdict';
import { context, dom, sampleReportInput } from './sampleReport';

const t = messages('en');
let sample: Promise<ReportInput> | null = null;
const input = async (scope: ReportScope): Promise<ReportInput> => ({ ...(await (sample ??= sampleReportInput({ kind: 'overview' }))), scope });
async function report(scope: ReportScope) {
  const window = dom();
  const i = await input(scope);
  const html = buildReport(window.document, i, context('en'));
  return { i, html, page: new window.DOMParser().parseFromString(html, 'text/html') };
}
const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim());
const tableOf = (page: Document, caption: string) =>
  [...page.querySelectorAll('table')].find((tb) => tb.querySelector('caption')!.textContent === caption)!;

/** The engine's classification of each chart of a measure, counted from the results themselves. */
function fromEngine(items: Evaluated[], measure: string) {
  const charts = items.filter((e) => e.input.measure === measure && e.result !== null).map((e) => e.result!);
  const latest = charts.map((r) => ({ r, p: latestPoint(r.points) }));
  const meets = latest.filter(({ r, p }) => p?.goal != null && p.y !== null && r.direction !== 'neutral' && (r.direction === 'up' ? p.y >= p.goal : p.y <= p.goal));
  return [
    charts.length,
    latest.filter(({ p }) => p?.goal != null).length,
    meets.length,
    charts.filter((r) => r.assurance === 'pass').length,
    charts.filter((r) => r.assurance === 'hit-and-miss').length,
    charts.filter((r) => r.assurance === 'fail').length,
    charts.filter((r) => r.variation === 'special-cause-improvement').length,
    charts.filter((r) => r.variation === 'special-cause-concern').length,
  ].map(String);
}

describe('the report of the sample', () => {
  it('everything on the overview: the change log, the goal-fulfilment table with the engine’s classifications, every chart', async () => {
    const { i, page } = await report({ kind: 'overview' });
    const items = i.series.map((s) => s.item);
    expect(page.querySelectorAll('section.chart')).toHaveLength(24);
    const measures = tableOf(page, t.fulfilmentMeasuresCaption);
    const rows = [...measures.querySelectorAll('tbody tr')].map(cells);
    expect(rows.map((r) => r[0]).sort()).toEqual([...new Set(items.map((e) => e.input.measure))].sort());
    for (const row of rows) expect(row.slice(2), row[0]).toEqual(fromEngine(items, row[0]!));
    // The sample's goals are shown per measure; the one measure without a goal says so.
    expect(rows.find((r) => r[0] === 'Riskbedömning inom 24 h')![1]).toBe('85');
    expect(rows.find((r) => r[0] === 'Vårdrelaterade infektioner')![1]).toBe(t.fulfilmentNoGoal);
    // Per unit: measures with a goal, how many meet it now, and the share.
    const units = [...tableOf(page, t.fulfilmentUnitsCaption).querySelectorAll('tbody tr')].map(cells);
    expect(units).toHaveLength(4);
    for (const [unit, withGoal, meeting, share] of units) {
      const mine = items.filter((e) => e.input.unit === unit);
      const judged = mine.filter((e) => e.result && latestPoint(e.result.points)?.goal != null && e.result.direction !== 'neutral');
      expect(withGoal).toBe(String(judged.length));
      const meetingNow = judged.filter((e) => fromEngine([e], e.input.measure)[2] === '1').length;
      expect(meeting).toBe(String(meetingNow));
      expect(Number(share)).toBeCloseTo((100 * meetingNow) / judged.length, 1);
    }
    const log = page.querySelector('section.change-log')!;
    const change = i.changes[0]!;
    expect(log.querySelector('h3')!.textContent).toBe(change.name);
    expect(log.textContent).toContain(change.description);
    expect([...log.querySelectorAll('tbody tr')].map(cells)).toEqual(change.introduced.map((c) => [c.unit, formatPeriod('en', c.date)]));
    // The contents list links every section.
    const links = [...page.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(links.slice(0, 2)).toEqual(['#change-log', '#fulfilment']);
    for (const href of links) expect(page.querySelector(href!)).not.toBeNull();
  }, 120_000);

  it('"this change": its entry, the engine’s verdict per unit at its own date, the comparison and the summary sentence', async () => {
    const { i, page } = await report({ kind: 'change', changeId: 'trycksarsbundle-2024' });
    const change = i.changes[0]!;
    const charts = i.series.filter((s) => change.measures.includes(s.item.input.measure));
    expect(page.querySelectorAll('section.chart')).toHaveLength(charts.length);
    expect(page.querySelector('section.fulfilment')).toBeNull();
    // The verdicts, computed here as the detail view does for a chart split at the unit's date.
    const introduced = [];
    const comparison = [];
    for (const { item } of charts) {
      if (introducedIn(change, item.input.unit) === null) comparison.push(item.input.unit);
      else introduced.push({ unit: item.input.unit, verdict: beforeAfter(item.input.observations, { ...item.options, part: seriesPhases([change], item.input).part }) });
    }
    const s = spreadSummary(introduced, comparison);
    expect(s.counts.improved).toBe(2);
    const spread = page.querySelector('section.spread')!;
    expect(spread.querySelector('p.spread-summary')!.textContent).toBe(
      spreadSentence(t, s),
    );
    expect(spread.querySelector('p.spread-summary')!.textContent).toBe('Improved in 2 of 3 units; 1 not yet clear.');
    const rows = [...spread.querySelectorAll('tbody tr')].map(cells);
    for (const u of introduced) expect(rows.find((r) => r[0] === u.unit)![2]).toBe(t.spreadStatus({ status: spreadStatus(u.verdict) }));
    expect(rows.filter((r) => r[2] === t.spreadComparison).map((r) => r[0])).toEqual(comparison);
  }, 120_000);

  it('the goal-fulfilment table alone, and a selection with the changes that target it', async () => {
    const f = await report({ kind: 'fulfilment' });
    expect(f.page.querySelectorAll('section.chart')).toHaveLength(0);
    expect(f.page.querySelector('section.fulfilment')).not.toBeNull();
    expect(f.page.querySelector('section.change-log')).toBeNull();
    expect(f.page.querySelector('p.lead')!.textContent).toMatch(/^Goal fulfilment, exported/);

    const scope: ReportScope = { kind: 'selection', measures: ['Fall per 1 000 vårddygn'], units: ['Avd 12 Medicin', 'Geriatrik Norr'] };
    const sel = await report(scope);
    expect([...sel.page.querySelectorAll('section.chart h2')].map((h) => h.textContent).sort()).toEqual([
      'Fall per 1 000 vårddygn – Avd 12 Medicin', 'Fall per 1 000 vårddygn – Geriatrik Norr',
    ]);
    expect(sel.page.querySelector('section.change-log')!.textContent).toContain(t.changeLogEmpty);
    // The table counts the chosen units only.
    const rows = [...tableOf(sel.page, t.fulfilmentMeasuresCaption).querySelectorAll('tbody tr')].map(cells);
    expect(rows).toEqual([['Fall per 1 000 vårddygn', '6', ...fromEngine(reportContents(sel.i).charts.map((s) => s.item), 'Fall per 1 000 vårddygn')]]);
    expect(rows[0]![2]).toBe('2');
    const ulcers = await report({ ...scope, measures: ['Trycksår per 1 000 vårddygn'] });
    expect(ulcers.page.querySelector('section.change-log h3')!.textContent).toBe(ulcers.i.changes[0]!.name);
  }, 120_000);

  it('escapes the change log’s user text', async () => {
    const i = await input({ kind: 'overview' });
    const evil = { ...i.changes[0]!, id: 'x', name: '<img src=x onerror=alert(1)>', description: 'a & "b"', measures: ['<m>'] };
    const html = buildReport(dom().document, { ...i, series: i.series.slice(0, 1), changes: [evil] }, context('sv'));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('a &amp; &quot;b&quot;');
    expect(html).toContain('&lt;m&gt;');
    expect(html).not.toContain('<img');
  }, 120_000);
});
