/**
 * Pure helpers of the mapping step: the edits the user makes to a file's column mapping (kept out
 * of the component so they are tested on their own).
 */
import { numberParser, type ColumnMapping, type Inspection, type MeasureSpec } from '../data/ingest';

export type MeasureKind = MeasureSpec['kind'];
export const MEASURE_KINDS: readonly MeasureKind[] = ['value', 'proportion', 'rate', 'outcome', 'mixed', 'events'];

/** The column roles a measure of this kind reads, in the order they are asked for. */
export type ColumnRole = 'value' | 'outcome' | 'numerator' | 'denominator' | 'count' | 'cases';
export function rolesOf(kind: MeasureKind): ColumnRole[] {
  switch (kind) {
    case 'value':
      return ['value'];
    case 'outcome':
      return ['outcome'];
    case 'mixed':
      return ['numerator', 'denominator', 'value'];
    case 'events':
      return ['count', 'cases'];
    default:
      return ['numerator', 'denominator'];
  }
}

/** Roles a kind may leave without a column: an event row is one event, and G charts alone need cases. */
export const optionalRole = (role: ColumnRole): boolean => role === 'count' || role === 'cases';

/** The columns a spec reads, in its roles' order (null: an optional role left empty). */
function columnsOf(spec: MeasureSpec): (number | null)[] {
  const byRole = spec as unknown as Partial<Record<ColumnRole, number | null>>;
  return rolesOf(spec.kind).map((r) => byRole[r] ?? null);
}

/** A spec of another kind, keeping the columns it already had where they still fit. */
export function withKind(spec: MeasureSpec, kind: MeasureKind): MeasureSpec {
  const cols = columnsOf(spec);
  const c = (i: number) => cols[i] ?? cols.find((v) => v !== null) ?? 0;
  switch (kind) {
    case 'value':
      return { kind, name: spec.name, value: c(0) };
    case 'outcome':
      return { kind, name: spec.name, outcome: c(0) };
    case 'mixed':
      return { kind, name: spec.name, numerator: c(0), denominator: c(1), value: c(2) };
    case 'events':
      // Each row is one event until the user names a count column.
      return { kind, name: spec.name, count: null, cases: null };
    default:
      return { kind, name: spec.name, numerator: c(0), denominator: c(1) };
  }
}

/** The column a spec reads for one role (null when it reads none for it). */
export function columnOf(spec: MeasureSpec, role: ColumnRole): number | null {
  return (spec as unknown as Partial<Record<ColumnRole, number | null>>)[role] ?? null;
}

/** The spec reading `column` for `role` (null: none, for an optional role). */
export function withColumn(spec: MeasureSpec, role: ColumnRole, column: number | null): MeasureSpec {
  return { ...spec, [role]: column } as MeasureSpec;
}

/** A renamed spec; an empty name keeps the old one (a measure must have a name). */
export function renamed(spec: MeasureSpec, name: string): MeasureSpec {
  return { ...spec, name: name.trim() || spec.name };
}

/** A new value measure on the last column, the usual place of a value in an export. */
export function newMeasure(header: readonly string[]): MeasureSpec {
  const last = header.length - 1;
  return { kind: 'value', name: header[last] ?? '', value: Math.max(0, last) };
}

/**
 * A series file (what `spc sql` statements return: measure, unit, period, y_sum or value, n,
 * count) is already aggregated: recognised by its header, it is mapped with no question asked —
 * x = period, y = y_sum summed, n = n. Without denominators it is a value; with them on every
 * sample row a ratio (a proportion when no y_sum exceeds its n, else a rate); otherwise mixed (each
 * row a ratio where it has n, else a value). Null for any other file.
 */
export function seriesFileMapping(inspection: Pick<Inspection, 'header' | 'sample' | 'dialect' | 'profiles'>): ColumnMapping | null {
  const names = inspection.header.map((h) => h.trim().toLowerCase());
  const at = (name: string) => names.indexOf(name);
  const [measure, unit, period, n] = [at('measure'), at('unit'), at('period'), at('n')];
  const y = at('y_sum') >= 0 ? at('y_sum') : at('value');
  if (measure < 0 || unit < 0 || period < 0 || y < 0) return null;
  const name = inspection.header[y] ?? 'y_sum';
  // The profile covers the inspected records; the (shorter) preview sample shows which rows have n.
  if (n < 0 || (inspection.profiles[n]?.content ?? 'empty') === 'empty') return { period, measure, unit, measures: [{ kind: 'value', name, value: y }] };
  const parse = numberParser(inspection.dialect);
  const rows = inspection.sample.map((r) => [parse(r[y] ?? ''), parse(r[n] ?? '')] as const);
  const ratios = rows.filter((p): p is [number, number] => typeof p[0] === 'number' && typeof p[1] === 'number');
  if (ratios.length === 0 || ratios.length < rows.length) return { period, measure, unit, measures: [{ kind: 'mixed', name, numerator: y, denominator: n, value: y }] };
  const kind = ratios.every(([num, den]) => num <= den) ? 'proportion' : 'rate';
  return { period, measure, unit, measures: [{ kind, name, numerator: y, denominator: n }] };
}

/** Whether a mapping reads one row per event (charted between its dates, never per period). */
export const isEventMapping = (mapping: ColumnMapping | null | undefined): boolean => mapping?.measures.some((m) => m.kind === 'events') ?? false;

/** An event list's measure without a name is named `name` (the ingest does not know it). */
export function namedEvents(inspection: Inspection, name: string): Inspection {
  const mapping = inspection.mapping;
  if (!mapping || !mapping.measures.some((m) => m.kind === 'events' && m.name === '')) return inspection;
  const measures = mapping.measures.map((m) => (m.kind === 'events' && m.name === '' ? { ...m, name } : m));
  return { ...inspection, mapping: { ...mapping, measures } };
}
