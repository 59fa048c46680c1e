import type { ClerkRepository } from '../services';
import { createAgendaWrites } from './clerk';
import { createDocumentWrites } from './documents';
import { createNoticeWrites, type GraphClient } from './notice';
import type { RepoContext } from './site';
import type { Feature } from '../compose';

export function createClerkRepository(ctx: RepoContext, graph: GraphClient): ClerkRepository {
  return { ...createAgendaWrites(ctx), ...createDocumentWrites(ctx), ...createNoticeWrites(ctx, graph) };
}

export const clerkFeature: Feature<'clerk'> = (b) => createClerkRepository(b, b.graph);
