/**
 * The live meeting as events (DOMAIN §2–4, DESIGN §4–5). Members append events to
 * `Lists/SpeakerRequests`, `Lists/Proposals` and `Lists/Attendance`; the chair's console appends
 * its own (floor given, speech ended, list closed, proposals locked) to the same lists. Current
 * state is always derived from the events by the pure functions in this folder, never stored.
 *
 * `at` is the server's `Created`, `authorId` the server's `Author` (DESIGN §4). `personId` is
 * whom the event is about: the author, or the member a staff author acted for (`OnBehalfOf`).
 */

/** What a person asks for, and what the chair does with the list. */
export type SpeakerEventKind =
  /** Anförande: an ordinary speech, taken in the order asked. */
  | 'Speech'
  /** Replik: a reply to the latest speech; `refersTo` = that speech's request id. */
  | 'Reply'
  /** Genmäle: the speaker's answer to a reply; `refersTo` = the reply's request id. */
  | 'Answer'
  /** Ordningsfråga: a point of order, to the top of the list. */
  | 'PointOfOrder'
  /** The person (or staff for them) takes back a request not yet given the floor; `refersTo` = the request. */
  | 'Withdrawn'
  /** Staff: the floor is given to request `refersTo`; `at` is when the speech started. */
  | 'FloorGiven'
  /** Staff: the speech of request `refersTo` ended; `at` is when it ended. */
  | 'SpeechEnded'
  /** Staff: request `refersTo` moves to place `position` (1-based) among the waiting ordinary speeches. */
  | 'Moved'
  /** Staff: request `refersTo` is struck from the list (recorded as the chair's act). */
  | 'Removed'
  /** Staff: no new speeches may be asked for on the item ("streck i debatten"); replies and points of order still may. */
  | 'ListClosed'
  /** Staff: the list opens again. */
  | 'ListOpened';

export type RequestKind = Extract<SpeakerEventKind, 'Speech' | 'Reply' | 'Answer' | 'PointOfOrder'>;

export interface SpeakerEvent {
  id: number;
  itemId: number;
  kind: SpeakerEventKind;
  personId: number;
  authorId: number;
  refersTo: number | null;
  position: number | null;
  at: string;
}

/** Debate rules of a body (DOMAIN §4 `[L]`: settings per body, on `Lists/Bodies`). */
export interface DebateRules {
  /** Replies one person may make to one speech. */
  maxRepliesPerSpeech: number;
  /** Length limits in seconds; 0 = no limit. Shown on the timer; the chair ends the speech. */
  speechSeconds: number;
  replySeconds: number;
  answerSeconds: number;
  /** Whether substitutes who do not serve on the item may speak (DOMAIN §2 `[L]`). */
  substitutesMaySpeak: boolean;
  /** A tie in a counter-proposal step is settled by lot instead of the chair's casting vote (DOMAIN §5, a setting). */
  eliminationTieByLot: boolean;
}

/** Why a request, proposal or report does not count; the UI's string tables explain each code. */
export type LiveRefusalCode =
  | 'notServing'
  | 'disqualified'
  | 'notPresent'
  | 'substituteMayNotSpeak'
  | 'listClosed'
  | 'alreadyWaiting'
  | 'replyNotLatest'
  | 'replyToOwnSpeech'
  | 'replyToReply'
  | 'tooManyReplies'
  | 'answerNotSpeaker'
  | 'answerTwice'
  | 'answerNotReply'
  | 'notOwnRequest'
  | 'alreadySpoken'
  | 'unknownRequest'
  | 'notStaff'
  | 'proposalsLocked'
  | 'notOwnProposal'
  | 'unknownProposal'
  | 'supportOwn'
  | 'alreadySupported'
  | 'proposalWithdrawn'
  | 'textMissing'
  | 'noLinkToRestore'
  | 'notRemote'
  | 'itemNotCurrent'
  /** The request referred to was withdrawn or struck from the list. */
  | 'requestWithdrawn'
  /** Speech ended for a request that does not have the floor. */
  | 'notSpeaking'
  /** Moved refers to something other than an ordinary speech. */
  | 'notASpeech'
  /** Moved without a place (1 or more). */
  | 'badPosition'
  /** Non-serving substitutes attend but do not make or support proposals (DOMAIN §2). */
  | 'substituteMayNotPropose'
  /** A proposal made without saying which kind. */
  | 'kindMissing'
  /** The console moves to another item while a vote is open. */
  | 'voteOpen';

export interface LiveRefusal {
  code: LiveRefusalCode;
}

/**
 * Who may do what on an item, from the seat table (DOMAIN §2–3): the pure functions ask this
 * rather than reading the seat table themselves.
 */
export interface ItemStanding {
  /** Holds a seat on the item (member or serving substitute), present, not disqualified. */
  serving(personId: number): boolean;
  disqualified(personId: number): boolean;
  /** A substitute present at the meeting who does not serve on the item. */
  nonServingSubstitute(personId: number): boolean;
  /** Chair, vice chairs and the body's clerks of this meeting: their events count for others. */
  isStaff(personId: number): boolean;
}

