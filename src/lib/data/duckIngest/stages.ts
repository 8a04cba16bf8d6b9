/**
 * SQL built in stages: each stage adds named columns computed from the columns before it, so a
 * rule written once over a column name stays small however often later rules use its result.
 */

/** Columns added by one stage: [alias, expression]. */
export type Stage = [alias: string, expr: string][];

/** `SELECT *, …` of each stage over the one before, starting from `from` (a table or a subquery). */
export function staged(from: string, stages: Stage[]): string {
  let sql = from;
  for (const stage of stages) {
    if (stage.length === 0) continue;
    sql = `(SELECT *, ${stage.map(([alias, expr]) => `${expr} AS ${alias}`).join(', ')} FROM ${sql})`;
  }
  return sql;
}

/** Stages run side by side: stage i of every list together. */
export function zipStages(...lists: Stage[][]): Stage[] {
  const out: Stage[] = [];
  for (const list of lists) list.forEach((stage, i) => (out[i] = [...(out[i] ?? []), ...stage]));
  return out;
}
