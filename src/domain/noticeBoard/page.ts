/**
 * The public notice board as one HTML page (KL 8:9: the region's official notice board, kept
 * clearly apart from other content): no portal navigation, no script, nothing but the notices and
 * the links to their public versions and to the feeds. A pure function of the notices, so the same
 * publisher renders it whether it runs in the local tenant or as an Azure Function.
 *
 * The text is Swedish only, in this module and not in a string table: the board is an official
 * document of the region, published in Swedish (see labels.ts).
 */
import { escapeXml as esc } from './escape';
import { ABOUT_FEEDS_ANCHOR, ATOM_TYPE, JSON_FEED_TYPE } from './feed';
import { KIND_LABEL, PUBLIC_VERSION_TITLE, sectionsText } from './labels';
import type { BoardSite, PublicNotice } from './types';

/** The page's only style, inline; the publisher allows exactly it by its hash (Content-Security-Policy). */
export const BOARD_STYLE = [
  'body{font-family:system-ui,"Segoe UI",Arial,sans-serif;line-height:1.5;margin:0;color:#1b1b1b;background:#fff}',
  'header,main,footer{max-width:48rem;margin:0 auto;padding:1rem}',
  'header{border-bottom:4px solid #00437a}',
  'header p{margin:0;font-weight:600}',
  'article{border:1px solid #767676;border-radius:4px;padding:1rem;margin:1rem 0}',
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}',
  'dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}',
  // a phone: the facts one under the other, no sideways scrolling (WCAG 1.4.10)
  '@media (max-width:36rem){dl{grid-template-columns:1fr;gap:0}dd{margin-bottom:.5rem}}',
  '.text{overflow-wrap:anywhere}',
  '.text{white-space:pre-line}',
  'a{color:#00437a}a:focus{outline:3px solid #1b1b1b;outline-offset:2px}',
].join('');

/** "2 december 2026" for a Swedish date, in a <time> with the date itself for machines. */
function date(d: string): string {
  const shown = new Date(`${d}T12:00:00Z`).toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `<time datetime="${esc(d)}">${esc(shown)}</time>`;
}

function facts(n: PublicNotice): string {
  const rows: [string, string][] = [['Typ av anslag', esc(KIND_LABEL[n.kind])]];
  if (n.bodyName) rows.push(['Organ', esc(n.bodyName)]);
  if (n.meetingDate) rows.push(['Sammanträdesdag', date(n.meetingDate)]);
  if (n.sections.length) rows.push(['Paragrafer', esc(sectionsText(n.sections))]);
  rows.push(['Anslaget', date(n.postedOn)]);
  if (n.removeOn) rows.push(['Tas ned', date(n.removeOn)]);
  if (n.appealEnds) rows.push(['Sista dag att överklaga', date(n.appealEnds)]);
  if (n.minutesLocation) rows.push(['Protokollet förvaras', esc(n.minutesLocation)]);
  return `<dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function article(n: PublicNotice): string {
  const heading = `${n.id}-rubrik`;
  return [
    `<article id="${esc(n.id)}" aria-labelledby="${esc(heading)}">`,
    `<h3 id="${esc(heading)}">${esc(n.title)}</h3>`,
    facts(n),
    n.text ? `<p class="text">${esc(n.text)}</p>` : '',
    n.publicUrl
      ? `<p><a href="${esc(n.publicUrl)}" type="application/pdf" aria-describedby="${esc(heading)}">${esc(PUBLIC_VERSION_TITLE)}</a></p>`
      : '',
    '</article>',
  ].join('');
}

/** The whole page: the notices in the order given (the board's: newest first). */
export function boardPage(notices: readonly PublicNotice[], site: BoardSite): string {
  const list = notices.length ? notices.map(article).join('\n') : '<p>Det finns inga anslag på anslagstavlan just nu.</p>';
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(site.title)}</title>
<meta name="description" content="${esc(site.description)}">
<link rel="alternate" type="${ATOM_TYPE}" title="Anslagstavlan som Atom-flöde" href="${esc(site.atomFeedUrl)}">
<link rel="alternate" type="${JSON_FEED_TYPE}" title="Anslagstavlan som JSON Feed" href="${esc(site.jsonFeedUrl)}">
<style>${BOARD_STYLE}</style>
</head>
<body>
<header><p>Region Norrbotten</p></header>
<main>
<h1>${esc(site.title)}</h1>
<p>Det här är Region Norrbottens officiella anslagstavla enligt 8 kap. 9 § kommunallagen. Här tillkännages justerade protokoll och kungörs regionfullmäktiges sammanträden. Ett tillkännagivande om ett justerat protokoll sitter uppe under hela tiden för att överklaga besluten.</p>
<section aria-labelledby="anslag-rubrik">
<h2 id="anslag-rubrik">Anslag just nu (${notices.length})</h2>
${list}
</section>
<section id="${ABOUT_FEEDS_ANCHOR}" aria-labelledby="${ABOUT_FEEDS_ANCHOR}-rubrik">
<h2 id="${ABOUT_FEEDS_ANCHOR}-rubrik">Anslagstavlan som flöde</h2>
<p>Samma anslag finns som <a href="${esc(site.atomFeedUrl)}">Atom-flöde</a> och som <a href="${esc(site.jsonFeedUrl)}">JSON Feed</a>. I JSON-flödet har varje anslag ett objekt <code>_anslagstavla</code> med fälten typ av anslag (<code>kind</code>), organ (<code>body</code>), sammanträdesdag (<code>meetingDate</code>), anslagsdag (<code>postedOn</code>), dag då anslaget tas ned (<code>removeOn</code>), sista dag att överklaga (<code>appealEnds</code>), paragrafer (<code>sections</code>), var protokollet förvaras (<code>minutesLocation</code>) och länken till protokollets offentliga version (<code>publicVersion</code>). Datum skrivs ÅÅÅÅ-MM-DD.</p>
</section>
</main>
<footer><p>${esc(site.authorName)}</p></footer>
</body>
</html>
`;
}
