import { canRequest, canWithdraw } from '../../../../src/domain/live/speakers';
import type { SpeakerEventKind, SpeakerList } from '../../../../src/domain/live/types';
import { CHAIR, CLERK, debate, debateRules, ITEM, iso, standing } from './builders';

const order = (l: SpeakerList) => l.queue.map((r) => [r.kind, r.personId]);
const refusedCodes = (l: SpeakerList) => l.refused.map((r) => r.code);

describe('the order of the list', () => {
  it('takes speeches in the order asked, by server time then id, and ignores other items', () => {
    const d = debate();
    d.ask(103, 'Speech', null, { at: 30, id: 7 });
    d.ask(101, 'Speech', null, { at: 10, id: 9 });
    d.ask(102, 'Speech', null, { at: 30, id: 5 });
    d.ask(104, 'Speech', null, { at: 20, itemId: 13, id: 6 });
    const l = d.list();
    expect(l.itemId).toBe(ITEM);
    expect(order(l)).toEqual([
      ['Speech', 101],
      ['Speech', 102],
      ['Speech', 103],
    ]);
    expect(l.queue[0]).toMatchObject({ requestId: 9, askedAt: iso(10), onBehalf: false, refersTo: null });
    expect(d.list(standing(), debateRules(), 13).queue.map((r) => r.personId)).toEqual([104]);
  });

  it('puts points of order first, first come first served, without interrupting the speaker', () => {
    const d = debate();
    const a = d.ask(101);
    d.ask(102);
    d.floor(a);
    d.ask(103, 'PointOfOrder');
    d.ask(104, 'PointOfOrder');
    const l = d.list();
    expect(l.current).toMatchObject({ requestId: a, personId: 101, endedAt: null });
    expect(order(l)).toEqual([
      ['PointOfOrder', 103],
      ['PointOfOrder', 104],
      ['Speech', 102],
    ]);
  });

  it('during a reply, a point of order goes first but the reply goes on', () => {
    const d = debate();
    const a = d.ask(101);
    d.ask(104);
    d.floor(a);
    d.end(a);
    const r = d.ask(102, 'Reply', a);
    d.ask(105, 'Reply', a);
    d.floor(r);
    d.ask(103, 'PointOfOrder');
    const l = d.list();
    expect(l.current).toMatchObject({ requestId: r, kind: 'Reply', personId: 102 });
    expect(order(l)).toEqual([
      ['PointOfOrder', 103],
      ['Reply', 105],
      ['Speech', 104],
    ]);
  });

  it('takes replies to the latest speech before speeches, each followed at once by its answer', () => {
    const d = debate();
    const a = d.ask(101);
    d.ask(104);
    d.floor(a);
    const r1 = d.ask(102, 'Reply', a);
    const r2 = d.ask(103, 'Reply', a);
    d.ask(101, 'Answer', r2);
    expect(order(d.list())).toEqual([
      ['Reply', 102],
      ['Reply', 103],
      ['Answer', 101],
      ['Speech', 104],
    ]);
    d.ask(101, 'Answer', r1);
    expect(order(d.list())).toEqual([
      ['Reply', 102],
      ['Answer', 101],
      ['Reply', 103],
      ['Answer', 101],
      ['Speech', 104],
    ]);
    // once the reply is given, its answer is next
    d.end(a);
    d.floor(r1);
    expect(order(d.list()).slice(0, 2)).toEqual([
      ['Answer', 101],
      ['Reply', 103],
    ]);
  });

  it("applies the chair's moves among the waiting speeches", () => {
    const d = debate();
    const a = d.ask(101);
    const b = d.ask(102);
    const c = d.ask(103);
    d.move(c, 1);
    expect(d.list().queue.map((q) => q.requestId)).toEqual([c, a, b]);
    d.move(c, 99);
    expect(d.list().queue.map((q) => q.requestId)).toEqual([a, b, c]);
    d.move(b, 1);
    d.floor(b);
    // a later speech joins at the end; a move counts among the speeches still waiting
    const e = d.ask(104);
    d.move(e, 2);
    expect(d.list().queue.map((q) => q.requestId)).toEqual([a, e, c]);
  });

  it('refuses moves that make no sense, by a member, or without a place', () => {
    const d = debate();
    const a = d.ask(101);
    const b = d.ask(102);
    d.floor(a);
    const r = d.ask(103, 'Reply', a);
    d.move(b, 0);
    d.move(b, null);
    d.move(r, 1);
    d.move(a, 1);
    d.move(b, 1, { authorId: 102 });
    d.move(77, 1);
    expect(refusedCodes(d.list())).toEqual(['badPosition', 'badPosition', 'notASpeech', 'alreadySpoken', 'notStaff', 'unknownRequest']);
  });
});

