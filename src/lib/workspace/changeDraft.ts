/**
 * A change as the user types it (the change-log form, or "this change started here" on a
 * point), checked before it is stored: every problem is named, none is silently dropped.
 */
import type { Change, ChangeIntroduction } from './changes';
import type { X } from './settings';

export interface ChangeDraft {
  name: string;
  description: string;
  measures: string[];
  /** The date typed for each unit ('' : not introduced there). */
  dates: Record<string, string>;
}

export type DraftProblem =
  | { code: 'name-missing' }
  | { code: 'measures-missing' }
  | { code: 'units-missing' }
  | { code: 'date-invalid'; unit: string; text: string };

export function draftOf(change: Change | null): ChangeDraft {
  if (change === null) return { name: '', description: '', measures: [], dates: {} };
  return {
    name: change.name,
    description: change.description,
    measures: [...change.measures],
    dates: Object.fromEntries(change.introduced.map((i) => [i.unit, String(i.date)])),
  };
}

/** An x as the data has it: an ISO date that exists in the calendar, or a whole number (a sequence). */
export function parseX(text: string): X | null {
  const t = text.trim();
  if (/^-?\d+$/.test(t)) return Number(t);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) return null;
  const d = new Date(`${t}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === t ? t : null;
}

/** The change the draft describes (keeping `id`), or every problem with it. */
export function changeFromDraft(draft: ChangeDraft, id: string): { change: Change; problems: [] } | { change: null; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const name = draft.name.trim();
  if (name === '') problems.push({ code: 'name-missing' });
  if (draft.measures.length === 0) problems.push({ code: 'measures-missing' });
  const introduced: ChangeIntroduction[] = [];
  for (const [unit, text] of Object.entries(draft.dates)) {
    if (text.trim() === '') continue;
    const date = parseX(text);
    if (date === null) problems.push({ code: 'date-invalid', unit, text });
    else introduced.push({ unit, date });
  }
  if (introduced.length === 0 && !problems.some((p) => p.code === 'date-invalid')) problems.push({ code: 'units-missing' });
  if (problems.length > 0) return { change: null, problems };
  return { change: { id, name, description: draft.description.trim(), measures: [...draft.measures], introduced }, problems: [] };
}

/** A new id, readable in a link (`#/spread/<id>`) and unique among `taken`. */
export function newChangeId(name: string, taken: readonly string[]): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'change';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * "This change started here": the change gets the unit's date (replacing an earlier one there)
 * and targets the measure too.
 */
export function introduceAt(change: Change, measure: string, unit: string, date: X): Change {
  return {
    ...change,
    measures: change.measures.includes(measure) ? change.measures : [...change.measures, measure],
    introduced: [...change.introduced.filter((i) => i.unit !== unit), { unit, date }],
  };
}
