/** The Pareto view's unit, remembered across reloads (null: all units). */
import { loadPref, savePref } from './prefs';

const isUnit = (v: unknown): v is string | null => v === null || typeof v === 'string';

class ParetoPrefs {
  #unit = $state<string | null>(loadPref('paretoUnit', isUnit));

  get unit() { return this.#unit; }
  set unit(v: string | null) { this.#unit = v; savePref('paretoUnit', v); }
}

export const paretoPrefs = new ParetoPrefs();
