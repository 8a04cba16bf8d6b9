// `npm test`: install what is missing (npm packages, Debian's chromium), then type-check, lint,
// build, and run every unit and browser test. Ends with one line "N passed, N failed", where
// failed hooks, files that fail to load and unhandled errors count as failures (test-tally.mjs).
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { closingLine, tally } from './test-tally.mjs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

if (!existsSync('node_modules/.package-lock.json')) run('npm ci --no-audit --no-fund');
if (!existsSync('/usr/bin/chromium')) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  run(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`);
}

const steps = [
  ['type-check', 'npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output human'],
  ['lint', 'npx eslint .'],
  ['build', 'npx vite build --logLevel warn'],
];
for (const [name, cmd] of steps) {
  console.log(`\n== ${name}`);
  // A failed step is a failure in the closing line too, not a bare stack trace.
  const step = spawnSync(cmd, { stdio: 'inherit', shell: true });
  if (step.status !== 0) {
    console.log(`\n${name} failed (exit ${step.status ?? step.signal})`);
    console.log(`\n${closingLine({ passed: 0, failed: 1 })}`);
    process.exit(1);
  }
}

console.log('\n== unit and browser tests');
mkdirSync('test-artifacts', { recursive: true });
const JSON_REPORT = 'test-artifacts/vitest.json';
const EXTRAS = 'test-artifacts/vitest-extras.json';
for (const stale of [JSON_REPORT, EXTRAS]) rmSync(stale, { force: true });
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${JSON_REPORT}`, '--reporter=./scripts/vitest-extras-reporter.mjs'],
  { stdio: 'inherit' },
);
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const counts = tally({ report: readJson(JSON_REPORT), extras: readJson(EXTRAS), exitCode: vitest.status ?? 1 });
console.log(`\n${closingLine(counts)}`);
process.exit(counts.failed > 0 || counts.passed === 0 ? 1 : 0);
