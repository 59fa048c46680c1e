import { canReportLink, decisionsBlocked, remoteParticipants } from '../../../../src/domain/live/remote';
import { CLERK, roll, trust } from '../builders';

describe('remote participants (KL 5:16)', () => {
  it('are those the roll call has present remotely, and those who confirm themselves, with the first confirmation', () => {
    const events = [
      roll(101, 'PresentRemote'),
      roll(102, 'Present'),
      roll(103, 'RemoteConfirmed', null, { authorId: 103 }),
      roll(101, 'RemoteConfirmed', null, { authorId: 101 }),
      roll(101, 'RemoteConfirmed', 12, { authorId: 101 }),
    ];
    const p = remoteParticipants(events, trust);
    expect([...p.keys()]).toEqual([101, 103]);
    expect(p.get(101)).toEqual({ personId: 101, remote: true, confirmed: true, confirmedAt: events[3].at, link: 'ok', outages: [] });
    expect(p.get(103)).toMatchObject({ confirmed: true, confirmedAt: events[2].at });
  });

  it('ignores a roll call a member wrote and a confirmation staff wrote for someone', () => {
    const p = remoteParticipants([roll(101, 'PresentRemote', null, { authorId: 101 }), roll(102, 'RemoteConfirmed', null)], trust);
    expect(p.size).toBe(0);
  });
});

describe('a broken link', () => {
  it('is an outage from the report to the restoration, on the item where it happened, reported by the member or staff', () => {
    const events = [
      roll(101, 'PresentRemote'),
      roll(101, 'LinkBroken', 12, { authorId: 101 }),
      roll(101, 'LinkRestored', 12, { authorId: 101 }),
      roll(101, 'LinkBroken', 13, { authorId: CLERK }),
    ];
    const p = remoteParticipants(events, trust).get(101)!;
    expect(p.link).toBe('broken');
    expect(p.outages).toEqual([
      { from: events[1].at, to: events[2].at, itemId: 12, markedAbsentAt: null },
      { from: events[3].at, to: null, itemId: 13, markedAbsentAt: null },
    ]);
  });

  it('blocks decisions until the link works again or staff record the person absent', () => {
    const broken = [roll(101, 'PresentRemote'), roll(102, 'PresentRemote'), roll(102, 'LinkBroken', 12, { authorId: 102 })];
    const blocked = remoteParticipants(broken, trust);
    expect(decisionsBlocked(blocked)).toEqual([{ personId: 102, since: broken[2].at }]);

    const absent = [...broken, roll(102, 'LinkAbsent', 12)];
    const marked = remoteParticipants(absent, trust);
    expect(decisionsBlocked(marked)).toEqual([]);
    expect(marked.get(102)).toMatchObject({ link: 'absent', outages: [{ to: null, markedAbsentAt: absent[3].at }] });

    const restored = remoteParticipants([...absent, roll(102, 'LinkRestored', 13, { authorId: 102 })], trust);
    expect(restored.get(102)).toMatchObject({ link: 'ok', outages: [{ markedAbsentAt: absent[3].at }] });
    expect(restored.get(102)!.outages[0].to).not.toBeNull();
  });

  it('counts LinkAbsent only from staff, and staff may record it before anyone reported the break', () => {
    const events = [roll(101, 'PresentRemote'), roll(101, 'LinkAbsent', 12, { authorId: 101 })];
    expect(remoteParticipants(events, trust).get(101)!.link).toBe('ok');
    const byClerk = [roll(101, 'PresentRemote'), roll(101, 'LinkAbsent', 12)];
    expect(remoteParticipants(byClerk, trust).get(101)!.outages).toEqual([
      { from: byClerk[1].at, to: null, itemId: 12, markedAbsentAt: byClerk[1].at },
    ]);
  });

  it("ignores another member's report, a report from someone not remote, a second report and a restoration with nothing broken", () => {
    const events = [
      roll(101, 'PresentRemote'),
      roll(101, 'LinkRestored', 12, { authorId: 101 }),
      roll(101, 'LinkBroken', 12, { authorId: 102 }),
      roll(103, 'LinkBroken', 12, { authorId: 103 }),
      roll(101, 'LinkBroken', 12, { authorId: 101 }),
      roll(101, 'LinkBroken', 12, { authorId: 101 }),
    ];
    const p = remoteParticipants(events, trust);
    expect(p.has(103)).toBe(false);
    expect(p.get(101)!.outages).toEqual([{ from: events[4].at, to: null, itemId: 12, markedAbsentAt: null }]);
  });

  it('stops blocking when the roll call has the person absent, gone, or present again', () => {
    const base = [roll(101, 'PresentRemote'), roll(101, 'LinkBroken', 12, { authorId: 101 })];
    expect(decisionsBlocked(remoteParticipants([...base, roll(101, 'Departure', 13)], trust))).toEqual([]);
    const back = remoteParticipants([...base, roll(101, 'Arrival', 13)], trust).get(101)!;
    expect(back.link).toBe('ok');
    expect(back.outages[0].to).not.toBeNull();
  });
});

describe('reporting the link', () => {
  const events = [roll(101, 'PresentRemote'), roll(102, 'PresentRemote'), roll(102, 'LinkBroken', 12, { authorId: 102 })];
  const p = remoteParticipants(events, trust);

  it('is for remote participants only', () => {
    expect(canReportLink(p, 104, 'LinkBroken')).toEqual({ code: 'notRemote' });
    expect(canReportLink(p, 101, 'LinkBroken')).toBeNull();
  });

  it('restores only a link that is broken', () => {
    expect(canReportLink(p, 101, 'LinkRestored')).toEqual({ code: 'noLinkToRestore' });
    expect(canReportLink(p, 102, 'LinkRestored')).toBeNull();
  });
});

describe('moving into the chamber', () => {
  it('ends remote participation when the roll call has the person present in the room; the outages stay on record', () => {
    const events = [roll(101, 'PresentRemote'), roll(101, 'LinkBroken', 12, { authorId: 101 }), roll(101, 'Present', 13)];
    const p = remoteParticipants(events, trust).get(101)!;
    expect(p).toMatchObject({ remote: false, link: 'ok' });
    expect(p.outages).toEqual([{ from: events[1].at, to: events[2].at, itemId: 12, markedAbsentAt: null }]);
    expect(canReportLink(remoteParticipants(events, trust), 101, 'LinkBroken')).toEqual({ code: 'notRemote' });
    // back on the link later
    expect(remoteParticipants([...events, roll(101, 'PresentRemote', 14)], trust).get(101)).toMatchObject({ remote: true });
  });
});
