/** Locale-aware formatting (Intl) and parsing of x values. No words are produced here. */
import { precisionFixed } from 'd3';
import type { XKind } from './types.ts';
import { cachedFormatter } from '../i18n/intlCache.ts';

const DAY_MS = 86_400_000;

/** x value → number: epoch milliseconds (UTC midnight) for dates, the number itself otherwise. */
export function xToNumber(x: number | string, kind: XKind): number {
  if (kind === 'number') return typeof x === 'number' ? x : Number(x);
  if (typeof x === 'number') return x;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(x);
  if (!match) return Date.parse(x);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** A number formatter with a fixed number of decimals, percent-aware. */
export function numberFormatter(locale: string, decimals: number, percent = false): (v: number) => string {
  const digits = Math.max(0, Math.min(decimals, 6));
  const format = cachedFormatter(`n|${locale}|${digits}|${percent}`, () => new Intl.NumberFormat(locale, {
    style: percent ? 'percent' : 'decimal',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }));
  return (v) => format.format(v);
}

/** Decimals needed to tell ticks `step` apart (percent: in percentage points). */
export function decimalsForStep(step: number, percent = false): number {
  if (!Number.isFinite(step) || step <= 0) return 0;
  return precisionFixed(percent ? step * 100 : step);
}

/** Granularity of a date series, from the median gap between consecutive x values. */
export type DateGrain = 'day' | 'week' | 'month' | 'quarter' | 'year';

export function dateGrain(times: number[]): DateGrain {
  const sorted = [...times].sort((a, b) => a - b);
  const gaps: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const gap = (sorted[i]! - sorted[i - 1]!) / DAY_MS;
    if (gap > 0) gaps.push(gap);
  }
  if (gaps.length === 0) return 'month';
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)]!;
  if (median >= 360) return 'year';
  if (median >= 85) return 'quarter';
  if (median >= 27) return 'month';
  if (median >= 6) return 'week';
  return 'day';
}

/** Date tick formatter for a grain, e.g. "mars 2024" (sv, month) or "5 mars" (sv, day). */
export function dateFormatter(locale: string, grain: DateGrain, spansYears: boolean): (t: number) => string {
  const options: Intl.DateTimeFormatOptions =
    grain === 'year'
      ? { year: 'numeric' }
      : grain === 'month' || grain === 'quarter'
        ? { month: 'short', year: 'numeric' }
        : spansYears
          ? { day: 'numeric', month: 'short', year: 'numeric' }
          : { day: 'numeric', month: 'short' };
  const format = cachedFormatter(`d|${locale}|${grain}|${spansYears}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));
  return (t) => format.format(new Date(t));
}
