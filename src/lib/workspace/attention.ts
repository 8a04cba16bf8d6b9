/** "Needs attention first": the order quality leads scan an overview in. */
import type { Assurance, SpcResult, Variation } from '../spc/types';

const VARIATION_WEIGHT: Record<Variation, number> = {
  'special-cause-concern': 40,
  'special-cause-neutral': 10,
  'special-cause-improvement': 5,
  'common-cause': 0,
};
const ASSURANCE_WEIGHT: Record<Assurance, number> = { fail: 20, 'hit-and-miss': 8, pass: 0 };

/** Higher = look at it sooner: a concern beats a failing goal beats hit-and-miss beats the rest. */
export function attentionScore(result: Pick<SpcResult, 'variation' | 'assurance'>): number {
  return (result.variation ? VARIATION_WEIGHT[result.variation] : 0) + (result.assurance ? ASSURANCE_WEIGHT[result.assurance] : 0);
}
