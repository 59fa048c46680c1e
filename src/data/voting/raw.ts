import type {
  Ballot,
  Electorate,
  Majority,
  NonParticipant,
  RejectionReason,
  StoredResult,
  Voter,
  VoteRecord,
} from '../../domain/voting/types';
import { ballotChoice, decidedBy, outcomeSide, stepKind, voteKind, voteStatus } from './mapping';

/**
 * Rows of `Lists/Votes` (the decision steps) and `Lists/Ballots` as SharePoint returns them, and
 * their domain form. The frozen electorate and the result are JSON in note columns, read only for
 * the vote on screen (`DETAIL_FIELDS`); the steps themselves are small (`STEP_FIELDS`).
 */

export interface RawVoteRow {
  Id: number;
  AgendaItemId: number;
  Title: string | null;
  Step: number | null;
  StepKind: string | null;
  VoteKind: string | null;
  VoteStatus: string | null;
  YesProposal: number | null;
  NoProposal: number | null;
  ProposalOrder: string | null;
  YesMeaning: string | null;
  NoMeaning: string | null;
  Majority: string | null;
  ApprovedAt: string | null;
  ElectorateHash: string | null;
  OpenedAt: string | null;
  ClosedAt: string | null;
  ResultHash: string | null;
  Outcome: string | null;
  DecidedBy: string | null;
  LotSeed: string | null;
  WitnessesId: number[] | { results: number[] } | null;
  MinorityAsking: number | null;
  MinorityPresent: number | null;
  AuthorId: number;
  EditorId: number;
  Created: string;
  Modified: string;
  Electorate?: string | null;
  Result?: string | null;
  'odata.etag'?: string;
  __metadata?: { etag?: string };
}

export const STEP_FIELDS = [
  'Id',
  'AgendaItemId',
  'Title',
  'Step',
  'StepKind',
  'VoteKind',
  'VoteStatus',
  'YesProposal',
  'NoProposal',
  'ProposalOrder',
  'YesMeaning',
  'NoMeaning',
  'Majority',
  'ApprovedAt',
  'ElectorateHash',
  'OpenedAt',
  'ClosedAt',
  'ResultHash',
  'Outcome',
  'DecidedBy',
  'LotSeed',
  'WitnessesId',
  'MinorityAsking',
  'MinorityPresent',
  'AuthorId',
  'EditorId',
  'Created',
  'Modified',
];
export const DETAIL_FIELDS = [...STEP_FIELDS, 'Electorate', 'Result'];

const ids = (v: RawVoteRow['WitnessesId']): number[] => (Array.isArray(v) ? v : (v?.results ?? []));

