/**
 * Whether something changed since the person last opened the meeting. Nothing is marked on a
 * first visit: everything would be, which helps no one. (The contract has only `modified`, so
 * new and changed share one marker.)
 */
export function changedSince(modified: string, lastSeen: string | null): boolean {
  return lastSeen !== null && modified > lastSeen;
}
