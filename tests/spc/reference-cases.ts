/** Loading and comparing the qicharts2 reference cases (shared by engine and CLI tests). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Observation, SpcOptions, SpcPoint, PhaseSummary } from '../../src/lib/spc/types.ts';

export const CASES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/reference-cases');

export interface RefArgs {
  chart: SpcOptions['chart'];
  part: number[] | null;
  freeze: number | null;
  exclude: number[] | null;
  target: number | null;
  multiply: number;
  method: string;
  cl: number | null;
  'agg.fun': 'mean' | 'median' | 'sum';
  screenedmr: boolean;
}

export interface RefCase {
  name: string;
  args: RefArgs;
  data: { x: number | string; y: number | null; n: number | null }[];
  expected: { points: Record<string, unknown>[]; summary: Record<string, unknown>[] };
}

export function loadCases(): RefCase[] {
  return fs
    .readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(CASES_DIR, f), 'utf8')) as RefCase);
}

export function caseOptions(c: RefCase): SpcOptions {
  const a = c.args;
  const o: SpcOptions = { chart: a.chart, multiply: a.multiply, agg: a['agg.fun'], screenMovingRanges: a.screenedmr, rules: 'anhoej' };
  if (a.part) o.part = a.part;
  if (a.freeze !== null) o.freeze = a.freeze;
  if (a.exclude) o.exclude = a.exclude;
  if (a.target !== null) o.target = a.target;
  if (a.cl !== null) o.cl = a.cl;
  return o;
}

export function caseRows(c: RefCase): Observation[] {
  return c.data.map((r) => ({ x: r.x, y: r.y, n: r.n }));
}

/** Relative 1e-9, absolute 1e-12 near zero; null must match null. */
export function close(actual: unknown, expected: unknown): boolean {
  if (expected === null || expected === undefined) return actual === null || actual === undefined;
  if (typeof expected === 'boolean') return actual === expected;
  if (typeof expected !== 'number' || typeof actual !== 'number') return actual === expected;
  const diff = Math.abs(actual - expected);
  return diff <= 1e-12 || diff <= 1e-9 * Math.abs(expected);
}

const POINT_FIELDS: [string, keyof SpcPoint][] = [
  ['y', 'y'],
  ['cl', 'cl'],
  ['lcl', 'lcl'],
  ['ucl', 'ucl'],
  ['lcl.95', 'lcl95'],
  ['ucl.95', 'ucl95'],
  ['sigma.signal', 'sigmaSignal'],
  ['runs.signal', 'runsSignal'],
];

const PHASE_FIELDS: [string, keyof PhaseSummary][] = [
  ['n.obs', 'nObs'],
  ['n.useful', 'nUseful'],
  ['longest.run', 'longestRun'],
  ['longest.run.max', 'longestRunMax'],
  ['n.crossings', 'nCrossings'],
  ['n.crossings.min', 'nCrossingsMin'],
  ['sigma.signal', 'sigmaSignals'],
  ['CL', 'cl'],
  ['aLCL', 'lcl'],
  ['aUCL', 'ucl'],
];

/** Every mismatch as a readable line; empty when the result matches. */
export function mismatches(
  c: RefCase,
  points: readonly Record<string, unknown>[],
  phases: readonly Record<string, unknown>[],
): string[] {
  const out: string[] = [];
  if (points.length !== c.expected.points.length) out.push(`points: ${points.length} vs ${c.expected.points.length}`);
  c.expected.points.forEach((e, i) => {
    const p = points[i] ?? {};
    if (p.x !== e.x) out.push(`point ${i + 1} x: ${String(p.x)} vs ${String(e.x)}`);
    for (const [ek, ak] of POINT_FIELDS) {
      if (!close(p[ak], e[ek])) out.push(`point ${i + 1} ${ek}: ${String(p[ak])} vs ${String(e[ek])}`);
    }
    const phaseRow = c.expected.summary.find((s) => s.part === e.part);
    if (p.phase !== e.part || !phaseRow) out.push(`point ${i + 1} phase: ${String(p.phase)} vs ${String(e.part)}`);
  });
  if (phases.length !== c.expected.summary.length) out.push(`phases: ${phases.length} vs ${c.expected.summary.length}`);
  c.expected.summary.forEach((e, i) => {
    const s = phases[i] ?? {};
    for (const [ek, ak] of PHASE_FIELDS) {
      if (!close(s[ak], e[ek])) out.push(`phase ${i + 1} ${ek}: ${String(s[ak])} vs ${String(e[ek])}`);
    }
    if (s.runsSignal !== (e['runs.signal'] === 1)) out.push(`phase ${i + 1} runs.signal: ${String(s.runsSignal)} vs ${String(e['runs.signal'])}`);
  });
  return out;
}
