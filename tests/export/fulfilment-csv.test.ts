// The goal-fulfilment export: one CSV row per measure, then one per unit, with the figures of
// goalFulfilment (the engine's classifications), in the locale's dialect and safe from
// spreadsheet formulas.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvDialect } from '../../src/lib/export/csv';
import { FULFILMENT_COLUMNS, fulfilmentCsv, fulfilmentHeader } from '../../src/lib/export/fulfilment';
import { messages } from '../../src/lib/i18n';
import { goalFulfilment } from '../../src/lib/workspace/fulfilment';
import { DEN, evaluated, NUM, proportionInput, valueInput } from './helpers';

const parse = (text: string, delimiter: string) => Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter, skipEmptyLines: true }).data;
const at = (c: (typeof FULFILMENT_COLUMNS)[number]) => FULFILMENT_COLUMNS.indexOf(c);

describe('fulfilmentCsv', () => {
  const items = [
    evaluated(proportionInput('=SUM(A1)', 'Avd 12', NUM, DEN), { goals: [{ value: 30 }], direction: 'up' }).item,
    evaluated(proportionInput('=SUM(A1)', '@Avd 14', NUM.slice().reverse(), DEN), { goals: [{ value: 30.5 }], direction: 'up' }).item,
    evaluated(valueInput('Väntetid', 'Avd 12', [50, 52, 49, 55, 51, 48, 53, 50, 52, 49, 51, 50, 54, 47]), { direction: 'down' }).item,
  ];
  const f = goalFulfilment(items);

  it('writes the engine’s figures per measure and per unit, in the sv dialect, formulas neutralised', () => {
    const t = messages('sv');
    const rows = parse(fulfilmentCsv(t, f, csvDialect('sv')), ';');
    expect(rows[0]).toEqual(FULFILMENT_COLUMNS.map((c) => fulfilmentHeader(t, c)));
    expect(rows[0]![at('share')]).toBe(t.fulfilmentColShare);
    expect(rows).toHaveLength(1 + f.measures.length + f.units.length);
    const m = f.measures.find((x) => x.measure === '=SUM(A1)')!;
    const row = rows.find((r) => r[at('name')] === "'=SUM(A1)")!;
    expect(row[at('level')]).toBe(t.colMeasure);
    expect(row[at('goal')]).toBe('30 | 30,5');
    expect(row.slice(at('units'), at('concern') + 1)).toEqual(
      [m.units, m.withGoal, m.meetsNow, m.assurance.pass, m.assurance['hit-and-miss'], m.assurance.fail, m.improvement, m.concern].map(String),
    );
    // Each chart's own classification, read from its result: the CSV counts them as the engine says.
    expect(Number(row[at('pass')]) + Number(row[at('hitAndMiss')]) + Number(row[at('fail')])).toBe(items.filter((e) => e.input.measure === '=SUM(A1)' && e.result!.assurance !== null).length);
    expect(rows.find((r) => r[at('name')] === 'Väntetid')![at('goal')]).toBe('');
    const unit = rows.find((r) => r[at('name')] === "'@Avd 14")!;
    const u = f.units.find((x) => x.unit === '@Avd 14')!;
    expect(unit[at('level')]).toBe(t.colUnit);
    expect([unit[at('measuresWithGoal')], unit[at('measuresMeeting')], unit[at('share')]]).toEqual([String(u.withGoal), String(u.meeting), String(u.share! * 100).replace('.', ',')]);
    expect(unit[at('units')]).toBe('');
  });

  it('uses , and . in English', () => {
    const rows = parse(fulfilmentCsv(messages('en'), f, csvDialect('en')), ',');
    expect(rows.find((r) => r[at('name')] === "'=SUM(A1)")![at('goal')]).toBe('30 | 30.5');
    expect(rows[0]![at('unitsMeeting')]).toBe('Units meeting the goal now');
  });
});
