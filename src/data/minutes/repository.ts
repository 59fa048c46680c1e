import { guarded } from '../errors';
import type { RepoContext } from '../repositories/site';
import { editDecision } from './decisions';
import { myDissents, recordDissent } from './dissentWrites';
import { freezeVersion } from './freeze';
import { generateMinutes } from './generate';
import { postNotice, takeDownNotice } from './notices';
import { documentIn, loadMinutes, meetingOfDocument, readMeetingMinutes, versionBytes } from './reads';
import { minutesRefusal } from './refusal';
import { sign } from './signing';
import type { MinutesRepository } from './types';

/** Minutes, signing and the notice board (DOMAIN §6) through PnPjs; every failure is a DataError with a code. */
export function createMinutesRepository(ctx: RepoContext, assetsUrl = ''): MinutesRepository {
  return {
    get: (meetingId) => guarded(() => readMeetingMinutes(ctx, meetingId)),
    generate: (meetingId, options) => guarded(() => generateMinutes(ctx, meetingId, options, assetsUrl)),
    content: (minutesId, version) =>
      guarded(async () => {
        const doc = documentIn(await loadMinutes(ctx, await meetingOfDocument(ctx, minutesId)), minutesId);
        const v = doc.versions.find((x) => x.version === version);
        if (!v) throw minutesRefusal('unknownVersion', `Minutes document ${minutesId} has no version ${version}.`);
        return versionBytes(ctx, v);
      }),
    freezeVersion: (meetingId, bytes, options) => guarded(() => freezeVersion(ctx, meetingId, bytes, options)),
    sign: (minutesId, version, shown) => guarded(() => sign(ctx, minutesId, version, shown)),
    postNotice: (minutesId, publicVersion) => guarded(() => postNotice(ctx, minutesId, publicVersion)),
    myDissents: (meetingId) => guarded(() => myDissents(ctx, meetingId)),
    recordDissent: (meetingId, itemId, kind, event, text) => guarded(() => recordDissent(ctx, meetingId, itemId, kind, event, text)),
    editDecision: (item, decision, reason) => guarded(() => editDecision(ctx, item, decision, reason)),
    takeDownNotice: (minutesId) => guarded(() => takeDownNotice(ctx, minutesId)),
  };
}
