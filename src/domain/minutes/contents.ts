/**
 * What the minutes must hold for each section (KL 5:67): the proposals not withdrawn, the order the
 * chair put them in, every vote with its result, the decision, and who was disqualified (jäv,
 * DOMAIN §3). The facts come from the meeting's lists; the draft says what the document records.
 */
import type { ItemKind } from '../meetings/types';
import type { ProposalSet } from '../live/types';
import type { VoteRecord } from '../voting/types';

/** What the meeting recorded on the item of one section. */
export interface SectionFacts {
  section: number;
  /** Proposals made and not withdrawn. */
  proposalIds: readonly number[];
  /** More than one proposal was put, so the order the chair put them in must be recorded. */
  orderPut: boolean;
  /** Votes held (not acclamations), each recorded with its result. */
  voteIds: readonly number[];
  /** Information, reports, interpellations and questions take no decision. */
  decisionRequired: boolean;
  /** Disqualified on the item. */
  disqualifiedIds: readonly number[];
}

/** What the draft records in one section. */
export interface SectionDraft {
  section: number;
  proposalIds: readonly number[];
  orderStated: boolean;
  votes: readonly { voteId: number; resultStated: boolean }[];
  decision: string;
  disqualifiedIds: readonly number[];
}

export type ContentsProblem =
  | { code: 'sectionMissing'; section: number }
  | { code: 'proposalsMissing'; section: number; proposalIds: number[] }
  | { code: 'orderMissing'; section: number }
  | { code: 'votesMissing'; section: number; voteIds: number[] }
  | { code: 'voteResultMissing'; section: number; voteIds: number[] }
  | { code: 'decisionMissing'; section: number }
  | { code: 'conflictsMissing'; section: number; personIds: number[] };

// settled by a vote held: a tie settled afterwards (casting vote, lot, the chair) was a vote too
const VOTED: ReadonlySet<VoteRecord['decidedBy']> = new Set(['Vote', 'CastingVote', 'ChairDecision', 'Lot', 'Paper']);

/** The facts of one section from the item's proposals, its recorded procedure steps and its disqualifications. */
export function sectionFacts(
  section: number,
  kind: ItemKind,
  proposals: Pick<ProposalSet, 'proposals'>,
  steps: readonly Pick<VoteRecord, 'id' | 'status' | 'decidedBy'>[],
  disqualified: ReadonlySet<number> | undefined,
): SectionFacts {
  const standing = proposals.proposals.filter((p) => !p.withdrawn).map((p) => p.id);
  return {
    section,
    proposalIds: standing,
    orderPut: standing.length > 1,
    voteIds: steps.filter((v) => v.status === 'Closed' && VOTED.has(v.decidedBy)).map((v) => v.id),
    decisionRequired: kind === 'Decision' || kind === 'Election',
    disqualifiedIds: [...(disqualified ?? [])].sort((a, b) => a - b),
  };
}

const lacking = (needed: readonly number[], present: readonly number[]): number[] => {
  const have = new Set(present);
  return [...new Set(needed)].filter((id) => !have.has(id)).sort((a, b) => a - b);
};

/** Every KL 5:67 gap in the draft, section by section; empty when it holds what the law asks. */
export function checkContents(facts: readonly SectionFacts[], drafts: readonly SectionDraft[]): ContentsProblem[] {
  const bySection = new Map(drafts.map((d) => [d.section, d]));
  const problems: ContentsProblem[] = [];
  for (const f of [...facts].sort((a, b) => a.section - b.section)) {
    const { section } = f;
    const d = bySection.get(section);
    if (!d) {
      problems.push({ code: 'sectionMissing', section });
      continue;
    }
    const proposalIds = lacking(f.proposalIds, d.proposalIds);
    if (proposalIds.length) problems.push({ code: 'proposalsMissing', section, proposalIds });
    if (f.orderPut && !d.orderStated) problems.push({ code: 'orderMissing', section });
    const voteIds = lacking(
      f.voteIds,
      d.votes.map((v) => v.voteId),
    );
    if (voteIds.length) problems.push({ code: 'votesMissing', section, voteIds });
    const noResult = lacking(
      f.voteIds.filter((id) => !voteIds.includes(id)),
      d.votes.filter((v) => v.resultStated).map((v) => v.voteId),
    );
    if (noResult.length) problems.push({ code: 'voteResultMissing', section, voteIds: noResult });
    if (f.decisionRequired && d.decision.trim() === '') problems.push({ code: 'decisionMissing', section });
    const personIds = lacking(f.disqualifiedIds, d.disqualifiedIds);
    if (personIds.length) problems.push({ code: 'conflictsMissing', section, personIds });
  }
  return problems;
}
