import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { isValidOn } from '../../domain/bodies/assignments';
import { trustFromStaff } from '../../domain/bodies/trust';
import { claimAmounts } from '../../domain/compensation/amounts';
import { readClaimLines } from '../../domain/compensation/lines';
import { prefillFromAttendance } from '../../domain/compensation/presence';
import { valueOn } from '../../domain/compensation/settings';
import { attestantsBy, claimState, type ClaimStaff } from '../../domain/compensation/status';
import { COMPENSATION_SETTINGS, type Claim, type Setting } from '../../domain/compensation/types';
import { detailsSeatTable } from '../repositories/detailsSeatTable';
import { swedishDate } from '../../domain/time/swedishTime';
import { guarded, toDataError } from '../errors';
import { assignmentRole, position } from '../mapping';
import { loadMeetingDetails } from '../repositories/meetingDetailsQuery';
import { clerkIdsOf } from '../repositories/raw';
import { portalPrincipals, setExactGrants, type Grant } from '../repositories/itemGrants';
import { SETTING_FIELDS, settingKeysFilter, toSetting, type RawSetting } from '../repositories/settingsRaw';
import { listUrl, type RepoContext } from '../repositories/site';
import { groups } from '../schema/groups';
import { DataError } from '../services';
import {
  CLAIM_EVENT_FIELDS,
  CLAIM_FIELDS,
  claimEventKind,
  dayKind,
  DRAFT_FIELDS,
  toClaimBase,
  toClaimEvents,
  toDraft,
  type RawClaim,
  type RawClaimEvent,
  type RawDraft,
} from './raw';
import { compensationRefusal } from './refusal';
import type { ClaimDraft, ClaimDraftInput, CompensationRepository, FrozenLineAmount, SentClaim } from './types';

/** Enough rows for a term's claims of one person, or of one pay run; paging past it is not done yet. */
const TOP = 5000;
/** Ids per `$filter` on the events' lookup, so the URL stays short. */
const IDS_PER_FILTER = 40;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

const isDate = (d: string): boolean => DATE.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));
const isTime = (t: string | null): boolean => t === null || !Number.isNaN(Date.parse(t));

