import {
  awaitingSignatureOf,
  lateSignings,
  openSigning,
  type SigningCase,
  type SigningVersion,
} from '../../../../src/domain/minutes/awaiting';
import type { Setting } from '../../../../src/domain/settings/settings';
import type { DesignatedSigners } from '../../../../src/domain/minutes/types';
import { BODY, CHAIR, CLERK, CO1, CO2, everyone, MEETING, MEMBER, MINUTES, sig, signers, sv, version } from './builders';

/** The meeting was on Tuesday 24 November 2026: with 14/10 days it is due on 8 December, reminders from 4 December. */
const T0 = '2026-11-24';
const setting = (key: string, value: string, o: Partial<Setting> = {}): Setting => ({
  key,
  value,
  bodyId: BODY,
  validFrom: '2022-10-15',
  validTo: null,
  ...o,
});
const SETTINGS: Setting[] = [setting('minutes.signingDays', '14'), setting('minutes.reminderDays', '10')];

const frozen = (n: number, s: DesignatedSigners = signers, minutesId = MINUTES): SigningVersion => ({
  ...version(n, { minutesId }),
  signers: s,
});
const doc = (o: Partial<SigningCase> = {}): SigningCase => ({
  minutesId: MINUTES,
  meetingId: MEETING,
  bodyId: BODY,
  lastMeetingDay: T0,
  versions: [frozen(1)],
  signatures: [],
  ...o,
});
const NOW = sv('2026-11-26', '10:00');
const mine = (personId: number, cases: SigningCase[], now = NOW, settings = SETTINGS) =>
  awaitingSignatureOf(personId, cases, settings, now);

describe('what awaits a signer (Att justera)', () => {
  it('lists the current version for every designated signer, in their role, with the deadline from the settings', () => {
    for (const [person, role] of [
      [CHAIR, 'chair'],
      [CO1, 'coSigner'],
      [CO2, 'coSigner'],
      [CLERK, 'secretary'],
    ] as const) {
      const [task] = mine(person, [doc()]);
      expect(task).toMatchObject({ minutesId: MINUTES, version: 1, roles: [role], status: 'pending', problems: [] });
      expect(task.deadline).toEqual({ lastMeetingDay: T0, remindOn: '2026-12-04', due: '2026-12-08' });
    }
  });

  it('shows nothing to a member who is not designated', () => {
    expect(mine(MEMBER, [doc()])).toEqual([]);
  });

  it('is pending before the reminder day, a reminder from day 10 to the last day, overdue after it (Swedish days)', () => {
    const statusAt = (date: string, time: string) => mine(CHAIR, [doc()], sv(date, time))[0].status;
    expect(statusAt('2026-12-03', '23:59')).toBe('pending');
    expect(statusAt('2026-12-04', '00:00')).toBe('remind');
    expect(statusAt('2026-12-08', '23:30')).toBe('remind');
    // 00:10 in Stockholm is still 8 December in UTC: the Swedish day decides
    expect(statusAt('2026-12-09', '00:10')).toBe('overdue');
  });

  it('disappears for the signer once they have signed, and stays for the others', () => {
    const cases = [doc({ signatures: [sig(CHAIR, 'chair', sv('2026-11-25', '09:00'))] })];
    expect(mine(CHAIR, cases)).toEqual([]);
    expect(mine(CO1, cases).map((t) => t.roles)).toEqual([['coSigner']]);
    expect(mine(CLERK, cases).map((t) => t.roles)).toEqual([['secretary']]);
  });

  it('comes back when a new version voids the signature, now on the new version', () => {
    const signedV1 = sig(CHAIR, 'chair', sv('2026-11-25', '09:00'));
    expect(mine(CHAIR, [doc({ signatures: [signedV1] })])).toEqual([]);
    const [task] = mine(CHAIR, [doc({ versions: [frozen(1), frozen(2)], signatures: [signedV1] })]);
    expect(task).toMatchObject({ version: 2, roles: ['chair'] });
  });

  it('is not taken off by a row someone else wrote in the signer’s role, nor by a signature of other bytes', () => {
    const forged = sig(MEMBER, 'chair', sv('2026-11-25', '08:00'));
    const otherBytes = sig(CHAIR, 'chair', sv('2026-11-25', '08:30'), { sha256: 'ab'.repeat(32) });
    expect(mine(CHAIR, [doc({ signatures: [forged, otherBytes] })]).map((t) => t.roles)).toEqual([['chair']]);
  });

  it('names each role once: a person designated as chair and secretary signs twice, a co-signer named twice once', () => {
    const twice: DesignatedSigners = { chairId: CHAIR, coSignerIds: [CO1, CO1], secretaryId: CHAIR };
    expect(mine(CHAIR, [doc({ versions: [frozen(1, twice)] })]).map((t) => t.roles)).toEqual([['chair', 'secretary']]);
    expect(mine(CO1, [doc({ versions: [frozen(1, twice)] })]).map((t) => t.roles)).toEqual([['coSigner']]);
    const asChair = sig(CHAIR, 'chair', sv('2026-11-25', '09:00'));
    expect(mine(CHAIR, [doc({ versions: [frozen(1, twice)], signatures: [asChair] })]).map((t) => t.roles)).toEqual([['secretary']]);
  });

  it('follows the signers frozen with the current version, not those of an earlier one', () => {
    const changed: DesignatedSigners = { ...signers, coSignerIds: [CO1, MEMBER] };
    const cases = [doc({ versions: [frozen(1), frozen(2, changed)] })];
    expect(mine(CO2, cases)).toEqual([]);
    expect(mine(MEMBER, cases)).toMatchObject([{ version: 2, roles: ['coSigner'] }]);
  });

  it('has nothing once every signer has signed, nor for a document without a version', () => {
    expect(mine(CLERK, [doc({ signatures: everyone('2026-11-25') })])).toEqual([]);
    expect(mine(CHAIR, [doc({ versions: [] })])).toEqual([]);
  });

  it('shows a missing setting as a problem and no deadline, never a default', () => {
    const [task] = mine(CHAIR, [doc()], NOW, [setting('minutes.signingDays', '14')]);
    expect(task).toMatchObject({ deadline: null, status: null, roles: ['chair'] });
    expect(task.problems).toEqual([{ code: 'settingMissing', key: 'minutes.reminderDays', date: T0, bodyId: BODY }]);
    expect(
      mine(CHAIR, [doc()], NOW, [setting('minutes.signingDays', 'fjorton'), setting('minutes.reminderDays', '10')])[0].problems,
    ).toEqual([{ code: 'settingUnreadable', key: 'minutes.signingDays', value: 'fjorton' }]);
  });

  it("takes the body's settings in force on the meeting's last day, the body's own before every body's", () => {
    const settings = [
      setting('minutes.signingDays', '21', { bodyId: null }),
      setting('minutes.reminderDays', '10', { bodyId: null }),
      setting('minutes.signingDays', '14', { validTo: '2026-11-30' }),
      setting('minutes.signingDays', '7', { validFrom: '2026-12-01' }),
    ];
    expect(mine(CHAIR, [doc()], NOW, settings)[0].deadline?.due).toBe('2026-12-08');
    expect(mine(CHAIR, [doc({ lastMeetingDay: '2026-12-01' })], NOW, settings)[0].deadline?.due).toBe('2026-12-08');
    // another body has no row of its own: every body's row holds
    expect(mine(CHAIR, [doc({ bodyId: 2 })], NOW, settings)[0].deadline?.due).toBe('2026-12-15');
  });

  it('puts the soonest deadline first, and those without one last', () => {
    const early = doc({ minutesId: 5, lastMeetingDay: '2026-11-10', versions: [frozen(1, signers, 5)] });
    const unset = doc({ minutesId: 6, bodyId: 3, versions: [frozen(1, signers, 6)] });
    expect(mine(CHAIR, [unset, doc(), early]).map((t) => [t.minutesId, t.status])).toEqual([
      [5, 'overdue'],
      [MINUTES, 'pending'],
      [6, null],
    ]);
  });
});

