import type { ProposalKind } from '../../domain/live/types';
import type { ProcedureProblemCode } from '../../domain/voting/procedure';
import type { DecidedBy, Majority } from '../../domain/voting/types';
import { defineStrings } from './registry';
import { sv } from './votingConsole.sv-SE';
import { en } from './votingConsole.en-US';

/** A proposal as the console names it: its kind and who made it. */
export interface ProposalName {
  kind: ProposalKind;
  name: string;
  party: string;
}

/**
 * The chair's decision procedure in the console (DOMAIN §4–5): the next step as one task, the vote
 * question (voteringsproposition), the running vote, ties, the lot, the secret election on paper,
 * and the item's steps so far. Only the console's chunk loads it.
 */
export interface VotingConsoleStrings {
  heading: string;
  loading: string;
  lockFirst: string;
  nothingToDecide: string;
  busy: string;

  /** The proposal as the subject or object of a sentence: "Anna Linds (S) yrkande om avslag". */
  proposal(p: ProposalName): string;
  /** The proposal in full: its name and its wording. */
  inFull(name: string, wording: string): string;
  /** A bifall proposal without its own wording: the proposed decision it supports. */
  proposedDecision(text: string): string;
  supportedBy(names: string): string;

  acclamation: {
    hint: string;
    voteAsked: string;
    hasMajority(name: string): string;
  };
  minority: {
    title: string;
    count(asking: number, present: number, required: number): string;
    asking(names: string): string;
    passes: string;
    fails: string;
    recordPassed: string;
    recordFailed: string;
    question(name: string): string;
  };
  procedural: {
    title: Record<'ReferBack' | 'Table', string>;
    hint(name: string): string;
    today: string;
    motion: Record<'ReferBack' | 'Table', string>;
  };
  declareMain: {
    title: string;
    hint: string;
    chosen(name: string): string;
    askVote: string;
    adopt: string;
    other: string;
    question(name: string): string;
  };
  single: {
    title: string;
    hint(name: string): string;
    adopt(name: string): string;
  };
  order: {
    title: string;
    hint(main: string): string;
    listLabel: string;
    moveUp(name: string): string;
    moveDown(name: string): string;
    position(n: number, of: number): string;
    approve: string;
    question: string;
  };
  elimination: {
    title(round: number): string;
    hint(current: string, challenger: string): string;
  };
  mainVote: {
    title: string;
    hint(main: string, counter: string): string;
  };
  amendment: {
    title(name: string): string;
    hint(name: string): string;
    adopt(name: string): string;
    reject(name: string): string;
  };

  /** The question templates (voteringsproposition): short enough for the question's 255 characters. */
  templates: {
    mainVote(main: string, counter: string): { question: string; yes: string; no: string };
    elimination(current: string, challenger: string): { question: string; yes: string; no: string };
    amendment(name: string): { question: string; yes: string; no: string };
    procedural(motion: 'ReferBack' | 'Table'): { question: string; yes: string; no: string };
  };
  draft: {
    heading: string;
    question: string;
    questionHint: string;
    questionMissing: string;
    questionTooLong(max: number, length: number): string;
    yesMeaning: string;
    noMeaning: string;
    meaningMissing: string;
    qualified: string;
    numerator: string;
    denominator: string;
    of: string;
    ofOption: Record<Majority['of'], string>;
    fractionInvalid: string;
    election: string;
    present: string;
    backToAcclamation: string;
  };
  secret: {
    ask: string;
    explain: string;
    paperPlan: string;
    open: string;
    prepare: string;
  };
  prepared: {
    heading: string;
    editHint: string;
    approve: string;
    approved: string;
    open: string;
    withdraw: string;
    majority(numerator: number, denominator: number, of: Majority['of']): string;
    /** Shown before the chair presses Öppna: what the picture of the meeting already says. */
    quorumMissing(missing: number): string;
    linkBroken(names: string): string;
  };
  open: {
    heading: string;
    turnout(voted: number, of: number): string;
    notVoted: string;
    allVoted: string;
    close: string;
    cancel: string;
    cancelConfirm: string;
    keepOpen: string;
  };
  closed: {
    heading: string;
    counts(yes: number, no: number, abstain: number, absent: number): string;
    tieChair: string;
    chairYes: string;
    chairNo: string;
    tieLot: string;
    drawLot: string;
    lotResult(side: string): string;
    lotSeed(seed: string): string;
    lotShow: string;
    verifying: string;
    verified: string;
    alarm: string;
  };
  paper: {
    heading: string;
    explain: string;
    yes: string;
    no: string;
    abstain: string;
    countInvalid: string;
    witnesses: string;
    witnessesHint: string;
    witnessesMissing: string;
    noCoSigners: string;
    enter: string;
  };
  history: {
    heading: string;
    none: string;
    by: Record<DecidedBy, string>;
    minority(name: string, asking: number | null, present: number | null, passed: boolean): string;
    procedural(name: string, motion: 'ReferBack' | 'Table', passed: boolean, how: string): string;
    mainDeclared(name: string, voteAsked: boolean): string;
    order(names: string): string;
    elimination(round: number, current: string, challenger: string, winner: string, how: string): string;
    mainVote(main: string, counter: string, winner: string, how: string): string;
    amendment(name: string, adopted: boolean, how: string): string;
  };
  problems: {
    heading: string;
    line(step: number, text: string): string;
    code: Record<ProcedureProblemCode, string>;
  };
  done: {
    heading: string;
    decided(body: string, name: string): string;
    onlyAmendments(body: string): string;
    amendment(name: string, adopted: boolean): string;
    lapsed(name: string): string;
    referredBack(body: string, name: string): string;
    tabled(body: string, name: string): string;
    minorityReferredBack(body: string, name: string): string;
  };
  unknownProposal(id: number): string;
  list(names: string[]): string;
}

export const votingConsoleStrings = defineStrings<VotingConsoleStrings>('votingConsole', { 'sv-SE': sv, 'en-US': en });
