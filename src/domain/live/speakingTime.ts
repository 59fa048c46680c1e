import type { SpeakerList, SpeakingTime, SpeakingTotals, Speech } from './types';

/**
 * Speaking time per person, party, item and for the whole meeting, from the speaker lists (one per
 * item). Replies, answers and points of order count with the speeches; a speech still going on
 * counts up to `now`. Each speech is cut to whole seconds before adding, so the parts always add
 * up to the whole.
 */

const empty = (): SpeakingTotals => ({ seconds: 0, speeches: 0, replies: 0, answers: 0, pointsOfOrder: 0 });

const COUNTER = { Speech: 'speeches', Reply: 'replies', Answer: 'answers', PointOfOrder: 'pointsOfOrder' } as const;

function add(totals: SpeakingTotals, speech: Speech, seconds: number): void {
  totals.seconds += seconds;
  totals[COUNTER[speech.kind]] += 1;
}

function addTo<K>(map: Map<K, SpeakingTotals>, key: K, speech: Speech, seconds: number): void {
  let totals = map.get(key);
  if (!totals) {
    totals = empty();
    map.set(key, totals);
  }
  add(totals, speech, seconds);
}

/** Whole seconds a speech lasted, or has lasted until `now`; never negative (a clock that is behind counts 0). */
export function speechSeconds(speech: Speech, now: string): number {
  const ms = Date.parse(speech.endedAt ?? now) - Date.parse(speech.startedAt);
  return ms > 0 ? Math.floor(ms / 1000) : 0;
}

export function speakingTime(lists: readonly SpeakerList[], partyOf: (personId: number) => string, now: string): SpeakingTime {
  const out: SpeakingTime = { meeting: empty(), byPerson: new Map(), byParty: new Map(), byItem: new Map() };
  for (const list of lists) {
    for (const speech of list.current ? [...list.done, list.current] : list.done) {
      const seconds = speechSeconds(speech, now);
      add(out.meeting, speech, seconds);
      addTo(out.byPerson, speech.personId, speech, seconds);
      addTo(out.byParty, partyOf(speech.personId), speech, seconds);
      addTo(out.byItem, list.itemId, speech, seconds);
    }
  }
  return out;
}
