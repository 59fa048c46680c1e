import { eventWriteBody } from '../eventBody';
import { bodyJson, json, type TenantResponse } from '../../http';
import { collectionResponse, contextUrl, entityResponse, header, noContent, type GraphCall } from '../call';
import { accessDenied, GraphFault, itemNotFound, methodNotAllowed, notFoundSegment } from '../errors';
import {
  buildEvent,
  eventBounds,
  instanceAt,
  instancesInWindow,
  parseOccurrenceId,
  renderEvent,
  type GraphEventInput,
  type Instance,
  type Viewer,
} from '../events';
import { applyOrderby, evaluate } from '../odata';
import type { StoredEvent } from '../store';
import { parseGraphDateTime, preferredTimeZone, toIana } from '../timezone';
import { findGroupOr404 } from './groups';
import { findUserOr404 } from './users';

/** Whose calendar a request addresses, and who may see it. */
interface Calendar {
  owner: { kind: 'user' | 'group'; id: string };
  /** Addresses of the calendar's owner: events where one is an attendee show up in it. */
  addresses: string[];
  organizer: { name: string; address: string };
  fragment: string;
}

function resolveCalendar(call: GraphCall): { cal: Calendar; rest: string[] } {
  const [kind, id, ...rest] = call.segs;
  if (kind === 'groups') {
    const g = findGroupOr404(call, id);
    // Delegated access to a group calendar is for members only, as in Exchange.
    if (!call.ctx.directory.groupMembers(g.id).some((m) => m.id === call.me.id)) throw accessDenied();
    return {
      cal: {
        owner: { kind: 'group', id: g.id },
        addresses: g.mail ? [g.mail] : [],
        organizer: { name: g.displayName, address: g.mail },
        fragment: `groups('${g.id}')`,
      },
      rest,
    };
  }
  const u = findUserOr404(call, id);
  // Another person's calendar needs delegated access (granted for shared mailboxes).
  if (u.id !== call.me.id && !call.store.hasMailboxAccess(u.id, call.me.id)) throw accessDenied();
  return {
    cal: {
      owner: { kind: 'user', id: u.id },
      addresses: [u.mail, u.userPrincipalName],
      organizer: { name: u.displayName, address: u.mail },
      fragment: `users('${call.viaMe ? call.me.id : u.id}')`,
    },
    rest,
  };
}

/** The zone events are rendered in: `Prefer: outlook.timezone`, else UTC, plus the header that says so. */
function viewer(call: GraphCall, cal: Calendar): { viewer: Viewer; headers: Record<string, string> } {
  const wanted = preferredTimeZone(header(call, 'prefer'));
  const iana = wanted ? toIana(wanted) : null;
  const v: Viewer = {
    user: cal.owner.kind === 'user' ? (call.ctx.directory.userById(cal.owner.id) ?? null) : null,
    addresses: cal.addresses,
    tzName: iana && wanted ? wanted : 'UTC',
    tzIana: iana ?? 'UTC',
  };
  return { viewer: v, headers: iana && wanted ? { 'preference-applied': `outlook.timezone="${wanted}"` } : {} };
}

function inCalendar(e: StoredEvent, cal: Calendar): boolean {
  const owned = e.owner.kind === cal.owner.kind && e.owner.id === cal.owner.id;
  if (owned && !e.removedFromOwner) return true;
  const addrs = cal.addresses.map((a) => a.toLowerCase());
  return e.attendees.some((a) => addrs.includes(a.emailAddress.address.toLowerCase()));
}

const ownedBy = (e: StoredEvent, cal: Calendar): boolean => e.owner.kind === cal.owner.kind && e.owner.id === cal.owner.id;

