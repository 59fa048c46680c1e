import type { LivePhase, LiveRefusalCode, ProposalKind, RequestKind } from '../../domain/live/types';
import type { ErrorText } from './common';
import { defineStrings } from './registry';
import { sv } from './live.sv-SE';
import { en } from './live.en-US';

/** The live meeting: member view, the chair's console, the stage view. */
export interface LiveStrings {
  appName: string;
  phase: Record<LivePhase, string>;
  requestKind: Record<RequestKind, string>;
  proposalKind: Record<ProposalKind, string>;
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
    speaking(name: string, party: string): string;
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
  console: {
    heading: string;
    start: string;
    startHint: string;
    started: string;
    next: string;
    goTo: string;
    goToLabel: string;
    itemOption(n: number, title: string): string;
    adjourn: string;
    resume: string;
    end: string;
    endConfirm: string;
    cancel: string;
    giveFloor(name: string): string;
    giveFloorTo: string;
    endSpeech: string;
    moveUp: string;
    moveDown: string;
    remove: string;
    rowActions(name: string): string;
    closeList: string;
    openList: string;
    addOnBehalf: string;
    person: string;
    kind: string;
    add: string;
    lock: string;
    lockHint: string;
    readBack: string;
    readBackHeading: string;
    recordProposal: string;
    changeWithConsent: string;
    consentHint: string;
    saveChange: string;
    blocked(names: string, since: string): string;
    blockedHint: string;
    markAbsent(name: string): string;
    restoreFor(name: string): string;
    remoteHeading: string;
    remoteNone: string;
    remoteColumns: { name: string; confirmed: string; link: string; outages: string };
    linkState: { ok: string; broken: string; absent: string };
    yes: string;
    no: string;
    outage(from: string, to: string): string;
    outageOngoing(from: string): string;
    timeHeading: string;
    timeByParty: string;
    timeByPerson: string;
    timeColumns: { who: string; time: string; speeches: string; replies: string };
    timeTotalItem(time: string): string;
    timeTotalMeeting(time: string): string;
    memberView: string;
    stageLink: string;
  };
  stage: {
    next: string;
    noSpeaker: string;
    proposals: string;
  };
  theme: Record<'default' | 'dark' | 'contrast', string>;
  /** The debate rules' refusals: only the live views load them, so they are not in the common table every page carries. */
  errors: Record<LiveRefusalCode, ErrorText>;
}

export const liveStrings = defineStrings<LiveStrings>('live', { 'sv-SE': sv, 'en-US': en });
