import { announcementIsLate } from '../../../../src/domain/meetings/announcement';

describe('the RF announcement deadline (days before, a setting per body)', () => {
  it.each([
    ['2026-12-02', '2026-12-09', 7, false],
    ['2026-12-03', '2026-12-09', 7, true],
    ['2026-12-03', '2026-12-09', 5, false],
  ])('posted %s for %s with %i days: late = %p', (posted, meeting, days, late) => {
    expect(announcementIsLate(posted as string, meeting as string, days as number)).toBe(late);
  });
});
