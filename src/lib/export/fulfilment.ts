/**
 * The goal-fulfilment table (issue 11, item 5) as typed cells: one row per measure, then one per
 * unit, read from `goalFulfilment` (the engine's classifications); nothing is counted again here.
 * The report's two tables and the CSV export both format these rows, so they always agree.
 */
import type { Messages } from '../i18n';
import type { goalFulfilment } from '../workspace/fulfilment';
import { csvDocument, type CsvDialect } from './csv';
import type { Cell } from './table';

export const FULFILMENT_COLUMNS = [
  'level', 'name', 'goal', 'units', 'unitsWithGoal', 'unitsMeeting', 'pass', 'hitAndMiss', 'fail',
  'improvement', 'concern', 'measuresWithGoal', 'measuresMeeting', 'share',
] as const;
export type FulfilmentColumn = (typeof FULFILMENT_COLUMNS)[number];
export interface FulfilmentRow {
  level: 'measure' | 'unit';
  cells: Record<FulfilmentColumn, Cell>;
}

/** Columns of the report's per-measure table and per-unit table (the name column first). */
export const MEASURE_COLUMNS = ['name', 'goal', 'units', 'unitsWithGoal', 'unitsMeeting', 'pass', 'hitAndMiss', 'fail', 'improvement', 'concern'] as const;
export const UNIT_COLUMNS = ['name', 'measuresWithGoal', 'measuresMeeting', 'share'] as const;

export function fulfilmentHeader(t: Messages, c: FulfilmentColumn, level?: 'measure' | 'unit'): string {
  if (c === 'name') return level === 'measure' ? t.colMeasure : level === 'unit' ? t.colUnit : t.fulfilmentColName;
  return {
    level: t.fulfilmentColLevel, goal: t.fulfilmentColGoal, units: t.fulfilmentColUnits,
    unitsWithGoal: t.fulfilmentColWithGoal, unitsMeeting: t.fulfilmentColMeetsNow, pass: t.fulfilmentColPass,
    hitAndMiss: t.fulfilmentColHitAndMiss, fail: t.fulfilmentColFail, improvement: t.fulfilmentColImprovement,
    concern: t.fulfilmentColConcern, measuresWithGoal: t.fulfilmentColMeasuresWithGoal,
    measuresMeeting: t.fulfilmentColMeeting, share: t.fulfilmentColShare,
  }[c];
}

const EMPTY: Cell = { kind: 'empty' };
const count = (value: number): Cell => ({ kind: 'number', value });

export function fulfilmentRows(t: Messages, f: ReturnType<typeof goalFulfilment>): FulfilmentRow[] {
  const row = (level: FulfilmentRow['level'], name: string, cells: Partial<Record<FulfilmentColumn, Cell>>): FulfilmentRow => ({
    level,
    cells: {
      ...(Object.fromEntries(FULFILMENT_COLUMNS.map((c) => [c, EMPTY])) as Record<FulfilmentColumn, Cell>),
      level: { kind: 'text', text: level === 'measure' ? t.colMeasure : t.colUnit },
      name: { kind: 'text', text: name },
      ...cells,
    },
  });
  const measures = f.measures.map((m) =>
    row('measure', m.measure, {
      goal: m.goals.length === 0 ? EMPTY : { kind: 'numbers', values: m.goals },
      units: count(m.units),
      unitsWithGoal: count(m.withGoal),
      unitsMeeting: count(m.meetsNow),
      pass: count(m.assurance.pass),
      hitAndMiss: count(m.assurance['hit-and-miss']),
      fail: count(m.assurance.fail),
      improvement: count(m.improvement),
      concern: count(m.concern),
    }),
  );
  const units = f.units.map((u) =>
    row('unit', u.unit, {
      measuresWithGoal: count(u.withGoal),
      measuresMeeting: count(u.meeting),
      // A percentage for people; the engine's share is the fraction of the same counts.
      share: u.share === null ? EMPTY : { kind: 'number', value: u.share * 100 },
    }),
  );
  return [...measures, ...units];
}

/** The goal-fulfilment table as CSV (measure rows, then unit rows; the first column says which). */
export function fulfilmentCsv(t: Messages, f: ReturnType<typeof goalFulfilment>, dialect: CsvDialect): string {
  const rows = fulfilmentRows(t, f).map((r) => FULFILMENT_COLUMNS.map((c) => r.cells[c]));
  return csvDocument(t, FULFILMENT_COLUMNS.map((c) => fulfilmentHeader(t, c)), rows, dialect);
}
