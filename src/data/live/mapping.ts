import type { LivePhase, ProposalEventKind, ProposalKind, SpeakerEventKind } from '../../domain/live/types';
import type { choices } from '../schema/choices';
import { table } from '../mapping';

/** The live meeting's Swedish choice values ↔ the domain's codes; here so that other pages do not carry them. */
export const speakerKind = table<typeof choices.speakerKind, SpeakerEventKind>({
  Anförande: 'Speech',
  Replik: 'Reply',
  Genmäle: 'Answer',
  Ordningsfråga: 'PointOfOrder',
  Återkallad: 'Withdrawn',
  'Ordet lämnat': 'FloorGiven',
  'Anförande avslutat': 'SpeechEnded',
  Flyttad: 'Moved',
  Struken: 'Removed',
  'Talarlistan stängd': 'ListClosed',
  'Talarlistan öppnad': 'ListOpened',
});

export const proposalKind = table<typeof choices.proposalKind, ProposalKind>({
  Bifall: 'Approve',
  Avslag: 'Reject',
  'Eget yrkande': 'Own',
  Ändringsyrkande: 'Amendment',
  Tilläggsyrkande: 'Addition',
  Återremiss: 'ReferBack',
  Minoritetsåterremiss: 'MinorityReferBack',
  Bordläggning: 'Table',
});

export const proposalEvent = table<typeof choices.proposalEvent, ProposalEventKind>({
  Yrkat: 'Made',
  Instämt: 'Supported',
  Återtaget: 'Withdrawn',
  Ändrat: 'Changed',
  'Yrkandena låsta': 'Locked',
});

export const livePhase = table<typeof choices.livePhase, LivePhase>({
  'Ej startat': 'NotStarted',
  Upprop: 'RollCall',
  Överläggning: 'Debate',
  Beslut: 'Decision',
  Votering: 'Voting',
  Ajournerat: 'Adjourned',
  Avslutat: 'Ended',
});
