/**
 * Which view is shown (overview, one series' detail, a change's spread, goal fulfilment, a funnel plot), kept in the
 * URL hash so Back and Forward move between views and a view can be linked to.
 */
import { hashToView, viewToHash, type GroupBy, type View, type Wall } from '../lib/workspace/view';

/** The page's address as the view state needs it (the browser's, or a test's). */
export interface HashLocation {
  read(): string;
  /** A new history entry (Back returns to the view before). */
  push(hash: string): void;
  /** The same history entry (typing a search must not make one entry per key). */
  replace(hash: string): void;
  /** Called when the user moves with Back/Forward or edits the address; returns a stop function. */
  listen(onChange: () => void): () => void;
}

export interface OverviewMemory {
  load(): { groupBy: GroupBy; search: string };
  save(value: { groupBy: GroupBy; search: string }): void;
}

export class ViewState {
  #location: HashLocation;
  #memory: OverviewMemory;
  #current = $state.raw<View>({ kind: 'overview', groupBy: 'measure', search: '' });
  /** The series whose detail was left last: the overview puts focus back on its card. */
  #cameFrom = $state<string | null>(null);
  /** Counts view changes, so a view can move focus to its heading on each one. */
  #changes = $state(0);
  #stop: () => void;
  #leaving: () => void;

  /**
   * `leaving` is called before a view change that moves focus (the new view focuses its heading or
   * the card it returns to), while the old view is still shown.
   */
  constructor(location: HashLocation, memory: OverviewMemory, leaving: () => void = () => {}) {
    this.#location = location;
    this.#memory = memory;
    this.#leaving = leaving;
    this.#current = hashToView(location.read(), memory.load());
    // The first entry gets its hash too, so Back from a detail returns to this overview.
    location.replace(viewToHash(this.#current));
    this.#stop = location.listen(() => this.#show(hashToView(location.read(), memory.load()), true));
  }

  get current(): View { return this.#current; }
  get cameFrom(): string | null { return this.#cameFrom; }
  get changes(): number { return this.#changes; }

  /** The overview's grouping and search (as last used when another view is shown). */
  get overview(): { groupBy: GroupBy; search: string } {
    return this.#current.kind === 'overview' ? { groupBy: this.#current.groupBy, search: this.#current.search } : this.#memory.load();
  }

  #show(view: View, moveFocus: boolean): void {
    const before = this.#current;
    // Only the view right after a detail returns focus to where it was opened from.
    this.#cameFrom = before.kind === 'detail' && view.kind !== 'detail' ? before.id : null;
    if (view.kind === 'overview') this.#memory.save({ groupBy: view.groupBy, search: view.search });
    if (moveFocus) this.#leaving();
    this.#current = view;
    if (moveFocus) this.#changes++;
  }

  #go(view: View, moveFocus = true): void {
    if (viewToHash(view) === viewToHash(this.#current)) return;
    this.#location.push(viewToHash(view));
    this.#show(view, moveFocus);
  }

  openSeries(id: string): void {
    this.#go({ kind: 'detail', id });
  }

  /** The spread of one change across units (from the change log or the detail view). */
  openSpread(changeId: string): void {
    this.#go({ kind: 'spread', id: changeId });
  }

  openFulfilment(): void {
    this.#go({ kind: 'fulfilment' });
  }

  /** The funnel plot of a measure ('' : the first one that has a funnel). */
  openFunnel(measure: string): void {
    this.#go({ kind: 'funnel', measure });
  }

  /** The Pareto chart of an event measure's categories ('' : the first measure that has them). */
  openPareto(measure: string): void {
    this.#go({ kind: 'pareto', measure });
  }

  backToOverview(): void {
    this.#go({ kind: 'overview', ...this.#memory.load() });
  }

  /** The wall screen (or back to the ordinary overview, with null). */
  setWall(wall: Wall | null): void {
    const { groupBy, search } = this.overview;
    this.#go({ kind: 'overview', groupBy, search, ...(wall ? { wall } : {}) });
  }

  /** A new grouping is a history entry; focus stays on the control the user changed. */
  setGroupBy(groupBy: GroupBy): void {
    this.#go({ kind: 'overview', groupBy, search: this.overview.search }, false);
  }

  /** The search text; it replaces the history entry, and does not move focus (the user is typing). */
  setSearch(search: string): void {
    const view: View = { kind: 'overview', groupBy: this.overview.groupBy, search };
    this.#location.replace(viewToHash(view));
    this.#memory.save({ groupBy: view.groupBy, search });
    this.#current = view;
  }

  dispose(): void {
    this.#stop();
  }
}
