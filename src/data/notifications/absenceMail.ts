import { plannedCallIns, type CallIn } from '../../domain/meetings/callIns';
import { trustFromStaff } from '../../domain/bodies/trust';
import type { AttendanceEvent } from '../../domain/meetings/types';
import { toDataError } from '../errors';
import type { ErrorCode } from '../errorCodes';
import type { MeetingDetails, PersonRef } from '../services';
import { PERSON_FIELDS, toPersonRef, type RawPerson } from '../repositories/raw';
import { listUrl, type RepoContext } from '../repositories/site';
import { notifyMailTexts, type MailMeeting, type NotifyMailTexts } from './mailTexts';
import type { AbsenceOutcome, NotifyWarning } from './types';

/** What sending needs of a Graph client (structural: SPFx's MSGraphClientV3 and the library's Client both fit). */
export interface MailSender {
  api(path: string): { post(body: unknown): Promise<any> };
}

/** A stored absence notice or withdrawal, with the meeting as it was read before the write. */
export interface AbsenceChange {
  kind: 'reported' | 'withdrawn';
  before: MeetingDetails;
  /** The body's assignees by site user id, with their addresses. */
  people: ReadonlyMap<number, PersonRef>;
  written: AttendanceEvent;
  /** The meeting in the portal, absolute. */
  link: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const p = (text: string): string => `<p>${escapeHtml(text)}</p>`;
const ul = (lines: readonly string[]): string => `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;

/** A mail link must work outside the portal: a host's relative link (the standalone host's `#/…`) is made absolute. */
export function absoluteLink(link: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link)) return link;
  const here = (globalThis as { location?: { href?: string } }).location?.href;
  try {
    return here ? new URL(link, here).href : link;
  } catch {
    return link;
  }
}

/** The item numbers a call-in covers; 'all' on an empty agenda (the call-in is for the whole meeting). */
function servedNumbers(c: CallIn | undefined, agenda: readonly number[]): number[] | 'all' {
  if (!c) return [];
  if (c.items !== 'all') return c.items;
  return agenda.length ? agenda.filter((n) => !c.except.includes(n)) : 'all';
}

/** The body's own clerks (Organ → Sekreterare), read after the write: only mailing needs them. */
async function bodyClerks(ctx: RepoContext, bodyId: number): Promise<PersonRef[]> {
  const row = await ctx.sp.web
    .getList(listUrl(ctx, 'Bodies'))
    .items.getById(bodyId)
    .select(...PERSON_FIELDS('Clerks'))
    .expand('Clerks')<{ Clerks: RawPerson[] | { results: RawPerson[] } | null }>();
  const raw = Array.isArray(row.Clerks) ? row.Clerks : (row.Clerks?.results ?? []);
  return raw.map(toPersonRef).filter((x): x is PersonRef => x !== null);
}

async function send(graph: MailSender, to: readonly PersonRef[], subject: string, html: string): Promise<ErrorCode | null> {
  try {
    // delegated: the mail is from the person who reported, and a copy stays in their Sent Items
    await graph.api('/me/sendMail').post({
      message: {
        subject,
        body: { contentType: 'HTML', content: html },
        toRecipients: to.map((r) => ({ emailAddress: { address: r.email, name: r.displayName } })),
      },
      saveToSentItems: true,
    });
    return null;
  } catch (e) {
    return (await toDataError(e)).code;
  }
}

function clerkMail(
  t: NotifyMailTexts,
  change: AbsenceChange,
  m: MailMeeting,
  person: string,
  lines: { calledIn: string[]; dropped: string[] },
) {
  const d = change.before;
  const e = change.written;
  const parts: string[] = [];
  if (change.kind === 'reported') {
    parts.push(p(t.absence.intro(person, m)));
    if (e.itemNumbers === null) parts.push(p(t.wholeMeeting));
    else {
      const title = new Map(d.items.map((i) => [i.number, i.title]));
      parts.push(p(t.itemsHeading), ul(e.itemNumbers.map((n) => t.item(n, title.get(n) ?? ''))));
    }
    if (e.reason) parts.push(p(t.reason(e.reason)));
    parts.push(...(lines.calledIn.length ? [p(t.calledInHeading), ul(lines.calledIn)] : [p(t.noneCalledIn)]));
  } else {
    parts.push(p(t.withdrawn.intro(person, m)));
  }
  if (lines.dropped.length) parts.push(p(t.callInsWithdrawnHeading), ul(lines.dropped));
  const subject = change.kind === 'reported' ? t.absence.subject(person, m) : t.withdrawn.subject(person, m);
  return { subject, html: parts.join('') };
}

