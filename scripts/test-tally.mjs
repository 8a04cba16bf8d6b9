// The closing line of `npm test`: "N passed, N failed", counted so that it cannot say
// "0 failed" while vitest failed. A hook that times out (DuckDB's start on a loaded machine),
// a file that cannot be imported, and an unhandled error fail no single test, yet each is a
// failure here; a non-zero vitest exit with nothing else counted is at least one failure.

/**
 * @param {{
 *   report: { numPassedTests: number; numFailedTests: number;
 *             testResults: { status: string; message?: string; assertionResults: { status: string }[] }[] } | null;
 *   extras: { suiteErrors: number; unhandledErrors: number } | null;
 *   exitCode: number;
 * }} run vitest's JSON report (null when it was not written), the counts of the extras
 *   reporter (null when it was not written) and vitest's exit code.
 * @returns {{ passed: number; failed: number }}
 */
export function tally({ report, extras, exitCode }) {
  const passed = report?.numPassedTests ?? 0;
  let failed = report?.numFailedTests ?? 0;
  if (extras) failed += extras.suiteErrors + extras.unhandledErrors;
  else if (report) {
    // Without the extras reporter, a file marked failed with no failed test failed in a hook
    // or while being collected: count it once.
    failed += report.testResults.filter(
      (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
    ).length;
  }
  if (failed === 0 && (exitCode !== 0 || report === null)) failed = 1;
  return { passed, failed };
}

/** The line itself. */
export function closingLine(counts) {
  return `${counts.passed} passed, ${counts.failed} failed`;
}
