/**
 * What a series' plotted values are, so that every view writes them the same way: percent for a
 * proportion shown in percent, a rate (never below zero), or a plain number.
 */
import type { Evaluated } from './evaluate';
import { cachedFormatter } from '../i18n/intlCache';

export type ValueUnit = 'percent' | 'rate' | 'number';

/** Charts of counts and rates: their values cannot be negative. */
const NON_NEGATIVE_CHARTS = new Set(['c', 'u', 'up', 'g', 't']);

export function valueUnit(item: Pick<Evaluated, 'input' | 'options'>): ValueUnit {
  if (item.input.kind === 'rate' || NON_NEGATIVE_CHARTS.has(item.options.chart)) return 'rate';
  // Proportions multiplied by 100 (the percent setting, or an export whose value column is in percent).
  return item.options.multiply === 100 ? 'percent' : 'number';
}

/** A value as the views show it: with the locale's % sign when it is a percentage. */
export function formatValue(locale: string, value: number | null | undefined, unit: ValueUnit, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  // Called for every card and table cell: the formatters are made once per locale and digits.
  if (unit === 'percent')
    return cachedFormatter(`%|${locale}|${digits}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits })).format(value / 100);
  return cachedFormatter(`i|${locale}|${digits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits })).format(value);
}

/** The chart option for the unit: percent axes within [0, 100] %, rates from 0. */
export function chartValueUnit(unit: ValueUnit): 'percent' | 'non-negative' | undefined {
  return unit === 'percent' ? 'percent' : unit === 'rate' ? 'non-negative' : undefined;
}
