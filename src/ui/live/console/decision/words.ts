import type { Proposal, ProposalSet } from '../../../../domain/live/types';
import type { ProcedureDecision, ProcedureHistoryEntry } from '../../../../domain/voting/procedure';
import type { StepKind, VoteKind } from '../../../../domain/voting/types';
import type { StepDraft } from '../../../../data/voting/consoleSteps';
import type { VotingConsoleStrings } from '../../../strings/votingConsole';
import { electionStep } from '../../../../domain/voting/procedure';

/** How the console names the item's proposals: short (in buttons and the question) and in full (in what Ja and Nej mean). */
export interface Naming {
  proposal(id: number): Proposal | undefined;
  name(id: number): string;
  full(id: number): string;
  /** The proposer and the supporters, as the string table lists people. */
  askers(id: number): string;
}

export function naming(
  set: ProposalSet,
  who: { name(personId: number): string; party(personId: number): string; label(personId: number): string },
  proposedDecision: string,
  s: VotingConsoleStrings,
): Naming {
  const byId = new Map(set.proposals.map((p) => [p.id, p] as const));
  const name = (id: number) => {
    const p = byId.get(id);
    return p ? s.proposal({ kind: p.kind, name: who.name(p.personId), party: who.party(p.personId) }) : s.unknownProposal(id);
  };
  const wording = (p: Proposal) => {
    const own = p.text.trim();
    if (own) return own;
    return p.kind === 'Approve' && proposedDecision.trim() ? s.proposedDecision(proposedDecision.trim()) : '';
  };
  return {
    proposal: (id) => byId.get(id),
    name,
    full: (id) => {
      const p = byId.get(id);
      return p ? s.inFull(name(id), wording(p)) : name(id);
    },
    askers: (id) => {
      const p = byId.get(id);
      return p ? s.list([p.personId, ...p.supporters].map((x) => who.label(x))) : '';
    },
  };
}

/** A question as the chair drafts it: the template filled in, Ja and Nej in full. */
export interface QuestionText {
  question: string;
  yesMeaning: string;
  noMeaning: string;
}

/** What a vote step puts against what, for its draft and its question template. */
export type VoteTask =
  | { stepKind: 'MainVote'; yes: number; no: number }
  | { stepKind: 'Elimination'; yes: number; no: number }
  | { stepKind: 'Amendment'; yes: number }
  | { stepKind: 'Procedural'; yes: number; motion: 'ReferBack' | 'Table' };

/** The question template for a vote step, naming both sides in full. */
export function questionFor(task: VoteTask, n: Naming, s: VotingConsoleStrings): QuestionText {
  const t = s.templates;
  let text: { question: string; yes: string; no: string };
  switch (task.stepKind) {
    case 'MainVote':
      text = t.mainVote(n.name(task.yes), n.name(task.no));
      return { question: text.question, ...meanings(t.mainVote(n.full(task.yes), n.full(task.no))) };
    case 'Elimination':
      text = t.elimination(n.name(task.yes), n.name(task.no));
      return { question: text.question, ...meanings(t.elimination(n.full(task.yes), n.full(task.no))) };
    case 'Amendment':
      text = t.amendment(n.name(task.yes));
      return { question: text.question, yesMeaning: t.amendment(n.full(task.yes)).yes, noMeaning: text.no };
    case 'Procedural':
      text = t.procedural(task.motion);
      return { question: text.question, yesMeaning: text.yes, noMeaning: text.no };
  }
}

const meanings = (t: { yes: string; no: string }) => ({ yesMeaning: t.yes, noMeaning: t.no });

/** The kind of vote a step is: an election's main chain is an election vote (procedure.ts), secret ones on paper. */
export function voteKindFor(stepKind: StepKind, election: boolean, secret: boolean): VoteKind {
  if (!electionStep(election, stepKind)) return 'Open';
  return secret ? 'PaperSecret' : 'OpenElection';
}

/** The draft of a vote step, as the desk records it. */
export function voteDraft(itemId: number, task: VoteTask, kind: VoteKind, text: QuestionText, majority: StepDraft['majority']): StepDraft {
  return {
    itemId,
    stepKind: task.stepKind,
    kind,
    yesProposalId: task.yes,
    noProposalId: task.stepKind === 'MainVote' || task.stepKind === 'Elimination' ? task.no : null,
    question: text.question.trim(),
    yesMeaning: text.yesMeaning.trim(),
    noMeaning: text.noMeaning.trim(),
    majority: majority ?? null,
  };
}

/** A settled step of the item, worded for the console's log and the minutes. */
export function historyLine(h: ProcedureHistoryEntry, n: Naming, s: VotingConsoleStrings): string {
  const how = h.decidedBy ? s.history.by[h.decidedBy] : s.history.by.Acclamation;
  switch (h.kind) {
    case 'minority':
      return s.history.minority(n.name(h.proposalId), h.asking, h.present, h.passed);
    case 'procedural':
      return s.history.procedural(n.name(h.proposalId), h.motion, h.passed, how);
    case 'mainDeclared':
      return s.history.mainDeclared(n.name(h.proposalId), h.voteAsked);
    case 'order':
      return s.history.order(s.list(h.order.map((id) => n.name(id))));
    case 'elimination':
      return s.history.elimination(h.round, n.name(h.current), n.name(h.challenger), n.name(h.winner), how);
    case 'mainVote':
      return s.history.mainVote(n.name(h.main), n.name(h.counter), n.name(h.winner), how);
    case 'amendment':
      return s.history.amendment(n.name(h.proposalId), h.adopted, how);
  }
}

/** What the item decided, in plain words: the first line is the decision, the rest its amendments. */
export function decisionWords(d: ProcedureDecision, lapsed: readonly number[], body: string, n: Naming, s: VotingConsoleStrings): string[] {
  switch (d.kind) {
    case 'referredBack':
      return [s.done.referredBack(body, n.name(d.proposalId))];
    case 'tabled':
      return [s.done.tabled(body, n.name(d.proposalId))];
    case 'minorityReferredBack':
      return [s.done.minorityReferredBack(body, n.name(d.proposalId))];
    case 'decided': {
      const first = d.mainProposalId === null ? s.done.onlyAmendments(body) : s.done.decided(body, n.name(d.mainProposalId));
      return [
        first,
        ...d.amendments.map((a) => s.done.amendment(n.name(a.proposalId), a.adopted)),
        ...lapsed.map((id) => s.done.lapsed(n.name(id))),
      ];
    }
  }
}
