import type { LivePicture } from '../../domain/live/picture';
import { staffIds } from '../../domain/live/staff';
import type { LivePhase, ProposalEvent, SpeakerEvent } from '../../domain/live/types';
import type { AttendanceEvent } from '../../domain/meetings/types';
import type { RepoContext } from '../repositories/site';
import { appendAttendance, appendProposalEvent, appendSpeakerEvent } from './appends';
import { startLive, updateState, type StatePatch } from './consoleWrites';
import { maxMark, type LiveState } from './raw';
import type { EventList, LiveSnapshot } from './reads';
import { liveRefusal } from './refusal';

/** What the console's commands use of the session that holds them. */
export interface SessionCore {
  ctx: RepoContext;
  snapshot(): LiveSnapshot;
  picture(): LivePicture;
  applyState(s: LiveState): void;
  readLists(lists: readonly EventList[]): Promise<void>;
  /** Counts one of the console's writes. */
  count(): void;
  /** Holds the console's own new event at once, as the server stamped it. */
  wrote(e: { speakers?: SpeakerEvent; proposals?: ProposalEvent; attendance?: AttendanceEvent }): void;
  /** Moves the live state's mark past what this console has seen or written. */
  relay(): Promise<void>;
}

/**
 * The chair's console: run the agenda, the speaker list, the proposals' lock, broken links. Each
 * command is checked (only the meeting's chair, vice chairs and the body's clerks) and goes straight
 * to the lists that change. A chunk of its own: members' clients never load it.
 */
export class ConsoleCommands {
  constructor(private readonly s: SessionCore) {}

  private currentItem(): number {
    const id = this.s.snapshot().state?.currentItemId;
    if (!id) throw liveRefusal({ code: 'itemNotCurrent' });
    return id;
  }

  private current() {
    const c = this.s.picture().current;
    if (!c) throw liveRefusal({ code: 'itemNotCurrent' });
    return c;
  }

  private requireStaff(): void {
    if (!staffIds(this.s.snapshot().staff).includes(this.s.ctx.user.siteUserId)) throw liveRefusal({ code: 'notStaff' });
  }

  private async setState(change: (fresh: LiveState) => StatePatch | null): Promise<void> {
    this.requireStaff();
    const state = this.s.snapshot().state;
    if (!state) throw liveRefusal({ code: 'itemNotCurrent' });
    this.s.count();
    const next = await updateState(this.s.ctx, state, (fresh) => {
      const patch = change(fresh);
      // every console write carries the events this console has seen
      return patch ? { ...patch, mark: maxMark(maxMark(fresh.mark, this.s.snapshot().seen), patch.mark ?? fresh.mark) } : null;
    });
    this.s.applyState(next);
  }

  /** Starts the meeting: the live state, restricted to the people who run it, at the roll call. */
  async startMeeting(): Promise<void> {
    this.requireStaff();
    this.s.count();
    const state = await startLive(this.s.ctx, this.s.snapshot().meeting.id, this.s.snapshot().staff, {
      currentItemId: this.s.snapshot().meeting.items[0]?.id ?? null,
      mark: this.s.snapshot().seen,
    });
    this.s.applyState(state);
  }

  async setPhase(phase: LivePhase): Promise<void> {
    await this.setState((fresh) => (fresh.phase === phase ? null : { phase }));
  }

  /** To an item (between items only: the speaker on the floor must have finished). */
  async goToItem(itemId: number): Promise<void> {
    // a vote is closed (or withdrawn) on its own item before the meeting moves on
    if (this.s.snapshot().state?.phase === 'Voting') throw liveRefusal({ code: 'voteOpen' });
    const c = this.s.picture().current;
    if (c?.speakers.current) await this.endSpeech();
    // from the roll call, the first item opens the debate even though it was already the current one
    await this.setState((fresh) => {
      if (fresh.phase === 'Voting') throw liveRefusal({ code: 'voteOpen' });
      return fresh.currentItemId === itemId && fresh.phase !== 'RollCall'
        ? null
        : {
            currentItemId: itemId,
            currentSpeakerId: null,
            // a new item starts with its debate; the last item's vote leaves the screen
            phase: fresh.phase === 'Adjourned' || fresh.phase === 'Ended' ? fresh.phase : 'Debate',
            openVoteId: null,
            turnout: null,
          };
    });
  }

