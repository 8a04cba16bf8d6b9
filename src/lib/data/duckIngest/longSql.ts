/**
 * The records DuckDB read (`spc_rec`: one VARCHAR per field, `nf` fields, physical `line`) →
 * one row per record and measure (`spc_cells`) holding either a long row or its rejection, in
 * SQL generated from the mapping, dialect and period format, rule for rule as `rowConverter`
 * (ingest/rows.ts) does per record in JavaScript.
 */
import type { Dialect } from '../ingest/dialect.ts';
import { NOTE_BREAK_RE, NOTE_LETTER_RE, TOTAL_LABELS } from '../ingest/footer.ts';
import { periodParser, type PeriodFormat, type PeriodParse, type YearWindow } from '../ingest/periods.ts';
import { columnName, MISSING_OUTCOME, readSpecs, SCALE_TOLERANCE, type DashChoice } from '../ingest/rows.ts';
import { OUTCOME_WORDS, type ColumnMapping, type MeasureSpec } from '../ingest/roles.ts';
import { numberStages } from './numberSql.ts';
import { periodStages, PERIOD_ERROR } from './periodSql.ts';
import { staged, zipStages, type Stage } from './stages.ts';
import { isBlank, jsTrim, lit, litList, matches } from './sqlText.ts';

export interface LongPlan {
  /** Column names (as `headerNames` gives them). */
  header: string[];
  mapping: ColumnMapping;
  dialect: Dialect;
  periodFormat: PeriodFormat | null;
  dash: DashChoice;
  years: YearWindow;
  /** Physical line of the header: records below it are data. */
  headerLine: number;
  /** Columns of the raw table (c0 … c{columns-1}); at least the header's width. */
  columns: number;
  /** Record k starts on line k + 1 + lineOffset when that holds for every record, else null (see `spc_lines`). */
  lineOffset: number | null;
}

export const RAW = 'spc_raw';
export const REC = 'spc_rec';
export const PERIODS = 'spc_periods';

const col = (i: number) => `c${i}`;
const cell = (i: number) => `coalesce(${col(i)}, '')`;
/** The trimmed field i ('' when the record has no such field), computed once in `spc_rec`. */
const trimmed = (i: number) => `t${i}`;

/**
 * The fields the rules read trimmed: the mapping's, and the first (totals and notes). A trim costs
 * about as much as DuckDB's read of the field, so the others are only tested for blankness, lazily.
 */
function trimmedFields(plan: LongPlan): Set<number> {
  const m = plan.mapping;
  const outcomes = readSpecs(m).flatMap((s) => (s.kind === 'outcome' ? [s.outcome] : []));
  const fields = [0, m.period, m.measure, m.unit, m.phase, m.category, ...readSpecs(m).flatMap(numberColumns), ...outcomes];
  return new Set(fields.filter((c): c is number => typeof c === 'number'));
}

/** Whether field i of a record is blank (absent, or white space only). */
function blankSql(plan: LongPlan, i: number): string {
  return trimmedFields(plan).has(i) ? `${trimmed(i)} = ''` : isBlank(cell(i));
}

/** `spc_rec`: data records below the header, not blank, with their line, field count and trimmed fields. */
export function recordsSql(plan: LongPlan): string {
  const all = Array.from({ length: plan.columns }, (_, i) => i);
  const nf = all.map((i) => `(${col(i)} IS NOT NULL)::INTEGER`).join(' + ');
  const blank = all.map((i) => blankSql(plan, i)).join(' AND ');
  const trims = [...trimmedFields(plan)].sort((a, b) => a - b).map((i) => `${jsTrim(cell(i))} AS ${trimmed(i)}`);
  const lines =
    plan.lineOffset !== null
      ? `SELECT rowid AS i, rowid + ${1 + plan.lineOffset} AS line, * FROM ${RAW}`
      : `SELECT r.i, r.i + 1 + o.o AS line, r.* EXCLUDE (i) FROM (SELECT rowid AS i, * FROM ${RAW}) r ASOF JOIN spc_lines o ON r.i >= o.i`;
  return (
    `CREATE OR REPLACE TEMP VIEW ${REC} AS SELECT * FROM (` +
    `SELECT i, line, ${nf} AS nf, ${[...all.map(col), ...trims].join(', ')} FROM (${lines})) ` +
    // A first field that starts with a visible ASCII character is not blank: most records pass on it, trimming nothing.
    `WHERE line > ${plan.headerLine} AND (unicode(${col(0)}) BETWEEN 33 AND 126 OR NOT (${blank}))`
  );
}

