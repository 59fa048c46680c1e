import { withStateFloor } from '../../../../src/domain/live/floorHint';
import { debate, iso } from './builders';

describe('the floor as the live state says, until its events are read', () => {
  it('gives the floor the state names to the waiting request, from the state’s server time', () => {
    const d = debate();
    const a = d.ask(101);
    const b = d.ask(102);
    const list = withStateFloor(d.list(), a, iso(100));
    expect(list.current).toMatchObject({ requestId: a, personId: 101, startedAt: iso(100), endedAt: null });
    expect(list.queue.map((r) => r.requestId)).toEqual([b]);
    expect(list.latestSpeechId).toBe(a);
  });

  it('ends the speech going on when the state names the next speaker or nobody', () => {
    const d = debate();
    const a = d.ask(101);
    const b = d.ask(102);
    d.floor(a);
    const next = withStateFloor(d.list(), b, iso(200));
    expect(next.current).toMatchObject({ requestId: b });
    expect(next.done).toEqual([expect.objectContaining({ requestId: a, endedAt: iso(200) })]);
    const nobody = withStateFloor(d.list(), null, iso(200));
    expect(nobody.current).toBeNull();
    expect(nobody.done.map((s) => s.requestId)).toEqual([a]);
  });

  it('changes nothing when the events already say the same, or the state names a request this client has not read', () => {
    const d = debate();
    const a = d.ask(101);
    d.floor(a);
    const list = d.list();
    expect(withStateFloor(list, a, iso(500))).toBe(list);
    expect(withStateFloor(list, 999, iso(500))).toBe(list);
  });

  it('lets the events win over a state that names a speech already over', () => {
    const d = debate();
    const a = d.ask(101);
    d.speak(a, 60);
    const list = d.list();
    expect(withStateFloor(list, a, iso(500))).toBe(list);
  });
});
