import type { BuildContext, Feature } from '../compose';
import { lazyRepository } from '../lazyRepository';
import type { CompensationRepository } from './types';

export type { ClaimDraft, ClaimDraftInput, ClaimPrefill, CompensationRepository, FrozenLineAmount, MyClaims, SentClaim } from './types';

/**
 * The claims feature (`compensation`, DOMAIN §7): the repository loads as a chunk of its own on the
 * first call, so a page that only names the feature carries none of it until a claims view asks.
 */
export const compensationFeature: Feature<'compensation'> = (ctx: BuildContext): CompensationRepository =>
  lazyRepository(() => import(/* webpackChunkName: 'compensation' */ './repository').then((m) => m.createCompensationRepository(ctx)));
