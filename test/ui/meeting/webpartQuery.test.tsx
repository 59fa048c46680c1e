import { meetingPageNav, meetingViewFromQuery } from '../../../src/webparts/meetingPage';

describe('the SharePoint meeting page address', () => {
  it('reads the view from the query string', () => {
    expect(meetingViewFromQuery('?meetingId=42')).toEqual({ kind: 'meeting', meetingId: 42 });
    expect(meetingViewFromQuery('?meetingId=42&view=upprop')).toEqual({ kind: 'rollCall', meetingId: 42 });
    expect(meetingViewFromQuery('?view=ny')).toEqual({ kind: 'new' });
    expect(meetingViewFromQuery('')).toBeNull();
    expect(meetingViewFromQuery('?meetingId=abc')).toBeNull();
    expect(meetingViewFromQuery('?meetingId=-3')).toBeNull();
  });

  it('builds addresses the page reads back', () => {
    const nav = meetingPageNav('https://region.sharepoint.com/sites/politikerportal');
    expect(nav.meeting(42)).toBe('https://region.sharepoint.com/sites/politikerportal/SitePages/Sammantrade.aspx?meetingId=42');
    for (const href of [nav.meeting(7), nav.rollCall(7), nav.newMeeting()]) {
      expect(meetingViewFromQuery(new URL(href).search)).not.toBeNull();
    }
    expect(meetingViewFromQuery(new URL(nav.rollCall(7)).search)).toEqual({ kind: 'rollCall', meetingId: 7 });
  });
});
