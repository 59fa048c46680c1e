/**
 * Which properties of microsoft.graph.event a POST/PATCH may carry, as Graph reads the body:
 * a name the type does not have is a 400 (RequestBodyRead, OData's model check); a property
 * the service computes (webLink, onlineMeeting.joinUrl, ids, times) is ignored, as Exchange
 * ignores a client's joinUrl and keeps its own.
 */
import { GraphFault } from './errors';
import type { GraphEventInput } from './events';

/** Written by the client and understood by the local tenant. */
const WRITABLE = new Set([
  'subject',
  'body',
  'start',
  'end',
  'isAllDay',
  'location',
  'attendees',
  'organizer',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'recurrence',
  'categories',
  'showAs',
  'importance',
  'sensitivity',
  'reminderMinutesBeforeStart',
  'isReminderOn',
  'responseRequested',
]);

/** Properties of the type that the service sets (or the local tenant does not model): accepted and ignored. */
const IGNORED = new Set([
  'id',
  'webLink',
  'onlineMeeting',
  'onlineMeetingUrl',
  'iCalUId',
  'changeKey',
  'createdDateTime',
  'lastModifiedDateTime',
  'isCancelled',
  'isOrganizer',
  'isDraft',
  'hasAttachments',
  'bodyPreview',
  'responseStatus',
  'seriesMasterId',
  'type',
  'originalStart',
  'originalStartTimeZone',
  'originalEndTimeZone',
  'locations',
  'hideAttendees',
  'allowNewTimeProposals',
  'transactionId',
  'uid',
  'cancelledOccurrences',
  'exceptionOccurrences',
  'occurrenceId',
]);

export function eventWriteBody(raw: unknown): GraphEventInput {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new GraphFault(400, 'BadRequest', 'The request body must be a JSON object.');
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (k.startsWith('@odata.') || k.includes('@odata.')) continue;
    if (WRITABLE.has(k)) out[k] = v;
    else if (!IGNORED.has(k)) {
      throw new GraphFault(
        400,
        'RequestBodyRead',
        `The property '${k}' does not exist on type 'microsoft.graph.event'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
      );
    }
  }
  return out as GraphEventInput;
}
