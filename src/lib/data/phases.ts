/**
 * Phases from a column of the file (pre/post, före/efter, baseline/intervention, 1/2/3): a new
 * phase starts where the label changes within a series. Expressed as split points ("a new phase
 * after this x"), the form clicked splits are kept in, so both go to the engine alike.
 */
import { periodStartSql, LONG_TABLE, type AggregateGranularity } from './aggregate.ts';
import { quoteIdent, type SqlRunner } from './sql.ts';

/** The x after which each new phase starts, for labels in x order ('' = no label: no change). */
export function splitsFromLabels<X>(points: readonly { x: X; label: string }[]): X[] {
  const out: X[] = [];
  let current: string | null = null;
  let previous: X | null = null;
  for (const p of points) {
    if (p.label === '') continue;
    if (current !== null && p.label !== current && previous !== null) out.push(previous);
    current = p.label;
    previous = p.x;
  }
  return out;
}

interface Row {
  measure: string;
  unit: string;
  x: string;
  label: string;
}

/**
 * Split points per series (keyed `JSON.stringify([measure, unit])`) at the given granularity.
 * A period's label is that of its first row in the file; series without labels get none.
 */
export async function phaseSplits(runner: SqlRunner, granularity: AggregateGranularity, table = LONG_TABLE): Promise<Map<string, string[]>> {
  const sql = `
WITH src AS (SELECT measure, unit, line, phase, COALESCE(strftime(${periodStartSql(granularity)}, '%Y-%m-%d'), period) AS x FROM ${quoteIdent(table)} WHERE phase <> '')
SELECT measure, unit, x, arg_min(phase, line) AS label, MIN(line) AS first_line FROM src
GROUP BY measure, unit, x ORDER BY measure, unit, ${granularity === 'none' ? 'first_line' : 'x'}`;
  const rows = await runner.query<Row>(sql);
  const bySeries = new Map<string, Row[]>();
  for (const r of rows) {
    const key = JSON.stringify([r.measure, r.unit]);
    let list = bySeries.get(key);
    if (!list) bySeries.set(key, (list = []));
    list.push(r);
  }
  const out = new Map<string, string[]>();
  for (const [key, list] of bySeries) {
    const splits = splitsFromLabels(list.map((r) => ({ x: r.x, label: r.label })));
    if (splits.length > 0) out.set(key, splits);
  }
  return out;
}
