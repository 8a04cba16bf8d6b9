/**
 * `--funnel PERIOD|all`: one funnel plot per numerator/denominator measure across its units,
 * for the periods whose start date begins with PERIOD (`2025-12` one month, `2025` a year's
 * span) or all periods, numerators and denominators summed over them (`spc/funnel.ts`).
 */
import { funnelPlot, type FunnelUnit } from '../lib/spc/funnel.ts';
import type { CliSeries } from './series.ts';
import { InputError } from './input.ts';

export function funnelsJson(series: readonly CliSeries[], period: string, overdispersion: boolean): Record<string, unknown>[] {
  const inSpan = (x: number | string) => period === 'all' || String(x).startsWith(period);
  if (!series.some((s) => s.observations.some((o) => inSpan(o.x))))
    throw new InputError(`--funnel ${period}: no period starts with "${period}" (periods are given by their start date, e.g. 2025-12)`);
  const measures = [...new Set(series.map((s) => s.key.measure))];
  return measures.flatMap((measure) => {
    const members = series.filter((s) => s.key.measure === measure);
    // A funnel needs numerators and denominators: value measures have no funnel.
    if (members.some((s) => s.kind === 'value' || s.kind === null)) return [];
    const units: FunnelUnit[] = [];
    const skipped: string[] = [];
    for (const s of members) {
      const obs = s.observations.filter((o) => inSpan(o.x) && o.y !== null && (o.n ?? 0) > 0);
      const denominator = obs.reduce((a, o) => a + o.n!, 0);
      if (denominator > 0) units.push({ unit: s.key.unit, numerator: obs.reduce((a, o) => a + o.y!, 0), denominator });
      else skipped.push(s.key.unit);
    }
    if (units.length === 0) return [];
    const kind = members.some((s) => s.kind === 'rate') ? 'rate' : 'proportion';
    const r = funnelPlot(units, { kind, overdispersion });
    return [{
      measure,
      period,
      /** The export's own scale (1000: per 1 000 bed days); values and limits here are unscaled. */
      scale: members[0]!.scale,
      ...r,
      outside: r.points.filter((p) => p.outside).map((p) => ({ unit: p.unit, ...p.outside! })),
      skipped,
    }];
  });
}
