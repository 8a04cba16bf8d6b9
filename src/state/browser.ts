/**
 * The state classes wired to the browser: DuckDB-WASM, the ingest worker, IndexedDB, the bundled
 * sample, the URL hash and localStorage. Tests build the same classes on in-memory parts instead.
 */
import { checkPeriodSpan } from '../lib/data/aggregate';
import { categoryCounts } from '../lib/data/categories';
import { IngestSession } from '../lib/data/ingestClient';
import { isSamplePreview, SAMPLE_PREVIEW, type SamplePreview } from '../lib/workspace/samplePreview';
import { aggregatedInputs } from '../lib/workspace/series';
import { isGroupBy, type GroupBy } from '../lib/workspace/view';
import { DataSession } from './dataSession.svelte';
import { indexedDbPersistence } from './persisted';
import { loadPref, savePref } from './prefs';
import { SettingsStore } from './settingsStore.svelte';
import { ViewState, type HashLocation, type OverviewMemory } from './viewState.svelte';
import sampleUrl from '../../data-samples/kvalitet-sv.csv?url';
import eventsSampleUrl from '../../data-samples/falls-events-sv.csv?url';
import sampleSettings from '../../data-samples/kvalitet-sv.settings.json?raw';

export const SAMPLE_NAME = SAMPLE_PREVIEW.sample;
/** The event-date sample: falls with injury, one row per fall (T charts per unit). */
export const EVENTS_SAMPLE_NAME = 'falls-events-sv.csv';

const fetched = (url: string) => async () => (await fetch(url)).blob();

/** The build's preview of the first sample (absent from the dev server: then nothing is shown early). */
async function samplePreview(): Promise<SamplePreview | null> {
  const response = await fetch(`${import.meta.env.BASE_URL}${SAMPLE_PREVIEW.file}`);
  if (!response.ok) return null;
  const preview: unknown = await response.json();
  return isSamplePreview(preview, SAMPLE_NAME) ? preview : null;
}

export function browserDataSession(): DataSession {
  return new DataSession({
    // DuckDB's JS API (and apache-arrow) in a chunk of its own, fetched when DuckDB starts: not in the first load.
    startDb: async () => (await import('../lib/data/duckdb')).browserRunner(),
    newIngest: () => new IngestSession(),
    aggregate: aggregatedInputs,
    checkSpan: (db, granularity, table) => checkPeriodSpan(db, granularity, undefined, table),
    categories: (db) => categoryCounts(db),
    persistence: indexedDbPersistence,
    // The quality sample first: a first visit opens it.
    samples: [
      { name: SAMPLE_NAME, load: fetched(sampleUrl) },
      { name: EVENTS_SAMPLE_NAME, measure: 'Fall med skada', load: fetched(eventsSampleUrl) },
    ],
    preview: samplePreview,
  });
}

/** The settings store, with the sample's own settings (directions, a few goals) for a first visit. */
export function browserSettingsStore(): { store: SettingsStore; firstVisit: string } {
  return { store: new SettingsStore(indexedDbPersistence), firstVisit: sampleSettings };
}

const browserHash: HashLocation = {
  read: () => location.hash,
  push: (hash) => history.pushState(null, '', hash),
  replace: (hash) => history.replaceState(null, '', hash),
  listen(onChange) {
    // popstate comes with Back/Forward and with an edited fragment in the address bar.
    addEventListener('popstate', onChange);
    return () => removeEventListener('popstate', onChange);
  },
};

const overviewMemory: OverviewMemory = {
  load: () => ({
    groupBy: loadPref<GroupBy>('groupBy', isGroupBy) ?? 'measure',
    search: loadPref('search', (v): v is string => typeof v === 'string') ?? '',
  }),
  save({ groupBy, search }) {
    savePref('groupBy', groupBy);
    savePref('search', search);
  },
};

/**
 * Focus leaves the old view before the new one is built. When a focused element is removed, the
 * browser computes the style and layout of the whole new view at once (200 cards without their charts
 * yet), and again when the new view then focuses its heading. It ends where it did without this: on
 * the new view's heading, or on the card that was opened.
 */
function leaveView(): void {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused.closest('main')) focused.blur();
}

export function browserViewState(): ViewState {
  return new ViewState(browserHash, overviewMemory, leaveView);
}
