/**
 * When a live client sends its next request (DESIGN §5, §12). Pure, so the budget is tested
 * rather than hoped for:
 * - members poll the live state every 2 s while the view is visible, every 10 s when hidden,
 *   every 10 s before the meeting goes live; the console every second (it relays members'
 *   events, see session.ts);
 * - a member client sends at most 35 requests in any 60 s (DESIGN §9). The polls keep their pace
 *   (30 a minute: the chair's changes show from the live state itself); reading the lists that
 *   moved right away is allowed while the minute has room, otherwise that read rides along with
 *   the next poll (one request). The person's own writes are never held back; they use the room;
 * - after a failure it backs off (2 s doubling to 60 s), and never earlier than `Retry-After`;
 * - when SharePoint's `RateLimit-*` headers say the budget is nearly used, it polls half as often.
 */
export const POLL = {
  visibleMs: 2000,
  hiddenMs: 10000,
  notLiveMs: 10000,
  consoleMs: 1000,
  /** The chamber screen's stage page while a vote is open or just closed: the result within a second of the close. */
  stageVotingMs: 500,
  /** Requests a member client sends in any 60 s, at most. */
  budgetPerMinute: 35,
  /** A poll waits while the last minute holds this many: room for the person's own writes. */
  pollBelow: 33,
  /** A read of what moved goes at once only below this, else it rides with the next poll. */
  followUpBelow: 32,
  maxBackoffMs: 60000,
} as const;

export interface PollInput {
  now: number;
  /** Times the client sent requests (polls, reads and writes), any order. */
  sent: readonly number[];
  visible: boolean;
  console: boolean;
  /** A stage page (chamber screen, webcast: one per room, not a member client) during a vote. */
  stageVoting?: boolean;
  live: boolean;
  /** Failures in a row. */
  failures: number;
  /** Until when the server asked us to wait (ms since epoch), if it did. */
  retryAfterUntil: number | null;
  /** SharePoint said the budget is nearly used (`RateLimit-Remaining` under 20 %). */
  rateLimitLow: boolean;
}

const inLastMinute = (sent: readonly number[], now: number): number[] =>
  sent.filter((t) => t <= now && t > now - 60000).sort((a, b) => a - b);

export function nextPollDelay(p: PollInput): number {
  let delay: number = !p.live
    ? POLL.notLiveMs
    : p.stageVoting
      ? POLL.stageVotingMs
      : p.console
        ? POLL.consoleMs
        : p.visible
          ? POLL.visibleMs
          : POLL.hiddenMs;
  if (p.rateLimitLow) delay *= 2;
  if (p.failures > 0) delay = Math.max(delay, Math.min(POLL.maxBackoffMs, 2000 * 2 ** (p.failures - 1)));
  if (p.retryAfterUntil !== null) delay = Math.max(delay, p.retryAfterUntil - p.now);
  if (!p.console && !p.stageVoting) {
    const recent = inLastMinute(p.sent, p.now);
    // the person's own writes filled the minute: each request over the mark slows the next poll by
    // one interval (even pacing: a member never stalls for the rest of a minute, which a hard cap would do)
    if (recent.length >= POLL.pollBelow) delay = Math.max(delay, POLL.visibleMs * (recent.length - POLL.pollBelow + 2));
  }
  return Math.max(0, Math.round(delay));
}

/** Whether a member client may read what moved right away, or should let it ride with the next poll. */
export function followUpNow(now: number, sent: readonly number[]): boolean {
  return inLastMinute(sent, now).length < POLL.followUpBelow;
}
