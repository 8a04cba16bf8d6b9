// `--funnel` and `--pareto` print the pure layers' results for the file's units.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { funnelPlot } from '../../src/lib/spc/funnel.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'spc-few-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(name: string, text: string, ...args: string[]) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/spc.ts'), file, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, out: r.status === 2 ? null : (JSON.parse(r.stdout) as Record<string, unknown>) };
}

const csv = ['measure;unit;month;numerator;denominator'];
const data: Record<string, [number, number][]> = { A: [[10, 100], [30, 120]], B: [[5, 80], [9, 90]], C: [[40, 200], [70, 210]], D: [[2, 50], [1, 40]] };
for (const [unit, months] of Object.entries(data)) months.forEach(([y, n], i) => csv.push(`Andel;${unit};2024-0${i + 1};${y};${n}`));
const text = csv.join('\n') + '\n';

describe('spc --funnel', () => {
  it('one period and all periods: the units’ sums in funnelPlot, overdispersion on by default', () => {
    const one = cli('f.csv', text, '--period', 'month', '--funnel', '2024-02');
    expect(one.status).toBe(0);
    const [f] = one.out!.funnels as ReturnType<typeof funnelPlot>[];
    const units = Object.entries(data).map(([unit, m]) => ({ unit, numerator: m[1]![0], denominator: m[1]![1] }));
    expect(f).toMatchObject(JSON.parse(JSON.stringify(funnelPlot(units, { kind: 'proportion' }))));

    const all = cli('f.csv', text, '--period', 'month', '--funnel', 'all', '--no-overdispersion');
    const [g] = all.out!.funnels as (ReturnType<typeof funnelPlot> & { outside: unknown[] })[];
    const sums = Object.entries(data).map(([unit, m]) => ({ unit, numerator: m[0]![0] + m[1]![0], denominator: m[0]![1] + m[1]![1] }));
    const expected = funnelPlot(sums, { kind: 'proportion', overdispersion: false });
    expect(g).toMatchObject(JSON.parse(JSON.stringify(expected)));
    expect(g!.outside).toEqual(expected.points.filter((p) => p.outside).map((p) => ({ unit: p.unit, ...p.outside })));
  }, 120_000);

  it('refuses a period that is not in the file, and a missing --period', () => {
    expect(cli('f.csv', text, '--period', 'month', '--funnel', '2023').stderr).toMatch(/^error: --funnel 2023: no period/);
    expect(cli('f.csv', text, '--funnel', 'all').stderr).toMatch(/^error: --funnel needs --period/);
  }, 120_000);
});

describe('spc --pareto', () => {
  it('counts by category for all units and per unit, with --y counts', () => {
    const events = 'Datum;Enhet;Orsak;Antal\n2024-01-02;A;Halka;1\n2024-01-05;A;Yrsel;2\n2024-01-09;B;Halka;1\n2024-01-11;B;Halka;1\n';
    const r = cli('p.csv', events, '--pareto', 'Orsak', '--x', 'Datum', '--unit', 'Enhet', '--y', 'Antal');
    expect(r.status).toBe(0);
    const charts = r.out!.pareto as { unit: string | null; bars: { category: string; count: number; cumulativePercent: number }[] }[];
    expect(charts.map((c) => [c.unit, c.bars.map((b) => [b.category, b.count, b.cumulativePercent])])).toEqual([
      [null, [['Halka', 3, 60], ['Yrsel', 2, 100]]],
      ['A', [['Yrsel', 2, 200 / 3], ['Halka', 1, 100]]],
      ['B', [['Halka', 2, 100]]],
    ]);
  }, 60_000);
});