describe('the floor', () => {
  it('starts a speech when the floor is given and ends it at the end, or when the next is given the floor', () => {
    const d = debate();
    const a = d.ask(101, 'Speech', null, { at: 5 });
    const b = d.ask(102, 'Speech', null, { at: 6 });
    const c = d.ask(103, 'Speech', null, { at: 7 });
    d.floor(a, { at: 100 });
    d.end(a, { at: 220 });
    d.floor(b, { at: 230 });
    d.floor(c, { at: 300 });
    const l = d.list();
    expect(l.done).toEqual([
      expect.objectContaining({ requestId: a, startedAt: iso(100), endedAt: iso(220) }),
      expect.objectContaining({ requestId: b, startedAt: iso(230), endedAt: iso(300) }),
    ]);
    expect(l.current).toMatchObject({ requestId: c, startedAt: iso(300), endedAt: null });
    expect(l.latestSpeechId).toBe(c);
    expect(l.queue).toEqual([]);
    expect(l.refused).toEqual([]);
  });

  it('refuses a forged FloorGiven by a member: nobody has the floor', () => {
    const d = debate();
    const a = d.ask(101);
    d.floor(a, { authorId: 101 });
    const l = d.list();
    expect(l.current).toBeNull();
    expect(l.queue.map((q) => q.requestId)).toEqual([a]);
    expect(l.refused).toEqual([{ eventId: 2, code: 'notStaff' }]);
  });

  it('refuses every staff-only act written by a member, and they change nothing', () => {
    const d = debate();
    const a = d.ask(101);
    d.floor(a);
    const b = d.ask(102);
    d.end(a, { authorId: 102 });
    d.remove(b, { authorId: 102 });
    d.close({ authorId: 103 });
    d.reopen({ authorId: 103 });
    const l = d.list();
    expect(refusedCodes(l)).toEqual(['notStaff', 'notStaff', 'notStaff', 'notStaff']);
    expect(l.current?.requestId).toBe(a);
    expect(l.queue.map((q) => q.requestId)).toEqual([b]);
    expect(l.open).toBe(true);
  });

  it('refuses giving the floor twice, to a withdrawn request, or to nothing; and ending a speech that is not going on', () => {
    const d = debate();
    const a = d.ask(101);
    const b = d.ask(102);
    d.withdraw(102, b);
    d.floor(a);
    d.floor(a);
    d.floor(b);
    d.floor(null);
    d.end(b);
    d.end(55);
    d.end(a);
    d.end(a);
    const l = d.list();
    expect(refusedCodes(l)).toEqual([
      'alreadySpoken',
      'requestWithdrawn',
      'unknownRequest',
      'notSpeaking',
      'unknownRequest',
      'notSpeaking',
    ]);
    expect(l.done.map((s) => s.requestId)).toEqual([a]);
  });

  it("strikes a waiting request as the chair's act, not a speech given", () => {
    const d = debate();
    const a = d.ask(101);
    const b = d.ask(102);
    d.floor(a);
    d.remove(b);
    d.remove(a);
    d.remove(b);
    const l = d.list();
    expect(l.removed.map((r) => r.requestId)).toEqual([b]);
    expect(l.withdrawn).toEqual([]);
    expect(l.queue).toEqual([]);
    expect(refusedCodes(l)).toEqual(['alreadySpoken', 'requestWithdrawn']);
  });

  it('refuses an event of a kind it does not know, without throwing', () => {
    const d = debate();
    d.ask(101, 'Bogus' as SpeakerEventKind as 'Speech', null, { authorId: CHAIR });
    expect(d.list().refused).toEqual([{ eventId: 1, code: 'unknownRequest' }]);
  });
});

