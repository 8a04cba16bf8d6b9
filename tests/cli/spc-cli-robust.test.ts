/**
 * Issue 14 through the command line: overflow, a stray byte, duplicate and missing header names,
 * an implausible year and the bound on filled periods, a closed pipe, and role flags naming one
 * column twice. Every case is a file an export could really be.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'src/cli/spc.ts');
const SAMPLE = path.join(ROOT, 'data-samples/kvalitet-sv.csv');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'spc-cli-robust-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
/** A child process on a loaded 2-core machine. */
const SLOW = 180_000;

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function exec(cmd: string, args: string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const cli = (args: string[]) => exec(TSX, [CLI, ...args]);

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
}

interface Output {
  input: { rows: number; used: number; rejected: { line: number; code: string; column?: string; value?: string }[]; encoding: string; replacedLines: number[] };
  series: { key: { measure: string; unit: string }; points: { x: string; y: number | null; ySum: number | null; n: number | null }[] }[];
}

/** A printed result: exit 0 or 1, every row accounted for. */
function output(r: Result): Output {
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as Output;
  expect(r.status).toBe(out.input.rejected.length > 0 ? 1 : 0);
  expect(out.input.rows).toBe(out.input.used + out.input.rejected.length);
  return out;
}

/** Unusable input: exit 2, nothing on stdout, one line on stderr. */
function usage(r: Result): string {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

const days = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10));

describe.concurrent('spc CLI: silently wrong data is rejected (issue 14)', () => {
  it('1: a numerator 1e309 is rejected with its line; the month is missing, not 0', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')};A;${i === 4 ? '1e309' : (i % 4) + 1};20`);
    const p = file('overflow.csv', `Månad;Enhet;Händelser;Vårddygn\n${rows.join('\n')}\n`);
    const r = await cli([p, '--period', 'month', '--chart', 'u']);
    const out = output(r);
    expect(out.input.rejected).toEqual([expect.objectContaining({ line: 6, code: 'non-finite-number', column: 'Händelser', value: '1e309' })]);
    const may = out.series[0]!.points.find((pt) => pt.x === '2024-05-01')!;
    expect(may).toMatchObject({ y: null, ySum: null, n: null });
    expect(r.stderr).toMatch(/^error: line 6: the number is too large/);
  }, SLOW);

  it('2: the sample with one 0xFF byte is still UTF-8: 6 measures × 4 units, "Mått" recognised', async () => {
    const bytes = fs.readFileSync(SAMPLE);
    const at = bytes.indexOf(0x0d, bytes.indexOf(0x0a)); // end of line 2
    const p = file('one-ff.csv', Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
    const out = output(await cli([p, '--period', 'month']));
    expect(out.input.encoding).toBe('utf-8');
    expect(out.input.replacedLines).toEqual([2]);
    expect(new Set(out.series.map((s) => s.key.measure)).size).toBe(6);
    expect(new Set(out.series.map((s) => s.key.unit)).size).toBe(4);
    expect(out.series.map((s) => s.key.measure)).toContain('Riskbedömning inom 24 h');
    // The damaged cell is the one row not used, at its line.
    expect(out.input.rejected.map((x) => [x.line, x.code])).toEqual([[2, 'not-a-number']]);
  }, SLOW);

  it('3: header a;a;a keeps the yes/no column and the value column apart; every used row is in a series', async () => {
    const body = days('2024-01-01', 6).map((d, i) => `${d};${i % 2 ? 'ja' : 'nej'};${i + 5}`);
    const out = output(await cli([file('dup.csv', `a;a;a\n${body.join('\n')}\n`), '--period', 'day']));
    expect(out.series.map((s) => s.key.measure).sort()).toEqual(['a (2)', 'a (3)']);
    expect(out.input.used).toBe(12);
    const value = out.series.find((s) => s.key.measure === 'a (3)')!;
    expect(value.points.map((pt) => pt.y)).toEqual([5, 6, 7, 8, 9, 10]);
  }, SLOW);

  it('3: a header row of only delimiters is a missing header: exit 2, never the first data row as header', async () => {
    const line = usage(await cli([file('no-header.csv', ';;\n2024-01-01;A;5\n2024-02-01;A;6\n2024-03-01;A;7\n')]));
    expect(line).toBe('error: line 1: the header row holds only separators; the first row must name the columns');
  }, SLOW);

  /** One file per test: the tests run at once. */
  const typoYear = (tag: string) => {
    const rows = days('2024-01-01', 200).map((d, i) => `${d};${i % 7}`);
    return file(`typo-year-${tag}.csv`, `Datum;Värde\n${rows.join('\n')}\n0224-03-05;3\n`);
  };

  it('4: one mistyped year in daily data is an implausible year, not 657,573 filled days', async () => {
    const out = output(await cli([typoYear('day'), '--period', 'day']));
    expect(out.input.rejected).toEqual([expect.objectContaining({ line: 202, code: 'implausible-year', value: '0224-03-05' })]);
    expect(out.series[0]!.points).toHaveLength(200);
  }, SLOW);

  it('4: with the window widened to take the year, the bound on filled points stops the read (exit 2)', async () => {
    const p = typoYear('bound');
    const line = usage(await cli([p, '--period', 'day', '--years', '1-2100']));
    expect(line).toBe(
      'error: series "Värde": filling empty days from 0224-03-05 (line 202) to 2024-07-18 (line 201) would make 657573 points, more than 5000' +
        ' (check those dates, choose a longer --period, or raise --max-points)',
    );
  }, SLOW);

  it('4: a coarser period fills within the bound', async () => {
    expect(output(await cli([typoYear('year'), '--period', 'year', '--years', '1-2100'])).series[0]!.points).toHaveLength(1801);
  }, SLOW);

  it('5: week 0024-W05 is in year 24 when the window takes it; a reversed window is a usage error', async () => {
    const p = file('early.csv', 'Vecka;Värde\n0024-W05;1\n0024-W06;2\n');
    const out = output(await cli([p, '--period', 'week', '--years', '0-100']));
    expect(out.series[0]!.points.map((pt) => pt.x)).toEqual(['0024-01-29', '0024-02-05']);
    expect(usage(await cli([p, '--years', '2100-1900']))).toBe('error: --years: expected FROM-TO with FROM ≤ TO, e.g. 1900-2100: "2100-1900"');
  }, SLOW);

  it('5: 0000-02-29 exists (year 0 is a leap year) in a window that takes it', async () => {
    const leap = output(await cli([file('leap.csv', 'Datum;Värde\n0000-02-29;1\n0000-03-01;2\n'), '--period', 'day', '--years', '0-2100']));
    expect(leap.series[0]!.points.map((pt) => pt.x)).toEqual(['0000-02-29', '0000-03-01']);
  }, SLOW);

  it('6: piping into head prints no EPIPE stack trace', async () => {
    const r = await exec('sh', ['-c', `"${TSX}" "${CLI}" "${SAMPLE}" --period month | head -c 100`]);
    expect(r.stdout).toHaveLength(100);
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
  }, SLOW);

  it('6: --y and --n naming one column give one usage line', async () => {
    const p = file('xy.csv', 'x;a\n1;2\n2;3\n');
    expect(usage(await cli([p, '--y', 'a', '--n', 'a']))).toBe('error: --y and --n name the same column "a"; each role needs its own column');
  }, SLOW);
});
