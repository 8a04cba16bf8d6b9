/**
 * Export shapes through the CLI, from the files as exported (tests/fixtures/shapes, made by
 * scripts/make-fixtures.mjs) and the real exports in ../shared/real-data: title lines above the
 * header, periods as columns, a phase column, patient-level rows, lone "-" cells. Every import
 * report balances: rows = used + rejected, per measure too, and missing rows are listed.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHAPES = path.join(ROOT, 'tests/fixtures/shapes');
const REAL = path.resolve(ROOT, '../shared/real-data');
const TIMEOUT = 180_000;

interface MeasureReport { measure: string; outcome: boolean; rows: number; used: number; missing: number; missingLines: number[]; dashes: number; rejected: Record<string, { count: number; lines: number[] }> }
interface Output {
  input: { rows: number; used: number; missing: number; records: number; headerLine: number; encoding: string; rejected: { line: number; code: string; column?: string; value?: string }[]; measures: MeasureReport[] };
  series: { key: { measure: string; unit: string }; chart: string; points: { x: string; y: number | null; n: number | null; ySum: number | null }[]; phases: { from: number; to: number }[] }[];
}

function cli(args: string[]): Promise<{ status: number | null; out: Output | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/spc.ts'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, out: stdout ? (JSON.parse(stdout) as Output) : null, stderr }));
  });
}
const shape = (name: string) => path.join(SHAPES, name);

/** rows = used + rejected overall and per measure; the per-measure rows add up to all rows. */
function expectBalanced(out: Output): void {
  const { input } = out;
  expect(input.used + input.rejected.length).toBe(input.rows);
  let rows = 0;
  let missing = 0;
  for (const m of input.measures) {
    const rejected = Object.values(m.rejected).reduce((s, r) => s + r.count, 0);
    expect(m.used + rejected, m.measure).toBe(m.rows);
    expect(m.missingLines.length).toBe(Math.min(m.missing, 200));
    rows += m.rows;
    missing += m.missing;
  }
  expect(rows).toBe(input.rows);
  expect(missing).toBe(input.missing);
}

describe('title lines, notes and totals around the header', () => {
  it('finds the header below two title lines and a blank line, and rejects the total and source lines', async () => {
    const { status, out } = await cli([shape('title-lines-sv.csv'), '--period', 'month']);
    expect(status).toBe(1);
    expect(out!.input.headerLine).toBe(4);
    expect(out!.series.map((s) => s.key.unit).sort()).toEqual(['Geriatrik', 'Kirurgi 2', 'Medicin 1']);
    for (const s of out!.series) expect(s.points).toHaveLength(24);
    expect(out!.input.rejected.map((r) => [r.line, r.code])).toEqual([[77, 'total-row'], [78, 'note-line']]);
    expectBalanced(out!);
    // The first ward's first month, as in the file (line 5).
    const [month, unit, falls, days] = readFileSync(shape('title-lines-sv.csv'), 'utf8').split('\r\n')[4]!.split(';');
    const first = out!.series.find((s) => s.key.unit === unit)!.points[0]!;
    expect([first.x, first.ySum, first.n]).toEqual([`${month}-01`, Number(falls), Number(days)]);
  }, TIMEOUT);

  it('--header-row names the header line instead', async () => {
    const { status, stderr } = await cli([shape('title-lines-sv.csv'), '--header-row', '2', '--y', 'Antal fall']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^error: line 2, column "Antal fall": no such column/);
  }, TIMEOUT);
});

