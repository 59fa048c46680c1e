import type { SpeakerList } from './types';

/**
 * The floor as the live state says, until its events are read. The chair's console writes the
 * floor event and then the live state (`CurrentSpeaker`, and the server's `Modified`); a member's
 * client sees the state at its next poll and may read the events a moment later, when its minute
 * has room (DESIGN §5 budget). Only the people who run the meeting can write the state (its own
 * permissions), so it may show the change at once. The events stay the record: where they say
 * otherwise, they win.
 */
export function withStateFloor(list: SpeakerList, currentSpeakerId: number | null, since: string): SpeakerList {
  if (currentSpeakerId === (list.current?.requestId ?? null)) return list;
  const ended = list.current ? [{ ...list.current, endedAt: list.current.endedAt ?? since }] : [];
  if (currentSpeakerId === null) return { ...list, current: null, done: [...list.done, ...ended] };
  const waiting = list.queue.find((r) => r.requestId === currentSpeakerId);
  // not on the list as this client knows it (not read yet, or already spoken): the events decide
  if (!waiting) return list;
  return {
    ...list,
    current: { ...waiting, startedAt: since, endedAt: null },
    queue: list.queue.filter((r) => r.requestId !== currentSpeakerId),
    done: [...list.done, ...ended],
    latestSpeechId: waiting.kind === 'Speech' ? waiting.requestId : list.latestSpeechId,
  };
}
