import { createHash } from 'crypto';

/** A stable GUID from a name (UUID v5-shaped, SHA-1), so directory ids are the same on every seed. */
export function stableGuid(name: string): string {
  const h = createHash('sha1').update(`politikerportal:${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
