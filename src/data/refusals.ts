import type { NoticeProblem } from '../domain/meetings/absence';
import type { MeetingProblem } from '../domain/meetings/validation';
import type { LiveRefusal } from '../domain/live/types';
import type { VotingRefusal } from '../domain/voting/types';
import { DataError } from './services';

/** A problem a domain rule found with what someone asked to write. */
export type DomainProblem = NoticeProblem | MeetingProblem | LiveRefusal | VotingRefusal;

/**
 * A write the domain refused, as a DataError whose `code` is the problem's code: the UI explains
 * it in its own language from the code. The English message is for logs and developers only, and
 * is built here, the one place that turns domain problems into words in the data layer.
 */
export function refusal(p: NoticeProblem | MeetingProblem): DataError {
  return new DataError('invalid', logMessage(p), undefined, p.code);
}

function logMessage(p: NoticeProblem | MeetingProblem): string {
  switch (p.code) {
    case 'meetingStarted':
      return 'The meeting has already started, so absence can no longer be reported or withdrawn here; tell the clerk instead.';
    case 'unknownItems':
      return `The agenda has no item ${p.numbers.join(', ')}.`;
    case 'overlap':
      return p.numbers === null
        ? 'You have already reported absence for the whole meeting.'
        : `You have already reported absence for item ${p.numbers.join(', ')}.`;
    case 'nothingToWithdraw':
      return 'There is no absence notice to withdraw.';
    case 'titleMissing':
      return 'The meeting needs a title.';
    case 'timeInvalid':
      return 'Start and end must be valid times.';
    case 'endBeforeStart':
      return 'The meeting must end after it starts.';
    case 'dateInPast':
      return 'The meeting date has already passed; confirm it to keep it.';
    case 'coSignerTwice':
      return 'A co-signer is listed twice.';
    case 'tooManyCoSigners':
      return `The body has ${p.allowed} co-signers per meeting; ${p.chosen} were chosen.`;
    case 'chairIsCoSigner':
      return 'The chair signs the minutes as chair and cannot also be a co-signer.';
    case 'chairNotInBody':
      return "The chair must hold an assignment in the body on the meeting's date.";
    case 'coSignerNotInBody':
      return "Co-signers must hold an assignment in the body on the meeting's date.";
    case 'coSignerNotMember':
      return 'Co-signers must be members of the body; this body does not let substitutes co-sign.';
  }
}
