/**
 * Light or dark theme and more contrast: following the system (prefers-color-scheme,
 * prefers-contrast) unless the user chose a theme, which is remembered. Applied to the page as
 * `data-theme` / `data-contrast` on <html>, and to the charts as CSS variables of their palette.
 */
import { chartPalette } from '../lib/charts/colors';
import { loadPref, savePref } from './prefs';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const isChoice = (v: unknown): v is ThemeChoice => typeof v === 'string' && (THEME_CHOICES as readonly string[]).includes(v);

const darkQuery = matchMedia('(prefers-color-scheme: dark)');
const contrastQuery = matchMedia('(prefers-contrast: more)');

class ThemeState {
  #choice = $state<ThemeChoice>(loadPref('theme', isChoice) ?? 'system');
  #systemDark = $state(darkQuery.matches);
  #moreContrast = $state(contrastQuery.matches);

  constructor() {
    darkQuery.addEventListener('change', (e) => ((this.#systemDark = e.matches), this.#apply()));
    contrastQuery.addEventListener('change', (e) => ((this.#moreContrast = e.matches), this.#apply()));
    this.#apply();
  }

  get choice(): ThemeChoice { return this.#choice; }
  set choice(value: ThemeChoice) {
    this.#choice = value;
    savePref('theme', value);
    this.#apply();
  }

  get theme(): 'light' | 'dark' {
    return this.#choice === 'system' ? (this.#systemDark ? 'dark' : 'light') : this.#choice;
  }

  #apply(): void {
    const root = document.documentElement;
    root.dataset.theme = this.theme;
    root.dataset.contrast = this.#moreContrast ? 'more' : 'normal';
    for (const [key, value] of Object.entries(chartPalette(this.theme, this.#moreContrast))) root.style.setProperty(`--spc-${key}`, value);
  }
}

export const theme = new ThemeState();
