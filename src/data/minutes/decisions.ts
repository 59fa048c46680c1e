import { textLimits } from '../schema/limits';
import { listUrl, type RepoContext } from '../repositories/site';
import type { AgendaItem } from '../services';
import { describeDocument, keepsMinutes, loadMinutes } from './reads';
import { minutesRefusal } from './refusal';

/**
 * The clerk words an item's decision for the minutes, in the record itself (`AgendaItems.Decision`),
 * never in a copy: the next draft is made from it. Once a version has gone out for signing, a change
 * is a correction and needs its reason, written with it in the same update, so the list's version
 * history keeps every earlier wording with the reason it was changed. Signed minutes are not
 * reworded: a correction then needs a new decision by the body.
 */
export async function editDecision(ctx: RepoContext, item: AgendaItem, decision: string, reason: string | null): Promise<void> {
  const text = decision.trim();
  const why = reason?.trim() ?? '';
  if (text.length > textLimits.itemDecision)
    throw minutesRefusal('decisionTooLong', `Decision of item ${item.id} is ${text.length} characters.`);
  if (why.length > textLimits.itemDecisionCorrection)
    throw minutesRefusal('correctionReasonTooLong', `Correction reason of item ${item.id} is ${why.length} characters.`);
  const items = ctx.sp.web.getList(listUrl(ctx, 'AgendaItems'));
  // the item's meeting and section as stored, not as the client holds them
  const row = await items.items.getById(item.id).select('MeetingId', 'SectionNumber')<{
    MeetingId: number;
    SectionNumber: number | null;
  }>();
  const mc = await loadMinutes(ctx, row.MeetingId);
  if (!keepsMinutes(ctx, mc))
    throw minutesRefusal('notMinutesClerk', `Only the clerks of body ${mc.body.Id} and the site owners word its minutes.`);
  // the documents that hold this decision: the full minutes, and an immediate signing of its section
  const holding = mc.documents.filter((d) => !d.immediate || (row.SectionNumber !== null && d.sections.includes(row.SectionNumber)));
  // signed by the rows (the bytes are not read here: a changed file only voids, it never signs)
  if (holding.some((d) => describeDocument(ctx, mc, d, null).status.signedAt !== null))
    throw minutesRefusal('decisionSigned', `The decision of item ${item.id} is in signed minutes of meeting ${row.MeetingId}.`);
  const frozen = holding.filter((d) => d.versions.length > 0);
  if (frozen.length > 0 && why === '')
    throw minutesRefusal('correctionReasonRequired', `Minutes holding item ${item.id} are out for signing; the change needs a reason.`);
  await items.items
    .getById(item.id)
    // the reason goes with the wording it explains (one version in the history); the ETag keeps another clerk's edit
    .update({ Decision: text, DecisionCorrection: frozen.length > 0 ? why : null }, item.etag || '*');
}
