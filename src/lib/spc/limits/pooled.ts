/**
 * Within-subgroup standard deviation shared by the Xbar and S charts.
 * Constant subgroup size: mean of the subgroup SDs (Montgomery 6.29).
 * Variable sizes: pooled sqrt(Σ(n_i − 1)s_i² / Σ(n_i − 1)) (Montgomery 6.31).
 * "Variable" is judged over the whole phase; sums run over baseline subgroups,
 * ignoring missing SDs in the numerator only (as qicharts2 does).
 */
import type { Subgroup } from '../subgroups.ts';
import { meanOrNaN, pick } from './common.ts';

export function hasVariableSize(subgroups: readonly Subgroup[]): boolean {
  return new Set(subgroups.map((s) => s.yLength)).size > 1;
}

export function withinSubgroupSd(subgroups: readonly Subgroup[], base: readonly boolean[]): number {
  const b = pick(subgroups, base);
  if (!hasVariableSize(subgroups)) return meanOrNaN(b.map((s) => s.ySd));
  let num = 0;
  let den = 0;
  for (const s of b) {
    if (s.ySd !== null) num += (s.yLength - 1) * s.ySd * s.ySd;
    den += s.yLength - 1;
  }
  return Math.sqrt(num / den);
}
