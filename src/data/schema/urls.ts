import type { ListKey } from './types';

/**
 * Where each list lives on the portal site: stable English URLs that integrations, reports and
 * Power Automate flows depend on (DESIGN §3). The list definitions (lists.ts) take theirs from here.
 */
export const LIST_URLS: Record<ListKey, string> = {
  Bodies: 'Lists/Bodies',
  Assignments: 'Lists/Assignments',
  Meetings: 'Lists/Meetings',
  AgendaItems: 'Lists/AgendaItems',
  MeetingDocuments: 'MeetingDocuments',
  Attendance: 'Lists/Attendance',
  Conflicts: 'Lists/Conflicts',
  SpeakerRequests: 'Lists/SpeakerRequests',
  Proposals: 'Lists/Proposals',
  Votes: 'Lists/Votes',
  Ballots: 'Lists/Ballots',
  LiveState: 'Lists/LiveState',
  Dissents: 'Lists/Dissents',
  Minutes: 'Minutes',
  Signatures: 'Lists/Signatures',
  NoticeBoard: 'Lists/NoticeBoard',
  ClaimDrafts: 'Lists/ClaimDrafts',
  Claims: 'Lists/Claims',
  ClaimEvents: 'Lists/ClaimEvents',
  Settings: 'Lists/Settings',
};

/** Server-relative URL of a list on the portal site (`webUrl` without a trailing slash). */
export const listUrl = (ctx: { webUrl: string }, key: ListKey): string => `${ctx.webUrl}/${LIST_URLS[key]}`;
