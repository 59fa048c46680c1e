import { readClaimLines } from '../../../../src/domain/compensation/lines';
import type { ClaimLine } from '../../../../src/domain/compensation/types';

const lines: ClaimLine[] = [
  { kind: 'MeetingFee' },
  { kind: 'LostEarnings', minutes: 200, basis: { kind: 'FlatRate' } },
  { kind: 'LostEarnings', minutes: 60, basis: { kind: 'Certificate', hourlyAmount: 30000, certificate: 'intyg-1' } },
  { kind: 'Travel', from: 'Kiruna', to: 'Luleå', km: 340, means: { kind: 'OwnCar' } },
  { kind: 'Travel', from: 'Luleå', to: 'Kiruna', km: 340, means: { kind: 'Ticket', cost: 42000, receipt: null } },
  { kind: 'PerDiem', day: 'Half' },
  { kind: 'Childcare', cost: 50000, receipt: 'kvitto-2' },
  { kind: 'Other', description: 'Parkering', cost: 6000, receipt: 'kvitto-3' },
];

describe("a claim's stored lines", () => {
  it('reads back every kind of line exactly as written, from data or from its JSON text', () => {
    expect(readClaimLines(lines)).toEqual({ ok: true, lines });
    expect(readClaimLines(JSON.stringify(lines))).toEqual({ ok: true, lines });
  });

  it('drops values the rules do not know instead of carrying them into a record', () => {
    const withExtra = [{ kind: 'MeetingFee', status: 'Attesterad' }];
    expect(readClaimLines(withExtra)).toEqual({ ok: true, lines: [{ kind: 'MeetingFee' }] });
  });

  it('refuses the whole text when one line is not a line the rules know, and says which', () => {
    expect(readClaimLines([{ kind: 'MeetingFee' }, { kind: 'Bonus', cost: 100 }])).toEqual({ ok: false, index: 1 });
    expect(readClaimLines([{ kind: 'Travel', from: 'A', to: 'B', km: '40', means: { kind: 'OwnCar' } }])).toEqual({ ok: false, index: 0 });
    expect(readClaimLines([{ kind: 'LostEarnings', minutes: 60, basis: { kind: 'Certificate', hourlyAmount: 1 } }])).toEqual({
      ok: false,
      index: 0,
    });
    expect(readClaimLines([{ kind: 'PerDiem', day: 'Double' }])).toEqual({ ok: false, index: 0 });
    expect(readClaimLines('not json')).toEqual({ ok: false, index: null });
    expect(readClaimLines({ kind: 'MeetingFee' })).toEqual({ ok: false, index: null });
    expect(readClaimLines(Array.from({ length: 51 }, () => ({ kind: 'MeetingFee' })))).toEqual({ ok: false, index: null });
  });
});
