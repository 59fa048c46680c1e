import type { DirectoryGroup, DirectoryUser } from '../../directory';
import type { TenantResponse } from '../../http';
import { collectionResponse, entityResponse, type GraphCall } from '../call';
import { directoryNotFound, methodNotAllowed, notFoundSegment } from '../errors';
import { directoryQuery } from './directoryQuery';
import { renderGroup } from './groups';
import { photoResponse } from '../photos';

/** The properties Graph returns for a user when no $select is given. */
const DEFAULT_USER_PROPS = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
];

/** Every property the tenant knows for a user; $select may ask for any of them. */
export function renderUserFull(u: DirectoryUser): Record<string, unknown> {
  return {
    businessPhones: u.businessPhones,
    displayName: u.displayName,
    givenName: u.givenName,
    jobTitle: u.jobTitle,
    mail: u.mail,
    mobilePhone: u.mobilePhone,
    officeLocation: u.officeLocation,
    preferredLanguage: 'sv-SE',
    surname: u.surname,
    userPrincipalName: u.userPrincipalName,
    id: u.id,
    accountEnabled: u.accountEnabled,
    mailNickname: u.mail.split('@')[0],
    usageLocation: 'SE',
    userType: 'Member',
  };
}

function renderUser(call: GraphCall, u: DirectoryUser): Record<string, unknown> {
  const full = renderUserFull(u);
  if (call.q.select) return full; // narrowed by $select later
  return Object.fromEntries(DEFAULT_USER_PROPS.map((k) => [k, full[k]]));
}

export function findUserOr404(call: GraphCall, idOrUpn: string): DirectoryUser {
  const u = call.ctx.directory.findUser(idOrUpn);
  if (!u) throw directoryNotFound(idOrUpn);
  return u;
}

/** /users and /users/{id}[/memberOf|transitiveMemberOf|photo]; calendar and mail routes are elsewhere. */
export function usersRoute(call: GraphCall): TenantResponse {
  const [, id, sub, ...rest] = call.segs;
  if (id === undefined) {
    if (call.req.method !== 'GET') throw methodNotAllowed();
    // Filter on every known property, then shape.
    const all = call.ctx.directory.users().map(renderUserFull);
    const matched = directoryQuery(call, all, ['displayName', 'givenName', 'surname', 'mail', 'userPrincipalName']);
    const shaped = call.q.select ? matched : matched.map((u) => Object.fromEntries(DEFAULT_USER_PROPS.map((k) => [k, u[k]])));
    return collectionResponse(call, call.q.select ? `users(${call.q.select.join(',')})` : 'users', shaped, {
      defaultSize: 100,
      maxSize: 999,
      style: 'skiptoken',
    });
  }
  const user = findUserOr404(call, id);
  if (sub === undefined) {
    if (call.req.method !== 'GET') throw methodNotAllowed();
    return entityResponse(call, call.q.select ? `users(${call.q.select.join(',')})/$entity` : 'users/$entity', renderUser(call, user));
  }
  const subLower = sub.toLowerCase();
  if (subLower === 'memberof' || subLower === 'transitivememberof') {
    // No nested groups in the local directory, so transitive and direct membership are the same.
    const cast = rest[0];
    if (cast !== undefined && cast.toLowerCase() !== 'microsoft.graph.group') throw notFoundSegment(cast);
    if (rest.length > 1) throw notFoundSegment(rest[1]);
    const groups = call.ctx.directory
      .groupsOf(user.id)
      .map((g: DirectoryGroup) => ({ '@odata.type': '#microsoft.graph.group', ...renderGroup(g) }));
    const matched = directoryQuery(call, groups, ['displayName', 'mail', 'description']);
    return collectionResponse(call, cast ? 'groups' : 'directoryObjects', matched, { defaultSize: 100, maxSize: 999, style: 'skiptoken' });
  }
  if (subLower === 'photo' || subLower === 'photos') return photoResponse(call, user, subLower === 'photos' ? rest.slice(1) : rest);
  throw notFoundSegment(sub);
}
