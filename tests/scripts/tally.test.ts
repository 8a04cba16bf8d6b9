// The closing line of `npm test` (scripts/test-tally.mjs) counts failed hooks, files that fail to
// load and unhandled errors as failures, so it can never read "0 failed" when vitest failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closingLine, tally, type VitestJsonReport } from '../../scripts/test-tally.mjs';
import { CHILD_PROCESS_TIMEOUT } from '../timeouts';

const file = (status: string, tests: string[], message = '') => ({
  status,
  message,
  assertionResults: tests.map((s) => ({ status: s })),
});
const report = (passed: number, failed: number, files: VitestJsonReport['testResults']): VitestJsonReport => ({
  numPassedTests: passed,
  numFailedTests: failed,
  testResults: files,
});

describe('tally', () => {
  it('counts failed tests', () => {
    const r = report(3, 1, [file('failed', ['passed', 'failed', 'passed', 'passed'])]);
    expect(tally({ report: r, extras: { suiteErrors: 0, unhandledErrors: 0 }, exitCode: 1 })).toEqual({ passed: 3, failed: 1 });
  });

  it('adds hook and file errors and unhandled errors from the extras reporter', () => {
    const r = report(2, 1, [file('failed', ['skipped', 'passed', 'passed']), file('failed', ['failed'])]);
    expect(tally({ report: r, extras: { suiteErrors: 2, unhandledErrors: 1 }, exitCode: 1 })).toEqual({ passed: 2, failed: 4 });
  });

  it('without the extras, counts a failed file with no failed test once', () => {
    // The case: mixed.test.ts's beforeAll timed out, and the line said "422 passed, 0 failed".
    const r = report(422, 0, [file('passed', ['passed']), file('failed', ['skipped', 'skipped'], 'Hook timed out in 10000ms.')]);
    expect(tally({ report: r, extras: null, exitCode: 1 })).toEqual({ passed: 422, failed: 1 });
  });

  it('a non-zero exit with nothing counted is one failure; a missing report is one failure', () => {
    expect(tally({ report: report(5, 0, [file('passed', ['passed'])]), extras: { suiteErrors: 0, unhandledErrors: 0 }, exitCode: 1 }).failed).toBe(1);
    expect(tally({ report: null, extras: null, exitCode: 0 })).toEqual({ passed: 0, failed: 1 });
  });

  it('a clean run is clean', () => {
    const r = report(7, 0, [file('passed', ['passed', 'passed'])]);
    const counts = tally({ report: r, extras: { suiteErrors: 0, unhandledErrors: 0 }, exitCode: 0 });
    expect(closingLine(counts)).toBe('7 passed, 0 failed');
  });
});

describe('on a real vitest run', () => {
  it('a hook timeout, a failing afterAll and an unhandled error are 3 failures though no test failed', () => {
    const out = mkdtempSync(join(tmpdir(), 'spc-tally-'));
    try {
      const run = spawnSync(
        process.execPath,
        ['node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/scripts/fixtures/vitest.config.mjs'],
        { encoding: 'utf8', env: { ...process.env, TALLY_OUT: out }, timeout: CHILD_PROCESS_TIMEOUT },
      );
      expect(run.status).not.toBe(0);
      const read = (name: string) => JSON.parse(readFileSync(join(out, name), 'utf8'));
      const r = read('report.json') as VitestJsonReport;
      expect(r.numFailedTests).toBe(0);
      expect(tally({ report: r, extras: read('extras.json'), exitCode: run.status ?? 1 })).toEqual({ passed: 2, failed: 3 });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, CHILD_PROCESS_TIMEOUT);
});
