import { randomBytes } from 'crypto';
import type { DirectoryUser } from '../directory';
import { badRequest, GraphFault } from './errors';
import { changeKey, exchangeId, iCalUid } from './ids';
import { normalizeRecurrence, occurrenceDates, seriesLastDate } from './recurrence';
import type { Attendee, EmailAddress, StoredEvent } from './store';
import {
  addDays,
  addWallMs,
  dateKey,
  formatGraphDateTime,
  localToUtc,
  parseGraphDateTime,
  toIana,
  utcToLocal,
  wallDiffMs,
  type LocalParts,
} from './timezone';

/** The subset of Graph's event JSON the tenant accepts on POST/PATCH and from the seed. */
export interface GraphEventInput {
  subject?: string;
  body?: { contentType?: string; content?: string };
  start?: { dateTime: string; timeZone?: string };
  end?: { dateTime: string; timeZone?: string };
  isAllDay?: boolean;
  location?: { displayName?: string; locationType?: string };
  attendees?: { type?: string; emailAddress: { name?: string; address: string }; status?: { response?: string; time?: string } }[];
  organizer?: { emailAddress: { name?: string; address: string } };
  isOnlineMeeting?: boolean;
  onlineMeetingProvider?: string;
  onlineMeeting?: { joinUrl?: string } | null;
  recurrence?: unknown;
  categories?: string[];
  showAs?: string;
  importance?: string;
  sensitivity?: string;
  webLink?: string;
  /** Seed only (read-only in Graph, ignored on POST/PATCH): import a meeting that is already cancelled. */
  isCancelled?: boolean;
  reminderMinutesBeforeStart?: number;
  isReminderOn?: boolean;
  responseRequested?: boolean;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const wall = (p: LocalParts): string => `${p.year}-${pad2(p.month)}-${pad2(p.day)}T${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}`;
const parseWall = (s: string): LocalParts => parseGraphDateTime(s)!.parts;
const NEVER = '0001-01-01T00:00:00Z';

/** A dateTimeTimeZone from a request as wall-clock time in its zone. */
function readDateTime(
  v: { dateTime?: string; timeZone?: string } | undefined,
  which: string,
): { wall: LocalParts; tzName: string; iana: string } {
  if (!v || typeof v.dateTime !== 'string')
    throw new GraphFault(400, 'ErrorInvalidRequest', `The event needs ${which} with a dateTime and a timeZone.`);
  const tzName = v.timeZone || 'UTC';
  const iana = toIana(tzName);
  if (!iana)
    throw new GraphFault(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${tzName}'.`,
    );
  const parsed = parseGraphDateTime(v.dateTime);
  if (!parsed) throw badRequest(`Cannot convert the literal '${v.dateTime}' to the expected type 'Edm.DateTimeOffset'.`);
  // An explicit offset wins over the zone name: take the instant, then its wall time in the zone.
  const parts =
    parsed.offsetMinutes === null
      ? parsed.parts
      : utcToLocal(
          Date.UTC(
            parsed.parts.year,
            parsed.parts.month - 1,
            parsed.parts.day,
            parsed.parts.hour,
            parsed.parts.minute,
            parsed.parts.second,
          ) -
            parsed.offsetMinutes * 60_000,
          iana,
        );
  return { wall: parts, tzName, iana };
}

function address(a: { name?: string; address: string }): EmailAddress {
  return { name: a.name ?? a.address, address: a.address };
}

function attendees(list: GraphEventInput['attendees']): Attendee[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw badRequest('attendees must be an array.');
  return list.map((a) => {
    if (!a?.emailAddress?.address) throw badRequest('Each attendee needs an emailAddress with an address.');
    const type = a.type === 'optional' || a.type === 'resource' ? a.type : 'required';
    return {
      type,
      status: { response: a.status?.response ?? 'none', time: a.status?.time ?? NEVER },
      emailAddress: address(a.emailAddress),
    };
  });
}

function joinUrl(): string {
  const thread = randomBytes(24)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '');
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0?context=%7b%22Tid%22%3a%22local%22%7d`;
}

export function eventWebLink(id: string): string {
  return `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`;
}

/**
 * Builds a stored event from Graph JSON (POST) or merges a PATCH into an existing one.
 * Validates as Exchange does where the portal could get it wrong: zones, order of start
 * and end, all-day events at midnight, recurrence shape.
 */
export function buildEvent(
  input: GraphEventInput,
  base: { owner: StoredEvent['owner']; organizer: EmailAddress; now: Date } | { existing: StoredEvent; now: Date },
): StoredEvent {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw badRequest('The request body must be a JSON object.');
  const now = base.now.toISOString().replace(/\.\d{3}Z$/, '.0000000Z');
  const prev = 'existing' in base ? base.existing : null;
  const startIn = input.start ?? (prev ? { dateTime: prev.start, timeZone: prev.timeZone } : undefined);
  const endIn = input.end ?? (prev ? { dateTime: prev.end, timeZone: prev.timeZone } : undefined);
  const start = readDateTime(startIn, 'a start');
  const end = readDateTime(endIn, 'an end');
  const isAllDay = input.isAllDay ?? prev?.isAllDay ?? false;
  // Stored in the start's zone; an end given in another zone is converted to it.
  const endWall = end.iana === start.iana ? end.wall : utcToLocal(localToUtc(end.wall, end.iana), start.iana);
  if (isAllDay) {
    const midnight = (p: LocalParts): boolean => p.hour === 0 && p.minute === 0 && p.second === 0;
    if (!midnight(start.wall) || !midnight(endWall)) {
      throw new GraphFault(400, 'ErrorInvalidRequest', "Your request can't be completed. All-day events must start and end at midnight.");
    }
  }
  if (wallDiffMs(start.wall, endWall) < 0 || (isAllDay && wallDiffMs(start.wall, endWall) === 0)) {
    throw new GraphFault(400, 'ErrorInvalidRequest', "Your request can't be completed. The end time must be after the start time.");
  }
  const recurrence = input.recurrence !== undefined ? normalizeRecurrence(input.recurrence) : (prev?.recurrence ?? null);
  const isOnline = input.isOnlineMeeting ?? prev?.isOnlineMeeting ?? false;
  const onlineMeeting = isOnline ? { joinUrl: input.onlineMeeting?.joinUrl ?? prev?.onlineMeeting?.joinUrl ?? joinUrl() } : null;
  const contentType = (input.body?.contentType ?? prev?.body.contentType ?? 'text').toLowerCase() === 'html' ? 'html' : 'text';
  const id = prev?.id ?? exchangeId();
  return {
    id,
    iCalUId: prev?.iCalUId ?? iCalUid(),
    owner: prev?.owner ?? ('owner' in base ? base.owner : { kind: 'user', id: '' }),
    subject: input.subject ?? prev?.subject ?? '',
    body: { contentType, content: input.body?.content ?? prev?.body.content ?? '' },
    start: wall(start.wall),
    end: wall(endWall),
    timeZone: start.tzName,
    isAllDay,
    location: input.location
      ? { displayName: input.location.displayName ?? '', locationType: input.location.locationType ?? 'default' }
      : (prev?.location ?? { displayName: '', locationType: 'default' }),
    attendees: input.attendees !== undefined ? attendees(input.attendees) : (prev?.attendees ?? []),
    organizer: input.organizer?.emailAddress?.address
      ? { emailAddress: address(input.organizer.emailAddress) }
      : (prev?.organizer ?? { emailAddress: 'organizer' in base ? base.organizer : { name: '', address: '' } }),
    isOnlineMeeting: isOnline,
    onlineMeeting,
    recurrence,
    categories: input.categories ?? prev?.categories ?? [],
    showAs: input.showAs ?? prev?.showAs ?? 'busy',
    importance: input.importance ?? prev?.importance ?? 'normal',
    sensitivity: input.sensitivity ?? prev?.sensitivity ?? 'normal',
    webLink: input.webLink ?? prev?.webLink ?? eventWebLink(id),
    reminderMinutesBeforeStart: input.reminderMinutesBeforeStart ?? prev?.reminderMinutesBeforeStart ?? 15,
    isReminderOn: input.isReminderOn ?? prev?.isReminderOn ?? true,
    responseRequested: input.responseRequested ?? prev?.responseRequested ?? true,
    createdDateTime: prev?.createdDateTime ?? now,
    lastModifiedDateTime: now,
    changeKey: changeKey(),
    isCancelled: prev?.isCancelled ?? false,
    removedFromOwner: prev?.removedFromOwner ?? false,
    cancelledOccurrences: prev?.cancelledOccurrences ?? [],
  };
}

/** A concrete span of an event (the event itself or one occurrence of a series). */
export interface Instance {
  event: StoredEvent;
  type: 'singleInstance' | 'seriesMaster' | 'occurrence';
  /** Local date key of the occurrence, for occurrences. */
  occurrence: string | null;
  startWall: LocalParts;
  endWall: LocalParts;
  /** Instants; for all-day events these depend on the zone they are viewed in. */
  startMs: number;
  endMs: number;
}

function iana(e: StoredEvent): string {
  return toIana(e.timeZone) ?? 'UTC';
}

/** The instance starting on a given local date (the event's own date for non-series). */
export function instanceAt(e: StoredEvent, occurrence: string | null, viewIana: string): Instance {
  const s = parseWall(e.start);
  const en = parseWall(e.end);
  const dur = wallDiffMs(s, en);
  let startWall = s;
  if (occurrence) {
    const [y, m, d] = occurrence.split('-').map(Number);
    startWall = { ...s, year: y, month: m, day: d };
  }
  const endWall = addWallMs(startWall, dur);
  // All-day events float: they cover whole days wherever they are seen.
  const zone = e.isAllDay ? viewIana : iana(e);
  return {
    event: e,
    type: occurrence ? 'occurrence' : e.recurrence ? 'seriesMaster' : 'singleInstance',
    occurrence,
    startWall,
    endWall,
    startMs: localToUtc(startWall, zone),
    endMs: localToUtc(endWall, zone),
  };
}

/** The first start and last end of an event or series, for indexing (null end: endless series). */
export function eventBounds(e: StoredEvent): { startMs: number; endMs: number | null } {
  // All-day events float; widen by the largest UTC offsets so every viewer's day is covered.
  const slack = e.isAllDay ? 14 * 3600_000 : 0;
  const first = instanceAt(e, null, 'UTC');
  if (!e.recurrence) return { startMs: first.startMs - slack, endMs: first.endMs + slack };
  // The first occurrence lies within a few years of the range start for every pattern.
  const horizon = dateKey(addDays(parseWall(`${e.recurrence.range.startDate}T00:00:00`), 5 * 366));
  const firstDate = occurrenceDates(
    { ...e.recurrence, range: { ...e.recurrence.range, type: 'numbered', numberOfOccurrences: 1 } },
    horizon,
  )[0];
  const lastDate = seriesLastDate(e.recurrence);
  const startMs = Math.min(first.startMs, firstDate ? instanceAt(e, firstDate, 'UTC').startMs : first.startMs) - slack;
  if (lastDate === null) return { startMs, endMs: null };
  return { startMs, endMs: instanceAt(e, lastDate, 'UTC').endMs + slack };
}

/**
 * Instances of an event overlapping [fromMs, toMs): the event itself, or the occurrences of
 * a series (less those cancelled one by one).
 */
export function instancesInWindow(e: StoredEvent, fromMs: number, toMs: number, viewIana: string): Instance[] {
  if (!e.recurrence) {
    const i = instanceAt(e, null, viewIana);
    return i.startMs < toMs && i.endMs > fromMs ? [i] : [];
  }
  // Dates are local; expand up to a day past the window's end in UTC, then filter by instant.
  const until = dateKey(addDays(utcToLocal(toMs, 'UTC'), 2));
  const out: Instance[] = [];
  for (const d of occurrenceDates(e.recurrence, until)) {
    if (e.cancelledOccurrences.includes(d)) continue;
    const i = instanceAt(e, d, viewIana);
    if (i.startMs < toMs && i.endMs > fromMs) out.push(i);
  }
  return out;
}

/** Occurrence ids are the series id plus the local date: stable, and resolvable on GET. */
export const occurrenceId = (seriesId: string, date: string): string => `${seriesId}_${date.replace(/-/g, '')}`;
export function parseOccurrenceId(id: string): { seriesId: string; date: string } | null {
  const m = /^(.+)_(\d{4})(\d{2})(\d{2})$/.exec(id);
  return m ? { seriesId: m[1], date: `${m[2]}-${m[3]}-${m[4]}` } : null;
}

export interface Viewer {
  user: DirectoryUser | null;
  addresses: string[];
  /** The zone to render in: the Prefer header's name and its IANA zone, or UTC. */
  tzName: string;
  tzIana: string;
}

function bodyPreview(body: StoredEvent['body']): string {
  const text = body.contentType === 'html' ? body.content.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ') : body.content;
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}

/** Graph's event JSON for an instance, in the viewer's time zone. */
export function renderEvent(inst: Instance, viewer: Viewer): Record<string, unknown> {
  const e = inst.event;
  const at = (wallParts: LocalParts, ms: number): { dateTime: string; timeZone: string } =>
    e.isAllDay
      ? { dateTime: formatGraphDateTime({ ...wallParts, hour: 0, minute: 0, second: 0 }), timeZone: viewer.tzName }
      : { dateTime: formatGraphDateTime(utcToLocal(ms, viewer.tzIana)), timeZone: viewer.tzName };
  const addrs = viewer.addresses.map((a) => a.toLowerCase());
  const isOrganizer =
    addrs.includes(e.organizer.emailAddress.address.toLowerCase()) || (e.owner.kind === 'user' && viewer.user?.id === e.owner.id);
  const mine = e.attendees.find((a) => addrs.includes(a.emailAddress.address.toLowerCase()));
  const id = inst.type === 'occurrence' ? occurrenceId(e.id, inst.occurrence!) : e.id;
  return {
    '@odata.etag': `W/"${e.changeKey}"`,
    id,
    createdDateTime: e.createdDateTime,
    lastModifiedDateTime: e.lastModifiedDateTime,
    changeKey: e.changeKey,
    categories: e.categories,
    transactionId: null,
    originalStartTimeZone: e.timeZone,
    originalEndTimeZone: e.timeZone,
    iCalUId: e.iCalUId,
    reminderMinutesBeforeStart: e.reminderMinutesBeforeStart,
    isReminderOn: e.isReminderOn,
    hasAttachments: false,
    subject: e.subject,
    bodyPreview: bodyPreview(e.body),
    importance: e.importance,
    sensitivity: e.sensitivity,
    isAllDay: e.isAllDay,
    isCancelled: e.isCancelled,
    isOrganizer,
    responseRequested: e.responseRequested,
    seriesMasterId: inst.type === 'occurrence' ? e.id : null,
    showAs: e.showAs,
    type: inst.type,
    webLink: inst.type === 'occurrence' ? eventWebLink(id) : e.webLink,
    onlineMeetingUrl: null,
    isOnlineMeeting: e.isOnlineMeeting,
    onlineMeetingProvider: e.isOnlineMeeting ? 'teamsForBusiness' : 'unknown',
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    responseStatus: isOrganizer ? { response: 'organizer', time: NEVER } : mine ? mine.status : { response: 'none', time: NEVER },
    body: e.body,
    start: at(inst.startWall, inst.startMs),
    end: at(inst.endWall, inst.endMs),
    location: {
      displayName: e.location.displayName,
      locationType: e.location.locationType,
      uniqueIdType: 'unknown',
      address: {},
      coordinates: {},
    },
    locations: e.location.displayName
      ? [{ displayName: e.location.displayName, locationType: e.location.locationType, uniqueIdType: 'unknown' }]
      : [],
    recurrence: inst.type === 'seriesMaster' ? e.recurrence : null,
    attendees: e.attendees,
    organizer: e.organizer,
    onlineMeeting: e.onlineMeeting,
  };
}
