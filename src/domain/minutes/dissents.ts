import { trustedAuthor, type Trust } from '../bodies/trust';
import { byServerOrder } from '../live/standing';

/**
 * Dissents (reservationer) and minute notes (protokollsanteckningar) from the append-only events in
 * `Lists/Dissents` (DOMAIN §5, KL 4:27), in server order. Only those who took part in the decision
 * may dissent; written reasons count until the time set for signing the minutes; a withdrawal is a new
 * event. A minute note is at the chair's discretion, so anyone may hand one in; staff may record
 * either for a person. What does not count is listed with its reason for the clerk.
 */

export type DissentKind = 'Dissent' | 'MinuteNote';

/** Anmäld, skriftlig motivering, återkallad. */
export type DissentEventKind = 'Announced' | 'Reasons' | 'Withdrawn';

export interface DissentEvent {
  id: number;
  itemId: number;
  kind: DissentKind;
  event: DissentEventKind;
  /** The written reasons, or the note's text. */
  text: string | null;
  /** Whom it is about: the author, or the person staff recorded it for. */
  personId: number;
  authorId: number;
  at: string;
}

export interface Dissent {
  personId: number;
  kind: DissentKind;
  announcedAt: string;
  /** null: no written reasons (a dissent may stand without them). */
  text: string | null;
}

export type DissentIgnoredReason =
  /** Written for someone else by a person who is not staff of the body. */
  | 'notTrusted'
  /** A dissent from someone who did not take part in the decision. */
  | 'notParticipant'
  /** Reasons or a withdrawal with no announcement standing. */
  | 'notAnnounced'
  /** Reasons after the time set for signing the minutes. */
  | 'late';

export interface DissentRules {
  trust: Trust;
  /** Took part in the item's decision: served on it and was not disqualified. */
  tookPart(personId: number): boolean;
  /** The time set for signing the minutes (ISO); null: not set, so not checked. */
  reasonsUntil: string | null;
}

export function dissentsOn(
  events: readonly DissentEvent[],
  itemId: number,
  rules: DissentRules,
): { dissents: Dissent[]; ignored: { event: DissentEvent; reason: DissentIgnoredReason }[] } {
  const standing = new Map<string, Dissent>();
  const ignored: { event: DissentEvent; reason: DissentIgnoredReason }[] = [];
  const until = rules.reasonsUntil === null ? null : Date.parse(rules.reasonsUntil);
  const judge = (e: DissentEvent, key: string): DissentIgnoredReason | null => {
    if (!trustedAuthor(e, rules.trust)) return 'notTrusted';
    if (e.event === 'Announced') return e.kind === 'Dissent' && !rules.tookPart(e.personId) ? 'notParticipant' : null;
    if (!standing.has(key)) return 'notAnnounced';
    return e.event === 'Reasons' && until !== null && Date.parse(e.at) > until ? 'late' : null;
  };
  for (const e of events.filter((x) => x.itemId === itemId).sort(byServerOrder)) {
    const key = `${e.kind}:${e.personId}`;
    const reason = judge(e, key);
    if (reason) {
      ignored.push({ event: e, reason });
      continue;
    }
    const text = e.text?.trim() ? e.text.trim() : null;
    if (e.event === 'Withdrawn') standing.delete(key);
    else if (e.event === 'Reasons') standing.get(key)!.text = text;
    // announcing again keeps the first time and any reasons already given
    else if (!standing.has(key)) standing.set(key, { personId: e.personId, kind: e.kind, announcedAt: e.at, text });
  }
  return { dissents: [...standing.values()], ignored };
}
