import * as React from 'react';
import { resolveLanguage, stringsFor, type Language, type StringTable } from '../strings';

/** The UI language of the services' locale (tag and `Intl` locale), stable between renders. */
export function useLanguage(locale: string): Language {
  return React.useMemo(() => resolveLanguage(locale), [locale]);
}

/** A feature's strings in the UI language, Swedish where the language's table says nothing. */
export function useStrings<T>(table: StringTable<T>, locale: string | Language): T {
  return React.useMemo(() => stringsFor(table, locale), [table, locale]);
}
