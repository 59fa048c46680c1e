/**
 * The publisher of the public notice board: answers `GET <board>/` (the page), `feed.json`
 * (JSON Feed 1.1), `feed.atom` (Atom 1.0) and `protokoll/<file>.pdf` (a public version), read
 * through PnPjs as a read-only service account (`readPublicNotices`). HTTP-shaped but bound to no
 * server: the local tenant mounts it at `/anslagstavla/` with a token it mints itself; in a real
 * tenant an Azure Function (or a container) calls it with a token from msal-node's client
 * credentials (README, "Anslagstavlan").
 *
 * Readable by anyone without signing in: that is the board's purpose (KL 8:9). The feeds allow any
 * origin (the region's website reads them in the browser); everything is cached briefly only, so a
 * notice taken down leaves the page and the feeds within a minute.
 */
import { sha256 } from '@noble/hashes/sha2';
import { atomFeed, ATOM_TYPE, jsonFeed, JSON_FEED_TYPE } from '../../domain/noticeBoard/feed';
import { boardPage, BOARD_STYLE } from '../../domain/noticeBoard/page';
import type { BoardSite, PublicNotice } from '../../domain/noticeBoard/types';
import type { RepoContext } from '../repositories/site';
import { publicFileOf } from './publicFolder';
import { readEvery } from './readCache';
import { readPublicNotices, readPublicVersion } from './read';

export interface BoardRequest {
  method: string;
  /** The path under the board's base, not decoded: '' (the page), 'feed.json', 'feed.atom', 'protokoll/<file>.pdf'. */
  path: string;
}

export interface BoardResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

export interface BoardPublisherOptions {
  /** PnPjs as the publisher's service account, which may only read (group `Politikerportal Anslagstavlan`). */
  ctx: RepoContext;
  /** The board's public address, absolute and ending in `/` (where this publisher is mounted), per request. */
  baseUrl: () => string;
  /** The clock that decides which notices are up. */
  now: () => Date;
  /** Where to report a failed read (the answer is a 503 without detail). */
  log?: (message: string, error: unknown) => void;
  /**
   * How long one read of the board serves every request (default 30 s, within the answers'
   * max-age): anyone may ask, so a burst of anonymous requests must not become a burst of batches.
   * 0 reads on every request (tests).
   */
  readCacheSeconds?: number;
}

export const FEED_FILES = { json: 'feed.json', atom: 'feed.atom' } as const;
export const PDF_PATH = 'protokoll/';

/** How long a reader may keep an answer: short, so a notice taken down goes soon. */
const MAX_AGE_S = 60;
const PDF_MAX_AGE_S = 300;

const base64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
/** The page's one inline style, allowed by its hash: no script and nothing else runs or loads. */
const PAGE_CSP = `default-src 'none'; style-src 'sha256-${base64(sha256(new TextEncoder().encode(BOARD_STYLE)))}'; base-uri 'none'; form-action 'none'`;

const common = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
const cached = (s: number) => ({ 'cache-control': `public, max-age=${s}` });
const cors = { 'access-control-allow-origin': '*' };

function page(status: number, title: string, text: string, extra: Record<string, string> = {}): BoardResponse {
  return {
    status,
    headers: { ...common, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'", ...extra },
    body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`,
  };
}

const notFound = (): BoardResponse =>
  page(404, 'Sidan finns inte', 'Det finns ingen sådan sida eller fil på anslagstavlan.', { 'cache-control': 'no-store' });

/** The board's site description for the feeds, at the address it is reached on. */
export function boardSite(baseUrl: string, asOf: string): BoardSite {
  return {
    title: 'Anslagstavla – Region Norrbotten',
    description: 'Region Norrbottens officiella anslagstavla: tillkännagivanden om justerade protokoll och kungörelser av sammanträden.',
    boardUrl: baseUrl,
    jsonFeedUrl: `${baseUrl}${FEED_FILES.json}`,
    atomFeedUrl: `${baseUrl}${FEED_FILES.atom}`,
    authorName: 'Region Norrbotten',
    tagAuthority: 'norrbotten.se',
    tagDate: '2026',
    asOf,
  };
}

export function createBoardPublisher(options: BoardPublisherOptions): (req: BoardRequest) => Promise<BoardResponse> {
  const { ctx } = options;

  /** The board as read, at most once per `readCacheSeconds`. */
  const read = readEvery((options.readCacheSeconds ?? 30) * 1000, options.now, (day) => readPublicNotices(ctx, day));

  /** The notices with links to the publisher's own copies of the public versions. */
  const notices = async (base: string): Promise<PublicNotice[]> =>
    (await read()).map((n) => {
      const file = n.publicUrl ? publicFileOf(ctx, n.publicUrl) : null;
      return { ...n, publicUrl: file ? `${base}${PDF_PATH}${encodeURIComponent(file)}` : null };
    });

  async function answer(req: BoardRequest): Promise<BoardResponse> {
    const base = options.baseUrl();
    const site = boardSite(base, options.now().toISOString());
    if (req.path === '' || req.path === 'index.html') {
      return {
        status: 200,
        headers: { ...common, ...cached(MAX_AGE_S), 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP },
        body: boardPage(await notices(base), site),
      };
    }
    if (req.path === FEED_FILES.json)
      return {
        status: 200,
        headers: { ...common, ...cached(MAX_AGE_S), ...cors, 'content-type': `${JSON_FEED_TYPE}; charset=utf-8` },
        body: JSON.stringify(jsonFeed(await notices(base), site)),
      };
    if (req.path === FEED_FILES.atom)
      return {
        status: 200,
        headers: { ...common, ...cached(MAX_AGE_S), ...cors, 'content-type': `${ATOM_TYPE}; charset=utf-8` },
        body: atomFeed(await notices(base), site),
      };
    if (req.path.startsWith(PDF_PATH)) {
      const raw = req.path.slice(PDF_PATH.length);
      let name: string;
      try {
        name = decodeURIComponent(raw);
      } catch {
        return notFound();
      }
      // one segment, before and after decoding: nothing climbs out of Offentliga
      if (raw.includes('/') || name.includes('/') || name.includes('\\')) return notFound();
      const bytes = await readPublicVersion(ctx, name);
      if (!bytes) return notFound();
      return {
        status: 200,
        headers: {
          ...common,
          ...cached(PDF_MAX_AGE_S),
          ...cors,
          'content-type': 'application/pdf',
          'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(name)}`,
          'content-security-policy': 'sandbox',
        },
        body: bytes,
      };
    }
    return notFound();
  }

  return async (req) => {
    const method = req.method.toUpperCase();
    if (method === 'OPTIONS')
      return {
        status: 204,
        headers: { ...cors, 'access-control-allow-methods': 'GET, HEAD', 'access-control-max-age': '86400' },
        body: '',
      };
    if (method !== 'GET' && method !== 'HEAD')
      return page(405, 'Metoden tillåts inte', 'Anslagstavlan läses med GET.', {
        allow: 'GET, HEAD, OPTIONS',
        'cache-control': 'no-store',
      });
    try {
      return await answer(req);
    } catch (e) {
      options.log?.('[anslagstavlan] reading the notice board failed', e);
      return page(503, 'Anslagstavlan kan inte visas just nu', 'Försök igen om en stund.', {
        'cache-control': 'no-store',
        'retry-after': '30',
      });
    }
  };
}
