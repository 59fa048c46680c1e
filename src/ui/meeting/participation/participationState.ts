import type { MeetingDetails } from '../../../data/services';
import type { MeetingStrings } from '../../strings/meeting';
import { activeAbsences, answerOf, type Answer, type NoticeProblem } from '../../../domain/meetings/absence';
import { disqualifications } from '../../../domain/meetings/conflicts';
import { formatItemNumbers } from '../../../domain/meetings/itemNumbers';
import type { ItemSeats } from '../../../domain/meetings/seats';
import { trustFromStaff } from '../../../domain/bodies/trust';

export interface MyState {
  answer: Answer;
  /** The active absence notice: 'all', the item numbers, or none. */
  absence: 'all' | Set<number> | undefined;
  /** Item ids the person has declared jäv on (and that stands). */
  conflictItemIds: number[];
  /** Seats the person is called in to serve, per member, with the item numbers. */
  calledIn: { memberName: string; itemNumbers: number[] }[];
}

/** The person's standing for the meeting, derived from the events by the domain's rules. */
export function myState(details: MeetingDetails, personId: number, planned: ItemSeats[]): MyState {
  const trust = trustFromStaff(details.staffIds);
  const absences = activeAbsences(details.attendance, details.start, trust);
  const answer = answerOf(details.attendance, personId, details.start, trust, absences);
  const conflictItemIds = [...disqualifications(details.conflicts, trust)]
    .filter(([, people]) => people.has(personId))
    .map(([itemId]) => itemId);
  const byMember = new Map<string, number[]>();
  for (const item of planned) {
    for (const seat of item.seats) {
      if (seat.holderId !== personId || seat.capacity !== 'ServingSubstitute') continue;
      byMember.set(seat.memberName, [...(byMember.get(seat.memberName) ?? []), item.itemNumber]);
    }
  }
  return {
    answer,
    absence: absences.get(personId),
    conflictItemIds,
    calledIn: [...byMember].map(([memberName, itemNumbers]) => ({ memberName, itemNumbers })),
  };
}

/** "ärende 3-5, 8" */
export function itemsText(numbers: readonly number[], strings: MeetingStrings): string {
  return strings.items(formatItemNumbers(numbers));
}

/** A refused notice in words (what is wrong, so the person can fix it). */
export function problemText(problem: NoticeProblem, strings: MeetingStrings): string {
  const t = strings.participation.problem;
  switch (problem.code) {
    case 'meetingStarted':
      return t.meetingStarted;
    case 'unknownItems':
      return t.unknownItems(itemsText(problem.numbers, strings));
    case 'overlap':
      return problem.numbers === null ? t.overlapAll : t.overlapItems(itemsText(problem.numbers, strings));
    case 'nothingToWithdraw':
      return t.nothingToWithdraw;
  }
}

/** The person's answer as a sentence. */
export function answerText(answer: Answer, strings: MeetingStrings): string {
  const t = strings.participation;
  if (answer.kind === 'willAttend') return t.stateWillAttend;
  if (answer.kind === 'noAnswer') return t.stateNoAnswer;
  return answer.items === 'all' ? t.stateAbsentAll : t.stateAbsentItems(itemsText(answer.items, strings));
}
