import type { DebateRules, Proposal } from '../../../domain/live/types';
import { tieGoesToLot as lotOnTie } from '../../../domain/voting/outcome';
import type { StoredResult, VoteRecord, Voter } from '../../../domain/voting/types';
import type { ProposalRef, VotingStrings } from '../../strings/voting';
import { FIELD } from './CountsTable';

/** Names and parties as the live views write them. */
export interface Who {
  name(personId: number): string;
  party(personId: number): string;
}

const refOf = (p: Proposal, who: Who): ProposalRef => ({ kind: p.kind, name: who.name(p.personId), party: who.party(p.personId) });

/**
 * What a settled step decided, in plain words ("Regionfullmäktige bifaller Anna Nilssons (S)
 * yrkande."), then how a tie was settled and a lot's seed. From the step's outcome (DOMAIN §5):
 * a main vote's Ja is the main proposal, an elimination's winner becomes the counter-proposal,
 * a procedural motion's Nej refers the matter back or tables it. A closed vote without an outcome
 * waits for the chair or a lot. Nothing for a step not closed.
 */
/** Whether a tie on this vote is settled by lot (domain/voting/outcome.ts), with the body's rules. */
export const tieGoesToLot = (vote: VoteRecord, debate: DebateRules): boolean => lotOnTie(vote, debate.eliminationTieByLot);

export function decisionLines(
  vote: VoteRecord,
  proposals: readonly Proposal[],
  who: Who,
  body: string,
  t: VotingStrings,
  tieByLot = vote.kind === 'OpenElection',
): string[] {
  if (vote.status !== 'Closed') return [];
  const d = t.decision;
  if (vote.outcome === null) {
    // a declared main proposal with a vote asked for decides nothing yet
    if (vote.stepKind === 'MainDeclared' || vote.stepKind === 'Order') return vote.stepKind === 'Order' ? [d.orderApproved] : [];
    return [tieByLot ? d.tieLot : d.tieChair];
  }
  const find = (id: number | null) => (id === null ? null : (proposals.find((p) => p.id === id) ?? null));
  const yes = find(vote.yesProposalId);
  const winnerId = vote.outcome === 'Yes' ? vote.yesProposalId : vote.noProposalId;
  const winner = find(winnerId);
  const fallback = d.side(vote.outcome, vote.outcome === 'Yes' ? vote.yesMeaning : vote.noMeaning);
  let main: string;
  switch (vote.stepKind) {
    case 'MainDeclared':
    case 'MainVote':
      main = winner ? d.adopt(body, refOf(winner, who)) : fallback;
      break;
    case 'Elimination':
      main = winner ? d.counter(refOf(winner, who)) : fallback;
      break;
    case 'Procedural':
      // Ja = the matter is decided today; Nej = the motion passes
      main = vote.outcome === 'Yes' ? d.today(body) : yes?.kind === 'Table' ? d.tabled(body) : d.referredBack(body);
      break;
    case 'MinorityReferral':
      main = vote.outcome === 'Yes' ? d.minorityReferredBack(body) : d.minorityMissed;
      break;
    case 'Amendment':
      main = yes ? (vote.outcome === 'Yes' ? d.adopt(body, refOf(yes, who)) : d.reject(body, refOf(yes, who))) : fallback;
      break;
    case 'Order':
      main = d.orderApproved;
      break;
  }
  const lines = [main];
  const r = vote.result;
  if (vote.majority && vote.outcome === 'No' && r && r.yes > r.no)
    lines.push(d.qualifiedMissed(vote.majority.numerator, vote.majority.denominator));
  if (vote.decidedBy === 'CastingVote') lines.push(d.castingVote);
  if (vote.decidedBy === 'ChairDecision') lines.push(d.chairDecided);
  if (vote.decidedBy === 'Lot') lines.push(d.byLot);
  if (vote.lotSeed) lines.push(d.lotSeed(vote.lotSeed));
  return lines;
}

export interface PartyCount {
  party: string;
  yes: number;
  no: number;
  abstain: number;
  absent: number;
}

/** Ja, Nej, Avstår and Deltar ej per party, from each voter's recorded choice; parties in seat order. */
/** Everyone the result lists: the voters and the members outside the electorate (Deltar ej), each with seat and party. */
export function listedPeople(vote: VoteRecord): Voter[] {
  const e = vote.electorate;
  if (!e) return [];
  const outside = (e.outside ?? []).map((o): Voter => ({
    personId: o.personId,
    seatNumber: o.seatNumber,
    party: o.party,
    capacity: 'Member',
  }));
  return [...e.voters, ...outside];
}

export function partyCounts(result: StoredResult, voters: readonly Voter[]): PartyCount[] {
  const partyOf = new Map(voters.map((v) => [v.personId, v.party] as const));
  const rows = new Map<string, PartyCount>();
  for (const v of voters) if (!rows.has(v.party)) rows.set(v.party, { party: v.party, yes: 0, no: 0, abstain: 0, absent: 0 });
  for (const [personId, letter] of result.choices) {
    const party = partyOf.get(personId) ?? '';
    let row = rows.get(party);
    if (!row) rows.set(party, (row = { party, yes: 0, no: 0, abstain: 0, absent: 0 }));
    row[FIELD[letter]]++;
  }
  return [...rows.values()].filter((r) => r.yes + r.no + r.abstain + r.absent > 0);
}

/** "Ja 3, Nej 1, Avstår 1, Deltar ej 0." */
export function countsLine(result: StoredResult, t: VotingStrings): string {
  return t.announce.counts(result.yes, result.no, result.abstain, result.absent);
}
