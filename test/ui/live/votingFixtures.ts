import type { LiveSnapshot } from '../../../src/data/services';
import type { VotingDesk, VotingView } from '../../../src/data/voting/desk';
import type { AttendanceEvent } from '../../../src/domain/meetings/types';
import type { ProposalEvent } from '../../../src/domain/live/types';
import type { Ballot, StoredResult, VoteChoice, VoteRecord } from '../../../src/domain/voting/types';
import { peopleOf } from '../../../src/ui/live/people';
import { CLERK_ID, meetingDetails } from '../support/fakes';

/** Shared by the vote panel's and the stage's tests: item 2 of the December meeting, five members present. */

const present = (personId: number, id: number): AttendanceEvent => ({
  id,
  personId,
  kind: 'Present',
  itemNumbers: null,
  fromItemId: null,
  reason: null,
  at: '2026-12-01T08:05:00Z',
  authorId: CLERK_ID,
});

const made = (id: number, personId: number, proposalKind: ProposalEvent['proposalKind'], text: string): ProposalEvent => ({
  id,
  itemId: 12,
  kind: 'Made',
  proposalKind,
  text,
  refersTo: null,
  unanimousConsent: false,
  personId,
  authorId: personId,
  at: '2026-12-01T09:10:00Z',
});

/** Bifall by Cecilia Berg (M), the chair (id 30); an own proposal by Anna Lind (S) (id 31); an addition by Eva Strand (V) (id 32). */
export const PROPOSALS: ProposalEvent[] = [
  made(30, 3, 'Approve', ''),
  made(31, 7, 'Own', 'Budgeten fastställs med 20 miljoner mer till vården.'),
  made(32, 5, 'Addition', 'Regionstyrelsen får i uppdrag att följa upp vårdköerna.'),
];

export function votingSnapshot(state: Partial<NonNullable<LiveSnapshot['state']>> = {}): LiveSnapshot {
  const meeting = meetingDetails({ attendance: [7, 2, 3, 4, 5, 8].map((p, i) => present(p, i + 1)) });
  return {
    meeting,
    staff: { chairId: 3, viceChairIds: [], clerkIds: [CLERK_ID] },
    debate: {
      maxRepliesPerSpeech: 2,
      speechSeconds: 300,
      replySeconds: 120,
      answerSeconds: 60,
      substitutesMaySpeak: false,
      eliminationTieByLot: false,
    },
    state: {
      id: 1,
      etag: '"1"',
      revision: 9,
      phase: 'Voting',
      currentItemId: 12,
      currentSpeakerId: null,
      openVoteId: 501,
      turnout: 3,
      voteMark: 4,
      mark: { speakers: 0, proposals: 3, attendance: 6, conflicts: 0 },
      modified: '2026-12-01T09:30:00Z',
      authorId: 3,
      editorId: 3,
      ...state,
    },
    speakers: [],
    proposals: PROPOSALS,
    seen: { speakers: 0, proposals: 3, attendance: 6, conflicts: 0 },
  };
}

export const QUESTION = 'Den som vill bifalla förslaget till beslut röstar ja; den som vill bifalla Anna Linds yrkande röstar nej.';

/** The main vote: Ja = bifall (30), Nej = Anna Lind's proposal (31); the five members in seat order. */
export function voteRecord(over: Partial<VoteRecord> = {}): VoteRecord {
  const parties = ['S', 'S', 'M', 'M', 'V'];
  return {
    id: 501,
    itemId: 12,
    step: 3,
    stepKind: 'MainVote',
    kind: 'Open',
    status: 'Open',
    yesProposalId: 30,
    noProposalId: 31,
    order: null,
    question: QUESTION,
    yesMeaning: 'bifall till förslaget till beslut',
    noMeaning: 'bifall till Anna Linds (S) yrkande',
    majority: null,
    approvedAt: '2026-12-01T09:28:00Z',
    openedAt: '2026-12-01T09:30:00Z',
    closedAt: null,
    electorate: {
      voters: [7, 2, 3, 4, 5].map((personId, i) => ({ personId, seatNumber: i + 1, capacity: 'Member' as const, party: parties[i] })),
      hash: 'e'.repeat(64),
    },
    result: null,
    resultHash: null,
    outcome: null,
    decidedBy: null,
    lotSeed: null,
    witnessIds: [],
    minority: null,
    authorId: 3,
    created: '2026-12-01T09:27:00Z',
    ...over,
  };
}

/** Anna Lind and Bo Ek (S) Nej, Cecilia Berg (M) Ja, David Holm (M) Avstår, Eva Strand (V) Nej. */
export const RESULT: StoredResult = {
  yes: 1,
  no: 3,
  abstain: 1,
  absent: 0,
  choices: [
    [7, 'N'],
    [2, 'N'],
    [3, 'J'],
    [4, 'A'],
    [5, 'N'],
  ],
  counted: [901, 902, 903, 904, 905],
  rejected: [],
};

export function closedVote(over: Partial<VoteRecord> = {}): VoteRecord {
  return voteRecord({
    status: 'Closed',
    closedAt: '2026-12-01T09:35:00Z',
    result: RESULT,
    resultHash: 'a'.repeat(64),
    outcome: 'No',
    decidedBy: 'Vote',
    ...over,
  });
}

export function ballot(choice: VoteChoice, over: Partial<Ballot> = {}): Ballot {
  return { id: 903, voteId: 501, authorId: 7, key: `501:7:${'0'.repeat(32)}`, choice, created: '2026-12-01T09:31:12Z', ...over };
}

export interface FakeDesk {
  view: VotingView;
  subscribe(listener: () => void): () => void;
  cast: jest.Mock<Promise<Ballot>, [VoteChoice]>;
  /** Changes the view as the desk would, and tells the listeners. */
  set(patch: Partial<VotingView>): void;
}

/** A desk with a fixed view; `cast` stores the ballot as the receipt unless a test gives its own. */
export function fakeDesk(view: Partial<VotingView>, cast?: (choice: VoteChoice) => Promise<Ballot>): FakeDesk {
  const listeners = new Set<() => void>();
  const desk: FakeDesk = {
    view: {
      itemId: 12,
      steps: [],
      onScreen: null,
      receipt: null,
      receiptCounted: null,
      eligible: false,
      verification: { state: 'none' },
      running: null,
      error: null,
      ...view,
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => {
        listeners.delete(l);
      };
    },
    cast: jest.fn(async (choice: VoteChoice) => {
      const b = cast ? await cast(choice) : ballot(choice);
      desk.set({ receipt: b });
      return b;
    }),
    set(patch) {
      desk.view = { ...desk.view, ...patch };
      for (const l of listeners) l();
    },
  };
  return desk;
}

export const clientOf = (desk: FakeDesk) => ({ voting: jest.fn(() => Promise.resolve(desk as unknown as VotingDesk)) });

export const peopleFor = (s: LiveSnapshot) => peopleOf(s, 'Okänd person', (name, party) => (party ? `${name} (${party})` : name));
