/** How a ratio series is scaled, in words: "per 1 000 vårddygn", "percent (%)". */
import { formatNumber, type Locale, type Messages } from '../lib/i18n';

/** The denominator's column name as a running word ("Vårddygn" → "vårddygn"; "BAC" stays). */
function unitWord(name: string | undefined): string {
  if (!name) return '';
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

export function scaleText(t: Messages, locale: Locale, scale: number, proportion: boolean, denominator: string | undefined): string {
  if (proportion) return t.scaleProportion({ scale });
  return t.scaleRate({ scale: formatNumber(locale, scale, 0), one: scale === 1 ? 1 : 0, unit: unitWord(denominator) });
}
