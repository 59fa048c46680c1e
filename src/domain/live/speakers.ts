import { actsFor, byServerOrder, speakRefusal } from './standing';
import type { DebateRules, ItemStanding, ListedRequest, LiveRefusal, RequestKind, SpeakerEvent, SpeakerList, Speech } from './types';

/**
 * The speaker list of an item (DOMAIN §4), derived from the append-only events in
 * `Lists/SpeakerRequests`, in server order. Nothing throws: an event that does not count is
 * listed in `refused` with its code, and changes nothing.
 *
 * The queue: points of order first, in the order asked (they never interrupt the speaker);
 * then the replies to the latest speech in the order asked, each followed by its answer; then
 * the ordinary speeches in the order asked, as the chair has moved them.
 */

type Where = 'queue' | 'current' | 'done' | 'withdrawn' | 'removed' | 'lapsed';
type Status = 'waiting' | 'speaking' | 'done' | 'withdrawn' | 'removed';

const REQUEST_KINDS: ReadonlySet<string> = new Set<RequestKind>(['Speech', 'Reply', 'Answer', 'PointOfOrder']);

/** Where a request is on the list, or undefined if it never counted. */
function locate(list: SpeakerList, requestId: number | null): { req: ListedRequest; where: Where } | undefined {
  if (requestId === null) return undefined;
  if (list.current?.requestId === requestId) return { req: list.current, where: 'current' };
  const groups: [Where, readonly ListedRequest[]][] = [
    ['queue', list.queue],
    ['done', list.done],
    ['withdrawn', list.withdrawn],
    ['removed', list.removed],
    ['lapsed', list.lapsed],
  ];
  for (const [where, reqs] of groups) {
    const req = reqs.find((r) => r.requestId === requestId);
    if (req) return { req, where };
  }
  return undefined;
}

/** Requests that stand: waiting, going on or given. */
const standingRequests = (list: SpeakerList): ListedRequest[] => [...list.queue, ...(list.current ? [list.current] : []), ...list.done];

const refusal = (code: LiveRefusal['code']): LiveRefusal => ({ code });

/** The list's own rules for a new request, the person's standing aside. */
function listRefusal(
  list: SpeakerList,
  personId: number,
  kind: RequestKind,
  refersTo: number | null,
  rules: DebateRules,
): LiveRefusal | null {
  const waitingOwn = (k: RequestKind) => list.queue.some((r) => r.kind === k && r.personId === personId);
  switch (kind) {
    case 'Speech':
      // "streck i debatten": no new speeches, but replies and points of order still may be asked
      if (!list.open) return refusal('listClosed');
      return waitingOwn('Speech') ? refusal('alreadyWaiting') : null;
    case 'PointOfOrder':
      return waitingOwn('PointOfOrder') ? refusal('alreadyWaiting') : null;
    case 'Reply': {
      const target = locate(list, refersTo);
      if (!target) return refusal('unknownRequest');
      if (target.req.kind === 'Reply' || target.req.kind === 'Answer') return refusal('replyToReply');
      if (target.req.requestId !== list.latestSpeechId) return refusal('replyNotLatest');
      if (target.req.personId === personId) return refusal('replyToOwnSpeech');
      const mine = standingRequests(list).filter((r) => r.kind === 'Reply' && r.refersTo === refersTo && r.personId === personId);
      if (mine.length >= rules.maxRepliesPerSpeech) return refusal('tooManyReplies');
      return waitingOwn('Reply') ? refusal('alreadyWaiting') : null;
    }
    case 'Answer': {
      const reply = locate(list, refersTo);
      if (!reply) return refusal('unknownRequest');
      if (reply.req.kind !== 'Reply') return refusal('answerNotReply');
      const speech = locate(list, reply.req.refersTo);
      if (speech?.req.personId !== personId) return refusal('answerNotSpeaker');
      if (reply.where === 'withdrawn' || reply.where === 'removed') return refusal('requestWithdrawn');
      // a reply to an earlier speech is over once a later speech has begun, and so is its answer
      if (reply.req.refersTo !== list.latestSpeechId) return refusal('replyNotLatest');
      if (standingRequests(list).some((r) => r.kind === 'Answer' && r.refersTo === refersTo)) return refusal('answerTwice');
      return null;
    }
  }
}

