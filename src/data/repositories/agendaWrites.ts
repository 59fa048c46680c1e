import type { ErrorCode } from '../errorCodes';
import { isValidOn } from '../../domain/bodies/assignments';
import { swedishDate } from '../../domain/time/swedishTime';
import { assignmentRole, itemKind } from '../mapping';
import { DataError, type AgendaItem, type AgendaItemInput, type BodyPerson, type ClerkRepository, type MeetingInput } from '../services';
import { toDataError, guarded } from '../errors';
import { refusal } from '../refusals';
import { peopleFacts, validateMeeting, type MeetingProblem } from '../../domain/meetings/validation';
import {
  AGENDA_ITEM_FIELDS,
  BODY_FIELDS,
  SEAT_ASSIGNMENT_FIELDS,
  toAgendaItem,
  toBodySummary,
  toPersonRef,
  validOnFilter,
  type RawAgendaItem,
  type RawBody,
  type RawSeatAssignment,
} from './raw';
import { listUrl, type RepoContext } from './site';
import { mayEditMeetings } from './meetingsAccess';

const invalid = (message: string, code: ErrorCode): DataError => new DataError('invalid', message, undefined, code);

/** The clerk's agenda and meeting writes; documents and notices live in their own files. */
export function createAgendaWrites(
  ctx: RepoContext,
): Omit<ClerkRepository, 'uploadDocument' | 'deleteDocument' | 'publishNotice' | 'cancelMeeting'> {
  const list = (key: 'Meetings' | 'AgendaItems' | 'Bodies' | 'Assignments' | 'MeetingDocuments') => ctx.sp.web.getList(listUrl(ctx, key));

  const body = async (bodyId: number): Promise<RawBody> => {
    try {
      return await list('Bodies')
        .items.getById(bodyId)
        .select(...BODY_FIELDS)<RawBody>();
    } catch {
      throw invalid(`Body ${bodyId} does not exist.`, 'unknownBody');
    }
  };

  const assigneesOf = async (bodyId: number, date: string): Promise<BodyPerson[]> => {
    const rows = await list('Assignments')
      .items.filter(`BodyId eq ${bodyId} and ${validOnFilter(date)}`)
      .select(...SEAT_ASSIGNMENT_FIELDS)
      .expand('Person')
      .top(2000)<RawSeatAssignment[]>();
    const seen = new Map<number, BodyPerson>();
    for (const r of rows) {
      if (!isValidOn({ validFrom: r.ValidFrom, validTo: r.ValidTo }, date)) continue;
      const p = toPersonRef(r.Person) ?? { id: r.PersonId, displayName: '', email: '' };
      const role = assignmentRole.toCode(r.Role) === 'Substitute' ? 'Substitute' : 'Member';
      // a member who is also someone's substitute is a member
      seen.set(p.id, { ...p, role: seen.get(p.id)?.role === 'Member' ? 'Member' : role });
    }
    return [...seen.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'));
  };

  /** Everything a clerk can get wrong in the form (the domain's rule), said before anything is written. */
  const validate = async (input: MeetingInput): Promise<void> => {
    const refuseFirst = (problems: MeetingProblem[]): void => {
      if (problems.length) throw refusal(problems[0]);
    };
    // the input's own rules first, so a form mistake costs no reads
    refuseFirst(validateMeeting(input));
    const b = await body(input.bodyId);
    const people = await assigneesOf(input.bodyId, swedishDate(new Date(input.start)));
    refuseFirst(validateMeeting(input, { ...toBodySummary(b), ...peopleFacts(people) }));
  };

  const meetingValues = (input: MeetingInput) => ({
    Title: input.title.trim(),
    BodyId: input.bodyId,
    StartTime: new Date(input.start).toISOString(),
    EndTime: new Date(input.end).toISOString(),
    Location: input.location.trim(),
    RemoteAllowed: input.remoteAllowed,
    ChairId: input.chairId,
    CoSignersId: input.coSignerIds,
    SigningDue: input.signingDue,
  });

  const itemValues = (input: AgendaItemInput) => {
    if (!input.title.trim()) throw invalid('The item needs a title.', 'titleMissing');
    return {
      Title: input.title.trim(),
      CaseNumber: input.caseNumber.trim() || null,
      ItemKind: itemKind.toChoice(input.kind),
      ProposedDecision: input.proposedDecision || null,
      Confidential: input.confidential,
    };
  };

  const agenda = (meetingId: number) =>
    list('AgendaItems').items.filter(`MeetingId eq ${meetingId}`).select('Id', 'ItemNumber').orderBy('ItemNumber', true).top(500)<
      { Id: number; ItemNumber: number }[]
    >();

  /** Writes new numbers 1..n for the items in `order`, only where they change, in one `$batch`. */
  const renumber = async (order: { Id: number; ItemNumber: number }[]): Promise<void> => {
    const [batched, execute] = ctx.sp.batched();
    const items = batched.web.getList(listUrl(ctx, 'AgendaItems')).items;
    const writes: Promise<unknown>[] = [];
    order.forEach((it, i) => {
      if (it.ItemNumber !== i + 1) writes.push(items.getById(it.Id).update({ ItemNumber: i + 1 }));
    });
    if (!writes.length) return;
    await execute();
    // every part of the batch must have succeeded; the first failure is the one to explain
    await Promise.all(writes);
  };

  const readItem = async (id: number): Promise<AgendaItem> =>
    toAgendaItem(
      await list('AgendaItems')
        .items.getById(id)
        .select(...AGENDA_ITEM_FIELDS)<RawAgendaItem>(),
    );

  return {
    canEdit: () => mayEditMeetings(ctx),

    bodies: () =>
      guarded(async () => {
        const rows = await list('Bodies')
          .items.filter('Active eq 1')
          .select(...BODY_FIELDS)
          .orderBy('SortOrder', true)
          .top(500)<RawBody[]>();
        return rows.map(toBodySummary);
      }),

    peopleOf: (bodyId, onDate) => guarded(() => assigneesOf(bodyId, onDate.slice(0, 10))),

    createMeeting: (input) =>
      guarded(async () => {
        await validate(input);
        const added = (await list('Meetings').items.add({ ...meetingValues(input), MeetingStatus: 'Planerat' })) as {
          Id?: number;
          ID?: number;
          d?: { Id: number };
        };
        return Number(added.Id ?? added.ID ?? added.d?.Id);
      }),

    updateMeeting: (meetingId, input) =>
      guarded(async () => {
        await validate(input);
        await list('Meetings').items.getById(meetingId).update(meetingValues(input));
      }),

    addItem: (meetingId, input) =>
      guarded(async () => {
        const values = itemValues(input);
        const last = await list('AgendaItems')
          .items.filter(`MeetingId eq ${meetingId}`)
          .select('ItemNumber')
          .orderBy('ItemNumber', false)
          .top(1)<{ ItemNumber: number }[]>();
        const added = (await list('AgendaItems').items.add({
          ...values,
          MeetingId: meetingId,
          ItemNumber: (last[0]?.ItemNumber ?? 0) + 1,
        })) as { Id?: number; ID?: number };
        return readItem(Number(added.Id ?? added.ID));
      }),

    updateItem: (item, input) =>
      guarded(async () => {
        // the ETag makes a stale form fail with 412 (DataError 'conflict') instead of overwriting
        await list('AgendaItems')
          .items.getById(item.id)
          .update(itemValues(input), item.etag || '*');
      }),

    moveItem: (meetingId, itemId, toNumber) =>
      guarded(async () => {
        const order = await agenda(meetingId);
        const from = order.findIndex((i) => i.Id === itemId);
        if (from < 0) throw new DataError('notFound', `Item ${itemId} is not on the agenda of this meeting.`, 404, 'unknownItem');
        const [moved] = order.splice(from, 1);
        order.splice(Math.min(Math.max(toNumber, 1), order.length + 1) - 1, 0, moved);
        await renumber(order);
      }),

    deleteItem: (itemId) =>
      guarded(async () => {
        const item = await list('AgendaItems').items.getById(itemId).select('Id', 'MeetingId')<{ Id: number; MeetingId: number }>();
        const docs = await list('MeetingDocuments').items.filter(`AgendaItemId eq ${itemId}`).select('Id').top(1)<{ Id: number }[]>();
        if (docs.length)
          throw new DataError('conflict', 'The item has documents attached; delete or move them first.', 409, 'documentsAttached');
        try {
          await list('AgendaItems').items.getById(itemId).delete();
        } catch (e) {
          const err = await toDataError(e);
          // the lookup's Restrict relationship refused: a document (perhaps one this clerk cannot see) points at the item
          if (err.code === 'relatedItems')
            throw new DataError('conflict', 'The item has documents attached; delete or move them first.', 409, 'documentsAttached');
          throw err;
        }
        // only after the delete succeeded, so a refused delete leaves the numbering as it was
        await renumber((await agenda(item.MeetingId)).filter((i) => i.Id !== itemId));
      }),
  };
}
