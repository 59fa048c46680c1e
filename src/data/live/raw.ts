import type { DebateRules, LivePhase, ProposalEvent, SpeakerEvent } from '../../domain/live/types';
import { livePhase, proposalEvent, proposalKind, speakerKind } from './mapping';

/**
 * Rows of the live meeting's lists as SharePoint returns them, and their domain form. Who and when
 * are always the server's `AuthorId` and `Created` (DESIGN §4); `OnBehalfOf` only says whom a
 * staff author acted for, and the domain decides whether that counts.
 */

export interface RawSpeakerRow {
  Id: number;
  AgendaItemId: number;
  SpeakerKind: string;
  ReplyTo: number | null;
  OnBehalfOfId: number | null;
  Position: number | null;
  Created: string;
  AuthorId: number;
}
export const SPEAKER_FIELDS = ['Id', 'AgendaItemId', 'SpeakerKind', 'ReplyTo', 'OnBehalfOfId', 'Position', 'Created', 'AuthorId'];

export function toSpeakerEvents(rows: readonly RawSpeakerRow[]): SpeakerEvent[] {
  const out: SpeakerEvent[] = [];
  for (const r of rows) {
    const kind = speakerKind.toCode(r.SpeakerKind);
    if (!kind || !r.AgendaItemId) continue;
    out.push({
      id: r.Id,
      itemId: r.AgendaItemId,
      kind,
      personId: r.OnBehalfOfId || r.AuthorId,
      authorId: r.AuthorId,
      refersTo: r.ReplyTo ?? null,
      position: r.Position ?? null,
      at: r.Created,
    });
  }
  return out;
}

export interface RawProposalRow {
  Id: number;
  AgendaItemId: number;
  ProposalKind: string | null;
  ProposalEvent: string;
  ProposalText: string | null;
  RefersTo: number | null;
  OnBehalfOfId: number | null;
  UnanimousConsent: boolean | null;
  Created: string;
  AuthorId: number;
}
export const PROPOSAL_FIELDS = [
  'Id',
  'AgendaItemId',
  'ProposalKind',
  'ProposalEvent',
  'ProposalText',
  'RefersTo',
  'OnBehalfOfId',
  'UnanimousConsent',
  'Created',
  'AuthorId',
];

export function toProposalEvents(rows: readonly RawProposalRow[]): ProposalEvent[] {
  const out: ProposalEvent[] = [];
  for (const r of rows) {
    const kind = proposalEvent.toCode(r.ProposalEvent);
    if (!kind || !r.AgendaItemId) continue;
    out.push({
      id: r.Id,
      itemId: r.AgendaItemId,
      kind,
      proposalKind: proposalKind.toCode(r.ProposalKind),
      text: r.ProposalText || null,
      refersTo: r.RefersTo ?? null,
      unanimousConsent: Boolean(r.UnanimousConsent),
      personId: r.OnBehalfOfId || r.AuthorId,
      authorId: r.AuthorId,
      at: r.Created,
    });
  }
  return out;
}

/** The highest event id per list the console has seen: member clients read only the lists that moved. */
export interface EventMark {
  speakers: number;
  proposals: number;
  attendance: number;
  conflicts: number;
}
export const NO_EVENTS: EventMark = { speakers: 0, proposals: 0, attendance: 0, conflicts: 0 };

export function parseMark(text: string | null | undefined): EventMark {
  try {
    const v = JSON.parse(text ?? '') as Partial<Record<'s' | 'p' | 'a' | 'c', unknown>>;
    const n = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : 0);
    return { speakers: n(v.s), proposals: n(v.p), attendance: n(v.a), conflicts: n(v.c) };
  } catch {
    return NO_EVENTS;
  }
}

/** Short keys: the column holds at most 255 characters. */
export const formatMark = (m: EventMark): string => JSON.stringify({ s: m.speakers, p: m.proposals, a: m.attendance, c: m.conflicts });

export const maxMark = (a: EventMark, b: EventMark): EventMark => ({
  speakers: Math.max(a.speakers, b.speakers),
  proposals: Math.max(a.proposals, b.proposals),
  attendance: Math.max(a.attendance, b.attendance),
  conflicts: Math.max(a.conflicts, b.conflicts),
});

