/**
 * One series from the data layer + the user's settings → the engine's result. Pure, so the
 * overview and the detail view compute the same thing and it is unit-tested without a browser.
 */
import type { MeasureKind } from '../data/ingest/roles';
import { CHARTS, computeSpc, SpcInputError, type SpcInputErrorCode } from '../spc';
import { describeShape, suggestChart, type ChartSuggestion } from '../spc/guidance';
import type { ChartType, Observation, SpcOptions, SpcResult } from '../spc/types';
import { eventIntervals, hasCases, type EventIntervals } from './eventSeries';
import { seriesPhases, type Change, type ChangeAnnotation } from './changes';
import { toSpcOptions, type SeriesSettings } from './settings';

export interface SeriesInput {
  id: string;
  measure: string;
  unit: string;
  kind: MeasureKind;
  /** The export's own scale of numerator / denominator (100, 1000…), or null. */
  scale: number | null;
  observations: Observation[];
  /** Name of the denominator column ("Vårddygn"), for "per 1 000 vårddygn". */
  denominator?: string;
  /** A new phase after each of these x, from the file's phase column (joined with clicked splits). */
  phaseSplits?: (number | string)[];
  /**
   * Read as "one row per event": x is an event's date, y the events that day, n the cases since
   * the previous row. Charted as the days (T) or cases (G) between events, with the open interval
   * to `until` (the file's last date) provisional.
   */
  events?: { until: string };
}

export interface Evaluated {
  input: SeriesInput;
  suggestion: ChartSuggestion;
  options: SpcOptions;
  result: SpcResult | null;
  /** The changes of the change log that split this series, at the first x of their phase. */
  changeNotes: ChangeAnnotation[];
  /** Why the engine refused (e.g. a chart that needs denominators); the UI translates it. */
  error: SpcInputErrorCode | null;
}

/**
 * The kind the ingest saw decides proportion vs rate (a rate is never a proportion, even when its
 * numerators fit in the denominators; an export scale other than 1 or 100, e.g. per 1 000 bed
 * days, marks a rate too); the data's shape decides the rest.
 */
export function suggestFor(input: Pick<SeriesInput, 'observations' | 'kind' | 'scale' | 'events'>): ChartSuggestion {
  const shape = describeShape(input.observations);
  // The user said the rows are events: that, not the rows' shape, makes it an event list;
  // with cases between the events, a G chart.
  if (input.events) {
    shape.eventDates = true;
    shape.unitIsTime = !hasCases(input.observations);
  }
  if (input.kind === 'rate' || (input.scale !== null && input.scale !== 1 && input.scale !== 100)) shape.numeratorsBounded = false;
  return suggestChart(shape);
}

/**
 * Ratios are shown in the scale the user chose for the measure, else in the measure's default
 * (`input.scale`: the export's own, or for rates a power of ten, see scale.ts); otherwise the
 * "percent" setting shows proportions × 100.
 */
export function displayScale(
  input: Pick<SeriesInput, 'observations' | 'kind' | 'scale'>,
  settings: Pick<SeriesSettings, 'percent' | 'scale'>,
  chart: SpcOptions['chart'],
): number {
  const ratio = input.observations.some((o) => o.n !== null && o.n !== undefined);
  if (!ratio || !CHARTS[chart].plotsRatio) return 1;
  if (settings.scale !== null) return settings.scale;
  if (input.scale !== null) return input.scale;
  return settings.percent && input.kind !== 'rate' ? 100 : 1;
}

/** An event list: the user said so in the mapping, or its rows look like one (dates, no values). */
const isEventList = (input: Pick<SeriesInput, 'events'>, suggestion: ChartSuggestion) => input.events !== undefined || suggestion.reason === 'event-dates';

/** The engine's input and options: an event list's intervals, the phases of the splits and the change log. */
function prepare(given: SeriesInput, derived: EventIntervals | null, settings: SeriesSettings, suggested: ChartType, changes: readonly Change[]) {
  const input = derived ? { ...given, observations: derived.observations } : given;
  // Phases from the file's phase column join the ones the user split by hand.
  const splits = input.phaseSplits?.length ? [...new Set([...input.phaseSplits, ...settings.splits])] : settings.splits;
  const options = toSpcOptions(settings, input.observations, suggested);
  // One place computes the phases: the user's and the file's splits with the change log's dates.
  const phases = seriesPhases(changes, input, splits);
  options.part = phases.part.length > 0 ? phases.part : undefined;
  // The open interval since the last event is provisional: drawn apart, never in the limits.
  if (derived?.provisional.length) options.provisional = derived.provisional;
  options.multiply = displayScale(input, settings, options.chart);
  return { input, options, changeNotes: phases.annotations };
}

/** A series' result with the user's settings and the change log (each change targeting it adds a phase). */
export function evaluate(given: SeriesInput, settings: SeriesSettings, changes: readonly Change[] = []): Evaluated {
  const suggestion = suggestFor(given);
  try {
    // An event list is charted as the days (or cases) between its events, never as its rows.
    const derived = isEventList(given, suggestion) ? eventIntervals(given, settings.chart ?? suggestion.chart, settings) : null;
    const { input, options, changeNotes } = prepare(given, derived, settings, suggestion.chart, changes);
    try {
      return { input, suggestion, options, result: computeSpc(input.observations, options), changeNotes, error: null };
    } catch (e) {
      return { input, suggestion, options, result: null, changeNotes, error: inputError(e) };
    }
  } catch (e) {
    return { ...prepare(given, null, settings, suggestion.chart, changes), suggestion, result: null, error: inputError(e) };
  }
}

/** The code of input the engine refuses (the UI translates it); anything else is a bug and surfaces. */
function inputError(e: unknown): SpcInputErrorCode {
  if (e instanceof SpcInputError) return e.code;
  throw e;
}
