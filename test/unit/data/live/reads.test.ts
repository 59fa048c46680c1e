import { trustedState } from '../../../../src/data/live/reads';
import type { RawLiveRow } from '../../../../src/data/live/raw';
import type { MeetingStaff } from '../../../../src/domain/live/staff';

/** The meeting is run by chair 901, vice chair 902 and clerk 900; 950 chairs another body, 101 is a member. */
const staff: MeetingStaff = { chairId: 901, viceChairIds: [902], clerkIds: [900] };

function row(Id: number, AuthorId: number, over: Partial<RawLiveRow> = {}): RawLiveRow {
  return {
    Id,
    MeetingId: 3,
    Phase: 'Upprop',
    CurrentItem: null,
    CurrentSpeaker: null,
    OpenVote: null,
    Revision: 1,
    EventMark: null,
    Modified: '2026-12-09T09:00:00Z',
    AuthorId,
    EditorId: AuthorId,
    ...over,
  };
}

describe('the trusted live state item', () => {
  it("is the item the meeting's staff created", () => {
    expect(trustedState([row(5, 900)], staff)).toMatchObject({ id: 5, authorId: 900, phase: 'RollCall' });
  });

  it("ignores an item another body's chair created first", () => {
    expect(trustedState([row(4, 950, { Phase: 'Avslutat' }), row(9, 901)], staff)).toMatchObject({ id: 9, phase: 'RollCall' });
  });

  it("ignores a member's item", () => {
    expect(trustedState([row(1, 101), row(2, 902)], staff)?.id).toBe(2);
  });

  it('of two staff items, the one with the lower id wins whatever the order returned', () => {
    expect(trustedState([row(12, 901), row(8, 900), row(3, 950)], staff)?.id).toBe(8);
  });

  it('counts each kind of staff: chair, vice chair, clerk', () => {
    for (const author of [901, 902, 900]) expect(trustedState([row(3, 950), row(6, author)], staff)?.id).toBe(6);
  });

  it('is null when no staff created one', () => {
    expect(trustedState([row(1, 950), row(2, 101)], staff)).toBeNull();
    expect(trustedState([], staff)).toBeNull();
  });

  it('does not reorder the rows it was given', () => {
    const rows = [row(12, 901), row(8, 900)];
    trustedState(rows, staff);
    expect(rows.map((r) => r.Id)).toEqual([12, 8]);
  });
});
