import type { BodySummary, MeetingDetails, MeetingInput } from '../../../data/services';
import type { MeetingStrings } from '../../strings/meeting';
import { dateOf, dayOf, parseTime, stockholmToUtc, utcToStockholm } from '../stockholmTime';

/** What the meeting form holds while being edited (text as typed). */
export interface MeetingDraft {
  bodyId: number | null;
  title: string;
  date: Date | undefined;
  startTime: string;
  endTime: string;
  location: string;
  remoteAllowed: boolean;
  chairId: number | null;
  coSignerIds: number[];
  signingDue: Date | undefined;
}

export type DraftErrors = Partial<Record<'bodyId' | 'title' | 'date' | 'startTime' | 'endTime' | 'coSignerIds', string>>;

export function emptyDraft(): MeetingDraft {
  return { bodyId: null, title: '', date: undefined, startTime: '09:00', endTime: '16:00', location: '', remoteAllowed: false, chairId: null, coSignerIds: [], signingDue: undefined };
}

export function draftOf(details: MeetingDetails): MeetingDraft {
  const start = utcToStockholm(details.start);
  return {
    bodyId: details.bodyId,
    title: details.title,
    date: dateOf(start.day),
    startTime: start.time,
    endTime: details.end ? utcToStockholm(details.end).time : '',
    location: details.location,
    remoteAllowed: details.remoteAllowed,
    chairId: details.chair?.id ?? null,
    coSignerIds: details.coSigners.map((p) => p.id),
    signingDue: details.signingDue ? dateOf(utcToStockholm(details.signingDue).day) : undefined,
  };
}

/** Checks the draft and builds the input; every problem is named by its field. */
export function validateDraft(d: MeetingDraft, body: BodySummary | undefined, strings: MeetingStrings): { errors: DraftErrors; input: MeetingInput | null } {
  const t = strings.clerk.invalid;
  const errors: DraftErrors = {};
  if (d.bodyId === null) errors.bodyId = t.body;
  if (!d.title.trim()) errors.title = t.title;
  if (!d.date) errors.date = t.date;
  const start = parseTime(d.startTime);
  if (!start) errors.startTime = t.time;
  const end = parseTime(d.endTime);
  if (!end) errors.endTime = t.time;
  else if (start && end && end.hour * 60 + end.minute <= start.hour * 60 + start.minute) errors.endTime = t.endBeforeStart;
  if (body && d.coSignerIds.length > body.coSignerCount) errors.coSignerIds = t.tooManyCoSigners(body.coSignerCount);
  else if (d.chairId !== null && d.coSignerIds.includes(d.chairId)) errors.coSignerIds = t.chairIsCoSigner;
  if (Object.keys(errors).length > 0 || !d.date || !start || !end || d.bodyId === null) return { errors, input: null };
  const day = dayOf(d.date);
  const startIso = stockholmToUtc(day, start);
  return {
    errors,
    input: {
      bodyId: d.bodyId,
      title: d.title.trim(),
      start: startIso,
      end: stockholmToUtc(day, end),
      location: d.location.trim(),
      remoteAllowed: d.remoteAllowed,
      chairId: d.chairId,
      coSignerIds: d.coSignerIds,
      // Signing is due at the end of the chosen Swedish day.
      signingDue: d.signingDue ? stockholmToUtc(dayOf(d.signingDue), { hour: 23, minute: 59 }) : null,
    },
  };
}
