// `npm test`: install what is missing (npm packages, Debian's chromium), then type-check, lint,
// build, and run every unit and browser test. Ends with one line "N passed, N failed".
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

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
  run(cmd);
}

console.log('\n== unit and browser tests');
mkdirSync('test-artifacts', { recursive: true });
let failed = false;
try {
  run('npx vitest run --reporter=default --reporter=json --outputFile.json=test-artifacts/vitest.json');
} catch {
  failed = true;
}
const report = JSON.parse(readFileSync('test-artifacts/vitest.json', 'utf8'));
console.log(`\n${report.numPassedTests} passed, ${report.numFailedTests} failed`);
process.exit(failed || report.numFailedTests > 0 || report.numPassedTests === 0 ? 1 : 0);
