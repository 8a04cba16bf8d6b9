/**
 * Which view is shown, as a value and as the page's URL hash, so the browser's Back and Forward move
 * between views and a view can be linked to: the overview, one series' detail, the spread of one
 * change across units (by the change's id), goal fulfilment, the funnel plot of one measure and the Pareto chart of an event measure.
 */
export type GroupBy = 'measure' | 'unit';
/** A ward's wall screen: the overview alone in large type, still or cycling group by group. */
export type Wall = 'still' | 'cycle';

export type View =
  | { kind: 'overview'; groupBy: GroupBy; search: string; wall?: Wall }
  | { kind: 'detail'; id: string }
  | { kind: 'spread'; id: string }
  | { kind: 'fulfilment' }
  /** The units of one measure compared in a funnel plot ('' : the first measure that has one). */
  | { kind: 'funnel'; measure: string }
  /** An event measure's events by category in a Pareto chart ('' : the first measure with categories). */
  | { kind: 'pareto'; measure: string };

export type ViewKind = View['kind'];

export const isGroupBy = (v: unknown): v is GroupBy => v === 'measure' || v === 'unit';

/** The hash of a view: `#/overview?group=unit&q=text`, `#/series/<id>`, `#/spread/<change id>`, `#/fulfilment`, `#/funnel/<measure>`, `#/pareto/<measure>`. */
export function viewToHash(view: View): string {
  switch (view.kind) {
    case 'overview': {
      const params = new URLSearchParams();
      params.set('group', view.groupBy);
      if (view.search !== '') params.set('q', view.search);
      if (view.wall) params.set('wall', view.wall);
      return `#/overview?${params.toString()}`;
    }
    case 'detail':
      return `#/series/${encodeURIComponent(view.id)}`;
    case 'spread':
      return `#/spread/${encodeURIComponent(view.id)}`;
    case 'fulfilment':
      return '#/fulfilment';
    case 'funnel':
    case 'pareto':
      return `#/${view.kind}/${encodeURIComponent(view.measure)}`;
  }
}

/** The view a hash names; an empty or unknown hash is the overview as last used (`fallback`). */
export function hashToView(hash: string, fallback: { groupBy: GroupBy; search: string }): View {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [head, ...rest] = path.split('/');
  if ((head === 'series' || head === 'spread') && rest.length > 0) {
    try {
      const id = decodeURIComponent(rest.join('/'));
      if (id !== '') return { kind: head === 'series' ? 'detail' : 'spread', id };
    } catch {
      // A malformed escape names nothing: show the overview.
    }
  }
  if (head === 'fulfilment') return { kind: head };
  if (head === 'funnel' || head === 'pareto') {
    try {
      return { kind: head, measure: decodeURIComponent(rest.join('/')) };
    } catch {
      return { kind: head, measure: '' };
    }
  }
  const params = new URLSearchParams(query);
  const group = params.get('group');
  const wall = params.get('wall');
  return {
    kind: 'overview',
    groupBy: isGroupBy(group) ? group : fallback.groupBy,
    search: head === 'overview' ? (params.get('q') ?? '') : fallback.search,
    ...(wall === 'still' || wall === 'cycle' ? { wall } : {}),
  };
}
