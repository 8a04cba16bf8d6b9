/**
 * `--native`: the CLI reading a generated long export of `rows` rows (10M: about 350 MB, never
 * committed) with native DuckDB, out of core: `spc FILE --period month --engine native` in a child
 * process. Figures: the wall time (`native10M`, child start to exit, ms) and the child's peak
 * resident memory (`native10MPeakMB`, the kernel's high-water mark VmHWM, polled).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateLong } from './generate.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const POLL_MS = 25;

/** The process's peak resident memory so far in MB (Linux), or null where /proc has no such line. */
function peakRssMB(pid: number): number | null {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Run the CLI on `file`; resolves with its time, peak memory and the engine line it printed. */
function runCli(file: string): Promise<{ ms: number; peakMB: number; engine: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/spc.ts', file, '--period', 'month', '--engine', 'native', '--verbose', '--format', 'csv'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let peak = 0;
    let stderr = '';
    const timer = setInterval(() => (peak = Math.max(peak, peakRssMB(child.pid!) ?? 0)), POLL_MS);
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`spc exited with ${code}: ${stderr.trim()}`));
      else resolve({ ms, peakMB: peak, engine: stderr.trim() });
    });
  });
}

export async function benchNative(rows: number): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spc-bench-native-'));
  try {
    const file = path.join(dir, `spc-bench-${rows}.csv`);
    const t = performance.now();
    generateLong(file, rows);
    console.log(`native: generated ${rows.toLocaleString('en')} rows (${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const r = await runCli(file);
    console.log(`native: ${r.engine}`);
    return { native10M: r.ms, native10MPeakMB: r.peakMB };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
