import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import { standaloneSp } from '../../../src/data/hosts/standalone';
import type { CompensationRepository, SentClaim } from '../../../src/data/compensation/types';
import type { ClaimLine } from '../../../src/domain/compensation/types';
import { groups } from '../../../src/data/schema/groups';
import { seededRegion } from '../../support/region';
import { answer, castRfMeeting, list, type MinutesCast } from '../minutes/cast';

const ANCHOR = '2026-12-01';

/** Compensation settings valid for every body from the start of the term, as payroll would enter them. */
const SETTINGS: [string, string][] = [
  ['compensation.baseFee', '64 879'],
  ['compensation.meetingFeeFullDay', '1 650'],
  ['compensation.meetingFeeHalfDay', '900'],
  ['compensation.halfDayThresholdHours', '4'],
  ['compensation.lostEarningsFlatRatePerHalfHour', '150'],
  ['compensation.lostEarningsDailyCap', '3 000'],
  ['compensation.lostEarningsMaxAnnualFeePercent', '40 %'],
  ['compensation.kilometreRate', '2,50'],
  ['compensation.minimumTravelKm', '10'],
  ['compensation.perDiemFullDay', '290'],
  ['compensation.perDiemHalfDay', '145'],
  ['compensation.claimDeadlineMonths', '6'],
  ['compensation.attestant', 'ordförande eller sekreterare'],
];

const car = (km: number): ClaimLine => ({ kind: 'Travel', from: 'Kiruna', to: 'Luleå', km, means: { kind: 'OwnCar' } });

/**
 * Claims through the real data code against the local tenant (issue #13, DESIGN §4): prefilled from
 * the recorded roll call, sent as a locked record, attested by the body's attestant and transferred by
 * payroll as events, and the attacks of the issue — a claim written as attested, an edit or a delete
 * after sending or transfer, an attestant's own claim, readers who are not the claimant, the body's
 * attestants or payroll — each refused by SharePoint or ignored by the status rule.
 */
