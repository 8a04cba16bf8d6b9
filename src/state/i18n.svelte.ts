import { isLocale, messages, preferredLocale, type Locale, type Messages } from '../lib/i18n';
import { loadPref, savePref } from './prefs';

/** The current language, remembered across reloads. */
class I18nState {
  #locale = $state<Locale>(loadPref('locale', isLocale) ?? preferredLocale(navigator.languages));

  get locale(): Locale {
    return this.#locale;
  }

  set locale(value: Locale) {
    this.#locale = value;
    savePref('locale', value);
    document.documentElement.lang = value;
  }

  get t(): Messages {
    return messages(this.#locale);
  }
}

export const i18n = new I18nState();
document.documentElement.lang = i18n.locale;
