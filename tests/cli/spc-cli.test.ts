import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CHILD_PROCESS_TIMEOUT, childProcessTimeout } from '../timeouts';
import { loadCases, mismatches, type RefCase } from '../spc/reference-cases.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'src/cli/spc.ts');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'spc-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeCsv(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

function caseCsv(c: RefCase): string {
  const cell = (v: number | string | null) => (v === null ? '' : String(v));
  const lines = ['x,y,n', ...c.data.map((r) => `${cell(r.x)},${cell(r.y)},${cell(r.n)}`)];
  return writeCsv(`${c.name}.csv`, lines.join('\n') + '\n');
}

function caseArgs(c: RefCase): string[] {
  const a = c.args;
  const out = ['--chart', a.chart, '--multiply', String(a.multiply), '--agg', a['agg.fun'], '--rules', 'anhoej'];
  if (a.part) out.push('--part', a.part.join(','));
  if (a.freeze !== null) out.push('--freeze', String(a.freeze));
  if (a.exclude) out.push('--exclude', a.exclude.join(','));
  if (a.target !== null) out.push('--target', String(a.target));
  if (a.cl !== null) out.push('--cl', String(a.cl));
  if (!a.screenedmr) out.push('--no-screen');
  return out;
}

function run(args: string[]) {
  return spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: CHILD_PROCESS_TIMEOUT });
}

describe('spc CLI reproduces the reference cases', () => {
  for (const c of loadCases()) {
    it(`${c.name}`, () => {
      const out = execFileSync(TSX, [CLI, caseCsv(c), ...caseArgs(c)], { cwd: ROOT, encoding: 'utf8', timeout: CHILD_PROCESS_TIMEOUT });
      const json = JSON.parse(out) as { series: { chart: string; points: Record<string, unknown>[]; phases: Record<string, unknown>[] }[] };
      expect(json.series).toHaveLength(1);
      // A non-finite number would reach JSON as null: every point keeps a finite centre line.
      expect(json.series[0]!.points.filter((p) => typeof p.cl !== 'number' || !Number.isFinite(p.cl))).toEqual([]);
      expect(json.series[0]!.chart).toBe(c.args.chart);
      expect(mismatches(c, json.series[0]!.points, json.series[0]!.phases)).toEqual([]);
    }, CHILD_PROCESS_TIMEOUT);
  }
});

