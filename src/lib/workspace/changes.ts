/**
 * The change log: changes (a PDSA cycle, a new routine) with the measures they target and the
 * date each unit introduced them. A change splits every chart of a targeted measure in a unit
 * with a date into phases at that date, annotated with the change's name; together with the
 * user's own splits, in date order. Stored in the workspace and the settings file (versioned).
 */
import type { Observation } from '../spc/types';
import { positionsOf, type X } from './settings';

export interface ChangeIntroduction {
  unit: string;
  /** The first x (period start or date) of the new phase: the change is in effect from it. */
  date: X;
}

export interface Change {
  id: string;
  name: string;
  description: string;
  /** Names of the measures the change targets. */
  measures: string[];
  introduced: ChangeIntroduction[];
}

export interface ChangeAnnotation {
  x: X;
  changeId: string;
  text: string;
}

export interface SeriesPhases {
  /** Engine `part`: 1-based positions after which a new phase starts, ascending, no repeats. */
  part: number[];
  /** One per change that splits the series, at the first x of its phase. */
  annotations: ChangeAnnotation[];
}

/** Same order as the engine's x order (numbers numerically, ISO dates as text); mixed kinds never compare. */
function atOrAfter(x: X, date: X): boolean {
  if (typeof x !== typeof date) return false;
  return typeof x === 'number' ? x >= (date as number) : String(x) >= String(date);
}

/**
 * Phase splits of one series: the user's splits (x after which a phase starts, as in the
 * settings) and each change targeting the measure in the unit, whose phase starts at the first
 * x on or after its date. A date before the first point or after the last one splits nothing.
 */
export function seriesPhases(
  changes: readonly Change[],
  series: { measure: string; unit: string; observations: Observation[] },
  userSplits: readonly X[] = [],
): SeriesPhases {
  if (changes.length === 0 && userSplits.length === 0) return { part: [], annotations: [] };
  const pos = positionsOf(series.observations);
  const xs = [...pos.keys()];
  const parts = new Set<number>();
  for (const x of userSplits) {
    const p = pos.get(x);
    if (p !== undefined && p < xs.length) parts.add(p);
  }
  const annotations: ChangeAnnotation[] = [];
  for (const c of changes) {
    if (!c.measures.includes(series.measure)) continue;
    for (const intro of c.introduced.filter((i) => i.unit === series.unit)) {
      const first = xs.findIndex((x) => atOrAfter(x, intro.date));
      if (first <= 0) continue;
      parts.add(first);
      annotations.push({ x: xs[first]!, changeId: c.id, text: c.name });
    }
  }
  annotations.sort((a, b) => pos.get(a.x)! - pos.get(b.x)!);
  return { part: [...parts].sort((a, b) => a - b), annotations };
}

/** Units where a change is introduced, and its date there (the first one if named twice). */
export function introducedIn(change: Change, unit: string): X | null {
  return change.introduced.find((i) => i.unit === unit)?.date ?? null;
}

const CHANGES_VERSION = 1;

/** The workspace's stored form: `{version, changes}`. */
export function serializeChanges(changes: readonly Change[]): string {
  return JSON.stringify({ version: CHANGES_VERSION, changes });
}

const isX = (v: unknown): v is X => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Validate changes read from storage or a settings file. A change without an id or a name, or
 * an introduction without a unit or a date, cannot be used and is left out; so is anything
 * that is not an array. Ids are kept unique (the first wins).
 */
export function parseChanges(raw: unknown): Change[] {
  if (!Array.isArray(raw)) return [];
  const out: Change[] = [];
  const ids = new Set<string>();
  for (const item of raw as unknown[]) {
    const c = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const id = text(c.id);
    const name = text(c.name).trim();
    if (id === '' || name === '' || ids.has(id)) continue;
    ids.add(id);
    const introduced = (Array.isArray(c.introduced) ? (c.introduced as unknown[]) : [])
      .map((i) => (typeof i === 'object' && i !== null ? (i as Record<string, unknown>) : {}))
      .filter((i) => typeof i.unit === 'string' && isX(i.date))
      .map((i) => ({ unit: i.unit as string, date: i.date as X }));
    const measures = (Array.isArray(c.measures) ? (c.measures as unknown[]) : []).filter((m): m is string => typeof m === 'string');
    out.push({ id, name, description: text(c.description), measures, introduced });
  }
  return out;
}

/** Changes from the workspace's stored text; an unknown version or bad text gives none. */
export function deserializeChanges(stored: string): Change[] {
  try {
    const doc = JSON.parse(stored) as { version?: unknown; changes?: unknown };
    return doc?.version === CHANGES_VERSION ? parseChanges(doc.changes) : [];
  } catch {
    return [];
  }
}
