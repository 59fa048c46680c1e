import type { ClerkRepository } from '../services';
import { createAgendaWrites } from './agendaWrites';
import type { GraphClient } from './noticeWrites';
import type { RepoContext } from './site';
import type { Feature } from '../compose';

/**
 * The clerk's repository. Uploads and notices bring PnPjs's files, folders and security modules and
 * the notice texts, which the meeting page needs only when a clerk uses them: they load then, in a
 * chunk of their own, so members' meeting pages stay light (DESIGN §9).
 */
export function createClerkRepository(ctx: RepoContext, graph: GraphClient): ClerkRepository {
  const documents = () => import(/* webpackChunkName: 'clerk-writes' */ './documentWrites').then((m) => m.createDocumentWrites(ctx));
  const notices = () => import(/* webpackChunkName: 'clerk-writes' */ './noticeWrites').then((m) => m.createNoticeWrites(ctx, graph));
  return {
    ...createAgendaWrites(ctx),
    uploadDocument: async (...args) => (await documents()).uploadDocument(...args),
    deleteDocument: async (...args) => (await documents()).deleteDocument(...args),
    publishNotice: async (...args) => (await notices()).publishNotice(...args),
    cancelMeeting: async (...args) => (await notices()).cancelMeeting(...args),
  };
}

export const clerkFeature: Feature<'clerk'> = (b) => createClerkRepository(b, b.graph);
