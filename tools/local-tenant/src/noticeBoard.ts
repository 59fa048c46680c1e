/**
 * The public notice board at `/anslagstavla/` (KL 8:9), readable without signing in: the same
 * publisher a real tenant would run as an Azure Function (src/data/noticeBoard/publisher.ts),
 * reading the site through PnPjs as the board's read-only service account. The local tenant mints
 * that account's SharePoint token in-process (a real one comes from Entra ID by client credentials);
 * the board's own answers need no token at all.
 */
import { standaloneSp } from '../../../src/data/hosts/standalone';
import { createBoardPublisher, type BoardResponse } from '../../../src/data/noticeBoard/publisher';
import { SITE_PATH, type TenantContext } from './context';
import type { TenantRequest, TenantResponse } from './http';
import { BOARD_ACCOUNT_UPN } from './seed/boardAccount';

export const BOARD_PATH = '/anslagstavla';

/** Renewed this long before it expires. */
const RENEW_S = 5 * 60;

export interface LocalBoardOptions {
  context: TenantContext;
  /** `http://localhost:<port>`: the publisher reads the site over loopback, as any client does. */
  loopbackUrl: () => string;
  /** Tests read the board right after posting: no read cache then. */
  testMode?: boolean;
}

export function isBoardPath(pathname: string): boolean {
  return pathname === BOARD_PATH || pathname.startsWith(`${BOARD_PATH}/`);
}

export function localNoticeBoard(options: LocalBoardOptions): (req: TenantRequest) => Promise<TenantResponse> {
  const { context } = options;
  let token: { value: string; exp: number } | null = null;
  const serviceToken = (): string => {
    // by the machine's clock, as the APIs check tokens (the server's may be pinned in tests)
    if (!token || token.exp - RENEW_S <= Math.floor(Date.now() / 1000)) {
      const account = context.directory.userByUpn(BOARD_ACCOUNT_UPN);
      if (!account) throw new Error(`The notice board's service account ${BOARD_ACCOUNT_UPN} is not in the directory.`);
      const issued = context.tokens.issue(account, { resource: 'sharepoint', lifetimeS: 3600 });
      token = { value: issued.token, exp: issued.claims.exp };
    }
    return token.value;
  };
  let publish: ReturnType<typeof createBoardPublisher> | null = null;
  const publisher = (): ReturnType<typeof createBoardPublisher> => {
    publish ??= createBoardPublisher({
      ctx: {
        sp: standaloneSp(`${options.loopbackUrl()}${SITE_PATH}`, serviceToken),
        webUrl: SITE_PATH,
        // the reader needs no identity of its own: only what the service account may read
        user: {
          siteUserId: 0,
          loginName: `i:0#.f|membership|${BOARD_ACCOUNT_UPN}`,
          displayName: 'Anslagstavlan (tjänstekonto)',
          email: BOARD_ACCOUNT_UPN,
        },
        now: () => context.now(),
      },
      baseUrl: () => `${context.baseUrl()}${BOARD_PATH}/`,
      now: () => context.now(),
      log: (message, error) => console.error(message, error),
      readCacheSeconds: options.testMode ? 0 : 30,
    });
    return publish;
  };

  return async (req) => {
    const p = req.url.pathname;
    // the page's own address ends in a slash, so that its relative links resolve under it
    if (p === BOARD_PATH) return { status: 301, headers: { location: `${BOARD_PATH}/`, 'cache-control': 'public, max-age=3600' } };
    const res: BoardResponse = await publisher()({ method: req.method, path: p.slice(BOARD_PATH.length + 1) });
    return { status: res.status, headers: res.headers, body: typeof res.body === 'string' ? res.body : Buffer.from(res.body) };
  };
}
