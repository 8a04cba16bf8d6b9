/**
 * Files wide by period: one column per month, quarter or year (`Afdeling;jan 2024;feb 2024;…`),
 * as statistics offices and spreadsheets publish them. When most column names are periods of
 * one format, the file is read in long form: one row per (record, period column), and the
 * record's name columns become the measure and/or the unit.
 */
import { detectPeriodFormat, matchPeriod, type PeriodFormat } from './periods.ts';
import { headerIs, type ColumnMapping, type ColumnProfile } from './roles.ts';

/** Fewest period columns, and the share of all columns they must be, for a wide-by-period file. */
const MIN_PERIOD_COLUMNS = 3;
const MIN_SHARE = 0.5;

export interface WideByPeriod {
  format: PeriodFormat;
  /** Columns whose name is a period of `format`, in file order. */
  columns: number[];
}

/** The period columns of a wide file, or null when most column names are not periods. */
export function detectWideByPeriod(header: readonly string[]): WideByPeriod | null {
  const named = header.map((h) => h.trim()).filter((h) => h !== '');
  const detection = detectPeriodFormat(named);
  const format = detection.format;
  if (format === null) return null;
  const columns = header.flatMap((h, i) => (matchPeriod(h, format)?.ok ? [i] : []));
  if (columns.length < MIN_PERIOD_COLUMNS || columns.length < MIN_SHARE * named.length) return null;
  return { format, columns };
}

/**
 * The mapping of a wide file: every period column holds values of one measure; text columns
 * name the measure and/or the unit (by their header; a lone unknown one is the unit, the
 * measure then being named after the file's title line). Numeric columns that are not
 * periods (a row total) are left out.
 */
export function wideMapping(wide: WideByPeriod, profiles: readonly ColumnProfile[], title: string | null): ColumnMapping {
  const periods = new Set(wide.columns);
  const names = profiles.filter((p) => !periods.has(p.index) && (p.content === 'text' || p.content === 'period'));
  const measure = names.find((p) => headerIs(p.header, 'measure')) ?? null;
  const unit = names.find((p) => p !== measure && headerIs(p.header, 'unit')) ?? null;
  const rest = names.filter((p) => p !== measure && p !== unit);
  let measureCol = measure?.index ?? null;
  let unitCol = unit?.index ?? null;
  for (const p of rest) {
    if (unitCol === null && (measureCol !== null || rest.length === 1)) unitCol = p.index;
    else if (measureCol === null) measureCol = p.index;
  }
  const first = wide.columns[0] as number;
  return {
    period: first,
    periodColumns: [...wide.columns],
    measure: measureCol,
    unit: unitCol,
    measures: [{ kind: 'value', name: title ?? 'value', value: first }],
  };
}
