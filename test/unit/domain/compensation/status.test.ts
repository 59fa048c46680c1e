import {
  addMonths,
  attestantsBy,
  claimState,
  type ClaimEvent,
  type ClaimEventKind,
  type ClaimStatusInput,
} from '../../../../src/domain/compensation/status';
import { BODY, CHAIR, CLAIMANT, CLERK, PAYROLL, RATES, setting } from './builders';

const MEMBER = 120;
let nextId = 1;
/** An event as the server stamps it; `at` is "DDTHH" in April 2026 (UTC), or a full ISO time. */
function ev(kind: ClaimEventKind, authorId: number, at: string, reason: string | null = null, claimId = 7): ClaimEvent {
  return { id: nextId++, claimId, kind, authorId, at: at.length === 5 ? `2026-04-${at}:00Z` : at, reason };
}

function state(events: ClaimEvent[], o: Partial<ClaimStatusInput> = {}) {
  return claimState({
    claim: { id: 7, claimantId: CLAIMANT, bodyId: BODY, date: '2026-03-10' },
    events,
    staff: { chairIds: [CHAIR], clerkIds: [CLERK], payrollIds: [PAYROLL] },
    settings: RATES,
    today: '2026-04-20',
    ...o,
  });
}
const ignored = (s: ReturnType<typeof claimState>) => s.ignored.map((i) => [i.event.kind, i.event.authorId, i.reason]);

describe('utkast → inskickad → attesterad → överförd till lön', () => {
  it('follows the trusted events', () => {
    const sent = ev('Sent', CLAIMANT, '01T09');
    expect(state([]).status).toBe('Draft');
    expect(state([sent]).status).toBe('Submitted');
    const attested = ev('Attested', CHAIR, '02T09');
    expect(state([sent, attested])).toMatchObject({ status: 'Attested', attested: { by: CHAIR, at: attested.at }, ignored: [] });
    const done = state([sent, attested, ev('Transferred', PAYROLL, '03T09')]);
    expect(done).toMatchObject({ status: 'TransferredToPayroll', transferredAt: '2026-04-03T09:00Z', firstSentAt: sent.at, ignored: [] });
  });

  it('takes the events in server order, not in the order they were read', () => {
    const events = [ev('Transferred', PAYROLL, '03T09'), ev('Attested', CHAIR, '02T09'), ev('Sent', CLAIMANT, '01T09')];
    expect(state(events)).toMatchObject({ status: 'TransferredToPayroll', ignored: [] });
  });

  it('a returned claim goes back to the claimant with the reason, and may be changed and sent again', () => {
    const events = [ev('Sent', CLAIMANT, '01T09'), ev('Returned', CHAIR, '02T09', 'Kvitto saknas för taxi.')];
    expect(state(events)).toMatchObject({ status: 'Returned', returned: { by: CHAIR, reason: 'Kvitto saknas för taxi.' } });
    const again = state([...events, ev('Edited', CLAIMANT, '03T09'), ev('Sent', CLAIMANT, '03T10'), ev('Attested', CHAIR, '04T09')]);
    expect(again).toMatchObject({ status: 'Attested', returned: null, firstSentAt: '2026-04-01T09:00Z', ignored: [] });
  });

  it('a return needs a reason', () => {
    const s = state([ev('Sent', CLAIMANT, '01T09'), ev('Returned', CHAIR, '02T09', '  ')]);
    expect(s.status).toBe('Submitted');
    expect(ignored(s)).toEqual([['Returned', CHAIR, { code: 'reasonMissing' }]]);
  });
});

