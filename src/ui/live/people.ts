import type { LiveSnapshot } from '../../data/services';

/** Names and parties of the people a live view shows, from the body's assignments and the meeting's chair. */
export interface People {
  name(personId: number): string;
  /** Name and party, as the string table writes them. */
  label(personId: number): string;
}

export function peopleOf(snapshot: LiveSnapshot, unknown: string, format: (name: string, party: string) => string): People {
  const names = new Map<number, string>();
  const parties = new Map<number, string>();
  for (const a of snapshot.meeting.seatAssignments) {
    names.set(a.personId, a.name);
    if (!parties.has(a.personId) || a.role === 'Member') parties.set(a.personId, a.party);
  }
  const chair = snapshot.meeting.chair;
  if (chair && !names.has(chair.id)) names.set(chair.id, chair.displayName);
  const name = (id: number) => names.get(id) || unknown;
  const party = (id: number) => parties.get(id) ?? '';
  return { name, label: (id) => format(name(id), party(id)) };
}
