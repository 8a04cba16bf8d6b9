/**
 * `npm run fuzz [-- --cases N --seed S]`: runs N (default 10,000) generated malformed and hostile
 * exports through ingest and the engine (tests/fuzz/harness.ts) and prints cases, uncaught errors
 * and row-accounting violations (both must be 0), the slowest case and peak memory. Exit code 1
 * when either count is not 0. The seed and case number name a case for replay.
 */
import { parseArgs } from 'node:util';
import { createNodeRunner } from '../../src/lib/data/node-runner';
import { fuzzCase, type FuzzCase } from './cases';
import { runCases } from './harness';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '10000' }, seed: { type: 'string', default: String(Date.now() % 100_000) } } });
const count = Number(values.cases);
const seed = Number(values.seed);

function* cases(): Generator<FuzzCase> {
  for (let i = 0; i < count; i++) yield fuzzCase(seed, i);
}

let unhandled = 0;
process.on('unhandledRejection', () => unhandled++);
const runner = await createNodeRunner();
console.log(`fuzz: ${count} cases, seed ${seed}`);
const s = await runCases(cases(), runner, (i) => {
  if (i % 1000 === 0) console.log(`  ${i} cases`);
});
runner.close();
const uncaught = s.uncaught.length + unhandled;
const list = <T>(items: T[], show: (t: T) => string) => items.slice(0, 10).map((t) => `    ${show(t)}`).join('\n');
console.log(`cases: ${s.cases} (read ${s.read}, refused with a message ${s.refused})`);
console.log(`uncaught errors: ${uncaught}`);
if (s.uncaught.length) console.log(list(s.uncaught, (u) => `${u.name}: ${u.error}`));
console.log(`row-accounting violations: ${s.violations.length}`);
if (s.violations.length) console.log(list(s.violations, (v) => `${v.name}: ${v.violations.join('; ')}`));
console.log(`cases with non-finite values used: ${s.nonFinite.length}`);
if (s.nonFinite.length) console.log(list(s.nonFinite, (v) => `${v.name}: ${v.values}`));
console.log(`slowest case: ${s.slowest.name}, ${Math.round(s.slowest.ms)} ms`);
console.log(`peak memory: RSS ${Math.round(s.peakRssMb)} MB, JS heap ${Math.round(s.peakHeapMb)} MB`);
console.log(`time: ${s.seconds.toFixed(1)} s`);
process.exit(uncaught === 0 && s.violations.length === 0 ? 0 : 1);
