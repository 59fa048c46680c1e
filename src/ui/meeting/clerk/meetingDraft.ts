import type { BodyPerson, BodySummary, MeetingDetails, MeetingInput } from '../../../data/services';
import type { MeetingStrings } from '../../strings/meeting';
import type { CommonStrings } from '../../strings';
import { textLimits } from '../../../data/schema/limits';
import { peopleFacts, validateMeeting, type MeetingProblem, type MeetingProblemCode } from '../../../domain/meetings/validation';
import { isoDay, parseIsoDay, parseTime, stockholmToUtc, utcToStockholm } from '../stockholmTime';

/** What the meeting form holds while being edited (text as typed). */
export interface MeetingDraft {
  bodyId: number | null;
  title: string;
  /** The date as typed, "2026-12-01". */
  date: string;
  /** The clerk confirmed a date that has already passed. */
  pastConfirmed: boolean;
  startTime: string;
  endTime: string;
  location: string;
  remoteAllowed: boolean;
  chairId: number | null;
  coSignerIds: number[];
  /** As typed; empty when none. */
  signingDue: string;
}

export type DraftErrors = Partial<
  Record<'bodyId' | 'title' | 'date' | 'startTime' | 'endTime' | 'location' | 'coSignerIds' | 'chairId' | 'signingDue', string>
>;

export function emptyDraft(): MeetingDraft {
  return {
    bodyId: null,
    title: '',
    date: '',
    pastConfirmed: false,
    startTime: '09:00',
    endTime: '16:00',
    location: '',
    remoteAllowed: false,
    chairId: null,
    coSignerIds: [],
    signingDue: '',
  };
}

export function draftOf(details: MeetingDetails): MeetingDraft {
  const start = utcToStockholm(details.start);
  return {
    bodyId: details.bodyId,
    title: details.title,
    date: isoDay(start.day),
    pastConfirmed: false,
    startTime: start.time,
    endTime: details.end ? utcToStockholm(details.end).time : '',
    location: details.location,
    remoteAllowed: details.remoteAllowed,
    chairId: details.chair?.id ?? null,
    coSignerIds: details.coSigners.map((p) => p.id),
    signingDue: details.signingDue ? isoDay(utcToStockholm(details.signingDue).day) : '',
  };
}

/** Whether the typed date is a day that has already passed (the form then offers the confirmation). */
export function isPastDay(text: string, today: string): boolean {
  const day = parseIsoDay(text);
  return day !== null && isoDay(day) < today;
}

/** Checks the draft and builds the input; every problem is named by its field. `today` is the Swedish date. */
export function validateDraft(
  d: MeetingDraft,
  body: BodySummary | undefined,
  strings: MeetingStrings,
  today: string,
  common: CommonStrings,
  people: readonly BodyPerson[] = [],
): { errors: DraftErrors; input: MeetingInput | null } {
  const t = strings.clerk.invalid;
  const errors: DraftErrors = {};
  // the list's field sizes, so SharePoint never has to refuse a text far from its field
  const tooLong = (text: string, max: number) => (text.trim().length > max ? common.common.tooLong(max, text.trim().length) : undefined);
  const longTitle = tooLong(d.title, textLimits.meetingTitle);
  if (longTitle) errors.title = longTitle;
  const longLocation = tooLong(d.location, textLimits.meetingLocation);
  if (longLocation) errors.location = longLocation;
  // what the clerk typed must first read as a body, a date and times; the meeting rules are the domain's
  if (d.bodyId === null) errors.bodyId = t.body;
  const date = parseIsoDay(d.date);
  if (!d.date.trim()) errors.date = t.date;
  else if (!date) errors.date = t.dateFormat(d.date);
  const signingDue = d.signingDue.trim() ? parseIsoDay(d.signingDue) : null;
  if (d.signingDue.trim() && !signingDue) errors.signingDue = t.dateFormat(d.signingDue);
  const start = parseTime(d.startTime);
  if (!start) errors.startTime = t.time;
  const end = parseTime(d.endTime);
  if (!end) errors.endTime = t.time;
  // before a date is chosen the end is still checked against the start, on a winter day
  const on = date ?? { year: 2000, month: 1, day: 1 };
  const plan = {
    title: d.title,
    start: start && stockholmToUtc(on, start),
    end: end && stockholmToUtc(on, end),
    chairId: d.chairId,
    coSignerIds: d.coSignerIds,
  };
  const when = date ? { today, day: isoDay(date), pastConfirmed: d.pastConfirmed } : undefined;
  for (const p of validateMeeting(
    plan,
    body && { ...body, ...(people.length ? { memberIds: peopleFacts(people).memberIds } : {}) },
    when,
  )) {
    const field = fieldOf[p.code];
    const text = problemText(p, t);
    // the first problem per field is the one shown, as the form always did
    if (field && text && !errors[field]) errors[field] = text;
  }
  if (Object.keys(errors).length > 0 || !date || !plan.start || !plan.end || d.bodyId === null) return { errors, input: null };
  return {
    errors,
    input: {
      bodyId: d.bodyId,
      title: d.title.trim(),
      start: plan.start,
      end: plan.end,
      location: d.location.trim(),
      remoteAllowed: d.remoteAllowed,
      chairId: d.chairId,
      coSignerIds: d.coSignerIds,
      // Signing is due at the end of the chosen Swedish day.
      signingDue: signingDue ? stockholmToUtc(signingDue, { hour: 23, minute: 59 }) : null,
    },
  };
}

/** The form field that shows each problem; codes the form has no string for are the repository's to refuse. */
const fieldOf: Partial<Record<MeetingProblemCode, keyof DraftErrors>> = {
  titleMissing: 'title',
  endBeforeStart: 'endTime',
  dateInPast: 'date',
  tooManyCoSigners: 'coSignerIds',
  chairIsCoSigner: 'coSignerIds',
  coSignerNotMember: 'coSignerIds',
};

function problemText(p: MeetingProblem, t: MeetingStrings['clerk']['invalid']): string | undefined {
  switch (p.code) {
    case 'titleMissing':
      return t.title;
    case 'endBeforeStart':
      return t.endBeforeStart;
    case 'dateInPast':
      return t.pastDate;
    case 'tooManyCoSigners':
      return t.tooManyCoSigners(p.allowed);
    case 'chairIsCoSigner':
      return t.chairIsCoSigner;
    case 'coSignerNotMember':
      return t.coSignerNotMember;
    default:
      return undefined;
  }
}
