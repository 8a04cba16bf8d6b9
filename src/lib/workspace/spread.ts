/**
 * Spreading a change ("från några till alla"): the engine's before/after verdict per unit
 * (`verdict.ts`), counted for the summary "improved in 5 of 8 units; 2 not yet clear; 1 too
 * few points since the change". Returned as data; the i18n layer words it.
 */
import { longestRunMax } from '../spc';
import { introducedIn, seriesPhases, type Change } from './changes';
import type { Evaluated } from './evaluate';
import { beforeAfter, type Verdict } from './verdict';

/**
 * - improved / worse / moved: the verdict says the process moved (judged by the direction;
 *   `moved` when no direction is set);
 * - not-clear: no move, with enough points after the change for a run to have shown it;
 * - too-few: no move yet and fewer points than the longest-run limit (Anhøj) needs, or no
 *   point after the change at all (the engine gives no verdict then).
 */
export type SpreadStatus = 'improved' | 'worse' | 'moved' | 'not-clear' | 'too-few';

export interface SpreadUnit {
  unit: string;
  /** The engine's verdict for the unit's series split at its own date; null: none (no point after). */
  verdict: Verdict | null;
}

export interface SpreadSummary {
  /** Units where the change is introduced (the "of N"). */
  introduced: number;
  counts: Record<SpreadStatus, number>;
  units: { unit: string; status: SpreadStatus }[];
  /** Units without the change: the comparison. */
  notIntroduced: string[];
}

export function spreadStatus(verdict: Verdict | null): SpreadStatus {
  if (verdict === null) return 'too-few';
  if (verdict.moved) return verdict.judgement === 'improvement' ? 'improved' : verdict.judgement === 'concern' ? 'worse' : 'moved';
  // A run after the change can only reach the limit once there are as many points as the limit.
  return verdict.after < longestRunMax(verdict.after) ? 'too-few' : 'not-clear';
}

export function spreadSummary(introduced: readonly SpreadUnit[], notIntroduced: readonly string[]): SpreadSummary {
  const counts: Record<SpreadStatus, number> = { improved: 0, worse: 0, moved: 0, 'not-clear': 0, 'too-few': 0 };
  const units = introduced.map((u) => ({ unit: u.unit, status: spreadStatus(u.verdict) }));
  for (const u of units) counts[u.status]++;
  return { introduced: introduced.length, counts, units, notIntroduced: [...notIntroduced] };
}

export interface MeasureSpread {
  measure: string;
  /** Units that introduced the change and have a chart of the measure, with the engine's verdict there. */
  introduced: SpreadUnit[];
  /** Units with a chart of the measure where the change is not introduced (the comparison). */
  notIntroduced: string[];
}

/**
 * The engine's before/after verdict at the change's own date in each unit, per targeted measure.
 * The phases of the unit's chart are kept up to the change's split (an earlier change or split
 * starts the "before" phase there); a later split asks another question and is left out.
 */
export function changeSpread(change: Change, evaluated: readonly Evaluated[]): MeasureSpread[] {
  return change.measures.map((measure) => {
    const introduced: SpreadUnit[] = [];
    const notIntroduced: string[] = [];
    for (const e of evaluated.filter((x) => x.input.measure === measure)) {
      const date = introducedIn(change, e.input.unit);
      if (date === null) {
        notIntroduced.push(e.input.unit);
        continue;
      }
      const own = seriesPhases([{ ...change, introduced: [{ unit: e.input.unit, date }] }], e.input).part[0];
      // No split: the date is outside the data, so there is nothing after it (or nothing before) to judge.
      const part = own === undefined ? null : [...new Set([...(e.options.part ?? []).filter((p) => p < own), own])].sort((a, b) => a - b);
      introduced.push({ unit: e.input.unit, verdict: part === null ? null : beforeAfter(e.input.observations, { ...e.options, part }) });
    }
    return { measure, introduced, notIntroduced };
  });
}
