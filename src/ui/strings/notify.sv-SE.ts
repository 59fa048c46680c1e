import type { NotifyStrings } from './notify';
import { intlFor } from './intl';

const { list } = intlFor('sv-SE');
const because = (cause: string | null): string => (cause ? ` (${cause.replace(/\.$/, '')})` : '');

export const sv: NotifyStrings = {
  clerksMailed: (names) => `${list(names)} har fått e-post om det.`,
  substitutesMailed: (names) => `${list(names)} har fått e-post om att inkallelsen återkallas.`,
  saved: { reported: 'Förhindret är sparat', withdrawn: 'Återkallelsen är sparad' },
  warnings: {
    noClerks: (saved) =>
      `${saved}, men organet har ingen sekreterare angiven som kan få e-post om det. Meddela sekreteraren på annat sätt.`,
    clerkMailFailed: (saved, names, cause) =>
      `${saved}, men e-postmeddelandet till sekreteraren${names.length ? ` ${list(names)}` : ''} kunde inte skickas${because(cause)}. Meddela sekreteraren på annat sätt.`,
    substituteMailFailed: (saved, names, cause) =>
      `${saved}, men ${list(names)} kunde inte få e-post om att inkallelsen återkallas${because(cause)}. Meddela ersättaren på annat sätt eller be sekreteraren göra det.`,
  },
};