export const markCovers = (a: EventMark, b: EventMark): boolean =>
  a.speakers >= b.speakers && a.proposals >= b.proposals && a.attendance >= b.attendance && a.conflicts >= b.conflicts;

/** One meeting's live state (`Lists/LiveState`), as members poll it. */
export interface LiveState {
  id: number;
  etag: string;
  revision: number;
  phase: LivePhase;
  currentItemId: number | null;
  /** The request given the floor (its id in `Lists/SpeakerRequests`). */
  currentSpeakerId: number | null;
  /** The vote on screen: open, or just closed with its result. */
  openVoteId: number | null;
  /** Ballots cast so far in the open vote, as the console counted them (counts only, never choices). */
  turnout: number | null;
  /** Moves with every write of the console to `Lists/Votes`: clients then read the item's decision steps. */
  voteMark: number;
  mark: EventMark;
  /** Server time of the last write. */
  modified: string;
  authorId: number;
  editorId: number;
}

export interface RawLiveRow {
  Id: number;
  MeetingId: number;
  Phase: string;
  CurrentItem: number | null;
  CurrentSpeaker: number | null;
  OpenVote: number | null;
  Turnout?: number | null;
  VoteMark?: number | null;
  Revision: number | null;
  EventMark: string | null;
  Modified: string;
  AuthorId: number;
  EditorId: number;
  'odata.etag'?: string;
  __metadata?: { etag?: string };
}
/** What a member's poll reads: small, every 2 s (DESIGN §5). */
export const LIVE_FIELDS = [
  'Id',
  'MeetingId',
  'Phase',
  'CurrentItem',
  'CurrentSpeaker',
  'OpenVote',
  'Turnout',
  'VoteMark',
  'Revision',
  'EventMark',
  'Modified',
  'AuthorId',
  'EditorId',
];

export function toLiveState(r: RawLiveRow): LiveState {
  return {
    id: r.Id,
    etag: r['odata.etag'] ?? r.__metadata?.etag ?? '*',
    revision: r.Revision ?? 0,
    phase: livePhase.toCode(r.Phase) ?? 'NotStarted',
    currentItemId: r.CurrentItem ?? null,
    currentSpeakerId: r.CurrentSpeaker ?? null,
    openVoteId: r.OpenVote ?? null,
    turnout: r.Turnout ?? null,
    voteMark: r.VoteMark ?? 0,
    mark: parseMark(r.EventMark),
    modified: r.Modified,
    authorId: r.AuthorId,
    editorId: r.EditorId,
  };
}

export interface RawDebateBody {
  Id: number;
  SubstitutesMaySpeak: boolean | null;
  MaxRepliesPerSpeech: number | null;
  ReplySeconds: number | null;
  RejoinderSeconds: number | null;
  SpeechSeconds: number | null;
  EliminationTieByLot?: boolean | null;
  ClerksId: number[] | { results: number[] } | null;
}
export const DEBATE_BODY_FIELDS = [
  'Id',
  'SubstitutesMaySpeak',
  'MaxRepliesPerSpeech',
  'ReplySeconds',
  'RejoinderSeconds',
  'SpeechSeconds',
  'EliminationTieByLot',
  'ClerksId',
];

export function toDebateRules(b: RawDebateBody): DebateRules {
  const n = (v: number | null, d: number) => (typeof v === 'number' && v >= 0 ? v : d);
  return {
    maxRepliesPerSpeech: n(b.MaxRepliesPerSpeech, 2),
    speechSeconds: n(b.SpeechSeconds, 0),
    replySeconds: n(b.ReplySeconds, 120),
    answerSeconds: n(b.RejoinderSeconds, 60),
    substitutesMaySpeak: Boolean(b.SubstitutesMaySpeak),
    eliminationTieByLot: Boolean(b.EliminationTieByLot),
  };
}

export const clerkIdsOf = (b: RawDebateBody): number[] => (Array.isArray(b.ClerksId) ? b.ClerksId : (b.ClerksId?.results ?? []));
