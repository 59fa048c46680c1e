import type { Queryable } from '@pnp/queryable';

/**
 * "The service is busy" (issue 8): the libraries' own retries wait out a throttled request's
 * `Retry-After`; this tells the UI while such a wait runs, so it is not waited out in silence.
 * Only waits longer than this are worth a word.
 */
export const BUSY_NOTICE_MS = 2000;

/** What the UI sees: when the next retry is due (the soonest pending long wait), or null. */
export interface BusySignal {
  retryAt(): Date | null;
  /** Called on every change of `retryAt`; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

/** The data layer's side: each request waiting for a retry, by a key of its own. */
export interface BusyTracker extends BusySignal {
  /** The library will try the request again in `ms`. */
  waiting(key: object, ms: number): void;
  /** The request succeeded or failed for good. */
  done(key: object): void;
}

export function busyTracker(): BusyTracker {
  const waits = new Map<object, number>();
  const listeners = new Set<() => void>();
  let at: Date | null = null;
  const changed = (): void => {
    const soonest = waits.size ? Math.min(...waits.values()) : null;
    if (soonest === (at && at.getTime())) return;
    at = soonest === null ? null : new Date(soonest);
    listeners.forEach((l) => l());
  };
  return {
    retryAt: () => at,
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    waiting(key, ms) {
      if (ms > BUSY_NOTICE_MS) waits.set(key, Date.now() + ms);
      else waits.delete(key);
      changed();
    },
    done(key) {
      waits.delete(key);
      changed();
    },
  };
}

/** BrowserFetchWithRetry's default number of tries (SPBrowser and SPFx use it): after the last it gives up without waiting. */
const PNP_TRIES = 3;
const OBSERVED = Symbol.for('politikerportal.busyFetch');
/**
 * Requests inside PnPjs's retry loop, by the RequestInit it hands to every `fetch` of one request.
 * Kept on globalThis beside the one wrapper: a second copy of this module (another bundle on the
 * page) must feed the same map the first copy's wrapper reads.
 */
const watched: WeakMap<RequestInit, { busy: BusyTracker; tries: number }> = ((
  globalThis as { [key: symbol]: WeakMap<RequestInit, { busy: BusyTracker; tries: number }> | undefined }
)[Symbol.for('politikerportal.busyWatched')] ??= new WeakMap());

/**
 * PnPjs retries inside its `send` observer, so no moment (parse, post, data, error) sees a throttled
 * response, only the last one. The one place that does is the `fetch` the loop calls: this wraps it
 * once, passing everything through unchanged and only looking at responses to requests in `watched`.
 */
function observeFetch(): void {
  const inner = globalThis.fetch as typeof fetch & { [OBSERVED]?: true };
  if (typeof inner !== 'function' || inner[OBSERVED]) return;
  globalThis.fetch = Object.assign(
    (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const p = inner.call(globalThis, input, init);
      const w = init && watched.get(init);
      if (w && ++w.tries < PNP_TRIES)
        // runs before the library's own await; it waits parseInt(Retry-After) seconds on 429, 503 and 504
        p.then(
          (r) => {
            if ([429, 503, 504].includes(r.status)) w.busy.waiting(init, parseInt(r.headers.get('Retry-After') ?? '', 10) * 1000);
          },
          () => undefined,
        );
      return p;
    },
    { [OBSERVED]: true as const },
  );
}

/** A PnPjs behavior, after SPBrowser or SPFx: feeds `busy` the waits of the library's own retry. */
export function BusyWatch(busy: BusyTracker) {
  return (instance: Queryable): Queryable => {
    const [library] = instance.on.send.toArray();
    if (!library) return instance;
    observeFetch();
    instance.on.send.replace(async function (url, init) {
      watched.set(init, { busy, tries: 0 });
      try {
        return await library.call(this, url, init);
      } finally {
        watched.delete(init);
        busy.done(init);
      }
    });
    return instance;
  };
}