  async nextItem(): Promise<void> {
    const items = this.s.snapshot().meeting.items;
    const i = items.findIndex((x) => x.id === this.s.snapshot().state?.currentItemId);
    const next = items[i + 1];
    if (next) await this.goToItem(next.id);
  }

  private async staffSpeakerEvent(
    kind: 'FloorGiven' | 'SpeechEnded' | 'Moved' | 'Removed' | 'ListClosed' | 'ListOpened',
    extra: { refersTo?: number; position?: number },
  ): Promise<number> {
    this.requireStaff();
    const itemId = this.currentItem();
    this.s.count();
    const e = await appendSpeakerEvent(this.s.ctx, this.s.snapshot().meeting.id, itemId, kind, extra);
    this.s.wrote({ speakers: e });
    return e.id;
  }

  /** Gives the floor to the first in the queue, or to `requestId`. */
  async giveFloor(requestId?: number): Promise<void> {
    const c = this.current();
    const id = requestId ?? c.speakers.queue[0]?.requestId;
    if (id === undefined) return;
    const eventId = await this.staffSpeakerEvent('FloorGiven', { refersTo: id });
    await this.afterStaffEvent(eventId, id);
  }

  async endSpeech(): Promise<void> {
    const c = this.current();
    if (!c.speakers.current) return;
    const eventId = await this.staffSpeakerEvent('SpeechEnded', { refersTo: c.speakers.current.requestId });
    await this.afterStaffEvent(eventId, null);
  }

  async moveRequest(requestId: number, position: number): Promise<void> {
    await this.afterStaffEvent(await this.staffSpeakerEvent('Moved', { refersTo: requestId, position }));
  }

  async removeRequest(requestId: number): Promise<void> {
    await this.afterStaffEvent(await this.staffSpeakerEvent('Removed', { refersTo: requestId }));
  }

  async setListOpen(open: boolean): Promise<void> {
    await this.afterStaffEvent(await this.staffSpeakerEvent(open ? 'ListOpened' : 'ListClosed', {}));
  }

  async lockProposals(): Promise<void> {
    this.requireStaff();
    const itemId = this.currentItem();
    this.s.count();
    const e = await appendProposalEvent(this.s.ctx, this.s.snapshot().meeting.id, itemId, 'Locked');
    this.s.wrote({ proposals: e });
    await this.setState((fresh) => ({ mark: maxMark(fresh.mark, { ...fresh.mark, proposals: e.id }) }));
  }

  /** A broken link the chair has dealt with: the person is recorded absent, and decisions may go on. */
  async markLinkAbsent(personId: number): Promise<void> {
    this.requireStaff();
    this.s.count();
    const e = await appendAttendance(
      this.s.ctx,
      this.s.snapshot().meeting.id,
      this.s.snapshot().state?.currentItemId ?? null,
      personId,
      'LinkAbsent',
    );
    this.s.wrote({ attendance: e });
    await this.setState((fresh) => ({ mark: maxMark(fresh.mark, { ...fresh.mark, attendance: e.id }) }));
  }

  /** After a console's own event: move the state (and its mark past the event) so members see it at their next poll. */
  private async afterStaffEvent(eventId: number, currentSpeakerId?: number | null): Promise<void> {
    await this.setState((fresh) => ({
      mark: maxMark(fresh.mark, { ...fresh.mark, speakers: eventId }),
      ...(currentSpeakerId !== undefined ? { currentSpeakerId } : {}),
    }));
  }
}
