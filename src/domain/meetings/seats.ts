import { trustedAuthor, type Trust } from '../bodies/trust';
import type { BodyRules, SeatAssignment } from '../bodies/types';
import { activeAbsences, itemsOut } from './absence';
import { disqualifications } from './conflicts';
import { quorum, type Quorum } from './quorum';
import type { AgendaItemRef, AttendanceEvent, ConflictEvent } from './types';

/**
 * The seat table per agenda item (DOMAIN §2–3): who holds each seat, in what capacity. It decides
 * who may vote, so the voting app takes its electorate from here.
 *
 * Rules, all from the body's settings where the law leaves them local:
 * - a present member holds their own seat; a disqualified one (jäv) does not, for that item;
 * - an empty seat is filled from the substitutes by the body's order: RF only the member's own
 *   party in party order; committees the personal substitute, then the party's order, then the
 *   cross-party order set by fullmäktige; if nobody is available the seat stays empty;
 * - a serving substitute is not displaced by a higher-ranked substitute who arrives later, but a
 *   member who arrives late takes the seat back; changes happen only between items;
 * - a member or substitute who left may not return the same day unless the body allows it;
 * - a remote participant whose link breaks is absent until it works again (KL 5:16), but has not
 *   left: they take the seat back when it works, whatever the body says about returning. The seat
 *   stays empty for the rest of the item on which the link broke; a substitute may serve from the next;
 * - one person holds at most one seat, and every seat is counted once.
 */

export type Capacity = 'Member' | 'ServingSubstitute' | 'Vacant';

export interface SeatHolding {
  seatNumber: number;
  memberId: number | null;
  memberName: string;
  party: string;
  holderId: number | null;
  holderName: string | null;
  capacity: Capacity;
  remote: boolean;
  /** Why the member does not hold the seat on this item. */
  memberOut: 'absent' | 'disqualified' | 'left' | null;
}

export interface ItemSeats {
  itemId: number;
  itemNumber: number;
  seats: SeatHolding[];
  quorum: Quorum;
  /** Jäv on this item: who was out and who served instead (null: nobody could). */
  disqualified: { personId: number; servedById: number | null }[];
  /** Substitutes present but not serving: they may attend, not vote. */
  nonServingPresent: number[];
  /** People recorded as arriving after leaving, on a body that does not allow it. */
  refusedReturns: number[];
}

export type Presence = { present: false } | { present: true; remote: boolean };

export interface SeatTableInput {
  rules: BodyRules;
  /** Assignments in the body valid on the meeting's date. */
  assignments: readonly SeatAssignment[];
  /** The agenda in order. */
  items: readonly AgendaItemRef[];
  attendance: readonly AttendanceEvent[];
  conflicts: readonly ConflictEvent[];
  meetingStart: string;
  remoteAllowed: boolean;
  trust: Trust;
  /**
   * 'planned': before the meeting, from absence notices (everyone else is expected).
   * 'rollCall': at the meeting, from the roll call and later arrivals and departures.
   */
  mode: 'planned' | 'rollCall';
}

const ROLL_CALL = new Set(['Present', 'PresentRemote', 'Absent', 'Arrival', 'Departure']);

/** Roll-call events count from staff; a broken or restored link also from the person (src/domain/live/remote.ts). */
/** Whether a roll-call or link event counts: roll call only from staff, a link report also from the person. */
export function countsForRollCall(e: AttendanceEvent, trust: Trust): boolean {
  if (ROLL_CALL.has(e.kind) || e.kind === 'LinkAbsent') return trust.isStaff(e.authorId);
  if (e.kind === 'LinkBroken' || e.kind === 'LinkRestored') return trustedAuthor(e, trust);
  return false;
}

interface PresenceTimeline {
  at(itemIndex: number): Presence;
  leftBefore(itemIndex: number): boolean;
  refusedReturnAt(itemIndex: number): boolean;
  /** Out on this item because the link broke during it: the seat waits for the next item. */
  linkBrokeDuring(itemIndex: number): boolean;
}

