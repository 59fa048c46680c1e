import type { BuildContext, Feature } from '../compose';
import { toDataError } from '../errors';
import type { MinutesRepository } from './types';

export type {
  FreezeOptions,
  FrozenVersion,
  GeneratedMinutes,
  GenerateOptions,
  MeetingMinutes,
  MinutesDocument,
  MinutesRepository,
  MinutesSigners,
  PostedNotice,
} from './types';

/**
 * The minutes feature (`minutes`): the repository and the hashing load as a chunk of their own on
 * the first call, so a page that only names the feature carries none of it until a minutes view asks.
 */
export const minutesFeature: Feature<'minutes'> = (ctx: BuildContext): MinutesRepository => {
  let loaded: Promise<MinutesRepository> | undefined;
  const repo = (): Promise<MinutesRepository> => {
    loaded ??= import(/* webpackChunkName: 'minutes' */ './repository').then((m) => m.createMinutesRepository(ctx, ctx.assetsUrl));
    // a chunk that failed to load is tried again on the next call, and reported as a DataError
    return loaded.catch(async (e: unknown) => {
      loaded = undefined;
      throw await toDataError(e);
    });
  };
  return {
    get: async (meetingId) => (await repo()).get(meetingId),
    generate: async (meetingId, options) => (await repo()).generate(meetingId, options),
    content: async (minutesId, version) => (await repo()).content(minutesId, version),
    freezeVersion: async (meetingId, bytes, options) => (await repo()).freezeVersion(meetingId, bytes, options),
    sign: async (minutesId, version, shown) => (await repo()).sign(minutesId, version, shown),
    postNotice: async (minutesId, publicVersion) => (await repo()).postNotice(minutesId, publicVersion),
    editDecision: async (item, decision, reason) => (await repo()).editDecision(item, decision, reason),
    takeDownNotice: async (minutesId) => (await repo()).takeDownNotice(minutesId),
  };
};
