import { JSDOM } from 'jsdom';
import { noticesOnBoard } from '../../../../src/domain/noticeBoard/current';
import { escapeXml } from '../../../../src/domain/noticeBoard/escape';
import { atomFeed, jsonFeed } from '../../../../src/domain/noticeBoard/feed';
import { boardPage } from '../../../../src/domain/noticeBoard/page';
import type { PublicNotice } from '../../../../src/domain/noticeBoard/types';
import { announcement, board, row, site } from './builders';

const { DOMParser } = new JSDOM().window;
const ATOM = 'http://www.w3.org/2005/Atom';

/** A posted minutes notice and an announcement whose texts try to break out of the markup. */
function notices(): PublicNotice[] {
  const minutes = row({ at: '2026-12-02T08:00:00Z', text: 'Beslut om <script>alert("x")</script> & "citat" \u0007klart' });
  const a = announcement('2026-12-01', '2026-12-15', { meetingId: 101, title: 'Kungörelse: <b>Regionfullmäktige</b> & "december"' });
  return noticesOnBoard(board([minutes, a]), '2026-12-02');
}

function atomDoc(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}
const child = (el: Element, name: string): Element | undefined =>
  [...el.children].find((c) => c.localName === name && c.namespaceURI === ATOM);

describe('the feeds of the notice board', () => {
  it('escapes < & " and drops what XML cannot carry at all', () => {
    expect(escapeXml(`<a href="x">T&'s</a>\u0000\u0008\uFFFE ok`)).toBe('&lt;a href=&quot;x&quot;&gt;T&amp;&#39;s&lt;/a&gt; ok');
    expect(escapeXml('Luleå ✓ 😀')).toBe('Luleå ✓ 😀');
  });

  it('is Atom 1.0: a well-formed feed with its id, title, updated, self and alternate links, and entries newest first', () => {
    const ns = notices();
    const xml = atomFeed(ns, site);
    const feed = atomDoc(xml).documentElement;
    expect(feed.namespaceURI).toBe(ATOM);
    expect(child(feed, 'id')?.textContent).toBe('tag:norrbotten.se,2026:anslagstavla');
    expect(child(feed, 'title')?.textContent).toBe(site.title);
    expect(child(feed, 'updated')?.textContent).toBe('2026-12-02T08:00:00Z');
    const links = [...feed.children].filter((c) => c.localName === 'link').map((l) => [l.getAttribute('rel'), l.getAttribute('href')]);
    expect(links).toEqual([
      ['self', site.atomFeedUrl],
      ['alternate', site.boardUrl],
      ['alternate', site.jsonFeedUrl],
    ]);
    const entries = [...feed.children].filter((c) => c.localName === 'entry');
    expect(entries.map((e) => child(e, 'id')?.textContent)).toEqual(ns.map((n) => `tag:norrbotten.se,2026:anslagstavla/${n.id}`));
    const [minutes, a] = entries;
    // the text comes back exactly, less the control character XML forbids; nothing became markup
    expect(child(minutes, 'content')?.getAttribute('type')).toBe('text');
    expect(child(minutes, 'content')?.textContent).toBe('Beslut om <script>alert("x")</script> & "citat" klart');
    expect(minutes.getElementsByTagName('script')).toHaveLength(0);
    expect(child(minutes, 'published')?.textContent).toBe('2026-12-02T08:00:00Z');
    expect(child(minutes, 'summary')?.textContent).toBe('Anslaget 2026-12-02. Tas ned 2026-12-24. Sista dag att överklaga 2026-12-23.');
    const pdf = [...minutes.children].find((c) => c.localName === 'link' && c.getAttribute('rel') === 'enclosure');
    expect(pdf?.getAttribute('type')).toBe('application/pdf');
    expect(pdf?.getAttribute('href')).toBe(ns[0].publicUrl);
    expect(child(a, 'title')?.textContent).toBe('Kungörelse: <b>Regionfullmäktige</b> & "december"');
    expect([...a.children].some((c) => c.getAttribute('rel') === 'enclosure')).toBe(false);
  });

  it('is dated by the site when there is nothing on the board', () => {
    const feed = atomDoc(atomFeed([], site)).documentElement;
    expect(child(feed, 'updated')?.textContent).toBe(site.asOf);
    expect(jsonFeed([], site).items).toEqual([]);
  });

  it('is JSON Feed 1.1 with the structured fields in its _anslagstavla extension', () => {
    const ns = notices();
    const feed = JSON.parse(JSON.stringify(jsonFeed(ns, site)));
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: site.title,
      home_page_url: site.boardUrl,
      feed_url: site.jsonFeedUrl,
      language: 'sv',
    });
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual(ns.map((n) => `tag:norrbotten.se,2026:anslagstavla/${n.id}`));
    expect(feed.items[0]).toMatchObject({
      url: `${site.boardUrl}#${ns[0].id}`,
      content_text: ns[0].text,
      date_published: '2026-12-02T08:00:00Z',
      tags: ['Justerat protokoll'],
      attachments: [{ url: ns[0].publicUrl, mime_type: 'application/pdf' }],
      _anslagstavla: {
        about: `${site.boardUrl}#om-flodena`,
        kind: 'minutes',
        body: 'Regionfullmäktige',
        meetingDate: '2026-11-24',
        postedOn: '2026-12-02',
        removeOn: '2026-12-24',
        appealEnds: '2026-12-23',
        sections: [1, 2, 3],
        publicVersion: ns[0].publicUrl,
      },
    });
    expect(feed.items[1]).toMatchObject({ tags: ['Kungörelse'], _anslagstavla: { kind: 'meetingAnnouncement', appealEnds: null } });
    expect(feed.items[1].attachments).toBeUndefined();
  });
});

