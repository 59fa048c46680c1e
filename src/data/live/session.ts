import { spfi, type SPFI } from '@pnp/sp';
import type { LivePicture } from '../../domain/live/picture';
import { snapshotPicture } from './snapshotPicture';
import { canChangeProposal, canPropose, canSupport, canWithdrawProposal } from '../../domain/live/proposals';
import { canReportLink } from '../../domain/live/remote';
import { canRequest, canWithdraw } from '../../domain/live/speakers';
import { staffIds } from '../../domain/live/staff';
import type {
  LivePhase,
  LiveRefusal,
  ProposalEvent,
  ProposalKind,
  RemoteEventKind,
  RequestKind,
  SpeakerEvent,
} from '../../domain/live/types';
import type { AttendanceEvent } from '../../domain/meetings/types';
import { toDataError } from '../errors';
import { liveRefusal } from './refusal';
import { DataError } from '../services';
import type { RepoContext } from '../repositories/site';
import { followUpNow, nextPollDelay } from './pollPolicy';
import { markCovers, maxMark, type LiveState } from './raw';
import { RateWatch } from './rateWatch';
import { findState, readNew, readState, type EventList, type LiveSnapshot, type NewEvents } from './reads';
import { appendAttendance, appendProposalEvent, appendSpeakerEvent } from './appends';
import type { ConsoleCommands, SessionCore } from './consoleCommands';
import type * as ConsoleWrites from './consoleWrites';
import type { VotingDesk } from '../voting/desk';

/** The console's writes load with the first console action: members' clients never need them. */
let consoleWrites: Promise<typeof ConsoleWrites> | undefined;
const loadConsoleWrites = () => (consoleWrites ??= import(/* webpackChunkName: 'live-console-writes' */ './consoleWrites'));

const ALL_LISTS: readonly EventList[] = ['speakers', 'proposals', 'attendance', 'conflicts'];
/** With no console relaying, members still read the event lists this often. */
const SAFETY_READ_MS = 20000;

