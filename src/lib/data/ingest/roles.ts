/**
 * Column roles, suggested from header names (sv/nb/da/en) and column content, shown to the
 * user as a `ColumnMapping` to confirm or change, and remembered per `headerSignature`.
 */
import type { Dialect } from './dialect.ts';
import { numberParser } from './numbers.ts';
import { detectPeriodFormat, FORMAT_GRANULARITY, type PeriodDetection } from './periods.ts';
import { isPhaseColumn } from './phaseColumn.ts';
import { headerNamesYesNo, isCountLike, isIdLike, scaleFromHeader } from './columnTraits.ts';

/**
 * How a measure's rows become a series:
 * - `value`: one number per row, aggregated by mean/median/sum (I/run charts);
 * - `proportion`: numerator and denominator, numerator ≤ denominator (p charts);
 * - `rate`: numerator and denominator (events per bed days; u charts);
 * - `outcome`: one row per patient/event with a yes/no outcome → proportion per period;
 * - `events`: one row per event (a date, no value): the days (T) or cases (G) between events,
 *   optionally with a count of events on the row and the cases since the previous row.
 * A long export often has numerator, denominator and value columns, filled per measure as it
 * fits (register exports): the `mixed` spec decides per row (see rows.ts).
 */
export type MeasureKind = 'value' | 'proportion' | 'rate' | 'outcome' | 'events';

export type MeasureSpec =
  | { kind: 'value'; name: string; value: number }
  | { kind: 'proportion' | 'rate'; name: string; numerator: number; denominator: number }
  | { kind: 'outcome'; name: string; outcome: number }
  | { kind: 'mixed'; name: string; numerator: number; denominator: number; value: number }
  /** One row per event; `count`: events on the row (else 1), `cases`: cases since the previous row (G). */
  | { kind: 'events'; name: string; count: number | null; cases: number | null };

/** Column indices (0-based, into the header) for each role; the UI edits this. */
export interface ColumnMapping {
  period: number;
  /** Column holding the measure name (long files); null = each spec's `name` is the measure. */
  measure: number | null;
  unit: number | null;
  /** One spec for a long file; several for a wide file (each is unpivoted into long rows). */
  measures: MeasureSpec[];
  /**
   * A file wide by period (see wideByPeriod.ts): these columns are periods, named in the header;
   * each cell is one value of the first spec's measure. `period` is then the first of them.
   */
  periodColumns?: number[];
  /** Column of phase labels (pre/post…): a new phase starts where the label changes within a series. */
  phase?: number | null;
  /** Column of an event list's categories (cause, place, type): counted per category in a Pareto chart. */
  category?: number | null;
}

const SYNONYMS = {
  period: ['date', 'dato', 'datum', 'month', 'måned', 'maned', 'månad', 'manad', 'period', 'periode', 'tid', 'time', 'week', 'uke', 'uge', 'vecka', 'quarter', 'kvartal', 'year', 'år', 'ar', 'aar', 'tertial', 'dag', 'day', 'operationsdato', 'dt'],
  measure: ['measure', 'måtte', 'matte', 'mått', 'matt', 'mål', 'indikator', 'indicator', 'kpi', 'variable', 'variabel', 'metric', 'infection', 'infektion', 'infeksjon', 'type', 'kategori', 'category'],
  unit: ['unit', 'enhet', 'enhed', 'avdeling', 'afdeling', 'avdelning', 'hospital', 'sykehus', 'sjukhus', 'sygehus', 'klinik', 'klinikk', 'clinic', 'ward', 'department', 'region', 'site', 'hf', 'kommune', 'kommun'],
  value: ['value', 'värde', 'varde', 'verdi', 'værdi', 'vaerdi', 'resultat', 'result', 'mean', 'medel', 'gennemsnit', 'gjennomsnitt'],
  numerator: ['numerator', 'täljare', 'taljare', 'teller', 'tæller', 'taeller', 'n', 'antal', 'antall', 'count', 'events', 'cases', 'hendelser', 'händelser', 'haendelser', 'infections', 'infektioner'],
  denominator: ['denominator', 'nämnare', 'namnare', 'nevner', 'nævner', 'naevner', 'total', 'totalt', 'population', 'patients', 'pasienter', 'patienter', 'opphold', 'admissions', 'innleggelser', 'indlæggelser', 'vårdtillfällen'],
  days: ['days', 'dagar', 'dager', 'dage', 'døgn', 'dogn', 'beddays', 'bed days', 'patient days', 'liggedøgn', 'liggedage', 'liggedagar', 'vårddagar', 'vårddygn', 'sengedage', 'sengedøgn', 'belegg', 'bed-days', 'patientdage'],
} as const;
type SynonymGroup = keyof typeof SYNONYMS;

function tokens(header: string): string[] {
  const h = header.toLowerCase().normalize('NFC').trim();
  return [h, ...h.split(/[^\p{L}\p{N}]+/u).filter(Boolean)];
}