describe('the page of the notice board', () => {
  const parse = (html: string) => new JSDOM(html).window.document;

  it('is one Swedish page with one h1, a notice per article with its dates, and the feeds linked', () => {
    const ns = notices();
    const doc = parse(boardPage(ns, site));
    expect(doc.documentElement.lang).toBe('sv');
    expect([...doc.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Anslagstavla – Region Norrbotten']);
    expect(doc.querySelector('main p')?.textContent).toContain('8 kap. 9 § kommunallagen');
    expect([...doc.querySelectorAll('head link[rel=alternate]')].map((l) => l.getAttribute('type'))).toEqual([
      'application/atom+xml',
      'application/feed+json',
    ]);
    // kept apart from the portal: no navigation, no script
    expect(doc.querySelectorAll('nav, script')).toHaveLength(0);
    const articles = [...doc.querySelectorAll('article')];
    expect(articles.map((a) => a.id)).toEqual(ns.map((n) => n.id));
    const facts = (a: Element) =>
      Object.fromEntries([...a.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(facts(articles[0])).toMatchObject({
      Organ: 'Regionfullmäktige',
      Paragrafer: '§ 1, 2, 3',
      Anslaget: '2 december 2026',
      'Tas ned': '24 december 2026',
      'Sista dag att överklaga': '23 december 2026',
    });
    expect(articles[0].querySelector('time')?.getAttribute('datetime')).toBe('2026-11-24');
    expect(articles[0].querySelector('a[type="application/pdf"]')?.getAttribute('href')).toBe(ns[0].publicUrl);
    // the texts stay text
    expect(articles[0].querySelector('.text')?.textContent).toContain('<script>alert("x")</script>');
    expect(articles[1].querySelector('h3')?.textContent).toBe('Kungörelse: <b>Regionfullmäktige</b> & "december"');
    expect(articles[1].querySelector('b')).toBeNull();
  });

  it('says so when the board is empty', () => {
    const doc = parse(boardPage([], site));
    expect(doc.querySelectorAll('article')).toHaveLength(0);
    expect(doc.body.textContent).toContain('Det finns inga anslag');
  });
});
