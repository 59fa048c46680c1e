import { trustFromStaff, type Trust } from '../../domain/bodies/trust';
import type { MeetingDetails } from '../../data/services';

/** Whose events count for others: the clerks and the presidium the repository named (DESIGN §4). */
export function staffTrust(details: Pick<MeetingDetails, 'staffIds'>): Trust {
  return trustFromStaff(details.staffIds);
}
