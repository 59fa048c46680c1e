import { activeAbsences, answerOf, checkAbsenceNotice, checkWithdrawal } from '../../domain/meetings/absence';
import { formatItemNumbers } from '../../domain/meetings/itemNumbers';
import type { SeatAssignment } from '../../domain/bodies/types';
import { refusal } from '../refusals';
import { guarded, toDataError } from '../errors';
import { detailsSeatTable } from './detailsSeatTable';
import { attendanceEvent, conflictEvent } from '../mapping';
import { DataError, type Links, type MeetingDetails, type MeetingRepository, type PersonRef } from '../services';
import { loadMeeting, loadMeetingDetails } from './meetingDetailsQuery';
import { toAttendanceEvents, type RawAttendance } from './raw';
import type * as AbsenceMail from '../notifications/absenceMail';
import type { MailSender } from '../notifications/absenceMail';
import type { AbsenceOutcome } from '../notifications/types';
import { listUrl, type RepoContext } from './site';
import { trustFromStaff } from '../../domain/bodies/trust';
import type { Feature } from '../compose';

/** What telling others needs: Graph to send mail as the signed-in person, and the link to the meeting. */
export interface NotifyParts {
  graph: MailSender;
  links: Links;
}

export function createMeetingRepository(ctx: RepoContext, notify: NotifyParts): MeetingRepository {
  const attendance = () => ctx.sp.web.getList(listUrl(ctx, 'Attendance')).items;
  const conflicts = () => ctx.sp.web.getList(listUrl(ctx, 'Conflicts')).items;
  const me = () => ctx.user.siteUserId;

  const myAbsence = (d: MeetingDetails) => activeAbsences(d.attendance, d.start, trustFromStaff(d.staffIds)).get(me());

  /** The agenda item, checked to belong to the meeting (a wrong id must not land on another meeting). */
  const itemOf = (d: MeetingDetails, itemId: number) => {
    const item = d.items.find((i) => i.id === itemId);
    if (!item) throw new DataError('notFound', `Item ${itemId} is not on the agenda of this meeting.`, 404, 'unknownItem');
    return item;
  };

  const writeAttendance = (
    meetingId: number,
    personId: number,
    kind: Parameters<typeof attendanceEvent.toChoice>[0],
    extra: Record<string, unknown> = {},
  ) => attendance().add({ MeetingId: meetingId, PersonId: personId, AttendanceEvent: attendanceEvent.toChoice(kind), ...extra });

  /**
   * An absence notice or its withdrawal: written first, then the body's clerks and any substitute
   * whose call-in it withdraws are mailed. A failed mail comes back as a warning; the notice stays.
   */
  const writeNotice = async (
    d: MeetingDetails,
    people: Map<number, PersonRef>,
    kind: 'Absence' | 'AbsenceWithdrawn',
    extra: Record<string, unknown>,
  ): Promise<AbsenceOutcome> => {
    const added = (await writeAttendance(d.id, me(), kind, extra)) as Partial<RawAttendance> | undefined;
    // the stored row as the server stamped it (Created, Author); the written values where the answer lacks them
    const [written] = toAttendanceEvents([
      {
        Id: added?.Id ?? 0,
        PersonId: me(),
        AttendanceEvent: attendanceEvent.toChoice(kind),
        ItemNumbers: (extra.ItemNumbers as string | null | undefined) ?? null,
        AgendaItemId: null,
        Reason: (extra.Reason as string | null | undefined) ?? null,
        Created: added?.Created ?? ctx.now().toISOString(),
        AuthorId: added?.AuthorId ?? me(),
      },
    ]);
    // the mail texts and the call-in comparison load only once a notice is stored: most readers never send one
    let mail: typeof AbsenceMail;
    try {
      mail = await import(/* webpackChunkName: 'absence-mail' */ '../notifications/absenceMail');
    } catch (e) {
      // the notice is stored: a chunk that failed to load is a mail not sent, not a failed notice
      return {
        mailed: { clerks: [], substitutes: [] },
        warnings: [{ code: 'clerkMailFailed', names: [], cause: (await toDataError(e)).code }],
      };
    }
    return mail.notifyAbsence(ctx, notify.graph, {
      kind: kind === 'Absence' ? 'reported' : 'withdrawn',
      before: d,
      people,
      written,
      link: notify.links.agenda(d.id),
    });
  };

  const writeConflict = (
    meetingId: number,
    itemId: number,
    personId: number,
    kind: Parameters<typeof conflictEvent.toChoice>[0],
    reason: string | null,
  ) =>
    conflicts().add({
      MeetingId: meetingId,
      AgendaItemId: itemId,
      PersonId: personId,
      ConflictEvent: conflictEvent.toChoice(kind),
      Reason: reason,
    });

  const repo: MeetingRepository = {
    get: (meetingId) => guarded(() => loadMeetingDetails(ctx, meetingId)),

    reportAbsence: (meetingId, itemNumbers, reason) =>
      guarded(async () => {
        const { details: d, people } = await loadMeeting(ctx, meetingId);
        const problem = checkAbsenceNotice({
          now: ctx.now(),
          meetingStart: d.start,
          agendaNumbers: d.items.map((i) => i.number),
          itemNumbers,
          current: myAbsence(d),
        });
        if (problem) throw refusal(problem);
        return writeNotice(d, people, 'Absence', { ItemNumbers: formatItemNumbers(itemNumbers), Reason: reason || null });
      }),

    withdrawAbsence: (meetingId, itemNumbers) =>
      guarded(async () => {
        const { details: d, people } = await loadMeeting(ctx, meetingId);
        const problem = checkWithdrawal({ now: ctx.now(), meetingStart: d.start, current: myAbsence(d) });
        if (problem) throw refusal(problem);
        return writeNotice(d, people, 'AbsenceWithdrawn', { ItemNumbers: formatItemNumbers(itemNumbers) });
      }),

    confirmAttendance: (meetingId) =>
      guarded(async () => {
        const d = await loadMeetingDetails(ctx, meetingId);
        if (ctx.now().toISOString() >= d.start) throw refusal({ code: 'meetingStarted' });
        await writeAttendance(meetingId, me(), 'WillAttend');
      }),

    declareConflict: (meetingId, itemId, reason) =>
      guarded(async () => {
        itemOf(await loadMeetingDetails(ctx, meetingId), itemId);
        await writeConflict(meetingId, itemId, me(), 'Declared', reason || null);
      }),

    withdrawConflict: (meetingId, itemId) =>
      guarded(async () => {
        itemOf(await loadMeetingDetails(ctx, meetingId), itemId);
        await writeConflict(meetingId, itemId, me(), 'Withdrawn', null);
      }),

    recordAttendance: (meetingId, personId, kind, fromItemId) =>
      guarded(async () => {
        const d = await loadMeetingDetails(ctx, meetingId);
        if (fromItemId !== null) itemOf(d, fromItemId);
        await writeAttendance(meetingId, personId, kind, { AgendaItemId: fromItemId });
      }),

    ruleOnConflict: (meetingId, itemId, personId, upheld) =>
      guarded(async () => {
        itemOf(await loadMeetingDetails(ctx, meetingId), itemId);
        await writeConflict(meetingId, itemId, personId, upheld ? 'Upheld' : 'Rejected', null);
      }),

    seatTable: detailsSeatTable,

    answers: (d) => {
      const trust = trustFromStaff(d.staffIds);
      const absences = activeAbsences(d.attendance, d.start, trust);
      const seen = new Set<number>();
      const people: SeatAssignment[] = d.seatAssignments.filter((a) => !seen.has(a.personId) && seen.add(a.personId));
      return people.map((person) => ({ person, answer: answerOf(d.attendance, person.personId, d.start, trust, absences) }));
    },
  };
  return repo;
}

export const meetingFeature: Feature<'meeting'> = (b) => createMeetingRepository(b, { graph: b.graph, links: b.links });
