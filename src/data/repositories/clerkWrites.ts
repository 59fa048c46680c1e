import type { ClerkRepository } from '../services';
import { createAgendaWrites } from './agendaWrites';
import { createDocumentWrites } from './documentWrites';
import { createNoticeWrites, type GraphClient } from './noticeWrites';
import type { RepoContext } from './site';

/** What the clerk writes: agendas and meetings, documents, notices (loaded on demand by clerkRepository.ts). */
export function createClerkWrites(ctx: RepoContext, graph: GraphClient): Omit<ClerkRepository, 'canEdit'> {
  const { canEdit: _canEdit, ...agenda } = createAgendaWrites(ctx);
  return { ...agenda, ...createDocumentWrites(ctx), ...createNoticeWrites(ctx, graph) };
}
