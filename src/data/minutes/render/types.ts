import type { SignerRole } from '../../../domain/minutes/types';

/**
 * What a rendering needs besides the document (`minutesDocument`): when the file is made, and the
 * signature records the signing step adds to the signature page (worded by `signatureLines`).
 */
export interface RenderMeta {
  /** Server time the file is made (ISO): its metadata says it, so the same document and time give the same PDF bytes. */
  createdAt: string;
  /** The document's author in the metadata; the region by default. */
  author?: string;
  signatures?: readonly SignatureRecord[];
}

/** One signature on the signature page, under the signer it belongs to. */
export interface SignatureRecord {
  personId: number;
  role: SignerRole;
  /** Name, role, time and SHA-256, as `signatureLines` words them. */
  lines: readonly string[];
}

/** TrueType fonts the PDF embeds (PDF/A allows no font that is not embedded). */
export interface MinutesFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface PdfMeta extends RenderMeta {
  fonts: MinutesFonts;
}

/** The signature lines of one designated signer, if the signing step has added them. */
export function signatureOf(meta: RenderMeta, signer: { personId: number; role: SignerRole }): readonly string[] | null {
  return meta.signatures?.find((s) => s.personId === signer.personId && s.role === signer.role)?.lines ?? null;
}
