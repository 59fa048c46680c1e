import { actsFor, byServerOrder, proposeRefusal } from './standing';
import type { ItemStanding, LiveRefusal, Proposal, ProposalEvent, ProposalKind, ProposalSet } from './types';

/**
 * The proposals (yrkanden) on an item, derived from the append-only events in `Lists/Proposals`
 * in server order (DOMAIN §4). Only those serving on the item make and support proposals; the
 * proposer (or staff for them) may change or withdraw one. Once the chair has read them back and
 * locked the set, a change counts only with the assembly's unanimous consent, which staff record
 * (AO 2008 § 46). Nothing throws: what does not count is listed in `refused` with its code.
 */

/** Kinds that say nothing without a wording; a minority referral back must give its reasons (KL 5:50). */
const TEXT_REQUIRED: ReadonlySet<ProposalKind> = new Set<ProposalKind>(['Own', 'Amendment', 'Addition', 'ReferBack', 'MinorityReferBack']);

const refusal = (code: LiveRefusal['code']): LiveRefusal => ({ code });

const blank = (text: string | null) => (text ?? '').trim() === '';

/** After the lock, only staff recording the assembly's unanimous consent. */
function locked(set: ProposalSet, actorId: number, consent: boolean, standing: ItemStanding): LiveRefusal | null {
  return set.locked && !(consent && standing.isStaff(actorId)) ? refusal('proposalsLocked') : null;
}

const find = (set: ProposalSet, proposalId: number | null) => set.proposals.find((p) => p.id === proposalId);

export function canPropose(
  set: ProposalSet,
  actorId: number,
  personId: number,
  kind: ProposalKind | null,
  text: string | null,
  consent: boolean,
  standing: ItemStanding,
): LiveRefusal | null {
  return (
    actsFor({ authorId: actorId, personId }, standing) ??
    locked(set, actorId, consent, standing) ??
    proposeRefusal(personId, standing) ??
    (kind === null ? refusal('kindMissing') : null) ??
    (kind !== null && TEXT_REQUIRED.has(kind) && blank(text) ? refusal('textMissing') : null)
  );
}

/** Instämmer: a serving person backs someone else's proposal, once. */
export function canSupport(
  set: ProposalSet,
  actorId: number,
  personId: number,
  proposalId: number | null,
  consent: boolean,
  standing: ItemStanding,
): LiveRefusal | null {
  const forged = actsFor({ authorId: actorId, personId }, standing);
  if (forged) return forged;
  const p = find(set, proposalId);
  if (!p) return refusal('unknownProposal');
  return (
    locked(set, actorId, consent, standing) ??
    proposeRefusal(personId, standing) ??
    (p.personId === personId ? refusal('supportOwn') : null) ??
    (p.withdrawn ? refusal('proposalWithdrawn') : null) ??
    (p.supporters.includes(personId) ? refusal('alreadySupported') : null)
  );
}

/** The proposer's or staff's own act on a proposal still standing. */
function proposersAct(set: ProposalSet, actorId: number, proposalId: number | null, consent: boolean, standing: ItemStanding) {
  const p = find(set, proposalId);
  if (!p) return { refused: refusal('unknownProposal') };
  if (p.personId !== actorId && !standing.isStaff(actorId)) return { refused: refusal('notOwnProposal') };
  const refused = locked(set, actorId, consent, standing) ?? (p.withdrawn ? refusal('proposalWithdrawn') : null);
  return refused ? { refused } : { p };
}

export function canWithdrawProposal(
  set: ProposalSet,
  actorId: number,
  proposalId: number | null,
  consent: boolean,
  standing: ItemStanding,
): LiveRefusal | null {
  return proposersAct(set, actorId, proposalId, consent, standing).refused ?? null;
}

export function canChangeProposal(
  set: ProposalSet,
  actorId: number,
  proposalId: number | null,
  text: string | null,
  consent: boolean,
  standing: ItemStanding,
): LiveRefusal | null {
  const act = proposersAct(set, actorId, proposalId, consent, standing);
  if (act.refused) return act.refused;
  return TEXT_REQUIRED.has(act.p!.kind) && blank(text) ? refusal('textMissing') : null;
}

/** One event against the set so far; a refusal leaves the set as it was. */
function apply(set: ProposalSet, e: ProposalEvent, standing: ItemStanding): LiveRefusal | null {
  const consent = e.unanimousConsent;
  switch (e.kind) {
    case 'Made': {
      const refused = canPropose(set, e.authorId, e.personId, e.proposalKind, e.text, consent, standing);
      if (refused) return refused;
      const p: Proposal = {
        id: e.id,
        kind: e.proposalKind!,
        text: e.text ?? '',
        personId: e.personId,
        madeAt: e.at,
        onBehalf: e.authorId !== e.personId,
        supporters: [],
        withdrawn: false,
        changedWithConsent: [],
      };
      set.proposals.push(p);
      return null;
    }
    case 'Supported': {
      const refused = canSupport(set, e.authorId, e.personId, e.refersTo, consent, standing);
      if (refused) return refused;
      find(set, e.refersTo)!.supporters.push(e.personId);
      return null;
    }
    case 'Withdrawn': {
      const refused = canWithdrawProposal(set, e.authorId, e.refersTo, consent, standing);
      if (refused) return refused;
      find(set, e.refersTo)!.withdrawn = true;
      return null;
    }
    case 'Changed': {
      const refused = canChangeProposal(set, e.authorId, e.refersTo, e.text, consent, standing);
      if (refused) return refused;
      const p = find(set, e.refersTo)!;
      p.text = e.text ?? '';
      // a change after the lock is the assembly's decision: keep when, and by which event
      if (set.locked) p.changedWithConsent.push({ at: e.at, eventId: e.id });
      return null;
    }
    case 'Locked':
      if (!standing.isStaff(e.authorId)) return refusal('notStaff');
      // the set is locked once; locking it again changes nothing
      set.locked ??= { at: e.at, byId: e.authorId };
      return null;
    default:
      return refusal('unknownProposal');
  }
}

export function proposalSet(events: readonly ProposalEvent[], itemId: number, standing: ItemStanding): ProposalSet {
  const set: ProposalSet = { itemId, proposals: [], locked: null, refused: [] };
  for (const e of events.filter((x) => x.itemId === itemId).sort(byServerOrder)) {
    const refused = apply(set, e, standing);
    if (refused) set.refused.push({ eventId: e.id, code: refused.code });
  }
  return set;
}
