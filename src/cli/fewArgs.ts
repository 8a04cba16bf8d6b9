/**
 * Options of the issue-11 outputs (`--events`, `--funnel`, `--pareto`), taken out of the
 * command line before the general options are parsed (`args.ts`), so they stay in one place.
 */
import { SAME_DAY_EVENTS, type SameDayEvents } from '../lib/spc/events.ts';
import { UsageError } from './args.ts';

export interface FewArgs {
  /** One row per event: T chart of days between events (G with `--n`). */
  events: boolean;
  sameDay: SameDayEvents;
  /** End of observation for the open interval; null: the latest date in the file. */
  until: string | null;
  /** Funnel plot for one period (or span, by prefix) or `all`; null: none. */
  funnel: string | null;
  /** Spiegelhalter's overdispersion adjustment of the funnel limits (default on). */
  overdispersion: boolean;
  /** Pareto chart of this category column; null: none. */
  pareto: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function extractFewArgs(argv: readonly string[]): { few: FewArgs; rest: string[] } {
  const few: FewArgs = { events: false, sameDay: 'combine', until: null, funnel: null, overdispersion: true, pareto: null };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag}: missing value`);
      return v;
    };
    switch (flag) {
      case '--events': few.events = true; break;
      case '--no-overdispersion': few.overdispersion = false; break;
      case '--same-day': {
        const v = value();
        if (!(SAME_DAY_EVENTS as readonly string[]).includes(v)) throw new UsageError(`--same-day: unknown value "${v}" (expected ${SAME_DAY_EVENTS.join('|')})`);
        few.sameDay = v as SameDayEvents;
        break;
      }
      case '--until': {
        const v = value();
        if (!ISO_DATE.test(v)) throw new UsageError(`--until: not a date YYYY-MM-DD: "${v}"`);
        few.until = v;
        break;
      }
      case '--funnel': few.funnel = value(); break;
      case '--pareto': few.pareto = value(); break;
      default: rest.push(flag);
    }
  }
  const chosen = [few.events, few.funnel !== null, few.pareto !== null].filter(Boolean).length;
  if (chosen > 1) throw new UsageError('--events, --funnel and --pareto cannot be combined');
  return { few, rest };
}

export const FEW_HELP = `
Rare events, fair comparison, where the problems are (one of these at a time):
  --events           one row per event (--x DATE; --unit; --y COUNT of events on the row, empty
                     = 1): T chart of the days between events per unit; with --n CASES (cases
                     since the previous row) a G chart of the cases between events. The interval
                     before the first event is not a point; the open interval since the last one
                     is a point with "provisional": true, left out of the limits.
  --same-day combine|zero   events on one date: one point (default) or intervals of 0
  --until DATE       end of observation for the open interval (default: the file's latest date)
  --funnel PERIOD|all
                     funnel plot per measure across units (numerator/denominator measures, with
                     --period): the period whose start date begins with PERIOD (2025-12, or 2025
                     for a year's span), or all periods. 95 % and 99.8 % limits, Spiegelhalter's
                     (2005) overdispersion adjustment; units outside the limits are named.
  --no-overdispersion  funnel limits without the overdispersion adjustment
  --pareto COL       counts of events by the category column COL, descending, with cumulative
                     percentages, per unit and for all units (--y COUNT as with --events)
`;
