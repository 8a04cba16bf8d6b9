/**
 * A column of phase labels: few distinct values that name stages of an improvement effort
 * (pre/post, före/efter, før/etter, baseline/intervention, fase 1/2) or phase numbers under a
 * phase-like header. Suggested as the mapping's `phase` role.
 */
import type { ColumnProfile } from './roles.ts';

/** Most distinct labels a phase column has (more is a category, not a sequence of phases). */
const MAX_PHASES = 6;

const PHASE_WORD = /^(?:pre|post|före|fore|efter|etter|før|for|innan|under|baseline|intervention|before|after|control|kontroll|uppföljning|oppfølging|opfølgning|follow-up|implementering|implementation)\b/;
const PHASE_NAMED = /^(?:fas|fase|phase|stage|steg|trin|period|periode)\s*[-.]?\s*\w+$/;
const PHASE_HEADER = /^(?:fas|fase|faser|phase|phases|stage|steg|trin|period|periode|intervention|tiltak|åtgärd|indsats)\b/;

function isPhaseLabel(v: string): boolean {
  const s = v.trim().toLowerCase();
  return PHASE_WORD.test(s) || PHASE_NAMED.test(s);
}

/** Whether a column (profile and its sample values) holds phase labels. */
export function isPhaseColumn(profile: ColumnProfile, values: readonly string[]): boolean {
  if (profile.distinct < 2 || profile.distinct > MAX_PHASES) return false;
  const present = [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
  const header = profile.header.trim().toLowerCase();
  if (profile.content === 'text') return present.every(isPhaseLabel) || PHASE_HEADER.test(header);
  // Phase numbers (1, 2, 3) only under a phase-like header.
  return (profile.content === 'numeric' || profile.content === 'binary') && PHASE_HEADER.test(header) && present.every((v) => /^\d{1,2}$/.test(v));
}
