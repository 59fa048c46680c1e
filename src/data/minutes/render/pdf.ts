import type { Block, Field, MinutesDocument } from '../../../domain/minutes/document';
import { signatureOf, type PdfMeta } from './types';

/**
 * The minutes as an archival PDF (PDF/A-2b: every font embedded, XMP metadata with the PDF/A
 * identification, an sRGB output intent), tagged so that screen readers follow headings, lists and the
 * vote tables (lag 2018:1937 covers published minutes). pdfkit is loaded when a clerk generates the
 * document, never with the web part (DESIGN §9); its browser build needs no Node polyfills.
 *
 * Every page has the region's header and "Sida N av M"; the index gives each section's page, filled
 * in once the sections are laid out (pages are buffered until the end).
 */

// pdfkit takes the default font as bytes too (its types say a name only); a standard font is never used: PDF/A embeds every font
type Options = Omit<PDFKit.PDFDocumentOptions, 'font'> & { font: Uint8Array };
// a table's structure parent makes it a tagged Table, and its default style may name the font; pdfkit has both, its types not yet
type CellDefaults = PDFKit.Mixins.CellStyle & Pick<PDFKit.Mixins.CellOptions, 'font'>;
type TableOptions = Omit<PDFKit.Mixins.TableOptionsWithData, 'defaultStyle'> & {
  defaultStyle: CellDefaults;
  structParent: PDFKit.PDFStructureElement;
};

const MARGIN = { top: 104, bottom: 64, left: 64, right: 64 };
const SIZE = { title: 20, subtitle: 13, section: 13.5, h3: 11.5, h4: 10.5, body: 10, table: 8.5, furniture: 8.5 };
const GREY = '#555555';
const RULE = '#999999';

export async function renderPdf(doc: MinutesDocument, meta: PdfMeta): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  const created = new Date(meta.createdAt);
  const pdf = new (PDFDocument as unknown as new (o: Options) => PDFKit.PDFDocument)({
    size: 'A4',
    margins: MARGIN,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: doc.language,
    displayTitle: true,
    bufferPages: true,
    font: meta.fonts.regular,
    info: {
      Title: `${doc.title}, ${doc.bodyName}, ${doc.date}`,
      Author: meta.author ?? doc.header[0],
      Subject: doc.header.join(', '),
      Creator: 'Politikerportal',
      CreationDate: created,
      ModDate: created,
    },
  });
  const bytes = collect(pdf);
  const layout = new Layout(pdf, fontKeys(pdf, meta.fonts.bold));
  layout.front(doc);
  const index = layout.index(doc);
  const pages = new Map<number, number>();
  for (const s of doc.sections) {
    layout.keep(60);
    pages.set(s.section, layout.page);
    pdf.outline.addItem(`${s.label} ${s.title}`);
    layout.text(`${s.label}  ${s.title}`, { bold: true, size: SIZE.section, type: 'H2', gap: 6 });
    for (const b of s.blocks) layout.block(b);
    layout.gap(10);
  }
  layout.signatures(doc, meta);
  layout.done();
  layout.indexPages(index, pages);
  layout.furniture(doc);
  pdf.end();
  return bytes;
}

/**
 * The names the two fonts are cached under. pdfkit caches a font given as bytes under its PostScript
 * name, but every new page and every table cell switches back by the source last set: given as bytes
 * or as a registered name, that source is the bytes, and pdfkit parses the whole font file again (that
 * made a 71-seat document take nine seconds). Switching by the PostScript names is a cache hit.
 */
function fontKeys(pdf: PDFKit.PDFDocument, bold: Uint8Array): Fonts {
  const internal = pdf as unknown as { _font: { name: string }; options: { font: unknown } };
  const regular = internal._font.name;
  pdf.font(bold as unknown as string);
  const keys = { regular, bold: internal._font.name };
  pdf.font(regular);
  // new pages set the document's font: by name from now on
  internal.options.font = regular;
  return keys;
}

function collect(pdf: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    pdf.on('data', (c: Uint8Array) => chunks.push(c));
    pdf.on('error', reject);
    pdf.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.byteLength;
      }
      resolve(out);
    });
  });
}

interface Fonts {
  regular: string;
  bold: string;
}

interface TextStyle {
  bold?: boolean;
  size?: number;
  /** The structure type it is tagged with. */
  type?: string;
  color?: string;
  gap?: number;
  indent?: number;
}

interface IndexSpot {
  section: number;
  page: number;
  y: number;
}

