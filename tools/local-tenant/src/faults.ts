import type { TenantResponse } from './http';

/**
 * Fault injection for tests (DESIGN §7): the next `count` requests whose path contains
 * `pathContains` (and method matches) get `status` with `Retry-After`, or are delayed.
 */
export interface FaultRule {
  pathContains: string;
  method?: string;
  status?: 429 | 503;
  retryAfterSeconds?: number;
  latencyMs?: number;
  count: number;
}

export class Faults {
  private rules: FaultRule[] = [];

  add(rule: FaultRule): void {
    if (!rule || typeof rule.pathContains !== 'string' || !(rule.count > 0))
      throw new Error('A fault needs pathContains and a positive count.');
    if (rule.status !== undefined && rule.status !== 429 && rule.status !== 503) throw new Error('status must be 429 or 503.');
    this.rules.push({ ...rule });
  }

  clear(): void {
    this.rules = [];
  }

  /** Applies the first matching rule: waits for latency, and returns the fault response if any. */
  async apply(method: string, path: string, isGraph: boolean): Promise<TenantResponse | null> {
    const rule = this.rules.find((r) => r.count > 0 && path.includes(r.pathContains) && (!r.method || r.method.toUpperCase() === method));
    if (!rule) return null;
    rule.count -= 1;
    this.rules = this.rules.filter((r) => r.count > 0);
    if (rule.latencyMs) await new Promise((r) => setTimeout(r, rule.latencyMs));
    if (!rule.status) return null;
    const retryAfter = String(rule.retryAfterSeconds ?? 1);
    if (isGraph) {
      const code = rule.status === 429 ? 'TooManyRequests' : 'ServiceNotAvailable';
      return {
        status: rule.status,
        headers: { 'content-type': 'application/json', 'retry-after': retryAfter },
        body: {
          error: {
            code,
            message: rule.status === 429 ? 'Too many requests.' : 'Service unavailable.',
            innerError: { date: new Date().toISOString() },
          },
        },
      };
    }
    // SharePoint Online throttling answers with this body and a Retry-After header.
    return {
      status: rule.status,
      headers: { 'content-type': 'application/json;odata=minimalmetadata;charset=utf-8', 'retry-after': retryAfter },
      body: {
        'odata.error': {
          code:
            rule.status === 429
              ? '-2147024860, Microsoft.SharePoint.SPRequestLimitExceededException'
              : '-2147024809, Microsoft.SharePoint.SPServerUnavailableException',
          message: {
            lang: 'en-US',
            value:
              rule.status === 429
                ? 'The request has been throttled. Retry after the time given in Retry-After.'
                : 'The server is currently unavailable.',
          },
        },
      },
    };
  }
}