/** `spc_periods`: each distinct trimmed period cell and its start (or `!reason`). */
export function periodsSql(plan: LongPlan): string | null {
  if (!plan.periodFormat) return null;
  const from = `(SELECT DISTINCT ${trimmed(plan.mapping.period)} AS raw FROM ${REC})`;
  return `CREATE OR REPLACE TEMP TABLE ${PERIODS} AS SELECT raw, p FROM ${staged(from, periodStages(plan.periodFormat, 'raw', plan.years, 'p'))}`;
}

const numberReason = (p: string) => `CASE ${p}_why WHEN 'suppressed' THEN 'suppressed' WHEN 'non-finite' THEN 'non-finite-number' ELSE 'not-a-number' END`;
const bad = (p: string) => `${p}_why NOT IN ('ok', 'missing')`;
const ok = (p: string) => `${p}_why = 'ok'`;

/** A cell's rule: the first matching [condition, reason, column] rejects; else the numbers. */
interface CellSql {
  checks: [cond: string, reason: string, column: number][];
  value: string;
  num: string;
  den: string;
  kind: string;
}

function ratioKindSql(n: string, d: string, v: string): string {
  const near = (t: number) => `abs((${v} * ${d} / ${n}) / ${t} - 1) <= ${SCALE_TOLERANCE}`;
  const byFit = `CASE WHEN ${n} <= ${d} THEN 'proportion' ELSE 'rate' END`;
  return `CASE WHEN ${v} IS NULL OR ${n} = 0 THEN ${byFit} WHEN ${near(1)} OR ${near(100)} THEN 'proportion' ELSE 'rate' END`;
}

