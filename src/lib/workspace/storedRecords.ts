/**
 * Records the app keeps in the browser, each with a schema version and checked on read. A record
 * that fails its check is set aside (kept for export as JSON) and the app starts clean for that
 * part, so no stored value can leave a user stuck (an error on every reload, a mapping step that
 * never opens). Records written before versioning have no `schema` field and are read as version 1
 * when their shape is right.
 */
import type { AggregateGranularity } from '../data/aggregate';
import { DELIMITERS, ENCODINGS, GRANULARITIES, PERIOD_FORMATS, type ColumnMapping, type MeasureSpec, type Overrides } from '../data/ingest';
import { AGGREGATIONS, type Aggregation } from '../spc/types';
import { parseChanges, type Change } from './changes';

/** Version written into every record; bump it with a migration when a record's shape changes. */
export const STORE_SCHEMA = 1;

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** What is needed to read the same file again after a reload. */
export interface StoredImport {
  name: string;
  blob: Blob;
  overrides: Overrides;
  granularity: AggregateGranularity;
  /** How several values of one period combine (value measures). */
  agg?: Aggregation;
  sample: boolean;
}

/** The column mapping confirmed for files with one header, remembered by its signature. */
export interface RememberedMapping {
  overrides: Overrides;
  granularity: AggregateGranularity;
}

/** A record as written: the value and the schema it follows. */
export function withSchema<T extends object>(value: T): T & { schema: typeof STORE_SCHEMA } {
  return { ...value, schema: STORE_SCHEMA };
}