describe('who may ask for the floor', () => {
  it('refuses people who do not serve on the item, and says why', () => {
    const d = debate();
    d.ask(300);
    d.ask(106);
    d.ask(201);
    const l = d.list();
    expect(l.queue).toEqual([]);
    expect(refusedCodes(l)).toEqual(['notServing', 'disqualified', 'substituteMayNotSpeak']);
  });

  it('lets a non-serving substitute speak where the body allows it', () => {
    const d = debate();
    d.ask(201);
    const l = d.list(standing(), debateRules({ substitutesMaySpeak: true }));
    expect(order(l)).toEqual([['Speech', 201]]);
    // the disqualified still may not, substitute or not
    expect(canRequest(l, 106, 'Speech', null, standing({ substitutes: [106] }), debateRules({ substitutesMaySpeak: true }))).toEqual({
      code: 'disqualified',
    });
  });

  it('counts a request staff wrote for a member, marked as such, and refuses one a member wrote for another', () => {
    const d = debate();
    d.ask(101, 'Speech', null, { authorId: CLERK });
    d.ask(102, 'Speech', null, { authorId: 103 });
    const l = d.list();
    expect(l.queue).toEqual([expect.objectContaining({ personId: 101, onBehalf: true })]);
    expect(l.refused).toEqual([{ eventId: 2, code: 'notStaff' }]);
  });

  it('keeps a given speech in history when the person no longer serves, but drops what they still wait for', () => {
    const d = debate();
    const a = d.ask(101);
    d.floor(a);
    d.end(a);
    const b = d.ask(101);
    // 101's link broke and the seat table no longer has them serving on the item
    const l = d.list(standing({ serving: [102, 103, 104, 105] }));
    expect(l.done.map((s) => [s.requestId, s.personId])).toEqual([[a, 101]]);
    expect(l.queue).toEqual([]);
    expect(l.refused).toEqual([{ eventId: b, code: 'notServing' }]);
  });
});

describe('speeches', () => {
  it('allows one waiting speech per person, and a new one once the first was given', () => {
    const d = debate();
    const a = d.ask(101);
    d.ask(101);
    expect(refusedCodes(d.list())).toEqual(['alreadyWaiting']);
    d.floor(a);
    d.ask(101);
    const l = d.list();
    expect(refusedCodes(l)).toEqual(['alreadyWaiting']);
    expect(order(l)).toEqual([['Speech', 101]]);
  });

  it('refuses speeches while the list is closed, but not replies, answers or points of order', () => {
    const d = debate();
    const a = d.ask(101);
    d.floor(a);
    d.close();
    d.ask(102);
    const r = d.ask(103, 'Reply', a);
    d.ask(101, 'Answer', r);
    d.ask(104, 'PointOfOrder');
    const closed = d.list();
    expect(closed.open).toBe(false);
    expect(refusedCodes(closed)).toEqual(['listClosed']);
    expect(order(closed)).toEqual([
      ['PointOfOrder', 104],
      ['Reply', 103],
      ['Answer', 101],
    ]);
    expect(canRequest(closed, 102, 'Speech', null, standing(), debateRules())).toEqual({ code: 'listClosed' });
    d.reopen();
    d.ask(102);
    expect(order(d.list()).at(-1)).toEqual(['Speech', 102]);
  });

  it('allows one waiting point of order per person', () => {
    const d = debate();
    d.ask(101, 'PointOfOrder');
    d.ask(101, 'PointOfOrder');
    expect(refusedCodes(d.list())).toEqual(['alreadyWaiting']);
  });
});

