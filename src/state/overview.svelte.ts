/** How the overview is shown: order and layout, remembered across reloads (grouping and search live in the view). */
import { loadPref, savePref } from './prefs';

export type SortBy = 'attention' | 'name';
export type Layout = 'cards' | 'table';

const oneOf =
  <T extends string>(...values: T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (values as string[]).includes(v);

class OverviewPrefs {
  #sortBy = $state<SortBy>(loadPref('sortBy', oneOf<SortBy>('attention', 'name')) ?? 'attention');
  #layout = $state<Layout>(loadPref('layout', oneOf<Layout>('cards', 'table')) ?? 'cards');

  get sortBy() { return this.#sortBy; }
  set sortBy(v: SortBy) { this.#sortBy = v; savePref('sortBy', v); }
  get layout() { return this.#layout; }
  set layout(v: Layout) { this.#layout = v; savePref('layout', v); }
}

export const overviewPrefs = new OverviewPrefs();