describe('compensation claims against the local tenant', () => {
  let clock = new Date(`${ANCHOR}T09:00:00Z`);
  const at = (iso: string): void => {
    clock = new Date(iso);
  };
  const t = seededRegion(ANCHOR, { now: () => clock });
  let cast: MinutesCast;
  let payrollUpn = '';
  let meetingStart = '';
  let sent: SentClaim;

  const claims = async (who: Parameters<MinutesCast['services']>[0] | 'payroll'): Promise<CompensationRepository> =>
    who === 'payroll' ? (await t.servicesForUser(payrollUpn, () => clock)).compensation : (await cast.services(who)).compensation;
  const changedIds = async (sp: SPFI, key: 'Claims' | 'ClaimEvents'): Promise<number[]> =>
    // a list the person holds nothing in is denied as a whole (403): no change of it either
    (
      (await list(sp, key)
        .getChanges({ Add: true, Update: true, DeleteObject: true, Item: true })
        .catch((e: { status?: number }) => {
          if (e.status === 403 || e.status === 404) return [];
          throw e;
        })) as { ItemId: number }[]
    ).map((c) => c.ItemId);

  beforeAll(async () => {
    cast = await castRfMeeting(t, `${ANCHOR}T00:00:00Z`);
    payrollUpn = t.upn('payroll');
    const owner = cast.sp('owner');
    for (const [key, value] of SETTINGS)
      await list(owner, 'Settings').items.add({ Title: key, SettingKey: key, SettingValue: value, ValidFrom: '2022-01-01T00:00:00Z' });
    // the clerk's roll call: every RF member present from the start
    const [m] = await list(owner, 'Meetings').items.filter(`Id eq ${cast.meetingId}`).select('BodyId', 'StartTime', 'EndTime')<
      { BodyId: number; StartTime: string; EndTime: string }[]
    >();
    meetingStart = m.StartTime;
    const members = await list(owner, 'Assignments')
      .items.filter(`BodyId eq ${m.BodyId} and Role eq 'Ledamot'`)
      .select('PersonId')
      .top(500)<{ PersonId: number }[]>();
    const [b, run] = cast.sp('clerk').batched();
    const writes = [...new Set(members.map((x) => x.PersonId))].map((id) =>
      list(b, 'Attendance').items.add({ MeetingId: cast.meetingId, PersonId: id, AttendanceEvent: 'Närvarande' }),
    );
    await run();
    await Promise.all(writes);
  }, 120_000);

  it("prefills the member's claim from the recorded roll call of a past meeting", async () => {
    const p = await (await claims('member')).prefill(cast.meetingId);
    expect(p.draft.duty).toEqual({ kind: 'Meeting', meetingId: cast.meetingId });
    expect(p.draft.start).toBe(new Date(meetingStart).toISOString());
    expect(p.presence.minutes).toBeGreaterThan(0);
    expect(p.draft.dayKind).toBe(p.presence.minutes >= 240 ? 'Full' : 'Half');
    expect(p.draft.lines).toEqual([{ kind: 'MeetingFee' }]);
    expect(p.role).toBe('Member');
    // someone the roll call does not name gets no prefill
    await expect((await claims('lena')).prefill(cast.meetingId)).rejects.toMatchObject({ code: 'notPresentAtMeeting' });
  });

  it('sends a draft as a frozen record with the status Submitted, and deletes the draft', async () => {
    at(`${ANCHOR}T09:10:00Z`);
    const repo = await claims('member');
    const p = await repo.prefill(cast.meetingId);
    const draft = await repo.saveDraft({ ...p.draft, lines: [{ kind: 'MeetingFee' }, car(40)] });
    expect((await repo.myClaims()).drafts.map((d) => d.id)).toEqual([draft.id]);
    // the draft is the claimant's alone
    expect(await answer(list(cast.sp('outsider'), 'ClaimDrafts').items.getById(draft.id)())).toBe(404);

    sent = await repo.send(draft.id);
    expect(sent.claimantId).toBe(cast.id.member);
    expect(sent.state.status).toBe('Submitted');
    expect(sent.lines).toEqual([{ kind: 'MeetingFee' }, car(40)]);
    const fee = p.draft.dayKind === 'Full' ? 165000 : 90000;
    expect(sent.amounts).toEqual([
      { payable: true, amount: fee, capped: null },
      { payable: true, amount: 40 * 250, capped: null },
    ]);
    expect(sent.total).toBe(fee + 10000);
    expect(sent.settingsUsed.map((s) => s.key)).toEqual(expect.arrayContaining(['compensation.kilometreRate']));
    const mine = await repo.myClaims();
    expect(mine.drafts).toEqual([]);
    expect(mine.sent.map((c) => [c.id, c.state.status])).toEqual([[sent.id, 'Submitted']]);
  });

  it('refuses the claimant any edit or delete of a sent claim (403 from storage)', async () => {
    const mine = list(cast.sp('member'), 'Claims');
    expect(await answer(mine.items.getById(sent.id).update({ Lines: JSON.stringify([car(9999)]) }))).toBe(403);
    expect(await answer(mine.items.getById(sent.id).delete())).toBe(403);
    const [row] = await mine.items.filter(`Id eq ${sent.id}`).select('Lines', 'OData__UIVersionString')<
      { Lines: string; OData__UIVersionString: string }[]
    >();
    expect(JSON.parse(row.Lines)).toEqual(sent.lines);
    expect(row.OData__UIVersionString).toBe('1.0');
  });

  it('counts nothing a member writes past the client as attested', async () => {
    // a status or an attestant column does not exist any more: whoever writes one is refused
    const forged = list(cast.sp('member'), 'Claims').items.add({
      Title: 'Attesterat',
      BodyId: sent.bodyId,
      ClaimDate: `${sent.date}T00:00:00Z`,
      DayKind: 'Heldag',
      ClaimRole: 'Ledamot',
      Lines: JSON.stringify([car(9999)]),
      ClaimStatus: 'Attesterad',
      AttestantId: cast.id.chair,
    });
    expect(await answer(forged)).not.toBe('written');
    // a row written without them, and an event by the member: the row is at most sent, the event refused
    const raw = (await list(cast.sp('member'), 'Claims').items.add({
      Title: 'Eget',
      BodyId: sent.bodyId,
      ClaimDate: `${sent.date}T00:00:00Z`,
      DayKind: 'Heldag',
      ClaimRole: 'Ledamot',
      Lines: JSON.stringify([car(9999)]),
    })) as { Id: number };
    expect(await answer(list(cast.sp('member'), 'ClaimEvents').items.add({ ClaimId: raw.Id, ClaimEvent: 'Attesterad' }))).toBe(403);
    const mine = await (await claims('member')).myClaims();
    expect(mine.sent.find((c) => c.id === raw.Id)?.state.status).toBe('Submitted');
    expect(mine.sent.every((c) => c.state.status !== 'Attested')).toBe(true);
    // listing the claims locked the row written past the client: a clerk of another body no longer reads it
    expect(await answer(list(cast.sp('lena'), 'Claims').items.getById(raw.Id)())).toBe(404);
  });

  it("ignores an attestant's approval of their own claim", async () => {
    at(`${ANCHOR}T09:20:00Z`);
    const chair = await claims('chair');
    const p = await chair.prefill(cast.meetingId);
    const own = await chair.send((await chair.saveDraft(p.draft)).id);
    await expect(chair.attest(own.id)).rejects.toMatchObject({ code: 'ownClaimAttest' });
    // the chair may write events (they attest RF's claims), so past the client the row is stored
    const ev = (await list(cast.sp('chair'), 'ClaimEvents').items.add({ ClaimId: own.id, ClaimEvent: 'Attesterad' })) as { Id: number };
    const mine = (await chair.myClaims()).sent.find((c) => c.id === own.id)!;
    expect(mine.state.status).toBe('Submitted');
    expect(mine.state.ignored.map((i) => [i.event.id, i.reason.code])).toEqual([[ev.Id, 'ownClaim']]);
    // and the clerk's queue holds it, as the chair's queue holds the member's but not the chair's own
    expect((await (await claims('clerk')).attestQueue()).map((c) => c.id)).toEqual(expect.arrayContaining([own.id, sent.id]));
    const chairQueue = (await chair.attestQueue()).map((c) => c.id);
    expect(chairQueue).toContain(sent.id);
    expect(chairQueue).not.toContain(own.id);
  });

  it("shows a claim to nobody but the claimant, the body's attestants and payroll — not in the change log either", async () => {
    for (const who of ['coSigner', 'outsider', 'lena'] as const) {
      const sp = cast.sp(who);
      expect((await list(sp, 'Claims').items.select('Id')<{ Id: number }[]>()).map((c) => c.Id)).not.toContain(sent.id);
      expect(await answer(list(sp, 'Claims').items.getById(sent.id)())).toBe(404);
      expect(await changedIds(sp, 'Claims')).not.toContain(sent.id);
      // plain members hold nothing in the events; a clerk of another body sees only events written
      // past the client and never locked (the chair's forged one above), none the repository wrote
      if (who !== 'lena') expect(await changedIds(sp, 'ClaimEvents')).toEqual([]);
      await expect((await claims(who)).attest(sent.id)).rejects.toMatchObject({ code: 'unknownClaim' });
    }
    for (const who of ['member', 'chair', 'clerk'] as const)
      expect((await list(cast.sp(who), 'Claims').items.select('Id')<{ Id: number }[]>()).map((c) => c.Id)).toContain(sent.id);
    const payroll = standaloneSp(t.siteUrl, () => t.token(payrollUpn));
    expect((await list(payroll, 'Claims').items.select('Id')<{ Id: number }[]>()).map((c) => c.Id)).toContain(sent.id);
  });

  it('is attested by the clerk, transferred by payroll, and after that nothing changes', async () => {
    at(`${ANCHOR}T10:00:00Z`);
    await (await claims('clerk')).attest(sent.id);
    const state = (await (await claims('member')).myClaims()).sent.find((c) => c.id === sent.id)!.state;
    expect(state.status).toBe('Attested');
    expect(state.attested?.by).toBe(cast.id.clerk);
    // the attestation is a record too: its writer cannot change or remove it
    const [ev] = await list(cast.sp('clerk'), 'ClaimEvents').items.filter(`ClaimId eq ${sent.id}`).select('Id')<{ Id: number }[]>();
    expect(await answer(list(cast.sp('clerk'), 'ClaimEvents').items.getById(ev.Id).update({ ClaimEvent: 'Återvisad' }))).toBe(403);
    expect(await answer(list(cast.sp('clerk'), 'ClaimEvents').items.getById(ev.Id).delete())).toBe(403);

    const payroll = await claims('payroll');
    await expect((await claims('clerk')).payrollPeriod('2026-12')).rejects.toMatchObject({ code: 'notPayrollStaff' });
    expect((await payroll.payrollPeriod('2026-12')).map((c) => c.id)).toEqual([sent.id]);
    await expect(payroll.markTransferred([sent.id, sent.id + 1000], '2026-12')).rejects.toMatchObject({ code: 'unknownClaim' });
    at(`${ANCHOR}T11:00:00Z`);
    await payroll.markTransferred([sent.id], '2026-12');
    expect(await payroll.payrollPeriod('2026-12')).toEqual([]);

    const member = list(cast.sp('member'), 'Claims');
    expect(await answer(member.items.getById(sent.id).update({ Lines: JSON.stringify([car(9999)]) }))).toBe(403);
    expect(await answer(member.items.getById(sent.id).delete())).toBe(403);
    await expect((await claims('clerk')).returnClaim(sent.id, 'Fel')).rejects.toMatchObject({ code: 'claimNotSubmitted' });
    // a return written past the client after the transfer does not count
    await list(cast.sp('clerk'), 'ClaimEvents').items.add({ ClaimId: sent.id, ClaimEvent: 'Återvisad', Reason: 'Fel' });
    const after = (await (await claims('member')).myClaims()).sent.find((c) => c.id === sent.id)!;
    expect(after.state.status).toBe('TransferredToPayroll');
    expect(Date.parse(after.state.transferredAt!)).toBe(Date.parse(`${ANCHOR}T11:00:00Z`));
    expect(await payroll.payrollPeriod('2026-12')).toEqual([]);
    // the attestation and the transfer: read by nobody else, not through the change log either
    const locked = (
      await list(cast.sp('clerk'), 'ClaimEvents').items.filter(`ClaimId eq ${sent.id}`).select('Id', 'ClaimEvent')<
        { Id: number; ClaimEvent: string }[]
      >()
    ).filter((e) => e.ClaimEvent !== 'Återvisad');
    expect(locked).toHaveLength(2);
    for (const who of ['coSigner', 'outsider', 'lena'] as const) {
      const seen = await changedIds(cast.sp(who), 'ClaimEvents');
      expect(locked.filter((e) => seen.includes(e.Id))).toEqual([]);
    }
  });

  it('sends a returned claim again as a new record that supersedes it', async () => {
    at(`${ANCHOR}T12:00:00Z`);
    const repo = await claims('member');
    const duty = {
      bodyId: sent.bodyId,
      duty: { kind: 'OtherDuty' as const, description: 'Studiebesök' },
      date: '2026-11-20',
      start: null,
      end: null,
      dayKind: 'Half' as const,
      lines: [car(5)],
      supersedes: null,
    };
    const first = await repo.send((await repo.saveDraft(duty)).id);
    // below the minimum distance: frozen as not payable, with the reason
    expect(first.amounts).toEqual([{ payable: false, reason: { code: 'belowMinimumDistance', km: 5, minimumKm: 10 } }]);
    await expect((await claims('clerk')).returnClaim(first.id, '  ')).rejects.toMatchObject({ code: 'returnReasonMissing' });
    await (await claims('clerk')).returnClaim(first.id, 'Avståndet är för kort; ange hela resan.');
    const again = await repo.send((await repo.saveDraft({ ...duty, lines: [car(60)], supersedes: first.id })).id);
    expect(again.state.status).toBe('Submitted');
    expect(again.supersedes).toBe(first.id);
    const mine = (await repo.myClaims()).sent;
    const old = mine.find((c) => c.id === first.id)!;
    expect(old.state.status).toBe('Returned');
    expect(old.state.returned?.reason).toBe('Avståndet är för kort; ange hela resan.');
    expect(old.supersededBy).toBe(again.id);
    await expect(repo.send((await repo.saveDraft({ ...duty, supersedes: first.id })).id)).rejects.toMatchObject({ code: 'alreadyResent' });
  });

  it('counts nothing on a claim its claimant kept control of past the client and changed after attestation', async () => {
    at(`${ANCHOR}T13:00:00Z`);
    const member = cast.sp('member');
    const owner = cast.sp('owner');
    const row = (await list(member, 'Claims').items.add({
      Title: 'Eget lås',
      BodyId: sent.bodyId,
      ClaimDate: `${sent.date}T00:00:00Z`,
      DayKind: 'Heldag',
      ClaimRole: 'Ledamot',
      Lines: JSON.stringify([{ kind: 'MeetingFee' }]),
    })) as { Id: number };
    // the member locks it themselves, keeping their own full control, and lets the clerk and payroll read it
    const item = list(member, 'Claims').items.getById(row.Id);
    await item.breakRoleInheritance(false, false);
    const read = (await owner.web.roleDefinitions.getByType(2)()).Id as number;
    const payrollGroup = (await owner.web.siteGroups.getByName(groups.Payroll.title)()).Id as number;
    await item.roleAssignments.add(cast.id.clerk, read);
    await item.roleAssignments.add(payrollGroup, read);

    const clerk = await claims('clerk');
    expect((await clerk.attestQueue()).map((c) => c.id)).toContain(row.Id);
    await clerk.attest(row.Id);
    expect((await (await claims('member')).myClaims()).sent.find((c) => c.id === row.Id)?.state.status).toBe('Attested');

    // then changes it: storage lets them (their own full control), the record no longer counts
    expect(await answer(item.update({ Lines: JSON.stringify([car(9999)]) }))).toBe('written');
    const changed = (await (await claims('member')).myClaims()).sent.find((c) => c.id === row.Id)!;
    expect(changed.recordChanged).toBe(true);
    expect(changed.state.status).toBe('Draft');
    expect((await (await claims('payroll')).payrollPeriod('2026-12')).map((c) => c.id)).not.toContain(row.Id);
    await expect((await claims('payroll')).markTransferred([row.Id], '2026-12')).rejects.toMatchObject({ code: 'claimRecordChanged' });
    // and cannot delete it from under its attestation
    expect(await answer(item.delete())).not.toBe('written');
  });
});