describe('replies (replik)', () => {
  function spoken() {
    const d = debate();
    const a = d.ask(101);
    const b = d.ask(102);
    d.floor(a);
    d.end(a);
    return { d, a, b };
  }

  it('refuses a reply to a reply, and to an answer', () => {
    const { d, a } = spoken();
    const r = d.ask(102, 'Reply', a);
    const ans = d.ask(101, 'Answer', r);
    d.ask(103, 'Reply', r);
    d.ask(104, 'Reply', ans);
    const l = d.list();
    expect(refusedCodes(l)).toEqual(['replyToReply', 'replyToReply']);
    expect(canRequest(l, 103, 'Reply', r, standing(), debateRules())).toEqual({ code: 'replyToReply' });
  });

  it('refers only to the latest speech: not an earlier one, not one still waiting', () => {
    const { d, a, b } = spoken();
    d.floor(b);
    d.ask(103, 'Reply', a);
    const c = d.ask(104);
    d.ask(103, 'Reply', c);
    const r = d.ask(103, 'Reply', b);
    const l = d.list();
    expect(l.latestSpeechId).toBe(b);
    expect(refusedCodes(l)).toEqual(['replyNotLatest', 'replyNotLatest']);
    expect(l.queue.map((q) => q.requestId)).toEqual([r, c]);
  });

  it("refuses a reply to one's own speech and to an unknown request", () => {
    const { d, a } = spoken();
    d.ask(101, 'Reply', a);
    d.ask(102, 'Reply', 999);
    d.ask(102, 'Reply', null);
    expect(refusedCodes(d.list())).toEqual(['replyToOwnSpeech', 'unknownRequest', 'unknownRequest']);
  });

  it('allows at most the set number of replies per person and speech, one waiting at a time', () => {
    const { d, a } = spoken();
    const r1 = d.ask(102, 'Reply', a);
    d.ask(102, 'Reply', a);
    d.speak(r1);
    const r2 = d.ask(102, 'Reply', a);
    d.speak(r2);
    d.ask(102, 'Reply', a);
    const l = d.list();
    expect(refusedCodes(l)).toEqual(['alreadyWaiting', 'tooManyReplies']);
    expect(canRequest(l, 102, 'Reply', a, standing(), debateRules())).toEqual({ code: 'tooManyReplies' });
    expect(canRequest(l, 103, 'Reply', a, standing(), debateRules())).toBeNull();
  });

  it('follows the body: where one reply per speech is allowed, the second is refused', () => {
    const { d, a } = spoken();
    const r1 = d.ask(102, 'Reply', a);
    d.speak(r1);
    d.ask(102, 'Reply', a);
    const one = debateRules({ maxRepliesPerSpeech: 1 });
    expect(refusedCodes(d.list(standing(), one))).toEqual(['tooManyReplies']);
    expect(refusedCodes(d.list())).toEqual([]);
  });

  it('lets a waiting reply lapse when the next speech begins', () => {
    const { d, a, b } = spoken();
    const r = d.ask(103, 'Reply', a);
    d.floor(b);
    d.floor(r);
    const l = d.list();
    expect(l.queue).toEqual([]);
    expect(l.lapsed.map((x) => x.requestId)).toEqual([r]);
    expect(l.current?.requestId).toBe(b);
    expect(refusedCodes(l)).toEqual(['replyNotLatest']);
  });

  it('takes a reply asked while the speech still goes on', () => {
    const d = debate();
    const a = d.ask(101);
    d.floor(a);
    d.ask(102, 'Reply', a);
    expect(order(d.list())).toEqual([['Reply', 102]]);
  });
});

describe('answers (genmäle)', () => {
  function replied() {
    const d = debate();
    const a = d.ask(101);
    d.floor(a);
    d.end(a);
    const r = d.ask(102, 'Reply', a);
    return { d, a, r };
  }

  it('are only for the speaker whose speech was replied to', () => {
    const { d, r } = replied();
    d.ask(103, 'Answer', r);
    d.ask(102, 'Answer', r);
    expect(refusedCodes(d.list())).toEqual(['answerNotSpeaker', 'answerNotSpeaker']);
    expect(canRequest(d.list(), 101, 'Answer', r, standing(), debateRules())).toBeNull();
  });

  it('refer to a reply, not a speech', () => {
    const { d, a } = replied();
    d.ask(101, 'Answer', a);
    d.ask(101, 'Answer', 999);
    expect(refusedCodes(d.list())).toEqual(['answerNotReply', 'unknownRequest']);
  });

  it('are one per reply, also after the first was given', () => {
    const { d, r } = replied();
    const ans = d.ask(101, 'Answer', r);
    d.ask(101, 'Answer', r);
    d.speak(r);
    d.speak(ans);
    d.ask(101, 'Answer', r);
    expect(refusedCodes(d.list())).toEqual(['answerTwice', 'answerTwice']);
  });

  it('fall with the reply: refused for a withdrawn reply, lapsed when the reply is withdrawn after', () => {
    const { d, r } = replied();
    const ans = d.ask(101, 'Answer', r);
    d.withdraw(102, r);
    d.ask(101, 'Answer', r);
    const l = d.list();
    expect(l.queue).toEqual([]);
    expect(l.lapsed.map((x) => x.requestId)).toEqual([ans]);
    expect(refusedCodes(l)).toEqual(['requestWithdrawn']);
  });

  it('are refused for a reply to an earlier speech once a later one began', () => {
    const { d, r } = replied();
    d.speak(r);
    const b = d.ask(103);
    d.floor(b);
    d.ask(101, 'Answer', r);
    expect(refusedCodes(d.list())).toEqual(['replyNotLatest']);
  });
});

