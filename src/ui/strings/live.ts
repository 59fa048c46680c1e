import type { LivePhase, ProposalKind, RequestKind } from '../../domain/live/types';
import { defineStrings } from './registry';
import { sv } from './live.sv-SE';
import { en } from './live.en-US';

/** The live meeting: member view, the chair's console, the stage view. */
export interface LiveStrings {
  appName: string;
  phase: Record<LivePhase, string>;
  requestKind: Record<RequestKind, string>;
  proposalKind: Record<ProposalKind, string>;
  /** A person as the live views name them: "Anna Lind (S)". */
  person(name: string, party: string): string;
  unknownPerson: string;
  loading: string;
  /** The Teams meeting has no portal meeting linked to it. */
  noMeetingForTeams: { title: string; action: string };
  noMeeting: string;
  notStarted: string;
  ended: string;
  adjourned: string;
  connection: {
    updated(time: string): string;
    failing: string;
  };
  item: {
    heading: string;
    numberOf(n: number, total: number): string;
    caseNumber(c: string): string;
    proposedDecision: string;
    none: string;
  };
  floor: {
    heading: string;
    nobody: string;
    elapsed(time: string): string;
    elapsedOf(time: string, limit: string): string;
    overTime: string;
    replyTo(name: string): string;
  };
  list: {
    heading: string;
    empty: string;
    closed: string;
    you: string;
    yourPlace(n: number): string;
    onBehalf: string;
    next: string;
    /** Screen readers: what changed on the list. */
    announceFloor(name: string): string;
  };
  ask: {
    heading: string;
    speech: string;
    reply(name: string): string;
    answer(name: string): string;
    pointOfOrder: string;
    withdraw(kind: string): string;
    cannot: string;
    asked: string;
    withdrawn: string;
    readOnly: string;
  };
  proposals: {
    heading: string;
    empty: string;
    locked(time: string): string;
    by(name: string): string;
    supporters(names: string): string;
    support: string;
    supportLabel(name: string): string;
    withdraw: string;
    withdrawn: string;
    changedWithConsent: string;
    make: string;
    kind: string;
    text: string;
    textHint: string;
    submit: string;
    made: string;
    supported: string;
    proposedDecision: string;
  };
  remote: {
    heading: string;
    intro: string;
    confirm: string;
    confirmRemote: string;
    confirmed(time: string): string;
    broken: string;
    brokenSince(time: string): string;
    restored: string;
    reported: string;
  };
  quorum: {
    ok(held: number, seats: number, required: number): string;
    lost(held: number, seats: number, missing: number): string;
    announceLost(missing: number): string;
    announceRegained: string;
  };
  /** Names of the views, for the switch between them (the console's own texts are in liveConsole.ts). */
  views: { console: string; memberView: string; stage: string };
  stage: {
    blocked(names: string): string;
    next: string;
    noSpeaker: string;
    proposals: string;
  };
  theme: Record<'default' | 'dark' | 'contrast', string>;
}

export const liveStrings = defineStrings<LiveStrings>('live', { 'sv-SE': sv, 'en-US': en });