/** An event or occurrence by id, if it is in this calendar. */
function findInstance(call: GraphCall, cal: Calendar, id: string, v: Viewer): Instance {
  const direct = call.store.event(id);
  if (direct && inCalendar(direct, cal)) return instanceAt(direct, null, v.tzIana);
  const occ = parseOccurrenceId(id);
  if (occ) {
    const series = call.store.event(occ.seriesId);
    if (series?.recurrence && inCalendar(series, cal) && !series.cancelledOccurrences.includes(occ.date)) {
      const inst = instanceAt(series, occ.date, v.tzIana);
      // Only dates the pattern produces are occurrences.
      if (instancesInWindow(series, inst.startMs, inst.endMs, v.tzIana).some((i) => i.occurrence === occ.date)) return inst;
    }
  }
  throw itemNotFound();
}

function window(call: GraphCall): { fromMs: number; toMs: number } {
  const s = call.q.param('startDateTime');
  const e = call.q.param('endDateTime');
  if (!s || !e) {
    throw new GraphFault(
      400,
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    );
  }
  const parse = (v: string, name: string): number => {
    const p = parseGraphDateTime(v);
    if (!p) throw new GraphFault(400, 'ErrorInvalidParameter', `The value '${v}' of parameter '${name}' is invalid.`);
    // Without an offset the value is UTC.
    return (
      Date.UTC(p.parts.year, p.parts.month - 1, p.parts.day, p.parts.hour, p.parts.minute, p.parts.second) - (p.offsetMinutes ?? 0) * 60_000
    );
  };
  const fromMs = parse(s, 'StartDateTime');
  const toMs = parse(e, 'EndDateTime');
  if (toMs < fromMs) throw new GraphFault(400, 'ErrorInvalidParameter', 'The parameter EndDateTime must be later than StartDateTime.');
  return { fromMs, toMs };
}

function listResponse(
  call: GraphCall,
  fragment: string,
  rendered: Record<string, unknown>[],
  headers: Record<string, string>,
): TenantResponse {
  let items = rendered;
  const f = call.q.filter;
  if (f) items = items.filter((e) => evaluate(f, e));
  items = applyOrderby(items, call.q.orderby);
  return collectionResponse(call, fragment, items, { defaultSize: 10, maxSize: 1000, style: 'skip' }, headers);
}

function saveEvent(call: GraphCall, e: StoredEvent): void {
  const b = eventBounds(e);
  call.store.saveEvent(e, b.startMs, b.endMs);
}

function body(call: GraphCall): GraphEventInput {
  const b = bodyJson<unknown>(call.req);
  if (!b) throw new GraphFault(400, 'BadRequest', 'Empty Payload. JSON content expected.');
  return eventWriteBody(b);
}

/**
 * Calendar routes under /users/{id} and /groups/{id}: calendarView, events (CRUD and
 * cancel), instances, calendar.
 */
