import { createHash } from 'crypto';
import type { DirectoryUser } from '../directory';
import type { TenantResponse } from '../http';
import { entityResponse, type GraphCall } from './call';
import { GraphFault, methodNotAllowed, notFoundSegment } from './errors';

/**
 * Profile photos: a deterministic SVG with the person's initials on a colour derived from
 * their id, so every persona is recognisable in the UI without shipping images. Shared
 * mailboxes (disabled accounts) have no photo, which exercises the portal's fallback.
 */
const SIZE = 240;

function initials(u: DirectoryUser): string {
  const a = (u.givenName || u.displayName).trim().charAt(0);
  const b = (u.surname || u.displayName.split(/\s+/)[1] || '').trim().charAt(0);
  return (a + b).toUpperCase();
}

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string);
}

export function photoSvg(u: DirectoryUser): string {
  const hue = createHash('sha256').update(u.id).digest()[0] * (360 / 256);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">` +
    `<rect width="${SIZE}" height="${SIZE}" fill="hsl(${Math.round(hue)},45%,35%)"/>` +
    `<text x="50%" y="50%" dy=".35em" text-anchor="middle" font-family="Segoe UI,Arial,sans-serif" font-size="96" fill="#ffffff">${escapeXml(initials(u))}</text>` +
    `</svg>`
  );
}

const noPhoto = (): GraphFault =>
  new GraphFault(404, 'ImageNotFound', "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.");

/** `/users/{id}/photo` (metadata) and `/users/{id}/photo/$value` (the image). */
export function photoResponse(call: GraphCall, user: DirectoryUser, rest: string[]): TenantResponse {
  if (call.req.method !== 'GET') throw methodNotAllowed();
  if (!user.accountEnabled) throw noPhoto();
  if (rest.length === 0) {
    return entityResponse(call, `users('${user.id}')/photo/$entity`, {
      '@odata.mediaContentType': 'image/svg+xml',
      '@odata.mediaEtag': `W/"${createHash('sha1').update(user.id).digest('hex')}"`,
      id: 'default',
      height: SIZE,
      width: SIZE,
    });
  }
  if (rest.length === 1 && rest[0] === '$value') {
    return {
      status: 200,
      headers: { 'content-type': 'image/svg+xml', 'cache-control': 'private, max-age=3600' },
      body: Buffer.from(photoSvg(user), 'utf8'),
    };
  }
  throw notFoundSegment(rest[rest.length - 1]);
}