const linkAndFooter = (t: NotifyMailTexts, link: string, person: string): string =>
  `<p><a href="${escapeHtml(link)}">${escapeHtml(t.link)}</a></p><p><small>${escapeHtml(t.footer(person))}</small></p>`;

/**
 * After an absence notice or its withdrawal is stored: mails the body's clerks what changed and who
 * the substitute order now calls in, and tells each substitute whose call-in the change withdrew.
 * Never throws — what could not be sent comes back as warnings, and the notice stays stored.
 */
export async function notifyAbsence(ctx: RepoContext, graph: MailSender, change: AbsenceChange): Promise<AbsenceOutcome> {
  try {
    return await notify(ctx, graph, change);
  } catch (e) {
    // a fault of our own after the notice was stored must not read as a failed notice
    return {
      mailed: { clerks: [], substitutes: [] },
      warnings: [{ code: 'clerkMailFailed', names: [], cause: (await toDataError(e)).code }],
    };
  }
}

async function notify(ctx: RepoContext, graph: MailSender, change: AbsenceChange): Promise<AbsenceOutcome> {
  const t = notifyMailTexts('sv-SE');
  const d = change.before;
  const me = ctx.user.siteUserId;
  const person = ctx.user.displayName;
  const m: MailMeeting = { bodyName: d.bodyName, title: d.title, when: t.when(new Date(d.start)) };
  const agenda = d.items.map((i) => i.number).sort((a, b) => a - b);
  const callIns = (attendance: readonly AttendanceEvent[]) =>
    plannedCallIns({
      rules: d.rules,
      assignments: d.seatAssignments,
      attendance,
      meetingStart: d.start,
      trust: trustFromStaff(d.staffIds),
      itemNumbers: agenda,
    });
  const before = callIns(d.attendance);
  const after = callIns([...d.attendance, change.written]);
  const name = (id: number) => change.people.get(id)?.displayName || String(id);

  // substitutes who served in some item before the change and no longer do there
  const dropped = [...before.entries()]
    .filter(([id]) => id !== me)
    .map(([id, c]) => {
      const was = servedNumbers(c, agenda);
      const now = servedNumbers(after.get(id), agenda);
      const lost: number[] | 'all' = was === 'all' ? (now === 'all' ? [] : 'all') : was.filter((n) => now !== 'all' && !now.includes(n));
      return { id, forMember: c.forMemberName, lost, now };
    })
    .filter((x) => x.lost === 'all' || x.lost.length > 0);

  const outcome: AbsenceOutcome = { mailed: { clerks: [], substitutes: [] }, warnings: [] };
  const warn = (w: NotifyWarning) => outcome.warnings.push(w);
  const link = absoluteLink(change.link);
  const footer = linkAndFooter(t, link, person);

  let clerks: PersonRef[] = [];
  let clerkError: ErrorCode | null = null;
  try {
    clerks = (await bodyClerks(ctx, d.bodyId)).filter((c) => c.id !== me && c.email);
  } catch (e) {
    clerkError = (await toDataError(e)).code;
  }
  if (clerkError) warn({ code: 'clerkMailFailed', names: [], cause: clerkError });
  else if (!clerks.length) warn({ code: 'noClerks', names: [], cause: null });
  else {
    const calledIn = [...after.entries()]
      .filter(([, c]) => c.forMemberId === me)
      .map(([id, c]) => t.calledIn(name(id), c.forMemberName, t.items(servedNumbers(c, agenda))));
    const mail = clerkMail(t, change, m, person, {
      calledIn,
      dropped: dropped.map((x) => t.calledIn(name(x.id), x.forMember, t.items(x.lost))),
    });
    const names = clerks.map((c) => c.displayName);
    const cause = await send(graph, clerks, mail.subject, mail.html + footer);
    if (cause) warn({ code: 'clerkMailFailed', names, cause });
    else outcome.mailed.clerks.push(...names);
  }

  // one mail each: the text is the substitute's own
  for (const x of dropped) {
    const to = change.people.get(x.id);
    if (!to?.email) {
      warn({ code: 'substituteMailFailed', names: [name(x.id)], cause: null });
      continue;
    }
    const still = x.now === 'all' ? [] : x.now;
    const text =
      x.lost === 'all' || still.length === 0
        ? t.callInWithdrawn.whole(x.forMember, m)
        : t.callInWithdrawn.partly(x.forMember, m, t.items(x.lost), t.items(still));
    const cause = await send(graph, [to], t.callInWithdrawn.subject(m), p(text) + footer);
    if (cause) warn({ code: 'substituteMailFailed', names: [to.displayName], cause });
    else outcome.mailed.substitutes.push(to.displayName);
  }
  return outcome;
}
