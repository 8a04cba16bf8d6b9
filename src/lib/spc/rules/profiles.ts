import type { PointRule, RuleProfile } from '../types.ts';
import type { OnCentre } from './shift.ts';
import type { Ties } from './trend.ts';

/** One rule with its parameters, as a profile runs it. */
export type RuleSpec =
  | { rule: 'beyond-limits' }
  | { rule: 'shift'; length: number; onCentre: OnCentre }
  | { rule: 'trend'; length: number; ties: Ties }
  | { rule: 'two-of-three' }
  | { rule: 'four-of-five' }
  | { rule: 'astronomical' };

export interface ProfileSpec {
  source: string;
  rules: RuleSpec[];
}

/**
 * Which point rules each profile runs, with their defaults.
 * Phase-level tests (Anhøj longest run / crossings, IHI number of runs) are not point rules:
 * the core runs them per phase (`ihiRunsTest` for ihi).
 */
export const PROFILES: Record<RuleProfile, ProfileSpec> = {
  anhoej: {
    source: 'Anhøj & Olesen (2014) PLoS ONE 9(11):e113825; Anhøj (2015) PLoS ONE 10(3):e0121349; qicharts2',
    rules: [{ rule: 'beyond-limits' }],
  },
  mdc: {
    source: 'NHS England, Making Data Count (2019) and its SPC SQL v2.6a; NHSRplotthedots',
    rules: [
      { rule: 'trend', length: 6, ties: 'break' },
      { rule: 'shift', length: 6, onCentre: 'break' },
      { rule: 'two-of-three' },
      { rule: 'beyond-limits' },
    ],
  },
  'western-electric': {
    source: 'Western Electric Co. (1956), Statistical Quality Control Handbook, zone tests 1-4',
    rules: [
      { rule: 'shift', length: 8, onCentre: 'break' },
      { rule: 'two-of-three' },
      { rule: 'four-of-five' },
      { rule: 'beyond-limits' },
    ],
  },
  ihi: {
    source: 'Provost & Murray (2011), The Health Care Data Guide; Perla, Provost & Murray (2011) BMJ Qual Saf 20:46-51',
    rules: [
      { rule: 'trend', length: 5, ties: 'skip' },
      { rule: 'shift', length: 6, onCentre: 'skip' },
      { rule: 'beyond-limits' },
      { rule: 'astronomical' },
    ],
  },
};

/**
 * Order of rules in a point's `rules` array; the classification reads the first.
 * A trend carries its own direction, so it leads; then shift, the zone tests, and the single
 * point tests.
 */
export const RULE_PRECEDENCE: readonly PointRule[] = ['trend', 'shift', 'two-of-three', 'four-of-five', 'beyond-limits', 'astronomical'];

/** A usable run length: an integer of at least 2. Anything else falls back to the default. */
function lengthOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isInteger(value) && value >= 2 ? value : fallback;
}

/** The rules of a profile, with `shift` / `trend` lengths overridden where the profile has them. */
export function profileRules(profile: RuleProfile, opts: { shift?: number; trend?: number } = {}): RuleSpec[] {
  return PROFILES[profile].rules.map((r) => {
    if (r.rule === 'shift') return { ...r, length: lengthOr(opts.shift, r.length) };
    if (r.rule === 'trend') return { ...r, length: lengthOr(opts.trend, r.length) };
    return r;
  });
}
