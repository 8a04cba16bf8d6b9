/**
 * The variation and assurance icons the overview draws for a series, and the icon legend made
 * from the icons actually drawn: every icon shown has an entry, and no entry is without its icon.
 */
import type { Assurance, SpcResult, Variation } from '../spc/types';

export type Side = SpcResult['variationSide'];
export interface VariationMark {
  variation: Variation;
  /** H or L on the icon: the engine's side of the latest point's signal (none for common cause). */
  side: Side;
}

/** The engine's variation icon for a result, or null when it gives none (too few points). */
export function variationMark(result: SpcResult): VariationMark | null {
  return result.variation === null ? null : { variation: result.variation, side: result.variationSide };
}

const VARIATION_ORDER: Variation[] = ['special-cause-concern', 'special-cause-improvement', 'special-cause-neutral', 'common-cause'];
const SIDE_ORDER: Side[] = ['high', 'low', null];
const ASSURANCE_ORDER: (Assurance | null)[] = ['fail', 'hit-and-miss', 'pass', null];

/** The legend of the icons drawn for these results, concerns first (as the overview orders them). */
export function iconLegend(results: readonly SpcResult[]): { variations: VariationMark[]; assurances: (Assurance | null)[] } {
  const marks = results.flatMap((r) => variationMark(r) ?? []);
  const variations = VARIATION_ORDER.flatMap((variation) =>
    SIDE_ORDER.filter((side) => marks.some((m) => m.variation === variation && m.side === side)).map((side) => ({ variation, side })),
  );
  const assurances = ASSURANCE_ORDER.filter((a) => results.some((r) => r.assurance === a));
  return { variations, assurances };
}
