import { minutesDocument, signatureLines, type MinutesDocument, type MinutesRecord } from '../../domain/minutes/document';
import type { RepoContext } from '../repositories/site';
import { readMinutesRecord } from './record';
import { minutesRefusal } from './refusal';
import { fetchFonts, renderDocx, renderPdf, type MinutesFonts } from './render';
import type { GenerateOptions, GeneratedMinutes } from './types';

/** Fonts fetched once per base URL for the page's life: 1.4 MB, the same for every meeting. */
const fetched = new Map<string, Promise<MinutesFonts>>();

function fontsFor(options: GenerateOptions, assetsUrl: string): Promise<MinutesFonts> {
  const given = options.fonts;
  if (typeof given === 'function') return given();
  if (given) return Promise.resolve(given);
  const base = options.fontsBaseUrl ?? `${assetsUrl}fonts/`;
  let p = fetched.get(base);
  if (!p) {
    p = fetchFonts(base);
    // a failed fetch is tried again next time
    p.catch(() => fetched.delete(base));
    fetched.set(base, p);
  }
  return p;
}

/**
 * Reads the meeting's record and renders its minutes as PDF and Word. The fonts load alongside the
 * record; the renderers load their libraries when called (`render/`). Only the body's clerks and the
 * site owners keep its minutes (as for freezing): anyone else is refused before the record is read.
 */
export async function generateMinutes(
  ctx: RepoContext,
  meetingId: number,
  options: GenerateOptions,
  assetsUrl = '',
): Promise<GeneratedMinutes> {
  const me = ctx.user.siteUserId;
  let fontsP: Promise<MinutesFonts> | undefined;
  const record = await readMinutesRecord(ctx, meetingId, (head) => {
    if (!head.clerkIds.includes(me) && !head.ownerIds.includes(me))
      throw minutesRefusal('notMinutesClerk', `Only the clerks of body ${head.body.Id} and the site owners generate its minutes.`);
    // allowed: the fonts load while the record is read
    fontsP = fontsFor(options, assetsUrl);
    fontsP.catch(() => undefined);
  });
  const doc = documentOf(record, options);
  const createdAt = ctx.now().toISOString();
  const fonts = await (fontsP ?? fontsFor(options, assetsUrl));
  // the archival copy of signed minutes: each counted signature under its signer, with the SHA-256 of the version signed
  const signatures = (options.signed ?? []).flatMap((sig) => {
    const signer = doc.signing.signers.find((x) => x.personId === sig.personId && x.role === sig.role);
    return signer
      ? [{ personId: sig.personId, role: sig.role, lines: signatureLines(options.wording, { ...sig, name: signer.name }) }]
      : [];
  });
  const [pdf, docx] = await Promise.all([renderPdf(doc, { createdAt, fonts, signatures }), renderDocx(doc, { createdAt, signatures })]);
  return { pdf, docx, sections: doc.sections.map((s) => s.section), index: [...doc.index.entries], problems: [...doc.problems] };
}

function documentOf(record: MinutesRecord, options: GenerateOptions): MinutesDocument {
  try {
    return minutesDocument(record, { wording: options.wording, public: options.public, sections: options.sections });
  } catch (e) {
    // an extract of sections the minutes do not have (the domain says which)
    if (e instanceof RangeError) throw minutesRefusal('sectionsInvalid', e.message);
    throw e;
  }
}
