/**
 * Spreading a change ("från några till alla"): the engine's before/after verdict per unit
 * (`verdict.ts`), counted for the summary "improved in 5 of 8 units; 2 not yet clear; 1 too
 * few points since the change". Returned as data; the i18n layer words it.
 */
import { longestRunMax } from '../spc';
import { introducedIn, type Change } from './changes';
import type { Evaluated } from './evaluate';
import { positionsOf, type X } from './settings';
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

export interface SpreadRow {
  item: Evaluated;
  /** The date the unit introduced the change. */
  date: X;
  verdict: Verdict | null;
  status: SpreadStatus;
}

export interface MeasureSpread {
  measure: string;
  rows: SpreadRow[];
  /** The measure's series in units without the change: the comparison. */
  comparison: Evaluated[];
  summary: SpreadSummary;
}

/**
 * The engine's verdict at the change's own split in a unit's series: phases after it (a later
 * change) are left out, so the verdict judges this change, as the detail view would with this
 * split as its latest. No split (a date outside the series) gives no verdict.
 */
export function verdictAtChange(item: Evaluated, changeId: string): Verdict | null {
  const note = item.changeNotes.find((n) => n.changeId === changeId);
  if (!note || item.result === null) return null;
  const split = positionsOf(item.input.observations).get(note.x)! - 1;
  const part = (item.options.part ?? []).filter((p) => p <= split);
  return beforeAfter(item.input.observations, { ...item.options, part });
}

/** One change across units, per measure it targets: a row per unit that introduced it, the rest as comparison. */
export function spreadOf(change: Change, evaluated: readonly Evaluated[]): MeasureSpread[] {
  return change.measures.map((measure) => {
    const series = evaluated.filter((e) => e.input.measure === measure);
    const rows = series.flatMap((item): SpreadRow[] => {
      const date = introducedIn(change, item.input.unit);
      if (date === null) return [];
      const verdict = verdictAtChange(item, change.id);
      return [{ item, date, verdict, status: spreadStatus(verdict) }];
    });
    const comparison = series.filter((e) => introducedIn(change, e.input.unit) === null);
    const summary = spreadSummary(
      rows.map((r) => ({ unit: r.item.input.unit, verdict: r.verdict })),
      comparison.map((e) => e.input.unit),
    );
    return { measure, rows, comparison, summary };
  });
}
