/**
 * Goal fulfilment for leaders (måluppfyllelse): per measure, how many units meet its goal now,
 * the engine's assurance (pass / hit-and-miss / fail) and special-cause variation counts; per
 * unit, the share of its measures with a goal that meet it. Every figure is read from the
 * evaluated results (`evaluate.ts`); none is computed again here.
 */
import type { Assurance, Direction, SpcPoint, Variation } from '../spc/types';
import type { Evaluated } from './evaluate';
import { latestPoint } from '../spc';

export interface FulfilmentCell {
  /** The series id (opens the detail view). */
  id: string;
  unit: string;
  latest: SpcPoint['y'];
  latestX: SpcPoint['x'] | null;
  goal: number | null;
  /** The latest value is at the goal or on its better side; null without a goal or a direction. */
  meets: boolean | null;
  assurance: Assurance | null;
  /** null: no variation icon (Making Data Count below 13 points). */
  variation: Variation | null;
}

export interface MeasureFulfilment {
  measure: string;
  /** Distinct goals at the units' latest points, ascending. */
  goals: number[];
  /** Units with a computed chart, and those of them with a goal. */
  units: number;
  withGoal: number;
  meetsNow: number;
  assurance: Record<Assurance, number>;
  improvement: number;
  concern: number;
  cells: FulfilmentCell[];
}

export interface UnitFulfilment {
  unit: string;
  /** Measures with a goal (and a direction), and how many of them meet it now. */
  withGoal: number;
  meeting: number;
  /** meeting / withGoal; null when no measure of the unit has a goal. */
  share: number | null;
}

/** Latest value against the goal, on the better side given the improvement direction (at the goal meets it). */
function meetsGoal(point: SpcPoint | null, direction: Direction): boolean | null {
  if (point === null || point.y === null || point.goal === null || direction === 'neutral') return null;
  return direction === 'up' ? point.y >= point.goal : point.y <= point.goal;
}

function cellOf(e: Evaluated): FulfilmentCell | null {
  const r = e.result;
  if (r === null) return null;
  const latest = latestPoint(r.points);
  return {
    id: e.input.id,
    unit: e.input.unit,
    latest: latest?.y ?? null,
    latestX: latest?.x ?? null,
    goal: latest?.goal ?? null,
    meets: meetsGoal(latest, r.direction),
    assurance: r.assurance,
    variation: r.variation,
  };
}

export function goalFulfilment(evaluated: readonly Evaluated[]): { measures: MeasureFulfilment[]; units: UnitFulfilment[] } {
  const byMeasure = new Map<string, FulfilmentCell[]>();
  for (const e of evaluated) {
    const cell = cellOf(e);
    if (!byMeasure.has(e.input.measure)) byMeasure.set(e.input.measure, []);
    if (cell) byMeasure.get(e.input.measure)!.push(cell);
  }
  const measures = [...byMeasure].map(([measure, cells]): MeasureFulfilment => {
    const count = (ok: (c: FulfilmentCell) => boolean) => cells.filter(ok).length;
    return {
      measure,
      goals: [...new Set(cells.flatMap((c) => (c.goal === null ? [] : [c.goal])))].sort((a, b) => a - b),
      units: cells.length,
      withGoal: count((c) => c.goal !== null),
      meetsNow: count((c) => c.meets === true),
      assurance: { pass: count((c) => c.assurance === 'pass'), 'hit-and-miss': count((c) => c.assurance === 'hit-and-miss'), fail: count((c) => c.assurance === 'fail') },
      improvement: count((c) => c.variation === 'special-cause-improvement'),
      concern: count((c) => c.variation === 'special-cause-concern'),
      cells,
    };
  });
  const unitNames = [...new Set(measures.flatMap((m) => m.cells.map((c) => c.unit)))].sort();
  const units = unitNames.map((unit): UnitFulfilment => {
    const judged = measures.flatMap((m) => m.cells.filter((c) => c.unit === unit && c.meets !== null));
    const meeting = judged.filter((c) => c.meets).length;
    return { unit, withGoal: judged.length, meeting, share: judged.length > 0 ? meeting / judged.length : null };
  });
  return { measures, units };
}