describe('late signings (for the body’s clerks)', () => {
  const serves = (bodyId: number) => bodyId === BODY;

  it('lists documents past the reminder day with who has not signed, only for the bodies served', () => {
    const cases = [
      doc({ signatures: [sig(CHAIR, 'chair', sv('2026-11-25', '09:00'))] }),
      doc({ minutesId: 7, bodyId: 2, versions: [frozen(1, signers, 7)] }),
    ];
    expect(lateSignings(cases, SETTINGS, sv('2026-12-03', '12:00'), serves)).toEqual([]);
    const late = lateSignings(cases, SETTINGS, sv('2026-12-09', '12:00'), serves);
    expect(late.map((l) => [l.minutesId, l.status])).toEqual([[MINUTES, 'overdue']]);
    expect(late[0].missing).toEqual([
      { role: 'coSigner', personId: CO1 },
      { role: 'coSigner', personId: CO2 },
      { role: 'secretary', personId: CLERK },
    ]);
    expect(lateSignings(cases, SETTINGS, sv('2026-12-05', '12:00'), serves).map((l) => l.status)).toEqual(['remind']);
  });

  it('leaves out what is signed, and lists what has no deadline so the settings can be fixed', () => {
    expect(lateSignings([doc({ signatures: everyone('2026-11-25') })], SETTINGS, sv('2026-12-20', '12:00'), serves)).toEqual([]);
    const [unset] = lateSignings([doc()], [], NOW, serves);
    expect(unset).toMatchObject({ status: null, deadline: null });
    expect(unset.problems.map((p) => p.key)).toEqual(['minutes.signingDays', 'minutes.reminderDays']);
  });

  it('is the same document state for signers and clerks', () => {
    const c = doc({ signatures: [sig(CO1, 'coSigner', sv('2026-11-25', '09:00'))] });
    expect(openSigning(c, SETTINGS, NOW)?.missing.map((p) => p.personId)).toEqual([CHAIR, CO2, CLERK]);
  });
});
