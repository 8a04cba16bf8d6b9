/**
 * The CLI on real exports, read through the shared ingest: dialects, encodings, column roles,
 * period aggregation in DuckDB, suggested charts, row accounting and errors.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_PROCESS_TIMEOUT, childProcessTimeout } from '../timeouts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'src/cli/spc.ts');
const SAMPLE = path.join(ROOT, 'data-samples/kvalitet-sv.csv');
const REAL = path.resolve(ROOT, '../shared/real-data');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'spc-cli-ingest-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Point {
  x: number | string;
  y: number | null;
  ySum: number | null;
  n: number | null;
  count: number;
  cl: number | null;
}
interface Rejected {
  line: number;
  reason: string;
  code: string;
  column?: string;
}
interface Output {
  input: { rows: number; used: number; rejected: Rejected[]; delimiter: string; decimal: string; encoding: string };
  series: { key: { measure: string; unit: string }; chart: string; suggested: { chart: string }; multiply: number; points: Point[] }[];
}

function run(args: string[]) {
  return spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: CHILD_PROCESS_TIMEOUT });
}

function json(args: string[]): Output {
  const r = run(args);
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as Output;
  // Exit 1 exactly when rows were not used, with one line naming the first.
  expect(r.status).toBe(out.input.rejected.length > 0 ? 1 : 0);
  expect(r.stderr.trim().split('\n').filter(Boolean)).toHaveLength(out.input.rejected.length > 0 ? 1 : 0);
  // A non-finite number would reach JSON as null: every point of every series keeps its centre line.
  for (const s of out.series) expect(s.points.filter((p) => typeof p.cl !== 'number' || !Number.isFinite(p.cl))).toEqual([]);
  expect(out.input.rows).toBe(out.input.used + out.input.rejected.length);
  return out;
}

function fail(args: string[]): string {
  const r = run(args);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

const find = (out: Output, measure: string, unit = '') => {
  const s = out.series.find((x) => x.key.measure === measure && x.key.unit === unit);
  if (!s) throw new Error(`no series ${measure} / ${unit}`);
  return s;
};

describe('spc CLI on kvalitet-sv.csv (Swedish long export) with --period month', () => {
  let out: Output;
  beforeAll(() => {
    out = json([SAMPLE, '--period', 'month']);
  }, CHILD_PROCESS_TIMEOUT);

  it('reads the dialect and every row', () => {
    expect(out.input).toMatchObject({ rows: 864, used: 864, rejected: [], delimiter: ';', decimal: ',', encoding: 'utf-8' });
  });

  it('gives 24 series with keys and 36 monthly points each', () => {
    expect(out.series).toHaveLength(24);
    expect(new Set(out.series.map((s) => JSON.stringify(s.key))).size).toBe(24);
    for (const s of out.series) {
      expect(s.points).toHaveLength(36);
      expect(s.points[0]!.x).toBe('2023-01-01');
      expect(s.points[35]!.x).toBe('2025-12-01');
    }
  });

  it('suggests a chart per series', () => {
    for (const s of out.series.filter((x) => x.key.measure === 'Riskbedömning inom 24 h')) expect(s.chart).toBe('p');
    for (const s of out.series.filter((x) => x.key.measure === 'Väntetid till läkarbedömning (min)')) expect(s.chart).toBe('i');
    for (const s of out.series.filter((x) => x.key.measure === 'Vårdrelaterade infektioner')) expect(s.chart).toBe('c');
    for (const s of out.series.filter((x) => x.key.measure.includes('per 1 000 vårddygn'))) expect(['u', 'up']).toContain(s.chart);
    for (const s of out.series) expect(s.suggested.chart).toBe(s.chart);
  });

  it('count, ySum and n of one month match a hand count from the file; the export scale is applied', () => {
    const lines = fs.readFileSync(SAMPLE, 'utf8').split(/\r?\n/).map((l) => l.split(';'));
    const rows = lines.filter((f) => f[0] === 'Riskbedömning inom 24 h' && f[1] === 'Avd 14 Kirurgi' && f[2] === '2024-07');
    const num = rows.reduce((a, f) => a + Number(f[3]), 0);
    const den = rows.reduce((a, f) => a + Number(f[4]), 0);
    const s = find(out, 'Riskbedömning inom 24 h', 'Avd 14 Kirurgi');
    const p = s.points.find((x) => x.x === '2024-07-01')!;
    expect(p.count).toBe(rows.length);
    expect(p.ySum).toBe(num);
    expect(p.n).toBe(den);
    expect(s.multiply).toBe(100); // the export shows percent
    expect(p.y).toBeCloseTo((100 * num) / den, 9);

    const v = find(out, 'Väntetid till läkarbedömning (min)', 'Avd 14 Kirurgi').points.find((x) => x.x === '2024-07-01')!;
    const vRows = lines.filter((f) => f[0] === 'Väntetid till läkarbedömning (min)' && f[1] === 'Avd 14 Kirurgi' && f[2] === '2024-07');
    const sum = vRows.reduce((a, f) => a + Number(f[5]!.replace(',', '.')), 0);
    expect(v.count).toBe(vRows.length);
    expect(v.ySum).toBeCloseTo(sum, 9);
    expect(v.y).toBeCloseTo(sum / vRows.length, 9);
    expect(v.n).toBeNull();
  });

  it('--multiply overrides the export scale; --direction/--goal apply to every series', () => {
    const o = json([SAMPLE, '--period', 'quarter', '--multiply', '1', '--direction', 'down', '--goal', '5']);
    expect(o.series).toHaveLength(24);
    for (const s of o.series) {
      expect(s.multiply).toBe(1);
      expect(s.points).toHaveLength(12);
      expect((s as unknown as { direction: string }).direction).toBe('down');
    }
  }, CHILD_PROCESS_TIMEOUT);
});

describe('spc CLI on the qicharts2 real data', () => {
  it('cabg_operations.csv: July 2011 has 1 death in 52 operations', () => {
    const out = json([path.join(REAL, 'cabg_operations.csv'), '--period', 'month']);
    expect(out.input).toMatchObject({ delimiter: ';', decimal: ',' });
    const death = find(out, 'death');
    expect(death.chart).toBe('p');
    expect(death.points).toHaveLength(36);
    expect(death.points[0]).toMatchObject({ x: '2011-07-01', ySum: 1, n: 52, count: 52 });
    // A proportion with no scale in the export is shown in percent, as the app shows it.
    expect(death.multiply).toBe(100);
    expect(death.points[0]!.y).toBeCloseTo(100 / 52, 12);
    expect(find(out, 'los').chart).toBe('i');
  }, CHILD_PROCESS_TIMEOUT);

  it('hospital_infections.csv: 18 infection × hospital rate series', () => {
    const out = json([path.join(REAL, 'hospital_infections.csv'), '--period', 'month']);
    expect(out.series).toHaveLength(18);
    expect(out.input).toMatchObject({ rows: 432, used: 432, delimiter: ',' });
    for (const s of out.series) {
      expect(['u', 'up']).toContain(s.chart);
      expect(s.points).toHaveLength(24);
    }
    const bac = find(out, 'BAC', 'AHH');
    expect(bac.points[0]).toMatchObject({ x: '2015-01-01', ySum: 17, count: 1 });
    expect(bac.points[0]!.n).toBeCloseTo(17233.6666666627, 6);
  }, CHILD_PROCESS_TIMEOUT);

  it('hospital_infections.csv with explicit roles and --chart u --multiply 10000', () => {
    const out = json([path.join(REAL, 'hospital_infections.csv'), '--period', 'quarter', '--y', 'n', '--n', 'days', '--measure', 'infection', '--unit', 'hospital', '--chart', 'u', '--multiply', '10000']);
    expect(out.series).toHaveLength(18);
    const p = find(out, 'BAC', 'AHH').points[0]!;
    expect(p.x).toBe('2015-01-01');
    expect(p.count).toBe(3);
    expect(p.y).toBeCloseTo((10000 * p.ySum!) / p.n!, 9);
  }, CHILD_PROCESS_TIMEOUT);
});

describe('spc CLI on a Windows-1252 semicolon export', () => {
  // Latin-1 covers every character used, so 'latin1' writes the Windows-1252 bytes.
  const text = [
    'Mått;Enhet;Datum;Värde',
    'Väntetid;Avd Öst;2024-01-15;12,5',
    'Väntetid;Avd Öst;2024-01-20;13,5',
    'Väntetid;Avd Öst;2024-02-03;<5',
    'Väntetid;Avd Öst;2024-02-10;11,0',
    'Väntetid;Avd Öst;2024-03-01;abc',
    'Väntetid;Avd Öst;2024-03-05;10,25',
    'Väntetid;Avd Öst;2024-02-31;9',
    'Väntetid;Avd Väst;2024-01-02;20',
    'Väntetid;Avd Väst;2024-02-02;21,5',
    'Väntetid;Avd Väst;2024-03-02;',
    '',
  ].join('\r\n');
  let file: string;
  beforeAll(() => {
    file = path.join(tmp, 'ansi.csv');
    fs.writeFileSync(file, Buffer.from(text, 'latin1'));
  });

  it('detects encoding and dialect, aggregates by month and lists rejected rows with reasons', () => {
    const out = json([file, '--period', 'month', '--chart', 'run']);
    expect(out.input).toMatchObject({ rows: 10, used: 7, delimiter: ';', decimal: ',', encoding: 'windows-1252' });
    expect(out.input.rejected.map((r) => [r.line, r.code])).toEqual([[4, 'suppressed'], [6, 'not-a-number'], [8, 'impossible-date']]);
    for (const r of out.input.rejected) expect(r.reason).not.toBe('');
    const ost = find(out, 'Väntetid', 'Avd Öst');
    expect(ost.points.map((p) => [p.x, p.count, p.ySum])).toEqual([['2024-01-01', 2, 26], ['2024-02-01', 1, 11], ['2024-03-01', 1, 10.25]]);
    expect(ost.points[0]!.y).toBe(13);
    const vast = find(out, 'Väntetid', 'Avd Väst');
    expect(vast.points[2]).toMatchObject({ x: '2024-03-01', y: null, count: 1 });
  }, CHILD_PROCESS_TIMEOUT);

  it('without --period the rows are used as in the file (dates stay dates)', () => {
    const out = json([file, '--chart', 'i']);
    const ost = find(out, 'Väntetid', 'Avd Öst');
    expect(ost.points.map((p) => p.x)).toEqual(['2024-01-15', '2024-01-20', '2024-02-10', '2024-03-05']);
  }, CHILD_PROCESS_TIMEOUT);

  it('honours --encoding, --delimiter and --decimal overrides', () => {
    const out = json([file, '--period', 'month', '--encoding', 'windows-1252', '--delimiter', ';', '--decimal', ',', '--agg', 'median']);
    expect(out.input).toMatchObject({ encoding: 'windows-1252', delimiter: ';', decimal: ',' });
    expect(find(out, 'Väntetid', 'Avd Öst').chart).toBe('i');
    const point = json([file, '--period', 'month', '--decimal', '.', '--x', 'Datum', '--y', 'Värde', '--measure', 'Mått', '--unit', 'Enhet']);
    expect(point.input.decimal).toBe('.');
    expect(point.input.rejected.filter((r) => r.code === 'not-a-number').map((r) => r.line)).toEqual([2, 3, 5, 6, 7, 10]);
    // Forced UTF-8 on Windows-1252 bytes: the override wins, the names come out garbled.
    const utf8 = json([file, '--encoding', 'utf-8']);
    expect(utf8.input.encoding).toBe('utf-8');
    expect(utf8.series.every((x) => x.key.unit.includes('\uFFFD'))).toBe(true);
  }, childProcessTimeout(3));
});

describe('spc CLI on a Parquet export', () => {
  it('reads it through the same rules as CSV and suggests a u chart for events per bed day', () => {
    const out = json([path.join(ROOT, 'tests/ingest/fixtures/falls-rate.parquet'), '--period', 'month']);
    expect(out.input).toMatchObject({ rows: 24, used: 24, rejected: [] });
    expect(out.series.map((x) => [x.key.unit, x.chart, x.points.length])).toEqual([['Avd 0', 'u', 12], ['Avd 1', 'u', 12]]);
    expect(find(out, 'Fall', 'Avd 1').points[1]).toMatchObject({ x: '2024-02-01', ySum: 3, n: 603, count: 1 });
  }, CHILD_PROCESS_TIMEOUT);
});

describe('spc CLI options and errors', () => {
  it('--period none keeps text labels in the order of the file', () => {
    const file = path.join(tmp, 'labels.csv');
    fs.writeFileSync(file, 'Fas;Värde\nvår;3\nhöst;4\nvinter;5\nvår;5\n');
    const out = json([file, '--x', 'Fas', '--y', 'Värde', '--period', 'none']);
    expect(out.series).toHaveLength(1);
    expect(out.series[0]!.points.map((p) => [p.x, p.count, p.y])).toEqual([['vår', 2, 4], ['höst', 1, 4], ['vinter', 1, 5]]);
  }, CHILD_PROCESS_TIMEOUT);

  it('--help prints every option', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    const flags = ['--chart', '--x', '--y', '--n', '--numerator', '--outcome', '--measure', '--unit', '--period', '--delimiter', '--decimal', '--encoding', '--date-format', '--part', '--freeze', '--exclude', '--target', '--multiply', '--cl', '--agg', '--rules', '--shift', '--trend', '--direction', '--goal', '--no-screen', '--help'];
    for (const f of flags) expect(r.stdout).toContain(f);
  }, CHILD_PROCESS_TIMEOUT);

  it('exits 2 with one line', () => {
    expect(fail([SAMPLE, '--measure', 'Indikator'])).toMatch(/^error: line 1, column "Indikator": no such column/);
    expect(fail([SAMPLE, '--period', 'month', '--unit', 'Avdelning'])).toMatch(/column "Avdelning"/);
    expect(fail([SAMPLE, '--period', 'fortnight'])).toMatch(/^error: --period: unknown value "fortnight"/);
    expect(fail([SAMPLE, '--period', 'day'])).toMatch(/^error: --period day: column "Månad" holds months/);
    expect(fail([SAMPLE, '--delimiter', ':'])).toMatch(/^error: --delimiter: unknown value/);
    expect(fail([SAMPLE, '--encoding', 'latin-9'])).toMatch(/^error: --encoding: unknown value/);
    const labels = path.join(tmp, 'labels2.csv');
    fs.writeFileSync(labels, 'Fas;Värde\nvår;3\nhöst;4\n');
    expect(fail([labels, '--x', 'Fas', '--y', 'Värde', '--period', 'month'])).toMatch(/^error: --period month: column "Fas" holds no dates/);
    const nothing = path.join(tmp, 'nothing.csv');
    fs.writeFileSync(nothing, 'x,y\n1,abc\n2,<5\n');
    expect(fail([nothing])).toMatch(/^error: no usable rows in ".*nothing\.csv" \(2 rejected; first: line 2: /);
  }, childProcessTimeout(8));
});
