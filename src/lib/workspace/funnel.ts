/**
 * The units of one measure → the funnel plot's input (`spc/funnel.ts`), for the periods whose
 * start date begins with `span` (`2025-12` one month, `2025` a year) or `all`: numerators and
 * denominators summed over the span. Shared by the CLI's `--funnel` and the app's funnel view.
 */
import type { FunnelKind, FunnelUnit } from '../spc/funnel.ts';
import type { Observation } from '../spc/types.ts';

export interface FunnelMember {
  unit: string;
  kind: string | null;
  observations: readonly Observation[];
}

export interface FunnelInput {
  kind: FunnelKind;
  units: FunnelUnit[];
  /** Units with no denominator in the span (named, not silently dropped). */
  skipped: string[];
}

export const inFunnelSpan = (span: string, x: number | string): boolean => span === 'all' || String(x).startsWith(span);

/** Null when the measure has no numerators and denominators (a value measure has no funnel) or no unit has data. */
export function funnelInput(members: readonly FunnelMember[], span: string): FunnelInput | null {
  if (members.length === 0 || members.some((m) => m.kind === 'value' || m.kind === null)) return null;
  const units: FunnelUnit[] = [];
  const skipped: string[] = [];
  for (const m of members) {
    const obs = m.observations.filter((o) => inFunnelSpan(span, o.x) && o.y !== null && (o.n ?? 0) > 0);
    const denominator = obs.reduce((a, o) => a + o.n!, 0);
    if (denominator > 0) units.push({ unit: m.unit, numerator: obs.reduce((a, o) => a + o.y!, 0), denominator });
    else skipped.push(m.unit);
  }
  if (units.length === 0) return null;
  return { kind: members.some((m) => m.kind === 'rate') ? 'rate' : 'proportion', units, skipped };
}
