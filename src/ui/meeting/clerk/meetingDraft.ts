import type { BodySummary, MeetingDetails, MeetingInput } from '../../../data/services';
import type { MeetingStrings } from '../../strings/meeting';
import { validateMeeting, type MeetingProblem, type MeetingProblemCode } from '../../../domain/meetings/validation';
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
  return {
    bodyId: null,
    title: '',
    date: undefined,
    startTime: '09:00',
    endTime: '16:00',
    location: '',
    remoteAllowed: false,
    chairId: null,
    coSignerIds: [],
    signingDue: undefined,
  };
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
export function validateDraft(
  d: MeetingDraft,
  body: BodySummary | undefined,
  strings: MeetingStrings,
): { errors: DraftErrors; input: MeetingInput | null } {
  const t = strings.clerk.invalid;
  const errors: DraftErrors = {};
  // what the clerk typed must first read as a body, a date and times; the meeting rules are the domain's
  if (d.bodyId === null) errors.bodyId = t.body;
  if (!d.date) errors.date = t.date;
  const start = parseTime(d.startTime);
  if (!start) errors.startTime = t.time;
  const end = parseTime(d.endTime);
  if (!end) errors.endTime = t.time;
  // before a date is chosen the end is still checked against the start, on a winter day
  const on = d.date ? dayOf(d.date) : { year: 2000, month: 1, day: 1 };
  const plan = {
    title: d.title,
    start: start && stockholmToUtc(on, start),
    end: end && stockholmToUtc(on, end),
    chairId: d.chairId,
    coSignerIds: d.coSignerIds,
  };
  for (const p of validateMeeting(plan, body && { coSignerCount: body.coSignerCount })) {
    const field = fieldOf[p.code];
    const text = problemText(p, t);
    // the first problem per field is the one shown, as the form always did
    if (field && text && !errors[field]) errors[field] = text;
  }
  if (Object.keys(errors).length > 0 || !d.date || !plan.start || !plan.end || d.bodyId === null) return { errors, input: null };
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
      signingDue: d.signingDue ? stockholmToUtc(dayOf(d.signingDue), { hour: 23, minute: 59 }) : null,
    },
  };
}

/** The form field that shows each problem; codes the form has no string for are the repository's to refuse. */
const fieldOf: Partial<Record<MeetingProblemCode, keyof DraftErrors>> = {
  titleMissing: 'title',
  endBeforeStart: 'endTime',
  tooManyCoSigners: 'coSignerIds',
  chairIsCoSigner: 'coSignerIds',
};

function problemText(p: MeetingProblem, t: MeetingStrings['clerk']['invalid']): string | undefined {
  switch (p.code) {
    case 'titleMissing':
      return t.title;
    case 'endBeforeStart':
      return t.endBeforeStart;
    case 'tooManyCoSigners':
      return t.tooManyCoSigners(p.allowed);
    case 'chairIsCoSigner':
      return t.chairIsCoSigner;
    default:
      return undefined;
  }
}
