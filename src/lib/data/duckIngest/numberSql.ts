/**
 * Numeric cells in SQL, generated from the same rules and patterns as `numberParser`
 * (ingest/numbers.ts): missing markers, suppression, non-finite text, thousands grouping and the
 * decimal separator of the file's `NumberFormat`.
 */
import type { NumberFormat } from '../ingest/dialect.ts';
import { ANY_SPACE_RE, groupedNumberRe, isSpaceLike, MISSING_NUMBER, NON_FINITE_RE, PLAIN_RE, SPACE_GROUPED_RE, SUPPRESSED_RE } from '../ingest/numbers.ts';
import type { DashChoice } from '../ingest/rows.ts';
import type { Stage } from './stages.ts';
import { jsTrimEnd, lit, litList, matches, re2 } from './sqlText.ts';

/**
 * Stages turning `trimmedCell` (a cell after JavaScript's trim, see `jsTrim`) into `${p}_v` (the number, NULL when the cell is not
 * one) and `${p}_why` ('ok', 'missing', 'suppressed', 'non-finite' or 'error', as
 * `NumberStatus`). A lone "-" is 0 with `dash = 'zero'`.
 */
export function numberStages(format: NumberFormat, dash: DashChoice, trimmedCell: string, p: string): Stage[] {
  const { decimal, thousands } = format;
  const grouped = groupedNumberRe(format);
  const [t0, m, s, g, t] = ['t0', 'm', 's', 'g', 't'].map((x) => `${p}_${x}`) as [string, string, string, string, string];
  const byThousands = grouped ? `WHEN contains(${s}, ${lit(thousands)}) THEN CASE WHEN ${matches(s, grouped)} THEN replace(${s}, ${lit(thousands)}, '') END ` : '';
  // Mixed space kinds (" " where NBSP was detected) are still grouping.
  const bySpace = isSpaceLike(thousands)
    ? `WHEN ${matches(s, ANY_SPACE_RE)} AND ${matches(s, SPACE_GROUPED_RE)} THEN regexp_replace(${s}, ${lit(re2(ANY_SPACE_RE))}, '', 'g') `
    : '';
  const plain = (x: string) => matches(x, PLAIN_RE);
  const plainFirst = decimal === '.' ? plain(s) : `${plain(s)} AND NOT contains(${s}, '.')`;
  const [ps, pt, x] = [`${p}_ps`, `${p}_pt`, `${p}_x`];
  const dashZero = dash === 'zero' ? `WHEN ${t0} = '-' THEN 'ok' ` : '';
  const finite = `CASE WHEN isfinite(${x}) THEN 'ok' ELSE 'non-finite' END`;
  const why =
    `CASE ${dashZero}WHEN ${t0} = '' OR lower(${t0}) IN ${litList(MISSING_NUMBER)} THEN 'missing' ` +
    `WHEN ${ps} THEN ${finite} WHEN ${matches(s, NON_FINITE_RE)} THEN 'non-finite' WHEN ${pt} THEN ${finite} ` +
    `WHEN ${matches(s, SUPPRESSED_RE)} THEN 'suppressed' ELSE 'error' END`;
  return [
    [[t0, trimmedCell]],
    // As numberParser: minus sign U+2212 → '-', then a final '%' dropped.
    [[m, `CASE WHEN starts_with(${t0}, '\u2212') THEN '-' || substr(${t0}, 2) ELSE ${t0} END`]],
    [[s, `CASE WHEN ends_with(${m}, '%') THEN ${jsTrimEnd(`left(${m}, length(${m}) - 1)`)} ELSE ${m} END`]],
    // The shape as written first: most cells are plain numbers, and the rest is only for the others.
    [[ps, plainFirst]],
    // Thousands grouping removed (NULL when the grouping is broken), then the decimal separator made '.'.
    [[g, `CASE WHEN ${ps} THEN NULL ${byThousands}${bySpace}ELSE ${s} END`]],
    [[t, decimal === ',' ? `CASE WHEN NOT contains(${g}, '.') THEN regexp_replace(${g}, ',', '.') END` : g]],
    [[pt, `CASE WHEN NOT ${ps} THEN ${plain(t)} END`]],
    [[x, `TRY_CAST(CASE WHEN ${ps} THEN ${s} WHEN ${pt} THEN ${t} END AS DOUBLE)`]],
    [[`${p}_why`, why]],
    [[`${p}_v`, `CASE ${dash === 'zero' ? `WHEN ${t0} = '-' THEN 0::DOUBLE ` : ''}WHEN ${p}_why <> 'ok' THEN NULL ELSE ${x} END`]],
  ];
}
