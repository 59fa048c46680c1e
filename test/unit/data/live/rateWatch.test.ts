import { RateWatch } from '../../../../src/data/live/rateWatch';

const NOW = Date.parse('2026-12-09T09:00:00.000Z');
const watch = (now = NOW) => new RateWatch(() => now);
const h = (o: Record<string, string> = {}) => new Headers(o);
/** SharePoint's Date header for a moment `ms` from NOW (whole seconds, as servers send it). */
const dateHeader = (ms: number) => new Date(NOW + ms).toUTCString();

describe('RateLimit headers', () => {
  it('under 20 % of the budget left makes the watch low', () => {
    const w = watch();
    w.observe(h({ 'RateLimit-Limit': '1200', 'RateLimit-Remaining': '239' }), 200);
    expect(w.low).toBe(true);
  });

  it('20 % or more left is not low', () => {
    const w = watch();
    w.observe(h({ 'RateLimit-Limit': '1200', 'RateLimit-Remaining': '240' }), 200);
    expect(w.low).toBe(false);
  });

  it('a later ok response without RateLimit headers recovers', () => {
    const w = watch();
    w.observe(h({ 'RateLimit-Limit': '100', 'RateLimit-Remaining': '5' }), 200);
    w.observe(h(), 200);
    expect(w.low).toBe(false);
  });

  it('a failed response without RateLimit headers keeps it low', () => {
    const w = watch();
    w.observe(h({ 'RateLimit-Limit': '100', 'RateLimit-Remaining': '5' }), 200);
    w.observe(h(), 500);
    expect(w.low).toBe(true);
  });

  it('a later response with more left recovers', () => {
    const w = watch();
    w.observe(h({ 'RateLimit-Limit': '100', 'RateLimit-Remaining': '5' }), 200);
    w.observe(h({ 'RateLimit-Limit': '100', 'RateLimit-Remaining': '60' }), 200);
    expect(w.low).toBe(false);
  });

  it('a response without headers at all changes nothing', () => {
    const w = watch();
    w.observe(h({ 'RateLimit-Limit': '100', 'RateLimit-Remaining': '5' }), 200);
    w.observe(undefined, 200);
    expect(w.low).toBe(true);
  });
});

describe('Retry-After', () => {
  it('in seconds on a 429 says when to try again', () => {
    const w = watch();
    w.observe(h({ 'Retry-After': '120' }), 429);
    expect(w.retryAfterUntil).toBe(NOW + 120000);
  });

  it('as an HTTP date on a 503 is taken as that moment', () => {
    const w = watch();
    w.observe(h({ 'Retry-After': 'Wed, 09 Dec 2026 09:05:00 GMT' }), 503);
    expect(w.retryAfterUntil).toBe(Date.parse('2026-12-09T09:05:00.000Z'));
  });

  it('is ignored on a 200 and on other errors', () => {
    const w = watch();
    w.observe(h({ 'Retry-After': '120' }), 200);
    w.observe(h({ 'Retry-After': '120' }), 500);
    expect(w.retryAfterUntil).toBeNull();
  });

  it('a value that is neither seconds nor a date is ignored', () => {
    const w = watch();
    w.observe(h({ 'Retry-After': '30' }), 429);
    w.observe(h({ 'Retry-After': 'soon' }), 429);
    expect(w.retryAfterUntil).toBe(NOW + 30000);
  });
});

describe("the server's clock", () => {
  it('a Date header more than 1.5 s off sets the skew', () => {
    const w = watch();
    w.observe(h({ Date: dateHeader(5000) }), 200);
    expect(w.skewMs).toBe(5000);
    w.observe(h({ Date: dateHeader(-3000) }), 200);
    expect(w.skewMs).toBe(-3000);
  });

  it('a Date header within 1.5 s of the estimate keeps it', () => {
    const w = watch();
    w.observe(h({ Date: dateHeader(1000) }), 200);
    expect(w.skewMs).toBe(0);
    w.observe(h({ Date: dateHeader(5000) }), 200);
    w.observe(h({ Date: dateHeader(6000) }), 200);
    expect(w.skewMs).toBe(5000);
  });

  it('no Date header or a garbled one keeps the estimate', () => {
    const w = watch();
    w.observe(h({ Date: dateHeader(5000) }), 200);
    w.observe(h({ Date: 'yesterday-ish' }), 200);
    w.observe(h(), 200);
    expect(w.skewMs).toBe(5000);
  });
});

describe('a failed request', () => {
  it('is read from the response PnPjs attaches to the error', () => {
    const w = watch();
    const response = new Response(null, {
      status: 429,
      headers: { 'Retry-After': '10', 'RateLimit-Limit': '100', 'RateLimit-Remaining': '0' },
    });
    w.observeError(Object.assign(new Error('Too Many Requests'), { response }));
    expect(w.retryAfterUntil).toBe(NOW + 10000);
    expect(w.low).toBe(true);
  });

  it('without a response, or not an error at all, changes nothing', () => {
    const w = watch();
    w.observeError(new Error('network down'));
    w.observeError(null);
    w.observeError(undefined);
    w.observeError('boom');
    expect(w).toMatchObject({ low: false, retryAfterUntil: null, skewMs: 0 });
  });
});
