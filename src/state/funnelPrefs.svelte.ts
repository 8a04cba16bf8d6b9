/** The funnel view's choices, remembered across reloads: the span (null: the latest year) and the overdispersion switch. */
import { loadPref, savePref } from './prefs';

const isSpan = (v: unknown): v is string => typeof v === 'string' && (v === 'all' || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v));
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

class FunnelPrefs {
  #span = $state<string | null>(loadPref('funnelSpan', isSpan));
  #overdispersion = $state<boolean>(loadPref('funnelOverdispersion', isBoolean) ?? true);

  get span() { return this.#span; }
  set span(v: string | null) { this.#span = v; savePref('funnelSpan', v); }
  get overdispersion() { return this.#overdispersion; }
  set overdispersion(v: boolean) { this.#overdispersion = v; savePref('funnelOverdispersion', v); }
}

export const funnelPrefs = new FunnelPrefs();
