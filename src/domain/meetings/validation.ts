/**
 * What a clerk can get wrong when setting up a meeting, checked the same way by the clerk's form
 * (per field, as the clerk types) and by the repository (before anything is written). Problems are
 * codes with values, never wording: the form and the data layer each say them in their own way.
 */

/** The meeting as the clerk set it up. Times are UTC ISO strings; null where none could be read. */
export interface MeetingPlan {
  title: string;
  start: string | null;
  end: string | null;
  chairId: number | null;
  coSignerIds: readonly number[];
}

/** When the plan is checked: a date already passed is kept only when the clerk confirms it. */
export interface MeetingCheckTime {
  /** Today's Swedish date, "2026-12-01". */
  today: string;
  /** The meeting's Swedish date. */
  day: string;
  pastConfirmed: boolean;
}

/** What the body decides about its meetings. */
export interface MeetingBodyFacts {
  /** Co-signers (justerare) per meeting: a setting per body (DOMAIN §6, two in RF). */
  coSignerCount: number;
  /** People with an assignment in the body on the meeting's date; leave out to skip that check. */
  assigneeIds?: ReadonlySet<number>;
  /** Of those, the ordinary members (ledamöter); leave out to skip the co-signers' role check. */
  memberIds?: ReadonlySet<number>;
  /** Whether substitutes may co-sign the minutes: a setting per body `[L]`, members only unless set. */
  coSignersMayBeSubstitutes?: boolean;
}

export type MeetingProblem =
  | { code: 'titleMissing'; field: 'title' }
  | { code: 'timeInvalid'; field: 'start' | 'end' }
  | { code: 'endBeforeStart'; field: 'end' }
  | { code: 'dateInPast'; field: 'start' }
  | { code: 'coSignerTwice'; field: 'coSignerIds' }
  | { code: 'tooManyCoSigners'; field: 'coSignerIds'; allowed: number; chosen: number }
  | { code: 'chairIsCoSigner'; field: 'coSignerIds' }
  | { code: 'chairNotInBody'; field: 'chairId' }
  | { code: 'coSignerNotInBody'; field: 'coSignerIds'; personIds: number[] }
  | { code: 'coSignerNotMember'; field: 'coSignerIds'; personIds: number[] };

export type MeetingProblemCode = MeetingProblem['code'];

/** The body's people on the day as the facts the check needs (the form and the repository alike). */
export function peopleFacts(
  people: readonly { id: number; role: 'Member' | 'Substitute' }[],
): Pick<MeetingBodyFacts, 'assigneeIds' | 'memberIds'> {
  return {
    assigneeIds: new Set(people.map((p) => p.id)),
    memberIds: new Set(people.filter((p) => p.role === 'Member').map((p) => p.id)),
  };
}

/**
 * Every problem with the plan, in the order a clerk should fix them. Without the body's facts only
 * the plan's own rules are checked (the repository checks those before it reads the body).
 */
export function validateMeeting(plan: MeetingPlan, body?: MeetingBodyFacts, when?: MeetingCheckTime): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  if (!plan.title.trim()) problems.push({ code: 'titleMissing', field: 'title' });
  const start = plan.start === null ? Number.NaN : Date.parse(plan.start);
  const end = plan.end === null ? Number.NaN : Date.parse(plan.end);
  if (Number.isNaN(start)) problems.push({ code: 'timeInvalid', field: 'start' });
  if (Number.isNaN(end)) problems.push({ code: 'timeInvalid', field: 'end' });
  else if (!Number.isNaN(start) && end <= start) problems.push({ code: 'endBeforeStart', field: 'end' });
  // a meeting set on a day already passed is almost always a typing slip; on purpose it must be said
  if (when && when.day < when.today && !when.pastConfirmed) problems.push({ code: 'dateInPast', field: 'start' });
  if (!body) return problems;

  const { chairId, coSignerIds } = plan;
  if (new Set(coSignerIds).size !== coSignerIds.length) problems.push({ code: 'coSignerTwice', field: 'coSignerIds' });
  if (coSignerIds.length > body.coSignerCount)
    problems.push({ code: 'tooManyCoSigners', field: 'coSignerIds', allowed: body.coSignerCount, chosen: coSignerIds.length });
  // the chair signs the minutes as chair (DOMAIN §6), so the chair is never also a co-signer
  if (chairId !== null && coSignerIds.includes(chairId)) problems.push({ code: 'chairIsCoSigner', field: 'coSignerIds' });
  const people = body.assigneeIds;
  if (people) {
    if (chairId !== null && !people.has(chairId)) problems.push({ code: 'chairNotInBody', field: 'chairId' });
    const outsiders = coSignerIds.filter((id) => !people.has(id));
    if (outsiders.length) problems.push({ code: 'coSignerNotInBody', field: 'coSignerIds', personIds: outsiders });
  }
  const members = body.memberIds;
  if (members && !body.coSignersMayBeSubstitutes) {
    // outsiders are named above; here the body's own people who are not ordinary members
    const substitutes = coSignerIds.filter((id) => !members.has(id) && (!people || people.has(id)));
    if (substitutes.length) problems.push({ code: 'coSignerNotMember', field: 'coSignerIds', personIds: substitutes });
  }
  return problems;
}
