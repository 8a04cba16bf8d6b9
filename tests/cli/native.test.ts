/**
 * The CLI's native DuckDB read (`--engine native`, out of core) against its DuckDB-WASM read
 * (`--engine wasm`): the same output, exit code and error line over every CSV/TSV fixture and a
 * generated file larger than the inspected head, whose quoted fields hold line breaks across the
 * streamed blocks. Skipped, saying so, when the optional `@duckdb/node-api` is not installed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNative } from '../../src/lib/data/native-runner.ts';
import { HEAD_BYTES, readHead, scanFile } from '../../src/lib/data/nativeIngest.ts';
import { scanRecords } from '../../src/lib/data/duckIngest/recordScan.ts';
import { run } from './sqlHelpers.ts';
import { childProcessTimeout, HOOK_TIMEOUT, TEST_TIMEOUT } from '../timeouts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  fs.readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return fs.statSync(p).isDirectory() ? files(p) : /\.(csv|tsv|txt)$/.test(f) ? [p] : [];
  });
const FIXTURES = [
  ...files(path.join(ROOT, 'tests/fixtures')),
  ...files(path.join(ROOT, 'tests/ingest/fixtures')),
  ...files(path.resolve(ROOT, '../shared/real-data')),
];

const probe = await openNative();
probe?.close();
const NOT_INSTALLED = '@duckdb/node-api (optional dependency) is not installed: the native DuckDB read is not tested';
if (!probe) console.warn(`SKIPPED: ${NOT_INSTALLED}`);

/**
 * `actual` equal to `expected`, numbers within 1e-9 relative: the engines add a period's rows in
 * different orders (native DuckDB in parallel), which may change a sum's last bits.
 */
function expectClose(actual: unknown, expected: unknown, at = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), at).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (expected !== null && typeof expected === 'object' && actual !== null && typeof actual === 'object') {
    expect(Object.keys(actual), at).toEqual(Object.keys(expected));
    for (const [k, v] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[k], v, `${at}.${k}`);
  } else expect(actual, at).toEqual(expected);
}

/** The CLI's result, its JSON parsed (csv output and errors as text). */
const parsed = (r: { code: number; stdout: string; stderr: string }) => ({ ...r, stdout: r.stdout.startsWith('{') ? JSON.parse(r.stdout) as unknown : r.stdout });

/** Both engines on the same arguments: output and exit code, stderr without the engine line. */
async function bothEngines(argv: string[]) {
  const strip = (r: Awaited<ReturnType<typeof run>>) => ({ ...r, stderr: r.stderr.replace(/^engine: .*\n/m, '') });
  const native = await run([...argv, '--engine', 'native', '--verbose']);
  const wasm = await run([...argv, '--engine', 'wasm']);
  return { native: strip(native), wasm, engineLine: /^engine: .*$/m.exec(native.stderr)?.[0] ?? '' };
}

describe.skipIf(!probe)('spc --engine native gives what --engine wasm gives', () => {
  it.each(FIXTURES.flatMap((f) => [[f, 'month'], [f, 'year']]))('%s --period %s', async (file, period) => {
    const { native, wasm, engineLine } = await bothEngines([file, '--period', period]);
    expectClose(parsed(native), parsed(wasm));
    if (wasm.code < 2) expect(engineLine).toMatch(/^engine: (native DuckDB|DuckDB-WASM \(the JS reader reads this file)/);
  }, TEST_TIMEOUT);

  it('without --period the rows are read as in the file, with no engine to choose', async () => {
    const file = path.resolve(ROOT, '../shared/real-data/cdi.csv');
    const r = await run([file, '--engine', 'native', '--verbose']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  }, TEST_TIMEOUT);
});

/** A long export over several read blocks: title lines, quoted units with line breaks, blank lines, rejects. */
function writeExport(file: string, rows: number): void {
  const out = fs.openSync(file, 'w');
  let chunk = 'Rapport: fall per avdelning\nUttag 2025-01-10\n\nAvdelning;Datum;Fall;Vårddagar\n';
  for (let i = 0; i < rows; i++) {
    const unit = i % 7 === 3 ? `"Avd ${i % 13}\nnorra ""B"""` : `Avd ${i % 13}`;
    const day = new Date(Date.UTC(2019, 0, 1) + (i % 1500) * 86_400_000).toISOString().slice(0, 10);
    const cases = i % 997 === 5 ? 'x' : String((i * 7) % 11);
    chunk += `${unit};${day};${cases};${20 + (i % 30)},5\n` + (i % 50_000 === 1 ? '\n' : '');
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk);
      chunk = '';
    }
  }
  fs.writeSync(out, chunk);
  fs.closeSync(out);
}

describe.skipIf(!probe)('a file larger than the inspected head', () => {
  let dir = '';
  let file = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spc-native-test-'));
    file = path.join(dir, 'big.csv');
    writeExport(file, 700_000);
  }, HOOK_TIMEOUT);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is bigger than the head, which ends on a line break', () => {
    const head = readHead(file);
    expect(fs.statSync(file).size).toBeGreaterThan(HEAD_BYTES);
    expect(head.whole).toBe(false);
    expect(head.bytes.at(-1)).toBe(0x0a);
  });

  it('streams the same record scan as one pass over the whole file', () => {
    expect(scanFile(file, ';')).toEqual(scanRecords(fs.readFileSync(file), ';'));
  }, TEST_TIMEOUT);

  it('auto reads it natively, with the series, report and rejected lines of the WASM read', async () => {
    const argv = [file, '--period', 'month', '--unit', 'Avdelning', '--x', 'Datum', '--y', 'Fall', '--n', 'Vårddagar'];
    const auto = await run([...argv, '--verbose']);
    expect(auto.stderr).toMatch(/^engine: native DuckDB \(out of core, memory limit 1GB; mapping inspected on its first 16 MB\)$/m);
    const wasm = await run([...argv, '--engine', 'wasm']);
    expect(wasm.code).toBe(1);
    expect(auto.code).toBe(1);
    expect(auto.stderr.replace(/^engine: .*\n/m, '')).toBe(wasm.stderr);
    expectClose(JSON.parse(auto.stdout), JSON.parse(wasm.stdout));
  }, childProcessTimeout(2));
});
