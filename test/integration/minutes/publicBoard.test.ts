import { standaloneSp } from '../../../src/data/hosts/standalone';
import type { GeneratedMinutes } from '../../../src/data/minutes/types';
import { BOARD_ACCOUNT_UPN } from '../../../tools/local-tenant/src/seed/boardAccount';
import { stringsFor } from '../../../src/ui/strings';
import { minutesStrings } from '../../../src/ui/strings/minutes';
import { seededRegion } from '../../support/region';
import { answer, castRfMeeting, list, signByAll, WEB, type MinutesCast } from './cast';
import { FONTS, pdfPages, recordMeeting, type RecordedMeeting } from './recorded';

const ANCHOR = '2026-12-01';
const sv = stringsFor(minutesStrings, 'sv-SE');

interface FeedItem {
  id: string;
  title: string;
  content_text: string;
  attachments?: { url: string; mime_type: string }[];
  _anslagstavla: {
    kind: string;
    body: string;
    meetingDate: string | null;
    postedOn: string;
    removeOn: string | null;
    appealEnds: string | null;
    sections: number[];
    publicVersion: string | null;
  };
}

/**
 * The public notice board (anslagstavlan, KL 8:9–12) as the public meets it: `/anslagstavla/` of
 * the local tenant, fetched without signing in, published by the board's read-only service
 * account through the real reader. A recorded RF meeting with a confidential item is signed and
 * posted with its public version; the page, both feeds and the public PDF show it with the right
 * dates; nothing else of the library is served; rows of anyone but RF's staff change nothing; the
 * assembly's announcement is there too; taken down, the notice leaves the board.
 */
