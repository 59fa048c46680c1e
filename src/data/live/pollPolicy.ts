/**
 * When a live client sends its next request (DESIGN §5, §12). Pure, so the budget is tested
 * rather than hoped for:
 * - members poll every 2 s while the view is visible, every 10 s when hidden, every 10 s before
 *   the meeting goes live; the console every second (it relays members' events, see session.ts);
 * - a member client never sends more than its budget in any 60 s (35 per minute, DESIGN §9,
 *   with room left for the person's own writes);
 * - after a failure it backs off (2 s doubling to 60 s), and never earlier than `Retry-After`;
 * - when SharePoint's `RateLimit-*` headers say the budget is nearly used, it polls half as often.
 */
export const POLL = {
  visibleMs: 2000,
  hiddenMs: 10000,
  notLiveMs: 10000,
  consoleMs: 1000,
  /** Requests the poller itself may send in a rolling minute (writes come on top, up to 35). */
  budgetPerMinute: 30,
  maxBackoffMs: 60000,
} as const;

export interface PollInput {
  now: number;
  /** Times the client sent requests (polls and writes), any order. */
  sent: readonly number[];
  visible: boolean;
  console: boolean;
  live: boolean;
  /** Failures in a row. */
  failures: number;
  /** Until when the server asked us to wait (ms since epoch), if it did. */
  retryAfterUntil: number | null;
  /** SharePoint said the budget is nearly used (`RateLimit-Remaining` under 20 %). */
  rateLimitLow: boolean;
}

export function nextPollDelay(p: PollInput): number {
  let delay: number = !p.live ? POLL.notLiveMs : p.console ? POLL.consoleMs : p.visible ? POLL.visibleMs : POLL.hiddenMs;
  if (p.rateLimitLow) delay *= 2;
  if (p.failures > 0) delay = Math.max(delay, Math.min(POLL.maxBackoffMs, 2000 * 2 ** (p.failures - 1)));
  if (p.retryAfterUntil !== null) delay = Math.max(delay, p.retryAfterUntil - p.now);
  if (!p.console) {
    const recent = p.sent.filter((t) => t > p.now - 60000).sort((a, b) => a - b);
    if (recent.length >= POLL.budgetPerMinute) {
      // wait until the oldest request that fills the budget leaves the window
      const oldest = recent[recent.length - POLL.budgetPerMinute];
      delay = Math.max(delay, oldest + 60000 - p.now + 1);
    }
  }
  return Math.max(0, Math.round(delay));
}

/** Whether a member client may send a follow-up read now, within its budget. */
export function withinBudget(now: number, sent: readonly number[]): boolean {
  return sent.filter((t) => t > now - 60000).length < POLL.budgetPerMinute;
}
