import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx, renderPdf } from '../../src/data/minutes/render';
import { minutesDocument } from '../../src/domain/minutes/document';
import { stringsFor } from '../../src/ui/strings';
import { minutesStrings } from '../../src/ui/strings/minutes';
import { novemberMeeting } from '../unit/domain/minutes/record';

/**
 * Issue #12's number: the minutes of a 71-seat regionfullmäktige meeting (33 items, one withdrawn,
 * five open votes with every member's choice) made from its record as PDF/A and Word, as the clerk's
 * browser does after reading the lists. Returns median and worst of `runs`, and the sizes.
 */
/** The PDF's fonts as the hosts serve them, from the package. */
export function minutesFonts(): { regular: Uint8Array; bold: Uint8Array } {
  const font = (file: string) => new Uint8Array(readFileSync(join(__dirname, '../../node_modules/dejavu-fonts-ttf/ttf', file)));
  return { regular: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf') };
}

export async function minutesBench(
  runs = 5,
): Promise<{ p50: number; max: number; pdf: number; docx: number; sections: number; pages: number }> {
  const fonts = minutesFonts();
  const record = novemberMeeting().m.record();
  const wording = stringsFor(minutesStrings, 'sv-SE');
  const times: number[] = [];
  let pdf = new Uint8Array();
  let docx = new Uint8Array();
  let sections = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const doc = minutesDocument(record, { wording, public: false });
    const createdAt = new Date().toISOString();
    [pdf, docx] = await Promise.all([renderPdf(doc, { createdAt, fonts }), renderDocx(doc, { createdAt })]);
    times.push(performance.now() - t0);
    sections = doc.sections.length;
  }
  times.sort((a, b) => a - b);
  // pages: the PDF's page objects
  const pages = (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page[^s]/g) ?? []
  ).length;
  return {
    p50: times[Math.floor(times.length / 2)],
    max: times[times.length - 1],
    pdf: pdf.byteLength,
    docx: docx.byteLength,
    sections,
    pages,
  };
}
