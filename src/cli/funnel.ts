/**
 * `--funnel PERIOD|all`: one funnel plot per numerator/denominator measure across its units,
 * for the periods whose start date begins with PERIOD (`2025-12` one month, `2025` a year's
 * span) or all periods, numerators and denominators summed over them (`spc/funnel.ts`).
 */
import { funnelPlot } from '../lib/spc/funnel.ts';
import { funnelInput, inFunnelSpan } from '../lib/workspace/funnel.ts';
import type { CliSeries } from './series.ts';
import { InputError } from './input.ts';

export function funnelsJson(series: readonly CliSeries[], period: string, overdispersion: boolean): Record<string, unknown>[] {
  if (!series.some((s) => s.observations.some((o) => inFunnelSpan(period, o.x))))
    throw new InputError(`--funnel ${period}: no period starts with "${period}" (periods are given by their start date, e.g. 2025-12)`);
  const measures = [...new Set(series.map((s) => s.key.measure))];
  return measures.flatMap((measure) => {
    const members = series.filter((s) => s.key.measure === measure);
    const input = funnelInput(members.map((s) => ({ unit: s.key.unit, kind: s.kind, observations: s.observations })), period);
    if (input === null) return [];
    const r = funnelPlot(input.units, { kind: input.kind, overdispersion });
    return [{
      measure,
      period,
      /** The export's own scale (1000: per 1 000 bed days); values and limits here are unscaled. */
      scale: members[0]!.scale,
      ...r,
      outside: r.points.filter((p) => p.outside).map((p) => ({ unit: p.unit, ...p.outside! })),
      skipped: input.skipped,
    }];
  });
}