/** A request on the list, as the member view, the console and the stage show it. */
export interface ListedRequest {
  requestId: number;
  kind: RequestKind;
  personId: number;
  /** Reply: the speech replied to; Answer: the reply answered. */
  refersTo: number | null;
  askedAt: string;
  /** Asked by staff for the person (recorded as such). */
  onBehalf: boolean;
}

export interface Speech extends ListedRequest {
  startedAt: string;
  /** null while it goes on. */
  endedAt: string | null;
}

export interface SpeakerList {
  itemId: number;
  open: boolean;
  /** Who has the floor now. */
  current: Speech | null;
  /** Waiting, in the order they will be called. */
  queue: ListedRequest[];
  /** Given speeches, oldest first. */
  done: Speech[];
  /** Taken back by the person (or staff for them) before the floor was given, in the order asked. */
  withdrawn: ListedRequest[];
  /** Struck from the list by the chair, in the order asked. */
  removed: ListedRequest[];
  /**
   * Waiting replies and answers that will no longer be called: a later speech has begun, or the
   * reply an answer was for was withdrawn or struck. Kept so the member view can say why.
   */
  lapsed: ListedRequest[];
  /** The latest speech (Speech kind) replies may refer to, given or going on. */
  latestSpeechId: number | null;
  /** Events that do not count, with why (forged, late, against the rules). */
  refused: { eventId: number; code: LiveRefusalCode }[];
}

/** Speaking time (src/domain/live/speakingTime.ts): replies, answers and points of order included. */
export interface SpeakingTotals {
  /** Whole seconds. */
  seconds: number;
  speeches: number;
  replies: number;
  answers: number;
  pointsOfOrder: number;
}

export interface SpeakingTime {
  meeting: SpeakingTotals;
  byPerson: Map<number, SpeakingTotals>;
  byParty: Map<string, SpeakingTotals>;
  byItem: Map<number, SpeakingTotals>;
}

export type ProposalKind = 'Approve' | 'Reject' | 'Own' | 'Amendment' | 'Addition' | 'ReferBack' | 'MinorityReferBack' | 'Table';

/** Yrkat, instämt, återtaget, ändrat; and the chair's lock of the set (AO § 46). */
export type ProposalEventKind = 'Made' | 'Supported' | 'Withdrawn' | 'Changed' | 'Locked';

export interface ProposalEvent {
  id: number;
  itemId: number;
  kind: ProposalEventKind;
  /** Made: the kind of proposal. */
  proposalKind: ProposalKind | null;
  /** Made / Changed: the wording. */
  text: string | null;
  /** Supported / Withdrawn / Changed: the proposal's id (the id of its Made event). */
  refersTo: number | null;
  /** Staff recorded that the assembly unanimously allowed this after the lock (AO 2008 § 46). */
  unanimousConsent: boolean;
  personId: number;
  authorId: number;
  at: string;
}

export interface Proposal {
  id: number;
  kind: ProposalKind;
  text: string;
  personId: number;
  madeAt: string;
  onBehalf: boolean;
  supporters: number[];
  withdrawn: boolean;
  /** Changes made after the lock with the assembly's unanimous consent, in order. */
  changedWithConsent: { at: string; eventId: number }[];
}

export interface ProposalSet {
  itemId: number;
  /** In the order made. */
  proposals: Proposal[];
  locked: { at: string; byId: number } | null;
  refused: { eventId: number; code: LiveRefusalCode }[];
}

/** Remote participation per person (KL 5:16, DOMAIN §2), from Attendance events. */
export type RemoteEventKind =
  /** Roll call (clerk): present remotely. */
  | 'PresentRemote'
  /** The member confirms they see and hear the chamber. */
  | 'RemoteConfirmed'
  /** "Jag ser eller hör inte mötet": reported by the member, or by staff for them. */
  | 'LinkBroken'
  /** The link works again: reported by the member, or by staff for them. */
  | 'LinkRestored'
  /** Staff: the person is recorded absent because of the broken link (decisions may go on). */
  | 'LinkAbsent';

export interface Outage {
  /** Server time of the report. */
  from: string;
  /** Server time of the restoration; null while broken. */
  to: string | null;
  /** Item on which it was reported. */
  itemId: number | null;
  /** When staff recorded the person absent for it; null until then. */
  markedAbsentAt: string | null;
}

export interface RemoteParticipant {
  personId: number;
  /** Taking part remotely now; false once the roll call has them in the chamber (their outages stay on record). */
  remote: boolean;
  confirmed: boolean;
  confirmedAt: string | null;
  link: 'ok' | 'broken' | 'absent';
  outages: Outage[];
}

/** The phases of a live meeting, as `Lists/LiveState` stores them. */
export type LivePhase = 'NotStarted' | 'RollCall' | 'Debate' | 'Decision' | 'Voting' | 'Adjourned' | 'Ended';
