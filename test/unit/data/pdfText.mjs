// Reads a PDF back with Mozilla's pdf.js, for test/unit/data/minutesRender.test.ts: pdf.js ships ES modules
// only, which jest's CommonJS runtime cannot load, so the test runs this in a child process.
// Usage: node pdfText.mjs FILE.pdf → JSON { pages: [{ text, items: [{ str, x, y }] }], info, xmp }
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const pdf = await getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const content = await (await pdf.getPage(n)).getTextContent();
  const items = content.items
    .filter((i) => 'str' in i && i.str.trim() !== '')
    .map((i) => ({ str: i.str, x: i.transform[4], y: i.transform[5] }));
  pages.push({ text: items.map((i) => i.str).join(' '), items });
}
const meta = await pdf.getMetadata();
process.stdout.write(JSON.stringify({ pages, info: meta.info, xmp: meta.metadata ? meta.metadata.getRaw() : null }));
