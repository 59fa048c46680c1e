import type { BodyRules, SeatAssignment } from '../bodies/types';
import { trustFromStaff } from '../bodies/trust';
import { seatTable, type ItemSeats } from '../meetings/seats';
import type { AgendaItemRef, AttendanceEvent, ConflictEvent } from '../meetings/types';
import { proposalSet } from './proposals';
import { decisionsBlocked, remoteParticipants } from './remote';
import { speakerList } from './speakers';
import { staffIds, type MeetingStaff } from './staff';
import type { DebateRules, ItemStanding, ProposalEvent, ProposalSet, RemoteParticipant, SpeakerEvent, SpeakerList } from './types';

/** Everything the live views show, derived from the events alone (DESIGN §4): a pure function of the lists. */
export interface PictureInput {
  rules: BodyRules;
  debate: DebateRules;
  assignments: readonly SeatAssignment[];
  items: readonly AgendaItemRef[];
  attendance: readonly AttendanceEvent[];
  conflicts: readonly ConflictEvent[];
  meetingStart: string;
  remoteAllowed: boolean;
  staff: MeetingStaff;
  speakers: readonly SpeakerEvent[];
  proposals: readonly ProposalEvent[];
  currentItemId: number | null;
}

export interface LivePicture {
  /** The seat table per item, from the roll call, arrivals, departures, jäv and broken links. */
  seats: ItemSeats[];
  current: {
    itemId: number;
    seats: ItemSeats;
    standing: ItemStanding;
    speakers: SpeakerList;
    proposals: ProposalSet;
  } | null;
  remote: Map<number, RemoteParticipant>;
  /** Remote participants whose link is broken and who are not yet recorded absent: no decision until resolved (KL 5:16). */
  blocked: { personId: number; since: string }[];
  /** Every item's speaker list that has events: speaking time (speakingTime.ts) is computed from them with the clock. */
  lists: SpeakerList[];
  partyOf(personId: number): string;
}

export function standingOn(seats: ItemSeats, staff: MeetingStaff): ItemStanding {
  const holders = new Set(seats.seats.map((s) => s.holderId).filter((id): id is number => id !== null));
  const out = new Set(seats.disqualified.map((d) => d.personId));
  const nonServing = new Set(seats.nonServingPresent);
  const staffSet = new Set(staffIds(staff));
  return {
    serving: (id) => holders.has(id) && !out.has(id),
    disqualified: (id) => out.has(id),
    nonServingSubstitute: (id) => nonServing.has(id),
    isStaff: (id) => staffSet.has(id),
  };
}

export function livePicture(input: PictureInput): LivePicture {
  const trust = trustFromStaff(staffIds(input.staff));
  const seats = seatTable({
    rules: input.rules,
    assignments: input.assignments,
    items: input.items,
    attendance: input.attendance,
    conflicts: input.conflicts,
    meetingStart: input.meetingStart,
    remoteAllowed: input.remoteAllowed,
    trust,
    mode: 'rollCall',
  });
  const party = new Map(input.assignments.map((a) => [a.personId, a.party]));
  const partyOf = (id: number) => party.get(id) ?? '';
  const lists = seats
    .filter((s) => s.itemId === input.currentItemId || input.speakers.some((e) => e.itemId === s.itemId))
    .map((s) => ({ s, list: speakerList(input.speakers, s.itemId, standingOn(s, input.staff), input.debate) }));
  const currentSeats = seats.find((s) => s.itemId === input.currentItemId) ?? null;
  const remote = remoteParticipants(input.attendance, trust);
  let current: LivePicture['current'] = null;
  if (currentSeats) {
    const standing = standingOn(currentSeats, input.staff);
    current = {
      itemId: currentSeats.itemId,
      seats: currentSeats,
      standing,
      speakers: lists.find((l) => l.s.itemId === currentSeats.itemId)!.list,
      proposals: proposalSet(input.proposals, currentSeats.itemId, standing),
    };
  }
  return {
    seats,
    current,
    remote,
    blocked: decisionsBlocked(remote),
    lists: lists.map((l) => l.list),
    partyOf,
  };
}
