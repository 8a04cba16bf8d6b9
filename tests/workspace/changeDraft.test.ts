import { describe, expect, it } from 'vitest';
import { changeFromDraft, draftOf, introduceAt, newChangeId, parseX } from '../../src/lib/workspace/changeDraft';
import type { Change } from '../../src/lib/workspace/changes';

const routine: Change = { id: 'huddle', name: 'Huddle', description: 'Daily', measures: ['Falls'], introduced: [{ unit: 'A', date: '2024-03-01' }] };

describe('change drafts', () => {
  it('round-trips a stored change through the form', () => {
    expect(changeFromDraft(draftOf(routine), 'huddle')).toEqual({ change: routine, problems: [] });
  });

  it('names every problem: no name, no measure, no unit with a date, a date that does not exist', () => {
    expect(changeFromDraft(draftOf(null), 'x').problems).toEqual([{ code: 'name-missing' }, { code: 'measures-missing' }, { code: 'units-missing' }]);
    const bad = { name: ' Huddle ', description: '', measures: ['Falls'], dates: { A: '2024-02-30', B: '', C: '2024-04-01' } };
    expect(changeFromDraft(bad, 'x').problems).toEqual([{ code: 'date-invalid', unit: 'A', text: '2024-02-30' }]);
    const good = changeFromDraft({ ...bad, dates: { ...bad.dates, A: '2024-02-29' } }, 'x');
    expect(good.change).toEqual({
      id: 'x', name: 'Huddle', description: '', measures: ['Falls'],
      introduced: [{ unit: 'A', date: '2024-02-29' }, { unit: 'C', date: '2024-04-01' }],
    });
  });

  it('reads dates and sequence numbers as the data has them', () => {
    expect(parseX('2024-01-31')).toBe('2024-01-31');
    expect(parseX(' 12 ')).toBe(12);
    expect(parseX('2024-13-01')).toBeNull();
    expect(parseX('1/3/2024')).toBeNull();
  });

  it('makes readable ids that do not collide', () => {
    expect(newChangeId('Trycksår: vändschema', [])).toBe('trycksar-vandschema');
    expect(newChangeId('Huddle', ['huddle', 'huddle-2'])).toBe('huddle-3');
    expect(newChangeId('!!!', [])).toBe('change');
  });

  it('"this change started here" sets the unit’s date and adds the measure once', () => {
    const moved = introduceAt(routine, 'Falls', 'A', '2024-05-01');
    expect(moved.introduced).toEqual([{ unit: 'A', date: '2024-05-01' }]);
    const spread = introduceAt(moved, 'Pressure ulcers', 'B', '2024-06-01');
    expect(spread.measures).toEqual(['Falls', 'Pressure ulcers']);
    expect(spread.introduced).toEqual([{ unit: 'A', date: '2024-05-01' }, { unit: 'B', date: '2024-06-01' }]);
  });
});
