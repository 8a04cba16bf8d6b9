/**
 * The command line's contract (issue 8): `--x`, `--y`, `--n` default to the columns x, y, n in
 * any subset; an integer x is an x; a yes/no `--y` is an outcome; `--target` is `--goal`; an
 * option that cannot apply gets one line naming it. Every combination runs in-process through
 * `main` (the same code as `npm run spc`), a few as the real child process.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs, OPTIONS, HELP } from '../../src/cli/args.ts';
import { main } from '../../src/cli/main.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'spc-contract-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Point { x: number | string; y: number | null; n: number | null; ySum: number | null; goal: number | null }
interface Series { key: { measure: string }; chart: string; multiply: number; assurance: string | null; variation: string; points: Point[] }
interface Result { code: number; stdout: string; stderr: string[]; series: Series[] }

async function cli(args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  const lines = stderr.trimEnd().split('\n').filter(Boolean);
  return { code, stdout, stderr: lines, series: code === 2 ? [] : (JSON.parse(stdout) as { series: Series[] }).series };
}

function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

// 15 rows; y ≤ n, so the suggested chart for y/n is a p chart.
const Y = [7, 6, 9, 8, 11, 5, 7, 10, 9, 6, 8, 12, 7, 9, 8];
const N = [58, 48, 55, 60, 52, 49, 57, 51, 59, 50, 53, 56, 47, 54, 52];
const month = (i: number) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
const FILES = {
  plain: { dates: false, n: true, text: 'x,y,n\n' + Y.map((y, i) => `${i + 1},${y},${N[i]}\n`).join('') },
  plainValues: { dates: false, n: false, text: 'x,y\n' + Y.map((y, i) => `${i + 1},${y}\n`).join('') },
  dated: { dates: true, n: true, text: 'x,y,n\n' + Y.map((y, i) => `${month(i)},${y},${N[i]}\n`).join('') },
  datedValues: { dates: true, n: false, text: 'x,y\n' + Y.map((y, i) => `${month(i)},${y}\n`).join('') },
};
const SUBSETS: string[][] = [[], ['--x', 'x'], ['--y', 'y'], ['--n', 'n'], ['--x', 'x', '--y', 'y'], ['--x', 'x', '--n', 'n'], ['--y', 'y', '--n', 'n'], ['--x', 'x', '--y', 'y', '--n', 'n']];

describe('--x, --y and --n default to x, y and n, in every subset, on files with and without dates and denominators', () => {
  for (const [name, f] of Object.entries(FILES)) {
    const periods: (string[] | null)[] = [null, ['--period', 'none'], ...(f.dates ? [['--period', 'month']] : [])];
    for (const subset of SUBSETS) {
      for (const period of periods) {
        const args = [...subset, ...(period ?? [])];
        it(`${name} ${args.join(' ') || '(no flags)'}`, async () => {
          const r = await cli([write(`${name}.csv`, f.text), ...args]);
          if (subset.includes('--n') && !f.n) {
            // Named explicitly but missing: one line naming the column.
            expect(r.code).toBe(2);
            expect(r.stdout).toBe('');
            expect(r.stderr).toEqual([expect.stringMatching(/^error: line 1, column "n": no such column/)]);
            return;
          }
          expect(r.stderr).toEqual([]);
          expect(r.code).toBe(0);
          expect(r.series).toHaveLength(1);
          const s = r.series[0]!;
          expect(s.key.measure).toBe('y');
          const xs = Y.map((_, i) => (period?.[1] === 'month' || f.dates ? month(i) : i + 1));
          expect(s.points.map((p) => p.x)).toEqual(xs);
          if (f.n) {
            // With --period, proportions are shown in percent as in the app; without, as given.
            const scale = period === null ? 1 : 100;
            expect(s.chart).toBe('p');
            expect(s.multiply).toBe(scale);
            expect(s.points.map((p) => p.n)).toEqual(N);
            s.points.forEach((p, i) => expect(p.y).toBeCloseTo((scale * Y[i]!) / N[i]!, 12));
          } else {
            expect(s.chart).toBe('c');
            expect(s.points.map((p) => p.y)).toEqual(Y);
            expect(s.points.every((p) => p.n === null)).toBe(true);
          }
        }, 120_000);
      }
    }
  }

  it('other column names work when named, and the defaults do not invent columns', async () => {
    const file = write('named.csv', 'period,deaths,operations\n' + Y.map((y, i) => `${i + 1},${y},${N[i]}\n`).join(''));
    const r = await cli([file, '--x', 'period', '--y', 'deaths', '--n', 'operations', '--chart', 'p']);
    expect(r.code).toBe(0);
    expect(r.series[0]!.points.map((p) => [p.x, p.n])).toEqual(N.map((n, i) => [i + 1, n]));
    const noX = await cli([file, '--y', 'deaths']);
    expect(noX.code).toBe(2);
    expect(noX.stderr).toEqual(['error: no date/period column recognised; name it with --x']);
  }, 120_000);

  it('--y with a column named n does not take n as its own denominator', async () => {
    const file = write('counts.csv', 'x,n,days\n' + Y.map((y, i) => `${i + 1},${y},${N[i]! * 10}\n`).join(''));
    const r = await cli([file, '--y', 'n']);
    expect(r.code).toBe(0);
    expect(r.series[0]!.points.map((p) => p.y)).toEqual(Y);
    const rate = await cli([file, '--y', 'n', '--n', 'days', '--chart', 'u']);
    expect(rate.series[0]!.points.map((p) => p.n)).toEqual(N.map((n) => n * 10));
  }, 120_000);
});

describe('a --y column of yes/no values is read as an outcome', () => {
  const vocabularies: [string, string, string][] = [
    ['Ja/Nej', 'Ja', 'Nej'],
    ['Ja/Nei', 'ja', 'NEI'],
    ['Yes/No', 'Yes', 'no'],
    ['1/0', '1', '0'],
    ['TRUE/FALSE', 'TRUE', 'false'],
    ['sand/falsk', 'Sand', 'FALSK'],
  ];
  // Per month: 4 rows, the first `yes[i]` of them yes.
  const yes = [1, 0, 2, 1, 3, 0, 1, 2, 1, 0, 1, 2, 4, 1];
  for (const [name, y, n] of vocabularies) {
    it(`${name}: per row without --period, per month with it`, async () => {
      const rows = yes.flatMap((k, m) => [0, 1, 2, 3].map((j) => `${month(m).slice(0, 8)}${String(j + 1).padStart(2, '0')},${j < k ? y : n}`));
      const file = write(`outcome-${name.replace('/', '-')}.csv`, 'datum,death\n' + rows.join('\n') + '\n');
      const raw = await cli([file, '--y', 'death']);
      expect(raw.stderr).toEqual([]);
      expect(raw.code).toBe(0);
      const pts = raw.series[0]!.points;
      expect(pts).toHaveLength(rows.length);
      expect(pts.map((p) => [p.y, p.n])).toEqual(rows.map((r) => [r.endsWith(`,${y}`) ? 1 : 0, 1]));
      const monthly = await cli([file, '--y', 'death', '--period', 'month', '--chart', 'p']);
      expect(monthly.code).toBe(0);
      const s = monthly.series[0]!;
      expect(s.multiply).toBe(100);
      expect(s.points.map((p) => [p.x, p.ySum ?? 0, p.n])).toEqual(yes.map((k, m) => [month(m), k, 4]));
      expect(s.points.map((p) => p.y)).toEqual(yes.map((k) => (100 * k) / 4));
    }, 120_000);
  }

  it('--outcome stays, and a Ja/Nej column of a real export reads as an outcome', async () => {
    const cabg = path.resolve(ROOT, '../shared/real-data/cabg_operations.csv');
    const byY = await cli([cabg, '--y', 'death', '--period', 'month']);
    const byOutcome = await cli([cabg, '--outcome', 'death', '--period', 'month']);
    expect(byY.code).toBe(0);
    expect(byY.series[0]!.points[0]).toMatchObject({ x: '2011-07-01', ySum: 1, n: 52 });
    expect(byY.series[0]!.points).toEqual(byOutcome.series[0]!.points);
  }, 120_000);
});

describe('--target and --goal are one goal', () => {
  // 20 values around 50: the limits lie about 50 ± 8, so a goal of 53.3 is met only sometimes.
  const V = [50, 48, 52, 51, 47, 53, 49, 50, 52, 48, 51, 49, 50, 53, 47, 52, 50, 49, 51, 50];
  const file = () => write('goal.csv', 'x,y\n' + V.map((v, i) => `${i + 1},${v}\n`).join(''));

  it('--target 53.3 --rules mdc gives the assurance icon, exactly as --goal 53.3', async () => {
    const target = await cli([file(), '--target', '53.3', '--rules', 'mdc', '--direction', 'up', '--chart', 'i']);
    const goal = await cli([file(), '--goal', '53.3', '--rules', 'mdc', '--direction', 'up', '--chart', 'i']);
    expect(target.code).toBe(0);
    expect(target.series[0]!.assurance).toBe('hit-and-miss');
    expect(target.series[0]!.points.every((p) => p.goal === 53.3)).toBe(true);
    expect(target.stdout).toBe(goal.stdout);
    const down = await cli([file(), '--target', '30', '--rules', 'mdc', '--direction', 'down', '--chart', 'i']);
    expect(down.series[0]!.assurance).toBe('fail');
  }, 120_000);

  it('both with the same value are fine; different values get one line', async () => {
    expect((await cli([file(), '--target', '53.3', '--goal', '53.3'])).code).toBe(0);
    const r = await cli([file(), '--target', '53.3', '--goal', '50']);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual(['error: --goal: --target and --goal are the same goal and were given different values; give one of them']);
  }, 120_000);
});

describe('an option that cannot apply gets one line naming it and what to do instead', () => {
  const cases: [string, string, string[], RegExp][] = [
    ['--n with only an outcome', 'date,death,n\n2024-01-01,Ja,3\n2024-02-01,Nej,4\n', ['--outcome', 'death', '--n', 'n'], /^error: --n n: an outcome column .*; leave out --n$/],
    ['--n without a numerator', 'x,n\n1,3\n2,4\n', ['--n', 'n'], /^error: --n n: no numerator; name it with --y/],
    ['--numerator without --n', 'x,y\n1,3\n2,4\n', ['--numerator', 'y'], /^error: --numerator needs --n/],
    ['a chart that needs a denominator', 'x,y\n1,3\n2,4\n', ['--chart', 'p'], /^error: --chart p needs a denominator; name its column with --n$/],
    ['--period month on an integer x', 'x,y\n1,3\n2,4\n', ['--period', 'month'], /^error: --period month: column "x" holds no dates or periods \(use --period none/],
    ['--outcome beside --y and --n without --period', 'x,y,n,ok\n1,3,5,Ja\n', ['--outcome', 'ok', '--y', 'y'], /^error: --outcome cannot be combined with --y and --n without --period; add --period/],
    ['an unknown --conflict-rule', 'x,y\n1,3\n', ['--conflict-rule', 'maybe'], /^error: --conflict-rule: unknown value "maybe" \(expected improvement\|concern\)$/],
    ['a flag without its value', 'x,y\n1,3\n', ['--goal'], /^error: --goal: missing value$/],
    ['--trend under a profile without a trend rule', 'x,y\n1,3\n', ['--trend', '5'], /^error: --trend: the anhoej rules have no trend rule; choose --rules mdc or ihi, or leave out --trend$/],
    ['--shift under Anhøj', 'x,y\n1,3\n', ['--rules', 'anhoej', '--shift', '7'], /^error: --shift: the anhoej rules have no shift rule; choose --rules mdc or western-electric or ihi/],
    ['--conflict-rule without a direction', 'x,y\n1,3\n', ['--conflict-rule', 'improvement'], /^error: --conflict-rule: without a direction .*; add --direction up or down/],
  ];
  for (const [name, text, args, pattern] of cases) {
    it(name, async () => {
      const r = await cli([write('bad.csv', text), ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toHaveLength(1);
      expect(r.stderr[0]).toMatch(pattern);
    }, 120_000);
  }
});

describe('parseArgs', () => {
  it('reads every flag of the table, negative numbers as values and --flag=value', () => {
    const a = parseArgs(['f.csv', '--cl', '-5', '--goal=-2.5', '--direction', 'down', '--conflict-rule', 'improvement', '--rules', 'mdc', '--trend', '7', '--part', '12,24', '--no-screen']);
    expect(a.file).toBe('f.csv');
    expect(a.options).toEqual({ cl: -5, goal: -2.5, direction: 'down', conflictRule: 'improvement', rules: 'mdc', trend: 7, part: [12, 24], screenMovingRanges: false });
    expect(parseArgs(['f.csv', '--target', '53.3']).options).toEqual({ goal: 53.3 });
    expect(parseArgs(['-h']).help).toBe(true);
    expect(() => parseArgs(['a.csv', 'b.csv'])).toThrow('unexpected argument "b.csv"');
    expect(() => parseArgs([])).toThrow('missing CSV file argument');
  });

  it('--help names every flag of the table', () => {
    for (const name of Object.keys(OPTIONS)) expect(HELP).toContain(`--${name}`);
  });
});

describe('npm run --silent spc as a child process', () => {
  it('--chart p --n n and --chart p --y y --n n on a plain x,y,n file print the same parsed values', () => {
    const file = write('child.csv', FILES.plain.text);
    const run = (args: string[]) => spawnSync('npm', ['run', '--silent', 'spc', '--', file, ...args], { cwd: ROOT, encoding: 'utf8' });
    const a = run(['--chart', 'p', '--n', 'n']);
    const b = run(['--chart', 'p', '--y', 'y', '--n', 'n']);
    expect([a.status, a.stderr, b.status]).toEqual([0, '', 0]);
    const pts = (JSON.parse(a.stdout) as { series: Series[] }).series[0]!.points;
    expect(pts.map((p) => [p.x, p.n])).toEqual(N.map((n, i) => [i + 1, n]));
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
  }, 180_000);
});
