import { mergeCalendar, type CalendarEntry } from '../../domain/calendar/calendar';
import { isValidOn } from '../../domain/bodies/assignments';
import { swedishDate } from '../../domain/time/swedishTime';
import { stockholmToUtc } from '../../domain/time/swedishTime';
import type { Assignment } from '../../domain/bodies/types';
import { toDataError } from '../errors';
import type { DataError } from '../services';
import { runPaged, type BatchOptions, type GraphCall } from './batch';
import { PREFER_STOCKHOLM, type GraphPoster } from './client';
import { EVENT_SELECT, toEntry, type GraphEvent } from './events';
import { meetingPlanIcs } from './ical';
import { meetingEntry, readBodyMeetings, readCalendarSite, type SiteBody, type SiteContext, type SiteMeeting } from './site';
import type { CalendarFailure, CalendarGroup, CalendarRepository } from './types';
import type { Feature } from '../compose';

/** calendarView page size; a busy group calendar over a month view fits in one or two pages. */
const PAGE_SIZE = 100;
/** Pages followed per calendar and render, so one runaway calendar cannot stall the view. */
const MAX_PAGES = 5;
/** The meeting plan covers the past month too: a subscriber sees what was just held. */
const PLAN_LOOKBACK_MS = 31 * 24 * 3600 * 1000;

const graphTime = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function viewCall(id: string, base: string, from: Date, to: Date): GraphCall {
  const q = `startDateTime=${graphTime(from)}&endDateTime=${graphTime(to)}&$select=${EVENT_SELECT}&$top=${PAGE_SIZE}`;
  return { id, url: `${base}/calendarView?${q}`, headers: PREFER_STOCKHOLM, mailbox: base };
}

const MEMBER_OF: GraphCall = { id: 'memberOf', url: '/me/memberOf?$select=id,displayName,groupTypes&$top=999' };

