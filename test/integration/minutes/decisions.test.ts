import '@pnp/sp/items';
import type { AgendaItem } from '../../../src/data/services';
import { seededRegion } from '../../support/region';
import { stringsFor } from '../../../src/ui/strings';
import { minutesStrings } from '../../../src/ui/strings/minutes';
import { castRfMeeting, list, pdf, signByAll, type MinutesCast } from './cast';
import { FONTS, pdfPages } from './recorded';

const ANCHOR = '2026-12-01';

/**
 * The clerk words the decisions in the record (AgendaItems.Decision), never in a copy: a member or
 * another body's clerk is refused, a change after sending for signing needs its reason and keeps it
 * in the item's version history, and signed minutes are not reworded.
 */
describe('wording the decisions of the minutes', () => {
  let clock = new Date('2026-12-01T07:00:00Z');
  const at = (iso: string): void => {
    clock = new Date(iso);
  };
  const t = seededRegion(ANCHOR, { now: () => clock });
  let cast: MinutesCast;

  beforeAll(async () => {
    cast = await castRfMeeting(t, `${ANCHOR}T00:00:00Z`);
  }, 60_000);

  const item = async (): Promise<AgendaItem> => {
    const details = await (await cast.services('clerk')).meeting.get(cast.meetingId);
    return details.items.find((i) => i.kind === 'Decision')!;
  };
  const stored = async (id: number) =>
    list(cast.sp('clerk'), 'AgendaItems').items.getById(id).select('Decision', 'DecisionCorrection')<{
      Decision: string | null;
      DecisionCorrection: string | null;
    }>();

  it('lets only the clerk word a decision, then asks for a reason once the minutes are out, and keeps each wording', async () => {
    at('2026-12-01T08:00:00Z');
    const first = await item();
    for (const who of ['member', 'chair', 'lena'] as const)
      await expect((await cast.minutes(who)).editDecision(first, 'Fullmäktige beslutar att bifalla.', null)).rejects.toMatchObject({
        code: 'notMinutesClerk',
      });
    await expect((await cast.minutes('clerk')).editDecision(first, 'x'.repeat(10001), null)).rejects.toMatchObject({
      code: 'decisionTooLong',
    });
    expect((await stored(first.id)).Decision ?? '').toBe(first.decision);

    await (await cast.minutes('clerk')).editDecision(first, '  Fullmäktige beslutar att bifalla styrelsens förslag.  ', null);
    expect(await stored(first.id)).toMatchObject({
      Decision: 'Fullmäktige beslutar att bifalla styrelsens förslag.',
      DecisionCorrection: null,
    });

    // out for signing: a change is a correction
    const frozen = await (await cast.minutes('clerk')).freezeVersion(cast.meetingId, pdf('v1'), { sections: [1, 2, 3], immediate: false });
    at('2026-12-01T08:10:00Z');
    const current = await item();
    await expect((await cast.minutes('clerk')).editDecision(current, 'Fullmäktige bifaller förslaget.', '  ')).rejects.toMatchObject({
      code: 'correctionReasonRequired',
    });
    // a stale ETag (another clerk saved in between) is refused, not overwritten
    await expect((await cast.minutes('clerk')).editDecision(first, 'Gammal lydelse', 'Skäl')).rejects.toMatchObject({
      code: 'versionConflict',
    });
    await (await cast.minutes('clerk')).editDecision(current, 'Fullmäktige bifaller förslaget.', 'Felskrivning rättad vid justeringen.');
    expect(await stored(current.id)).toMatchObject({
      Decision: 'Fullmäktige bifaller förslaget.',
      DecisionCorrection: 'Felskrivning rättad vid justeringen.',
    });
    const history = (await list(cast.sp('clerk'), 'AgendaItems')
      .items.getById(current.id)
      .versions.select('Decision', 'DecisionCorrection')()) as {
      Decision: string | null;
      DecisionCorrection: string | null;
    }[];
    expect(history.map((h) => h.Decision)).toEqual(
      expect.arrayContaining(['Fullmäktige beslutar att bifalla styrelsens förslag.', 'Fullmäktige bifaller förslaget.']),
    );

    // signed: no more rewording
    await signByAll(cast, frozen.minutesId, frozen.version, '2026-12-02T09:00:00Z', at);
    await expect((await cast.minutes('clerk')).editDecision(await item(), 'Ny lydelse', 'Skäl')).rejects.toMatchObject({
      code: 'decisionSigned',
    });
    // signed, but the decision was corrected after the version went out: what was signed is not the record, so no notice yet
    await expect((await cast.minutes('clerk')).postNotice(frozen.minutesId, pdf('offentlig'))).rejects.toMatchObject({
      code: 'recordChangedSinceFreeze',
    });

    // the archival copy names every signature with its time and the SHA-256 of the version signed
    const doc = (await (await cast.minutes('clerk')).get(cast.meetingId)).documents.find((d) => d.id === frozen.minutesId)!;
    const archival = await (
      await cast.minutes('clerk')
    ).generate(cast.meetingId, {
      wording: stringsFor(minutesStrings, 'sv-SE'),
      public: false,
      fonts: FONTS,
      signed: doc.status.counted.map((c) => ({ personId: c.authorId, role: c.role, signedAt: c.created, sha256: c.sha256 })),
    });
    const text = pdfPages(archival.pdf).join(' ').replace(/\s+/g, '');
    expect(doc.status.counted).toHaveLength(4);
    expect(text).toContain(frozen.sha256);
    expect(text).toContain('IngridJakobsson');
  }, 60_000);
});