/** Whether a person may ask for the floor now: the same checks the derivation applies, so the UI can explain before writing. */
export function canRequest(
  list: SpeakerList,
  personId: number,
  kind: RequestKind,
  refersTo: number | null,
  standing: ItemStanding,
  rules: DebateRules,
): LiveRefusal | null {
  return speakRefusal(personId, standing, rules) ?? listRefusal(list, personId, kind, refersTo, rules);
}

/** Whether the actor may take back the request: their own, or staff for anyone, and only before the floor is given. */
export function canWithdraw(list: SpeakerList, actorId: number, requestId: number, standing: ItemStanding): LiveRefusal | null {
  const found = locate(list, requestId);
  if (!found) return refusal('unknownRequest');
  if (found.req.personId !== actorId && !standing.isStaff(actorId)) return refusal('notOwnRequest');
  if (found.where === 'current' || found.where === 'done') return refusal('alreadySpoken');
  if (found.where === 'withdrawn' || found.where === 'removed') return refusal('requestWithdrawn');
  return null;
}

/** Why the chair's act on a request does not count: it must still be waiting. */
function notWaiting(found: { where: Where } | undefined): LiveRefusal | null {
  if (!found) return refusal('unknownRequest');
  if (found.where === 'current' || found.where === 'done') return refusal('alreadySpoken');
  if (found.where === 'withdrawn' || found.where === 'removed') return refusal('requestWithdrawn');
  if (found.where === 'lapsed') return refusal('replyNotLatest');
  return null;
}

interface State {
  itemId: number;
  open: boolean;
  /** Every request that counted, in the order asked (a Map keeps insertion order). */
  requests: Map<number, { req: ListedRequest; status: Status }>;
  /** The waiting ordinary speeches in the order they will be called. */
  speechOrder: number[];
  current: Speech | null;
  done: Speech[];
  latestSpeechId: number | null;
  refused: SpeakerList['refused'];
}

function view(s: State): SpeakerList {
  const all = [...s.requests.values()];
  const waiting = all.filter((r) => r.status === 'waiting').map((r) => r.req);
  const queue = waiting.filter((r) => r.kind === 'PointOfOrder');
  for (const { req, status } of all) {
    if (req.kind !== 'Reply' || req.refersTo !== s.latestSpeechId || status === 'withdrawn' || status === 'removed') continue;
    if (status === 'waiting') queue.push(req);
    // an answer follows its reply at once, also when asked while the reply goes on
    queue.push(...waiting.filter((a) => a.kind === 'Answer' && a.refersTo === req.requestId));
  }
  queue.push(...s.speechOrder.map((id) => s.requests.get(id)!.req));
  const queued = new Set(queue);
  const withStatus = (st: Status) => all.filter((r) => r.status === st).map((r) => r.req);
  return {
    itemId: s.itemId,
    open: s.open,
    current: s.current,
    queue,
    done: [...s.done],
    withdrawn: withStatus('withdrawn'),
    removed: withStatus('removed'),
    lapsed: waiting.filter((r) => !queued.has(r)),
    latestSpeechId: s.latestSpeechId,
    refused: [...s.refused],
  };
}

function endCurrent(s: State, at: string): void {
  if (!s.current) return;
  s.done.push({ ...s.current, endedAt: at });
  s.requests.get(s.current.requestId)!.status = 'done';
  s.current = null;
}

