import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { MINUTES_KEPT_AT_KEY, MINUTES_SETTING_KEYS } from '../../../../src/domain/minutes/signingSettings';
import { provisionSite } from '../../../../src/data/provisioning';
import { standaloneSp } from '../../../../src/data/hosts/standalone';
import { groups as portalGroups } from '../../../../src/data/schema/permissions';
import { teamsThreadId } from '../../../../src/data/teamsThread';
import { SITE_PATH } from '../context';
import type { DirectoryUser } from '../directory';
import type { RunningTenant } from '../server';
import { ensureBoardAccount } from './boardAccount';
import { meetingEventKey, seedGraph } from './graph';
import { buildMeetings } from './meetings';
import { stableGuid } from './ids';
import { textPdf } from './pdf';
import { buildRegion, ELECTED_DOMAIN, STAFF_DOMAIN, type SeedRegion } from './region';

export interface SeedSummary {
  people: number;
  personas: DirectoryUser[];
  bodies: number;
  assignments: number;
  meetings: number;
  agendaItems: number;
  documents: number;
  provisioningSteps: number;
}

/** The minutes' signing settings every seeded body gets: key, value (days after the meeting's last day), description. */
const SIGNING_SETTINGS: readonly (readonly [string, string, string])[] = [
  [MINUTES_SETTING_KEYS.signingDays, '14', 'Justeringsfrist, dagar efter sammanträdet'],
  [MINUTES_SETTING_KEYS.reminderDays, '10', 'Påminnelse om justering, dagar efter sammanträdet'],
  [MINUTES_KEPT_AT_KEY, 'Regionens kansli, Regionhuset, Robertsviksgatan 7, Luleå', 'Där protokollen förvaras'],
];

/** PnPjs as the site owner, with the start-up key: the seeder works while the tenant still answers others 503. */
function seederSp(t: RunningTenant, owner: DirectoryUser): SPFI {
  return standaloneSp(`${t.url}${SITE_PATH}`, () => t.context.tokens.issue(owner).token).using(
    InjectHeaders({ 'x-local-tenant-startup': t.startupKey }),
  );
}

/**
 * Brings a tenant seeded by an earlier version up to this version's schema, with the same code
 * and rights as a site owner pressing "Uppdatera webbplatsen". Returns the number of steps.
 */
export async function upgradeSite(t: RunningTenant, log: (line: string) => void): Promise<number> {
  const owner = t.context.directory.personas().find((u) => u.persona === 'owner');
  if (!owner) throw new Error('The seeded tenant has no site owner persona; start it with --reset.');
  const steps = await provisionSite(seederSp(t, owner), log);
  // the notice board's service account, which data from before the public board lacks
  ensureBoardAccount(t);
  return steps;
}

/**
 * Fills an empty tenant: directory, the empty site, the portal's lists (by the same provisioning
 * code the setup web part runs, over HTTP through PnPjs as the site owner), then the region's data.
 */
