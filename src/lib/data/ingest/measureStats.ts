/**
 * Per-measure counts for the import report: of a measure's rows in the file, how many were
 * used (missing ones among them, e.g. a blank outcome: a period without a point, not in the
 * denominator) and how many were rejected, by reason, with their lines.
 */
import type { RejectReason } from './report.ts';

/** Lines kept per list; the counts always cover every row. */
export const MAX_LINES = 200;

export interface MeasureReport {
  measure: string;
  /** Outcome measures (yes/no per row): a missing outcome is left out of the denominator. */
  outcome: boolean;
  /** Name of the denominator column of a ratio measure ("Vårddygn"), for "per 1 000 vårddygn". */
  denominator?: string;
  /** Rows of the file holding this measure = used + rejected. */
  rows: number;
  used: number;
  /** Used rows without a value (blank, NA, a lone "-" read as missing). */
  missing: number;
  missingLines: number[];
  /** Lone "-" cells (read as zero or as missing, per the dash choice). */
  dashes: number;
  rejected: Partial<Record<RejectReason, { count: number; lines: number[] }>>;
}

export type MeasureStats = Map<string, MeasureReport>;

function entry(stats: MeasureStats, measure: string): MeasureReport {
  let m = stats.get(measure);
  if (!m) stats.set(measure, (m = { measure, outcome: false, rows: 0, used: 0, missing: 0, missingLines: [], dashes: 0, rejected: {} }));
  return m;
}

export function countUsed(stats: MeasureStats, measure: string, line: number, missing: boolean, dash: boolean, outcome: boolean, denominator?: string): void {
  const m = entry(stats, measure);
  m.outcome ||= outcome;
  if (denominator !== undefined) m.denominator ??= denominator;
  m.rows++;
  m.used++;
  if (dash) m.dashes++;
  if (!missing) return;
  m.missing++;
  if (m.missingLines.length < MAX_LINES) m.missingLines.push(line);
}

export function countRejected(stats: MeasureStats, measure: string, line: number, reason: RejectReason): void {
  const m = entry(stats, measure);
  m.rows++;
  const r = (m.rejected[reason] ??= { count: 0, lines: [] });
  r.count++;
  if (r.lines.length < MAX_LINES) r.lines.push(line);
}
