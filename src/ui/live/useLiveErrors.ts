import * as React from 'react';
import { liveErrorStrings, type LiveErrorStrings } from '../strings/liveErrors';
import { useStrings } from '../common/useLanguage';
import { LiveLanguage } from './language';

/** The debate rules' refusals in the UI language (their own table, loaded with the forms: see strings/liveErrors.ts). */
export function useLiveErrors(): LiveErrorStrings {
  return useStrings(liveErrorStrings, React.useContext(LiveLanguage));
}
