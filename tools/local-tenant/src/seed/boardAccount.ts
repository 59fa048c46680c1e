import { groups as portalGroups } from '../../../../src/data/schema/groups';
import type { DirectoryUser } from '../directory';
import type { RunningTenant } from '../server';
import { stableGuid } from './ids';

/** The public notice board's service account: it reads the board's lists for `/anslagstavla/` and nothing else. */
export const BOARD_ACCOUNT_UPN = 'anslagstavla@norrbotten.se';

/**
 * The notice board's service account in the directory, and in the site group
 * `Politikerportal Anslagstavlan`, the only place its rights come from (Read on the site, and
 * Read on the lists the board is made of: schema/lists.ts). In a real tenant it is an app
 * registration with a certificate (README); the local tenant only knows users, so it stands in as
 * one that signs in with two factors (tokens without them are refused), whose tokens the tenant
 * mints in-process. No persona: nobody signs in as it. Run on every start (it may be missing from
 * data seeded by an earlier version); adds nothing twice.
 */
export function ensureBoardAccount(t: RunningTenant): DirectoryUser {
  const dir = t.context.directory;
  const user =
    dir.userByUpn(BOARD_ACCOUNT_UPN) ??
    dir.addUser({
      id: stableGuid(`user:${BOARD_ACCOUNT_UPN}`),
      userPrincipalName: BOARD_ACCOUNT_UPN,
      displayName: 'Anslagstavlan (tjänstekonto)',
      givenName: 'Anslagstavlan',
      surname: '',
      mail: BOARD_ACCOUNT_UPN,
      jobTitle: 'Tjänstekonto',
      mobilePhone: null,
      businessPhones: [],
      officeLocation: null,
      persona: null,
      mfa: true,
      accountEnabled: true,
    });
  t.sharepoint.addGroupMember(portalGroups.Publisher.title, user);
  return user;
}
