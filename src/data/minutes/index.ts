import type { BuildContext, Feature } from '../compose';
import { lazyRepository } from '../lazyRepository';
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
export const minutesFeature: Feature<'minutes'> = (ctx: BuildContext): MinutesRepository =>
  lazyRepository(() => import(/* webpackChunkName: 'minutes' */ './repository').then((m) => m.createMinutesRepository(ctx, ctx.assetsUrl)));
