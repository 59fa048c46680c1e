import type { Trust } from '../bodies/trust';
import type { ConflictEvent } from './types';

/**
 * Jäv (DOMAIN §3) derived from the append-only events in `Lists/Conflicts`. A member declares
 * (and may withdraw) their own; a clerk may record one for them; whether it stands, when
 * disputed, is the body's decision, which only staff record (Upheld / Rejected). The last
 * trusted event per person and item wins, in server order.
 */
export function disqualifications(events: readonly ConflictEvent[], trust: Trust): Map<number, Set<number>> {
  const last = new Map<string, ConflictEvent>();
  const sorted = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
  for (const e of sorted) {
    const own = e.authorId === e.personId;
    const staff = trust.isStaff(e.authorId);
    const allowed = e.kind === 'Declared' || e.kind === 'Withdrawn' ? own || staff : staff;
    if (allowed) last.set(`${e.itemId}:${e.personId}`, e);
  }
  // item id → the people disqualified on it
  const out = new Map<number, Set<number>>();
  for (const e of last.values()) {
    if (e.kind !== 'Declared' && e.kind !== 'Upheld') continue;
    const set = out.get(e.itemId) ?? new Set<number>();
    set.add(e.personId);
    out.set(e.itemId, set);
  }
  return out;
}
