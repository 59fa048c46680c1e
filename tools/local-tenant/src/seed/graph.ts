import { addDays, stockholmToUtc } from '../../../../src/domain/time/swedishTime';
import type { DirectoryUser } from '../directory';
import type { RunningTenant } from '../server';
import { stableGuid } from './ids';
import { buildMeetings } from './meetings';
import { parties, STAFF_DOMAIN, type SeedRegion } from './region';

/**
 * Exchange and Entra side of the seed: a Microsoft 365 group per body and per party group in RF
 * (their calendars carry the meetings), a few personal events and messages per persona, and the
 * shared mailboxes of the clerks and the RF presidium. Returns body code → group id, and the
 * group event of each notified meeting (the meeting's `EventId`, as a published notice stores it).
 */
export function seedGraph(
  t: RunningTenant,
  region: SeedRegion,
  users: Map<string, DirectoryUser>,
  anchor: string,
): { groupIds: Map<string, string>; meetingEvents: Map<string, string> } {
  const dir = t.context.directory;
  const graph = t.graph;
  const bodyGroups = new Map<string, string>();
  const personaUser = (name: string): DirectoryUser => users.get(region.people.find((p) => p.persona === name)!.key)!;
  const clerk = personaUser('clerk');

  for (const b of region.bodies) {
    const nick = `politik-${b.code.toLowerCase()}`;
    const g = dir.addGroup({
      id: stableGuid(`group:${nick}`),
      displayName: b.name,
      description: `Ledamöter och ersättare i ${b.name.toLowerCase()}.`,
      mail: `${nick}@${STAFF_DOMAIN}`,
      mailNickname: nick,
      groupTypes: ['Unified'],
      visibility: 'Private',
    });
    bodyGroups.set(b.code, g.id);
    const inBody = new Set(region.assignments.filter((a) => a.bodyCode === b.code && a.validTo === null).map((a) => a.personKey));
    for (const key of inBody) dir.addGroupMember(g.id, users.get(key)!.id);
    dir.addGroupMember(g.id, clerk.id, true);
  }
  for (const p of parties) {
    const nick = `rf-${p.code.toLowerCase()}`;
    const g = dir.addGroup({
      id: stableGuid(`group:${nick}`),
      displayName: `${p.name} – fullmäktigegruppen`,
      description: `Partigruppen för ${p.name} i regionfullmäktige.`,
      mail: `${nick}@${STAFF_DOMAIN}`,
      mailNickname: nick,
      groupTypes: ['Unified'],
      visibility: 'Private',
    });
    for (const person of region.people.filter((x) => x.party === p.code)) dir.addGroupMember(g.id, users.get(person.key)!.id);
    // Party groups meet the day before each RF meeting.
    for (const m of buildMeetings(region.bodies, anchor).filter((x) => x.bodyCode === 'RF')) {
      const day = addDays(m.start.toISOString().slice(0, 10), -1);
      graph.addEvent(
        { kind: 'group', id: g.id },
        {
          subject: `Gruppmöte ${p.code} inför regionfullmäktige`,
          start: { dateTime: stockholmToUtc(day, '17:00').toISOString().slice(0, 19), timeZone: 'UTC' },
          end: { dateTime: stockholmToUtc(day, '19:00').toISOString().slice(0, 19), timeZone: 'UTC' },
          location: { displayName: 'Regionhuset, Luleå' },
          isOnlineMeeting: true,
          onlineMeeting: {
            joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${stableGuid(`${nick}${day}`).slice(0, 12)}%40thread.v2/0`,
          },
        },
      );
    }
  }

  // The body's own meeting events (what a published notice creates) for meetings already notified.
  const meetingEvents = new Map<string, string>();
  for (const m of buildMeetings(region.bodies, anchor).filter((x) => x.status !== 'Planerat')) {
    const eventId = graph.addEvent(
      { kind: 'group', id: bodyGroups.get(m.bodyCode)! },
      {
        subject: m.title,
        start: { dateTime: m.start.toISOString().slice(0, 19), timeZone: 'UTC' },
        end: { dateTime: m.end.toISOString().slice(0, 19), timeZone: 'UTC' },
        location: { displayName: m.location },
        isOnlineMeeting: Boolean(m.teamsJoinUrl),
        onlineMeeting: m.teamsJoinUrl ? { joinUrl: m.teamsJoinUrl } : undefined,
        categories: ['Sammanträde'],
        isCancelled: m.status === 'Inställt',
      },
    );
    meetingEvents.set(meetingEventKey(m), eventId);
  }

  // Personal calendars and mail of the personas.
  const elected = ['member', 'substitute', 'chair'].map(personaUser);
  // Everyone travels home from Luleå after an RF meeting: an own event in every RF meeting's week.
  const rfMeetings = buildMeetings(region.bodies, anchor).filter((m) => m.bodyCode === 'RF' && m.status !== 'Inställt');
  for (const u of elected) {
    for (const m of rfMeetings) {
      const day = m.start.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
      graph.addEvent(
        { kind: 'user', id: u.id },
        {
          subject: 'Hemresa från regionfullmäktige',
          start: { dateTime: stockholmToUtc(day, '17:30').toISOString().slice(0, 19), timeZone: 'UTC' },
          end: { dateTime: stockholmToUtc(day, '19:30').toISOString().slice(0, 19), timeZone: 'UTC' },
          location: { displayName: 'Luleå C' },
        },
      );
    }
  }
  elected.forEach((u, i) => {
    for (let w = -2; w <= 4; w++) {
      const day = addDays(anchor, w * 7 + 1 + i);
      graph.addEvent(
        { kind: 'user', id: u.id },
        {
          subject: ['Medborgardialog i Gällivare', 'Studiebesök Piteå älvdals sjukhus', 'Partiföreningens styrelsemöte'][i],
          start: { dateTime: stockholmToUtc(day, '18:00').toISOString().slice(0, 19), timeZone: 'UTC' },
          end: { dateTime: stockholmToUtc(day, '20:00').toISOString().slice(0, 19), timeZone: 'UTC' },
          location: { displayName: ['Folkets hus, Gällivare', 'Piteå', 'Partilokalen'][i] },
        },
      );
    }
    const messages = [
      { subject: 'Kallelse till regionfullmäktige', from: clerk, importance: 'high', hasAttachments: true, isRead: false },
      {
        subject: 'Reseräkning – komplettering behövs',
        from: personaUser('payroll'),
        importance: 'normal',
        hasAttachments: false,
        isRead: false,
      },
      { subject: 'Utbildning i digital justering', from: clerk, importance: 'normal', hasAttachments: false, isRead: true },
    ] as const;
    messages.forEach((msg, j) =>
      graph.addMessage(u.id, {
        subject: msg.subject,
        bodyPreview: `Hej ${u.givenName}! Se information i meddelandet.`,
        body: {
          contentType: 'text',
          content: `Hej ${u.givenName}!\n\nSe information i meddelandet.\n\nVänliga hälsningar\n${msg.from.displayName}`,
        },
        from: { emailAddress: { name: msg.from.displayName, address: msg.from.mail } },
        toRecipients: [{ emailAddress: { name: u.displayName, address: u.mail } }],
        receivedDateTime: new Date(stockholmToUtc(anchor, '08:00').getTime() - j * 86400000 * 2).toISOString(),
        isRead: msg.isRead,
        importance: msg.importance,
        hasAttachments: msg.hasAttachments,
      }),
    );
  });

  // Shared mailboxes are user objects without sign-in.
  const shared = [
    { nick: 'kansliet', name: 'Kansliet – regionfullmäktige', readers: [clerk, personaUser('chair')] },
    { nick: 'rf-presidiet', name: 'Regionfullmäktiges presidium', readers: [personaUser('chair'), clerk] },
  ];
  for (const s of shared) {
    const box = dir.addUser({
      id: stableGuid(`user:${s.nick}`),
      userPrincipalName: `${s.nick}@${STAFF_DOMAIN}`,
      displayName: s.name,
      givenName: '',
      surname: '',
      mail: `${s.nick}@${STAFF_DOMAIN}`,
      jobTitle: null,
      mobilePhone: null,
      businessPhones: [],
      officeLocation: null,
      persona: null,
      mfa: false,
      accountEnabled: false,
    });
    for (const r of s.readers) graph.grantMailboxAccess(box.id, r.id);
    for (let j = 0; j < 6; j++) {
      graph.addMessage(box.id, {
        subject: [
          'Fråga om sammanträdestider',
          'Medborgarförslag inkommet',
          'Begäran om allmän handling',
          'Anmälan om förhinder',
          'Inbjudan till länsdag',
          'Faktura lokalhyra',
        ][j],
        bodyPreview: 'Inkommet meddelande till funktionsbrevlådan.',
        body: { contentType: 'text', content: 'Inkommet meddelande till funktionsbrevlådan.' },
        from: { emailAddress: { name: 'Extern avsändare', address: 'avsandare@example.se' } },
        toRecipients: [{ emailAddress: { name: s.name, address: box.mail } }],
        receivedDateTime: new Date(stockholmToUtc(anchor, '10:00').getTime() - j * 86400000).toISOString(),
        isRead: j > 2,
        importance: 'normal',
        hasAttachments: j === 1,
      });
    }
  }
  return { groupIds: bodyGroups, meetingEvents };
}

/** Joins a seeded meeting with its group event. */
export const meetingEventKey = (m: { bodyCode: string; start: Date }): string => `${m.bodyCode}@${m.start.toISOString()}`;