function cellSql(spec: MeasureSpec): CellSql {
  const nv = (c: number) => `n${c}_v`;
  const pre = (c: number) => `n${c}`;
  const numberChecks = (cols: number[]): CellSql['checks'] => cols.map((c) => [bad(pre(c)), numberReason(pre(c)), c]);
  switch (spec.kind) {
    case 'value':
      return { checks: numberChecks([spec.value]), value: nv(spec.value), num: 'NULL', den: 'NULL', kind: `'value'` };
    case 'outcome': {
      const o = `lower(${trimmed(spec.outcome)})`;
      const words = (yes: boolean) => litList([...OUTCOME_WORDS].filter(([, y]) => y === yes).map(([w]) => w));
      const known = `(${o} IN ${words(true)} OR ${o} IN ${words(false)})`;
      return {
        checks: [[`NOT ${known} AND ${o} NOT IN ${litList(MISSING_OUTCOME)}`, `'unknown-outcome'`, spec.outcome]],
        value: 'NULL',
        num: `CASE WHEN ${o} IN ${words(true)} THEN 1.0 WHEN ${o} IN ${words(false)} THEN 0.0 END`,
        den: `CASE WHEN ${known} THEN 1.0 END`,
        kind: `'outcome'`,
      };
    }
    case 'proportion':
    case 'rate':
    case 'mixed': {
      const [n, d] = [pre(spec.numerator), pre(spec.denominator)];
      const both = `${ok(n)} AND ${ok(d)}`;
      const cols = spec.kind === 'mixed' ? [spec.numerator, spec.denominator, spec.value] : [spec.numerator, spec.denominator];
      const checks: CellSql['checks'] = [
        ...numberChecks(cols),
        [`${both} AND ${nv(spec.numerator)} < 0`, `'negative-numerator'`, spec.numerator],
        [`${both} AND ${nv(spec.denominator)} < 0`, `'negative-denominator'`, spec.denominator],
        [`${both} AND ${nv(spec.denominator)} = 0`, `'zero-denominator'`, spec.denominator],
      ];
      if (spec.kind === 'proportion')
        checks.push([`${both} AND ${nv(spec.numerator)} > ${nv(spec.denominator)}`, `'numerator-exceeds-denominator'`, spec.numerator]);
      if (spec.kind !== 'mixed')
        return { checks, value: 'NULL', num: `CASE WHEN ${both} THEN ${n}_v END`, den: `CASE WHEN ${both} THEN ${d}_v END`, kind: `'${spec.kind}'` };
      // Numerator and denominator when both are given, else the value; a ratio row keeps its value too.
      const v = nv(spec.value);
      return {
        checks,
        value: v,
        num: `CASE WHEN ${both} THEN ${n}_v END`,
        den: `CASE WHEN ${both} THEN ${d}_v END`,
        kind: `CASE WHEN ${both} THEN ${ratioKindSql(`${n}_v`, `${d}_v`, v)} ELSE 'value' END`,
      };
    }
    case 'events': {
      // As rows.ts: an empty count cell is one event; cases (G) are the denominator.
      const count = spec.count === null ? '1.0' : `COALESCE(${nv(spec.count)}, 1.0)`;
      const checks: CellSql['checks'] = numberChecks(numberColumns(spec));
      if (spec.count !== null) {
        checks.push([`${ok(pre(spec.count))} AND ${nv(spec.count)} < 0`, `'negative-numerator'`, spec.count]);
        checks.push([`${ok(pre(spec.count))} AND ${nv(spec.count)} <> floor(${nv(spec.count)})`, `'not-a-number'`, spec.count]);
      }
      if (spec.cases !== null) checks.push([`${ok(pre(spec.cases))} AND ${nv(spec.cases)} < 0`, `'negative-denominator'`, spec.cases]);
      return { checks, value: 'NULL', num: count, den: spec.cases === null ? 'NULL' : nv(spec.cases), kind: `'events'` };
    }
  }
}

/** Columns a spec reads as numbers. */
const numberColumns = (s: MeasureSpec): number[] => {
  switch (s.kind) {
    case 'value':
      return [s.value];
    case 'outcome':
      return [];
    case 'mixed':
      return [s.numerator, s.denominator, s.value];
    case 'events':
      return [s.count, s.cases].filter((c): c is number => c !== null);
    default:
      return [s.numerator, s.denominator];
  }
};

/**
 * The long columns (as `createLongTable` orders them), then what the report needs of a cell: its
 * measure index and the rejection (reason, column, value). The record is known by its line (lines
 * rise with records) and a measure's traits by its index (`specTraits`): each column written
 * costs about 0.1 s per million cells in DuckDB-WASM, so the table holds nothing derivable.
 */
export const CELL_COLUMNS = ['s', 'reason', '"column"', 'rvalue', 'dash'] as const;

/** What the report tells of measure spec s: an outcome, and the denominator's column name. */
export function specTraits(plan: Pick<LongPlan, 'header' | 'mapping'>): { outcome: boolean; denominator: string | null }[] {
  return readSpecs(plan.mapping).map((spec) => ({
    outcome: spec.kind === 'outcome',
    denominator: 'denominator' in spec ? columnName(plan.header, spec.denominator) : null,
  }));
}
// Typed as `createLongTable` does (a measure kind may leave a column all NULL).
const LONG_COLUMNS = [
  ['measure', 'VARCHAR'], ['unit', 'VARCHAR'], ['kind', 'VARCHAR'], ['period', 'VARCHAR'], ['value', 'DOUBLE'],
  ['numerator', 'DOUBLE'], ['denominator', 'DOUBLE'], ['line', 'INTEGER'], ['phase', 'VARCHAR'],
  ['category', 'VARCHAR'],
].map(([c, type]) => `${c}::${type} AS ${c}`).join(', ');