export interface Visibility {
  visible(): boolean;
  /** Calls back when visibility changes; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

/** The session's clock and timer; the bench runs a meeting faster than real time with its own. */
export interface LiveTimers {
  now(): number;
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: LiveTimers = {
  now: () => Date.now(),
  set: (run, ms) => setTimeout(run, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface LiveSessionOptions {
  /** The console relays members' events into the live state (see `relay`) and polls faster. */
  console: boolean;
  /**
   * The stage page of the chamber screen or the webcast (one per room, opened as a plain page):
   * it polls every half second while a vote is open or just closed. A member's stage inside Teams
   * is a member client and keeps the member budget.
   */
  stage?: boolean;
  visibility?: Visibility;
  timers?: LiveTimers;
}

/** Counts for the bench and the status line. */
export interface LiveStats {
  requests: number[];
  lastOkAt: number | null;
  error: DataError | null;
}

const always: Visibility = { visible: () => true, subscribe: () => () => undefined };

/**
 * One client's view of a live meeting (member view, console or stage): the snapshot, kept current
 * by polling as DESIGN §5 says, and the writes, each checked by the same domain rules that derive
 * the state, against the state this client already holds (no re-read before a write).
 *
 * How members' events reach everyone without members writing the live state: the console reads
 * the event lists every second and, when it sees events beyond the state's `EventMark`, writes the
 * new mark (with the ETag, so two consoles do it once). Members poll only the state item and read
 * the lists the mark says moved. If no console is open, members still read the lists every 20 s.
 */
export class LiveSession {
  private snap: LiveSnapshot;
  private readonly sp: SPFI;
  readonly watch: RateWatch;
  private readonly listeners = new Set<() => void>();
  private readonly stats: LiveStats = { requests: [], lastOkAt: null, error: null };
  private failures = 0;
  private timer: unknown = null;
  private running = false;
  private busy = false;
  private lastListsReadAt: number;
  /** Lists that moved when the minute had no room: the next poll reads them with the state. */
  private pending: EventList[] = [];
  /** Times of the automatic requests (polls and reads), for the budget. */
  private readonly auto: number[] = [];
  private pictureCache: { key: unknown; picture: LivePicture } | null = null;
  private unsubscribeVisibility: () => void = () => undefined;
  private readonly visibility: Visibility;
  private readonly time: LiveTimers;

  constructor(
    private readonly ctx: RepoContext,
    snapshot: LiveSnapshot,
    private options: LiveSessionOptions,
  ) {
    this.snap = snapshot;
    this.watch = new RateWatch(() => (options.timers ?? realTimers).now());
    this.sp = spfi(ctx.sp).using(this.watch.behavior());
    this.visibility = options.visibility ?? always;
    this.time = options.timers ?? realTimers;
    this.lastListsReadAt = this.time.now();
  }

  get snapshot(): LiveSnapshot {
    return this.snap;
  }

  get status(): Readonly<LiveStats> {
    return this.stats;
  }

  /** The console relays and polls faster; a person whom the lists make staff gets it (see liveRole). */
  setConsole(on: boolean): void {
    if (this.options.console === on) return;
    this.options = { ...this.options, console: on };
    if (this.running) this.schedule(0);
  }

  get meetingId(): number {
    return this.snap.meeting.id;
  }

  /** The server's time as this client estimates it (for the speech timer). */
  serverNow(): Date {
    return new Date(this.time.now() + this.watch.skewMs);
  }

  /** The derived picture for the current item, recomputed only when the events or the item changed. */
  picture(): LivePicture {
    const s = this.snap;
    // events are only ever added (DESIGN §4): their counts say whether anything changed
    const key = [
      s.speakers.length,
      s.proposals.length,
      s.meeting.attendance.length,
      s.meeting.conflicts.length,
      s.state?.id,
      s.state?.revision,
    ].join(':');
    if (this.pictureCache?.key === key) return this.pictureCache.picture;
    const shown = snapshotPicture(s);
    this.pictureCache = { key, picture: shown };
    return shown;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribeVisibility = this.visibility.subscribe(() => {
      // back in view: poll at once rather than after the hidden interval
      if (this.visibility.visible()) this.schedule(0);
    });
    this.schedule(0);
  }

  stop(): void {
    this.running = false;
    void this.deskLoaded?.then((d) => d.stop());
    this.unsubscribeVisibility();
    if (this.timer) this.time.clear(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    if (!this.running) return;
    if (this.timer) this.time.clear(this.timer);
    this.timer = this.time.set(() => void this.tick(), ms);
  }

  /** Counts a request: `auto` ones (polls, reads) are what the budget paces; a person's writes are never held back. */
  private count(kind: 'auto' | 'write' = 'auto'): void {
    const now = this.time.now();
    this.stats.requests.push(now);
    if (kind === 'auto') this.auto.push(now);
    // the policy looks back one minute; keep a little more for the bench's per-minute counts
    if (this.stats.requests.length > 4000) this.stats.requests.splice(0, 2000);
    if (this.auto.length > 4000) this.auto.splice(0, 2000);
  }

  private async tick(): Promise<void> {
    if (!this.running) return;
    if (this.busy) return this.schedule(250);
    this.busy = true;
    try {
      if (this.options.console) await this.consoleTick();
      else await this.memberTick();
      this.failures = 0;
      this.stats.lastOkAt = this.time.now();
      if (this.stats.error) {
        this.stats.error = null;
        this.emit();
      }
    } catch (e) {
      this.watch.observeError(e);
      this.failures += 1;
      this.stats.error = e instanceof DataError ? e : await toDataError(e);
      this.emit();
    } finally {
      this.busy = false;
    }
    const now = this.time.now();
    if (this.watch.retryAfterUntil !== null && this.watch.retryAfterUntil < now) this.watch.retryAfterUntil = null;
    this.schedule(
      nextPollDelay({
        now,
        sent: this.auto,
        visible: this.visibility.visible(),
        console: this.options.console,
        stageVoting: this.options.stage === true && (this.snap.state?.phase === 'Voting' || this.snap.state?.phase === 'Decision'),
        live: this.snap.state !== null && this.snap.state.phase !== 'Ended',
        failures: this.failures,
        retryAfterUntil: this.watch.retryAfterUntil,
        rateLimitLow: this.watch.low,
      }),
    );
  }

  private async memberTick(): Promise<void> {
    const state = this.snap.state;
    if (!state) {
      this.count();
      const found = await findState(this.ctx, this.sp, this.meetingId, this.snap.staff);
      if (found) {
        this.applyState(found);
        await this.readLists(ALL_LISTS);
      }
      return;
    }
    if (this.pending.length > 0) {
      // lists that moved when the minute had no room: read with the state, in one request
      const lists = this.pending;
      this.pending = [];
      this.count();
      const ev = await readNew(this.ctx, this.sp, this.meetingId, this.snap.seen, lists, { staff: this.snap.staff });
      this.lastListsReadAt = this.time.now();
      if (ev.state) this.applyState(ev.state);
      this.merge(ev);
      return;
    }
    this.count();
    const fresh = await readState(this.ctx, this.sp, state.id);
    if (fresh.revision !== state.revision) this.applyState(fresh);
    const moved = ALL_LISTS.filter((l) => fresh.mark[l] > this.snap.seen[l]);
    const lists = moved.length > 0 ? moved : this.time.now() - this.lastListsReadAt > SAFETY_READ_MS ? ALL_LISTS : [];
    if (lists.length === 0) return;
    if (followUpNow(this.time.now(), this.auto)) await this.readLists(lists);
    else this.pending = [...lists];
  }

  private async consoleTick(): Promise<void> {
    this.count();
    const ev = await readNew(this.ctx, this.sp, this.meetingId, this.snap.seen, ALL_LISTS, { staff: this.snap.staff });
    this.lastListsReadAt = this.time.now();
    if (ev.state) this.applyState(ev.state);
    this.merge(ev);
    await this.relay();
  }

  /** Console: members cannot write the live state, so the console moves its mark for them. */
  private async relay(): Promise<void> {
    const state = this.snap.state;
    if (!state || state.phase === 'Ended' || markCovers(state.mark, this.snap.seen)) return;
    const seen = this.snap.seen;
    this.count();
    const { updateState } = await loadConsoleWrites();
    const next = await updateState(this.ctx, state, (fresh) => (markCovers(fresh.mark, seen) ? null : { mark: maxMark(fresh.mark, seen) }));
    this.applyState(next);
  }

  private async readLists(lists: readonly EventList[]): Promise<void> {
    this.count();
    const ev = await readNew(this.ctx, this.sp, this.meetingId, this.snap.seen, lists, null);
    this.lastListsReadAt = this.time.now();
    this.merge(ev);
  }

  /** Reads what changed now (after one's own write, or when the person asks). */
  async refresh(): Promise<void> {
    await this.readLists(ALL_LISTS);
  }

  private applyState(s: LiveState): void {
    const old = this.snap.state;
    if (old && old.id === s.id && old.revision > s.revision) return;
    this.snap = { ...this.snap, state: s };
    this.emit();
  }

  private merge(ev: NewEvents): void {
    const s = this.snap;
    // newer than what was read, and not one of this client's own events it already holds (wrote())
    const fresh = <T extends { id: number }>(rows: T[], after: number, held: readonly { id: number }[]) => {
      const have = new Set(held.filter((h) => h.id > after).map((h) => h.id));
      return rows.filter((r) => r.id > after && !have.has(r.id));
    };
    const sp = fresh(ev.speakers, s.seen.speakers, s.speakers);
    const pr = fresh(ev.proposals, s.seen.proposals, s.proposals);
    const at = fresh(ev.attendance, s.seen.attendance, s.meeting.attendance);
    const co = fresh(ev.conflicts, s.seen.conflicts, s.meeting.conflicts);
    const top = (rows: { id: number }[], floor: number) => rows.reduce((m, r) => Math.max(m, r.id), floor);
    // the highest id read moves even when every row was already held
    const seen = {
      speakers: top(ev.speakers, s.seen.speakers),
      proposals: top(ev.proposals, s.seen.proposals),
      attendance: top(ev.attendance, s.seen.attendance),
      conflicts: top(ev.conflicts, s.seen.conflicts),
    };
    if (!sp.length && !pr.length && !at.length && !co.length) {
      this.snap = { ...s, seen };
      return;
    }
    this.snap = {
      ...s,
      speakers: sp.length ? [...s.speakers, ...sp] : s.speakers,
      proposals: pr.length ? [...s.proposals, ...pr] : s.proposals,
      meeting:
        at.length || co.length
          ? { ...s.meeting, attendance: [...s.meeting.attendance, ...at], conflicts: [...s.meeting.conflicts, ...co] }
          : s.meeting,
      seen,
    };
    this.emit();
  }

  // ---- writes: checked by the domain's rules on the state this client holds, then appended ----

  private refuseIf(r: LiveRefusal | null): void {
    if (r) throw liveRefusal(r);
  }

  private current() {
    const c = this.picture().current;
    if (!c) throw liveRefusal({ code: 'itemNotCurrent' });
    return c;
  }

  private me(): number {
    return this.ctx.user.siteUserId;
  }

  /**
   * After a write: the new event, as the server stamped it, is held at once without reading it
   * back. The highest id read (`seen`) does not move: others' events with lower ids may not have
   * been read yet; the next read brings them and skips this one.
   */
  private wrote(e: { speakers?: SpeakerEvent; proposals?: ProposalEvent; attendance?: AttendanceEvent }): void {
    const s = this.snap;
    this.snap = {
      ...s,
      speakers: e.speakers ? [...s.speakers, e.speakers] : s.speakers,
      proposals: e.proposals ? [...s.proposals, e.proposals] : s.proposals,
      meeting: e.attendance ? { ...s.meeting, attendance: [...s.meeting.attendance, e.attendance] } : s.meeting,
    };
    this.emit();
  }

  async requestFloor(kind: RequestKind, refersTo: number | null = null, onBehalfOf: number | null = null): Promise<void> {
    const c = this.current();
    const person = onBehalfOf ?? this.me();
    if (onBehalfOf !== null && !c.standing.isStaff(this.me())) throw liveRefusal({ code: 'notStaff' });
    this.refuseIf(canRequest(c.speakers, person, kind, refersTo, c.standing, this.snap.debate));
    this.count('write');
    this.wrote({ speakers: await appendSpeakerEvent(this.ctx, this.meetingId, c.itemId, kind, { refersTo, onBehalfOf }) });
  }

  async withdrawRequest(requestId: number): Promise<void> {
    const c = this.current();
    this.refuseIf(canWithdraw(c.speakers, this.me(), requestId, c.standing));
    const request = [...c.speakers.queue].find((r) => r.requestId === requestId);
    const onBehalfOf = request && request.personId !== this.me() ? request.personId : null;
    this.count('write');
    this.wrote({
      speakers: await appendSpeakerEvent(this.ctx, this.meetingId, c.itemId, 'Withdrawn', { refersTo: requestId, onBehalfOf }),
    });
  }

  async propose(kind: ProposalKind, text: string, onBehalfOf: number | null = null): Promise<void> {
    const c = this.current();
    const person = onBehalfOf ?? this.me();
    if (onBehalfOf !== null && !c.standing.isStaff(this.me())) throw liveRefusal({ code: 'notStaff' });
    const wording = text.trim();
    this.refuseIf(canPropose(c.proposals, this.me(), person, kind, wording, false, c.standing));
    this.count('write');
    this.wrote({
      proposals: await appendProposalEvent(this.ctx, this.meetingId, c.itemId, 'Made', { proposalKind: kind, text: wording, onBehalfOf }),
    });
  }

  async support(proposalId: number): Promise<void> {
    const c = this.current();
    this.refuseIf(canSupport(c.proposals, this.me(), this.me(), proposalId, false, c.standing));
    this.count('write');
    this.wrote({ proposals: await appendProposalEvent(this.ctx, this.meetingId, c.itemId, 'Supported', { refersTo: proposalId }) });
  }

  async withdrawProposal(proposalId: number): Promise<void> {
    const c = this.current();
    this.refuseIf(canWithdrawProposal(c.proposals, this.me(), proposalId, false, c.standing));
    this.count('write');
    this.wrote({ proposals: await appendProposalEvent(this.ctx, this.meetingId, c.itemId, 'Withdrawn', { refersTo: proposalId }) });
  }

  /** Before the lock by the proposer; after it only staff, recording the assembly's unanimous consent (AO § 46). */
  async changeProposal(proposalId: number, text: string, unanimousConsent = false): Promise<void> {
    const c = this.current();
    const wording = text.trim();
    this.refuseIf(canChangeProposal(c.proposals, this.me(), proposalId, wording, unanimousConsent, c.standing));
    this.count('write');
    this.wrote({
      proposals: await appendProposalEvent(this.ctx, this.meetingId, c.itemId, 'Changed', {
        refersTo: proposalId,
        text: wording,
        unanimousConsent,
      }),
    });
  }

  /** Remote participation (KL 5:16): confirm, report a broken link, report it working again; staff may report for someone. */
  async reportLink(
    kind: Extract<RemoteEventKind, 'RemoteConfirmed' | 'LinkBroken' | 'LinkRestored'>,
    personId: number | null = null,
  ): Promise<void> {
    const person = personId ?? this.me();
    if (personId !== null && personId !== this.me() && !staffIds(this.snap.staff).includes(this.me()))
      throw liveRefusal({ code: 'notStaff' });
    if (kind !== 'RemoteConfirmed') this.refuseIf(canReportLink(this.picture().remote, person, kind));
    this.count('write');
    this.wrote({ attendance: await appendAttendance(this.ctx, this.meetingId, this.snap.state?.currentItemId ?? null, person, kind) });
    // the console relays it into the live state at its next read; a console that wrote it relays now
    if (this.options.console) await this.relay();
  }

  // ---- decisions and votes (their own chunk: loaded once the item reaches its decision) ----

  private deskLoaded: Promise<VotingDesk> | undefined;

  /** The decision procedure and the ballot on this client: its reads follow this session's live state. */
  voting(): Promise<VotingDesk> {
    if (this.deskLoaded) return this.deskLoaded;
    this.deskLoaded = import(/* webpackChunkName: 'live-voting' */ '../voting/desk').then((m) => {
      const desk = new m.VotingDesk({
        ctx: this.ctx,
        sp: this.sp,
        snapshot: () => this.snap,
        picture: () => this.picture(),
        applyState: (st) => this.applyState(st),
        count: (kind) => this.count(kind),
        subscribe: (l) => this.subscribe(l),
        isConsole: () => this.options.console,
      });
      desk.start();
      return desk;
    });
    // a chunk that failed to load (a dropped connection) is tried again on the next call
    this.deskLoaded.catch(() => (this.deskLoaded = undefined));
    return this.deskLoaded;
  }

  // ---- the console: the chair, the vice chairs, the body's clerks (their own chunk: consoleCommands.ts) ----

  private commandsLoaded: Promise<ConsoleCommands> | undefined;

  private commands(): Promise<ConsoleCommands> {
    const core: SessionCore = {
      ctx: this.ctx,
      snapshot: () => this.snap,
      picture: () => this.picture(),
      applyState: (st) => this.applyState(st),
      readLists: (lists) => this.readLists(lists),
      count: () => this.count('write'),
      wrote: (e) => this.wrote(e),
      relay: () => this.relay(),
    };
    return (this.commandsLoaded ??= import(/* webpackChunkName: 'live-console-writes' */ './consoleCommands').then(
      (m) => new m.ConsoleCommands(core),
    ));
  }

  /** Starts the meeting: the live state, restricted to the people who run it, at the roll call. */
  async startMeeting(): Promise<void> {
    return (await this.commands()).startMeeting();
  }
  async setPhase(phase: LivePhase): Promise<void> {
    return (await this.commands()).setPhase(phase);
  }
  /** To an item (between items only: the speaker on the floor ends first). */
  async goToItem(itemId: number): Promise<void> {
    return (await this.commands()).goToItem(itemId);
  }
  async nextItem(): Promise<void> {
    return (await this.commands()).nextItem();
  }
  /** Gives the floor to the first in the queue, or to `requestId`. */
  async giveFloor(requestId?: number): Promise<void> {
    return (await this.commands()).giveFloor(requestId);
  }
  async endSpeech(): Promise<void> {
    return (await this.commands()).endSpeech();
  }
  async moveRequest(requestId: number, position: number): Promise<void> {
    return (await this.commands()).moveRequest(requestId, position);
  }
  async removeRequest(requestId: number): Promise<void> {
    return (await this.commands()).removeRequest(requestId);
  }
  async setListOpen(open: boolean): Promise<void> {
    return (await this.commands()).setListOpen(open);
  }
  async lockProposals(): Promise<void> {
    return (await this.commands()).lockProposals();
  }
  /** A broken link the chair has dealt with: the person is recorded absent, and decisions may go on. */
  async markLinkAbsent(personId: number): Promise<void> {
    return (await this.commands()).markLinkAbsent(personId);
  }
}
