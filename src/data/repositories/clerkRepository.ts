import type { ClerkRepository } from '../services';
import { createAgendaWrites } from './agendaWrites';
import { createDocumentWrites } from './documentWrites';
import { createNoticeWrites, type GraphClient } from './noticeWrites';
import type { RepoContext } from './site';
import type { Feature } from '../compose';

export function createClerkRepository(ctx: RepoContext, graph: GraphClient): ClerkRepository {
  return { ...createAgendaWrites(ctx), ...createDocumentWrites(ctx), ...createNoticeWrites(ctx, graph) };
}

export const clerkFeature: Feature<'clerk'> = (b) => createClerkRepository(b, b.graph);
