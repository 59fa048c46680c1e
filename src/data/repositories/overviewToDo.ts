import type { SPFI } from '@pnp/sp';
import { awaitingSignatureOf, lateSignings, type OpenSigning, type SigningCase } from '../../domain/minutes/awaiting';
import { meetingLastDay } from '../../domain/minutes/deadlines';
import { MINUTES_SETTING_KEYS } from '../../domain/minutes/signingSettings';
import type { SignatureEvent } from '../../domain/minutes/types';
import type { Setting } from '../../domain/settings/settings';
import type { ErrorCode } from '../errorCodes';
import { toDataError } from '../errors';
import { odataDate } from '../mapping';
import { trustedDocuments } from '../minutes/documents';
import { MINUTES_FIELDS, toSignatureEvent, type RawMinutesRow, type RawSignatureRow } from '../minutes/raw';
import { listUrl } from '../schema/urls';
import type { ListKey } from '../schema/types';
import type { Links, SigningToDoBase, ToDo } from '../services';
import type { OverviewSite } from './overviewCallIns';
import {
  clerkIdsOf,
  PERSON_FIELDS,
  SETTING_FIELDS,
  settingKeysFilter,
  toSetting,
  type RawBody,
  type RawPerson,
  type RawSetting,
} from './raw';

/**
 * How far back the overview looks for minutes out for signing: meetings that started in the last
 * 90 days, and the folders, versions and signatures written since. Every row of a meeting's minutes
 * is written after the meeting has begun, so one window finds all of them; minutes are due two
 * weeks after the meeting, so anything older that is still unsigned is long past the clerk's notice.
 */
export const MINUTES_WINDOW_DAYS = 90;

/** The meeting as the to-do list names it, with the signers the meeting names now (for the names of who is missing). */
interface RawToDoMeeting {
  Id: number;
  Title: string;
  BodyId: number;
  Body: { Title: string } | null;
  StartTime: string;
  EndTime: string | null;
  Chair: RawPerson | null;
  CoSigners: RawPerson[] | null;
  Secretary: RawPerson | null;
}
const TODO_MEETING_FIELDS = [
  'Id',
  'Title',
  'BodyId',
  'Body/Title',
  'StartTime',
  'EndTime',
  ...PERSON_FIELDS('Chair'),
  ...PERSON_FIELDS('CoSigners'),
  ...PERSON_FIELDS('Secretary'),
];

/** A signature row without its author expanded: the id is the server's stamp, the name is not needed. */
type RawSignature = Omit<RawSignatureRow, 'Author'>;
const SIGNATURE_ROW_FIELDS = ['Id', 'MinutesDocumentId', 'DocumentVersion', 'DocumentHash', 'SignerRole', 'AuthorId', 'Created'];

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(p: Promise<T>): Promise<Settled<T>> =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

export interface ToDoRead {
  toDo: ToDo[];
  /** A part of the read failed: the list is not complete, and the overview says so. */
  error: ErrorCode | null;
}

/**
 * Queues on the overview's `$batch` what "Att justera" needs besides `site` (bodies, owners): the
 * `Minutes` library's document folders and version files written in the window (SharePoint trims
 * them to what the person may read: the body's ledamöter, its clerks and the signers), the
 * signatures written since, the minutes settings and the meetings of the window. Only what the
 * body's clerks or the site owners wrote is a document or a version (`trustedDocuments`); who has
 * signed is the domain's rule over the signature rows (`minutesState`).
 *
 * `FSObjType` and `SettingKey` are indexed; the Signatures list is filtered on `Created` only.
 */
export function queueToDo(
  batched: SPFI,
  ctx: { webUrl: string; personId: number; links: Links },
  at: Date,
  site: OverviewSite,
): () => Promise<ToDoRead> {
  const list = (key: ListKey) => batched.web.getList(listUrl({ webUrl: ctx.webUrl }, key));
  const since = odataDate(new Date(at.getTime() - MINUTES_WINDOW_DAYS * 86400000));
  const minutesRows = (kind: 0 | 1) =>
    settle(
      list('Minutes')
        .items.filter(`FSObjType eq ${kind} and Created ge ${since}`)
        .select(...MINUTES_FIELDS)
        .top(5000)<RawMinutesRow[]>(),
    );
  const foldersP = minutesRows(1);
  const filesP = minutesRows(0);
  const signaturesP = settle(
    list('Signatures')
      .items.filter(`Created ge ${since}`)
      .select(...SIGNATURE_ROW_FIELDS)
      .top(5000)<RawSignature[]>(),
  );
  const settingsP = settle(
    list('Settings')
      .items.filter(settingKeysFilter(Object.values(MINUTES_SETTING_KEYS)))
      .select(...SETTING_FIELDS)
      .top(5000)<RawSetting[]>(),
  );
  const meetingsP = settle(
    list('Meetings')
      .items.filter(`StartTime ge ${since} and StartTime le ${odataDate(at)}`)
      .select(...TODO_MEETING_FIELDS)
      .expand('Body', 'Chair', 'CoSigners', 'Secretary')
      .top(1000)<RawToDoMeeting[]>(),
  );

  return async () => {
    let error: ErrorCode | null = null;
    // a list the person may not read holds nothing for them; any other failure leaves the list incomplete, and says so
    const rowsOf = async <T>(p: Promise<Settled<T[]>>): Promise<T[]> => {
      const r = await p;
      if (r.ok) return r.value;
      const code = (await toDataError(r.error)).code;
      if (code !== 'accessDenied') error ??= code;
      return [];
    };
    const rows = [...(await rowsOf(foldersP)), ...(await rowsOf(filesP))];
    const signatures = (await rowsOf(signaturesP))
      .map((r) => toSignatureEvent({ ...r, Author: null }))
      .filter((s): s is SignatureEvent => s !== null);
    const settings = (await rowsOf(settingsP)).map(toSetting).filter((s): s is Setting => s !== null);
    const meetings = new Map((await rowsOf(meetingsP)).map((m) => [m.Id, m]));
    if (error) return { toDo: [], error };

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
    return { toDo, error: null };
  };
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
