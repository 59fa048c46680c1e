import { speakerList } from '../../../../src/domain/live/speakers';
import type {
  DebateRules,
  ItemStanding,
  ProposalEvent,
  ProposalEventKind,
  ProposalKind,
  RequestKind,
  SpeakerEvent,
  SpeakerEventKind,
} from '../../../../src/domain/live/types';

/**
 * The live meeting's cases as a clerk tells them. Ids: members 101–105 serve, 106 is disqualified,
 * 201 a substitute present who does not serve, 300 a member of the public; 900 the clerk, 901 the chair.
 */
export const CLERK = 900;
export const CHAIR = 901;
export const ITEM = 12;
export const T0 = Date.parse('2026-12-09T09:00:00.000Z');
export const iso = (seconds: number): string => new Date(T0 + seconds * 1000).toISOString();

export function standing(o: { serving?: number[]; disqualified?: number[]; substitutes?: number[] } = {}): ItemStanding {
  const serving = new Set(o.serving ?? [101, 102, 103, 104, 105]);
  const disqualified = new Set(o.disqualified ?? [106]);
  const substitutes = new Set(o.substitutes ?? [201]);
  return {
    serving: (id) => serving.has(id),
    disqualified: (id) => disqualified.has(id),
    nonServingSubstitute: (id) => substitutes.has(id),
    isStaff: (id) => id === CLERK || id === CHAIR,
  };
}

export function debateRules(over: Partial<DebateRules> = {}): DebateRules {
  return {
    maxRepliesPerSpeech: 2,
    speechSeconds: 0,
    replySeconds: 120,
    answerSeconds: 60,
    substitutesMaySpeak: false,
    eliminationTieByLot: false,
    ...over,
  };
}

/** A speaker list written event by event; each event is 10 s after the one before unless `at` (seconds from T0) says otherwise. */
export function debate() {
  const events: SpeakerEvent[] = [];
  let clock = 0;
  const add = (
    kind: SpeakerEventKind,
    personId: number,
    o: { refersTo?: number | null; position?: number | null; authorId?: number; itemId?: number; at?: number; id?: number } = {},
  ): number => {
    clock = o.at ?? clock + 10;
    const id = o.id ?? events.length + 1;
    events.push({
      id,
      itemId: o.itemId ?? ITEM,
      kind,
      personId,
      authorId: o.authorId ?? personId,
      refersTo: o.refersTo ?? null,
      position: o.position ?? null,
      at: iso(clock),
    });
    return id;
  };
  type Opt = { authorId?: number; at?: number; itemId?: number; id?: number };
  return {
    events,
    ask: (personId: number, kind: RequestKind = 'Speech', refersTo: number | null = null, o: Opt = {}) =>
      add(kind, personId, { refersTo, ...o }),
    withdraw: (authorId: number, refersTo: number | null, personId = authorId) => add('Withdrawn', personId, { refersTo, authorId }),
    floor: (refersTo: number | null, o: Opt = {}) => add('FloorGiven', o.authorId ?? CHAIR, { refersTo, ...o }),
    end: (refersTo: number | null, o: Opt = {}) => add('SpeechEnded', o.authorId ?? CHAIR, { refersTo, ...o }),
    move: (refersTo: number, position: number | null, o: Opt = {}) => add('Moved', o.authorId ?? CHAIR, { refersTo, position, ...o }),
    remove: (refersTo: number, o: Opt = {}) => add('Removed', o.authorId ?? CHAIR, { refersTo, ...o }),
    close: (o: Opt = {}) => add('ListClosed', o.authorId ?? CHAIR, o),
    reopen: (o: Opt = {}) => add('ListOpened', o.authorId ?? CHAIR, o),
    /** Floor given and ended at once: a whole speech of `seconds`. */
    speak: (refersTo: number, seconds = 60) => {
      add('FloorGiven', CHAIR, { refersTo });
      add('SpeechEnded', CHAIR, { refersTo, at: clock + seconds });
    },
    list: (st: ItemStanding = standing(), r: DebateRules = debateRules(), itemId = ITEM) => speakerList(events, itemId, st, r),
  };
}

/** Proposals written event by event, 10 s apart. */
export function motions() {
  const events: ProposalEvent[] = [];
  let clock = 0;
  const add = (
    kind: ProposalEventKind,
    personId: number,
    o: Partial<Pick<ProposalEvent, 'proposalKind' | 'text' | 'refersTo' | 'unanimousConsent' | 'authorId' | 'itemId'>> = {},
  ): number => {
    clock += 10;
    const id = events.length + 1;
    events.push({
      id,
      itemId: o.itemId ?? ITEM,
      kind,
      proposalKind: o.proposalKind ?? null,
      text: o.text ?? null,
      refersTo: o.refersTo ?? null,
      unanimousConsent: o.unanimousConsent ?? false,
      personId,
      authorId: o.authorId ?? personId,
      at: iso(clock),
    });
    return id;
  };
  type Opt = { authorId?: number; unanimousConsent?: boolean; itemId?: number };
  return {
    events,
    make: (personId: number, proposalKind: ProposalKind | null, text: string | null = null, o: Opt = {}) =>
      add('Made', personId, { proposalKind, text, ...o }),
    support: (personId: number, refersTo: number | null, o: Opt = {}) => add('Supported', personId, { refersTo, ...o }),
    withdraw: (authorId: number, refersTo: number | null, o: Opt & { personId?: number } = {}) =>
      add('Withdrawn', o.personId ?? authorId, { refersTo, authorId, ...o }),
    change: (authorId: number, refersTo: number | null, text: string | null, o: Opt & { personId?: number } = {}) =>
      add('Changed', o.personId ?? authorId, { refersTo, text, authorId, ...o }),
    lock: (o: Opt = {}) => add('Locked', o.authorId ?? CHAIR, o),
  };
}
