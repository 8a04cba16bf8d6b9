/**
 * What a user sets on one series, and how it becomes engine options. Points are referred to by
 * their x (period), not their position, so settings survive a re-import with more months.
 */
import {
  CHART_TYPES, CONFLICT_RULES, DIRECTIONS, RULE_PROFILES,
  type ChartType, type ConflictRule, type Direction, type GoalStep, type Observation, type RuleProfile, type SpcOptions,
} from '../spc/types';
import { compareX } from '../spc/series';
import { SAME_DAY_EVENTS, type SameDayEvents } from '../spc/events';
import { SCALES } from './scale';

export type X = number | string;

export interface SeriesSettings {
  /** null: use the suggested chart. */
  chart: ChartType | null;
  direction: Direction;
  /** A point that is both improvement and concern (Making Data Count); belongs to the measure, like the direction. */
  conflictRule: ConflictRule;
  rules: RuleProfile;
  /** Goal steps in plotted units, each from an x on (the first may have no `from`). */
  goals: GoalStep[];
  /** A new phase starts after each of these x. */
  splits: X[];
  /** Limits from the points up to and including this x (within the latest phase). */
  freezeAt: X | null;
  excluded: { x: X; reason: string }[];
  annotations: { x: X; text: string }[];
  percent: boolean;
  /** Display scale of a ratio series (per 1, 100, 1 000… of the denominator); null: the measure's default. */
  scale: number | null;
  /** Draw the 2-sigma lines too. */
  sigma2: boolean;
  /** Event lists: several events on one date are one point (`combine`) or intervals of 0 (`zero`). */
  sameDay: SameDayEvents;
}

export const DEFAULT_SETTINGS: SeriesSettings = {
  chart: null,
  direction: 'neutral',
  conflictRule: 'concern',
  rules: 'anhoej',
  goals: [],
  splits: [],
  freezeAt: null,
  excluded: [],
  annotations: [],
  percent: true,
  scale: null,
  sigma2: false,
  sameDay: 'combine',
};

export function seriesId(measure: string, unit: string): string {
  return JSON.stringify([measure, unit]);
}

/** Distinct x values in engine order (numbers ascending, ISO dates lexically). */
export function positionsOf(observations: readonly Observation[]): Map<X, number> {
  const distinct = new Set<X>();
  for (const o of observations) distinct.add(o.x);
  const xs = [...distinct];
  // Exports come sorted by period: a sorted list needs no sort (compareX still rejects mixed x).
  let sorted = true;
  for (let i = 1; i < xs.length && sorted; i++) sorted = compareX(xs[i - 1]!, xs[i]!) < 0;
  if (!sorted) xs.sort(compareX);
  const pos = new Map<X, number>();
  xs.forEach((x, i) => pos.set(x, i + 1));
  return pos;
}

/** Engine options for a series; settings that name an x no longer in the data are ignored. */
export function toSpcOptions(settings: SeriesSettings, observations: Observation[], suggested: ChartType): SpcOptions {
  // Only settings that name an x need the positions.
  const named = settings.splits.length > 0 || settings.excluded.length > 0 || settings.freezeAt !== null;
  const pos = named ? positionsOf(observations) : new Map<X, number>();
  const at = (x: X) => pos.get(x);
  const defined = (v: number | undefined): v is number => v !== undefined;
  const part = settings.splits.map(at).filter(defined).sort((a, b) => a - b);
  const exclude = settings.excluded.map((e) => at(e.x)).filter(defined);
  const freeze = settings.freezeAt === null ? undefined : at(settings.freezeAt);
  const chart = settings.chart ?? suggested;
  return {
    chart,
    part: part.length > 0 ? part : undefined,
    exclude: exclude.length > 0 ? exclude : undefined,
    freeze,
    rules: settings.rules,
    direction: settings.direction,
    conflictRule: settings.conflictRule,
    goal: settings.goals.length > 0 ? settings.goals : undefined,
  };
}

const oneOf = <T extends string>(list: readonly T[], v: unknown, fallback: T): T =>
  typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : fallback;
const isX = (v: unknown): v is X => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []);
const obj = (v: unknown) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
const finiteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Goal steps of stored settings. A target is the goal (one concept, as in Making Data Count):
 * settings that hold `target` (a number) or `targets` (steps) instead of `goals` are migrated.
 */
function goalsOf(r: Record<string, unknown>): GoalStep[] {
  const goals = list(r.goals);
  const raw = goals.length > 0 ? goals : r.targets !== undefined ? list(r.targets) : finiteNumber(r.target) ? [{ value: r.target }] : [];
  return raw
    .map(obj)
    .filter((g) => finiteNumber(g.value))
    .map((g) => (isX(g.from) ? { from: g.from, value: g.value as number } : { value: g.value as number }));
}

/** Validate settings read from storage or an imported file; anything malformed falls back to defaults. */
export function parseSettings(raw: unknown): SeriesSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    chart: r.chart === null || r.chart === undefined ? null : oneOf(CHART_TYPES, r.chart, 'run'),
    direction: oneOf(DIRECTIONS, r.direction, 'neutral'),
    conflictRule: oneOf(CONFLICT_RULES, r.conflictRule, 'concern'),
    rules: oneOf(RULE_PROFILES, r.rules, 'anhoej'),
    goals: goalsOf(r),
    splits: list(r.splits).filter(isX),
    freezeAt: isX(r.freezeAt) ? r.freezeAt : null,
    excluded: list(r.excluded).map(obj).filter((e) => isX(e.x)).map((e) => ({ x: e.x as X, reason: String(e.reason ?? '') })),
    annotations: list(r.annotations).map(obj).filter((a) => isX(a.x) && typeof a.text === 'string').map((a) => ({ x: a.x as X, text: a.text as string })),
    percent: r.percent !== false,
    scale: typeof r.scale === 'number' && SCALES.includes(r.scale) ? r.scale : null,
    sigma2: r.sigma2 === true,
    sameDay: oneOf(SAME_DAY_EVENTS, r.sameDay, 'combine'),
  };
}
