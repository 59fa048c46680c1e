import { createGraphClient } from '../../src/data/clients/graphClient';
import type { Services } from '../../src/data/services';
import { startSeededTenant, type SeededTenant } from './tenant';

/** The seeded region as a test file uses it: the tenant, plus each persona's sign-in name, services and Graph client. */
export interface Region extends SeededTenant {
  upn(persona: string): string;
  /** The persona's services on the region's clock. */
  servicesFor(persona: string, now?: () => Date): Promise<Services>;
  /** The graph client a persona's browser would use. */
  graphAs(persona: string): ReturnType<typeof createGraphClient>;
}

/**
 * The one preamble of the integration tests that need the seeded region: started before the
 * file's tests (on the given server clock, when the tests move time), closed after them.
 * Call it at the top of a `describe` (or of the file) and use the result inside the tests.
 */
export function seededRegion(anchor: string, options: { now?: () => Date } = {}): Region {
  let started: SeededTenant | undefined;
  beforeAll(async () => {
    started = await startSeededTenant(anchor, options);
  }, 120_000);
  afterAll(async () => {
    await started?.close();
  });
  const tenant = (): SeededTenant => {
    if (!started) throw new Error('The seeded region starts in beforeAll; use it inside a test.');
    return started;
  };
  const upn = (persona: string): string => tenant().persona(persona).userPrincipalName;
  const helpers = {
    upn,
    servicesFor: (persona: string, now = options.now) => tenant().servicesFor(persona, now),
    graphAs: (persona: string) =>
      createGraphClient({ baseUrl: `${tenant().tenant.url}/graph/`, getToken: () => tenant().token(upn(persona)) }),
  };
  // everything else is the started tenant's, read when a test runs
  return new Proxy(helpers, {
    get: (h, key) => (key in h ? h[key as keyof typeof h] : Reflect.get(tenant(), key)),
  }) as unknown as Region;
}
