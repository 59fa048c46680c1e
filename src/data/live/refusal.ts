import type { LiveRefusal } from '../../domain/live/types';
import { DataError } from '../services';

/** A live-meeting request the debate rules refuse (src/domain/live), as a DataError with its code; the UI explains the code. */
export function liveRefusal(r: LiveRefusal): DataError {
  return new DataError('invalid', `The rules of the debate refuse this: ${r.code}.`, undefined, r.code);
}
