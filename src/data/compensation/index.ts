import type { BuildContext, Feature } from '../compose';
import { toDataError } from '../errors';
import type { CompensationRepository } from './types';

export type { ClaimDraft, ClaimDraftInput, ClaimPrefill, CompensationRepository, FrozenLineAmount, MyClaims, SentClaim } from './types';

/**
 * The claims feature (`compensation`, DOMAIN §7): the repository loads as a chunk of its own on the
 * first call, so a page that only names the feature carries none of it until a claims view asks.
 */
export const compensationFeature: Feature<'compensation'> = (ctx: BuildContext): CompensationRepository => {
  let loaded: Promise<CompensationRepository> | undefined;
  const repo = (): Promise<CompensationRepository> => {
    loaded ??= import(/* webpackChunkName: 'compensation' */ './repository').then((m) => m.createCompensationRepository(ctx));
    // a chunk that failed to load is tried again on the next call, and reported as a DataError
    return loaded.catch(async (e: unknown) => {
      loaded = undefined;
      throw await toDataError(e);
    });
  };
  // every method waits for the repository and calls its namesake: one small facade in the page's chunk
  return new Proxy({} as CompensationRepository, {
    get: (_, name) =>
      // not a thenable, and no symbols: only the repository's own methods
      typeof name !== 'string' || name === 'then'
        ? undefined
        : async (...args: unknown[]) =>
            ((await repo())[name as keyof CompensationRepository] as (...a: unknown[]) => Promise<unknown>)(...args),
  });
};
