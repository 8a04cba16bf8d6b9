/** The one i18n layer: every visible string comes from here; numbers and dates through Intl. */
import { en } from './en';
import { sv } from './sv';
import { nb } from './nb';
import { da } from './da';
import { LOCALES, type Locale } from './types';
import { cachedFormatter } from './intlCache';

export { LOCALES, type Locale };
export type Messages = typeof en;

const catalogs: Record<Locale, Messages> = { sv, nb, da, en };

export function messages(locale: Locale): Messages {
  return catalogs[locale];
}

/** Name of a period length (aggregation granularity) in the user's language. */
export function periodLengthName(m: Messages, g: 'none' | 'day' | 'week' | 'month' | 'quarter' | 'tertial' | 'year'): string {
  return { none: m.periodNone, day: m.periodDay, week: m.periodWeek, month: m.periodMonth, quarter: m.periodQuarter, tertial: m.periodTertial, year: m.periodYear }[g];
}

/** Native names, shown in the language picker whatever the current language. */
export const LOCALE_NAMES: Record<Locale, string> = { sv: 'Svenska', nb: 'Norsk bokmål', da: 'Dansk', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Pick the first supported language from the browser's preferences (no → nb, Norwegian fallbacks). */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'no' || base === 'nn') return 'nb';
    if (isLocale(base)) return base;
  }
  return 'sv';
}

export function formatNumber(locale: Locale, value: number | null, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '';
  return cachedFormatter(`i|${locale}|${digits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits })).format(value);
}

/** How precisely a series' dates are shown: by day, by month, or by year. */
export type PeriodLevel = 'day' | 'month' | 'year';

/** The level a whole series needs: months when every date is the 1st, years when every one is 1 January. */
export function periodLevel(xs: readonly (number | string)[]): PeriodLevel {
  const dates = xs.filter((x): x is string => typeof x === 'string');
  if (dates.length === 0 || dates.some((x) => !x.endsWith('-01'))) return 'day';
  return dates.every((x) => x.endsWith('-01-01')) && dates.length > 1 ? 'year' : 'month';
}

const LEVEL_FORMAT: Record<PeriodLevel, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

/** Format an x value: ISO dates at the series' level (see `periodLevel`), numbers as numbers. */
export function formatPeriod(locale: Locale, x: number | string, level: PeriodLevel = periodLevel([x])): string {
  if (typeof x === 'number') return formatNumber(locale, x, 0);
  const date = new Date(`${x}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return x;
  return cachedFormatter(`p|${locale}|${level}`, () => new Intl.DateTimeFormat(locale, LEVEL_FORMAT[level])).format(date);
}
