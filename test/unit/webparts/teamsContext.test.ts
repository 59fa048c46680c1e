import { placementOf } from '../../../src/webparts/live/teamsContext';

const THREAD = '19:meeting_NjM4ZTk3YjEtZGQ2Ny00YjM5@thread.v2';

describe('where Teams placed the live view', () => {
  it("takes the meeting's chat id, the stage and the theme", () => {
    expect(placementOf({ app: { theme: 'dark' }, page: { frameContext: 'meetingStage' }, chat: { id: THREAD } })).toEqual({
      threadId: THREAD,
      stage: true,
      theme: 'dark',
    });
  });

  it('the side panel and other frames are not the stage', () => {
    for (const frameContext of ['sidePanel', 'content', 'MeetingStage', ''])
      expect(placementOf({ page: { frameContext }, chat: { id: THREAD } }).stage).toBe(false);
  });

  it('keeps default, dark and contrast; any other theme is default', () => {
    const themeOf = (theme: string | undefined) => placementOf({ app: { theme } }).theme;
    expect(['default', 'dark', 'contrast'].map(themeOf)).toEqual(['default', 'dark', 'contrast']);
    expect(['Dark', 'light', 'highContrast', '', undefined].map(themeOf)).toEqual(['default', 'default', 'default', 'default', 'default']);
  });

  it('outside a meeting chat there is no thread, stage or theme', () => {
    expect(placementOf({})).toEqual({ threadId: null, stage: false, theme: 'default' });
    expect(placementOf({ app: {}, page: {}, chat: {} })).toEqual({ threadId: null, stage: false, theme: 'default' });
    expect(placementOf({ chat: { id: '' } }).threadId).toBeNull();
  });
});