/** Header matches a synonym of `group` as a whole or in one of its words ("antal_dage"). */
export function headerIs(header: string, group: SynonymGroup): boolean {
  const list: readonly string[] = SYNONYMS[group];
  const [whole, ...words] = tokens(header);
  if (list.includes(whole ?? '')) return true;
  return words.some((w) => w.length > 1 && list.includes(w));
}

/** Outcome vocabularies; keys lower-cased. true = yes/event, false = no. */
export const OUTCOME_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['ja', true], ['nej', false], ['nei', false], ['yes', true], ['no', false], ['y', true], ['n', false],
  ['j', true], ['true', true], ['false', false], ['sand', true], ['falsk', false], ['sant', true], ['usant', false],
  ['1', true], ['0', false], ['sann', true], ['usann', false], ['falskt', false], ['sandt', true],
]);
const MISSING_OUTCOME = new Set(['', 'na', 'n/a', 'null', '.', '-', 'unknown', 'ukjent', 'ukendt', 'okänd']);

export type ContentKind = 'outcome' | 'binary' | 'numeric' | 'period' | 'text' | 'empty';

export interface ColumnProfile {
  index: number;
  header: string;
  content: ContentKind;
  period: PeriodDetection;
  distinct: number;
  /** Few labels naming phases (pre/post…): suggested as the phase column. */
  phaseLike: boolean;
  /** An identifier (Pasientnr, personnummer, row numbers): never suggested as a value. */
  idLike: boolean;
  /** Whole non-negative numbers: counts, summed per period by default. */
  countLike: boolean;
}

/** Share of non-empty sample values that must fit for a content kind (suppressed cells aside). */
const FIT = 0.8;
/** Share of distinct values with a period shape for a period column (stray text is rejected later). */
const PERIOD_FIT = 0.8;
/** Period formats that are plain digits: only with a period-like header. */
const DIGIT_FORMATS: ReadonlySet<string> = new Set(['year', 'yyyymm', 'yyyymmdd']);

/** Profile each column of the sample. */
export function profileColumns(header: string[], sample: string[][], dialect: Dialect): ColumnProfile[] {
  const parse = numberParser(dialect);
  return header.map((h, index) => {
    const values = sample.map((r) => (r[index] ?? '').trim());
    const present = values.filter((v) => !MISSING_OUTCOME.has(v.toLowerCase()));
    const distinct = new Set(present).size;
    const period = detectPeriodFormat(present);
    let content: ContentKind = 'text';
    const share = (n: number) => (present.length ? n / present.length : 0);
    const words = present.filter((v) => OUTCOME_WORDS.has(v.toLowerCase()));
    const parsed: number[] = [];
    let errors = 0;
    for (const v of present) {
      const r = parse(v);
      if (typeof r === 'number') parsed.push(r);
      else if (r === 'error') errors++;
    }
    const numbers = parsed.length;
    if (present.length === 0) content = 'empty';
    else if (share(words.length) >= FIT && (words.some((v) => !/^[01]$/.test(v)) || headerNamesYesNo(h))) content = 'outcome';
    // Both values must occur: a column of only 1s is a count (one event a row), not yes/no.
    else if (present.every((v) => v === '0' || v === '1') && present.includes('0') && present.includes('1')) content = 'binary';
    else if (period.format && !DIGIT_FORMATS.has(period.format) && period.matched / Math.max(1, period.distinct) >= PERIOD_FIT)
      content = 'period';
    else if (numbers > 0 && numbers / (numbers + errors) >= FIT) content = 'numeric';
    const idLike = (content === 'numeric' || content === 'text' || content === 'binary') && isIdLike(h, present);
    // Whole numbers under a value-like or days-like header are measurements, not counts.
    const countLike = content === 'numeric' && isCountLike(parsed) && !headerIs(h, 'value') && !headerIs(h, 'days');
    const profile: ColumnProfile = { index, header: h, content, period, distinct, phaseLike: false, idLike, countLike };
    profile.phaseLike = isPhaseColumn(profile, present);
    return profile;
  });
}

/** A yes/no column (Ja/Nej, TRUE/FALSE, 1/0 …) is read as an outcome, unless its header names a numerator. */
export function isOutcomeColumn(p: ColumnProfile): boolean {
  return p.content === 'outcome' || (p.content === 'binary' && !headerIs(p.header, 'numerator'));
}

/** A period column by content; pure-digit formats (2024, 202403) only with a period-like header. */
function isPeriodColumn(p: ColumnProfile): boolean {
  if (p.content === 'period') return true;
  return (p.content === 'numeric' || p.content === 'binary') && headerIs(p.header, 'period') && p.period.format !== null && p.period.matched === p.period.distinct;
}

/** Most distinct labels a suggested category column has: more is free text or an identifier. */
const MAX_CATEGORIES = 12;
/** A text column of a few repeated labels (cause, place, type): suggested as an event list's category. */
const isCategoryColumn = (p: ColumnProfile): boolean => !p.idLike && !p.phaseLike && p.distinct >= 2 && p.distinct <= MAX_CATEGORIES;

