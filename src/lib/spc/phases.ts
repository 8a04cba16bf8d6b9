/**
 * Phase (part), baseline (freeze) and exclusion flags per subgroup position.
 *
 * Semantics:
 *  - `part`: a new phase starts after each listed position; positions outside
 *    1..count−1 and duplicates are ignored (qicharts2 `makeparts`).
 *  - `freeze` alone: positions 1..freeze are the baseline (qicharts2).
 *  - `part` alone: every position is baseline; each phase computes its own limits (qicharts2).
 *  - `freeze` AND `part` (extension; qicharts2 ignores freeze here): `freeze` counts
 *    positions from the start of the LATEST phase. That phase's limits come from its
 *    first `freeze` subgroups (positions s .. s+freeze−1, s = first position of the last
 *    phase) and are extended over the rest of it; earlier phases use all their points.
 *    With no part the latest phase starts at 1, so both readings coincide.
 *  - `exclude`: listed positions are left out of limits and runs analysis but kept.
 */
export interface PositionFlags {
  phase: number[];
  baseline: boolean[];
  included: boolean[];
}

function validPositions(list: readonly number[] | undefined, name: string): number[] {
  for (const p of list ?? []) {
    if (!Number.isInteger(p)) throw new RangeError(`${name} positions must be integers: ${p}`);
  }
  return [...(list ?? [])];
}

export function phaseFlags(count: number, part?: readonly number[], freeze?: number, exclude?: readonly number[]): PositionFlags {
  const breaks = [...new Set(validPositions(part, 'part'))].filter((p) => p >= 1 && p < count).sort((a, b) => a - b);
  const phase: number[] = [];
  let current = 1;
  for (let pos = 1; pos <= count; pos++) {
    phase.push(current);
    if (breaks.includes(pos)) current++;
  }
  if (freeze !== undefined && (!Number.isInteger(freeze) || freeze < 1)) {
    throw new RangeError(`freeze must be a positive integer: ${freeze}`);
  }
  const lastStart = breaks.length ? breaks[breaks.length - 1]! + 1 : 1;
  const baseline = phase.map((_, i) => freeze === undefined || i + 1 < lastStart || i + 1 < lastStart + freeze);
  const excluded = new Set(validPositions(exclude, 'exclude'));
  const included = phase.map((_, i) => !excluded.has(i + 1));
  return { phase, baseline, included };
}
