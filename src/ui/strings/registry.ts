/**
 * The one string registry. Every feature has one table (`defineStrings`), Swedish complete and
 * first, English complete; every view asks for its table with `stringsFor` (or `useStrings`), and
 * one rule picks the language and fills what a table lacks from Swedish, key by key.
 *
 * Adding a language (Finnish `fi-FI`, Meänkieli `fit`, North Sami `se-NO`…) is one row in
 * `LANGUAGES` and one table per feature beside the Swedish one, as complete as it is so far:
 * whatever it does not say yet is shown in Swedish.
 */

export interface Language {
  /** BCP 47 tag of the table, also used for `lang` attributes. */
  tag: string;
  /** The language's name in the language itself, for the language switch. */
  nativeName: string;
  /** The locale whose month and weekday names and plural rules `Intl` should use. */
  intlLocale: string;
}

export const DEFAULT_LOCALE = 'sv-SE';

const LANGUAGES: Language[] = [
  { tag: 'sv-SE', nativeName: 'Svenska', intlLocale: 'sv-SE' },
  // British English names months and weekdays as the region's English texts do
  { tag: 'en-US', nativeName: 'English', intlLocale: 'en-GB' },
];

/** The languages the portal speaks, Swedish first. */
export function languages(): readonly Language[] {
  return LANGUAGES;
}

/** Adds a language at run time (tests; a host that ships a language pack). */
export function addLanguage(language: Language): void {
  if (!LANGUAGES.some((l) => l.tag === language.tag)) LANGUAGES.push(language);
}

/** The one rule: the exact tag, else the same primary language ("en-GB" → en-US), else Swedish. */
export function resolveLanguage(locale: string | Language | undefined | null): Language {
  if (locale && typeof locale === 'object') return locale;
  const wanted = (locale ?? '').toLowerCase();
  const primary = wanted.split('-')[0];
  return (
    LANGUAGES.find((l) => l.tag.toLowerCase() === wanted) ??
    LANGUAGES.find((l) => l.tag.toLowerCase().split('-')[0] === primary) ??
    (LANGUAGES.find((l) => l.tag === DEFAULT_LOCALE) as Language)
  );
}

/** A table in a language still being written: any key may be missing, at any depth. */
export type PartialStrings<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]?: PartialStrings<T[K]> }
    : T;

export interface StringTable<T> {
  /** The feature the table belongs to (for messages about missing tables). */
  readonly feature: string;
  readonly tables: Readonly<Record<string, PartialStrings<T>>> & { readonly 'sv-SE': T };
}

/** One feature's table: Swedish and English complete, further languages as far as they go. */
export function defineStrings<T>(feature: string, tables: { 'sv-SE': T; 'en-US': T } & Record<string, PartialStrings<T>>): StringTable<T> {
  return { feature, tables };
}

const resolved = new WeakMap<StringTable<unknown>, Map<string, unknown>>();

/** The one lookup: the table of the language `locale` resolves to, Swedish where it says nothing. */
export function stringsFor<T>(table: StringTable<T>, locale: string | Language | undefined | null): T {
  const tag = resolveLanguage(locale).tag;
  let byTag = resolved.get(table as StringTable<unknown>);
  if (!byTag) resolved.set(table as StringTable<unknown>, (byTag = new Map()));
  let strings = byTag.get(tag) as T | undefined;
  if (!strings) {
    const own = table.tables[tag];
    strings = own && tag !== DEFAULT_LOCALE ? (fillFrom(table.tables[DEFAULT_LOCALE], own) as T) : table.tables[DEFAULT_LOCALE];
    byTag.set(tag, strings);
  }
  return strings;
}

const isTable = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `own` where it has a key, `base` (Swedish) elsewhere; functions and strings are leaves. */
function fillFrom(base: unknown, own: unknown): unknown {
  if (!isTable(base) || !isTable(own)) return own === undefined ? base : own;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(base)) out[key] = key in own ? fillFrom(base[key], own[key]) : base[key];
  return out;
}
