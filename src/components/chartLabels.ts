/** Chart words live in the i18n layer (shared with exports and the CLI); the variation icon's side is a view concern. */
import type { SpcResult } from '../lib/spc/types';

export { chartLabels, describePoint } from '../lib/i18n/chartLabels';

/** H or L for the variation icon: the side of the centre line of the latest point. */
export function latestSide(result: SpcResult): 'high' | 'low' | null {
  const last = [...result.points].reverse().find((p) => p.y !== null);
  if (!last || last.cl === null || last.y === last.cl) return null;
  return last.y! > last.cl ? 'high' : 'low';
}
