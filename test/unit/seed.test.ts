import { buildMeetings } from '../../tools/local-tenant/src/seed/meetings';
import { bodies, buildRegion, dHondt, parties } from '../../tools/local-tenant/src/seed/region';
import { stableGuid } from '../../tools/local-tenant/src/seed/ids';
import { textPdf } from '../../tools/local-tenant/src/seed/pdf';

describe('the seeded fictional region', () => {
  const region = buildRegion('2026-11-24');
  const rf = region.assignments.filter((a) => a.bodyCode === 'RF');

  it('is the same every time for the same date', () => {
    expect(buildRegion('2026-11-24')).toEqual(region);
    expect(buildMeetings(bodies, '2026-11-24')).toEqual(buildMeetings(bodies, '2026-11-24'));
    expect(stableGuid('x')).toBe(stableGuid('x'));
    expect(stableGuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('lists every matter once on an agenda (no item title twice in one meeting)', () => {
    for (const m of buildMeetings(bodies, '2026-11-24')) {
      const titles = m.items.map((i) => i.title);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it('gives regionfullmäktige 71 seats in the 2022–2026 party split and 71 substitutes in party order', () => {
    const members = rf.filter((a) => a.role === 'Ledamot');
    const subs = rf.filter((a) => a.role === 'Ersättare');
    expect(members).toHaveLength(71);
    expect(subs).toHaveLength(71);
    for (const p of parties) {
      expect(members.filter((a) => a.party === p.code)).toHaveLength(p.rfSeats);
      expect(subs.filter((a) => a.party === p.code).map((a) => a.substituteOrder)).toEqual(
        Array.from({ length: p.rfSeats }, (_, i) => i + 1),
      );
    }
    expect(new Set(members.map((a) => a.seatNumber)).size).toBe(71);
  });

  it('shares committee seats out proportionally (d’Hondt) and gives every body a chair', () => {
    expect([...dHondt(15).values()].reduce((a, b) => a + b, 0)).toBe(15);
    expect(dHondt(15).get('S')).toBe(7);
    for (const b of bodies) {
      const seats = region.assignments.filter((a) => a.bodyCode === b.code && a.role === 'Ledamot' && a.validTo === null);
      expect(seats).toHaveLength(b.seats);
      expect(seats.filter((a) => a.position === 'Ordförande')).toHaveLength(1);
    }
  });

  it('has one person per name and mailbox, fictional, with unified addresses', () => {
    expect(new Set(region.people.map((p) => p.upn)).size).toBe(region.people.length);
    for (const p of region.people.filter((x) => x.party)) expect(p.upn).toMatch(/^[a-z]+\.[a-z]+@politiker\.norrbotten\.se$/);
  });

  it('has every persona, and only the no-MFA persona lacks two-factor sign-in', () => {
    const personas = Object.fromEntries(region.people.filter((p) => p.persona).map((p) => [p.persona, p]));
    expect(Object.keys(personas).sort()).toEqual(['chair', 'clerk', 'member', 'nomfa', 'owner', 'payroll', 'substitute']);
    expect(region.people.filter((p) => !p.mfa).map((p) => p.persona)).toEqual(['nomfa']);
    expect(rf.find((a) => a.personKey === personas.chair.key)?.position).toBe('Ordförande');
    expect(rf.find((a) => a.personKey === personas.substitute.key)).toMatchObject({ role: 'Ersättare', substituteOrder: 1 });
  });

  it('has a year of meetings behind and ahead, past ones closed with numbered sections', () => {
    const meetings = buildMeetings(bodies, '2026-11-24');
    const now = new Date('2026-11-24T12:00:00Z');
    // Five a year (DOMAIN §1) over the 25 months around the date.
    expect(meetings.filter((m) => m.bodyCode === 'RF')).toHaveLength(11);
    const past = meetings.filter((m) => m.end < now);
    const future = meetings.filter((m) => m.start > now);
    expect(past.length).toBeGreaterThan(20);
    expect(future.length).toBeGreaterThan(20);
    expect(past.every((m) => m.status === 'Avslutat' && m.items.every((i) => i.section !== null))).toBe(true);
    expect(future.every((m) => m.items.every((i) => i.section === null))).toBe(true);
    // Meetings are set at local time: 09:00 in Luleå is 08:00 UTC in winter, 07:00 in summer.
    const june = meetings.find((m) => m.bodyCode === 'RF' && m.start.getUTCMonth() === 5)!;
    expect(june.start.getUTCHours()).toBe(7);
  });

  it('writes documents as real PDFs', () => {
    const pdf = textPdf('Kallelse', ['Åre – ärende 3']);
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(pdf.toString('latin1')).toContain('startxref');
    expect(pdf.toString('latin1')).toContain('Åre');
  });
});