/**
 * Suggest a mapping. Period: a parseable column, preferring a period-like header. Ratios: a
 * numerator and a denominator header among numeric columns (days-like denominators make a
 * rate). Long files: a measure-like text column plus one value or ratio. Otherwise every
 * remaining numeric column is a value measure and every yes/no column an outcome measure
 * (wide file, unpivoted); with none of these and dates to the day, one row per event (named by
 * the caller: the ingest does not know the file), with a text column of a few labels as its
 * category. Returns null when no period column is found.
 */
export function suggestMapping(profiles: ColumnProfile[]): ColumnMapping | null {
  const periodCol = profiles.find((p) => isPeriodColumn(p) && headerIs(p.header, 'period')) ?? profiles.find(isPeriodColumn);
  if (!periodCol) return null;
  const used = new Set<number>([periodCol.index]);
  const free = (p: ColumnProfile) => !used.has(p.index);
  const numeric = (p: ColumnProfile) => (p.content === 'numeric' || p.content === 'binary') && !p.idLike;
  const take = (p: ColumnProfile | undefined) => (p ? (used.add(p.index), p.index) : null);

  const text = (p: ColumnProfile) => p.content === 'text' && free(p);
  const measureCol = take(profiles.find((p) => text(p) && headerIs(p.header, 'measure')));
  const unitCol = take(profiles.find((p) => text(p) && headerIs(p.header, 'unit')));
  const phaseCol = take(profiles.find((p) => free(p) && p.phaseLike));

  const measures: MeasureSpec[] = [];
  // A column stating its scale ("Per 1 000 vårddygn") beside a count and a denominator is the
  // export's own ratio: read as mixed, so the series keeps the export's scale.
  const perCol = profiles.find((p) => free(p) && numeric(p) && scaleFromHeader(p.header) !== null);
  const ratioPart = (p: ColumnProfile) => free(p) && numeric(p) && p !== perCol;
  const num = profiles.find((p) => ratioPart(p) && headerIs(p.header, 'numerator'));
  const den =
    profiles.find((p) => ratioPart(p) && p !== num && headerIs(p.header, 'denominator')) ??
    profiles.find((p) => ratioPart(p) && p !== num && headerIs(p.header, 'days'));
  const value = profiles.find((p) => free(p) && numeric(p) && p !== num && p !== den && headerIs(p.header, 'value'));
  const ratioOf = (n: ColumnProfile, d: ColumnProfile): MeasureSpec => {
    take(n);
    take(d);
    if (perCol && take(perCol) !== null) return { kind: 'mixed', name: n.header, numerator: n.index, denominator: d.index, value: perCol.index };
    return { kind: headerIs(d.header, 'days') ? 'rate' : 'proportion', name: n.header, numerator: n.index, denominator: d.index };
  };
  if (num && den && value && measureCol !== null) {
    take(num);
    take(den);
    measures.push({ kind: 'mixed', name: value.header, numerator: num.index, denominator: den.index, value: take(value) ?? value.index });
  } else if (num && den) measures.push(ratioOf(num, den));
  if (value && measures.length === 0) measures.push({ kind: 'value', name: value.header, value: take(value) ?? value.index });
  // An unnamed count beside a days-like column (e.g. "falls" and "bed_days") is a rate.
  const days = profiles.filter((p) => ratioPart(p) && headerIs(p.header, 'days'));
  const counts = profiles.filter((p) => ratioPart(p) && !headerIs(p.header, 'days'));
  if (measures.length === 0 && days.length === 1 && counts.length === 1) measures.push(ratioOf(counts[0]!, days[0]!));
  if (measures.length === 0) {
    for (const p of profiles) {
      if (!free(p)) continue;
      if (isOutcomeColumn(p)) {
        measures.push({ kind: 'outcome', name: p.header, outcome: p.index });
      } else if (p.content === 'numeric' && !p.idLike) measures.push({ kind: 'value', name: p.header, value: p.index });
    }
  }
  // Dates to the day and nothing to measure: each row is one event (a list of falls, say). A
  // column headed as a value ("Värde", all suppressed) says the rows are measurements instead.
  const valueHeaded = profiles.some((p) => free(p) && headerIs(p.header, 'value'));
  if (measures.length === 0 && !valueHeaded && periodCol.period.format !== null && FORMAT_GRANULARITY[periodCol.period.format] === 'day')
    measures.push({ kind: 'events', name: '', count: null, cases: null });
  const categoryCol = measures.some((m) => m.kind === 'events') ? take(profiles.find((p) => text(p) && isCategoryColumn(p))) : null;
  return {
    period: periodCol.index, measure: measureCol, unit: unitCol, measures,
    ...(phaseCol !== null ? { phase: phaseCol } : {}),
    ...(categoryCol !== null ? { category: categoryCol } : {}),
  };
}

/**
 * A stable key for a header set, for remembering the user's mapping: FNV-1a over the
 * trimmed, lower-cased header names in order, with the column count.
 */
export function headerSignature(headers: string[]): string {
  let h = 0x811c9dc5;
  const text = headers.map((x) => x.trim().toLowerCase().normalize('NFC')).join('\u001f');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${headers.length}:${h.toString(16).padStart(8, '0')}`;
}