describe('spc CLI rejects bad input with exit code 2 and one line', () => {
  const good = writeCsv('good.csv', 'x,y,n\n1,3,10\n2,4,12\n3,5,11\n');
  const cases: [string, string[], RegExp][] = [
    ['unknown column', [good, '--y', 'value'], /^error: line 1, column "value": no such column/],
    ['missing denominator column', [writeCsv('non.csv', 'x,y\n1,3\n'), '--chart', 'u'], /^error: --chart u needs a denominator; name its column with --n$/],
    ['unknown chart', [good, '--chart', 'zz'], /^error: --chart: unknown value "zz"/],
    ['unknown option', [good, '--bogus', '1'], /^error: unknown option --bogus$/],
    ['missing file', [path.join(tmp, 'nope.csv')], /^error: cannot read file ".*nope\.csv": ENOENT$/],
  ];
  for (const [name, args, pattern] of cases) {
    it(name, () => {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(pattern);
    }, CHILD_PROCESS_TIMEOUT);
  }

  it('reports bad rows in input.rejected (line, reason), exits 1 and names the row and column in one line', () => {
    const cases: [string, string[], number, string, RegExp][] = [
      ['neg.csv', [writeCsv('neg.csv', 'x,y,n\n1,3,10\n2,4,12\n\n3,5,-3\n'), '--chart', 'p'], 5, 'negative-denominator', /denominator is negative in column "n"/],
      ['nan.csv', [writeCsv('nan.csv', 'x,y\n1,3\n2,abc\n3,4\n'), '--chart', 'i'], 3, 'not-a-number', /not a number in column "y" \("abc"\)/],
      ['badx.csv', [writeCsv('badx.csv', 'x,y\n1,3\nfoo,4\n2,5\n'), '--chart', 'i'], 3, 'unparseable-date', /column "x" \("foo"\)/],
    ];
    for (const [name, args, line, code, reason] of cases) {
      const r = run(args);
      expect(r.status, name).toBe(1);
      expect(r.stderr.trimEnd().split('\n'), name).toEqual([expect.stringMatching(new RegExp(`^error: line ${line}: .*column "[xyn]"`))]);
      const input = (JSON.parse(r.stdout) as { input: { rows: number; used: number; rejected: { line: number; code: string; reason: string }[] } }).input;
      expect(input.rejected, name).toHaveLength(1);
      expect(input.rejected[0]!.line).toBe(line);
      expect(input.rejected[0]!.code).toBe(code);
      expect(input.rejected[0]!.reason).toMatch(reason);
      expect(input.rows).toBe(input.used + input.rejected.length);
    }
  }, childProcessTimeout(3));

  it('accepts ISO dates, echoes x as given and writes null for missing values', () => {
    const file = writeCsv('dates.csv', 'month,count\n2024-02-01,4\n2024-01-01,3\n2024-03-01,\n');
    const r = run([file, '--x', 'month', '--y', 'count', '--chart', 'c', '--goal', '2']);
    expect(r.status).toBe(0);
    const pts = (JSON.parse(r.stdout) as { series: { points: { x: unknown; y: unknown; goal: unknown }[] }[] }).series[0]!.points;
    expect(pts.map((p) => p.x)).toEqual(['2024-01-01', '2024-02-01', '2024-03-01']);
    expect(pts[2]!.y).toBeNull();
    expect(pts[0]!.goal).toBe(2);
  }, CHILD_PROCESS_TIMEOUT);
});

describe('spc CLI: median-based I charts and the MDC conflict rule', () => {
  // 10 12 11 30 12 10 11: median 11, median moving range 2 (see tests/spc/core/iMedian.test.ts).
  const robust = writeCsv('robust.csv', 'x,y\n1,10\n2,12\n3,11\n4,30\n5,12\n6,10\n7,11\n');
  type Out = { series: { chart: string; variation: string | null; variationSide: string | null; points: { cl: number; ucl: number; special: string | null }[] }[] };

  it('--chart i_mm: median ± 3.145 × median moving range', () => {
    const r = run([robust, '--chart', 'i_mm']);
    expect(r.status).toBe(0);
    const s = (JSON.parse(r.stdout) as Out).series[0]!;
    expect(s.chart).toBe('i_mm');
    expect(s.points[0]!.cl).toBe(11);
    expect(s.points[0]!.ucl).toBeCloseTo(11 + 3.145 * 2, 12);
  }, 30000);

  it('--chart i_m: median centre line', () => {
    const s = (JSON.parse(run([robust, '--chart', 'i_m']).stdout) as Out).series[0]!;
    expect([s.chart, s.points[0]!.cl]).toEqual(['i_m', 11]);
  }, 30000);

  it('--conflict-rule decides a peak in a rising and a falling trend under mdc', () => {
    const ys = [9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 4, 5, 6, 7, 8, 15];
    const file = writeCsv('peak.csv', ['x,y', ...ys.map((y, i) => `${i + 1},${y}`), '21,8', '22,7', '23,6', '24,5', '25,4'].join('\n') + '\n');
    const peak = (extra: string[]) =>
      (JSON.parse(run([file, '--chart', 'i', '--rules', 'mdc', '--direction', 'up', ...extra]).stdout) as Out).series[0]!.points[19]!.special;
    expect(peak([])).toBe('concern');
    expect(peak(['--conflict-rule', 'improvement'])).toBe('improvement');
    expect(run([file, '--conflict-rule', 'maybe']).status).toBe(2);
  }, 60000);
});