/** Presence per person and item from roll-call events: the latest event (server order) in force at that item. */
function rollCallTimeline(
  events: readonly AttendanceEvent[],
  personId: number,
  itemIndex: Map<number, number>,
  input: SeatTableInput,
): PresenceTimeline {
  const own = events
    .filter((e) => e.personId === personId && countsForRollCall(e, input.trust))
    .map((e) => ({ e, from: e.fromItemId === null ? 0 : (itemIndex.get(e.fromItemId) ?? Number.POSITIVE_INFINITY) }))
    .filter((x) => Number.isFinite(x.from))
    .sort((a, b) => (a.e.at < b.e.at ? -1 : a.e.at > b.e.at ? 1 : a.e.id - b.e.id));
  const cache = new Map<number, { presence: Presence; left: boolean; refused: boolean; linkBroke: boolean }>();
  const compute = (i: number) => {
    let presence: Presence = { present: false };
    let leftAt: number | null = null;
    let refused = false;
    // presence lost to a broken link (only LinkRestored gives it back), and the item it broke on
    let linkDown: { from: number | null } | null = null;
    for (const { e, from } of own) {
      if (from > i) continue;
      if (e.kind === 'LinkBroken' || e.kind === 'LinkAbsent') {
        // only a link that is up can break: an in-room or absent person's report changes nothing
        if (presence.present && presence.remote) {
          presence = { present: false };
          linkDown = { from: e.fromItemId === null ? null : from };
        }
      } else if (e.kind === 'LinkRestored') {
        // not a return after leaving: the no-return rule does not apply (KL 5:16 absence is not a departure)
        if (linkDown) presence = { present: true, remote: true };
        linkDown = null;
      } else if (e.kind === 'Departure') {
        presence = { present: false };
        linkDown = null;
        leftAt = leftAt === null ? from : Math.min(leftAt, from);
      } else if (e.kind === 'Absent') {
        presence = { present: false };
        linkDown = null;
      } else {
        // Present / PresentRemote / Arrival
        if (leftAt !== null && !input.rules.returnSameDayAllowed && from > leftAt) {
          refused = from === i || refused;
          continue;
        }
        const remote = e.kind === 'PresentRemote';
        // remote presence counts only where the meeting allows it (KL 5:16)
        presence = remote && !input.remoteAllowed ? { present: false } : { present: true, remote };
        linkDown = null;
      }
    }
    const linkBroke = linkDown !== null && linkDown.from === i;
    return { presence, left: leftAt !== null && leftAt <= i && !presence.present, refused, linkBroke };
  };
  const get = (i: number) => {
    let v = cache.get(i);
    if (!v) {
      v = compute(i);
      cache.set(i, v);
    }
    return v;
  };
  return {
    at: (i) => get(i).presence,
    leftBefore: (i) => get(i).left,
    refusedReturnAt: (i) => get(i).refused,
    linkBrokeDuring: (i) => get(i).linkBroke,
  };
}

/** Before the meeting: out where the notice says, and after leaving for good where the body does not allow returning. */
function plannedTimeline(out: ReadonlySet<number>, items: readonly AgendaItemRef[]): PresenceTimeline {
  return {
    at: (i) => (out.has(items[i].number) ? { present: false } : { present: true, remote: false }),
    leftBefore: () => false,
    refusedReturnAt: () => false,
    linkBrokeDuring: () => false,
  };
}

/** Substitutes to call for a member's seat, best first, by the body's rule. */
export function substituteOrderFor(member: SeatAssignment, substitutes: readonly SeatAssignment[], rules: BodyRules): SeatAssignment[] {
  const partyOrder = (party: string) =>
    substitutes
      .filter((s) => s.party === party)
      .sort((a, b) => (a.substituteOrder ?? 999) - (b.substituteOrder ?? 999) || a.name.localeCompare(b.name, 'sv'));
  if (rules.substituteRule === 'SamePartyOnly') return partyOrder(member.party);
  const personal = substitutes.filter((s) => s.personalSubstituteFor === member.personId);
  const ordered = [...personal, ...partyOrder(member.party)];
  for (const party of rules.crossPartyOrder[member.party] ?? []) ordered.push(...partyOrder(party));
  const seen = new Set<number>();
  return ordered.filter((s) => !seen.has(s.personId) && seen.add(s.personId));
}

/** Members by seat, each person once; members without a seat number get the next numbers. */
function seatsOf(assignments: readonly SeatAssignment[]): SeatAssignment[] {
  const seen = new Set<number>();
  const members = assignments
    .filter((a) => a.role === 'Member')
    .sort((a, b) => (a.seatNumber ?? 9999) - (b.seatNumber ?? 9999) || a.name.localeCompare(b.name, 'sv'))
    .filter((a) => !seen.has(a.personId) && seen.add(a.personId));
  let next = Math.max(0, ...members.map((m) => m.seatNumber ?? 0));
  return members.map((m) => (m.seatNumber === null ? { ...m, seatNumber: ++next } : m));
}