export async function seedTenant(t: RunningTenant, anchor: string, log: (line: string) => void): Promise<SeedSummary> {
  const region = buildRegion(anchor);
  const users = seedDirectory(t, region);
  const owner = users.get(region.people.find((p) => p.persona === 'owner')!.key)!;
  t.sharepoint.bootstrap(owner);

  log('Provisioning the portal site with the setup code (PnPjs as the site owner)…');
  const sp = seederSp(t, owner);
  const steps = await provisionSite(sp, log);

  const sharepoint = t.sharepoint;
  // Site users in a fixed order so their ids are the same on every seed.
  for (const p of region.people) sharepoint.ensureUser(users.get(p.key)!);
  const persona = (name: string): DirectoryUser => users.get(region.people.find((p) => p.persona === name)!.key)!;
  for (const p of region.people.filter((x) => x.party)) sharepoint.addGroupMember(portalGroups.Members.title, users.get(p.key)!);
  sharepoint.addGroupMember(portalGroups.Clerks.title, persona('clerk'));
  sharepoint.addGroupMember(portalGroups.Payroll.title, persona('payroll'));
  for (const a of region.assignments.filter((x) => x.position && x.validTo === null))
    sharepoint.addGroupMember(portalGroups.Presidium.title, users.get(a.personKey)!);
  // after the people, so that their site user ids stay those of earlier seeds
  ensureBoardAccount(t);

  const clerk = persona('clerk');
  const { groupIds, meetingEvents } = seedGraph(t, region, users, anchor);

  const bodyIds = new Map<string, number>();
  for (const b of region.bodies) {
    const { Id } = sharepoint.addItem(
      'Lists/Bodies',
      {
        Title: b.name,
        BodyCode: b.code,
        BodyKind: b.kind,
        Seats: b.seats,
        SubstituteSeats: b.seats,
        SubstituteRule: b.substituteRule,
        CrossPartyOrder: b.crossPartyOrder,
        ReturnSameDayAllowed: b.returnSameDayAllowed,
        SubstitutesMaySpeak: b.code !== 'RF',
        MaxRepliesPerSpeech: 2,
        ReplySeconds: 120,
        RejoinderSeconds: 60,
        SpeechSeconds: b.code === 'RF' ? 300 : 0,
        ClerksId: [sharepoint.ensureUser(clerk)],
        CoSignerCount: 2,
        NoticeDaysBefore: b.code === 'RF' ? 7 : 5,
        GroupId: groupIds.get(b.code) ?? null,
        SortOrder: b.sortOrder,
        Active: true,
      },
      clerk,
    );
    bodyIds.set(b.code, Id);
  }

  // the signing deadline of each body's minutes (DOMAIN §6, `[L]`): signed 14 days after the meeting, reminders from day 10
  const since = region.assignments.reduce((min, a) => (a.validFrom < min ? a.validFrom : min), region.assignments[0].validFrom);
  for (const b of region.bodies)
    for (const [key, value, title] of SIGNING_SETTINGS)
      sharepoint.addItem(
        'Lists/Settings',
        {
          Title: `${title} – ${b.code}`,
          SettingKey: key,
          BodyId: bodyIds.get(b.code),
          SettingValue: value,
          ValidFrom: `${since}T00:00:00Z`,
          ValidTo: null,
        },
        owner,
      );

  const siteUserId = (key: string): number => sharepoint.ensureUser(users.get(key)!);
  for (const a of region.assignments) {
    const p = region.people.find((x) => x.key === a.personKey)!;
    sharepoint.addItem(
      'Lists/Assignments',
      {
        Title: `${p.displayName} – ${a.role}${a.position ? ` (${a.position})` : ''} – ${a.bodyCode}`,
        PersonId: siteUserId(a.personKey),
        BodyId: bodyIds.get(a.bodyCode),
        Role: a.role,
        Position: a.position,
        Party: a.party,
        SubstituteOrder: a.substituteOrder,
        SeatNumber: a.seatNumber,
        ValidFrom: `${a.validFrom}T00:00:00Z`,
        ValidTo: a.validTo ? `${a.validTo}T00:00:00Z` : null,
      },
      clerk,
    );
  }

  const meetings = buildMeetings(region.bodies, anchor);
  let items = 0;
  let documents = 0;
  for (const m of meetings) {
    const members = region.assignments.filter((a) => a.bodyCode === m.bodyCode && a.role === 'Ledamot' && a.validTo === null);
    const chair = members.find((a) => a.position === 'Ordförande');
    const coSigners = members.filter((a) => !a.position).slice(0, 2);
    const { Id: meetingId } = sharepoint.addItem(
      'Lists/Meetings',
      {
        Title: m.title,
        BodyId: bodyIds.get(m.bodyCode),
        StartTime: m.start.toISOString(),
        EndTime: m.end.toISOString(),
        Location: m.location,
        MeetingStatus: m.status,
        RemoteAllowed: m.remoteAllowed,
        TeamsJoinUrl: m.teamsJoinUrl,
        TeamsThreadId: teamsThreadId(m.teamsJoinUrl),
        EventId: meetingEvents.get(meetingEventKey(m)) ?? null,
        ChairId: chair ? siteUserId(chair.personKey) : null,
        CoSignersId: coSigners.map((a) => siteUserId(a.personKey)),
        SigningDue: new Date(m.end.getTime() + 14 * 86400000).toISOString(),
        NoticePublished:
          m.status === 'Kallat' || m.status === 'Avslutat' ? new Date(m.start.getTime() - 14 * 86400000).toISOString() : null,
      },
      clerk,
    );
    for (const it of m.items) {
      const { Id: itemId } = sharepoint.addItem(
        'Lists/AgendaItems',
        {
          Title: it.title,
          MeetingId: meetingId,
          ItemNumber: it.number,
          CaseNumber: it.caseNumber,
          ItemKind: it.kind,
          ProposedDecision: it.proposedDecision,
          SectionNumber: it.section,
          Confidential: false,
        },
        clerk,
      );
      items += 1;
      for (const d of it.documents) {
        sharepoint.addFile(
          'MeetingDocuments',
          d.name,
          textPdf(d.title, [
            m.title,
            it.caseNumber ? `Diarienummer ${it.caseNumber}` : '',
            `Ärende ${it.number}: ${it.title}`,
            '',
            'Påhittad handling i den lokala testmiljön.',
          ]),
          {
            Title: d.title,
            MeetingId: meetingId,
            AgendaItemId: d.kind === 'Kallelse' ? null : itemId,
            DocumentKind: d.kind,
            Confidential: false,
          },
          clerk,
          // each meeting's documents in its own folder, as the portal uploads them
          String(meetingId),
        );
        documents += 1;
      }
    }
  }

  return {
    people: region.people.length,
    personas: region.people.filter((p) => p.persona).map((p) => users.get(p.key)!),
    bodies: region.bodies.length,
    assignments: region.assignments.length,
    meetings: meetings.length,
    agendaItems: items,
    documents,
    provisioningSteps: steps,
  };
}

function seedDirectory(t: RunningTenant, region: SeedRegion): Map<string, DirectoryUser> {
  const out = new Map<string, DirectoryUser>();
  for (const p of region.people) {
    const user = t.context.directory.addUser({
      id: stableGuid(`user:${p.upn}`),
      userPrincipalName: p.upn,
      displayName: p.displayName,
      givenName: p.givenName,
      surname: p.surname,
      mail: p.upn,
      jobTitle: p.jobTitle,
      mobilePhone: p.mobilePhone,
      businessPhones: p.upn.endsWith(STAFF_DOMAIN) && !p.upn.endsWith(ELECTED_DOMAIN) ? ['0920-28 40 00'] : [],
      officeLocation: p.party ? null : 'Regionhuset, Luleå',
      persona: p.persona,
      mfa: p.mfa,
      accountEnabled: true,
    });
    out.set(p.key, user);
  }
  return out;
}
