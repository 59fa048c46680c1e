import { trustedAuthor, type Trust } from '../bodies/trust';
import type { AttendanceEvent } from '../meetings/types';
import { byServerOrder } from './standing';
import type { LiveRefusal, Outage, RemoteEventKind, RemoteParticipant } from './types';

/**
 * Remote participation (KL 5:16, DOMAIN §2) from the attendance events, in server order. A remote
 * member counts as present only while they see and hear the meeting and are seen and heard: a
 * broken link makes them absent until it works again, and until staff record them absent for it
 * no decision may be taken (the Luleå annulments, 2021). Every report is kept, with its server time.
 *
 * Who counts: the roll call's PresentRemote and LinkAbsent only from staff; the confirmation only
 * from the person; a broken or restored link from the person or from staff for them.
 */

/** Roll-call events that end an outage (staff have the person present again) or record the person absent. */
const PRESENT_AGAIN = new Set(['Present', 'PresentRemote', 'Arrival']);
const RECORDED_ABSENT = new Set(['Absent', 'Departure']);

const openOutage = (p: RemoteParticipant): Outage | undefined => p.outages.find((o) => o.to === null);

export function remoteParticipants(events: readonly AttendanceEvent[], trust: Trust): Map<number, RemoteParticipant> {
  const out = new Map<number, RemoteParticipant>();
  const join = (personId: number) => {
    let p = out.get(personId);
    if (!p) {
      p = { personId, remote: true, confirmed: false, confirmedAt: null, link: 'ok', outages: [] };
      out.set(personId, p);
    }
    return p;
  };
  for (const e of [...events].sort(byServerOrder)) {
    const staff = trust.isStaff(e.authorId);
    if (e.kind === 'PresentRemote' && staff) join(e.personId).remote = true;
    if (e.kind === 'RemoteConfirmed' && e.authorId === e.personId) {
      const p = join(e.personId);
      // the first confirmation is the one the minutes record; later ones change nothing
      if (!p.confirmed) Object.assign(p, { confirmed: true, confirmedAt: e.at });
      continue;
    }
    const p = out.get(e.personId);
    if (!p) continue;
    const outage = openOutage(p);
    if (PRESENT_AGAIN.has(e.kind) && staff) {
      if (outage) outage.to = e.at;
      p.link = 'ok';
      // in the chamber now (Present), or remote again (PresentRemote); an arrival keeps the way they take part
      if (e.kind === 'Present') p.remote = false;
      if (e.kind === 'PresentRemote') p.remote = true;
    } else if (RECORDED_ABSENT.has(e.kind) && staff) {
      // recorded absent by the roll call: decisions need not wait for them
      if (outage && outage.markedAbsentAt === null) outage.markedAbsentAt = e.at;
      if (outage) p.link = 'absent';
    } else if (e.kind === 'LinkBroken' && trustedAuthor(e, trust)) {
      // a second report of the same outage changes nothing: it began at the first
      if (outage) continue;
      p.outages.push({ from: e.at, to: null, itemId: e.fromItemId, markedAbsentAt: null });
      p.link = 'broken';
    } else if (e.kind === 'LinkRestored' && trustedAuthor(e, trust)) {
      if (!outage) continue;
      outage.to = e.at;
      p.link = 'ok';
    } else if (e.kind === 'LinkAbsent' && staff) {
      // staff may see the link go before anyone reports it: the outage begins when they record it
      if (!outage) p.outages.push({ from: e.at, to: null, itemId: e.fromItemId, markedAbsentAt: e.at });
      else outage.markedAbsentAt ??= e.at;
      p.link = 'absent';
    }
  }
  return out;
}

/** Remote participants whose link is broken and who are not yet recorded absent: no decision until then (KL 5:16). */
export function decisionsBlocked(participants: ReadonlyMap<number, RemoteParticipant>): { personId: number; since: string }[] {
  return [...participants.values()]
    .filter((p) => p.link === 'broken')
    .map((p) => ({ personId: p.personId, since: openOutage(p)!.from }))
    .sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.personId - b.personId));
}

/** Whether the person may report their link broken or working again (the member view's button). */
export function canReportLink(
  participants: ReadonlyMap<number, RemoteParticipant>,
  personId: number,
  kind: Extract<RemoteEventKind, 'LinkBroken' | 'LinkRestored'>,
): LiveRefusal | null {
  const p = participants.get(personId);
  if (!p || (!p.remote && p.link === 'ok')) return { code: 'notRemote' };
  if (kind === 'LinkRestored' && p.link === 'ok') return { code: 'noLinkToRestore' };
  return null;
}
