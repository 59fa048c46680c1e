import { trustedAuthor, trustFromStaff } from '../../../../src/domain/bodies/trust';

describe('whose events count (staff of the portal)', () => {
  const trust = trustFromStaff([900, 901]);

  it('knows the staff the repository read, and nobody else', () => {
    expect(trust.isStaff(900)).toBe(true);
    expect(trust.isStaff(101)).toBe(false);
  });

  it('lets a person write for themself and staff write for anyone', () => {
    expect(trustedAuthor({ authorId: 101, personId: 101 }, trust)).toBe(true);
    expect(trustedAuthor({ authorId: 901, personId: 101 }, trust)).toBe(true);
    expect(trustedAuthor({ authorId: 102, personId: 101 }, trust)).toBe(false);
  });
});
