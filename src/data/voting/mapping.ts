import type { DecidedBy, Side, StepKind, VoteChoice, VoteKind, VoteStatus } from '../../domain/voting/types';
import type { choices } from '../schema/choices';
import { table } from '../mapping';

/** The decision steps' Swedish choice values ↔ the domain's codes. */
export const voteKind = table<typeof choices.voteKind, VoteKind>({
  'Öppen votering': 'Open',
  'Öppet val': 'OpenElection',
  'Slutet val (papper)': 'PaperSecret',
});

export const voteStatus = table<typeof choices.voteStatus, VoteStatus>({
  Förberedd: 'Prepared',
  Öppen: 'Open',
  Stängd: 'Closed',
  Avbruten: 'Cancelled',
});

export const stepKind = table<typeof choices.voteStep, StepKind>({
  'Återremiss eller bordläggning': 'Procedural',
  Minoritetsåterremiss: 'MinorityReferral',
  Huvudförslag: 'MainDeclared',
  Propositionsordning: 'Order',
  Kontrapropositionsvotering: 'Elimination',
  Huvudvotering: 'MainVote',
  'Ändrings- eller tilläggsyrkande': 'Amendment',
});

export const outcomeSide = table<typeof choices.voteOutcome, Side>({ Ja: 'Yes', Nej: 'No' });

export const decidedBy = table<typeof choices.decidedBy, DecidedBy>({
  Acklamation: 'Acclamation',
  Votering: 'Vote',
  Utslagsröst: 'CastingVote',
  'Ordförandens beslut': 'ChairDecision',
  Lottning: 'Lot',
  Minoritet: 'Minority',
  'Slutet val på papper': 'Paper',
});

export const ballotChoice = table<typeof choices.ballotChoice, VoteChoice>({
  Ja: 'Yes',
  Nej: 'No',
  Avstår: 'Abstain',
});
