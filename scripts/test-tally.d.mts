// Types of test-tally.mjs (plain Node, so that `npm test` runs without a TypeScript loader).
export interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { status: string; message?: string; assertionResults: { status: string }[] }[];
}
export interface VitestExtras {
  suiteErrors: number;
  unhandledErrors: number;
}
export interface Counts {
  passed: number;
  failed: number;
}
export function tally(run: { report: VitestJsonReport | null; extras: VitestExtras | null; exitCode: number }): Counts;
export function closingLine(counts: Counts): string;