describe('the public notice board of the local tenant', () => {
  // a running clock that tests move: the server stamps with it, and the board reads the day from it
  let base = Date.parse('2026-12-01T07:00:00Z');
  let since = Date.now();
  const now = (): Date => new Date(base + (Date.now() - since));
  const at = (iso: string): void => {
    base = Date.parse(iso);
    since = Date.now();
  };
  const t = seededRegion(ANCHOR, { now });
  let cast: MinutesCast;
  let rec: RecordedMeeting;
  let full: GeneratedMinutes;
  let pub: GeneratedMinutes;
  let minutesId = 0;
  let fullUrl = '';

  const board = (path = '', init?: RequestInit) => fetch(`${t.tenant.url}/anslagstavla/${path}`, init);
  const feedItems = async (): Promise<FeedItem[]> => ((await (await board('feed.json')).json()) as { items: FeedItem[] }).items;
  const minutesItems = async () => (await feedItems()).filter((i) => i._anslagstavla.kind === 'minutes');

  beforeAll(async () => {
    cast = await castRfMeeting(t, `${ANCHOR}T00:00:00Z`);
    rec = await recordMeeting(cast, (upn) => standaloneSp(t.siteUrl, () => t.token(upn)));
    const clerk = await cast.minutes('clerk');
    const options = { wording: sv, fontsBaseUrl: 'https://example.invalid/fonts/', fonts: FONTS };
    full = await clerk.generate(cast.meetingId, { ...options, public: false });
    pub = await clerk.generate(cast.meetingId, { ...options, public: true });
    const frozen = await clerk.freezeVersion(cast.meetingId, full.pdf, { sections: full.sections, immediate: false });
    minutesId = frozen.minutesId;
    fullUrl = frozen.url;
    await signByAll(cast, minutesId, 1, '2026-12-01T09:00:00Z', at);
  }, 180_000);

  it('is empty before anything is posted, and readable without signing in', async () => {
    const res = await board();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d{1,3}$/);
    const html = await res.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Anslagstavla – Region Norrbotten</h1>');
    expect(html).toContain('Det finns inga anslag');
    expect(await minutesItems()).toEqual([]);
    // the board's address without its slash leads to it
    expect((await fetch(`${t.tenant.url}/anslagstavla`, { redirect: 'manual' })).headers.get('location')).toBe('/anslagstavla/');
  });

  it('shows the posted notice on the page and in both feeds, with the dates of KL 8:12 and 13:5', async () => {
    at('2026-12-02T08:00:00Z');
    const posted = await (await cast.minutes('clerk')).postNotice(minutesId, pub.pdf);
    expect(posted).toMatchObject({ postedOn: '2026-12-02', appealEnds: '2026-12-23', removeOn: '2026-12-24' });

    const json = await board('feed.json');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    expect(json.headers.get('access-control-allow-origin')).toBe('*');
    const items = await minutesItems();
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item._anslagstavla).toMatchObject({
      body: 'Regionfullmäktige',
      postedOn: '2026-12-02',
      removeOn: '2026-12-24',
      appealEnds: '2026-12-23',
      sections: full.sections,
    });
    expect(item.content_text).toContain('förvaltningsrätten');
    expect(item.attachments).toEqual([expect.objectContaining({ mime_type: 'application/pdf', url: item._anslagstavla.publicVersion })]);
    expect(item._anslagstavla.publicVersion).toMatch(new RegExp(`^${t.tenant.url}/anslagstavla/protokoll/[^/]+-v1\\.pdf$`));

    const atom = await board('feed.atom');
    expect(atom.status).toBe(200);
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(atom.headers.get('access-control-allow-origin')).toBe('*');
    const xml = await atom.text();
    expect(xml).toContain(`<id>${item.id}</id>`);
    expect(xml).toContain('<summary type="text">Anslaget 2026-12-02. Tas ned 2026-12-24. Sista dag att överklaga 2026-12-23.</summary>');
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${t.tenant.url}/anslagstavla/feed.atom"/>`);

    const html = await (await board()).text();
    expect(html).toContain(`<article id="${item.id.split('/').pop()}"`);
    expect(html).toContain('<dt>Sista dag att överklaga</dt><dd><time datetime="2026-12-23">23 december 2026</time></dd>');
  });

  it('serves the public version to anyone, and nothing else of the library', async () => {
    const [item] = await minutesItems();
    const res = await fetch(item._anslagstavla.publicVersion!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes).toEqual(pub.pdf);
    // the public version, not the full minutes: the confidential item is left out
    const text = pdfPages(bytes).join('\n');
    expect(text).not.toContain(rec.confidential.title);
    expect(pdfPages(full.pdf).join('\n')).toContain(rec.confidential.title);

    // the full version: not from SharePoint without signing in, not through the board by any name
    expect((await fetch(`${t.tenant.url}${fullUrl}`)).status).toBe(401);
    const [folder, file] = fullUrl.split('/').slice(-2);
    for (const path of [
      `protokoll/${file}`,
      `protokoll/..%2F${folder}%2F${file}`,
      `protokoll/${encodeURIComponent(`../${folder}/${file}`)}`,
      `protokoll/%2e%2e/${folder}/${file}`,
      `protokoll/${folder}/${file}`,
      'protokoll/',
      'nothing-here',
    ])
      expect({ path, status: (await board(path)).status }).toEqual({ path, status: 404 });
    // a file another body's clerk put in Offentliga is no public version of RF's
    await cast
      .sp('lena')
      .web.getFolderByServerRelativePath(`${WEB}/Minutes/Offentliga`)
      .files.addUsingPath('falsk.pdf', new TextEncoder().encode('%PDF-1.4 falsk').buffer as ArrayBuffer, { Overwrite: false });
    expect((await board('protokoll/falsk.pdf')).status).toBe(404);
    expect((await board('feed.json', { method: 'POST', body: '{}' })).status).toBe(405);
  });

  it('reads as a service account that may read only: not the full minutes, and writes nothing', async () => {
    const account = t.tenant.context.directory.userByUpn(BOARD_ACCOUNT_UPN)!;
    const sp = standaloneSp(t.siteUrl, () => t.tenant.context.tokens.issue(account).token);
    expect(await answer(sp.web.getFileByServerRelativePath(fullUrl).getBuffer())).toBe(404);
    expect(await answer(list(sp, 'NoticeBoard').items.add({ Title: 'x', NoticeKind: 'Övrigt' }))).toBe(403);
    expect(await answer(list(sp, 'Bodies').items.getById(1).update({ Title: 'x' }))).toBe(403);
    expect(await answer(list(sp, 'Signatures').items.select('Id')())).toBe(403);
  });

  it("keeps rows of anyone but RF's staff off the board: a member cannot write one, another body's clerk's are ignored", async () => {
    const before = await minutesItems();
    const [item] = before;
    const raw = (who: 'member' | 'lena', event: 'Anslaget' | 'Nedtaget') =>
      list(cast.sp(who), 'NoticeBoard').items.add({
        Title: `${event}: protokoll`,
        MeetingId: cast.meetingId,
        NoticeKind: 'Justerat protokoll',
        NoticeEvent: event,
        MinutesDocumentId: minutesId,
        Content: 'Falskt anslag',
        PublicVersion: `${WEB}/Minutes/Offentliga/falsk.pdf`,
      });
    expect(await answer(raw('member', 'Anslaget'))).toBe(403);
    expect(await answer(raw('member', 'Nedtaget'))).toBe(403);
    // RUN's clerk may add to the board, but neither posts nor takes down RF's minutes
    expect(await answer(raw('lena', 'Nedtaget'))).toBe('written');
    expect(await answer(raw('lena', 'Anslaget'))).toBe('written');
    expect(await minutesItems()).toEqual(before);
    expect(item._anslagstavla.postedOn).toBe('2026-12-02');
  });

  it("shows RF's announcement of its next meeting beside the notices", async () => {
    at('2026-12-03T08:00:00Z');
    const owner = cast.sp('owner');
    const [rf] = await list(owner, 'Bodies').items.filter("BodyCode eq 'RF'").select('Id')<{ Id: number }[]>();
    const [next] = await list(owner, 'Meetings')
      .items.filter(`BodyId eq ${rf.Id} and StartTime gt datetime'2026-12-03T08:00:00Z'`)
      .select('Id', 'StartTime')
      .orderBy('StartTime', true)
      .top(1)<{ Id: number; StartTime: string }[]>();
    await (await cast.services('clerk')).clerk.publishNotice(next.Id);
    const items = await feedItems();
    const announced = items.filter((i) => i._anslagstavla.kind === 'meetingAnnouncement');
    expect(announced).toHaveLength(1);
    expect(announced[0]._anslagstavla).toMatchObject({
      body: 'Regionfullmäktige',
      postedOn: '2026-12-03',
      meetingDate: next.StartTime.slice(0, 10),
      removeOn: next.StartTime.slice(0, 10),
      appealEnds: null,
    });
    // newest first: the announcement, then the notice of 2 December
    expect(items.map((i) => i._anslagstavla.kind)).toEqual(['meetingAnnouncement', 'minutes']);
    expect(await (await board('feed.atom')).text()).toContain('<category term="meetingAnnouncement" label="Kungörelse"/>');
  });

  it('takes the notice off the board when it comes down after the appeal period; its public version stays public', async () => {
    at('2026-12-24T08:00:00Z');
    const [item] = await minutesItems();
    expect(item._anslagstavla.postedOn).toBe('2026-12-02');
    await (await cast.minutes('clerk')).takeDownNotice(minutesId);
    expect(await minutesItems()).toEqual([]);
    expect(await (await board('feed.atom')).text()).not.toContain(item.id);
    expect(await (await board()).text()).not.toContain(item.title);
    expect((await fetch(item._anslagstavla.publicVersion!)).status).toBe(200);
  });
});