/** One event against the state so far; a refusal leaves the state as it was. */
function apply(s: State, e: SpeakerEvent, index: number, floorGivenAt: Map<number, number>, standing: ItemStanding, rules: DebateRules) {
  if (REQUEST_KINDS.has(e.kind)) {
    const kind = e.kind as RequestKind;
    const forged = actsFor(e, standing);
    if (forged) return forged;
    // eligibility binds requests still waiting; a speech the chair gave stays in history even if the person left since
    const given = (floorGivenAt.get(e.id) ?? -1) > index;
    const refused = (given ? null : speakRefusal(e.personId, standing, rules)) ?? listRefusal(view(s), e.personId, kind, e.refersTo, rules);
    if (refused) return refused;
    const refersTo = kind === 'Reply' || kind === 'Answer' ? e.refersTo : null;
    const req: ListedRequest = {
      requestId: e.id,
      kind,
      personId: e.personId,
      refersTo,
      askedAt: e.at,
      onBehalf: e.authorId !== e.personId,
    };
    s.requests.set(e.id, { req, status: 'waiting' });
    if (kind === 'Speech') s.speechOrder.push(e.id);
    return null;
  }
  if (e.kind === 'Withdrawn') {
    const refused = e.refersTo === null ? refusal('unknownRequest') : canWithdraw(view(s), e.authorId, e.refersTo, standing);
    if (refused) return refused;
    s.requests.get(e.refersTo!)!.status = 'withdrawn';
    s.speechOrder = s.speechOrder.filter((id) => id !== e.refersTo);
    return null;
  }
  // the chair's console: FloorGiven, SpeechEnded, Moved, Removed, ListClosed, ListOpened
  if (!standing.isStaff(e.authorId)) return refusal('notStaff');
  const found = locate(view(s), e.refersTo);
  switch (e.kind) {
    case 'ListClosed':
    case 'ListOpened':
      s.open = e.kind === 'ListOpened';
      return null;
    case 'FloorGiven': {
      const refused = notWaiting(found);
      if (refused) return refused;
      // giving the floor ends whatever speech was still going on at that instant
      endCurrent(s, e.at);
      const entry = s.requests.get(found!.req.requestId)!;
      entry.status = 'speaking';
      s.current = { ...entry.req, startedAt: e.at, endedAt: null };
      s.speechOrder = s.speechOrder.filter((id) => id !== entry.req.requestId);
      if (entry.req.kind === 'Speech') s.latestSpeechId = entry.req.requestId;
      return null;
    }
    case 'SpeechEnded':
      if (!found) return refusal('unknownRequest');
      if (found.where !== 'current') return refusal('notSpeaking');
      endCurrent(s, e.at);
      return null;
    case 'Moved': {
      if (!found) return refusal('unknownRequest');
      if (found.req.kind !== 'Speech') return refusal('notASpeech');
      const refused = notWaiting(found);
      if (refused) return refused;
      if (e.position === null || e.position < 1) return refusal('badPosition');
      const rest = s.speechOrder.filter((id) => id !== found.req.requestId);
      rest.splice(Math.min(e.position - 1, rest.length), 0, found.req.requestId);
      s.speechOrder = rest;
      return null;
    }
    case 'Removed': {
      const refused = notWaiting(found);
      // a lapsed reply may still be struck, so the console can clear it
      if (refused && found?.where !== 'lapsed') return refused;
      s.requests.get(found!.req.requestId)!.status = 'removed';
      s.speechOrder = s.speechOrder.filter((id) => id !== found!.req.requestId);
      return null;
    }
    default:
      return refusal('unknownRequest');
  }
}

export function speakerList(events: readonly SpeakerEvent[], itemId: number, standing: ItemStanding, rules: DebateRules): SpeakerList {
  const own = events.filter((e) => e.itemId === itemId).sort(byServerOrder);
  // request id → index of the first floor the chair gave it, so a given speech survives a later change of standing
  const floorGivenAt = new Map<number, number>();
  own.forEach((e, i) => {
    if (e.kind === 'FloorGiven' && e.refersTo !== null && standing.isStaff(e.authorId) && !floorGivenAt.has(e.refersTo)) {
      floorGivenAt.set(e.refersTo, i);
    }
  });
  const s: State = { itemId, open: true, requests: new Map(), speechOrder: [], current: null, done: [], latestSpeechId: null, refused: [] };
  own.forEach((e, i) => {
    const refused = apply(s, e, i, floorGivenAt, standing, rules);
    if (refused) s.refused.push({ eventId: e.id, code: refused.code });
  });
  return view(s);
}
