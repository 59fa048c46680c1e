import { bodyStaffIds, trustedAuthor, trustFromStaff, type BodyStaff } from '../../../../src/domain/bodies/trust';

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

describe('staff are staff of a body (DESIGN §4)', () => {
  const OWNER = 1;
  const [CLERK_A, CLERK_B] = [900, 901];
  const [CHAIR_A, VICE_A, MEMBER_A] = [100, 110, 120];
  const [CHAIR_B, SECOND_VICE_B, MEMBER_B] = [200, 210, 220];
  const bodyA: BodyStaff = {
    ownerIds: [OWNER],
    clerkIds: [CLERK_A],
    assignments: [
      { personId: CHAIR_A, position: 'Chair' },
      { personId: VICE_A, position: 'FirstViceChair' },
      { personId: MEMBER_A, position: null },
    ],
  };
  const bodyB: BodyStaff = {
    ownerIds: [OWNER],
    clerkIds: [CLERK_B],
    assignments: [
      { personId: CHAIR_B, position: 'Chair' },
      { personId: SECOND_VICE_B, position: 'SecondViceChair' },
      { personId: MEMBER_B, position: null },
    ],
  };
  const inA = trustFromStaff(bodyStaffIds(bodyA));
  const inB = trustFromStaff(bodyStaffIds(bodyB));
  const writes = (authorId: number, personId: number, trust: typeof inA) => trustedAuthor({ authorId, personId }, trust);

  it("counts the body's clerks, its chair and vice chairs by assignment, and the site owners; not its plain members", () => {
    expect(bodyStaffIds(bodyA)).toEqual([OWNER, CHAIR_A, VICE_A, CLERK_A]);
    expect(writes(CLERK_A, MEMBER_A, inA)).toBe(true);
    expect(writes(CHAIR_A, MEMBER_A, inA)).toBe(true);
    expect(writes(VICE_A, MEMBER_A, inA)).toBe(true);
    expect(writes(MEMBER_A, CHAIR_A, inA)).toBe(false);
  });

  it("a clerk of body A writing for a member of body B does not count there, and B's clerk not in A", () => {
    expect(writes(CLERK_A, MEMBER_B, inB)).toBe(false);
    expect(writes(CLERK_B, MEMBER_B, inB)).toBe(true);
    expect(writes(CLERK_B, MEMBER_A, inA)).toBe(false);
  });

  it('the presidium of body A does not count in body B: a chair is staff only where they chair', () => {
    expect(writes(CHAIR_A, MEMBER_B, inB)).toBe(false);
    expect(writes(VICE_A, MEMBER_B, inB)).toBe(false);
    expect(writes(SECOND_VICE_B, MEMBER_B, inB)).toBe(true);
    expect(writes(CHAIR_B, MEMBER_A, inA)).toBe(false);
  });

  it('a site owner counts in every body: they administer the site', () => {
    expect(writes(OWNER, MEMBER_A, inA)).toBe(true);
    expect(writes(OWNER, MEMBER_B, inB)).toBe(true);
  });

  it('a body with no clerks set has only its presidium and the owners as staff', () => {
    const none = bodyStaffIds({ ...bodyB, clerkIds: [] });
    expect(none).toEqual([OWNER, CHAIR_B, SECOND_VICE_B]);
    expect(none).not.toContain(CLERK_B);
  });

  it('someone both clerk and chair is listed once', () => {
    expect(bodyStaffIds({ ownerIds: [OWNER], clerkIds: [CHAIR_A, OWNER], assignments: bodyA.assignments })).toEqual([
      OWNER,
      CHAIR_A,
      VICE_A,
    ]);
  });
});
