import type { MinutesFonts } from './types';

/**
 * The font the PDF embeds: DejaVu Sans (npm `dejavu-fonts-ttf`, free licence), which covers Swedish,
 * Finnish, Meänkieli and the Sami letters. The hosts serve its two files beside their bundles, so the
 * portal never downloads a font from the internet and the JavaScript does not carry 1.4 MB of it.
 */
export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/** Reads the fonts from the folder the host serves them in (e.g. its assets URL). */
export async function fetchFonts(baseUrl: string, get: typeof fetch = fetch): Promise<MinutesFonts> {
  const one = async (file: string): Promise<Uint8Array> => {
    const res = await get(new URL(file, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString());
    if (!res.ok) throw new Error(`font ${file}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
  const [regular, bold] = await Promise.all([one(FONT_FILES.regular), one(FONT_FILES.bold)]);
  return { regular, bold };
}
