/** Filtering, ordering and grouping of series for the overview. */
import type { Evaluated } from './evaluate';
import { attentionScore } from './attention';

export interface OverviewQuery {
  search: string;
  sortBy: 'attention' | 'name';
  groupBy: 'measure' | 'unit';
}

export interface OverviewGroup {
  name: string;
  items: Evaluated[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function matches(e: Evaluated, search: string): boolean {
  const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const text = `${e.input.measure} ${e.input.unit}`.toLocaleLowerCase();
  return words.every((w) => text.includes(w));
}

function score(e: Evaluated): number {
  return e.result ? attentionScore(e.result) : -1;
}

export function overviewGroups(items: Evaluated[], q: OverviewQuery): OverviewGroup[] {
  const shown = items.filter((e) => matches(e, q.search));
  const key = (e: Evaluated) => (q.groupBy === 'measure' ? e.input.measure : e.input.unit);
  const other = (e: Evaluated) => (q.groupBy === 'measure' ? e.input.unit : e.input.measure);
  const byName = (a: Evaluated, b: Evaluated) => collator.compare(other(a), other(b));
  const order = q.sortBy === 'attention' ? (a: Evaluated, b: Evaluated) => score(b) - score(a) || byName(a, b) : byName;
  const groups = new Map<string, Evaluated[]>();
  for (const e of shown) groups.set(key(e), [...(groups.get(key(e)) ?? []), e]);
  const list = [...groups].map(([name, list]) => ({ name, items: list.sort(order) }));
  const top = (g: OverviewGroup) => Math.max(...g.items.map(score));
  return list.sort((a, b) => (q.sortBy === 'attention' ? top(b) - top(a) : 0) || collator.compare(a.name, b.name));
}