describe('only those with the right count', () => {
  it('ignores a claimant attesting their own claim, even as the body’s chair', () => {
    const s = state([ev('Sent', CHAIR, '01T09'), ev('Attested', CHAIR, '02T09')], {
      claim: { id: 7, claimantId: CHAIR, bodyId: BODY, date: '2026-03-10' },
    });
    expect(s.status).toBe('Submitted');
    expect(ignored(s)).toEqual([['Attested', CHAIR, { code: 'ownClaim' }]]);
  });

  it('ignores an "attesterad" event a member wrote', () => {
    const s = state([ev('Sent', CLAIMANT, '01T09'), ev('Attested', MEMBER, '02T09'), ev('Returned', MEMBER, '02T10', 'Nej')]);
    expect(s).toMatchObject({ status: 'Submitted', attested: null });
    expect(ignored(s)).toEqual([
      ['Attested', MEMBER, { code: 'notAttestant' }],
      ['Returned', MEMBER, { code: 'notAttestant' }],
    ]);
  });

  it('follows the body’s attestant setting: chair, clerk or either', () => {
    const events = () => [ev('Sent', CLAIMANT, '01T09'), ev('Attested', CLERK, '02T09')];
    expect(ignored(state(events()))).toEqual([['Attested', CLERK, { code: 'notAttestant' }]]);
    const clerks = [...RATES, setting('compensation.attestant', 'sekreterare', { bodyId: BODY })];
    expect(state(events(), { settings: clerks })).toMatchObject({ status: 'Attested', attested: { by: CLERK } });
    expect(attestantsBy('ChairOrClerk', { chairIds: [CHAIR], clerkIds: [CLERK, CHAIR] })).toEqual([CHAIR, CLERK]);
  });

  it('without an attestant setting nobody attests, and the problem is listed', () => {
    const s = state([ev('Sent', CLAIMANT, '01T09'), ev('Attested', CHAIR, '02T09')], {
      settings: RATES.filter((r) => r.key !== 'compensation.attestant'),
    });
    expect(s.status).toBe('Submitted');
    expect(s.problems).toEqual([{ code: 'settingMissing', key: 'compensation.attestant', date: '2026-03-10', bodyId: BODY }]);
  });

  it('only the claimant sends or changes the claim', () => {
    const s = state([ev('Sent', CLERK, '01T09'), ev('Edited', CHAIR, '01T10')]);
    expect(s.status).toBe('Draft');
    expect(ignored(s)).toEqual([
      ['Sent', CLERK, { code: 'notClaimant' }],
      ['Edited', CHAIR, { code: 'notClaimant' }],
    ]);
  });

  it('only payroll transfers, and only an attested claim', () => {
    const s = state([ev('Sent', CLAIMANT, '01T09'), ev('Transferred', PAYROLL, '01T10'), ev('Transferred', CHAIR, '01T11')]);
    expect(s.status).toBe('Submitted');
    expect(ignored(s)).toEqual([
      ['Transferred', PAYROLL, { code: 'notAttested', status: 'Submitted' }],
      ['Transferred', CHAIR, { code: 'notPayroll' }],
    ]);
  });

  it('ignores steps out of order: attesting a draft, changing a sent claim', () => {
    const s = state([ev('Attested', CHAIR, '01T08'), ev('Sent', CLAIMANT, '01T09'), ev('Edited', CLAIMANT, '01T10')]);
    expect(s.status).toBe('Submitted');
    expect(ignored(s)).toEqual([
      ['Attested', CHAIR, { code: 'outOfOrder', status: 'Draft', kind: 'Attested' }],
      ['Edited', CLAIMANT, { code: 'outOfOrder', status: 'Submitted', kind: 'Edited' }],
    ]);
  });

  it('after the transfer to payroll nothing changes', () => {
    const done = [ev('Sent', CLAIMANT, '01T09'), ev('Attested', CHAIR, '02T09'), ev('Transferred', PAYROLL, '03T09')];
    const after = [ev('Edited', CLAIMANT, '04T09'), ev('Returned', CHAIR, '04T10', 'Fel belopp'), ev('Sent', CLAIMANT, '04T11')];
    const s = state([...done, ...after]);
    expect(s).toMatchObject({ status: 'TransferredToPayroll', returned: null, transferredAt: '2026-04-03T09:00Z' });
    expect(s.ignored.map((i) => i.reason.code)).toEqual(['afterTransfer', 'afterTransfer', 'afterTransfer']);
  });

  it('ignores events of another claim', () => {
    expect(ignored(state([ev('Sent', CLAIMANT, '01T09', null, 8)]))).toEqual([['Sent', CLAIMANT, { code: 'otherClaim', claimId: 8 }]]);
  });
});

describe('a late claim is flagged', () => {
  // duty 2026-01-15, four months: the last day is 2026-05-15 (Swedish date of the server's time)
  const claim = { id: 7, claimantId: CLAIMANT, bodyId: BODY, date: '2026-01-15' };
  const sentAt = (at: string, today = '2026-06-01') => state([ev('Sent', CLAIMANT, at)], { claim, today });

  it('sent on the last day is in time, the day after is late', () => {
    expect(sentAt('2026-05-15T21:30:00Z')).toMatchObject({ deadline: '2026-05-15', late: false });
    // 00:30 on 16 May in Stockholm
    expect(sentAt('2026-05-15T22:30:00Z')).toMatchObject({ deadline: '2026-05-15', late: true });
  });

  it('sent in time and returned, sent again after the deadline: not late', () => {
    const events = [
      ev('Sent', CLAIMANT, '2026-05-10T08:00:00Z'),
      ev('Returned', CHAIR, '2026-05-12T08:00:00Z', 'Ange km'),
      ev('Sent', CLAIMANT, '2026-05-20T08:00:00Z'),
    ];
    expect(state(events, { claim, today: '2026-06-01' })).toMatchObject({ status: 'Submitted', late: false });
  });

  it('a draft past its deadline is late already', () => {
    expect(state([], { claim, today: '2026-05-15' }).late).toBe(false);
    expect(state([], { claim, today: '2026-05-16' }).late).toBe(true);
  });

  it('from the body’s deadline setting, and no flag without one', () => {
    const six = [...RATES, setting('compensation.claimDeadlineMonths', '6', { bodyId: BODY })];
    expect(state([], { claim, today: '2026-06-01', settings: six })).toMatchObject({ deadline: '2026-07-15', late: false });
    const none = state([], { claim, today: '2027-01-01', settings: RATES.filter((r) => r.key !== 'compensation.claimDeadlineMonths') });
    expect(none).toMatchObject({ deadline: null, late: false });
    expect(none.problems).toEqual([{ code: 'settingMissing', key: 'compensation.claimDeadlineMonths', date: '2026-01-15', bodyId: BODY }]);
  });

  it('counts calendar months, to the month’s last day where it is shorter', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-10-15', 4)).toBe('2027-02-15');
  });
});
