import type { Queryable } from '@pnp/queryable';

/**
 * What the live poller learns from SharePoint's response headers: `RateLimit-Limit` /
 * `RateLimit-Remaining` (sent once 80 % of a minute's budget is used, DESIGN §12), `Retry-After`
 * on 429/503, and `Date`, from which the client estimates the server's clock for the speech timer.
 */
export class RateWatch {
  low = false;
  retryAfterUntil: number | null = null;
  /** Server clock minus this machine's, in ms (0 until a response said). */
  skewMs = 0;

  constructor(private readonly now: () => number = () => Date.now()) {}

  observe(headers: Headers | undefined, status: number): void {
    if (!headers) return;
    const limit = Number(headers.get('RateLimit-Limit'));
    const remaining = Number(headers.get('RateLimit-Remaining'));
    if (headers.has('RateLimit-Remaining') && limit > 0) this.low = remaining / limit < 0.2;
    else if (status < 400) this.low = false;
    const retry = headers.get('Retry-After');
    if ((status === 429 || status === 503) && retry) {
      const seconds = Number(retry);
      const at = Number.isFinite(seconds) ? this.now() + seconds * 1000 : Date.parse(retry);
      if (Number.isFinite(at)) this.retryAfterUntil = at;
    }
    const date = Date.parse(headers.get('Date') ?? '');
    // the header has whole seconds: keep the estimate unless it is off by more than that
    if (Number.isFinite(date) && Math.abs(date - this.now() - this.skewMs) > 1500) this.skewMs = date - this.now();
  }

  /** A PnPjs behavior that feeds every response (and a failed request's response) to `observe`. */
  behavior() {
    return (instance: Queryable): Queryable => {
      instance.on.parse.prepend(async (url, response, result) => {
        this.observe(response.headers, response.status);
        return [url, response, result];
      });
      return instance;
    };
  }

  /** After a failed request: the response PnPjs attaches to its error, if any. */
  observeError(e: unknown): void {
    const response = (e as { response?: Response } | null)?.response;
    if (response) this.observe(response.headers, response.status);
  }
}
