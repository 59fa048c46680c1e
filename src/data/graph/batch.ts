// the one class, not the package's index: SPFx brings its own Graph client, so the rest would only add weight
import { graphError } from '../errors';
import { BatchRequestContent } from '@microsoft/microsoft-graph-client/lib/src/content/BatchRequestContent';
import { DataError } from '../services';
import type { GraphPoster } from './client';
import type { BusyTracker } from '../busy';

/** Graph's JSON batching limit (requests per `$batch`). */
export const MAX_PER_BATCH = 20;
/** Exchange allows four concurrent requests per mailbox; a batch's parts run concurrently. */
export const MAX_PER_MAILBOX = 4;
/** Rounds of re-sending parts Graph throttled inside a batch. */
const MAX_PART_RETRIES = 3;
/** Longest Retry-After we wait for a part before giving up on it. */
const MAX_WAIT_SECONDS = 30;

export interface GraphCall {
  /** Unique within one `runBatch`. */
  id: string;
  /** Relative to the version root: `/me/calendarView?...`. */
  url: string;
  headers?: Record<string, string>;
  /** Requests to one mailbox (a user's or a group's) share this key; at most four go together. */
  mailbox?: string;
}

export interface GraphResult {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: any;
}

export interface BatchOptions {
  sleep?: (ms: number) => Promise<void>;
  /** Told of each wait for throttled parts, so the UI can say the service is busy. */
  busy?: BusyTracker;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Splits calls into batches of ≤ 20 with ≤ 4 per mailbox, keeping their order. */
export function packBatches(calls: readonly GraphCall[]): GraphCall[][] {
  const batches: GraphCall[][] = [];
  for (const call of calls) {
    const fits = (b: GraphCall[]): boolean =>
      b.length < MAX_PER_BATCH && (!call.mailbox || b.filter((c) => c.mailbox === call.mailbox).length < MAX_PER_MAILBOX);
    const batch = batches.find(fits);
    if (batch) batch.push(call);
    else batches.push([call]);
  }
  return batches;
}

/** A relative URL from an `@odata.nextLink` (absolute, with the version segment). */
export function relativeFromLink(link: string): string {
  return link.replace(/^https?:\/\/[^?]*?\/v1\.0(?=\/)/i, '');
}

function headerOf(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
}

async function sendOne(client: GraphPoster, calls: readonly GraphCall[]): Promise<GraphResult[]> {
  // BatchRequestContent strips scheme and host; the library's 3.0.7 keeps a version segment, so none is given.
  const content = new BatchRequestContent(
    calls.map((c) => ({ id: c.id, request: new Request(`https://graph.microsoft.com${c.url}`, { method: 'GET', headers: c.headers }) })),
  );
  // A throttled `$batch` as a whole is retried by the client's RetryHandler.
  const raw = (await client.api('/$batch').post(await content.getContent())) as { responses?: GraphResult[] };
  return (raw.responses ?? []).map((r) => ({ id: r.id, status: r.status, headers: r.headers ?? {}, body: r.body }));
}

/**
 * Sends GET calls as few JSON `$batch` requests as the limits allow, one after another (so a
 * mailbox never has more than four requests in flight), and re-sends the parts Graph answered
 * with 429/503 after their Retry-After. Every call gets a result; failures are results too.
 */
export async function runBatch(
  client: GraphPoster,
  calls: readonly GraphCall[],
  options: BatchOptions = {},
): Promise<Map<string, GraphResult>> {
  const sleep = options.sleep ?? defaultSleep;
  const results = new Map<string, GraphResult>();
  let pending = [...calls];
  try {
    for (let round = 0; pending.length > 0; round++) {
      for (const batch of packBatches(pending)) for (const r of await sendOne(client, batch)) results.set(r.id, r);
      const throttled = pending.filter((c) => [429, 503].includes(results.get(c.id)?.status ?? 0));
      if (!throttled.length || round >= MAX_PART_RETRIES) break;
      const waits = throttled.map((c) => Number(headerOf(results.get(c.id)!.headers, 'retry-after')) || 1);
      const wait = Math.min(MAX_WAIT_SECONDS, Math.max(...waits));
      options.busy?.waiting(results, wait * 1000);
      await sleep(wait * 1000);
      pending = throttled;
    }
  } finally {
    options.busy?.done(results);
  }
  return results;
}

/**
 * Like runBatch, and follows `@odata.nextLink` of collection results (in further batches, up to
 * `maxPages` per call), returning each call's items in order.
 */
export async function runPaged(
  client: GraphPoster,
  calls: readonly GraphCall[],
  maxPages: number,
  options: BatchOptions = {},
): Promise<Map<string, { items: any[]; error: DataError | null; truncated: boolean }>> {
  const out = new Map<string, { items: any[]; error: DataError | null; truncated: boolean }>(
    calls.map((c) => [c.id, { items: [], error: null, truncated: false }]),
  );
  let round: GraphCall[] = [...calls];
  const origin = new Map(calls.map((c) => [c.id, c.id]));
  for (let page = 1; round.length > 0; page++) {
    const results = await runBatch(client, round, options);
    const next: GraphCall[] = [];
    for (const call of round) {
      const id = origin.get(call.id)!;
      const acc = out.get(id)!;
      const r = results.get(call.id);
      if (!r || r.status >= 400) {
        acc.error = resultError(r);
        continue;
      }
      acc.items.push(...((r.body?.value as any[]) ?? []));
      const link = r.body?.['@odata.nextLink'] as string | undefined;
      if (link && page < maxPages) {
        const nextId = `${id}~${page}`;
        origin.set(nextId, id);
        next.push({ ...call, id: nextId, url: relativeFromLink(link) });
      } else if (link) acc.truncated = true;
    }
    round = next;
  }
  return out;
}

/** A failed batch part as a DataError, by Graph's error code in the part's body. */
export function resultError(r: GraphResult | undefined): DataError {
  if (!r) return new DataError('unknown', 'Graph gave no answer for the request.', undefined, 'serverError');
  return graphError(r.status, (r.body?.error ?? {}) as { code?: string; message?: string });
}
