/**
 * The numbers behind one chart, as typed cells: one row per point, read from the engine's result
 * and the series' settings (never recomputed). CSV and the report's data tables both format
 * these rows, so they always agree, suppression included.
 */
import type { Messages } from '../i18n';
import type { SpcPoint } from '../spc/types';
import type { Evaluated } from '../workspace/evaluate';
import type { SeriesSettings, X } from '../workspace/settings';
import { suppressedCells, type Suppression } from './suppress';

export type Cell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  /** Several numbers in one cell (a measure's distinct goals). */
  | { kind: 'numbers'; values: number[] }
  | { kind: 'period'; x: X }
  | { kind: 'flag'; on: boolean }
  | { kind: 'suppressed'; threshold: number }
  | { kind: 'empty' };

export const COLUMNS = [
  'measure', 'unit', 'period', 'value', 'numerator', 'denominator', 'cl', 'lcl', 'ucl', 'lcl2', 'ucl2',
  'phase', 'baseline', 'excluded', 'signal', 'rule', 'goal', 'annotation',
] as const;
export type Column = (typeof COLUMNS)[number];
export type Row = Record<Column, Cell>;

export function columnHeader(t: Messages, c: Column): string {
  return {
    measure: t.colMeasure, unit: t.colUnit, period: t.colPeriod, value: t.colValue, numerator: t.colNumerator,
    denominator: t.colDenominator, cl: t.colCenterLine, lcl: t.lowerLimit, ucl: t.upperLimit, lcl2: t.colLower2Sigma,
    ucl2: t.colUpper2Sigma, phase: t.colPhase, baseline: t.baseline, excluded: t.excluded, signal: t.colSignal,
    rule: t.colRule, goal: t.goal, annotation: t.colNote,
  }[c];
}

const num = (v: number | null): Cell => (v === null || !Number.isFinite(v) ? { kind: 'empty' } : { kind: 'number', value: v });
const text = (s: string): Cell => (s === '' ? { kind: 'empty' } : { kind: 'text', text: s });

/** Annotations and the exclusion reason of a point, in the user's words. */
function note(t: Messages, p: SpcPoint, settings: SeriesSettings): string {
  const parts = settings.annotations.filter((a) => a.x === p.x).map((a) => a.text);
  const ex = settings.excluded.find((e) => e.x === p.x);
  if (ex?.reason) parts.unshift(`${t.excluded}: ${ex.reason}`);
  return parts.join('; ');
}

/** Rows of one evaluated series (none when the engine refused it). */
export function chartRows(t: Messages, item: Evaluated, settings: SeriesSettings, suppression: Suppression): Row[] {
  const result = item.result;
  if (!result) return [];
  const ratio = item.input.observations.some((o) => o.n !== null && o.n !== undefined);
  const series = { chart: result.chart, kind: item.input.kind, ratio };
  return result.points.map((p) => {
    const hidden = suppressedCells(p, series, suppression);
    const guard = (cell: Cell, key: 'value' | 'numerator' | 'denominator' | 'limits'): Cell =>
      hidden.has(key) && cell.kind !== 'empty' ? { kind: 'suppressed', threshold: suppression! } : cell;
    return {
      measure: text(item.input.measure),
      unit: text(item.input.unit),
      period: { kind: 'period', x: p.x },
      value: guard(num(p.y), 'value'),
      numerator: guard(ratio ? num(p.ySum) : { kind: 'empty' }, 'numerator'),
      denominator: guard(ratio ? num(p.n) : { kind: 'empty' }, 'denominator'),
      cl: num(p.cl),
      lcl: guard(num(p.lcl), 'limits'),
      ucl: guard(num(p.ucl), 'limits'),
      lcl2: guard(num(p.lcl95), 'limits'),
      ucl2: guard(num(p.ucl95), 'limits'),
      phase: num(p.phase),
      baseline: { kind: 'flag', on: p.baseline && settings.freezeAt !== null },
      excluded: { kind: 'flag', on: p.excluded },
      signal: p.special === null ? { kind: 'empty' } : text(t.specialName({ special: p.special })),
      rule: text(p.rules.map((rule) => t.ruleName({ rule })).join(', ')),
      goal: num(p.goal),
      annotation: text(note(t, p, settings)),
    };
  });
}

/** True when any cell of the rows was suppressed (the export then says so). */
export const anySuppressed = (rows: Row[]) => rows.some((r) => COLUMNS.some((c) => r[c].kind === 'suppressed'));
