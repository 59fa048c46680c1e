import type { Strings } from './Strings';
import { svSE } from './sv-SE';
import { enUS } from './en-US';

export type { Strings, DateParts, ErrorText } from './Strings';
export type { MeetingStrings } from './MeetingStrings';
export { formatDateTime, formatMeetingTime, formatTime, dateParts } from './format';

/**
 * The languages the portal speaks. To add one (Finnish `fi-FI`, Meänkieli `fit`, North Sami
 * `se-NO`…), write its table beside sv-SE.ts and add a row here; `intlLocale` names the
 * locale whose month and weekday names `Intl` should use, for languages the browser's
 * `Intl` data may not cover.
 */
export interface Language {
  tag: string;
  /** The language's name in the language itself, for the language switch. */
  nativeName: string;
  intlLocale: string;
  strings: Strings;
}

export const DEFAULT_LOCALE = 'sv-SE';

export const languages: readonly Language[] = [
  { tag: 'sv-SE', nativeName: 'Svenska', intlLocale: 'sv-SE', strings: svSE },
  { tag: 'en-US', nativeName: 'English', intlLocale: 'en-GB', strings: enUS },
];

/** The language for a locale: exact tag, then same primary language ("en-GB" → en-US), then Swedish. */
export function getLanguage(locale: string): Language {
  const wanted = (locale || '').toLowerCase();
  const primary = wanted.split('-')[0];
  return (
    languages.find((l) => l.tag.toLowerCase() === wanted) ??
    languages.find((l) => l.tag.toLowerCase().split('-')[0] === primary) ??
    (languages.find((l) => l.tag === DEFAULT_LOCALE) as Language)
  );
}

export function getStrings(locale: string): Strings {
  return getLanguage(locale).strings;
}
