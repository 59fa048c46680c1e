import { DEFAULT_LOCALE, resolveLanguage } from '../ui/strings';

/** The chosen UI language survives reloads and sign-outs: it is a preference, not a secret. */
const LOCALE_KEY = 'politikerportal.locale';

export function storedLocale(): string {
  try {
    return resolveLanguage(localStorage.getItem(LOCALE_KEY) ?? DEFAULT_LOCALE).tag;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: string): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Storage can be off (private mode); the choice then lasts for this page only.
  }
}
