import type { DirectoryGroup } from '../../directory';
import type { TenantResponse } from '../../http';
import { collectionResponse, entityResponse, type GraphCall } from '../call';
import { directoryNotFound, methodNotAllowed, notFoundSegment } from '../errors';
import { directoryQuery } from './directoryQuery';
import { renderUserFull } from './users';

export function renderGroup(g: DirectoryGroup): Record<string, unknown> {
  const unified = g.groupTypes.includes('Unified');
  return {
    id: g.id,
    deletedDateTime: null,
    classification: null,
    description: g.description,
    displayName: g.displayName,
    groupTypes: g.groupTypes,
    mail: g.mail,
    mailEnabled: unified,
    mailNickname: g.mailNickname,
    securityEnabled: !unified,
    visibility: g.visibility,
    resourceProvisioningOptions: [],
  };
}

/** A group that exists, or Graph's 404 (deleted groups are gone from /groups, as after a hard delete). */
export function findGroupOr404(call: GraphCall, id: string): DirectoryGroup {
  const g = call.ctx.directory.groupById(id);
  if (!g) throw directoryNotFound(id);
  return g;
}

/** /groups, /groups/{id}, /groups/{id}/members; the group calendar is in calendar.ts. */
export function groupsRoute(call: GraphCall): TenantResponse {
  const [, id, sub, ...rest] = call.segs;
  if (id === undefined) {
    if (call.req.method !== 'GET') throw methodNotAllowed();
    const matched = directoryQuery(call, call.ctx.directory.groups().map(renderGroup), ['displayName', 'mail', 'description']);
    return collectionResponse(call, 'groups', matched, { defaultSize: 100, maxSize: 999, style: 'skiptoken' });
  }
  const group = findGroupOr404(call, id);
  if (sub === undefined) {
    if (call.req.method !== 'GET') throw methodNotAllowed();
    return entityResponse(call, 'groups/$entity', renderGroup(group));
  }
  const subLower = sub.toLowerCase();
  if (subLower === 'members' || subLower === 'transitivemembers') {
    if (call.req.method !== 'GET') throw methodNotAllowed();
    const cast = rest[0];
    if (cast !== undefined && cast.toLowerCase() !== 'microsoft.graph.user') throw notFoundSegment(cast);
    const members = call.ctx.directory
      .groupMembers(group.id)
      .map((u) => ({ '@odata.type': '#microsoft.graph.user', ...renderUserFull(u) }));
    const matched = directoryQuery(call, members, ['displayName', 'mail', 'userPrincipalName']);
    return collectionResponse(call, cast ? 'users' : 'directoryObjects', matched, { defaultSize: 100, maxSize: 999, style: 'skiptoken' });
  }
  throw notFoundSegment(sub);
}