export function createCompensationRepository(ctx: RepoContext): CompensationRepository {
  const me = (): number => ctx.user.siteUserId;
  const listOf = (key: 'ClaimDrafts' | 'Claims' | 'ClaimEvents') => ctx.sp.web.getList(listUrl(ctx, key));

  // ---- reads --------------------------------------------------------------------------------

  const settings = async (): Promise<Setting[]> => {
    const rows = await ctx.sp.web
      .getList(listUrl(ctx, 'Settings'))
      .items.filter(settingKeysFilter(Object.keys(COMPENSATION_SETTINGS)))
      .select(...SETTING_FIELDS)
      .top(TOP)<RawSetting[]>();
    return rows.map(toSetting).filter((s): s is Setting => s !== null);
  };

  /** The payroll group's members: who may transfer (the group's membership is visible to every site user). */
  const payrollIds = async (): Promise<number[]> =>
    (await ctx.sp.web.siteGroups.getByName(groups.Payroll.title).users.select('Id')<{ Id: number }[]>()).map((u) => u.Id);

  /** The body's clerks (as set on the body now) and its chairs by assignment on each date asked. */
  const bodyStaff = async (bodyIds: readonly number[]): Promise<Map<number, { clerkIds: number[]; chairs: ChairRow[] }>> => {
    const out = new Map<number, { clerkIds: number[]; chairs: ChairRow[] }>();
    const ids = [...new Set(bodyIds)];
    if (!ids.length) return out;
    const [b, run] = ctx.sp.batched();
    const parts = ids.map((id) => ({
      id,
      body: b.web.getList(listUrl(ctx, 'Bodies')).items.getById(id).select('Id', 'ClerksId')<{ Id: number; ClerksId: unknown }>(),
      chairs: b.web
        .getList(listUrl(ctx, 'Assignments'))
        .items.filter(`BodyId eq ${id} and Position eq '${position.toChoice('Chair')}'`)
        .select('PersonId', 'ValidFrom', 'ValidTo')
        .top(500)<ChairRow[]>(),
    }));
    await run();
    for (const p of parts) {
      const body = await p.body.catch(() => null);
      if (!body) continue;
      out.set(p.id, { clerkIds: clerkIdsOf(body as { ClerksId: number[] }), chairs: await p.chairs.catch(() => []) });
    }
    return out;
  };

  const staffOn = (
    staff: Map<number, { clerkIds: number[]; chairs: ChairRow[] }>,
    bodyId: number,
    date: string,
    payroll: number[],
  ): ClaimStaff => {
    const s = staff.get(bodyId);
    return {
      chairIds: (s?.chairs ?? []).filter((a) => isValidOn({ validFrom: a.ValidFrom, validTo: a.ValidTo }, date)).map((a) => a.PersonId),
      clerkIds: s?.clerkIds ?? [],
      payrollIds: payroll,
    };
  };

  const eventsOf = async (claimIds: readonly number[]): Promise<RawClaimEvent[]> => {
    const out: RawClaimEvent[] = [];
    for (let i = 0; i < claimIds.length; i += IDS_PER_FILTER) {
      const chunk = claimIds.slice(i, i + IDS_PER_FILTER);
      const rows = await listOf('ClaimEvents')
        .items.filter(chunk.map((id) => `ClaimId eq ${id}`).join(' or '))
        .select(...CLAIM_EVENT_FIELDS)
        .top(TOP)<RawClaimEvent[]>()
        .catch(noAccessIsNone);
      out.push(...rows);
    }
    return out;
  };

  /** Claim rows with their status from the trusted events, the staff and settings of their bodies. */
  const describe = async (rows: RawClaim[]): Promise<SentClaim[]> => {
    if (!rows.length) return [];
    const [events, all, staff, payroll] = await Promise.all([
      eventsOf(rows.map((r) => r.Id)),
      settings(),
      bodyStaff(rows.map((r) => r.BodyId)),
      payrollIds(),
    ]);
    const today = swedishDate(ctx.now());
    const supersededBy = new Map<number, number>();
    for (const r of rows) if (r.SupersedesClaim) supersededBy.set(r.SupersedesClaim, r.Id);
    return rows.map((r) => {
      const base = toClaimBase(r);
      const { events: trusted, changed } = toClaimEvents(r, events);
      const state = claimState({
        claim: { id: r.Id, claimantId: r.AuthorId, bodyId: base.bodyId, date: base.date },
        // a changed record counts for nothing: not even as sent
        events: base.recordChanged ? [] : trusted,
        staff: staffOn(staff, base.bodyId, base.date, payroll),
        settings: all,
        today,
      });
      // only a later claim of the same claimant supersedes
      const later = supersededBy.get(r.Id);
      const laterRow = later === undefined ? undefined : rows.find((x) => x.Id === later);
      return {
        ...base,
        state,
        supersededBy: laterRow && laterRow.AuthorId === r.AuthorId ? laterRow.Id : null,
        changedEventIds: changed,
      };
    });
  };

  const claimRows = (filter: string | null): Promise<RawClaim[]> => {
    const q = listOf('Claims')
      .items.select(...CLAIM_FIELDS)
      .expand('Author');
    return (filter ? q.filter(filter) : q).orderBy('Id', true).top(TOP)<RawClaim[]>();
  };

  /** One claim as the signed-in person may read it; a claim they may not read is unknown to them. */
  const oneClaim = async (claimId: number): Promise<SentClaim> => {
    if (!Number.isSafeInteger(claimId) || claimId <= 0) throw compensationRefusal('unknownClaim', `No claim ${claimId}.`);
    const rows = await claimRows(`Id eq ${claimId}`);
    const [claim] = await describe(rows);
    if (!claim) throw compensationRefusal('unknownClaim', `Claim ${claimId} does not exist or is not readable by user ${me()}.`);
    return claim;
  };

  const ownDraft = async (id: number): Promise<ClaimDraft> => {
    const rows =
      Number.isSafeInteger(id) && id > 0
        ? await listOf('ClaimDrafts')
            .items.filter(`Id eq ${id}`)
            .select(...DRAFT_FIELDS, 'AuthorId')<(RawDraft & { AuthorId: number })[]>()
        : [];
    const row = rows.find((r) => r.AuthorId === me());
    if (!row) throw compensationRefusal('unknownDraft', `User ${me()} has no draft ${id}.`);
    return toDraft(row);
  };

  // ---- checks -------------------------------------------------------------------------------

  const checkDraft = (d: ClaimDraftInput): void => {
    if (!isDate(d.date)) throw compensationRefusal('claimDateInvalid', `The claim's date ${d.date} is not a yyyy-MM-dd date.`);
    if (!isTime(d.start) || !isTime(d.end) || (d.start && d.end && d.end <= d.start))
      throw compensationRefusal('claimTimesInvalid', `The claim's times ${d.start}–${d.end} are not valid.`);
    if (!Number.isSafeInteger(d.bodyId) || d.bodyId <= 0) throw compensationRefusal('claimBodyMismatch', 'The claim names no body.');
    const lines = readClaimLines(d.lines);
    if (!lines.ok) throw compensationRefusal('claimLinesInvalid', `Line ${lines.index ?? '?'} of the claim is not one the rules know.`);
  };

  const draftValues = (d: ClaimDraftInput) => ({
    Title: titleOf(d),
    BodyId: d.bodyId,
    MeetingId: d.duty.kind === 'Meeting' ? d.duty.meetingId : null,
    ClaimDate: `${d.date}T00:00:00Z`,
    StartTime: d.start,
    EndTime: d.end,
    DayKind: dayKind.toChoice(d.dayKind),
    Lines: JSON.stringify(d.lines),
    SupersedesClaim: d.supersedes,
  });

  /** A meeting duty must be a meeting of the claim's body. */
  const checkMeetingBody = async (d: ClaimDraftInput): Promise<void> => {
    if (d.duty.kind !== 'Meeting') return;
    const m = await ctx.sp.web
      .getList(listUrl(ctx, 'Meetings'))
      .items.getById(d.duty.meetingId)
      .select('Id', 'BodyId')<{ Id: number; BodyId: number }>()
      .catch(() => null);
    if (!m || m.BodyId !== d.bodyId)
      throw compensationRefusal('claimBodyMismatch', `Meeting ${d.duty.meetingId} is not a meeting of body ${d.bodyId}.`);
  };

  // ---- writes -------------------------------------------------------------------------------

  /** Owners full control and exactly these site users and groups Read; the writer keeps only what `readers` gives them. */
  const lock = async (key: 'Claims' | 'ClaimEvents', itemId: number, readers: readonly number[]): Promise<void> => {
    const ids = await portalPrincipals(ctx);
    const grants: Grant[] = [[ids.owners, ids.full], ...[...new Set(readers)].map((p): Grant => [p, ids.read])];
    await setExactGrants(ctx, listUrl(ctx, key), itemId, grants, false);
  };

  const payrollGroupId = async (): Promise<number> =>
    (await ctx.sp.web.siteGroups.getByName(groups.Payroll.title).select('Id')<{ Id: number }>()).Id;

  /** Who reads a claim and its events: the claimant, the body's attestants by its rule on the duty's date, payroll. */
  const readersOf = async (claim: Pick<Claim, 'claimantId' | 'bodyId' | 'date'>, all: readonly Setting[]): Promise<number[]> => {
    const rule = valueOn(all, 'compensation.attestant', claim.date, claim.bodyId);
    if (!rule.ok) throw compensationRefusal('compensationSettingMissing', `Body ${claim.bodyId} has no attestant rule on ${claim.date}.`);
    const staff = staffOn(await bodyStaff([claim.bodyId]), claim.bodyId, claim.date, []);
    const attestants = attestantsBy(rule.value, staff).filter((id) => id !== claim.claimantId);
    if (!attestants.length) throw compensationRefusal('noAttestants', `Body ${claim.bodyId} has nobody who attests its claims.`);
    return [claim.claimantId, ...attestants, await payrollGroupId()];
  };

  const writeEvent = async (
    claim: SentClaim,
    kind: 'Attested' | 'Returned' | 'Transferred',
    extra: { Reason?: string; PayPeriod?: string },
  ) => {
    const all = await settings();
    const readers = await readersOf(claim, all);
    const row = (await listOf('ClaimEvents').items.add({ ClaimId: claim.id, ClaimEvent: claimEventKind.toChoice(kind), ...extra })) as {
      Id?: number;
      ID?: number;
    };
    const id = row.Id ?? row.ID;
    if (!id) throw new DataError('unknown', 'SharePoint stored the claim event but did not say its id.');
    await lock('ClaimEvents', id, readers);
  };

  /** The signed-in person may act as the claim's attestant: checked as the status rule will count it. */
  const checkAttestant = async (claim: SentClaim): Promise<void> => {
    if (claim.claimantId === me()) throw compensationRefusal('ownClaimAttest', `User ${me()} cannot attest their own claim ${claim.id}.`);
    if (claim.recordChanged) throw compensationRefusal('claimRecordChanged', `Claim ${claim.id} was changed after it was sent.`);
    const all = await settings();
    const rule = valueOn(all, 'compensation.attestant', claim.date, claim.bodyId);
    if (!rule.ok) throw compensationRefusal('compensationSettingMissing', `Body ${claim.bodyId} has no attestant rule on ${claim.date}.`);
    const staff = staffOn(await bodyStaff([claim.bodyId]), claim.bodyId, claim.date, []);
    if (!attestantsBy(rule.value, staff).includes(me()))
      throw compensationRefusal('notClaimAttestant', `User ${me()} does not attest body ${claim.bodyId}'s claims.`);
    if (claim.state.status !== 'Submitted')
      throw compensationRefusal('claimNotSubmitted', `Claim ${claim.id} is ${claim.state.status}, not awaiting attestation.`);
  };

  const repo: CompensationRepository = {
    prefill: (meetingId) =>
      guarded(async () => {
        const [d, all] = await Promise.all([loadMeetingDetails(ctx, meetingId), settings()]);
        const trust = trustFromStaff(d.staffIds);
        const table = detailsSeatTable(d, 'rollCall');
        const result = prefillFromAttendance({
          personId: me(),
          table,
          meeting: d,
          attendance: d.attendance,
          trust,
          bodyId: d.bodyId,
          settings: all,
        });
        if (!result.ok) {
          const p = result.problem;
          if (p.code === 'notPresent')
            throw compensationRefusal('notPresentAtMeeting', `User ${me()} was not present at meeting ${meetingId}.`);
          if (p.code === 'meetingEndUnknown') throw compensationRefusal('meetingEndUnknown', `Meeting ${meetingId} has no end time.`);
          throw compensationRefusal('compensationSettingMissing', `Setting ${p.key}: ${p.code}.`);
        }
        const mine = d.seatAssignments.find((a) => a.personId === me());
        const role = mine?.role ?? 'Member';
        const f = result.prefill;
        return {
          draft: {
            bodyId: d.bodyId,
            duty: { kind: 'Meeting', meetingId },
            date: f.date,
            start: f.start,
            end: f.end,
            dayKind: f.dayKind,
            lines: [{ kind: 'MeetingFee' }],
            supersedes: null,
          },
          presence: f,
          role,
        };
      }),

    saveDraft: (draft, id) =>
      guarded(async () => {
        checkDraft(draft);
        await checkMeetingBody(draft);
        if (id !== undefined) {
          await ownDraft(id);
          await listOf('ClaimDrafts').items.getById(id).update(draftValues(draft));
          return ownDraft(id);
        }
        const row = (await listOf('ClaimDrafts').items.add(draftValues(draft))) as { Id?: number; ID?: number };
        const newId = row.Id ?? row.ID;
        if (!newId) throw new DataError('unknown', 'SharePoint stored the draft but did not say its id.');
        return ownDraft(newId);
      }),

    deleteDraft: (id) =>
      guarded(async () => {
        await ownDraft(id);
        await listOf('ClaimDrafts').items.getById(id).delete();
      }),

    myClaims: () =>
      guarded(async () => {
        const [drafts, rows] = await Promise.all([
          listOf('ClaimDrafts')
            .items.filter(`AuthorId eq ${me()}`)
            .select(...DRAFT_FIELDS)
            .orderBy('Id', true)
            .top(TOP)<RawDraft[]>(),
          claimRows(`AuthorId eq ${me()}`),
        ]);
        // a send cut short between writing the claim and locking it is finished here, by its claimant
        const unlocked = rows.filter((r) => r.HasUniqueRoleAssignments === false);
        if (unlocked.length) {
          const all = await settings();
          for (const r of unlocked) {
            const base = toClaimBase(r);
            await lock('Claims', r.Id, await readersOf({ claimantId: me(), bodyId: base.bodyId, date: base.date }, all));
          }
        }
        return { drafts: drafts.map(toDraft), sent: await describe(rows) };
      }),

    send: (draftId) =>
      guarded(async () => {
        const draft = await ownDraft(draftId);
        checkDraft(draft);
        await checkMeetingBody(draft);
        const all = await settings();
        // the claimant's assignment in the body on the duty's date gives the claim's role
        const assignments = await ctx.sp.web
          .getList(listUrl(ctx, 'Assignments'))
          .items.filter(`BodyId eq ${draft.bodyId} and PersonId eq ${me()}`)
          .select('Role', 'ValidFrom', 'ValidTo')
          .top(100)<{ Role: string; ValidFrom: string; ValidTo: string | null }[]>();
        const held = assignments.filter((a) => isValidOn({ validFrom: a.ValidFrom, validTo: a.ValidTo }, draft.date));
        const role = held.map((a) => assignmentRole.toCode(a.Role)).find((r) => r !== null);
        if (!role)
          throw compensationRefusal('noAssignmentInBody', `User ${me()} has no assignment in body ${draft.bodyId} on ${draft.date}.`);
        if (draft.supersedes !== null) {
          const mine = await describe(await claimRows(`AuthorId eq ${me()}`));
          const old = mine.find((c) => c.id === draft.supersedes);
          if (!old || old.state.status !== 'Returned')
            throw compensationRefusal('supersedesNotReturned', `Claim ${draft.supersedes} is not a returned claim of user ${me()}.`);
          if (old.supersededBy !== null)
            throw compensationRefusal('alreadyResent', `Claim ${old.id} was sent again as ${old.supersededBy}.`);
        }
        const readers = await readersOf({ claimantId: me(), bodyId: draft.bodyId, date: draft.date }, all);

        const claim: Claim = { ...draft, id: 0, claimantId: me(), role, position: null };
        const computed = claimAmounts(claim, { settings: all, annualFeeBasisPoints: 0, lostEarningsSameDay: 0 });
        // no annual fee per person is on record, so the 40 % rule cannot be applied: lost earnings are left to payroll
        const amounts: FrozenLineAmount[] = computed.lines.map(({ line, result }) =>
          line.kind === 'LostEarnings' ? { payable: false, reason: { code: 'annualFeeUnknown' } } : result,
        );
        const total = amounts.reduce((sum, a) => sum + (a.payable ? a.amount : 0), 0);
        const used = all.filter(
          (s) =>
            s.validFrom <= draft.date &&
            (s.validTo === null || s.validTo >= draft.date) &&
            (s.bodyId === null || s.bodyId === draft.bodyId),
        );
        const values = {
          Title: titleOf(draft),
          BodyId: draft.bodyId,
          MeetingId: draft.duty.kind === 'Meeting' ? draft.duty.meetingId : null,
          DutyDescription: draft.duty.kind === 'OtherDuty' ? draft.duty.description.slice(0, 255) : null,
          ClaimDate: `${draft.date}T00:00:00Z`,
          StartTime: draft.start,
          EndTime: draft.end,
          DayKind: dayKind.toChoice(draft.dayKind),
          ClaimRole: assignmentRole.toChoice(role),
          Lines: JSON.stringify(draft.lines),
          Amounts: JSON.stringify(amounts),
          TotalAmount: total,
          SettingsUsed: JSON.stringify(used),
          SupersedesClaim: draft.supersedes,
        };
        const row = (await listOf('Claims').items.add(values)) as { Id?: number; ID?: number };
        const id = row.Id ?? row.ID;
        if (!id) throw new DataError('unknown', 'SharePoint stored the claim but did not say its id.');
        // at once: the claimant, the body's attestants and payroll read it; nobody but the owners changes it
        await lock('Claims', id, readers);
        await listOf('ClaimDrafts').items.getById(draftId).delete();
        return oneClaim(id);
      }),

    attestQueue: () =>
      guarded(async () => {
        const claims = await describe(await claimRows(`AuthorId ne ${me()}`));
        const all = await settings();
        const staff = await bodyStaff(claims.map((c) => c.bodyId));
        return claims.filter((c) => {
          if (c.claimantId === me() || c.recordChanged || c.state.status !== 'Submitted') return false;
          const rule = valueOn(all, 'compensation.attestant', c.date, c.bodyId);
          return rule.ok && attestantsBy(rule.value, staffOn(staff, c.bodyId, c.date, [])).includes(me());
        });
      }),

    attest: (claimId) =>
      guarded(async () => {
        const claim = await oneClaim(claimId);
        await checkAttestant(claim);
        await writeEvent(claim, 'Attested', {});
      }),

    returnClaim: (claimId, reason) =>
      guarded(async () => {
        const claim = await oneClaim(claimId);
        await checkAttestant(claim);
        const text = reason.trim();
        if (!text) throw compensationRefusal('returnReasonMissing', 'A returned claim needs a reason for the claimant.');
        await writeEvent(claim, 'Returned', { Reason: text });
      }),

    payrollPeriod: (period) =>
      guarded(async () => {
        const last = periodEnd(period);
        if (!(await payrollIds()).includes(me())) throw compensationRefusal('notPayrollStaff', `User ${me()} is not in payroll.`);
        const claims = await describe(await claimRows(`ClaimDate le datetime'${last}T23:59:59Z'`));
        return claims.filter(
          (c) =>
            !c.recordChanged &&
            c.state.status === 'Attested' &&
            c.state.attested !== null &&
            swedishDate(new Date(c.state.attested.at)) <= last,
        );
      }),

    markTransferred: (claimIds, period) =>
      guarded(async () => {
        periodEnd(period);
        if (!(await payrollIds()).includes(me())) throw compensationRefusal('notPayrollStaff', `User ${me()} is not in payroll.`);
        const claims: SentClaim[] = [];
        for (const id of new Set(claimIds)) {
          const c = await oneClaim(id);
          if (c.recordChanged) throw compensationRefusal('claimRecordChanged', `Claim ${id} was changed after it was sent.`);
          if (c.state.status !== 'Attested')
            throw compensationRefusal('claimNotAttested', `Claim ${id} is ${c.state.status}, not attested.`);
          claims.push(c);
        }
        for (const c of claims) await writeEvent(c, 'Transferred', { PayPeriod: period });
      }),
  };
  return repo;
}

/**
 * A claimant reads events only through each event's own permissions: with none given to them yet,
 * SharePoint denies the list itself (403, or 404 as if it did not exist). That means no event they
 * may read, not a failure.
 */
async function noAccessIsNone(e: unknown): Promise<RawClaimEvent[]> {
  const err = await toDataError(e);
  if (err.status === 403 || err.status === 404) return [];
  throw err;
}

interface ChairRow {
  PersonId: number;
  ValidFrom: string;
  ValidTo: string | null;
}

/** The list's title column: the duty, as a person reading the list in SharePoint sees it. */
function titleOf(d: Pick<ClaimDraftInput, 'duty' | 'date'>): string {
  return d.duty.kind === 'OtherDuty' ? d.duty.description.slice(0, 255) || d.date : `Sammanträde ${d.date}`;
}

/** The last day of a pay period `yyyy-MM`. */
function periodEnd(period: string): string {
  const m = PERIOD.exec(period);
  if (!m) throw compensationRefusal('payPeriodInvalid', `The pay period ${period} is not yyyy-MM.`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).toISOString().slice(0, 10);
}
