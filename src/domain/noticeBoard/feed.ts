/**
 * The board as machine-readable feeds for the region's website and anyone else: JSON Feed 1.1
 * (https://jsonfeed.org/version/1.1) and Atom 1.0 (RFC 4287). The structured fields of a notice
 * (its dates, sections, where the minutes are kept) travel in the JSON Feed extension
 * `_anslagstavla`, as the spec allows for keys starting with an underscore; Atom carries the
 * notice's text, its dates as `published`/`updated` and the public version as an enclosure.
 * Entry ids are tag URIs (RFC 4151) from the notice's id: the same notice keeps its id for good.
 */
import { escapeXml } from './escape';
import { KIND_LABEL, PUBLIC_VERSION_TITLE } from './labels';
import type { BoardSite, PublicNotice } from './types';

export const JSON_FEED_TYPE = 'application/feed+json';
export const ATOM_TYPE = 'application/atom+xml';

/** The anchor of the board page's section that describes the feeds' fields. */
export const ABOUT_FEEDS_ANCHOR = 'om-flodena';

const tagBase = (site: BoardSite): string => `tag:${site.tagAuthority},${site.tagDate}:anslagstavla`;
export const entryId = (site: BoardSite, n: PublicNotice): string => `${tagBase(site)}/${n.id}`;
export const noticeUrl = (site: BoardSite, n: PublicNotice): string => `${site.boardUrl}#${n.id}`;

/** One line on when: "Anslaget 2026-12-02. Tas ned 2026-12-24. Sista dag att överklaga 2026-12-23." */
export function datesSummary(n: PublicNotice): string {
  return [
    `Anslaget ${n.postedOn}.`,
    n.removeOn ? `Tas ned ${n.removeOn}.` : '',
    n.appealEnds ? `Sista dag att överklaga ${n.appealEnds}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** What the extension `_anslagstavla` holds per item. */
export interface NoticeExtension {
  about: string;
  kind: PublicNotice['kind'];
  body: string;
  meetingDate: string | null;
  postedOn: string;
  removeOn: string | null;
  appealEnds: string | null;
  sections: number[];
  minutesLocation: string | null;
  publicVersion: string | null;
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_text: string;
  summary: string;
  date_published: string;
  date_modified: string;
  language: string;
  tags: string[];
  attachments?: { url: string; mime_type: string; title: string }[];
  _anslagstavla: NoticeExtension;
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string; url: string }[];
  items: JsonFeedItem[];
}

/** The notices as a JSON Feed 1.1 object, in the order given (the board's: newest first). */
export function jsonFeed(notices: readonly PublicNotice[], site: BoardSite): JsonFeed {
  const about = `${site.boardUrl}#${ABOUT_FEEDS_ANCHOR}`;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.title,
    home_page_url: site.boardUrl,
    feed_url: site.jsonFeedUrl,
    description: site.description,
    language: 'sv',
    authors: [{ name: site.authorName, url: site.boardUrl }],
    items: notices.map((n) => ({
      id: entryId(site, n),
      url: noticeUrl(site, n),
      title: n.title,
      content_text: n.text,
      summary: datesSummary(n),
      date_published: n.published,
      date_modified: n.updated,
      language: 'sv',
      tags: [KIND_LABEL[n.kind]],
      ...(n.publicUrl ? { attachments: [{ url: n.publicUrl, mime_type: 'application/pdf', title: PUBLIC_VERSION_TITLE }] } : {}),
      _anslagstavla: {
        about,
        kind: n.kind,
        body: n.bodyName,
        meetingDate: n.meetingDate,
        postedOn: n.postedOn,
        removeOn: n.removeOn,
        appealEnds: n.appealEnds,
        sections: n.sections,
        minutesLocation: n.minutesLocation,
        publicVersion: n.publicUrl,
      },
    })),
  };
}

const el = (name: string, text: string, attrs = ''): string => `<${name}${attrs}>${escapeXml(text)}</${name}>`;
const link = (rel: string, type: string, href: string, title?: string): string =>
  `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"${title ? ` title="${escapeXml(title)}"` : ''}/>`;

/** The latest instant of the entries, else the site's `asOf`. */
function feedUpdated(notices: readonly PublicNotice[], site: BoardSite): string {
  let latest = '';
  let at = -Infinity;
  for (const n of notices) {
    const t = Date.parse(n.updated);
    if (t > at) [at, latest] = [t, n.updated];
  }
  return latest || site.asOf;
}

/** The notices as an Atom 1.0 document (RFC 4287), in the order given. */
export function atomFeed(notices: readonly PublicNotice[], site: BoardSite): string {
  const entries = notices.map((n) =>
    [
      '<entry>',
      el('id', entryId(site, n)),
      el('title', n.title, ' type="text"'),
      el('published', n.published),
      el('updated', n.updated),
      link('alternate', 'text/html', noticeUrl(site, n)),
      n.publicUrl ? link('enclosure', 'application/pdf', n.publicUrl, PUBLIC_VERSION_TITLE) : '',
      `<category term="${n.kind}" label="${escapeXml(KIND_LABEL[n.kind])}"/>`,
      el('summary', datesSummary(n), ' type="text"'),
      el('content', n.text, ' type="text"'),
      '</entry>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    el('id', tagBase(site)),
    el('title', site.title, ' type="text"'),
    el('subtitle', site.description, ' type="text"'),
    el('updated', feedUpdated(notices, site)),
    link('self', ATOM_TYPE, site.atomFeedUrl),
    link('alternate', 'text/html', site.boardUrl),
    link('alternate', JSON_FEED_TYPE, site.jsonFeedUrl),
    `<author>${el('name', site.authorName)}</author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
