import type { VisitStore } from './services';
import type { Feature } from './compose';

/** The part of `Storage` the store uses; Node (tests, the local tenant) has none. */
type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): KeyValue | null {
  try {
    const s = (globalThis as { localStorage?: Storage }).localStorage;
    if (!s) return null;
    // Safari's private mode and locked-down browsers throw on write
    const probe = '__politikerportal_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

/**
 * When each meeting was last opened, per person (keyed by site user id, so two people sharing a
 * browser keep their own). Lives in the browser; without one, in memory for the session.
 */
export function createVisitStore(siteUserId: number, storage: KeyValue | null = browserStorage()): VisitStore {
  const key = `politikerportal:visits:${siteUserId}`;
  let memory: Record<string, string> = {};
  const read = (): Record<string, string> => {
    if (!storage) return memory;
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  const write = (all: Record<string, string>): void => {
    memory = all;
    if (!storage) return;
    try {
      storage.setItem(key, JSON.stringify(all));
    } catch {
      // storage full or refused: keep it for this session
    }
  };
  return {
    lastSeen: (meetingId) => read()[String(meetingId)] ?? null,
    markSeen: (meetingId, at) => {
      const all = read();
      // never move the marker back (two tabs, a stale clock)
      if (!all[String(meetingId)] || all[String(meetingId)] < at) write({ ...all, [String(meetingId)]: at });
    },
  };
}

export const visitsFeature: Feature<'visits'> = (b) => createVisitStore(b.user.siteUserId);
