/**
 * The scale a series' values are shown at, in words: "per 10 000 vårddygn", "procent (%)".
 * One place for the card, the detail view, the axis title, the data table, the summary and every export.
 */
import type { Evaluated } from '../workspace/evaluate';
import { formatNumber, type Locale, type Messages } from './index';

/**
 * Column names that only say "denominator" (in the four languages): "per 1 000 nämnare" would
 * name no unit, in any UI language, so the scale is then "per 1 000" alone.
 */
const GENERIC_DENOMINATOR = new Set(['denominator', 'nämnare', 'namnare', 'nevner', 'nævner', 'naevner']);

/** The denominator's column name as a running word ("Vårddygn" → "vårddygn"; "BAC" stays; "Nämnare" says nothing). */
function unitWord(name: string | undefined): string {
  if (!name || GENERIC_DENOMINATOR.has(name.trim().toLowerCase())) return '';
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** One scale choice in words: a proportion as percent, per mille or a fraction; a rate per N of the denominator's unit. */
export function scaleName(t: Messages, locale: Locale, scale: number, proportion: boolean, denominator: string | undefined): string {
  if (proportion) return t.scaleProportion({ scale });
  return t.scaleRate({ scale: formatNumber(locale, scale, 0), one: scale === 1 ? 1 : 0, unit: unitWord(denominator) });
}

/**
 * What the plotted values of a series are per, or null for plain values. A ratio series always has
 * a scale; a value series only when its values are percentages.
 */
export function scaleWords(t: Messages, locale: Locale, item: Pick<Evaluated, 'input' | 'options'>): string | null {
  const multiply = item.options.multiply;
  if (multiply === undefined) return null;
  const ratio = item.input.observations.some((o) => o.n !== null && o.n !== undefined);
  if (!ratio) return multiply === 100 ? t.scaleProportion({ scale: 100 }) : null;
  return scaleName(t, locale, multiply, item.input.kind !== 'rate', item.input.denominator);
}
