/** Helpers shared by the P, P', U and U' charts. */
import type { Subgroup } from '../subgroups.ts';
import { averageMovingRange, num, pick, sigmaFromAmr } from './common.ts';

/** Σ numerators / Σ denominators over the baseline, ignoring missing values. */
export function pooledRate(subgroups: readonly Subgroup[], base: readonly boolean[]): number {
  let events = 0;
  let size = 0;
  for (const s of pick(subgroups, base)) {
    if (s.ySum !== null) events += s.ySum;
    if (s.n !== null) size += s.n;
  }
  return events / size;
}

/**
 * Laney's between-subgroup factor sigma_z: z_i = (y_i − cl) / sigma_i over the baseline,
 * sigma_z = average moving range of z / d2 (Laney 2002, Quality Engineering 14:531–537).
 */
export function laneySigmaZ(y: readonly (number | null)[], cl: number, sigma: readonly number[], base: readonly boolean[], screen: boolean): number {
  const z = pick(
    y.map((v, i) => (num(v) - cl) / sigma[i]!),
    base,
  ).map((v) => (Number.isFinite(v) ? v : null));
  return sigmaFromAmr(averageMovingRange(z, screen));
}
