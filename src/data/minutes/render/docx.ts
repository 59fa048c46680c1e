import type { Block, Field, MinutesDocument } from '../../../domain/minutes/document';
import type * as DocxLibrary from 'docx';
import { signatureOf, type RenderMeta } from './types';

/**
 * The minutes as a Word file (the `docx` package), for clerks who edit before freezing a version:
 * the same blocks as the PDF, Word's own headings (so its navigation pane and table of contents work),
 * the region's header and "Sida N av M" from Word's page fields. Loaded only when a clerk asks for it.
 */

// types only: the library itself is loaded by renderDocx
type Docx = typeof DocxLibrary;
type Child = InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>;

const FONT = 'DejaVu Sans';
/** Half-points, as Word counts font sizes. */
const SIZE = { body: 20, table: 17, furniture: 16 };

export async function renderDocx(doc: MinutesDocument, meta: RenderMeta): Promise<Uint8Array> {
  const d = await import('docx');
  const { Document, Footer, Header, Packer, Paragraph, TextRun, PageNumber, AlignmentType, HeadingLevel } = d;
  const p = (text: string, options: { bold?: boolean; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] } = {}) =>
    new Paragraph({ heading: options.heading, spacing: { after: 80 }, children: [new TextRun({ text, bold: options.bold })] });

  const body: Child[] = [
    p(doc.title, { heading: HeadingLevel.TITLE }),
    p(doc.bodyName),
    p(doc.date),
    ...doc.front.flatMap((b) => block(d, b)),
    p(doc.index.heading, { heading: HeadingLevel.HEADING_1 }),
    ...doc.index.entries.map((e) => p(`${e.label}  ${e.title}`)),
  ];
  doc.sections.forEach((s, i) => {
    body.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: i === 0, children: [new TextRun(`${s.label}  ${s.title}`)] }),
    );
    for (const b of s.blocks) body.push(...block(d, b));
  });
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(doc.signing.heading)] }));
  body.push(p(doc.signing.intro));
  for (const s of doc.signing.signers) {
    const lines = signatureOf(meta, s);
    body.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: `${s.roleLabel}: ${s.name}`, bold: true })] }));
    for (const l of lines ?? [doc.signing.unsigned]) body.push(p(l));
  }

  const [region, ...rest] = doc.header;
  const { before, between, after } = doc.page;
  const file = new Document({
    creator: meta.author ?? region,
    title: `${doc.title}, ${doc.bodyName}, ${doc.date}`,
    subject: doc.header.join(', '),
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [new TextRun({ text: region, bold: true }), new TextRun({ text: `\t${rest.join(' · ')}`, size: SIZE.furniture })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ size: SIZE.furniture, children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after] }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.pack(file, 'uint8array');
}

function block(d: Docx, b: Block): Child[] {
  const { Paragraph, TextRun, HeadingLevel } = d;
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: b.level === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: [new TextRun(b.text)] })];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 80 }, children: [new TextRun(b.text)] })];
    case 'list':
      return b.items.map((text) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] }));
    case 'fields':
      return [fields(d, b.rows)];
    case 'table':
      return [new Paragraph({ children: [new TextRun({ text: b.caption, bold: true })] }), table(d, b.columns, b.rows)];
  }
}

const cell = (d: Docx, text: string, o: { bold?: boolean; size?: number; width?: number } = {}) =>
  new d.TableCell({
    width: o.width === undefined ? undefined : { size: o.width, type: d.WidthType.PERCENTAGE },
    children: text.split('\n').map((line) => new d.Paragraph({ children: [new d.TextRun({ text: line, bold: o.bold, size: o.size })] })),
  });

function fields(d: Docx, rows: readonly Field[]) {
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: rows.map(
      (r) => new d.TableRow({ children: [cell(d, r.label, { bold: true, width: 28 }), cell(d, r.lines.join('\n'), { width: 72 })] }),
    ),
  });
}

function table(d: Docx, columns: readonly string[], rows: readonly (readonly string[])[]) {
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: [
      new d.TableRow({ tableHeader: true, children: columns.map((c) => cell(d, c, { bold: true, size: SIZE.table })) }),
      ...rows.map((r) => new d.TableRow({ cantSplit: true, children: r.map((c) => cell(d, c, { size: SIZE.table })) })),
    ],
  });
}
