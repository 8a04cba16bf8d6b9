/** How the overview is shown: grouping, search, order and layout, remembered across reloads. */
import { loadPref, savePref } from './prefs';

export type GroupBy = 'measure' | 'unit';
export type SortBy = 'attention' | 'name';
export type Layout = 'cards' | 'table';

const oneOf =
  <T extends string>(...values: T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (values as string[]).includes(v);

class OverviewPrefs {
  #groupBy = $state<GroupBy>(loadPref('groupBy', oneOf<GroupBy>('measure', 'unit')) ?? 'measure');
  #sortBy = $state<SortBy>(loadPref('sortBy', oneOf<SortBy>('attention', 'name')) ?? 'attention');
  #layout = $state<Layout>(loadPref('layout', oneOf<Layout>('cards', 'table')) ?? 'cards');
  #search = $state<string>(loadPref('search', (v): v is string => typeof v === 'string') ?? '');

  get groupBy() { return this.#groupBy; }
  set groupBy(v: GroupBy) { this.#groupBy = v; savePref('groupBy', v); }
  get sortBy() { return this.#sortBy; }
  set sortBy(v: SortBy) { this.#sortBy = v; savePref('sortBy', v); }
  get layout() { return this.#layout; }
  set layout(v: Layout) { this.#layout = v; savePref('layout', v); }
  get search() { return this.#search; }
  set search(v: string) { this.#search = v; savePref('search', v); }
}

export const overviewPrefs = new OverviewPrefs();