export function seatTable(input: SeatTableInput): ItemSeats[] {
  const { rules, items } = input;
  const members = seatsOf(input.assignments);
  const memberIds = new Set(members.map((m) => m.personId));
  const seenSubs = new Set<number>();
  const substitutes = input.assignments.filter(
    (a) => a.role === 'Substitute' && !memberIds.has(a.personId) && !seenSubs.has(a.personId) && seenSubs.add(a.personId),
  );
  const itemIndex = new Map(items.map((it, i) => [it.id, i]));
  const absences = activeAbsences(input.attendance, input.meetingStart, input.trust);
  const conflicts = disqualifications(input.conflicts, input.trust);
  const timelines = new Map<number, PresenceTimeline>();
  for (const p of [...members, ...substitutes]) {
    timelines.set(
      p.personId,
      input.mode === 'planned'
        ? plannedTimeline(
            itemsOut(
              items.map((it) => it.number),
              absences.get(p.personId) ?? new Set<number>(),
              rules.returnSameDayAllowed,
            ),
            items,
          )
        : rollCallTimeline(input.attendance, p.personId, itemIndex, input),
    );
  }

  // per seat: the substitute serving for an absent member, kept until the member returns (no displacement)
  const regular = new Map<number, number>();
  // per seat number: who held it on the item before, to keep a seat empty for the item on which its holder's link broke
  const heldBefore = new Map<number, number | null>();
  const out: ItemSeats[] = [];
  items.forEach((item, i) => {
    const out_ = conflicts.get(item.id) ?? new Set<number>();
    const presence = (id: number) => timelines.get(id)!.at(i);
    const canServe = (id: number) => presence(id).present && !out_.has(id);
    const holding = new Set<number>();
    const seats: SeatHolding[] = members.map((m) => {
      const memberOut =
        out_.has(m.personId) && presence(m.personId).present
          ? 'disqualified'
          : presence(m.personId).present
            ? null
            : timelines.get(m.personId)!.leftBefore(i)
              ? 'left'
              : 'absent';
      const seat: SeatHolding = {
        seatNumber: m.seatNumber!,
        memberId: m.personId,
        memberName: m.name,
        party: m.party,
        holderId: null,
        holderName: null,
        capacity: 'Vacant',
        remote: false,
        memberOut,
      };
      if (memberOut === null) {
        const p = presence(m.personId);
        Object.assign(seat, { holderId: m.personId, holderName: m.name, capacity: 'Member', remote: p.present && p.remote });
        holding.add(m.personId);
        // the member is back: the substitute's service for this seat ends
        regular.delete(m.personId);
      }
      return seat;
    });
    const waitsForNextItem = (seat: SeatHolding) => {
      const before = heldBefore.get(seat.seatNumber);
      return before !== undefined && before !== null && timelines.get(before)!.linkBrokeDuring(i);
    };
    const fill = (seat: SeatHolding, s: SeatAssignment) => {
      const p = presence(s.personId);
      Object.assign(seat, { holderId: s.personId, holderName: s.name, capacity: 'ServingSubstitute', remote: p.present && p.remote });
      holding.add(s.personId);
    };
    // 1. substitutes already serving keep their seats
    for (const seat of seats) {
      if (seat.capacity !== 'Vacant' || seat.memberOut === 'disqualified' || waitsForNextItem(seat)) continue;
      const sub = substitutes.find((s) => s.personId === regular.get(seat.memberId!));
      if (sub && canServe(sub.personId) && !holding.has(sub.personId)) fill(seat, sub);
    }
    // 2. the remaining empty seats, in seat order, from each member's substitute order
    for (const seat of seats) {
      if (seat.capacity !== 'Vacant' || waitsForNextItem(seat)) continue;
      const member = members.find((m) => m.personId === seat.memberId)!;
      const sub = substituteOrderFor(member, substitutes, rules).find((s) => canServe(s.personId) && !holding.has(s.personId));
      if (!sub) continue;
      fill(seat, sub);
      // a stand-in for one item of jäv is temporary; a stand-in for an absent member serves on
      const regularSub = regular.get(member.personId);
      const regularOnlyDisqualified = regularSub !== undefined && out_.has(regularSub) && presence(regularSub).present;
      if (seat.memberOut !== 'disqualified' && !regularOnlyDisqualified) regular.set(member.personId, sub.personId);
    }
    // jäv of someone who would otherwise hold a seat; a non-serving substitute's jäv changes nothing
    const disqualified: ItemSeats['disqualified'] = [];
    for (const id of out_) {
      if (!presence(id).present) continue;
      const seat = seats.find((s) => s.memberId === id) ?? seats.find((s) => regular.get(s.memberId!) === id);
      if (seat) disqualified.push({ personId: id, servedById: seat.capacity === 'ServingSubstitute' ? seat.holderId : null });
    }
    for (const seat of seats) heldBefore.set(seat.seatNumber, seat.holderId);
    const held = seats.filter((s) => s.capacity !== 'Vacant').length;
    out.push({
      itemId: item.id,
      itemNumber: item.number,
      seats,
      quorum: quorum(rules.seats, held),
      disqualified,
      nonServingPresent: substitutes.filter((s) => presence(s.personId).present && !holding.has(s.personId)).map((s) => s.personId),
      refusedReturns: [...members, ...substitutes].filter((p) => timelines.get(p.personId)!.refusedReturnAt(i)).map((p) => p.personId),
    });
  });
  return out;
}

/**
 * Whether the seat table refuses a person's return from an item (null: from the start). A form that
 * records an arrival asks this of the stored table before it says the arrival counts.
 */
export function returnRefused(table: readonly ItemSeats[], personId: number, fromItemId: number | null): boolean {
  const seats = fromItemId === null ? table[0] : table.find((x) => x.itemId === fromItemId);
  return seats?.refusedReturns.includes(personId) ?? false;
}

/** The electorate of an item: the holders of its seats (what the voting app freezes when a vote opens). */
export function electorate(seats: ItemSeats): { personId: number; seatNumber: number; capacity: Capacity; party: string }[] {
  return seats.seats
    .filter((s) => s.holderId !== null)
    .map((s) => ({ personId: s.holderId!, seatNumber: s.seatNumber, capacity: s.capacity, party: s.party }));
}
