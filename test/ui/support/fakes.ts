import type { AbsenceOutcome, MeetingDetails, MyMeeting, Services } from '../../../src/data/services';
import { activeAbsences, answerOf } from '../../../src/domain/meetings/absence';
import { seatTable } from '../../../src/domain/meetings/seats';
import { trustFromStaff } from '../../../src/domain/bodies/trust';
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

/** A repository with the given methods; any other method fails loudly when called. */
function loud<T extends object>(name: string, given: Partial<T> = {}): T {
  return new Proxy(given as T, {
    get: (target, prop) =>
      prop in target
        ? (target as Record<string | symbol, unknown>)[prop]
        : typeof prop === 'string'
          ? () => Promise.reject(new Error(`unexpected call: ${name}.${prop}`))
          : undefined,
  });
}

/**
 * Hand-written test double of the services: each test overrides what it exercises. Anything
 * it does not override fails loudly, so a view calling something unexpected is noticed.
 */
export function fakeServices(
  overrides: {
    locale?: string;
    user?: Partial<Services['user']>;
    meetings?: Partial<Services['meetings']>;
    meeting?: Partial<Services['meeting']>;
    clerk?: Partial<Services['clerk']>;
    visits?: Partial<Services['visits']>;
    calendar?: Partial<Services['calendar']>;
    mail?: Partial<Services['mail']>;
    directory?: Partial<Services['directory']>;
    provisioning?: Partial<Services['provisioning']>;
    live?: Partial<Services['live']>;
    minutes?: Partial<Services['minutes']>;
    compensation?: Partial<Services['compensation']>;
  } = {},
): Services {
  const unexpected = (name: string) => () => Promise.reject(new Error(`unexpected call: ${name}`));
  return {
    user: {
      siteUserId: 7,
      loginName: 'i:0#.f|membership|anna.lind@norrbotten.example',
      displayName: 'Anna Lind',
      email: 'anna.lind@norrbotten.example',
      ...overrides.user,
    },
    clock: { now: () => new Date('2026-11-24T09:00:00Z') },
    locale: overrides.locale ?? 'sv-SE',
    links: { agenda: (id) => `#/sammantrade/${id}`, minutes: (id) => `#/sammantrade/${id}/protokoll` },
    meetings: {
      canCreate: () => Promise.resolve(false),
      myUpcoming: unexpected('meetings.myUpcoming'),
      myPast: unexpected('meetings.myPast'),
      // the overview reads its meetings with its to-do list: a test that gives only the meetings has nothing to do
      myOverview: overrides.meetings?.myUpcoming
        ? async (limit) => ({ meetings: await overrides.meetings!.myUpcoming!(limit), toDo: [], toDoError: null })
        : unexpected('meetings.myOverview'),
      ...overrides.meetings,
    },
    meeting: {
      get: unexpected('meeting.get'),
      reportAbsence: unexpected('meeting.reportAbsence'),
      withdrawAbsence: unexpected('meeting.withdrawAbsence'),
      confirmAttendance: unexpected('meeting.confirmAttendance'),
      declareConflict: unexpected('meeting.declareConflict'),
      withdrawConflict: unexpected('meeting.withdrawConflict'),
      recordAttendance: unexpected('meeting.recordAttendance'),
      ruleOnConflict: unexpected('meeting.ruleOnConflict'),
      // The real rules, as the repository applies them: views are tested against true seat tables.
      seatTable: domainSeatTable,
      answers: domainAnswers,
      ...overrides.meeting,
    },
    clerk: {
      canEdit: unexpected('clerk.canEdit'),
      bodies: unexpected('clerk.bodies'),
      peopleOf: unexpected('clerk.peopleOf'),
      createMeeting: unexpected('clerk.createMeeting'),
      updateMeeting: unexpected('clerk.updateMeeting'),
      addItem: unexpected('clerk.addItem'),
      updateItem: unexpected('clerk.updateItem'),
      moveItem: unexpected('clerk.moveItem'),
      deleteItem: unexpected('clerk.deleteItem'),
      uploadDocument: unexpected('clerk.uploadDocument'),
      deleteDocument: unexpected('clerk.deleteDocument'),
      publishNotice: unexpected('clerk.publishNotice'),
      cancelMeeting: unexpected('clerk.cancelMeeting'),
      ...overrides.clerk,
    },
    visits: { lastSeen: () => null, markSeen: () => undefined, ...overrides.visits },
    calendar: loud<Services['calendar']>('calendar', overrides.calendar),
    mail: loud<Services['mail']>('mail', overrides.mail),
    directory: loud<Services['directory']>('directory', overrides.directory),
    live: loud<Services['live']>('live', overrides.live),
    minutes: loud<Services['minutes']>('minutes', overrides.minutes),
    compensation: loud<Services['compensation']>('compensation', overrides.compensation),
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
    asStaff: false,
    start: '2026-12-01T08:00:00Z',
    end: '2026-12-01T15:00:00Z',
    location: 'Regionhuset, Luleå',
    status: 'Notified',
    remoteAllowed: false,
    teamsJoinUrl: null,
    agendaUrl: `#/sammantrade/${over.id}`,
    calledIn: null,
    myAssignments: [
      {
        id: 10,
        personId: 7,
        bodyId: 1,
        role: 'Member',
        position: null,
        party: 'S',
        substituteOrder: null,
        validFrom: '2022-10-15',
        validTo: '2026-10-14',
      },
    ],
    ...over,
  };
}