/** Lays the document out top to bottom on buffered pages, tagging what it writes. */
class Layout {
  /** The page being written, 0-based. */
  page = 0;
  private readonly root: PDFKit.PDFStructureElement;
  private readonly width: number;

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly fonts: Fonts,
  ) {
    this.root = pdf.struct('Document');
    pdf.addStructure(this.root);
    pdf.on('pageAdded', () => this.page++);
    this.width = pdf.page.width - MARGIN.left - MARGIN.right;
  }

  private get bottom(): number {
    return this.pdf.page.height - MARGIN.bottom;
  }

  /** A new page unless `height` fits below: a heading is never left alone at the foot of a page. */
  keep(height: number): void {
    if (this.pdf.y + height > this.bottom) this.pdf.addPage();
  }

  gap(points: number): void {
    this.pdf.y += points;
  }

  text(text: string, style: TextStyle = {}): void {
    const { pdf } = this;
    pdf
      .font(style.bold ? this.fonts.bold : this.fonts.regular)
      .fontSize(style.size ?? SIZE.body)
      .fillColor(style.color ?? 'black');
    const indent = style.indent ?? 0;
    pdf.text(text, MARGIN.left + indent, pdf.y, {
      width: this.width - indent,
      lineGap: 1.5,
      structParent: this.root,
      structType: style.type ?? 'P',
    });
    pdf.y += style.gap ?? 4;
  }

  block(b: Block): void {
    switch (b.kind) {
      case 'heading':
        this.keep(48);
        return this.text(b.text, { bold: true, size: b.level === 3 ? SIZE.h3 : SIZE.h4, type: b.level === 3 ? 'H3' : 'H4', gap: 3 });
      case 'paragraph':
        return this.text(b.text);
      case 'list':
        return this.list(b.items);
      case 'fields':
        return this.fields(b.rows);
      case 'table':
        return this.table(b.caption, b.columns, b.rows);
    }
  }

  private list(items: readonly string[]): void {
    const { pdf } = this;
    pdf.font(this.fonts.regular).fontSize(SIZE.body).fillColor('black');
    pdf.list([...items], MARGIN.left + 4, pdf.y, {
      width: this.width - 4,
      bulletRadius: 1.6,
      textIndent: 12,
      lineGap: 1.5,
      paragraphGap: 3,
      structParent: this.root,
    });
    pdf.x = MARGIN.left;
    pdf.y += 4;
  }

  /** Label and value side by side, without rules; a row per line, since a table row never breaks across pages. */
  private fields(rows: readonly Field[]): void {
    this.tabulate(
      rows.flatMap((r) =>
        r.lines.map((line, i) => [
          { text: i === 0 ? r.label : '', font: { src: this.fonts.bold, size: SIZE.body } },
          { text: line, font: { src: this.fonts.regular, size: SIZE.body } },
        ]),
      ),
      [165, '*'],
      { border: 0, padding: [2, 4, 2, 0], font: { src: this.fonts.regular, size: SIZE.body } },
    );
  }

  private table(caption: string, columns: readonly string[], rows: readonly (readonly string[])[]): void {
    this.keep(40);
    this.text(caption, { bold: true, size: SIZE.body, type: 'Caption', gap: 2 });
    // a cell's font replaces the default's whole, so each says its size
    const head = columns.map((c) => ({ text: c, type: 'TH' as const, font: { src: this.fonts.bold, size: SIZE.table } }));
    this.tabulate([head, ...rows.map((r) => [...r])], [36, '*', 48, 64], {
      border: [0, 0, 0.4, 0],
      borderColor: RULE,
      padding: [1.5, 4],
      font: { src: this.fonts.regular, size: SIZE.table },
    });
  }

  private tabulate(data: TableOptions['data'], columnStyles: (number | string)[], defaultStyle: CellDefaults): void {
    const { pdf } = this;
    pdf.fillColor('black');
    const options: TableOptions = {
      data,
      columnStyles,
      defaultStyle,
      position: { x: MARGIN.left, y: pdf.y },
      maxWidth: this.width,
      structParent: this.root,
    };
    pdf.table(options as PDFKit.Mixins.TableOptionsWithData);
    pdf.x = MARGIN.left;
    pdf.y += 6;
  }

  front(doc: MinutesDocument): void {
    this.text(doc.title, { bold: true, size: SIZE.title, type: 'H1', gap: 2 });
    this.text(doc.bodyName, { size: SIZE.subtitle, gap: 0 });
    this.text(doc.date, { size: SIZE.subtitle, gap: 14 });
    for (const b of doc.front) this.block(b);
    this.gap(8);
  }

  /** The index without page numbers yet: where each entry's number goes. */
  index(doc: MinutesDocument): IndexSpot[] {
    const { pdf } = this;
    const spots: IndexSpot[] = [];
    this.keep(60);
    this.text(doc.index.heading, { bold: true, size: SIZE.h3, type: 'H2', gap: 4 });
    for (const e of doc.index.entries) {
      const line = `${e.label}  ${e.title}`;
      pdf.font(this.fonts.regular).fontSize(SIZE.body);
      this.keep(pdf.heightOfString(line, { width: this.width - 40 }) + 2);
      spots.push({ section: e.section, page: this.page, y: pdf.y });
      pdf.text(line, MARGIN.left, pdf.y, { width: this.width - 40, lineGap: 1.5, structParent: this.root, structType: 'P' });
      pdf.y += 2;
    }
    // the sections begin on a page of their own
    if (doc.sections.length) pdf.addPage();
    return spots;
  }

  /** The signature page: each designated signer with room for the signature record the signing step adds. */
  signatures(doc: MinutesDocument, meta: PdfMeta): void {
    const { pdf } = this;
    pdf.addPage();
    this.text(doc.signing.heading, { bold: true, size: SIZE.section, type: 'H2', gap: 6 });
    this.text(doc.signing.intro, { gap: 12 });
    for (const s of doc.signing.signers) {
      const lines = signatureOf(meta, s);
      const height = 34 + 14 * Math.max(lines?.length ?? 1, 3);
      this.keep(height + 12);
      const top = pdf.y;
      pdf.markContent('Artifact', { type: 'Layout' });
      pdf.lineWidth(0.6).strokeColor(RULE).rect(MARGIN.left, top, this.width, height).stroke();
      pdf.endMarkedContent();
      pdf.y = top + 8;
      this.text(`${s.roleLabel}: ${s.name}`, { bold: true, indent: 10, gap: 4 });
      if (lines) for (const l of lines) this.text(l, { size: SIZE.table, indent: 10, gap: 1 });
      else this.text(doc.signing.unsigned, { color: GREY, indent: 10 });
      pdf.y = top + height + 12;
    }
  }

  /** Closes the document's structure before the furniture, which is not part of it. */
  done(): void {
    this.root.end();
  }

  indexPages(spots: readonly IndexSpot[], pages: ReadonlyMap<number, number>): void {
    for (const spot of spots) {
      const page = pages.get(spot.section);
      if (page === undefined) continue;
      this.artifact(spot.page, () => {
        this.pdf.font(this.fonts.regular).fontSize(SIZE.body).fillColor('black');
        this.pdf.text(String(page + 1), MARGIN.left, spot.y, { width: this.width, align: 'right', lineBreak: false });
      });
    }
  }

  /** The header and the page number on every page, as artifacts (not read as content). */
  furniture(doc: MinutesDocument): void {
    const { pdf } = this;
    const range = pdf.bufferedPageRange();
    const [region, ...rest] = doc.header;
    const { before, between, after } = doc.page;
    for (let i = range.start; i < range.start + range.count; i++) {
      this.artifact(i, () => {
        pdf
          .font(this.fonts.bold)
          .fontSize(11)
          .fillColor('black')
          .text(region, MARGIN.left, 40, { width: this.width / 2, lineBreak: false });
        pdf.font(this.fonts.regular).fontSize(SIZE.furniture).fillColor(GREY);
        rest.forEach((line, n) =>
          pdf.text(line, MARGIN.left + this.width / 2, 40 + n * 11, { width: this.width / 2, align: 'right', lineBreak: false }),
        );
        pdf
          .lineWidth(0.6)
          .strokeColor(RULE)
          .moveTo(MARGIN.left, 80)
          .lineTo(MARGIN.left + this.width, 80)
          .stroke();
        const number = `${before}${i - range.start + 1}${between}${range.count}${after}`;
        pdf.text(number, MARGIN.left, pdf.page.height - 40, { width: this.width, align: 'right', lineBreak: false });
      });
    }
  }

  private artifact(page: number, draw: () => void): void {
    const { pdf } = this;
    pdf.switchToPage(page);
    // writing in the margins must not break to a new page
    const margins = { ...pdf.page.margins };
    pdf.page.margins.bottom = 0;
    pdf.markContent('Artifact', { type: 'Pagination' });
    draw();
    pdf.endMarkedContent();
    pdf.page.margins = margins;
  }
}
