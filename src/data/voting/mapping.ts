import type { DecidedBy, Side, StepKind, VoteChoice, VoteKind, VoteStatus } from '../../domain/voting/types';
import { choices } from '../schema/choices';
import { table } from '../mapping';

/** The decision steps' Swedish choice values ↔ the domain's codes. */
export const voteKind = table<typeof choices.voteKind, VoteKind>(choices.voteKind, {
  'Öppen votering': 'Open',
  'Öppet val': 'OpenElection',
  'Slutet val (papper)': 'PaperSecret',
});

export const voteStatus = table<typeof choices.voteStatus, VoteStatus>(choices.voteStatus, {
  Förberedd: 'Prepared',
  Öppen: 'Open',
  Stängd: 'Closed',
  Avbruten: 'Cancelled',
});

export const stepKind = table<typeof choices.voteStep, StepKind>(choices.voteStep, {
  'Återremiss eller bordläggning': 'Procedural',
  Minoritetsåterremiss: 'MinorityReferral',
  Huvudförslag: 'MainDeclared',
  Propositionsordning: 'Order',
  Kontrapropositionsvotering: 'Elimination',
  Huvudvotering: 'MainVote',
  'Ändrings- eller tilläggsyrkande': 'Amendment',
});

export const outcomeSide = table<typeof choices.voteOutcome, Side>(choices.voteOutcome, { Ja: 'Yes', Nej: 'No' });

export const decidedBy = table<typeof choices.decidedBy, DecidedBy>(choices.decidedBy, {
  Acklamation: 'Acclamation',
  Votering: 'Vote',
  Utslagsröst: 'CastingVote',
  'Ordförandens beslut': 'ChairDecision',
  Lottning: 'Lot',
  Minoritet: 'Minority',
  'Slutet val på papper': 'Paper',
});

export const ballotChoice = table<typeof choices.ballotChoice, VoteChoice>(choices.ballotChoice, {
  Ja: 'Yes',
  Nej: 'No',
  Avstår: 'Abstain',
});
