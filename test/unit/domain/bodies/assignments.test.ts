import { isValidOn, pastMeetingsFor, upcomingMeetingsFor } from '../../../../src/domain/bodies/assignments';
import type { Assignment } from '../../../../src/domain/bodies/types';
import type { Meeting } from '../../../../src/domain/meetings/types';

describe('assignments in force', () => {
  const a = (over: Partial<Assignment>): Assignment => ({
    id: 1,
    personId: 7,
    bodyId: 1,
    role: 'Member',
    position: null,
    party: 'S',
    substituteOrder: null,
    validFrom: '2026-10-15',
    validTo: null,
    ...over,
  });
  const m = (over: Partial<Meeting>): Meeting => ({
    id: 1,
    title: 'RF',
    bodyId: 1,
    start: '2026-12-01T08:00:00Z',
    end: '2026-12-01T15:00:00Z',
    location: 'Luleå',
    status: 'Notified',
    remoteAllowed: false,
    teamsJoinUrl: null,
    ...over,
  });

  it('counts both end dates as valid', () => {
    expect(isValidOn(a({ validTo: '2026-12-01' }), '2026-12-01')).toBe(true);
    expect(isValidOn(a({ validFrom: '2026-12-01' }), '2026-12-01')).toBe(true);
    expect(isValidOn(a({ validTo: '2026-11-30' }), '2026-12-01')).toBe(false);
  });
  it('lists upcoming meetings of bodies the person serves in, soonest first, and never cancelled ones', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    const meetings = [
      m({ id: 3, start: '2026-12-10T08:00:00Z', end: null }),
      m({ id: 2, start: '2026-12-01T08:00:00Z' }),
      m({ id: 4, bodyId: 2 }),
      m({ id: 5, status: 'Cancelled' }),
      m({ id: 6, start: '2026-11-20T08:00:00Z', end: '2026-11-20T12:00:00Z' }),
      m({ id: 7, start: '2026-11-24T08:00:00Z', end: '2026-11-24T15:00:00Z', status: 'InProgress' }),
    ];
    expect(upcomingMeetingsFor(meetings, [a({})], now).map((x) => x.id)).toEqual([7, 2, 3]);
  });
  it('leaves out meetings after the assignment ended and before it began', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    const meetings = [m({ id: 2, start: '2026-12-01T08:00:00Z' }), m({ id: 3, start: '2027-02-01T08:00:00Z' })];
    expect(upcomingMeetingsFor(meetings, [a({ validTo: '2026-12-31' })], now).map((x) => x.id)).toEqual([2]);
    expect(upcomingMeetingsFor(meetings, [a({ validFrom: '2027-01-01' })], now).map((x) => x.id)).toEqual([3]);
  });
  it('lists past meetings newest first, under assignments that have since ended, never cancelled or ongoing ones', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    const meetings = [
      m({ id: 1, start: '2026-09-01T08:00:00Z', end: '2026-09-01T12:00:00Z' }),
      m({ id: 2, start: '2026-11-20T08:00:00Z', end: '2026-11-20T12:00:00Z' }),
      m({ id: 3, start: '2026-11-10T08:00:00Z', end: '2026-11-10T12:00:00Z', status: 'Cancelled' }),
      m({ id: 4, start: '2026-11-24T08:00:00Z', end: '2026-11-24T15:00:00Z', status: 'InProgress' }),
      m({ id: 5, start: '2026-10-01T08:00:00Z', end: null }),
    ];
    // the person left the body on 2026-10-14 and came back on 2026-11-01
    const held = [a({ validFrom: '2022-10-15', validTo: '2026-10-14' }), a({ id: 2, validFrom: '2026-11-01' })];
    expect(pastMeetingsFor(meetings, held, now).map((x) => x.id)).toEqual([2, 5, 1]);
    expect(pastMeetingsFor(meetings, [a({ validFrom: '2026-11-01' })], now).map((x) => x.id)).toEqual([2]);
  });
});
