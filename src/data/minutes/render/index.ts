/**
 * The minutes' files. Importing this module loads neither pdfkit nor docx: each renderer loads its
 * library with a dynamic `import()` when called, so web parts stay within their budget (DESIGN §9).
 */
export { renderPdf } from './pdf';
export { renderDocx } from './docx';
export { FONT_FILES, fetchFonts } from './fonts';
export type { MinutesFonts, PdfMeta, RenderMeta, SignatureRecord } from './types';
