import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import { standaloneSp } from '../../../src/data/hosts/standalone';
import type { MinutesRepository } from '../../../src/data/minutes/types';
import { groups } from '../../../src/data/schema/groups';
import { listUrl } from '../../../src/data/schema/urls';
import type { ListKey } from '../../../src/data/schema/types';
import type { Services } from '../../../src/data/services';
import type { Region } from '../../support/region';

export const WEB = '/sites/politikerportal';
/** A second clerk, set on RUN only: in the Sekreterare group, but not RF's clerk. */
export const LENA = 'lena.lindqvist@norrbotten.se';

export const list = (sp: SPFI, key: ListKey) => sp.web.getList(listUrl({ webUrl: WEB }, key));
export const pdf = (text: string): Uint8Array => new TextEncoder().encode(`%PDF-1.4\n${text}\n%%EOF`);

/** Who takes part in one RF meeting's minutes. */
export type Who = 'chair' | 'member' | 'coSigner' | 'outsider' | 'substitute' | 'clerk' | 'owner' | 'lena';

export interface MinutesCast {
  meetingId: number;
  upn: Record<Who, string>;
  id: Record<Who, number>;
  /** The person's services (the standalone host's, on the region's clock). */
  services(who: Who): Promise<Services>;
  minutes(who: Who): Promise<MinutesRepository>;
  /** PnPjs as the person's browser has it, to write past the repository. */
  sp(who: Who): SPFI;
}

/**
 * The latest RF meeting before `before`, with its signers set by the clerk: the chair persona
 * chairs, the member persona and another RF member co-sign, and a third RF member is designated
 * for nothing. Lena is made RUN's clerk, so RF has a clerk of another body to attack with.
 */
export async function castRfMeeting(t: Region, before: string): Promise<MinutesCast> {
  t.tenant.context.directory.addUser({
    userPrincipalName: LENA,
    displayName: 'Lena Lindqvist',
    givenName: 'Lena',
    surname: 'Lindqvist',
    mail: LENA,
    jobTitle: 'Nämndsekreterare',
    mobilePhone: null,
    businessPhones: [],
    officeLocation: null,
    persona: null,
    mfa: true,
    accountEnabled: true,
  });
  const spOf = (upn: string): SPFI => standaloneSp(t.siteUrl, () => t.token(upn));
  const owner = spOf(t.upn('owner'));
  const { Id: lenaId } = await owner.web.ensureUser(`i:0#.f|membership|${LENA}`);
  await owner.web.siteGroups.getByName(groups.Clerks.title).users.add(`i:0#.f|membership|${LENA}`);
  const bodies = await list(owner, 'Bodies').items.select('Id', 'BodyCode')<{ Id: number; BodyCode: string }[]>();
  const bodyId = (code: string): number => bodies.find((b) => b.BodyCode === code)!.Id;
  await list(owner, 'Bodies')
    .items.getById(bodyId('RUN'))
    .update({ ClerksId: [lenaId] });

  const [meeting] = await list(owner, 'Meetings')
    .items.filter(`BodyId eq ${bodyId('RF')} and StartTime lt datetime'${before}'`)
    .select('Id')
    .orderBy('StartTime', false)
    .top(1)<{ Id: number }[]>();
  const idOf = async (upn: string): Promise<number> => (await owner.web.ensureUser(`i:0#.f|membership|${upn}`)).Id;
  const personas = ['chair', 'member', 'substitute', 'clerk', 'owner'] as const;
  const ids = Object.fromEntries(await Promise.all(personas.map(async (p) => [p, await idOf(t.upn(p))]))) as Record<
    (typeof personas)[number],
    number
  >;
  const nomfa = await idOf(t.upn('nomfa'));
  const rfMembers = await list(owner, 'Assignments')
    .items.filter(`BodyId eq ${bodyId('RF')} and Role eq 'Ledamot'`)
    .select('PersonId', 'Position')
    .top(500)<{ PersonId: number; Position: string | null }[]>();
  const [coSigner, outsider] = rfMembers
    .filter((a) => !a.Position && ![ids.member, ids.chair, nomfa].includes(a.PersonId))
    .map((a) => a.PersonId);
  const upnOf = async (id: number): Promise<string> =>
    (await owner.web.siteUsers.getById(id).select('LoginName')<{ LoginName: string }>()).LoginName.split('|').pop()!;
  const upn: Record<Who, string> = {
    chair: t.upn('chair'),
    member: t.upn('member'),
    coSigner: await upnOf(coSigner),
    outsider: await upnOf(outsider),
    substitute: t.upn('substitute'),
    clerk: t.upn('clerk'),
    owner: t.upn('owner'),
    lena: LENA,
  };
  // the clerk sets who signs, as on the meeting form; the secretary is set when the minutes are first frozen
  await list(spOf(upn.clerk), 'Meetings')
    .items.getById(meeting.Id)
    .update({ ChairId: ids.chair, CoSignersId: [ids.member, coSigner], SecretaryId: null });

  const services = (who: Who): Promise<Services> => t.servicesForUser(upn[who]);
  return {
    meetingId: meeting.Id,
    upn,
    id: { ...ids, coSigner, outsider, lena: lenaId },
    services,
    minutes: async (who) => (await services(who)).minutes!,
    sp: (who) => spOf(upn[who]),
  };
}

/** What storage answered a write: its HTTP status, or 'written'. */
export async function answer(write: Promise<unknown>): Promise<number | 'written'> {
  try {
    await write;
    return 'written';
  } catch (e) {
    return (e as { status?: number }).status ?? -1;
  }
}

/** Every designated signer signs the version through their own client, a minute apart from `start` (the secretary last). */
export async function signByAll(
  cast: MinutesCast,
  minutesId: number,
  version: number,
  start: string,
  at: (iso: string) => void,
): Promise<string> {
  let t = Date.parse(start);
  let last = '';
  for (const who of ['chair', 'member', 'coSigner', 'clerk'] as const) {
    at(new Date(t).toISOString());
    last = (await (await cast.minutes(who)).sign(minutesId, version)).created;
    t += 60_000;
  }
  return last;
}