function unifiedGroups(items: any[]): CalendarGroup[] {
  return items
    .filter((g) => Array.isArray(g.groupTypes) && g.groupTypes.includes('Unified'))
    .map((g) => ({ id: String(g.id), name: String(g.displayName ?? '') }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** Assignments in force at some time in [from, to): their bodies are the person's. */
function bodiesInRange(assignments: readonly Assignment[], from: string, to: string): Set<number> {
  return new Set(assignments.filter((a) => a.validFrom <= to && (a.validTo === null || a.validTo >= from)).map((a) => a.bodyId));
}

/**
 * A meeting whose `EventId` was never recorded (published before the column existed, or by
 * hand in Outlook) still has one twin: the event in its body's group calendar at the same time
 * with the same title. Linking them lets mergeCalendar show the happening once.
 */
function linkTwins(
  meetings: CalendarEntry[],
  groupEntries: readonly { entry: CalendarEntry; groupId: string }[],
  site: readonly SiteMeeting[],
): CalendarEntry[] {
  const groupOf = new Map(site.map((m) => [`meeting:${m.id}`, m.groupId]));
  return meetings.map((m) => {
    if (m.eventId) return m;
    const gid = groupOf.get(m.key);
    const twin = groupEntries.find(
      (g) =>
        g.groupId === gid &&
        Date.parse(g.entry.start) === Date.parse(m.start) &&
        g.entry.title.trim().toLowerCase() === m.title.trim().toLowerCase(),
    );
    return twin ? { ...m, eventId: twin.entry.eventId } : m;
  });
}

export function createCalendarRepository(ctx: SiteContext, graph: GraphPoster, options: BatchOptions = {}): CalendarRepository {
  // The person's groups are learned once per page load; later ranges need one Graph batch only.
  let memberOf: CalendarGroup[] | null = null;

  const readGroups = async (calls: GraphCall[], from: Date, to: Date, groups: CalendarGroup[]) => {
    const all = [...calls, ...groups.map((g) => viewCall(`g:${g.id}`, `/groups/${encodeURIComponent(g.id)}`, from, to))];
    try {
      return await runPaged(graph, all, MAX_PAGES, options);
    } catch (e) {
      const error = await toDataError(e);
      return new Map(all.map((c) => [c.id, { items: [] as any[], error: error as DataError | null, truncated: false }]));
    }
  };

  return {
    async load(range, configured) {
      const from = stockholmToUtc(range.from, '00:00');
      const to = stockholmToUtc(range.to, '00:00');
      const failures: CalendarFailure[] = [];
      let siteError: DataError | null = null;
      const siteP = readCalendarSite(ctx, from, to).catch(async (e: unknown) => {
        siteError = await toDataError(e);
        return { assignments: [] as Assignment[], bodies: [] as SiteBody[], meetings: [] as SiteMeeting[] };
      });
      const own = viewCall('own', '/me', from, to);

      let groups: CalendarGroup[];
      let results: Map<string, { items: any[]; error: DataError | null; truncated: boolean }>;
      let site: Awaited<typeof siteP>;
      if (configured) {
        // Everything is known up front: SharePoint and Graph in parallel.
        groups = [...configured];
        [site, results] = await Promise.all([siteP, readGroups([own], from, to, groups)]);
      } else {
        site = await siteP;
        const mine = bodiesInRange(site.assignments, range.from, range.to);
        const bodyGroups = site.bodies.filter((b) => mine.has(b.id) && b.groupId).map((b) => ({ id: b.groupId as string, name: b.name }));
        groups = mergeGroups(bodyGroups, memberOf ?? []);
        results = await readGroups(memberOf ? [own] : [own, MEMBER_OF], from, to, groups);
        const learned = results.get('memberOf');
        if (learned && !learned.error) {
          memberOf = unifiedGroups(learned.items);
          // Party groups and other groups the person belongs to: their calendars in one more batch, this once.
          const extra = memberOf.filter((g) => !groups.some((x) => x.id === g.id));
          if (extra.length) {
            const more = await readGroups([], from, to, extra);
            for (const [k, v] of more) results.set(k, v);
            groups = [...groups, ...extra];
          }
        }
      }
      if (siteError) failures.push({ source: 'meetings', name: '', error: siteError });

      const ownResult = results.get('own')!;
      if (ownResult.error) failures.push({ source: 'own', name: '', error: ownResult.error });
      const ownEntries = ownResult.items.map((e: GraphEvent) => toEntry(e, 'own', null)).filter((e): e is CalendarEntry => e !== null);

      const groupEntries: { entry: CalendarEntry; groupId: string }[] = [];
      for (const g of groups) {
        const r = results.get(`g:${g.id}`);
        if (!r) continue;
        if (r.error) failures.push({ source: g.id, name: g.name, error: r.error });
        for (const e of r.items as GraphEvent[]) {
          const entry = toEntry(e, 'group', g.name);
          if (entry) groupEntries.push({ entry, groupId: g.id });
        }
      }

      const meetings = site.meetings.filter((m) =>
        site.assignments.some((a) => a.bodyId === m.bodyId && isValidOn(a, swedishDate(new Date(m.start)))),
      );
      const meetingEntries = linkTwins(meetings.map(meetingEntry), groupEntries, meetings);
      const mine = bodiesInRange(site.assignments, range.from, range.to);
      return {
        entries: mergeCalendar(
          ownEntries,
          groupEntries.map((g) => g.entry),
          meetingEntries,
        ),
        groups,
        failures,
        bodies: site.bodies.filter((b) => mine.has(b.id)).map((b) => ({ id: b.id, name: b.name, code: b.code })),
      };
    },

    async availableGroups() {
      if (memberOf) return memberOf;
      const r = (await runPaged(graph, [MEMBER_OF], MAX_PAGES, options)).get('memberOf')!;
      if (r.error) throw r.error;
      memberOf = unifiedGroups(r.items);
      return memberOf;
    },

    async meetingPlan(bodyId) {
      try {
        const meetings = await readBodyMeetings(ctx, bodyId, new Date(ctx.now().getTime() - PLAN_LOOKBACK_MS));
        const bodyName = meetings[0]?.bodyName ?? '';
        const site = ctx.webUrl.replace(/^\/+/, '').replace(/\//g, '.') || 'portal';
        return {
          fileName: `${(bodyName || `organ-${bodyId}`).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}.ics`,
          content: meetingPlanIcs({
            calendarName: bodyName,
            meetings,
            now: ctx.now(),
            uidDomain: `${site}.politikerportal`,
            link: (id) => ctx.links.agenda(id),
          }),
        };
      } catch (e) {
        throw await toDataError(e);
      }
    },
  };
}

function mergeGroups(a: readonly CalendarGroup[], b: readonly CalendarGroup[]): CalendarGroup[] {
  const out = [...a];
  for (const g of b) if (!out.some((x) => x.id === g.id)) out.push(g);
  return out;
}

export const calendarFeature: Feature<'calendar'> = (b) => createCalendarRepository(b, b.graph, { busy: b.busy });
