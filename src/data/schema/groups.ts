import type { LevelKey } from './permissions';

/**
 * The portal's SharePoint groups. Apart from the permission levels (permissions.ts) because the
 * pages that read whose events count for others need only the groups' titles, not the levels.
 */
export interface GroupDef {
  key: GroupKey;
  title: string;
  description: string;
  /** The level the group holds on the whole site (lists inherit it unless they say otherwise). */
  siteLevel: LevelKey;
  /**
   * Whether every site user may see who is in the group (SharePoint's
   * `OnlyAllowMembersViewMembership` false). Whose events count for others is per body (DESIGN §4:
   * the body's clerks, its presidium by assignment, the site owners), so no page needs this to
   * read them; the groups stay visible because who holds these roles is not secret.
   */
  membersVisible: boolean;
}

export type GroupKey = 'Members' | 'Clerks' | 'Presidium' | 'Payroll' | 'Publisher';

export const groups: Record<GroupKey, GroupDef> = {
  Members: {
    key: 'Members',
    title: 'Politikerportal Förtroendevalda',
    description: 'Ledamöter och ersättare med ett gällande uppdrag.',
    siteLevel: 'Read',
    // who holds an elected assignment is public
    membersVisible: true,
  },
  Clerks: {
    key: 'Clerks',
    title: 'Politikerportal Sekreterare',
    description: 'Nämndsekreterare och registratorer som förbereder sammanträden och protokoll.',
    siteLevel: 'Contribute',
    // who the clerks are is not secret; which body a clerk serves is set on the body (Bodies.Clerks)
    membersVisible: true,
  },
  Presidium: {
    key: 'Presidium',
    title: 'Politikerportal Presidium',
    description: 'Ordförande och vice ordförande som leder sammanträden.',
    siteLevel: 'Read',
    // who chairs is public; a chair's events count in their own body, by assignment
    membersVisible: true,
  },
  Payroll: {
    key: 'Payroll',
    title: 'Politikerportal Lön',
    description: 'Löneadministratörer som attesterar och för över ersättningsanspråk.',
    siteLevel: 'Read',
    // who handles claims is not secret
    membersVisible: true,
  },
  Publisher: {
    key: 'Publisher',
    title: 'Politikerportal Anslagstavlan',
    description:
      'Tjänstekontot som publicerar den offentliga anslagstavlan: läser anslagen, organen, uppdragen och protokollens offentliga versioner. Inget annat, och ingen skrivrätt.',
    // reads the site (the meetings' dates and bodies); the lists it needs beyond that name it in their roles
    siteLevel: 'Read',
    // the service account is not secret
    membersVisible: true,
  },
};
