// A vitest reporter that writes what the JSON report leaves out: errors of suites and files
// themselves (a failed beforeAll/afterAll hook, an import error) and unhandled errors.
// scripts/test.mjs adds them to the closing line (see test-tally.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export default class ExtrasReporter {
  /** vitest passes the reporter's options object, if any: `{ outputFile }`. */
  constructor(options) {
    this.outputFile = options?.outputFile ?? 'test-artifacts/vitest-extras.json';
  }

  onTestRunEnd(testModules, unhandledErrors) {
    let suiteErrors = 0;
    for (const module of testModules) {
      suiteErrors += module.errors().length;
      for (const suite of module.children.allSuites()) suiteErrors += suite.errors().length;
    }
    mkdirSync(dirname(this.outputFile), { recursive: true });
    writeFileSync(this.outputFile, JSON.stringify({ suiteErrors, unhandledErrors: unhandledErrors.length }));
  }
}
