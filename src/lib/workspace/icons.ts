/**
 * The variation and assurance icons the overview draws for a series, and the icon legend made
 * from the icons actually drawn: every icon shown has an entry, and no entry is without its icon.
 */
import type { Assurance, SpcResult, Variation } from '../spc/types';

export type Side = 'high' | 'low' | null;
export interface VariationMark {
  variation: Variation;
  /** H or L on the icon: the side of the centre line of the latest point (none for common cause). */
  side: Side;
}

/** The side of the centre line of the latest point with a value, or null on the line or without one. */
function latestSide(result: SpcResult): Side {
  const last = [...result.points].reverse().find((p) => p.y !== null);
  if (!last || last.cl === null || last.y === last.cl) return null;
  return last.y! > last.cl ? 'high' : 'low';
}

export function variationMark(result: SpcResult): VariationMark {
  return { variation: result.variation, side: result.variation === 'common-cause' ? null : latestSide(result) };
}

const VARIATION_ORDER: Variation[] = ['special-cause-concern', 'special-cause-improvement', 'special-cause-neutral', 'common-cause'];
const SIDE_ORDER: Side[] = ['high', 'low', null];
const ASSURANCE_ORDER: (Assurance | null)[] = ['fail', 'hit-and-miss', 'pass', null];

/** The legend of the icons drawn for these results, concerns first (as the overview orders them). */
export function iconLegend(results: readonly SpcResult[]): { variations: VariationMark[]; assurances: (Assurance | null)[] } {
  const marks = results.map(variationMark);
  const variations = VARIATION_ORDER.flatMap((variation) =>
    SIDE_ORDER.filter((side) => marks.some((m) => m.variation === variation && m.side === side)).map((side) => ({ variation, side })),
  );
  const assurances = ASSURANCE_ORDER.filter((a) => results.some((r) => r.assurance === a));
  return { variations, assurances };
}
