import type { ProposalEvent, ProposalEventKind, ProposalKind, SpeakerEvent, SpeakerEventKind } from '../../domain/live/types';
import type { AttendanceEvent, AttendanceKind } from '../../domain/meetings/types';
import { toAttendanceEvents } from '../repositories/raw';
import { toProposalEvents, toSpeakerEvents } from './raw';
import { attendanceEvent } from '../mapping';
import { proposalEvent, proposalKind, speakerKind } from './mapping';
import { toDataError } from '../errors';
import { DataError } from '../services';
import { listUrl, type RepoContext } from '../repositories/site';

/**
 * What a write returns of the new event: the server's id, time and author (DESIGN §4). Each append
 * returns the event as the lists will show it, so the writer shows it without reading it back.
 */
export interface Stamped {
  Id: number;
  Created: string;
  AuthorId: number;
}

async function append(
  ctx: RepoContext,
  key: 'SpeakerRequests' | 'Proposals' | 'Attendance',
  values: Record<string, unknown>,
): Promise<Stamped> {
  try {
    const list = ctx.sp.web.getList(listUrl(ctx, key));
    const row = (await list.items.add(values)) as Partial<Stamped> & { ID?: number };
    const id = row.Id ?? row.ID;
    if (id && row.Created && row.AuthorId) return { Id: id, Created: row.Created, AuthorId: row.AuthorId };
    // who and when come from the server, never from this client (DESIGN §4): read them if the answer lacked them
    if (!id) throw new DataError('unknown', `SharePoint stored the ${key} event but did not say its id.`);
    return await list.items.getById(id).select('Id', 'Created', 'AuthorId')<Stamped>();
  } catch (e) {
    throw await toDataError(e);
  }
}

export async function appendSpeakerEvent(
  ctx: RepoContext,
  meetingId: number,
  itemId: number,
  kind: SpeakerEventKind,
  extra: { refersTo?: number | null; position?: number | null; onBehalfOf?: number | null } = {},
): Promise<SpeakerEvent> {
  const row = {
    AgendaItemId: itemId,
    SpeakerKind: speakerKind.toChoice(kind),
    ReplyTo: extra.refersTo ?? null,
    Position: extra.position ?? null,
    OnBehalfOfId: extra.onBehalfOf ?? null,
  };
  const stamped = await append(ctx, 'SpeakerRequests', { MeetingId: meetingId, ...row });
  return toSpeakerEvents([{ ...row, ...stamped }])[0];
}

export async function appendProposalEvent(
  ctx: RepoContext,
  meetingId: number,
  itemId: number,
  kind: ProposalEventKind,
  extra: { proposalKind?: ProposalKind; text?: string; refersTo?: number; onBehalfOf?: number | null; unanimousConsent?: boolean } = {},
): Promise<ProposalEvent> {
  const row = {
    AgendaItemId: itemId,
    ProposalEvent: proposalEvent.toChoice(kind),
    ProposalKind: extra.proposalKind ? proposalKind.toChoice(extra.proposalKind) : null,
    ProposalText: extra.text ?? null,
    RefersTo: extra.refersTo ?? null,
    OnBehalfOfId: extra.onBehalfOf ?? null,
    UnanimousConsent: Boolean(extra.unanimousConsent),
  };
  const stamped = await append(ctx, 'Proposals', { MeetingId: meetingId, ...row });
  return toProposalEvents([{ ...row, ...stamped }])[0];
}

export async function appendAttendance(
  ctx: RepoContext,
  meetingId: number,
  itemId: number | null,
  personId: number,
  kind: AttendanceKind,
): Promise<AttendanceEvent> {
  const row = {
    AgendaItemId: itemId,
    PersonId: personId,
    AttendanceEvent: attendanceEvent.toChoice(kind),
    ItemNumbers: null,
    Reason: null,
  };
  const stamped = await append(ctx, 'Attendance', {
    MeetingId: meetingId,
    AgendaItemId: itemId,
    PersonId: personId,
    AttendanceEvent: row.AttendanceEvent,
  });
  return toAttendanceEvents([{ ...row, ...stamped }])[0];
}
