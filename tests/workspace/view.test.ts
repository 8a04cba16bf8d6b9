import { describe, expect, it } from 'vitest';
import { hashToView, viewToHash, type View } from '../../src/lib/workspace/view';

const fallback = { groupBy: 'measure' as const, search: '' };

describe('view ↔ URL hash', () => {
  it('round-trips every kind of view, including ids with slashes, quotes and non-ASCII', () => {
    const views: View[] = [
      { kind: 'overview', groupBy: 'unit', search: 'fall & skada' },
      { kind: 'overview', groupBy: 'measure', search: '' },
      { kind: 'overview', groupBy: 'unit', search: '', wall: 'cycle' },
      { kind: 'overview', groupBy: 'measure', search: 'a', wall: 'still' },
      { kind: 'detail', id: '["Trycksår/kat 2","Avd 4 – Ängelholm"]' },
      { kind: 'spread', id: 'trycksår/2024 "bundle"' },
      { kind: 'fulfilment' },
      { kind: 'funnel', measure: 'Fall per 1 000 vårddygn/avd "4"' },
      { kind: 'funnel', measure: '' },
    ];
    for (const v of views) expect(hashToView(viewToHash(v), fallback)).toEqual(v);
  });

  it('an empty, unknown or malformed hash shows the overview as last used', () => {
    const last = { groupBy: 'unit' as const, search: 'x' };
    expect(hashToView('', last)).toEqual({ kind: 'overview', ...last });
    expect(hashToView('#/nothing-here', last)).toEqual({ kind: 'overview', ...last });
    expect(hashToView('#/series/%E0%A4%A', last)).toEqual({ kind: 'overview', ...last });
    expect(hashToView('#/spread/%E0%A4%A', last)).toEqual({ kind: 'overview', ...last });
    expect(hashToView('#/spread', last)).toEqual({ kind: 'overview', ...last });
    // A funnel without (or with a malformed) measure: the first measure that has one.
    expect(hashToView('#/funnel', last)).toEqual({ kind: 'funnel', measure: '' });
    expect(hashToView('#/funnel/%E0%A4%A', last)).toEqual({ kind: 'funnel', measure: '' });
    expect(hashToView('#/overview?group=bogus', last)).toEqual({ kind: 'overview', groupBy: 'unit', search: '' });
  });
});
