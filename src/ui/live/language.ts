import * as React from 'react';
import { resolveLanguage, type Language } from '../strings/registry';

/** The live views' language, so the parts that load later (forms, console) find their tables. */
export const LiveLanguage = React.createContext<Language>(resolveLanguage('sv-SE'));
