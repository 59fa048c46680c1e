import '../support/fluent';
import * as React from 'react';
import { render, screen, fireEvent } from '@testing-library/react';
import { LiveApp } from '../../../src/ui/live/LiveApp';
import { snapshotPicture } from '../../../src/data/live/snapshotPicture';
import { DataError, type LiveClient, type LiveSnapshot } from '../../../src/data/services';
import type { AttendanceEvent } from '../../../src/domain/meetings/types';
import { CLERK_ID, fakeServices, meetingDetails } from '../support/fakes';
import { expectNoAxeViolations } from '../support/axe';

jest.setTimeout(30000);

const present = (personId: number, id: number): AttendanceEvent => ({
  id,
  personId,
  kind: 'Present',
  itemNumbers: null,
  fromItemId: null,
  reason: null,
  at: '2026-12-01T08:05:00Z',
  authorId: CLERK_ID,
});

/** The meeting at item 2 after the roll call: five members present, and a substitute who does not serve. */
function snapshot(): LiveSnapshot {
  const meeting = meetingDetails({ attendance: [7, 2, 3, 4, 5, 8].map((p, i) => present(p, i + 1)) });
  return {
    meeting,
    staff: { chairId: 3, viceChairIds: [], clerkIds: [CLERK_ID] },
    debate: {
      maxRepliesPerSpeech: 2,
      speechSeconds: 300,
      replySeconds: 120,
      answerSeconds: 60,
      substitutesMaySpeak: false,
      eliminationTieByLot: false,
    },
    state: {
      id: 1,
      etag: '"1"',
      revision: 3,
      phase: 'Debate',
      currentItemId: 12,
      currentSpeakerId: null,
      openVoteId: null,
      turnout: null,
      voteMark: 0,
      mark: { speakers: 0, proposals: 0, attendance: 6, conflicts: 0 },
      modified: '2026-12-01T09:00:00Z',
      authorId: 3,
      editorId: 3,
    },
    speakers: [],
    proposals: [],
    seen: { speakers: 0, proposals: 0, attendance: 6, conflicts: 0 },
  };
}

/** A client holding a fixed snapshot; its writes are recorded (the session itself is tested against the local tenant). */
function fakeClient(snap: LiveSnapshot, over: Partial<LiveClient> = {}): LiveClient {
  const s = snap;
  const picture = snapshotPicture(s);
  const base = {
    snapshot: s,
    status: { requests: [], lastOkAt: Date.parse('2026-12-01T09:00:00Z'), error: null },
    watch: { skewMs: 0 },
    meetingId: s.meeting.id,
    picture: () => picture,
    serverNow: () => new Date('2026-12-01T09:00:00Z'),
    subscribe: () => () => undefined,
    start: jest.fn(),
    stop: jest.fn(),
    setConsole: jest.fn(),
    refresh: jest.fn(() => Promise.resolve()),
    requestFloor: jest.fn(() => Promise.resolve()),
  };
  return { ...base, ...over } as unknown as LiveClient;
}

function renderAs(siteUserId: number, client: LiveClient) {
  const services = fakeServices({ user: { siteUserId }, live: { open: () => Promise.resolve(client) } });
  return render(<LiveApp services={services} target={{ meetingId: 42 }} view="auto" teamsTheme={null} />);
}

describe('the live member view', () => {
  it('lets a serving member ask for the floor and says so', async () => {
    const client = fakeClient(snapshot());
    const { container } = renderAs(7, client);
    const ask = await screen.findByRole('button', { name: 'Begär ordet' });
    expect(screen.getByText('Ärende 2 av 3')).toBeTruthy();
    expect(screen.getByText('Beslutfört: 5 av 5 platser besatta (minst 3 krävs).')).toBeTruthy();
    fireEvent.click(ask);
    expect(await screen.findByText('Din begäran står på talarlistan.')).toBeTruthy();
    expect(client.requestFloor).toHaveBeenCalledWith('Speech');
    await expectNoAxeViolations(container);
  });

  it('tells a substitute who does not serve why they cannot ask, by the body’s rule', async () => {
    renderAs(8, fakeClient(snapshot()));
    expect(await screen.findByText('Ersättare som inte tjänstgör får inte yttra sig i det här organet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Begär ordet' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ordningsfråga' })).toBeNull();
  });

  it('shows the rule that refused a request in Swedish beside the buttons, and keeps the view', async () => {
    const client = fakeClient(snapshot(), {
      requestFloor: jest.fn(() =>
        Promise.reject(new DataError('invalid', 'The rules of the debate refuse this: listClosed.', undefined, 'listClosed')),
      ),
    });
    renderAs(7, client);
    fireEvent.click(await screen.findByRole('button', { name: 'Begär ordet' }));
    expect(await screen.findByText('Talarlistan är stängd.')).toBeTruthy();
    expect(screen.queryByText(/rules of the debate/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Begär ordet' })).toBeTruthy();
  });

  it('gives someone with no assignment in the body a read-only view', async () => {
    renderAs(99, fakeClient(snapshot()));
    expect(await screen.findByText(/Du följer sammanträdet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Begär ordet' })).toBeNull();
  });
});
