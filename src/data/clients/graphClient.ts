import {
  Client,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  HTTPMessageHandler,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';

/**
 * A Graph client for hosts that get their own token (the standalone host, tests, scripts).
 * Against graph.microsoft.com it is the library's default client. Against the local tenant
 * (plain-http loopback, which the library's AuthenticationHandler will not send a token to)
 * it is the same client with a bearer middleware in place of that handler; retry, telemetry
 * and transport stay the library's own.
 */
export function createGraphClient(options: { baseUrl: string; getToken: () => Promise<string> | string }): Client {
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : options.baseUrl + '/';
  if (base.startsWith('https://graph.microsoft.com/')) {
    return Client.init({
      authProvider: (done) =>
        void Promise.resolve(options.getToken()).then(
          (t) => done(null, t),
          (e) => done(e, null),
        ),
    });
  }
  const bearer = new BearerMiddleware(options.getToken);
  const retry = new RetryHandler(new RetryHandlerOptions());
  const telemetry = new TelemetryHandler();
  const transport = new HTTPMessageHandler();
  bearer.setNext(retry);
  retry.setNext(telemetry);
  telemetry.setNext(transport);
  return Client.initWithMiddleware({ baseUrl: base, defaultVersion: 'v1.0', middleware: bearer });
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