type Fields = Record<string, unknown>;
const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = <T>(reason: string): Checked<T> => ({ ok: false, reason });
const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIn = <T>(list: readonly T[], v: unknown): v is T => list.includes(v as T);
const isColumn = (v: unknown, columns: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < columns;
const GRANULARITY_NAMES: readonly AggregateGranularity[] = ['none', ...GRANULARITIES];
const DECIMALS = [',', '.'];
const THOUSANDS = ['', ' ', '\u00a0', '\u202f', '.', ','];

/** The object of a record of this schema, or why not (a newer schema cannot be read back). */
function versioned(raw: unknown): Checked<Fields> {
  if (!isObject(raw)) return bad('not an object');
  const schema = raw.schema ?? STORE_SCHEMA;
  return schema === STORE_SCHEMA ? ok(raw) : bad(`unknown schema ${String(schema)}`);
}

function measureOk(spec: unknown, columns: number): spec is MeasureSpec {
  if (!isObject(spec) || typeof spec.name !== 'string') return false;
  const cols = (...keys: string[]) => keys.every((k) => isColumn(spec[k], columns));
  switch (spec.kind) {
    case 'value':
      return cols('value');
    case 'proportion':
    case 'rate':
      return cols('numerator', 'denominator');
    case 'outcome':
      return cols('outcome');
    case 'mixed':
      return cols('numerator', 'denominator', 'value');
    case 'events':
      return [spec.count, spec.cases].every((c) => c === null || isColumn(c, columns));
    default:
      return false;
  }
}

/** A column mapping whose every index lies inside a header of `columns` columns. */
export function mappingOk(mapping: unknown, columns = Number.MAX_SAFE_INTEGER): mapping is ColumnMapping {
  if (!isObject(mapping) || !isColumn(mapping.period, columns)) return false;
  const optional = (v: unknown) => v === null || isColumn(v, columns);
  const measures = mapping.measures;
  const category = mapping.category === undefined || optional(mapping.category);
  return optional(mapping.measure) && optional(mapping.unit) && category && Array.isArray(measures) && measures.length > 0 && measures.every((m) => measureOk(m, columns));
}

function overridesProblem(o: unknown, columns?: number): string | null {
  if (!isObject(o)) return 'overrides: not an object';
  if (o.encoding !== undefined && !isIn(ENCODINGS, o.encoding)) return 'overrides.encoding';
  if (o.dialect !== undefined) {
    const d = o.dialect;
    if (!isObject(d)) return 'overrides.dialect';
    if (d.delimiter !== undefined && !isIn(DELIMITERS, d.delimiter)) return 'overrides.dialect.delimiter';
    if (d.decimal !== undefined && !DECIMALS.includes(d.decimal as string)) return 'overrides.dialect.decimal';
    if (d.thousands !== undefined && !THOUSANDS.includes(d.thousands as string)) return 'overrides.dialect.thousands';
  }
  if (o.mapping !== undefined && !mappingOk(o.mapping, columns)) return 'overrides.mapping';
  if (o.periodFormat !== undefined && o.periodFormat !== null && !isIn(PERIOD_FORMATS, o.periodFormat)) return 'overrides.periodFormat';
  return null;
}

/** The stored file: its bytes, how it was read, and how it is aggregated. */
export function checkStoredImport(raw: unknown): Checked<StoredImport> {
  const record = versioned(raw);
  if (!record.ok) return record;
  const r = record.value;
  if (typeof r.name !== 'string' || r.name === '') return bad('name');
  if (!(r.blob instanceof Blob)) return bad('blob: not a file');
  if (typeof r.sample !== 'boolean') return bad('sample');
  if (!isIn(GRANULARITY_NAMES, r.granularity)) return bad('granularity');
  if (r.agg !== undefined && !isIn(AGGREGATIONS, r.agg)) return bad('agg');
  const problem = overridesProblem(r.overrides);
  if (problem) return bad(problem);
  const value: StoredImport = { name: r.name, blob: r.blob, overrides: r.overrides as Overrides, granularity: r.granularity, sample: r.sample };
  return ok(r.agg === undefined ? value : { ...value, agg: r.agg });
}

/** A remembered mapping, checked against the header of the file it is about to read (`columns` wide). */
export function checkRememberedMapping(raw: unknown, columns: number): Checked<RememberedMapping> {
  const record = versioned(raw);
  if (!record.ok) return record;
  const r = record.value;
  if (!isIn(GRANULARITY_NAMES, r.granularity)) return bad('granularity');
  // A remembered mapping is the user's confirmed choice: it must name the columns to read.
  if (!isObject(r.overrides) || r.overrides.mapping === undefined) return bad('overrides.mapping: missing');
  const problem = overridesProblem(r.overrides, columns);
  return problem ? bad(problem) : ok({ overrides: r.overrides as Overrides, granularity: r.granularity });
}

/** Series settings by series id; each entry is then read leniently by `parseSettings`. */
export function checkSeriesSettings(raw: unknown): Checked<Record<string, unknown>> {
  const record = versioned(raw);
  if (!record.ok) return record;
  // Version 1 wraps the map as `series`; before versioning the record was the map itself.
  const series = 'schema' in record.value ? record.value.series : record.value;
  if (!isObject(series)) return bad('series: not an object');
  const entry = Object.entries(series).find(([, v]) => !isObject(v));
  return entry ? bad(`series ${entry[0]}: not an object`) : ok(series);
}

/** The change log; each change is then validated by `parseChanges`. */
export function checkChangeLog(raw: unknown): Checked<Change[]> {
  const record = versioned(raw);
  if (!record.ok) return record;
  return Array.isArray(record.value.changes) ? ok(parseChanges(record.value.changes)) : bad('changes: not a list');
}

/** The series open in the detail view (null: the overview). */
export function checkSelected(raw: unknown): Checked<string | null> {
  // Before versioning the record was the id itself.
  if (raw === null || typeof raw === 'string') return ok(raw);
  const record = versioned(raw);
  if (!record.ok) return record;
  const id = record.value.id;
  return id === null || typeof id === 'string' ? ok(id) : bad('id');
}

/** What part of the app a stored key belongs to, for the "Recovered data" notice. */
export type StoredPart = 'file' | 'mapping' | 'settings' | 'selected' | 'preference' | 'other';

export function storedPart(key: string): StoredPart {
  if (key === 'file' || key === 'settings' || key === 'selected') return key;
  if (key === 'changes') return 'settings'; // the change log is shared in the settings file
  if (key.startsWith('mapping:')) return 'mapping';
  if (key.startsWith('pref:')) return 'preference';
  return 'other';
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Set-aside records as a JSON document the user can keep: a stored file's bytes become its text
 * (exports are text; a Parquet file's bytes are kept as base64).
 */
export async function recoveredJson(items: readonly { key: string; reason: string; at: string; value: unknown }[]): Promise<string> {
  const plain = async (v: unknown): Promise<unknown> => {
    if (v instanceof Blob) {
      const bytes = new Uint8Array(await v.arrayBuffer());
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      return text.includes('\u0000') ? { base64: base64(bytes) } : { text };
    }
    if (Array.isArray(v)) return Promise.all(v.map(plain));
    if (isObject(v)) return Object.fromEntries(await Promise.all(Object.entries(v).map(async ([k, x]) => [k, await plain(x)])));
    return v;
  };
  return JSON.stringify(await Promise.all(items.map(async (i) => ({ ...i, value: await plain(i.value) }))), null, 2);
}
