import { meetingLastDay } from '../../../src/domain/minutes/deadlines';
import { addDays, stockholmToUtc } from '../../../src/domain/time/swedishTime';
import type { LateSigningToDo, MyOverview, SignToDo } from '../../../src/data/services';
import { seededRegion } from '../../support/region';
import { castRfMeeting, list, pdf, type MinutesCast, type Who } from './cast';

const ANCHOR = '2026-12-01';

/**
 * "Att justera" on the overview (issue #12), through the real data code against the seeded region:
 * the body's settings give the deadline (14 days, reminders from day 10), the frozen signers decide
 * who sees what, and the overview is still one SharePoint `$batch`.
 */
describe('minutes to sign on the overview', () => {
  let clock = new Date(`${ANCHOR}T07:00:00Z`);
  const t = seededRegion(ANCHOR, { now: () => clock });
  let cast: MinutesCast;
  let t0 = '';
  let docId = 0;
  /** Stockholm wall-clock time `days` after the meeting's last day. */
  const dayAfter = (days: number, time = '09:00'): Date => stockholmToUtc(addDays(t0, days), time);

  /** The person's overview, asserting it took exactly one request: a `$batch`. */
  const overview = async (who: Who): Promise<MyOverview> => {
    const services = await cast.services(who);
    const before = t.tenant.requests.last();
    const o = await services.meetings.myOverview(3);
    const sent = t.tenant.requests.since(before);
    expect(sent.map((r) => [r.method, r.path.endsWith('/_api/$batch'), r.status])).toEqual([['POST', true, 200]]);
    expect(o.toDoError).toBeNull();
    return o;
  };
  const toSign = async (who: Who): Promise<SignToDo[]> =>
    (await overview(who)).toDo.filter((x): x is SignToDo => x.kind === 'sign' && x.meetingId === cast.meetingId);
  const late = async (who: Who): Promise<LateSigningToDo[]> =>
    (await overview(who)).toDo.filter((x): x is LateSigningToDo => x.kind === 'lateSigning' && x.meetingId === cast.meetingId);

  beforeAll(async () => {
    cast = await castRfMeeting(t, `${ANCHOR}T00:00:00Z`);
    const m = await (await cast.services('clerk')).meeting.get(cast.meetingId);
    t0 = meetingLastDay(m);
    clock = dayAfter(1, '08:00');
  }, 60_000);

  it('lists nothing before a version is frozen', async () => {
    expect(await toSign('chair')).toEqual([]);
    expect(await late('clerk')).toEqual([]);
  });

  it("lists the frozen version for each signer in their role, with the deadline from the body's settings", async () => {
    const frozen = await (
      await cast.minutes('clerk')
    ).freezeVersion(cast.meetingId, pdf('Protokoll RF för justering'), {
      sections: [1, 2],
      immediate: false,
    });
    docId = frozen.minutesId;
    clock = dayAfter(2);
    const [chair] = await toSign('chair');
    expect(chair).toMatchObject({
      kind: 'sign',
      minutesId: docId,
      version: 1,
      roles: ['chair'],
      bodyName: 'Regionfullmäktige',
      due: addDays(t0, 14),
      status: 'pending',
      settingProblems: [],
      url: `#/sammantrade/${cast.meetingId}/protokoll`,
    });
    expect((await toSign('member')).map((x) => x.roles)).toEqual([['coSigner']]);
    expect((await toSign('coSigner')).map((x) => x.roles)).toEqual([['coSigner']]);
    // the clerk who froze it is the secretary
    expect((await toSign('clerk')).map((x) => x.roles)).toEqual([['secretary']]);
    // an RF member designated for nothing reads the minutes but has nothing to sign; a substitute does not even see them
    for (const who of ['outsider', 'substitute', 'lena'] as const) expect(await toSign(who)).toEqual([]);
    // nothing is late yet
    expect(await late('clerk')).toEqual([]);
  });

  it('takes the document off the chair’s list once the chair has signed; it stays for the co-signers', async () => {
    clock = dayAfter(3);
    await (await cast.minutes('chair')).sign(docId, 1);
    expect(await toSign('chair')).toEqual([]);
    expect((await toSign('coSigner')).map((x) => [x.minutesId, x.version])).toEqual([[docId, 1]]);
    expect((await toSign('member')).map((x) => x.roles)).toEqual([['coSigner']]);
  });

  it('is not taken off by a row someone else wrote in the co-signer’s place', async () => {
    const frozen = (await (await cast.minutes('clerk')).get(cast.meetingId)).documents.find((d) => d.id === docId)!.versions[0];
    await list(cast.sp('outsider'), 'Signatures').items.add({
      MinutesDocumentId: docId,
      MeetingId: cast.meetingId,
      DocumentVersion: 1,
      DocumentHash: frozen.sha256,
      SignerRole: 'Justerare',
    });
    expect((await toSign('coSigner')).map((x) => x.roles)).toEqual([['coSigner']]);
    expect(await toSign('outsider')).toEqual([]);
  });

  it('marks a reminder from day 10 and overdue after day 14, and shows the clerk who has not signed', async () => {
    clock = dayAfter(10);
    expect((await toSign('member')).map((x) => x.status)).toEqual(['remind']);
    const [reminder] = await late('clerk');
    expect(reminder).toMatchObject({ status: 'remind', due: addDays(t0, 14) });
    expect(reminder.missing.map((p) => [p.role, p.personId])).toEqual([
      ['coSigner', cast.id.member],
      ['coSigner', cast.id.coSigner],
      ['secretary', cast.id.clerk],
    ]);
    expect(reminder.missing.every((p) => p.name)).toBe(true);

    clock = dayAfter(15);
    expect((await toSign('coSigner')).map((x) => x.status)).toEqual(['overdue']);
    expect((await late('clerk')).map((x) => x.status)).toEqual(['overdue']);
    // the site owners follow up every body; a clerk of another body and the signers themselves do not get the clerk's list
    expect((await late('owner')).map((x) => x.minutesId)).toEqual([docId]);
    for (const who of ['lena', 'member', 'chair'] as const) expect(await late(who)).toEqual([]);
  });

  it('puts the document back on the chair’s list when a new version voids the signature', async () => {
    await (
      await cast.minutes('clerk')
    ).freezeVersion(cast.meetingId, pdf('Protokoll RF för justering, § 2 rättad'), {
      sections: [1, 2],
      immediate: false,
    });
    expect((await toSign('chair')).map((x) => [x.minutesId, x.version, x.roles])).toEqual([[docId, 2, ['chair']]]);
  });

  it('shows a missing setting as a problem, not a default', async () => {
    const owner = cast.sp('owner');
    const rows = await list(owner, 'Settings').items.filter(`SettingKey eq 'minutes.signingDays'`).select('Id', 'BodyId').top(100)<
      { Id: number; BodyId: number }[]
    >();
    const bodyId = (await (await cast.services('clerk')).meeting.get(cast.meetingId)).bodyId;
    const rf = rows.find((r) => r.BodyId === bodyId)!;
    await list(owner, 'Settings').items.getById(rf.Id).delete();
    const [chair] = await toSign('chair');
    expect(chair).toMatchObject({ due: null, status: null });
    expect(chair.settingProblems).toEqual([{ code: 'settingMissing', key: 'minutes.signingDays', date: t0, bodyId }]);
    expect((await late('clerk')).map((x) => x.settingProblems.map((p) => p.key))).toEqual([['minutes.signingDays']]);
  });
});
