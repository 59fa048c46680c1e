import type { LivePicture } from '../../../../domain/live/picture';
import type { LiveSnapshot } from '../../../../data/services';
import type { VotingDesk } from '../../../../data/voting/desk';
import type { CommonStrings, ErrorText } from '../../../strings';
import type { VotingStrings } from '../../../strings/voting';
import type { VotingConsoleStrings } from '../../../strings/votingConsole';
import type { People } from '../../people';
import type { LiveClasses } from '../../styles';
import type { Naming } from './words';

/** The desk's console actions (DOMAIN §5): each records one step of the procedure on `Lists/Votes`. */
export type DeskActions = Pick<
  VotingDesk,
  'recordSettled' | 'prepareVote' | 'approveVote' | 'openVote' | 'closeVote' | 'decideTie' | 'drawLot' | 'enterPaperResult' | 'cancelVote'
>;

/** What every part of the decision control needs. */
export interface DecisionContext {
  s: VotingConsoleStrings;
  v: VotingStrings;
  common: CommonStrings;
  /** The debate rules' and the decision procedure's refusals, by code. */
  errors: Partial<Record<string, ErrorText>>;
  css: LiveClasses;
  n: Naming;
  people: People;
  snapshot: LiveSnapshot;
  picture: LivePicture;
  itemId: number;
  election: boolean;
  /** Whether the chair has used the control: only then does focus follow a new task. */
  used: { readonly current: boolean };
  /** The desk, loaded on first use when the live state has not asked for it yet. */
  desk(): Promise<DeskActions>;
}
