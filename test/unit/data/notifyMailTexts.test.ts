import { absoluteLink } from '../../../src/data/notifications/absenceMail';
import { notifyMailTexts } from '../../../src/data/notifications/mailTexts';

describe("the absence mails' texts", () => {
  const m = (bodyName: string) => ({ bodyName, title: 'Sammanträde', when: 'tisdag 1 december 2026 kl. 09:00' });

  it('are Swedish unless asked otherwise, with the meeting in Stockholm time across DST', () => {
    const sv = notifyMailTexts();
    expect(sv.when(new Date('2026-12-01T08:00:00Z'))).toBe('tisdag 1 december 2026 kl. 09:00');
    expect(sv.when(new Date('2026-06-02T07:00:00Z'))).toBe('tisdag 2 juni 2026 kl. 09:00');
    expect(notifyMailTexts('en-GB').when(new Date('2026-12-01T08:00:00Z'))).toBe('Tuesday, 1 December 2026 at 09:00');
    expect(notifyMailTexts('fi-FI')).toBe(sv);
  });

  it("put the body's name in the genitive as Swedish does", () => {
    const sv = notifyMailTexts('sv-SE');
    expect(sv.absence.intro('Anna', m('Regionstyrelsen'))).toBe(
      'Anna har anmält förhinder till Regionstyrelsens sammanträde tisdag 1 december 2026 kl. 09:00 (Sammanträde).',
    );
    expect(sv.absence.intro('Anna', m('Patientnämndens arbetsutskott AU-x'))).toContain('arbetsutskott AU-x sammanträde');
    expect(sv.items([2])).toBe('ärende 2');
    expect(sv.items([2, 3, 5])).toBe('ärendena 2, 3 och 5');
    expect(sv.items('all')).toBe('hela sammanträdet');
  });

  it("make a host's relative link absolute where the page is known, and leave an absolute one", () => {
    expect(absoluteLink('https://region.sharepoint.com/sites/p/SitePages/Sammantrade.aspx?meetingId=4')).toBe(
      'https://region.sharepoint.com/sites/p/SitePages/Sammantrade.aspx?meetingId=4',
    );
    expect(absoluteLink('#/sammantrade/4')).toBe('#/sammantrade/4');
    const g = globalThis as { location?: unknown };
    g.location = { href: 'https://portal.norrbotten.se/#/kalender' };
    try {
      expect(absoluteLink('#/sammantrade/4')).toBe('https://portal.norrbotten.se/#/sammantrade/4');
    } finally {
      delete g.location;
    }
  });
});
