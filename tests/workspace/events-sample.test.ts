// The falls event list (data-samples/falls-events-sv.csv) read as the app reads it: the mapping
// step's suggestion is "one row per event", DuckDB keeps the dates, and each unit's chart is a
// T chart of the days between its falls, with the open interval since its last fall provisional.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aggregateSeries, appendBatch, createLongTable } from '../../src/lib/data/aggregate';
import { inspectText, readText } from '../../src/lib/data/ingest';
import { createNodeRunner } from '../../src/lib/data/node-runner';
import { computeSpc } from '../../src/lib/spc';
import { evaluate, type SeriesInput } from '../../src/lib/workspace/evaluate';
import { DEFAULT_SETTINGS } from '../../src/lib/workspace/settings';
import { toSeriesInputs } from '../../src/lib/workspace/series';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TEXT = readFileSync(path.join(ROOT, 'data-samples/falls-events-sv.csv'), 'utf8');

async function inputs(): Promise<SeriesInput[]> {
  const inspection = inspectText(TEXT, {});
  expect(inspection.mapping?.measures).toEqual([{ kind: 'events', name: '', count: null, cases: null }]);
  const mapping = { ...inspection.mapping!, measures: [{ kind: 'events' as const, name: 'Fall med skada', count: null, cases: null }] };
  const db = await createNodeRunner();
  try {
    await createLongTable(db);
    await readText(TEXT, { dialect: inspection.dialect, mapping, periodFormat: inspection.periodFormat, onBatch: (b) => appendBatch(db, b) });
    return toSeriesInputs(await aggregateSeries(db, { granularity: 'none', agg: 'sum' }), new Map());
  } finally {
    db.close();
  }
}

/** The file read by hand: each unit's fall dates, in order, with repeats. */
function fallsByUnit(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of TEXT.trim().split(/\r?\n/).slice(1)) {
    const [date, unit] = line.split(';') as [string, string];
    out.set(unit, [...(out.get(unit) ?? []), date].sort());
  }
  return out;
}
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describe('the falls event sample in the app', () => {
  it('gives each unit a T chart of the days between its falls; the open interval is provisional and out of the limits', async () => {
    const series = await inputs();
    const falls = fallsByUnit();
    expect(series.map((s) => s.unit).sort()).toEqual([...falls.keys()].sort());
    const lastDate = [...falls.values()].flat().sort().at(-1)!;
    for (const input of series) {
      expect(input.events).toEqual({ until: lastDate });
      const e = evaluate(input, DEFAULT_SETTINGS);
      expect(e.error).toBeNull();
      expect(e.result!.chart).toBe('t');
      // Same-day falls are one point by default: the distinct dates of the unit, the first opening the first interval.
      const dates = [...new Set(falls.get(input.unit)!)];
      const closed = dates.slice(1).map((d, i) => [d, days(dates[i]!, d)]);
      const points = e.result!.points;
      expect(points.filter((p) => !p.provisional).map((p) => [p.x, p.y])).toEqual(closed);
      // The unit whose fall is on the file's last date has no open interval.
      const openDays = days(dates.at(-1)!, lastDate);
      const open = points.at(-1)!;
      if (openDays === 0) expect(points.some((p) => p.provisional)).toBe(false);
      else expect([open.x, open.y, open.provisional, open.excluded]).toEqual([lastDate, openDays, true, true]);
      // The limits are those of the closed intervals alone.
      const alone = computeSpc(closed.map(([x, y]) => ({ x: x as string, y: y as number })), { chart: 't' });
      expect(points[0]!.ucl).toBeCloseTo(alone.points[0]!.ucl!, 9);
      expect(points[0]!.cl).toBeCloseTo(alone.points[0]!.cl!, 9);
    }
  }, 60_000);

  it('with same-day falls as intervals of 0, the T chart refuses and says why; the setting changes only how dates repeat', async () => {
    const series = await inputs();
    const falls = fallsByUnit();
    const withRepeats = series.find((s) => new Set(falls.get(s.unit)!).size < falls.get(s.unit)!.length);
    expect(withRepeats, 'the sample has a unit with two falls on one day').toBeDefined();
    const zero = evaluate(withRepeats!, { ...DEFAULT_SETTINGS, sameDay: 'zero' });
    expect(zero.error).toBe('nonpositive-time');
    // As a run chart the zeros are shown: one point per fall after the first.
    const run = evaluate(withRepeats!, { ...DEFAULT_SETTINGS, sameDay: 'zero', chart: 'run' });
    expect(run.result!.points.filter((p) => !p.provisional)).toHaveLength(falls.get(withRepeats!.unit)!.length - 1);
  }, 60_000);

  it('a G chart needs a column of cases between events', async () => {
    const [first] = await inputs();
    expect(evaluate(first!, { ...DEFAULT_SETTINGS, chart: 'g' }).error).toBe('needs-cases');
  }, 60_000);
});

describe('an event list with a count of events and the cases since the previous row', () => {
  // Hand count: 1 Jan opens (its 10 cases come before the first event, no point); 5 Jan two
  // events after 7 cases; 9 Jan cases only; 12 Jan one event (empty count) after 5 + 4 cases;
  // 20 Jan 6 cases since the last event: the open interval.
  const CSV = 'Datum;Enhet;Antal;Operationer\n2024-01-01;A;;10\n2024-01-05;A;2;7\n2024-01-09;A;0;5\n2024-01-12;A;;4\n2024-01-20;A;0;6\n';

  async function input(): Promise<SeriesInput> {
    const inspection = inspectText(CSV, {});
    const mapping = { ...inspection.mapping!, measures: [{ kind: 'events' as const, name: 'Fall', count: 2, cases: 3 }] };
    const db = await createNodeRunner();
    try {
      await createLongTable(db);
      const report = await readText(CSV, { dialect: inspection.dialect, mapping, periodFormat: inspection.periodFormat, onBatch: (b) => appendBatch(db, b) });
      expect([report.used, report.missing, report.rejected]).toEqual([5, 0, []]);
      return toSeriesInputs(await aggregateSeries(db, { granularity: 'none' }), new Map())[0]!;
    } finally {
      db.close();
    }
  }

  it('suggests a G chart of the cases between events; same-day events combined or as zeros', async () => {
    const e = evaluate(await input(), DEFAULT_SETTINGS);
    expect(e.suggestion).toEqual({ chart: 'g', reason: 'opportunities-between-events' });
    expect(e.result!.points.map((p) => [p.y, p.provisional])).toEqual([[7, false], [9, false], [6, true]]);
    const zero = evaluate(await input(), { ...DEFAULT_SETTINGS, sameDay: 'zero' });
    expect(zero.result!.points.map((p) => p.y)).toEqual([7, 0, 9, 6]);
  }, 60_000);

  it('charts the days between the event dates as a T chart when asked, to the file’s last date', async () => {
    const e = evaluate(await input(), { ...DEFAULT_SETTINGS, chart: 't' });
    expect(e.result!.points.map((p) => [p.x, p.y, p.provisional])).toEqual([
      ['2024-01-05', 4, false], ['2024-01-12', 7, false], ['2024-01-20', 8, true],
    ]);
  }, 60_000);
});
