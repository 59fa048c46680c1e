import { awaitingSignatureOf, lateSignings, type OpenSigning, type SigningCase } from '../../domain/minutes/awaiting';
import { meetingLastDay } from '../../domain/minutes/deadlines';
import type { SignatureEvent } from '../../domain/minutes/types';
import type { Setting } from '../../domain/settings/settings';
import { trustedDocuments } from '../minutes/documents';
import { toSignatureEvent, type RawMinutesRow } from '../minutes/raw';
import type { Links, SigningToDoBase, ToDo } from '../services';
import type { OverviewSite } from './overviewCallIns';
import type { RawSignature, RawToDoMeeting } from './overviewToDo';
import { clerkIdsOf, type RawBody, type RawPerson } from './raw';
import { toSetting, type RawSetting } from './settingsRaw';

/** What the overview's batch read for "Att justera". */
export interface ToDoRows {
  folders: RawMinutesRow[];
  files: RawMinutesRow[];
  signatures: RawSignature[];
  settings: RawSetting[];
  meetings: RawToDoMeeting[];
}

/**
 * The to-do list from the rows (a chunk of its own, loaded while the overview's batch is on the
 * wire): the trusted documents and versions, who has signed by the domain's rule, the deadlines
 * from the body's settings.
 */
export async function toDoOf(
  read: ToDoRows,
  ctx: { webUrl: string; personId: number; links: Links },
  at: Date,
  site: OverviewSite,
): Promise<ToDo[]> {
  const rows = [...read.folders, ...read.files];
  const signatures = read.signatures.map((r) => toSignatureEvent({ ...r, Author: null })).filter((s): s is SignatureEvent => s !== null);
  const settings = read.settings.map(toSetting).filter((s): s is Setting => s !== null);
  const meetings = new Map(read.meetings.map((m) => [m.Id, m]));
  const bodies = new Map((await site.bodies()).map((b): [number, RawBody] => [b.Id, b]));
  const ownerIds = await site.ownerIds();
  const me = ctx.personId;
  const cases = signingCases(ctx.webUrl, rows, signatures, meetings, bodies, ownerIds);
  const now = at.toISOString();
  // the body's clerks, and the site owners for every body, follow up what is late (DESIGN §4)
  const serves = (bodyId: number): boolean => {
    const body = bodies.get(bodyId);
    return ownerIds.includes(me) || (body !== undefined && clerkIdsOf(body).includes(me));
  };
  const base = (o: OpenSigning): SigningToDoBase => {
    const m = meetings.get(o.meetingId)!;
    return {
      minutesId: o.minutesId,
      meetingId: o.meetingId,
      meetingTitle: m.Title,
      bodyId: o.bodyId,
      bodyName: m.Body?.Title ?? bodies.get(o.bodyId)?.Title ?? '',
      meetingStart: m.StartTime,
      version: o.version,
      immediate: o.immediate,
      sections: [...o.sections],
      due: o.deadline?.due ?? null,
      status: o.status,
      settingProblems: o.problems,
      url: ctx.links.minutes(o.meetingId),
    };
  };
  const toDo: ToDo[] = [
    ...awaitingSignatureOf(me, cases, settings, now).map((o): ToDo => ({ ...base(o), kind: 'sign', roles: o.roles })),
    ...lateSignings(cases, settings, now, serves).map((o): ToDo => {
      const names = peopleOf(meetings.get(o.meetingId)!);
      return { ...base(o), kind: 'lateSigning', missing: o.missing.map((p) => ({ ...p, name: names.get(p.personId) ?? null })) };
    }),
  ];
  return toDo;
}

/** The trusted documents with at least one version, per meeting of the window whose body is known. */
function signingCases(
  webUrl: string,
  rows: readonly RawMinutesRow[],
  signatures: readonly SignatureEvent[],
  meetings: ReadonlyMap<number, RawToDoMeeting>,
  bodies: ReadonlyMap<number, RawBody>,
  ownerIds: readonly number[],
): SigningCase[] {
  const byMeeting = new Map<number, RawMinutesRow[]>();
  for (const r of rows) if (r.MeetingId) byMeeting.set(r.MeetingId, [...(byMeeting.get(r.MeetingId) ?? []), r]);
  const cases: SigningCase[] = [];
  for (const [meetingId, meetingRows] of byMeeting) {
    const m = meetings.get(meetingId);
    const body = m && bodies.get(m.BodyId);
    if (!m || !body) continue;
    // only the library's writers: the body's clerks and the site owners (another body's clerk may add rows, never for this body)
    const staff = new Set([...ownerIds, ...clerkIdsOf(body)]);
    for (const doc of trustedDocuments({ webUrl }, meetingRows, staff, m)) {
      if (!doc.versions.length) continue;
      cases.push({
        minutesId: doc.folder.Id,
        meetingId,
        bodyId: m.BodyId,
        lastMeetingDay: meetingLastDay({ start: m.StartTime, end: m.EndTime }),
        versions: doc.versions,
        signatures: signatures.filter((s) => s.minutesId === doc.folder.Id),
      });
    }
  }
  return cases;
}

/** Names of the people the meeting names as signers now. */
function peopleOf(m: RawToDoMeeting): Map<number, string> {
  const people = [m.Chair, ...(m.CoSigners ?? []), m.Secretary].filter((p): p is RawPerson => Boolean(p?.Id));
  return new Map(people.map((p) => [p.Id, p.Title]));
}
