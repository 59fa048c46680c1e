import {
  canTakeDown,
  checkPostingDate,
  latestPostingDay,
  meetingLastDay,
  noticePeriod,
  serverDate,
  signingDeadline,
  signingStatus,
} from '../../../../src/domain/minutes/deadlines';
import { sv } from './builders';

describe('the signing deadline (a setting per body)', () => {
  it("counts from the meeting's last day: a two-day assembly meeting ends on its second day", () => {
    expect(meetingLastDay({ start: sv('2021-11-23', '09:00'), end: sv('2021-11-24', '16:00') })).toBe('2021-11-24');
    expect(meetingLastDay({ start: sv('2026-11-24', '09:00'), end: null })).toBe('2026-11-24');
  });

  it('takes the Swedish date of the end: a meeting that ends at 00:30 ends the next day', () => {
    expect(meetingLastDay({ start: sv('2026-11-24', '18:00'), end: '2026-11-24T23:30:00.000Z' })).toBe('2026-11-25');
  });

  it('is T0 + the setting, with the reminder from its own setting', () => {
    expect(signingDeadline('2026-11-24', { signingDays: 14, reminderDays: 10 })).toEqual({
      lastMeetingDay: '2026-11-24',
      remindOn: '2026-12-04',
      due: '2026-12-08',
    });
    expect(signingDeadline('2026-11-24', { signingDays: 7, reminderDays: 5 })).toMatchObject({ remindOn: '2026-11-29', due: '2026-12-01' });
  });

  it('refuses a setting that is not a number of days', () => {
    expect(() => signingDeadline('2026-11-24', { signingDays: Number.NaN, reminderDays: 10 })).toThrow(RangeError);
    expect(() => signingDeadline('2026-11-24', { signingDays: 14, reminderDays: -1 })).toThrow(RangeError);
  });

  const d = signingDeadline('2026-11-24', { signingDays: 14, reminderDays: 10 });
  it.each([
    [sv('2026-12-03', '23:59'), 'pending'],
    [sv('2026-12-04', '00:01'), 'remind'],
    [sv('2026-12-08', '23:59'), 'remind'],
    [sv('2026-12-09', '00:01'), 'overdue'],
  ])('unsigned at %s: %s', (now, expected) => {
    expect(signingStatus(d, now, null)).toBe(expected);
  });

  it('signed on the last day is in time; signed the next Swedish day is late, even at 23:30 UTC on the last day', () => {
    const later = sv('2026-12-20', '12:00');
    expect(signingStatus(d, later, sv('2026-12-08', '23:59'))).toBe('signed');
    expect(signingStatus(d, later, '2026-12-08T23:30:00.000Z')).toBe('signedLate');
  });
});

describe('the notice goes up at the latest two days after tJ (KL 8:12, lag 1930:173 2 §)', () => {
  it('Monday → Wednesday', () => {
    expect(latestPostingDay(sv('2026-11-23', '15:00'))).toBe('2026-11-25');
  });

  it('in Easter week: signed on the Wednesday, the second day is långfredagen, so the last day is the Tuesday after annandag påsk', () => {
    // Easter 2026 is 5 April
    expect(latestPostingDay(sv('2026-04-01', '15:00'))).toBe('2026-04-07');
    expect(latestPostingDay(sv('2026-04-04', '10:00'))).toBe('2026-04-07');
  });

  it('signed just after midnight on the Wednesday before midsummer: midsommarafton moves it to the Monday', () => {
    // 00:30 in Stockholm is still 16 June in UTC, whose second day would be Thursday 18 June
    expect(serverDate(sv('2026-06-17', '00:30'))).toBe('2026-06-17');
    expect(latestPostingDay(sv('2026-06-17', '00:30'))).toBe('2026-06-22');
  });

  it('posting three days after tJ is refused with the last allowed day', () => {
    expect(checkPostingDate(sv('2026-11-23', '15:00'), '2026-11-26')).toEqual({
      code: 'postingLate',
      latest: '2026-11-25',
      proposed: '2026-11-26',
    });
  });

  it('posting on the day of signing or two days after is allowed', () => {
    expect(checkPostingDate(sv('2026-11-23', '15:00'), '2026-11-23')).toBeNull();
    expect(checkPostingDate(sv('2026-11-23', '15:00'), '2026-11-25')).toBeNull();
    expect(checkPostingDate(sv('2026-04-01', '15:00'), '2026-04-07')).toBeNull();
  });

  it('posting before the minutes are signed is refused', () => {
    expect(checkPostingDate(sv('2026-11-23', '15:00'), '2026-11-22')).toEqual({
      code: 'postingBeforeSigned',
      signedOn: '2026-11-23',
      proposed: '2026-11-22',
    });
    expect(checkPostingDate(null, '2026-11-23')).toEqual({ code: 'notSigned' });
  });
});

describe('the notice comes down the day after the appeal period (KL 13:5)', () => {
  it('an ordinary period: posted Wednesday, last day three weeks later, down the Thursday', () => {
    expect(noticePeriod('2026-11-25')).toEqual({ postedOn: '2026-11-25', appealEnds: '2026-12-16', removeOn: '2026-12-17' });
  });

  it('a period ending on långfredagen runs to the Tuesday after Easter', () => {
    expect(noticePeriod('2026-03-13')).toMatchObject({ appealEnds: '2026-04-07', removeOn: '2026-04-08' });
  });

  it('a period ending on midsommarafton runs to the Monday', () => {
    expect(noticePeriod('2026-05-29')).toMatchObject({ appealEnds: '2026-06-22', removeOn: '2026-06-23' });
  });

  it('taking it down a day early is refused with the earliest allowed day', () => {
    expect(canTakeDown({ postedOn: '2026-11-25' }, '2026-12-16')).toEqual({
      code: 'appealPeriodRunning',
      appealEnds: '2026-12-16',
      earliest: '2026-12-17',
    });
    expect(canTakeDown({ postedOn: '2026-11-25' }, '2026-12-17')).toBeNull();
    expect(canTakeDown({ postedOn: '2026-11-25' }, '2027-01-10')).toBeNull();
  });

  it('over Easter, three weeks and a day is not enough: the moved last day still has to pass', () => {
    expect(canTakeDown({ postedOn: '2026-03-13' }, '2026-04-04')).toMatchObject({ earliest: '2026-04-08' });
    expect(canTakeDown({ postedOn: '2026-03-13' }, '2026-04-07')).toMatchObject({ earliest: '2026-04-08' });
    expect(canTakeDown({ postedOn: '2026-03-13' }, '2026-04-08')).toBeNull();
  });
});

describe('server dates', () => {
  it('refuses an unreadable server time rather than guess a day', () => {
    expect(() => serverDate('not a time')).toThrow(RangeError);
  });
});
