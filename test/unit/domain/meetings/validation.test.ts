import { validateMeeting, type MeetingPlan } from '../../../../src/domain/meetings/validation';

/** RF on 9 December 2026, 09:00–16:00 Swedish time; people 1–5 hold assignments in the body. */
const plan = (over: Partial<MeetingPlan> = {}): MeetingPlan => ({
  title: 'Regionfullmäktige',
  start: '2026-12-09T08:00:00.000Z',
  end: '2026-12-09T15:00:00.000Z',
  chairId: 1,
  coSignerIds: [2, 3],
  ...over,
});
const rf = { coSignerCount: 2, assigneeIds: new Set([1, 2, 3, 4, 5]) };
const codes = (p: MeetingPlan, body: Parameters<typeof validateMeeting>[1] = rf) => validateMeeting(p, body).map((x) => x.code);

describe('validating a meeting the clerk sets up', () => {
  it('accepts a complete meeting', () => {
    expect(validateMeeting(plan(), rf)).toEqual([]);
  });

  it('needs a title, not just spaces', () => {
    expect(validateMeeting(plan({ title: '  ' }), rf)).toEqual([{ code: 'titleMissing', field: 'title' }]);
  });

  it('keeps a date already passed only when the clerk confirms it', () => {
    const when = { today: '2026-12-10', day: '2026-12-09', pastConfirmed: false };
    expect(validateMeeting(plan(), rf, when)).toEqual([{ code: 'dateInPast', field: 'start' }]);
    expect(validateMeeting(plan(), rf, { ...when, pastConfirmed: true })).toEqual([]);
    expect(validateMeeting(plan(), rf, { ...when, today: '2026-12-09' })).toEqual([]);
  });

  it('co-signers are ordinary members unless the body allows substitutes', () => {
    const body = { ...rf, memberIds: new Set([1, 2, 4]) };
    expect(validateMeeting(plan({ coSignerIds: [3, 5] }), body)).toEqual([
      { code: 'coSignerNotMember', field: 'coSignerIds', personIds: [3, 5] },
    ]);
    expect(codes(plan({ coSignerIds: [2, 4] }), body)).toEqual([]);
    expect(codes(plan({ coSignerIds: [3, 5] }), { ...body, coSignersMayBeSubstitutes: true })).toEqual([]);
  });

  it('refuses an end at or before the start', () => {
    expect(codes(plan({ end: '2026-12-09T07:00:00.000Z' }))).toEqual(['endBeforeStart']);
    expect(codes(plan({ end: '2026-12-09T08:00:00.000Z' }))).toEqual(['endBeforeStart']);
  });

  it('says which time cannot be read, and then does not compare them', () => {
    expect(validateMeeting(plan({ start: 'soon', end: null }), rf)).toEqual([
      { code: 'timeInvalid', field: 'start' },
      { code: 'timeInvalid', field: 'end' },
    ]);
  });

  it('refuses more co-signers than the body has per meeting, with both numbers', () => {
    expect(validateMeeting(plan({ coSignerIds: [2, 3, 4] }), rf)).toEqual([
      { code: 'tooManyCoSigners', field: 'coSignerIds', allowed: 2, chosen: 3 },
    ]);
    expect(codes(plan({ coSignerIds: [2] }), { ...rf, coSignerCount: 1 })).toEqual([]);
  });

  it('refuses a co-signer listed twice', () => {
    expect(codes(plan({ coSignerIds: [2, 2] }))).toEqual(['coSignerTwice']);
  });

  it('refuses the chair as a co-signer: the chair signs as chair', () => {
    expect(codes(plan({ coSignerIds: [1, 2] }))).toEqual(['chairIsCoSigner']);
  });

  it('refuses a chair or co-signers without an assignment in the body on the day', () => {
    expect(codes(plan({ chairId: 9 }))).toEqual(['chairNotInBody']);
    expect(validateMeeting(plan({ coSignerIds: [2, 8] }), rf)).toEqual([
      { code: 'coSignerNotInBody', field: 'coSignerIds', personIds: [8] },
    ]);
  });

  it('leaves the chair and co-signers open', () => {
    expect(codes(plan({ chairId: null, coSignerIds: [] }))).toEqual([]);
  });

  it('lists every problem, in the order a clerk should fix them', () => {
    expect(codes(plan({ title: '', end: '2026-12-09T07:00:00.000Z', chairId: 9, coSignerIds: [9, 9, 8] }))).toEqual([
      'titleMissing',
      'endBeforeStart',
      'coSignerTwice',
      'tooManyCoSigners',
      'chairIsCoSigner',
      'chairNotInBody',
      'coSignerNotInBody',
    ]);
  });

  it('checks only the plan itself without the body, and skips membership without the assignees', () => {
    expect(validateMeeting(plan({ coSignerIds: [1, 2, 3] }))).toEqual([]);
    expect(codes(plan({ chairId: 9, coSignerIds: [9, 2, 8] }), { coSignerCount: 2 })).toEqual(['tooManyCoSigners', 'chairIsCoSigner']);
  });
});
