import type { MyMeeting, Services } from '../../../src/data/services';
import type { ProvisioningPlan, ProvisioningStep } from '../../../src/data/provisioning/plan';

/** A promise the test settles when it wants, to see the states in between. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Hand-written test double of the services: each test overrides what it exercises. Anything
 * it does not override fails loudly, so a view calling something unexpected is noticed.
 */
export function fakeServices(overrides: { locale?: string; meetings?: Partial<Services['meetings']>; provisioning?: Partial<Services['provisioning']> } = {}): Services {
  const unexpected = (name: string) => () => Promise.reject(new Error(`unexpected call: ${name}`));
  return {
    user: { siteUserId: 7, loginName: 'i:0#.f|membership|anna.lind@norrbotten.example', displayName: 'Anna Lind', email: 'anna.lind@norrbotten.example' },
    clock: { now: () => new Date('2026-11-24T09:00:00Z') },
    locale: overrides.locale ?? 'sv-SE',
    links: { agenda: (id) => `#/sammantrade/${id}` },
    meetings: { myUpcoming: unexpected('meetings.myUpcoming'), ...overrides.meetings },
    provisioning: {
      canManage: unexpected('provisioning.canManage'),
      inspect: unexpected('provisioning.inspect'),
      apply: unexpected('provisioning.apply'),
      ...overrides.provisioning,
    },
  };
}

export function meeting(over: Partial<MyMeeting> & Pick<MyMeeting, 'id' | 'title'>): MyMeeting {
  return {
    bodyId: 1,
    bodyName: 'Regionfullmäktige',
    bodyCode: 'RF',
    start: '2026-12-01T08:00:00Z',
    end: '2026-12-01T15:00:00Z',
    location: 'Regionhuset, Luleå',
    status: 'Notified',
    remoteAllowed: false,
    teamsJoinUrl: null,
    agendaUrl: `#/sammantrade/${over.id}`,
    myAssignments: [
      { id: 10, personId: 7, bodyId: 1, role: 'Member', position: null, party: 'S', substituteOrder: null, validFrom: '2022-10-15', validTo: '2026-10-14' },
    ],
    ...over,
  };
}

export function plan(steps: ProvisioningStep[]): ProvisioningPlan {
  return {
    steps,
    summary: {
      lists: { expected: 18, missing: steps.filter((s) => s.kind === 'createList').length, outdated: steps.filter((s) => s.kind === 'updateList').length },
      fields: { expected: 240, missing: steps.filter((s) => s.kind === 'createField').length, outdated: steps.filter((s) => s.kind === 'updateField').length },
      levels: { expected: 2, missing: 0, outdated: 0 },
      groups: { expected: 4, missing: 0 },
    },
  };
}
