import { speakingTime, speechSeconds } from '../../../../src/domain/live/speakingTime';
import { debate, iso } from './builders';

const partyOf = (id: number) => (id === 101 || id === 102 ? 'S' : 'M');

/** Item 12: 101 speaks 120 s, 103 replies 45.5 s, 101 answers 30 s; 102 raises a point of order of 20 s. Item 13: 103 speaks and is still going. */
function meeting() {
  const d12 = debate();
  const a = d12.ask(101, 'Speech', null, { at: 0 });
  d12.floor(a, { at: 10 });
  const r = d12.ask(103, 'Reply', a, { at: 60 });
  d12.end(a, { at: 130 });
  d12.floor(r, { at: 140 });
  const ans = d12.ask(101, 'Answer', r, { at: 150 });
  d12.end(r, { at: 185.5 });
  d12.floor(ans, { at: 190 });
  d12.end(ans, { at: 220 });
  const p = d12.ask(102, 'PointOfOrder', null, { at: 230 });
  d12.floor(p, { at: 240 });
  d12.end(p, { at: 260 });
  const d13 = debate();
  const b = d13.ask(103, 'Speech', null, { at: 300, itemId: 13 });
  d13.floor(b, { at: 400, itemId: 13 });
  return [d12.list(), d13.list(undefined, undefined, 13)];
}

describe('speaking time', () => {
  it('counts speeches, replies, answers and points of order per person, party, item and meeting', () => {
    const t = speakingTime(meeting(), partyOf, iso(490));
    expect(t.byPerson.get(101)).toEqual({ seconds: 150, speeches: 1, replies: 0, answers: 1, pointsOfOrder: 0 });
    expect(t.byPerson.get(102)).toEqual({ seconds: 20, speeches: 0, replies: 0, answers: 0, pointsOfOrder: 1 });
    // a reply of 45.5 s is 45 whole seconds; the speech going on counts up to now (400 → 490)
    expect(t.byPerson.get(103)).toEqual({ seconds: 45 + 90, speeches: 1, replies: 1, answers: 0, pointsOfOrder: 0 });
    expect(t.byParty.get('S')).toEqual({ seconds: 170, speeches: 1, replies: 0, answers: 1, pointsOfOrder: 1 });
    expect(t.byParty.get('M')?.seconds).toBe(135);
    expect(t.byItem.get(12)).toEqual({ seconds: 215, speeches: 1, replies: 1, answers: 1, pointsOfOrder: 1 });
    expect(t.byItem.get(13)).toEqual({ seconds: 90, speeches: 1, replies: 0, answers: 0, pointsOfOrder: 0 });
    expect(t.meeting).toEqual({ seconds: 305, speeches: 2, replies: 1, answers: 1, pointsOfOrder: 1 });
  });

  it('grows with now only for the speech still going on', () => {
    const lists = meeting();
    const later = speakingTime(lists, partyOf, iso(600));
    expect(later.byItem.get(12)?.seconds).toBe(215);
    expect(later.byItem.get(13)?.seconds).toBe(200);
  });

  it('lists nobody who has not spoken, and is zero for a meeting without speeches', () => {
    const d = debate();
    d.ask(104);
    const t = speakingTime([d.list()], partyOf, iso(100));
    expect(t.byPerson.size).toBe(0);
    expect(t.byItem.size).toBe(0);
    expect(t.meeting).toEqual({ seconds: 0, speeches: 0, replies: 0, answers: 0, pointsOfOrder: 0 });
  });

  it('never counts negative time when a clock is behind', () => {
    const speech = { requestId: 1, kind: 'Speech' as const, personId: 101, refersTo: null, askedAt: iso(0), onBehalf: false };
    expect(speechSeconds({ ...speech, startedAt: iso(100), endedAt: null }, iso(50))).toBe(0);
    expect(speechSeconds({ ...speech, startedAt: iso(100), endedAt: iso(161.999) }, iso(0))).toBe(61);
  });
});