export function plan(steps: ProvisioningStep[]): ProvisioningPlan {
  return {
    steps,
    summary: {
      lists: {
        expected: 18,
        missing: steps.filter((s) => s.kind === 'createList').length,
        outdated: steps.filter((s) => s.kind === 'updateList').length,
      },
      fields: {
        expected: 240,
        missing: steps.filter((s) => s.kind === 'createField').length,
        outdated: steps.filter((s) => s.kind === 'updateField').length,
      },
      levels: { expected: 2, missing: 0, outdated: 0 },
      groups: { expected: 4, missing: 0 },
    },
  };
}

function domainSeatTable(d: MeetingDetails, mode: 'planned' | 'rollCall') {
  return seatTable({
    rules: d.rules,
    assignments: d.seatAssignments,
    items: [...d.items].sort((a, b) => a.number - b.number),
    attendance: d.attendance,
    conflicts: d.conflicts,
    meetingStart: d.start,
    remoteAllowed: d.remoteAllowed,
    trust: trustFromStaff(d.staffIds),
    mode,
  });
}

function domainAnswers(d: MeetingDetails) {
  const absences = activeAbsences(d.attendance, d.start, trustFromStaff(d.staffIds));
  return d.seatAssignments.map((person) => ({
    person,
    answer: answerOf(d.attendance, person.personId, d.start, trustFromStaff(d.staffIds), absences),
  }));
}

/** The clerk in the fixtures (site user id 100). */
export const CLERK_ID = 100;

/**
 * A small body's meeting: five seats (S 2, M 2, V 1), one substitute each for S and M, three
 * items, a document on item 1 and one for the whole meeting. The signed-in person (7) holds seat 1.
 */
export function meetingDetails(over: Partial<MeetingDetails> = {}): MeetingDetails {
  const member = (personId: number, name: string, party: string, seatNumber: number) =>
    ({ personId, name, role: 'Member', party, seatNumber, substituteOrder: null, personalSubstituteFor: null, position: null }) as const;
  const substitute = (personId: number, name: string, party: string, substituteOrder: number) =>
    ({
      personId,
      name,
      role: 'Substitute',
      party,
      seatNumber: null,
      substituteOrder,
      personalSubstituteFor: null,
      position: null,
    }) as const;
  return {
    id: 42,
    title: 'Regionfullmäktige december',
    bodyId: 1,
    bodyName: 'Regionfullmäktige',
    bodyCode: 'RF',
    bodyKind: 'RegionalAssembly',
    start: '2026-12-01T08:00:00Z',
    end: '2026-12-01T15:00:00Z',
    location: 'Regionhuset, Luleå',
    status: 'Notified',
    remoteAllowed: true,
    teamsJoinUrl: 'https://teams.microsoft.com/l/meetup-join/xyz',
    rules: {
      bodyId: 1,
      kind: 'RegionalAssembly',
      seats: 5,
      substituteRule: 'SamePartyOnly',
      crossPartyOrder: {},
      returnSameDayAllowed: false,
    },
    chair: { id: 3, displayName: 'Cecilia Berg', email: 'cecilia.berg@norrbotten.example' },
    coSigners: [
      { id: 2, displayName: 'Bo Ek', email: 'bo.ek@norrbotten.example' },
      { id: 5, displayName: 'Eva Strand', email: 'eva.strand@norrbotten.example' },
    ],
    signingDue: null,
    noticePublished: '2026-11-10T10:00:00Z',
    eventId: null,
    cancellationReason: null,
    items: [
      {
        id: 11,
        meetingId: 42,
        number: 1,
        title: 'Val av justerare',
        caseNumber: '',
        kind: 'Election',
        proposedDecision: 'Bo Ek och Eva Strand väljs.',
        decision: '',
        confidential: false,
        modified: '2026-11-01T10:00:00Z',
        etag: '"1"',
      },
      {
        id: 12,
        meetingId: 42,
        number: 2,
        title: 'Budget 2027',
        caseNumber: 'RS 2026/123',
        kind: 'Decision',
        proposedDecision: 'Budgeten fastställs.',
        decision: '',
        confidential: false,
        modified: '2026-11-20T10:00:00Z',
        etag: '"2"',
      },
      {
        id: 13,
        meetingId: 42,
        number: 3,
        title: 'Upphandling av ambulansflyg',
        caseNumber: 'RS 2026/200',
        kind: 'Decision',
        proposedDecision: '',
        decision: '',
        confidential: true,
        modified: '2026-11-01T10:00:00Z',
        etag: '"1"',
      },
    ],
    documents: [
      {
        id: 21,
        meetingId: 42,
        itemId: 12,
        fileName: 'budget.pdf',
        title: 'Budgetförslag',
        kind: 'DecisionBasis',
        confidential: false,
        url: 'https://example.sharepoint.com/budget.pdf',
        modified: '2026-11-21T10:00:00Z',
        size: 1000,
      },
      {
        id: 22,
        meetingId: 42,
        itemId: null,
        fileName: 'kallelse.pdf',
        title: 'Kallelse',
        kind: 'Notice',
        confidential: false,
        url: 'https://example.sharepoint.com/kallelse.pdf',
        modified: '2026-11-01T10:00:00Z',
        size: 500,
      },
    ],
    seatAssignments: [
      member(7, 'Anna Lind', 'S', 1),
      member(2, 'Bo Ek', 'S', 2),
      member(3, 'Cecilia Berg', 'M', 3),
      member(4, 'David Holm', 'M', 4),
      member(5, 'Eva Strand', 'V', 5),
      substitute(8, 'Fredrik Ås', 'S', 1),
      substitute(9, 'Greta Lund', 'M', 1),
    ],
    attendance: [],
    conflicts: [],
    staffIds: [CLERK_ID],
    myAssignments: [
      {
        id: 10,
        personId: 7,
        bodyId: 1,
        role: 'Member',
        position: null,
        party: 'S',
        substituteOrder: null,
        validFrom: '2022-10-15',
        validTo: '2026-10-14',
      },
    ],
    ...over,
  };
}

