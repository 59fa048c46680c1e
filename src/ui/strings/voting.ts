import type { ProposalKind } from '../../domain/live/types';
import type { Side, StepKind, VoteChoice, VoteKind, VoteStatus } from '../../domain/voting/types';
import type { ErrorText } from './common';
import { defineStrings } from './registry';
import { sv } from './voting.sv-SE';
import { en } from './voting.en-US';

/** A proposal as a decision names it: its kind, and who made it. */
export interface ProposalRef {
  kind: ProposalKind;
  name: string;
  party: string;
}

/** The letters a stored result records each voter's choice with. */
export type RecordedLetter = 'J' | 'N' | 'A' | '-';

/** Why someone outside the frozen electorate cannot vote (the member view's standing tells which). */
export type NotEligibleReason =
  /** Follows the meeting without an assignment in the body, or as staff. */
  | 'readOnly'
  | 'disqualified'
  /** A substitute present who does not serve on the item. */
  | 'substituteNotServing'
  /** An assignee not recorded present. */
  | 'notPresent'
  /** Takes part remotely and the link was broken. */
  | 'linkBroken'
  /** Serves now, but did not when the vote opened (arrived or took the seat afterwards). */
  | 'notServingAtOpening';

/** What a difference between the stored result and this client's recount is called. */
export type ResultDifferenceName = 'counts' | 'choices' | 'counted' | 'hash' | 'electorate' | 'incomplete';

/** Decisions and votes in the live views: the member's ballot and receipt, the result, the stage. */
export interface VotingStrings {
  heading: string;
  choice: Record<VoteChoice, string>;
  recorded: Record<RecordedLetter, string>;
  kind: Record<VoteKind, string>;
  stepKind: Record<StepKind, string>;
  /** The panel's heading by the vote's status; Prepared reads "Förslag till proposition". */
  status: Record<VoteStatus, string>;
  loading: string;
  question: string;
  meaning: { yes(meaning: string): string; no(meaning: string): string };
  approved: string;
  notApproved: string;
  majority(numerator: number, denominator: number, of: 'cast' | 'electorate' | 'seats'): string;
  turnout(voted: number, of: number): string;
  ballot: {
    legend: string;
    /** A radio option with its meaning: "Ja – bifall till …". */
    option(choice: string, meaning: string): string;
    next: string;
    chooseFirst: string;
    /** The confirm step: "Rösta Ja?". */
    confirmQuestion: Record<VoteChoice, string>;
    confirm: string;
    change: string;
    final: string;
    sending: string;
    retry: string;
    /** A ballot with this person's key exists and is not theirs. */
    keyTaken: ErrorText;
  };
  receipt: {
    heading: string;
    registered: string;
    choice: string;
    time: string;
    id: string;
    cannotChange: string;
    /** The receipt's ballot came after the close: the tally did not count it. */
    notCounted: string;
  };
  notEligible: {
    title: string;
    frozen: string;
    reason: Record<NotEligibleReason, string>;
  };
  result: {
    heading: string;
    countsCaption: string;
    peopleCaption: string;
    partyCaption: string;
    seat: string;
    member: string;
    party: string;
    vote: string;
    noParty: string;
    count: string;
  };
  verification: {
    checking: string;
    verified: string;
    alarmTitle: string;
    alarmAction: string;
    difference: Record<ResultDifferenceName, string>;
    failed: string;
  };
  paper: {
    explain: string;
    counted: string;
    witnesses(names: string): string;
  };
  decision: {
    heading: string;
    adopt(body: string, what: ProposalRef): string;
    reject(body: string, what: ProposalRef): string;
    counter(what: ProposalRef): string;
    today(body: string): string;
    referredBack(body: string): string;
    tabled(body: string): string;
    minorityReferredBack(body: string): string;
    minorityMissed: string;
    orderApproved: string;
    side(side: Side, meaning: string): string;
    tieChair: string;
    tieLot: string;
    castingVote: string;
    chairDecided: string;
    byLot: string;
    lotSeed(seed: string): string;
    qualifiedMissed(numerator: number, denominator: number): string;
  };
  announce: {
    opened(question: string): string;
    closed(summary: string): string;
    counts(yes: number, no: number, abstain: number, absent: number): string;
  };
  stage: {
    turnoutLabel: string;
    resultLabel: string;
  };
  cancelled: string;
  /** The desk could not read the votes; it tries again by itself. */
  stale: string;
}

export const votingStrings = defineStrings<VotingStrings>('voting', { 'sv-SE': sv, 'en-US': en });
