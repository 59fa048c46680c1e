import type { MeetingNav } from '../../../src/ui/meeting/nav';

/** The host's hash addresses, with navigation recorded instead of performed. */
export function testNav(): MeetingNav & { go: jest.Mock } {
  return {
    meeting: (id) => `#/sammantrade/${id}`,
    rollCall: (id) => `#/sammantrade/${id}/upprop`,
    live: (id) => `#/sammantrade/${id}/live`,
    minutes: (id) => `#/sammantrade/${id}/protokoll`,
    newMeeting: () => '#/sammantrade/ny',
    overview: () => '#/',
    go: jest.fn(),
  };
}