function json(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

export function parseOrder(text: string | null | undefined): number[] | null {
  const v = json(text);
  return Array.isArray(v) && v.every(isInt) ? v : null;
}

export function parseMajority(text: string | null | undefined): Majority | null {
  const v = json(text) as { n?: unknown; d?: unknown; of?: unknown } | null;
  if (!v || !isInt(v.n) || !isInt(v.d) || v.n <= 0 || v.d <= 0 || v.n > v.d) return null;
  const of = v.of === 'electorate' || v.of === 'seats' ? v.of : 'cast';
  return { numerator: v.n, denominator: v.d, of };
}
export const formatMajority = (m: Majority): string => JSON.stringify({ n: m.numerator, d: m.denominator, of: m.of });

/**
 * Compact: `{ v: [[personId, seatNumber, 'M' | 'S', party], …], o: [[personId, seatNumber, party, reason], …] }`
 * (the voters, and the members outside the electorate); the hash is over the voters' canonical
 * text (domain/voting/hash.ts). A bare array of voters is read too.
 */
export const formatElectorate = (e: Pick<Electorate, 'voters' | 'outside'>): string =>
  JSON.stringify({
    v: e.voters.map((v) => [v.personId, v.seatNumber, v.capacity === 'Member' ? 'M' : 'S', v.party]),
    o: (e.outside ?? []).map((o) => [o.personId, o.seatNumber, o.party, o.reason]),
  });

const OUT_REASONS = new Set<NonParticipant['reason']>(['absent', 'disqualified', 'left', 'linkBroken']);

export function parseElectorate(text: string | null | undefined, hash: string | null): Electorate | null {
  const raw = json(text);
  const v = Array.isArray(raw) ? raw : (raw as { v?: unknown } | null)?.v;
  const o = Array.isArray(raw) ? [] : ((raw as { o?: unknown } | null)?.o ?? []);
  if (!Array.isArray(v) || !Array.isArray(o) || !hash) return null;
  const voters: Voter[] = [];
  for (const r of v) {
    if (!Array.isArray(r) || !isInt(r[0]) || !isInt(r[1]) || typeof r[3] !== 'string') return null;
    voters.push({ personId: r[0], seatNumber: r[1], capacity: r[2] === 'S' ? 'ServingSubstitute' : 'Member', party: r[3] });
  }
  const outside: NonParticipant[] = [];
  for (const r of o as unknown[]) {
    if (!Array.isArray(r) || !isInt(r[0]) || !isInt(r[1]) || typeof r[2] !== 'string' || !OUT_REASONS.has(r[3])) return null;
    outside.push({ personId: r[0], seatNumber: r[1], party: r[2], reason: r[3] as NonParticipant['reason'] });
  }
  return { voters, hash, outside };
}

const LETTERS = new Set(['J', 'N', 'A', '-']);
const REASONS = new Set<RejectionReason>(['wrongVote', 'early', 'late', 'notEligible', 'duplicate', 'keyMismatch']);

export const formatResult = (r: StoredResult): string => JSON.stringify(r);

export function parseResult(text: string | null | undefined): StoredResult | null {
  const v = json(text) as Partial<StoredResult> | null;
  if (!v || ![v.yes, v.no, v.abstain, v.absent].every(isInt)) return null;
  if (!Array.isArray(v.choices) || !v.choices.every((c) => Array.isArray(c) && isInt(c[0]) && LETTERS.has(c[1]))) return null;
  if (!Array.isArray(v.counted) || !v.counted.every(isInt)) return null;
  if (!Array.isArray(v.rejected) || !v.rejected.every((r) => Array.isArray(r) && isInt(r[0]) && REASONS.has(r[1]))) return null;
  if (v.rejectedTotal !== undefined && !isInt(v.rejectedTotal)) return null;
  if (v.through !== undefined && v.through !== null && !isInt(v.through)) return null;
  return v as StoredResult;
}

export function toVoteRecord(r: RawVoteRow): VoteRecord | null {
  const step = stepKind.toCode(r.StepKind);
  const status = voteStatus.toCode(r.VoteStatus);
  if (!step || !status || !r.AgendaItemId || !isInt(r.Step)) return null;
  const asking = r.MinorityAsking;
  const present = r.MinorityPresent;
  return {
    id: r.Id,
    itemId: r.AgendaItemId,
    step: r.Step,
    stepKind: step,
    kind: voteKind.toCode(r.VoteKind) ?? 'Open',
    status,
    yesProposalId: r.YesProposal ?? null,
    noProposalId: r.NoProposal ?? null,
    order: parseOrder(r.ProposalOrder),
    question: r.Title ?? '',
    yesMeaning: r.YesMeaning ?? '',
    noMeaning: r.NoMeaning ?? '',
    majority: parseMajority(r.Majority),
    approvedAt: r.ApprovedAt ?? null,
    openedAt: r.OpenedAt ?? null,
    closedAt: r.ClosedAt ?? null,
    electorate: r.Electorate === undefined ? null : parseElectorate(r.Electorate, r.ElectorateHash),
    result: r.Result === undefined ? null : parseResult(r.Result),
    resultHash: r.ResultHash ?? null,
    outcome: outcomeSide.toCode(r.Outcome),
    decidedBy: decidedBy.toCode(r.DecidedBy),
    lotSeed: r.LotSeed ?? null,
    witnessIds: ids(r.WitnessesId),
    minority: isInt(asking) && isInt(present) ? { asking, present } : null,
    authorId: r.AuthorId,
    created: r.Created,
    modified: r.Modified,
  };
}

export interface RawBallotRow {
  Id: number;
  VoteId: number;
  BallotKey: string;
  BallotChoice: string;
  AuthorId: number;
  Created: string;
}
export const BALLOT_FIELDS = ['Id', 'VoteId', 'BallotKey', 'BallotChoice', 'AuthorId', 'Created'];

export function toBallots(rows: readonly RawBallotRow[]): Ballot[] {
  const out: Ballot[] = [];
  for (const r of rows) {
    const choice = ballotChoice.toCode(r.BallotChoice);
    if (!choice || !r.VoteId) continue;
    out.push({ id: r.Id, voteId: r.VoteId, authorId: r.AuthorId, key: r.BallotKey, choice, created: r.Created });
  }
  return out;
}
