// The Pareto view's counts (issue 11 item 6): the falls sample read by both readers with the
// suggested mapping (Orsak as the category), counted per measure × unit × category and turned
// into bars by the view model, equal the CLI's `--pareto Orsak` for all units and per unit.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import { readEventFile } from '../../src/cli/eventRows.ts';
import { paretoJson } from '../../src/cli/pareto.ts';
import { createLongTable } from '../../src/lib/data/aggregate.ts';
import { categoryCounts } from '../../src/lib/data/categories.ts';
import { ingestIntoTable } from '../../src/lib/data/duckIngest/ingestTable.ts';
import { createNodeRunner, type NodeRunner } from '../../src/lib/data/node-runner.ts';
import { paretoBars, paretoMeasures, paretoUnits, shownUnit } from '../../src/lib/workspace/paretoView.ts';

const FILE = 'data-samples/falls-events-sv.csv';
const bytes = readFileSync(FILE);
let runner: NodeRunner;
beforeAll(async () => {
  runner = await createNodeRunner();
}, 120_000);
afterAll(() => runner?.close());

async function cliPareto() {
  const args = parseArgs([FILE, '--x', 'Datum', '--unit', 'Enhet']);
  const { rows } = await readEventFile(bytes, args, 'Orsak');
  return paretoJson(rows) as { unit: string | null; bars: unknown[] }[];
}

describe('categoryCounts(runner) and paretoBars(counts, measure, unit)', () => {
  for (const reader of ['js', 'duckdb'] as const) {
    it(`give the CLI's bars for the falls sample (${reader} reader)`, async () => {
      await createLongTable(runner, 'falls');
      const read = await ingestIntoTable(runner, bytes, { table: 'falls', ...(reader === 'js' ? { reader: 'js' } : {}) });
      const header = read.inspection.header;
      expect(header[read.inspection.mapping!.category!]).toBe('Orsak');
      const counts = await categoryCounts(runner, 'falls');
      const [measure] = paretoMeasures(counts);
      const cli = await cliPareto();
      const units = paretoUnits(counts, measure!);
      expect(units).toEqual(cli.filter((c) => c.unit !== null).map((c) => c.unit));
      for (const { unit, bars } of cli) expect(paretoBars(counts, measure!, unit)).toEqual(bars);
      expect(paretoBars(counts, measure!, null).reduce((s, b) => s + b.count, 0)).toBe(168);
    }, 120_000);
  }

  it('sums an event count column where mapped', async () => {
    await createLongTable(runner, 'counted');
    const text = 'Datum;Enhet;Orsak;Antal\n2024-01-01;A;x;2\n2024-01-02;A;y;\n2024-01-03;B;x;3\n';
    const mapping = { period: 0, measure: null, unit: 1, category: 2, measures: [{ kind: 'events' as const, name: 'Fall', count: 3, cases: null }] };
    await ingestIntoTable(runner, new TextEncoder().encode(text), { table: 'counted', mapping, reader: 'js' });
    expect(await categoryCounts(runner, 'counted')).toEqual([
      { measure: 'Fall', unit: 'A', category: 'x', count: 2 },
      { measure: 'Fall', unit: 'A', category: 'y', count: 1 },
      { measure: 'Fall', unit: 'B', category: 'x', count: 3 },
    ]);
  }, 120_000);

  it('shownUnit keeps a remembered unit only when the measure has it', () => {
    expect(shownUnit(['A', 'B'], 'B')).toBe('B');
    expect(shownUnit(['A', 'B'], 'C')).toBeNull();
    expect(shownUnit(['A'], 'A')).toBeNull();
  });
});
