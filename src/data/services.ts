import type { Assignment, Meeting } from '../domain/types';
import type { ProvisioningPlan, ProvisioningProgress, ProvisioningResult } from './provisioning/plan';

/**
 * Everything the UI may use. Built once per host (SPFx web part, standalone host) from the
 * same PnPjs and Graph code; the UI never sees `@pnp/*` or the Graph client.
 */
export interface Services {
  user: CurrentUser;
  clock: Clock;
  /** UI language, e.g. 'sv-SE' or 'en-US'. */
  locale: string;
  links: Links;
  meetings: MeetingsRepository;
  provisioning: ProvisioningService;
}

export interface CurrentUser {
  /** The person's id in the site's user list (what `Author`/`Person` lookups hold). */
  siteUserId: number;
  loginName: string;
  displayName: string;
  email: string;
}

export interface Clock {
  now(): Date;
}

/** Where things open; each host knows its own URLs. */
export interface Links {
  agenda(meetingId: number): string;
}

/** A meeting as "Mina sammanträden" shows it. */
export interface MyMeeting extends Meeting {
  bodyName: string;
  bodyCode: string;
  /** The person's assignments in the body on the meeting's date (member, substitute, chair…). */
  myAssignments: Assignment[];
  agendaUrl: string;
}

export interface MeetingsRepository {
  /** Upcoming meetings of the signed-in person; one SharePoint `$batch` on the wire. */
  myUpcoming(limit?: number): Promise<MyMeeting[]>;
}

export interface ProvisioningService {
  /** Whether the signed-in person may change the site's lists and permissions (ManageWeb + ManagePermissions). */
  canManage(): Promise<boolean>;
  /** Reads the site and returns what differs from the schema. Changes nothing. */
  inspect(): Promise<ProvisioningPlan>;
  /** Applies a plan step by step; stops at the first failure and says which step failed. Safe to re-run. */
  apply(plan: ProvisioningPlan, onProgress?: (p: ProvisioningProgress) => void): Promise<ProvisioningResult>;
}

/** A failure the UI can explain: `kind` selects the message in the string table. */
export class DataError extends Error {
  constructor(
    readonly kind: 'forbidden' | 'notFound' | 'conflict' | 'throttled' | 'network' | 'invalid' | 'unknown',
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DataError';
  }
}