describe('periods as columns', () => {
  it('unpivots a Danish month-per-column sheet: wards become units, the title the measure', async () => {
    const { out } = await cli([shape('wide-months-da.csv'), '--period', 'month']);
    expect(out!.input).toMatchObject({ encoding: 'windows-1252', headerLine: 2, records: 5 });
    expect(out!.series).toHaveLength(4);
    const lines = readFileSync(shape('wide-months-da.csv'), 'latin1').split('\r\n');
    const [ward, ...cells] = lines[2]!.split(';');
    const s = out!.series.find((x) => x.key.unit === ward)!;
    expect(s.key.measure).toBe(lines[0]);
    expect(s.points.map((p) => p.x)).toEqual(Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}-01`));
    expect(s.points.map((p) => p.y)).toEqual(cells.slice(0, 12).map(Number));
    // The "I alt" row is a total (one rejection per period cell), the "I alt" column is not a period.
    expect(out!.input.rejected.every((r) => r.code === 'total-row' && r.line === 7)).toBe(true);
    expect(out!.input.rejected).toHaveLength(12);
    expectBalanced(out!);
  }, TIMEOUT);

  it('reads 2023M01 columns of a statistics table; a rejected cell keeps its line and column', async () => {
    const { out } = await cli([shape('wide-scb-sv.csv'), '--period', 'month']);
    expect(out!.input.headerLine).toBe(3);
    expect(out!.series.map((s) => s.key.unit)).toEqual(['01 Stockholm', '03 Uppsala', '25 Norrbotten']);
    expect(out!.input.rejected.find((r) => r.code === 'suppressed')).toMatchObject({ line: 5, column: '2023M06', value: '..' });
    expect(out!.input.measures[0]!.dashes).toBe(3);
    expect(out!.input.missing).toBe(3);
    expectBalanced(out!);
    const zero = await cli([shape('wide-scb-sv.csv'), '--period', 'month', '--dash', 'zero']);
    expect(zero.out!.input.missing).toBe(0);
    expect(zero.out!.series[2]!.points[3]!.y).toBe(0);
  }, TIMEOUT);

  it('reads Norwegian quarters (2022K1) with indicator and trust columns as measure and unit', async () => {
    const { status, out } = await cli([shape('wide-quarters-nb.tsv'), '--period', 'quarter']);
    expect(status).toBe(0);
    expect(out!.series.map((s) => `${s.key.measure}|${s.key.unit}`)).toEqual([
      'Fristbrudd|Helse Nord', 'Fristbrudd|Helse Vest', 'Korridorpasienter|Helse Nord', 'Korridorpasienter|Helse Vest',
    ]);
    expect(out!.series[0]!.points.map((p) => p.x).slice(0, 2)).toEqual(['2022-01-01', '2022-04-01']);
    expectBalanced(out!);
  }, TIMEOUT);
});

describe('phase column', () => {
  it('splits each ward where före turns into efter', async () => {
    const { out } = await cli([shape('phase-sv.csv'), '--period', 'month']);
    for (const s of out!.series) expect(s.phases.map((p) => [p.from, p.to])).toEqual([[1, 18], [19, 30]]);
    expectBalanced(out!);
  }, TIMEOUT);

  it('opens cdi.csv in two phases from its period column, with --phase or without', async () => {
    for (const extra of [[], ['--phase', 'period']]) {
      const { out } = await cli([path.join(REAL, 'cdi.csv'), '--period', 'month', ...extra]);
      expect(out!.series).toHaveLength(1);
      expect(out!.series[0]!.phases.map((p) => [p.from, p.to])).toEqual([[1, 24], [25, 36]]);
    }
  }, TIMEOUT);
});

describe('patient-level rows', () => {
  it('takes Trykksår (Ja/Nei) as the outcome, never Pasientnr, and counts blank outcomes as missing', async () => {
    const { out } = await cli([shape('patients-nb.csv'), '--period', 'month']);
    const measures = new Set(out!.series.map((s) => s.key.measure));
    expect(measures).toEqual(new Set(['Liggetid (døgn)', 'Trykksår (Ja/Nei)']));
    const outcome = out!.input.measures.find((m) => m.measure === 'Trykksår (Ja/Nei)')!;
    expect(outcome).toMatchObject({ outcome: true, rows: 900, used: 900, missing: 10 });
    const text = readFileSync(shape('patients-nb.csv'), 'utf8').split('\r\n');
    expect(outcome.missingLines).toEqual(text.flatMap((l, i) => (i > 0 && l.endsWith(';') ? [i + 1] : [])));
    // Blank outcomes are in no denominator: the denominators add up to the 890 known outcomes.
    const n = out!.series.filter((s) => s.key.measure === 'Trykksår (Ja/Nei)').flatMap((s) => s.points).reduce((a, p) => a + (p.n ?? 0), 0);
    expect(n).toBe(890);
    expectBalanced(out!);
  }, TIMEOUT);
});

describe('real exports', () => {
  it.each(['cabg_operations.csv', 'hospital_infections.csv', 'cdi.csv'])('%s reads with a balanced report', async (name) => {
    const { out } = await cli([path.join(REAL, name), '--period', 'month']);
    expect(out!.input.headerLine).toBe(1);
    expect(out!.series.length).toBeGreaterThan(0);
    expectBalanced(out!);
  }, TIMEOUT);
});