/**
 * A meeting repository over one details object that the writes change the way the lists would
 * (append-only events with server time and author), so a view's reload shows the result.
 */
export function meetingStore(initial: MeetingDetails, opts: { userId?: number; now?: string; outcome?: AbsenceOutcome } = {}) {
  let details = initial;
  // what the notice's mails achieved: the body's clerk told, unless a test says otherwise
  const outcome: AbsenceOutcome = opts.outcome ?? { mailed: { clerks: ['Karin Sekreterare'], substitutes: [] }, warnings: [] };
  let nextId = 1000;
  const userId = opts.userId ?? 7;
  const at = () => opts.now ?? '2026-11-24T09:00:00Z';
  const addAttendance = (e: Omit<MeetingDetails['attendance'][number], 'id' | 'at' | 'authorId'>) => {
    details = { ...details, attendance: [...details.attendance, { ...e, id: nextId++, at: at(), authorId: userId }] };
  };
  const addConflict = (e: Omit<MeetingDetails['conflicts'][number], 'id' | 'at' | 'authorId'>) => {
    details = { ...details, conflicts: [...details.conflicts, { ...e, id: nextId++, at: at(), authorId: userId }] };
  };
  const repo = {
    get: jest.fn(async () => details),
    reportAbsence: jest.fn(async (_m: number, itemNumbers: number[] | null, reason: string): Promise<AbsenceOutcome> => {
      addAttendance({ personId: userId, kind: 'Absence', itemNumbers, fromItemId: null, reason });
      return outcome;
    }),
    withdrawAbsence: jest.fn(async (_m: number, itemNumbers: number[] | null): Promise<AbsenceOutcome> => {
      addAttendance({ personId: userId, kind: 'AbsenceWithdrawn', itemNumbers, fromItemId: null, reason: null });
      return outcome;
    }),
    confirmAttendance: jest.fn(async () =>
      addAttendance({ personId: userId, kind: 'WillAttend', itemNumbers: null, fromItemId: null, reason: null }),
    ),
    declareConflict: jest.fn(async (_m: number, itemId: number, reason: string) =>
      addConflict({ personId: userId, itemId, kind: 'Declared', reason }),
    ),
    withdrawConflict: jest.fn(async (_m: number, itemId: number) =>
      addConflict({ personId: userId, itemId, kind: 'Withdrawn', reason: null }),
    ),
    recordAttendance: jest.fn(
      async (
        _m: number,
        personId: number,
        kind: 'Present' | 'PresentRemote' | 'Absent' | 'Arrival' | 'Departure',
        fromItemId: number | null,
      ) => addAttendance({ personId, kind, itemNumbers: null, fromItemId, reason: null }),
    ),
    ruleOnConflict: jest.fn(async (_m: number, itemId: number, personId: number, upheld: boolean) =>
      addConflict({ personId, itemId, kind: upheld ? 'Upheld' : 'Rejected', reason: null }),
    ),
  };
  return {
    repo,
    current: () => details,
    set: (next: MeetingDetails) => {
      details = next;
    },
  };
}
