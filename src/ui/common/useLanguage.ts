import * as React from 'react';
import { getLanguage, type Language } from '../strings';

/** The UI language of the services' locale (table and date locale), stable between renders. */
export function useLanguage(locale: string): Language {
  return React.useMemo(() => getLanguage(locale), [locale]);
}