export function calendarRoute(call: GraphCall): TenantResponse {
  const { cal, rest } = resolveCalendar(call);
  // `/calendar/events` and `/calendar/calendarView` are the default calendar's, same as without.
  const path = rest[0]?.toLowerCase() === 'calendar' && rest.length > 1 ? rest.slice(1) : rest;
  const [res, id, action, ...extra] = path;
  const { viewer: v, headers } = viewer(call, cal);
  const m = call.req.method;
  const resLower = res.toLowerCase();

  if (resLower === 'calendar' && path.length === 1) {
    if (m !== 'GET') throw methodNotAllowed();
    return entityResponse(call, `${cal.fragment}/calendar/$entity`, {
      id: `AAMkA${Buffer.from(`calendar:${cal.owner.id}`)
        .toString('base64')
        .replace(/[^A-Za-z0-9]/g, '')}`,
      name: 'Kalender',
      color: 'auto',
      isDefaultCalendar: true,
      canShare: cal.owner.kind === 'user' && cal.owner.id === call.me.id,
      canViewPrivateItems: cal.owner.kind === 'user' && cal.owner.id === call.me.id,
      canEdit: true,
      allowedOnlineMeetingProviders: ['teamsForBusiness'],
      defaultOnlineMeetingProvider: 'teamsForBusiness',
      owner: cal.organizer,
    });
  }

  if (resLower === 'calendarview') {
    if (id !== undefined) throw notFoundSegment(id);
    if (m !== 'GET') throw methodNotAllowed();
    const w = window(call);
    const instances = call.store
      .calendarEvents(cal.owner, cal.addresses, w)
      .flatMap((e) => instancesInWindow(e, w.fromMs, w.toMs, v.tzIana))
      .sort((a, b) => a.startMs - b.startMs || a.event.id.localeCompare(b.event.id));
    return listResponse(
      call,
      `${cal.fragment}/calendarView`,
      instances.map((i) => renderEvent(i, v)),
      headers,
    );
  }

  if (resLower !== 'events') throw notFoundSegment(res);

  if (id === undefined) {
    if (m === 'GET') {
      // /events lists single events and series masters, not occurrences.
      const list = call.store.calendarEvents(cal.owner, cal.addresses, null).map((e) => renderEvent(instanceAt(e, null, v.tzIana), v));
      return listResponse(call, `${cal.fragment}/events`, list, headers);
    }
    if (m === 'POST') {
      const e = buildEvent(body(call), { owner: cal.owner, organizer: cal.organizer, now: call.ctx.now() });
      saveEvent(call, e);
      return json(
        201,
        { '@odata.context': contextUrl(call, `${cal.fragment}/events/$entity`), ...renderEvent(instanceAt(e, null, v.tzIana), v) },
        headers,
      );
    }
    throw methodNotAllowed();
  }

  const inst = findInstance(call, cal, id, v);
  const e = inst.event;

  if (action !== undefined) {
    const a = action.toLowerCase();
    if (a === 'instances' && m === 'GET' && extra.length === 0) {
      const w = window(call);
      const list = e.recurrence ? instancesInWindow(e, w.fromMs, w.toMs, v.tzIana) : [];
      return listResponse(
        call,
        `${cal.fragment}/events('${e.id}')/instances`,
        list.map((i) => renderEvent(i, v)),
        headers,
      );
    }
    if (a === 'cancel' && extra.length === 0) {
      if (m !== 'POST') throw methodNotAllowed();
      if (!ownedBy(e, cal))
        throw new GraphFault(
          400,
          'ErrorInvalidRequest',
          "Your request can't be completed. You need to be an organizer to cancel a meeting.",
        );
      cancel(call, inst);
      return { status: 202, headers: {} };
    }
    throw notFoundSegment(action);
  }

  if (m === 'GET') return entityResponse(call, `${cal.fragment}/events/$entity`, renderEvent(inst, v), headers);
  if (!ownedBy(e, cal)) throw accessDenied();
  if (m === 'PATCH') {
    if (inst.type === 'occurrence')
      throw new GraphFault(
        400,
        'ErrorInvalidRequest',
        'Changing a single occurrence is not supported by the local tenant; change the series.',
      );
    const updated = buildEvent(body(call), { existing: e, now: call.ctx.now() });
    saveEvent(call, updated);
    return entityResponse(call, `${cal.fragment}/events/$entity`, renderEvent(instanceAt(updated, null, v.tzIana), v), headers);
  }
  if (m === 'DELETE') {
    cancel(call, inst);
    return noContent();
  }
  throw methodNotAllowed();
}

/**
 * Removes an event from its organizer's calendar. Attendees keep it marked `isCancelled`
 * (Exchange delivers a cancellation, the attendee's copy stays until they remove it).
 * An occurrence is cancelled on its own.
 */
function cancel(call: GraphCall, inst: Instance): void {
  const e = inst.event;
  const now = call.ctx
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, '.0000000Z');
  if (inst.type === 'occurrence' && inst.occurrence) {
    saveEvent(call, { ...e, cancelledOccurrences: [...e.cancelledOccurrences, inst.occurrence], lastModifiedDateTime: now });
    return;
  }
  if (e.attendees.length === 0) call.store.deleteEvent(e.id);
  else saveEvent(call, { ...e, isCancelled: true, removedFromOwner: true, lastModifiedDateTime: now });
}
