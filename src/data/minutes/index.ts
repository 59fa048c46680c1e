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
  // every method waits for the repository and calls its namesake: one small facade in the page's chunk
  return new Proxy({} as MinutesRepository, {
    get: (_, name) =>
      // not a thenable, and no symbols: only the repository's own methods
      typeof name !== 'string' || name === 'then'
        ? undefined
        : async (...args: unknown[]) => ((await repo())[name as keyof MinutesRepository] as (...a: unknown[]) => Promise<unknown>)(...args),
  });
};
