import type { ClerkRepository } from '../services';
import type { GraphClient } from './noticeWrites';
import { mayEditMeetings } from './meetingsAccess';
import type { RepoContext } from './site';
import type { Feature } from '../compose';

type Writes = Omit<ClerkRepository, 'canEdit'>;

/** Every method of the clerk's repository but `canEdit`, which the meeting page asks on every visit. */
const WRITES: Record<keyof Writes, true> = {
  bodies: true,
  peopleOf: true,
  createMeeting: true,
  updateMeeting: true,
  addItem: true,
  updateItem: true,
  moveItem: true,
  deleteItem: true,
  uploadDocument: true,
  deleteDocument: true,
  publishNotice: true,
  cancelMeeting: true,
};

/**
 * The clerk's repository. Only `canEdit` is needed to render a member's meeting page; the clerk's
 * agenda, document and notice writes (with PnPjs's files, folders and security modules and the
 * meeting rules) load on first use, in a chunk of their own, so members' pages stay light
 * (DESIGN §9). The `Record` above makes the compiler insist that every method is listed.
 */
export function createClerkRepository(ctx: RepoContext, graph: GraphClient): ClerkRepository {
  let writes: Promise<Writes> | undefined;
  const load = (): Promise<Writes> =>
    (writes ??= import(/* webpackChunkName: 'clerk-writes' */ './clerkWrites').then((m) => m.createClerkWrites(ctx, graph)));
  const lazy = Object.fromEntries(
    Object.keys(WRITES).map((name) => [
      name,
      async (...args: unknown[]) => ((await load())[name as keyof Writes] as (...a: unknown[]) => unknown)(...args),
    ]),
  ) as unknown as Writes;
  return { canEdit: () => mayEditMeetings(ctx), ...lazy };
}

export const clerkFeature: Feature<'clerk'> = (b) => createClerkRepository(b, b.graph);
