// `--events`: event lists → T / G charts equal to qicharts2's t and g charts of the intervals.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCases, mismatches } from '../spc/reference-cases.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'spc-events-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Point { x: string; y: number; cl: number; lcl: number; ucl: number; lcl95: number | null; ucl95: number | null; excluded: boolean; provisional: boolean; events: number; [k: string]: unknown }
interface Out { input: { rows: number; used: number; rejected: { line: number }[] }; series: { key: { unit: string }; chart: string; points: Point[]; phases: Record<string, unknown>[] }[] }

function cli(name: string, text: string, ...args: string[]) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/spc.ts'), file, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, out: r.status === 2 ? null : (JSON.parse(r.stdout) as Out) };
}
const day = (d: number) => new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10);

describe('spc --events', () => {
  it('T chart: days between event dates equal qicharts2’s t chart of those intervals', () => {
    // ref_t_n20 × 10 gives whole days; the T chart scales with its data (y^(1/3.6) back to ^3.6).
    const c = loadCases().find((r) => r.name === 'ref_t_n20')!;
    let d = 0;
    const lines = ['Datum;Enhet', `${day(0)};A`];
    for (const r of c.data) lines.push(`${day((d += Math.round(r.y! * 10)))};A`);
    const { status, out } = cli('t.csv', lines.join('\n') + '\n', '--events', '--x', 'Datum', '--unit', 'Enhet', '--until', day(d));
    expect(status).toBe(0);
    const s = out!.series[0]!;
    expect(s.chart).toBe('t');
    const scaled = (v: unknown) => (typeof v === 'number' ? v / 10 : v);
    const points = s.points.map((p, i) => ({ ...p, x: c.data[i]!.x, y: scaled(p.y), cl: scaled(p.cl), lcl: scaled(p.lcl), ucl: scaled(p.ucl), lcl95: scaled(p.lcl95), ucl95: scaled(p.ucl95) }));
    const phases = s.phases.map((p) => ({ ...p, cl: scaled(p.cl), lcl: scaled(p.lcl), ucl: scaled(p.ucl) }));
    expect(mismatches(c, points, phases)).toEqual([]);
  }, 60_000);

  it('G chart: cases between events equal qicharts2’s g chart; cases before the first event are not a point', () => {
    const c = loadCases().find((r) => r.name === 'ref_g_n25')!;
    const lines = ['date,cases', `${day(0)},99`, ...c.data.map((r, i) => `${day(i + 1)},${r.y}`)];
    const { status, out } = cli('g.csv', lines.join('\n') + '\n', '--events', '--x', 'date', '--n', 'cases');
    expect(status).toBe(0);
    const s = out!.series[0]!;
    expect(s.chart).toBe('g');
    expect(mismatches(c, s.points.map((p, i) => ({ ...p, x: c.data[i]!.x })), s.phases)).toEqual([]);
  }, 60_000);

  it('per unit, with same-day events combined, the open interval provisional and out of the limits', () => {
    const text = 'Enhet;Datum\nB;2024-01-01\nA;2024-01-01\nA;2024-01-11\nA;2024-01-11\nA;2024-01-15\nA;2024-02-04\nB;2024-03-01\n';
    const { status, out } = cli('units.csv', text, '--events', '--x', 'Datum', '--unit', 'Enhet');
    expect(status).toBe(0);
    const [a, b] = out!.series;
    expect(a!.key.unit).toBe('A');
    expect(a!.points.map((p) => [p.x, p.y, p.events, p.provisional, p.excluded])).toEqual([
      ['2024-01-11', 10, 2, false, false],
      ['2024-01-15', 4, 1, false, false],
      ['2024-02-04', 20, 1, false, false],
      ['2024-03-01', 26, 0, true, true],
    ]);
    expect(b!.points.map((p) => [p.x, p.y, p.provisional])).toEqual([['2024-03-01', 60, false]]);
  }, 60_000);

  it('rejects same-day intervals of 0 on a T chart with a clear error, and names rows not used', () => {
    const zero = cli('zero.csv', 'Datum\n2024-01-01\n2024-01-05\n2024-01-05\n', '--events', '--x', 'Datum', '--same-day', 'zero');
    expect(zero.status).toBe(2);
    expect(zero.stderr).toMatch(/greater than zero/);
    const bad = cli('bad.csv', 'Datum\n2024-01-01\n2024-13-05\n2024-01-09\n2024-01-19\n', '--events', '--x', 'Datum');
    expect(bad.status).toBe(1);
    expect(bad.out!.input).toMatchObject({ rows: 4, used: 3 });
    expect(bad.out!.input.rejected.map((r) => r.line)).toEqual([3]);
    expect(bad.stderr).toMatch(/^error: line 3/);
  }, 60_000);

  it('without --events, an event-date file is charted as days between events, not as y = 1', () => {
    const { status, out } = cli('dates.csv', 'x,y\n2024-01-01,1\n2024-01-09,1\n2024-01-12,1\n2024-02-01,1\n', '--period', 'none');
    expect(status).toBe(0);
    const s = out!.series[0]!;
    expect(s.chart).toBe('t');
    expect(s.points.map((p) => p.y)).toEqual([8, 3, 20]);
  }, 60_000);
});