describe('withdrawing a request', () => {
  it('takes it off the list, by the person or by staff for them', () => {
    const d = debate();
    const a = d.ask(101);
    const b = d.ask(102);
    const c = d.ask(103);
    d.withdraw(101, a);
    d.withdraw(CLERK, b, 102);
    const l = d.list();
    expect(l.queue.map((q) => q.requestId)).toEqual([c]);
    expect(l.withdrawn.map((q) => q.requestId)).toEqual([a, b]);
    expect(l.refused).toEqual([]);
  });

  it("refuses a member withdrawing someone else's request", () => {
    const d = debate();
    const a = d.ask(101);
    d.withdraw(102, a, 101);
    const l = d.list();
    expect(l.queue.map((q) => q.requestId)).toEqual([a]);
    expect(refusedCodes(l)).toEqual(['notOwnRequest']);
    expect(canWithdraw(l, 102, a, standing())).toEqual({ code: 'notOwnRequest' });
    expect(canWithdraw(l, 101, a, standing())).toBeNull();
    expect(canWithdraw(l, CHAIR, a, standing())).toBeNull();
  });

  it('refuses a withdrawal after the floor was given, and it changes nothing', () => {
    const d = debate();
    const a = d.ask(101);
    d.floor(a);
    const before = d.list();
    d.withdraw(101, a);
    const l = d.list();
    expect(l.current).toEqual(before.current);
    expect(l.withdrawn).toEqual([]);
    expect(refusedCodes(l)).toEqual(['alreadySpoken']);
    d.end(a);
    d.withdraw(CLERK, a, 101);
    expect(d.list().done.map((s) => s.requestId)).toEqual([a]);
    expect(refusedCodes(d.list())).toEqual(['alreadySpoken', 'alreadySpoken']);
  });

  it('refuses withdrawing twice or withdrawing nothing', () => {
    const d = debate();
    const a = d.ask(101);
    d.withdraw(101, a);
    d.withdraw(101, a);
    d.withdraw(101, 42);
    d.withdraw(101, null);
    expect(refusedCodes(d.list())).toEqual(['requestWithdrawn', 'unknownRequest', 'unknownRequest']);
    expect(canWithdraw(d.list(), 101, a, standing())).toEqual({ code: 'requestWithdrawn' });
  });

  it('lets the person ask again after withdrawing', () => {
    const d = debate();
    const a = d.ask(101);
    d.withdraw(101, a);
    const b = d.ask(101);
    expect(d.list().queue.map((q) => q.requestId)).toEqual([b]);
  });
});

describe('canRequest and the derivation agree', () => {
  it('refuses in advance exactly what the list would refuse', () => {
    const d = debate();
    const a = d.ask(101);
    d.floor(a);
    const cases: [number, 'Speech' | 'Reply' | 'Answer' | 'PointOfOrder', number | null][] = [
      [300, 'Speech', null],
      [201, 'Speech', null],
      [101, 'Reply', a],
      [102, 'Answer', a],
      [102, 'Reply', a],
      [103, 'PointOfOrder', null],
    ];
    for (const [person, kind, refersTo] of cases) {
      const before = canRequest(d.list(), person, kind, refersTo, standing(), debateRules());
      const id = d.ask(person, kind, refersTo);
      const after = d.list().refused.find((r) => r.eventId === id);
      expect(after?.code ?? null).toBe(before?.code ?? null);
    }
    expect(refusedCodes(d.list())).toEqual(['notServing', 'substituteMayNotSpeak', 'replyToOwnSpeech', 'answerNotReply']);
  });
});