/**
 * `table` from `spc_rec` (and `spc_periods`): every (record, measure) with its long row or
 * rejection. The long rows are the table's first columns, so once the report is counted the
 * rejected rows and CELL_COLUMNS are dropped and the table is the long table (no second copy).
 */
export function cellsSql(plan: LongPlan, table: string): string {
  const { header, mapping, periodFormat } = plan;
  const name = (i: number) => columnName(header, i);
  const width = header.length;
  const wide = mapping.periodColumns?.length ? mapping.periodColumns : null;
  const specs = readSpecs(mapping);
  const period = periodFormat ? periodParser(periodFormat) : null;
  const own: PeriodParse[] | null = wide?.map((c) => (period ? period(name(c)) : { ok: true, start: name(c) })) ?? null;
  const all = Array.from({ length: plan.columns }, (_, i) => i);

  // Record-level rules, in rowConverter's order: totals and notes, field counts, the period.
  const labelCells = [...new Set([mapping.period, mapping.measure, mapping.unit, 0].filter((c): c is number => c !== null))];
  // A label with one final ':' or '.' (TOTAL_END_RE) is a total too: listed with both endings, no regex per row.
  const labels = [...TOTAL_LABELS].flatMap((l) => [l, `${l}:`, `${l}.`]);
  const longest = Math.max(...labels.map((l) => l.length));
  const total = labelCells.map((c) => `(length(${trimmed(c)}) <= ${longest} AND lower(${trimmed(c)}) IN ${litList(labels)})`).join(' OR ');
  const first = trimmed(0);
  // Cheap tests first: a data row fails on its second field.
  const note = `(${[...all.slice(1).map((i) => blankSql(plan, i)), `${first} <> ''`, matches(first, NOTE_LETTER_RE), matches(first, NOTE_BREAK_RE)].join(' AND ')})`;
  const periodOk = `(p IS NOT NULL AND (NOT starts_with(p, '${PERIOD_ERROR}') OR p = '${PERIOD_ERROR}implausible-year'))`;
  const extra = all.slice(width).map((i) => `NOT ${blankSql(plan, i)}`).join(' OR ') || 'false';
  const rp = 'rp';
  const reasons: [string, string, string, string][] = [
    [total, `'total-row'`, 'NULL::VARCHAR', 'echo'],
    [`${note} AND (nf < ${width}${period ? ` OR NOT ${periodOk}` : ' OR true'})`, `'note-line'`, 'NULL::VARCHAR', 'echo'],
    [`nf < ${width}`, `'too-few-fields'`, 'NULL::VARCHAR', 'CAST(nf AS VARCHAR)'],
    [`nf > ${width} AND (${extra})`, `'too-many-fields'`, 'NULL::VARCHAR', 'CAST(nf AS VARCHAR)'],
  ];
  if (!wide) {
    reasons.push([`${rp} = ''`, `'missing-period'`, lit(name(mapping.period)), rp]);
    if (period) reasons.push([`starts_with(p, '${PERIOD_ERROR}')`, `substr(p, 2)`, lit(name(mapping.period)), rp]);
  }
  const echo = `left(array_to_string(list_filter([${all.map(col).join(', ')}], x -> x IS NOT NULL AND ${jsTrim('x')} <> ''), ' '), 80)`;
  // The first matching rule's number, once per record; reason, column and value follow from it.
  const code = `CASE ${reasons.map((r, k) => `WHEN ${r[0]} THEN ${k}`).join(' ')} END`;
  const pick = (k: 1 | 2 | 3) => `CASE rec_code ${reasons.map((r, j) => `WHEN ${j} THEN ${r[k] === 'echo' ? echo : r[k]}`).join(' ')} END`;
  const recordStages: Stage[] = [[['rec_code', code]], [['rec_reason', pick(1)], ['rec_column', pick(2)], ['rec_value', pick(3)]]];

  const numberCols = [...new Set(specs.flatMap(numberColumns))];
  const numbers = zipStages(...numberCols.map((c) => numberStages(plan.dialect, plan.dash, trimmed(c), `n${c}`)));
  const phase = mapping.phase === null || mapping.phase === undefined ? "''" : trimmed(mapping.phase);
  const category = mapping.category === null || mapping.category === undefined ? "''" : trimmed(mapping.category);
  const from =
    `(SELECT r.*, ${trimmed(mapping.period)} AS rp, ${mapping.measure === null ? 'NULL' : trimmed(mapping.measure)} AS base, ` +
    `${mapping.unit === null ? "''" : trimmed(mapping.unit)} AS unit, ${phase} AS phase, ${category} AS category, ` +
    (period ? `pp.p AS p FROM ${REC} r LEFT JOIN ${PERIODS} pp ON pp.raw = ${trimmed(mapping.period)})` : `NULL::VARCHAR AS p FROM ${REC} r)`);
  const source = staged(from, [...numbers, ...recordStages]);

  const selects = specs.map((spec, s) => {
    const c = cellSql(spec);
    const measure = mapping.measure === null ? lit(spec.name) : specs.length > 1 && !wide ? `base || ${lit(`/${spec.name}`)}` : 'base';
    const mine = own?.[s];
    const checks: [string, string, string, string][] = [['rec_code IS NOT NULL', 'rec_reason', 'rec_column', 'rec_value']];
    if (mine && !mine.ok) checks.push(['true', lit(mine.error), lit(name((spec as { value: number }).value)), cell((spec as { value: number }).value)]);
    for (const [cond, reason, column] of c.checks) checks.push([cond, reason, lit(name(column)), cell(column)]);
    const code = `CASE ${checks.map((x, k) => `WHEN ${x[0]} THEN ${k}`).join(' ')} END`;
    const when = (k: 1 | 2 | 3) => `CASE code ${checks.map((x, j) => `WHEN ${j} THEN ${x[k]}`).join(' ')} END`;
    const x = mine?.ok ? lit(mine.start) : periodFormat ? 'p' : 'rp';
    const valueCol = spec.kind === 'value' || spec.kind === 'mixed' ? spec.value : null;
    return (
      `SELECT ${s} AS s, line, ${measure} AS measure, unit, phase, category, ${x} AS period, ${when(1)} AS reason, ${when(2)} AS "column", ${when(3)} AS rvalue, ` +
      `${c.value} AS value, ${c.num} AS numerator, ${c.den} AS denominator, ${c.kind} AS kind, ` +
      `${valueCol === null ? 'false' : `n${valueCol}_t0 = '-'`} AS dash FROM (SELECT *, ${code} AS code FROM src)`
    );
  });
  // A mapping without measures reads records but makes no rows: an empty table of the same shape.
  const none =
    `SELECT 0 AS s, NULL::BIGINT AS line, NULL::VARCHAR AS measure, unit, phase, category, NULL::VARCHAR AS period, NULL::VARCHAR AS reason, ` +
    `NULL::VARCHAR AS "column", NULL::VARCHAR AS rvalue, NULL::DOUBLE AS value, NULL::DOUBLE AS numerator, NULL::DOUBLE AS denominator, ` +
    `NULL::VARCHAR AS kind, false AS dash FROM src WHERE false`;
  // Several measures read the same records: compute them once.
  const src = `src AS ${selects.length > 1 ? 'MATERIALIZED ' : ''}(SELECT * FROM ${source})`;
  return `CREATE OR REPLACE TABLE ${table} AS SELECT ${LONG_COLUMNS}, ${CELL_COLUMNS.join(', ')} FROM (WITH ${src} ${selects.length ? selects.join(' UNION ALL ') : none})`;
}
