import type { TenantContext } from '../context';
import type { Faults } from '../faults';
import { GRAPH_PATH } from '../context';
import type { TenantRequest, TenantResponse } from '../http';
import { json } from '../http';
import { runBatch } from './batch';
import type { GraphCall } from './call';
import { faultResponse, GraphFault, graphErrorResponse, notFoundSegment, badRequest } from './errors';
import { buildEvent, eventBounds, type GraphEventInput } from './events';
import { buildMessage, type GraphMessageInput } from './mail';
import { parseQuery } from './odata';
import { calendarRoute } from './routes/calendar';
import { groupsRoute } from './routes/groups';
import { mailRoute } from './routes/mail';
import { sendMailRoute } from './routes/sendMail';
import { usersRoute } from './routes/users';
import { GraphStore } from './store';

export type { GraphEventInput } from './events';
export type { GraphMessageInput } from './mail';

const CALENDAR_SEGMENTS = new Set(['calendarview', 'calendar', 'events']);
const MAIL_SEGMENTS = new Set(['messages', 'mailfolders']);

/**
 * Microsoft Graph v1.0 as the portal uses it: /me, users, groups, calendars (users' and
 * groups'), mail of own and shared mailboxes, sendMail, JSON $batch, Graph's error shapes. State lives
 * in SQLite (`graph_*` tables); people and groups come from the directory.
 */
export class GraphService {
  private readonly store: GraphStore;

  /** `faults` reach the parts of a `$batch` too: Graph throttles single parts with 429 and Retry-After. */
  constructor(
    private readonly ctx: TenantContext,
    private readonly faults?: Faults,
  ) {
    this.store = new GraphStore(ctx.db);
  }

  async handle(req: TenantRequest): Promise<TenantResponse> {
    try {
      return await this.route(req);
    } catch (e) {
      return this.failure(req, e);
    }
  }

  private failure(req: TenantRequest, e: unknown): TenantResponse {
    if (e instanceof GraphFault) return faultResponse(req, e);
    if (e instanceof SyntaxError) {
      return graphErrorResponse(
        req,
        400,
        'BadRequest',
        'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
      );
    }
    console.error('[local-tenant] graph', e);
    return graphErrorResponse(req, 500, 'InternalServerError', 'The local tenant failed to handle the request.');
  }

  private async route(req: TenantRequest): Promise<TenantResponse> {
    const fixed = undoDoubledBase(req);
    if (!fixed.user) {
      return graphErrorResponse(fixed, 401, 'InvalidAuthenticationToken', fixed.authError ?? 'Access token is empty.');
    }
    const rest = fixed.url.pathname.slice(GRAPH_PATH.length);
    let segs: string[];
    try {
      segs = rest
        .split('/')
        .filter((s) => s.length > 0)
        .map(decodeURIComponent);
    } catch {
      throw badRequest('The request URL is not valid.');
    }
    if (segs.length === 0) return json(200, { '@odata.context': `${this.ctx.baseUrl()}${GRAPH_PATH}/$metadata`, value: [] });
    if (segs[0] === '$batch')
      return runBatch(
        fixed,
        this.ctx.baseUrl(),
        async (inner) => (await this.faults?.apply(inner.method, inner.url.pathname, true)) ?? this.handle(inner),
      );

    const viaMe = segs[0].toLowerCase() === 'me';
    if (viaMe) segs = ['users', fixed.user.id, ...segs.slice(1)];
    const call: GraphCall = {
      req: fixed,
      ctx: this.ctx,
      store: this.store,
      me: fixed.user,
      segs,
      viaMe,
      q: parseQuery(fixed.url),
      base: `${this.ctx.baseUrl()}${GRAPH_PATH}`,
    };
    const root = segs[0].toLowerCase();
    const sub = segs[2]?.toLowerCase();
    if (root === 'users') {
      if (sub && CALENDAR_SEGMENTS.has(sub)) return calendarRoute(call);
      if (sub && MAIL_SEGMENTS.has(sub)) return mailRoute(call);
      if (sub === 'sendmail') return sendMailRoute(call);
      return usersRoute(call);
    }
    if (root === 'groups') {
      if (sub && CALENDAR_SEGMENTS.has(sub)) return calendarRoute(call);
      return groupsRoute(call);
    }
    throw notFoundSegment(segs[0]);
  }

  // ------------------------------------------------------------ in-process API for the seed

  /** Adds an event to a user's or a group's calendar; no permission checks. Returns the event id. */
  addEvent(owner: { kind: 'user' | 'group'; id: string }, event: GraphEventInput): string {
    let organizer: { name: string; address: string };
    if (owner.kind === 'user') {
      const u = this.ctx.directory.userById(owner.id);
      if (!u) throw new Error(`addEvent: no user ${owner.id}`);
      organizer = { name: u.displayName, address: u.mail };
    } else {
      const g = this.ctx.directory.groupById(owner.id);
      if (!g) throw new Error(`addEvent: no group ${owner.id}`);
      organizer = { name: g.displayName, address: g.mail };
    }
    const e = buildEvent(event, { owner, organizer, now: this.ctx.now() });
    if (event.isCancelled) e.isCancelled = true;
    const b = eventBounds(e);
    this.store.saveEvent(e, b.startMs, b.endMs);
    return e.id;
  }

  /** Puts a message in a mailbox folder (default the inbox); no permission checks. Returns the message id. */
  addMessage(mailboxUserId: string, message: GraphMessageInput, folder: 'inbox' | 'sentitems' | 'drafts' = 'inbox'): string {
    if (!this.ctx.directory.userById(mailboxUserId)) throw new Error(`addMessage: no mailbox ${mailboxUserId}`);
    const m = buildMessage(mailboxUserId, folder, message, this.ctx.now());
    this.store.saveMessage(m);
    return m.id;
  }

  /** Gives a person FullAccess to a (shared) mailbox: its mail and calendar become readable. */
  grantMailboxAccess(mailboxUserId: string, userId: string): void {
    this.store.grantMailboxAccess(mailboxUserId, userId);
  }
}

/**
 * The graph client only strips an `https://` host from a URL given to `api()`, so an
 * `@odata.nextLink` of the plain-http local tenant comes back appended to the base:
 * `/graph/v1.0/http://localhost:1234/graph/v1.0/users?...`. Undo that, so PageIterator and
 * `api(nextLink)` work against the local tenant as they do against graph.microsoft.com.
 */
function undoDoubledBase(req: TenantRequest): TenantRequest {
  const m = /^\/graph\/v1\.0\/https?:\/+[^/]+\/graph\/v1\.0(\/.*)?$/i.exec(req.url.pathname);
  if (!m) return req;
  const url = new URL(req.url.toString());
  url.pathname = `${GRAPH_PATH}${m[1] ?? ''}`;
  return { ...req, url };
}
