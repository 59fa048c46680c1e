import {
  AuthenticationHandler,
  Client,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  HTTPMessageHandler,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import type { BusyTracker } from '../busy';

/**
 * A Graph client for hosts that get their own token (the standalone host, tests, scripts): the
 * library's browser chain (authentication, retry, telemetry, transport). Against the local tenant
 * (plain-http loopback, which the library's AuthenticationHandler will not send a token to) a
 * bearer middleware takes that handler's place. With `busy`, the RetryHandler's own waits are
 * reported to it (issue 8).
 */
export function createGraphClient(options: { baseUrl: string; getToken: () => Promise<string> | string; busy?: BusyTracker }): Client {
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : options.baseUrl + '/';
  const auth = base.startsWith('https://graph.microsoft.com/')
    ? new AuthenticationHandler({ getAccessToken: async () => options.getToken() })
    : new BearerMiddleware(options.getToken);
  const retryOptions = new RetryHandlerOptions();
  const retry = new RetryHandler(retryOptions);
  const telemetry = new TelemetryHandler();
  const transport = new HTTPMessageHandler();
  const busy = options.busy;
  if (busy) {
    // the library's hook, called just before it sleeps; the request's options are its key
    retryOptions.shouldRetry = (delay, attempt, _request, key, response) => {
      if (key) busy.waiting(key, graphWaitMs(delay, attempt, response, retryOptions.getMaxDelay()));
      return true;
    };
    const done = new BusyDone(busy);
    auth.setNext(done);
    done.setNext(retry);
  } else auth.setNext(retry);
  retry.setNext(telemetry);
  telemetry.setNext(transport);
  return Client.initWithMiddleware({ baseUrl: base, defaultVersion: 'v1.0', middleware: auth });
}

/** What RetryHandler.getDelay will sleep, in ms, less the random part under a second it adds. */
function graphWaitMs(delay: number, attempt: number, response: Response, maxSeconds: number): number {
  const header = response.headers?.get('Retry-After') ?? null;
  const n = attempt + 1;
  const seconds =
    header === null
      ? (n >= 2 ? Math.round((2 ** n - 1) / 2) : 0) + delay
      : Number.isNaN(Number(header))
        ? (new Date(header).getTime() - Date.now()) / 1000
        : Number(header);
  return Math.min(seconds, maxSeconds) * 1000;
}

/** Before the RetryHandler: once it has its answer (or gave up), the request waits no more. */
class BusyDone implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly busy: BusyTracker) {}

  async execute(context: Context): Promise<void> {
    const key = (context.options ??= {});
    try {
      await this.next!.execute(context);
    } finally {
      this.busy.done(key);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

class BearerMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly getToken: () => Promise<string> | string) {}

  async execute(context: Context): Promise<void> {
    const token = await this.getToken();
    if (context.request instanceof Request) context.request.headers.set('Authorization', `Bearer ${token}`);
    else {
      const options = (context.options ??= {});
      const headers = new Headers(options.headers as HeadersInit | undefined);
      headers.set('Authorization', `Bearer ${token}`);
      options.headers = headers;
    }
    if (!this.next) throw new Error('BearerMiddleware must not be the last middleware.');
    return this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
