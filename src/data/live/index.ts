import type { Feature } from '../compose';
import type { LiveRepository } from '../services';
import { toDataError } from '../errors';
import { loadSnapshot, meetingOfThread } from './reads';
import { LiveSession } from './session';

/** The live meeting (DESIGN §5): sessions that poll and write, one per open view. */
export const liveFeature: Feature<'live'> = (ctx): LiveRepository => ({
  async meetingOfThread(threadId) {
    try {
      return await meetingOfThread(ctx, threadId);
    } catch (e) {
      throw await toDataError(e);
    }
  },
  async open(meetingId, options) {
    let snapshot;
    try {
      snapshot = await loadSnapshot(ctx, meetingId);
    } catch (e) {
      throw await toDataError(e);
    }
    return new LiveSession(ctx, snapshot, options);
  },
});
