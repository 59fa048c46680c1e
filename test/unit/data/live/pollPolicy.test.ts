import { followUpNow, nextPollDelay, POLL, type PollInput } from '../../../../src/data/live/pollPolicy';

const NOW = Date.parse('2026-12-09T09:00:00.000Z');

function input(over: Partial<PollInput> = {}): PollInput {
  return {
    now: NOW,
    sent: [],
    visible: true,
    console: false,
    live: true,
    failures: 0,
    retryAfterUntil: null,
    rateLimitLow: false,
    ...over,
  };
}

/** `n` requests in the last minute, one a second, the newest a second ago. */
const lastMinute = (n: number, now = NOW) => Array.from({ length: n }, (_, i) => now - (i + 1) * 1000);

describe('how often a client polls', () => {
  it('a member with the view visible polls every 2 s', () => {
    expect(nextPollDelay(input())).toBe(2000);
  });

  it('a member with the view hidden polls every 10 s', () => {
    expect(nextPollDelay(input({ visible: false }))).toBe(10000);
  });

  it('before the meeting is live everyone polls every 10 s, the console too', () => {
    expect(nextPollDelay(input({ live: false }))).toBe(10000);
    expect(nextPollDelay(input({ live: false, console: true }))).toBe(10000);
  });

  it('the console polls every second, visible or not', () => {
    expect(nextPollDelay(input({ console: true }))).toBe(1000);
    expect(nextPollDelay(input({ console: true, visible: false }))).toBe(1000);
  });

  it('polls half as often when SharePoint says the budget is low', () => {
    expect(nextPollDelay(input({ rateLimitLow: true }))).toBe(4000);
    expect(nextPollDelay(input({ rateLimitLow: true, visible: false }))).toBe(20000);
    expect(nextPollDelay(input({ rateLimitLow: true, console: true }))).toBe(2000);
  });
});

describe('after failures', () => {
  it('backs off from 2 s, doubling each failure, to at most 60 s', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 10].map((failures) => nextPollDelay(input({ failures })));
    expect(delays).toEqual([2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('never polls sooner than the normal interval while backing off', () => {
    expect(nextPollDelay(input({ failures: 1, visible: false }))).toBe(10000);
    expect(nextPollDelay(input({ failures: 1, console: true }))).toBe(2000);
  });

  it('waits at least until Retry-After', () => {
    expect(nextPollDelay(input({ retryAfterUntil: NOW + 45000 }))).toBe(45000);
    expect(nextPollDelay(input({ console: true, failures: 1, retryAfterUntil: NOW + 30500 }))).toBe(30500);
  });

  it('a Retry-After already passed does not slow the poll', () => {
    expect(nextPollDelay(input({ retryAfterUntil: NOW - 5000 }))).toBe(2000);
  });

  it('a long backoff is not shortened by a shorter Retry-After', () => {
    expect(nextPollDelay(input({ failures: 6, retryAfterUntil: NOW + 10000 }))).toBe(60000);
  });
});

describe("a member client's budget (35 requests in any minute)", () => {
  it('keeps polling every 2 s with 30 polls and a couple of reads in the minute', () => {
    expect(nextPollDelay(input({ sent: lastMinute(POLL.pollBelow - 1) }))).toBe(2000);
  });

  it('when the person’s own writes fill the minute, each request over the mark slows the next poll by 2 s, never a stall', () => {
    expect(nextPollDelay(input({ sent: lastMinute(POLL.pollBelow) }))).toBe(4000);
    expect(nextPollDelay(input({ sent: lastMinute(POLL.pollBelow + 2) }))).toBe(8000);
    expect(nextPollDelay(input({ sent: [...lastMinute(POLL.pollBelow)].reverse() }))).toBe(4000);
  });

  it('reads what moved at once while the minute has room, else lets it ride with the next poll', () => {
    expect(followUpNow(NOW, lastMinute(POLL.followUpBelow - 1))).toBe(true);
    expect(followUpNow(NOW, lastMinute(POLL.followUpBelow))).toBe(false);
    expect(followUpNow(NOW, [])).toBe(true);
  });

  it('requests older than a minute do not count', () => {
    const sent = [...lastMinute(POLL.pollBelow - 1), NOW - 60000, NOW - 90000];
    expect(nextPollDelay(input({ sent }))).toBe(2000);
  });

  it('the console is not budget-limited', () => {
    const sent = lastMinute(120).map((t) => NOW - (NOW - t) / 2);
    expect(nextPollDelay(input({ console: true, sent }))).toBe(1000);
  });

  it('over 30 minutes with the member writing now and then, no rolling minute has more than 35 requests', () => {
    const start = NOW;
    const end = start + 30 * 60000;
    const polls: number[] = [];
    const writes: number[] = [];
    let now = start;
    let step = 0;
    // a deterministic pseudo-random sequence: writes, a hidden view now and then, the odd failure
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let failures = 0;
    while (now < end) {
      polls.push(now);
      step += 1;
      failures = rand() < 0.03 ? failures + 1 : 0;
      // between polls the member may write (ask for the floor, support a proposal)
      const delay = nextPollDelay(input({ now, sent: [...polls, ...writes], visible: step % 50 < 45, failures }));
      if (rand() < 0.1) writes.push(now + Math.floor(delay / 2));
      // a change seen: its lists are read at once when the minute has room, as the session does
      if (rand() < 0.3 && followUpNow(now + 50, [...polls, ...writes])) writes.push(now + 50);
      now += delay;
    }
    const maxInWindow = (times: number[]) => {
      const sorted = [...times].sort((a, b) => a - b);
      let max = 0;
      let lo = 0;
      for (let hi = 0; hi < sorted.length; hi++) {
        while (sorted[lo] <= sorted[hi] - 60000) lo++;
        max = Math.max(max, hi - lo + 1);
      }
      return max;
    };
    expect(polls.length).toBeGreaterThan(300);
    expect(writes.length).toBeGreaterThan(20);
    // the budget was reached, so the rule (not the 2 s interval alone) kept it
    expect(maxInWindow([...polls, ...writes])).toBeGreaterThanOrEqual(POLL.followUpBelow);
    expect(maxInWindow(polls)).toBeLessThanOrEqual(30);
    expect(maxInWindow([...polls, ...writes])).toBeLessThanOrEqual(POLL.budgetPerMinute);
  });
});
