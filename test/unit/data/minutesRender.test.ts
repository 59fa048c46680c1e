import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { minutesDocument, signatureLines } from '../../../src/domain/minutes/document';
import { documentSha256 } from '../../../src/domain/minutes/hash';
import { renderDocx, renderPdf, type PdfMeta, type SignatureRecord } from '../../../src/data/minutes/render';
import { stringsFor } from '../../../src/ui/strings';
import { minutesStrings } from '../../../src/ui/strings/minutes';
import { CHAIR, TOLVAN, novemberMeeting } from '../domain/minutes/record';

/**
 * The minutes of a 71-seat regionfullmäktige meeting (32 sections, five open votes with names) as PDF
 * and Word, read back: the PDF with pdf.js (pdfText.mjs, in a child process), the .docx as the zip it is.
 */
const sv = stringsFor(minutesStrings, 'sv-SE');
const font = (file: string) => new Uint8Array(readFileSync(join(__dirname, '../../../node_modules/dejavu-fonts-ttf/ttf', file)));
const fonts = { regular: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf') };
const CREATED = '2026-11-25T10:00:00.000Z';

const { m } = novemberMeeting();
const record = m.record();
const doc = minutesDocument(record, { wording: sv, public: false });
const nameOf = (id: number) => record.assignments.find((a) => a.personId === id)!.name;

/** The chair has signed version 1, whose bytes had this SHA-256. */
const SIGNED_HASH = documentSha256(new TextEncoder().encode('protokoll version 1'));
const chairSigned: SignatureRecord = {
  personId: CHAIR,
  role: 'chair',
  lines: signatureLines(sv, { name: nameOf(CHAIR), role: 'chair', signedAt: '2026-11-30T13:05:00.000Z', sha256: SIGNED_HASH }),
};
const meta: PdfMeta = { createdAt: CREATED, fonts, signatures: [chairSigned] };

interface ReadBack {
  pages: { text: string; items: { str: string; x: number; y: number }[] }[];
  info: Record<string, unknown>;
  xmp: string | null;
}

const dir = mkdtempSync(join(tmpdir(), 'minutes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readPdf(bytes: Uint8Array): ReadBack {
  const file = join(dir, `${documentSha256(bytes)}.pdf`);
  writeFileSync(file, bytes);
  return JSON.parse(execFileSync(process.execPath, [join(__dirname, 'pdfText.mjs'), file], { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

/** Bytes as Latin-1 text: the PDF's dictionaries are plain, its streams compressed. */
const raw = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

let pdf: Uint8Array;
let back: ReadBack;
beforeAll(async () => {
  pdf = await renderPdf(doc, meta);
  back = readPdf(pdf);
}, 60_000);

const all = () => back.pages.map((p) => p.text).join('\n');
/** The pages on which a text stands. */
const pagesWith = (text: string) => back.pages.flatMap((p, i) => (p.text.includes(text) ? [i + 1] : []));

describe('the minutes as PDF', () => {
  it('holds every section with its number and title, and the index gives the page each begins on', () => {
    // pdf.js reads the two spaces between number and title as one
    for (const s of doc.sections) expect(all()).toContain(`${s.label} ${s.title}`);
    const heading = '§ 62 Regionplan 2027–2029 och budget 2027';
    const [indexPage, sectionPage] = pagesWith(heading);
    expect(sectionPage).toBeGreaterThan(indexPage);
    // the number printed on the index line's height, at the right margin
    const entry = back.pages[indexPage - 1].items.find((i) => i.str.includes('Regionplan 2027–2029'))!;
    const number = back.pages[indexPage - 1].items.find((i) => Math.abs(i.y - entry.y) < 1 && i.x > 400);
    expect(number?.str).toBe(String(sectionPage));
  });

  it('has the region, the body, "Protokoll" and the date on every page, and "Sida N av M"', () => {
    const n = back.pages.length;
    expect(n).toBeGreaterThan(15);
    back.pages.forEach((p, i) => {
      expect(p.text).toContain('Region Norrbotten');
      expect(p.text).toContain('Regionfullmäktige');
      expect(p.text).toContain('24 november 2026');
      expect(p.text).toContain(`Sida ${i + 1} av ${n}`);
    });
  });

  it('prints the votes with every member by name, party and choice', () => {
    const text = all();
    expect(text).toContain('44 ja, 27 nej, 0 avstår, 0 deltar ej');
    expect(text).toContain('35 ja, 35 nej, 1 avstår, 0 deltar ej');
    expect(text).toContain('Rösterna är lika. Ordförandens röst avgör (utslagsröst).');
    // five vote tables of 71 seats each: every member named in each
    expect(text.split('Voteringslista').length - 1).toBe(5);
    expect(text.split(`${nameOf(1033)} M Nej`).length - 1).toBeGreaterThanOrEqual(2);
    expect(text).toContain(`5 ${nameOf(2001)} (ersättare) S Ja`);
    expect(text).toContain('Rasmus Isaksson (S), ersättare för Therese Dahlberg, §§ 68–71');
  });

  it('ends with the signature page: the designated signers, and the signature records given with their SHA-256', () => {
    const last = back.pages[back.pages.length - 1].text;
    expect(last).toContain('Underskrifter');
    expect(last).toContain(`Ordförande: ${nameOf(CHAIR)}`);
    expect(last).toContain(`Justerare: ${nameOf(1040)}`);
    expect(last).toContain('Sekreterare: Maria Lindqvist');
    expect(last).toContain(`Signerat elektroniskt av ${nameOf(CHAIR)}, ordförande`);
    expect(last).toContain('Tid: 30 november 2026 14.05');
    expect(last).toContain(`SHA-256: ${SIGNED_HASH}`);
    // the co-signers have not signed yet
    expect(last.split('Inte signerat än').length - 1).toBe(3);
  });

  it('declares PDF/A-2b in its XMP metadata, with an output intent and every font embedded', () => {
    expect(back.xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(back.xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(back.info).toMatchObject({
      Title: 'Protokoll, Regionfullmäktige, 24 november 2026',
      Language: 'sv-SE',
      PDFFormatVersion: '1.7',
    });
    const text = raw(pdf);
    expect(text).toContain('/OutputIntents');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    const descriptors = text.match(/\/Type \/FontDescriptor[^>]*/g) ?? [];
    expect(descriptors).toHaveLength(2);
    for (const d of descriptors) expect(d).toMatch(/\/FontFile2 \d+ 0 R/);
    // no standard font, which PDF/A would need embedded
    expect(text).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(text).toContain('/StructTreeRoot');
  });

  it('is the same bytes for the same document and time, so a signed hash can be checked against a new rendering', async () => {
    const again = await renderPdf(doc, meta);
    expect(documentSha256(again)).toBe(documentSha256(pdf));
    const later = await renderPdf(doc, { ...meta, createdAt: '2026-11-26T10:00:00.000Z' });
    expect(documentSha256(later)).not.toBe(documentSha256(pdf));
  }, 60_000);

  it('leaves out confidential items and identity numbers in the public version', async () => {
    expect(all()).toContain(TOLVAN);
    expect(all()).toContain('Förvärv av fastighet i Kiruna');
    const pub = readPdf(await renderPdf(minutesDocument(record, { wording: sv, public: true }), meta));
    const text = pub.pages.map((p) => p.text).join('\n');
    expect(text).toContain('§ 65 Sekretess');
    expect(text).toContain('[personnummer borttaget]');
    expect(text).not.toContain('Kiruna');
    expect(text).not.toContain(TOLVAN);
  }, 60_000);
});

describe('the minutes as Word', () => {
  let zip: JSZip;
  const textOf = async (name: string) => {
    const xml = await zip.file(name)!.async('string');
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(' ');
  };
  beforeAll(async () => {
    zip = await JSZip.loadAsync(await renderDocx(doc, meta));
  });

  it('holds the sections, the votes with names and the signature page', async () => {
    const body = await textOf('word/document.xml');
    for (const s of doc.sections) expect(body).toContain(`${s.label}  ${s.title}`);
    expect(body).toContain('44 ja, 27 nej, 0 avstår, 0 deltar ej');
    expect(body).toContain(`${nameOf(1033)} M Nej`);
    expect(body).toContain(`Ordförande: ${nameOf(CHAIR)}`);
    expect(body).toContain(`SHA-256: ${SIGNED_HASH}`);
    expect(body).toContain('Sekreterare: Maria Lindqvist');
  });

  it('has the header on every page and Word page fields for "Sida N av M"', async () => {
    const headers = Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f));
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(headers.length).toBeGreaterThan(0);
    expect(await textOf(headers[0])).toContain('Region Norrbotten');
    const footer = await zip.file(footers[0])!.async('string');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(await textOf(footers[0])).toContain('Sida');
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('Protokoll, Regionfullmäktige, 24 november 2026');
  });
});

describe('loading', () => {
  it('imports neither pdfkit nor docx statically: each renderer loads its library when called (DESIGN §9)', () => {
    for (const file of ['index.ts', 'pdf.ts', 'docx.ts', 'types.ts', 'fonts.ts']) {
      const source = readFileSync(join(__dirname, '../../../src/data/minutes/render', file), 'utf8');
      expect(source).not.toMatch(/^import (?!type\b)[^;]*from '(pdfkit|docx)[^']*';/m);
    }
    expect(readFileSync(join(__dirname, '../../../src/data/minutes/render/pdf.ts'), 'utf8')).toContain("await import('pdfkit')");
    expect(readFileSync(join(__dirname, '../../../src/data/minutes/render/docx.ts'), 'utf8')).toContain("await import('docx')");
  });
});
