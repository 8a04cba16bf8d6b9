/**
 * Goal per subgroup. A number applies everywhere; steps apply from their `from` x
 * (inclusive) on, the latest step that has started winning. A first step without
 * `from` applies from the start. x values compare as numbers, or as ISO date strings
 * (lexicographic order of `YYYY-MM-DD` is date order).
 */
import type { GoalStep } from './types.ts';
import { compareX } from './series.ts';

function atOrAfter(x: number | string, from: number | string): boolean {
  return typeof x === typeof from ? compareX(x, from) >= 0 : String(x) >= String(from);
}

export function goalAt(x: number | string, goal: number | GoalStep[] | undefined): number | null {
  if (goal === undefined) return null;
  if (typeof goal === 'number') return Number.isFinite(goal) ? goal : null;
  let value: number | null = null;
  for (const step of goal) {
    if (step.from === undefined || atOrAfter(x, step.from)) value = step.value;
  }
  return value;
}
