import type { LiveRefusal } from '../../domain/live/types';
import type { VotingRefusal } from '../../domain/voting/types';
import { DataError } from '../services';

/** A step or a ballot the decision procedure refuses (src/domain/voting), as a DataError with its code; the UI explains the code. */
export function votingRefusal(r: VotingRefusal | LiveRefusal): DataError {
  return new DataError('invalid', `The decision procedure refuses this: ${r.code}.`, undefined, r.code);
}
