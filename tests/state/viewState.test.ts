import { describe, expect, it } from 'vitest';
import type { GroupBy } from '../../src/lib/workspace/view';
import { ViewState, type OverviewMemory } from '../../src/state/viewState.svelte';
import { memoryLocation } from './fakes';

function memory(initial: { groupBy: GroupBy; search: string } = { groupBy: 'measure', search: '' }): OverviewMemory & { value: typeof initial } {
  const m = { value: initial, load: () => m.value, save: (v: typeof initial) => void (m.value = v) };
  return m;
}

describe('ViewState', () => {
  it('opens on the view the address names, and gives a bare address the overview as last used', () => {
    expect(new ViewState(memoryLocation('#/series/%5B%22a%22%2C%22b%22%5D'), memory()).current).toEqual({ kind: 'detail', id: '["a","b"]' });
    const loc = memoryLocation('');
    const view = new ViewState(loc, memory({ groupBy: 'unit', search: 'fall' }));
    expect(view.current).toEqual({ kind: 'overview', groupBy: 'unit', search: 'fall' });
    expect(loc.read()).toBe('#/overview?group=unit&q=fall');
  });

  it('Back and Forward move between overview and detail, and focus returns to the card opened', () => {
    const loc = memoryLocation('');
    const view = new ViewState(loc, memory());
    view.openSeries('s1');
    expect(view.current).toEqual({ kind: 'detail', id: 's1' });
    expect(view.changes).toBe(1);
    loc.back();
    expect(view.current.kind).toBe('overview');
    expect(view.cameFrom).toBe('s1');
    expect(view.changes).toBe(2);
    loc.forward();
    expect(view.current).toEqual({ kind: 'detail', id: 's1' });
    expect(view.cameFrom).toBeNull();
    view.backToOverview();
    expect(view.cameFrom).toBe('s1');
    expect(loc.entries).toEqual(['#/overview?group=measure', '#/series/s1', '#/overview?group=measure']);
  });

  it('spread and fulfilment are views of their own: linked, and moved between with Back and Forward', () => {
    const loc = memoryLocation('#/spread/trycks%C3%A5r-2024');
    const view = new ViewState(loc, memory());
    expect(view.current).toEqual({ kind: 'spread', id: 'trycksår-2024' });
    view.openFulfilment();
    view.openSeries('s1');
    expect(loc.entries).toEqual(['#/spread/trycks%C3%A5r-2024', '#/fulfilment', '#/series/s1']);
    loc.back();
    expect(view.current).toEqual({ kind: 'fulfilment' });
    loc.back();
    expect(view.current).toEqual({ kind: 'spread', id: 'trycksår-2024' });
    loc.forward();
    expect(view.current).toEqual({ kind: 'fulfilment' });
    expect(view.changes).toBe(5);
    loc.forward();
    loc.back();
    expect(view.cameFrom).toBe('s1');
    loc.back();
    // The overview was not left for that detail: focus goes to its heading, not to a card.
    expect(view.cameFrom).toBeNull();
    view.openSpread('other');
    expect(loc.read()).toBe('#/spread/other');
  });

  it('a grouping is a history entry; typing a search is not, and neither moves focus', () => {
    const loc = memoryLocation('');
    const mem = memory();
    const view = new ViewState(loc, mem);
    view.setGroupBy('unit');
    view.setSearch('f');
    view.setSearch('fa');
    expect(loc.entries).toEqual(['#/overview?group=measure', '#/overview?group=unit&q=fa']);
    expect(view.changes).toBe(0);
    expect(mem.value).toEqual({ groupBy: 'unit', search: 'fa' });
    loc.back();
    expect(view.current).toEqual({ kind: 'overview', groupBy: 'measure', search: '' });
  });

  it('the wall screen is an overview of its own in the history', () => {
    const loc = memoryLocation('');
    const view = new ViewState(loc, memory());
    view.setWall('cycle');
    expect(view.current).toEqual({ kind: 'overview', groupBy: 'measure', search: '', wall: 'cycle' });
    expect(loc.read()).toBe('#/overview?group=measure&wall=cycle');
    loc.back();
    expect(view.current).toEqual({ kind: 'overview', groupBy: 'measure', search: '' });
  });

  it('stops listening when disposed', () => {
    const loc = memoryLocation('');
    const view = new ViewState(loc, memory());
    view.openSeries('s1');
    view.dispose();
    loc.back();
    expect(view.current.kind).toBe('detail');
  });
});
