import { noticesOnBoard, publishedVersions } from '../../../../src/domain/noticeBoard/current';
import { announcement, board, CHAIR, LENA, MEMBER, OWNER, row, RUN, RUN_MEETING, takenDown } from './builders';

const ids = (ns: { id: string }[]) => ns.map((n) => n.id);

describe('the notices on the public board', () => {
  it("shows a notice of signed minutes from the server's day of posting, with the dates the law sets", () => {
    const posted = row({ at: '2026-12-02T08:00:00Z', modified: '2026-12-02T08:00:01Z' });
    expect(noticesOnBoard(board([posted]), '2026-12-01')).toEqual([]);
    expect(noticesOnBoard(board([posted]), '2026-12-02')).toEqual([
      {
        id: `anslag-${posted.id}`,
        kind: 'minutes',
        bodyName: 'Regionfullmäktige',
        meetingDate: '2026-11-24',
        title: 'Justerat protokoll: Regionfullmäktige, sammanträde 2026-11-24',
        text: posted.text,
        postedOn: '2026-12-02',
        removeOn: '2026-12-24',
        appealEnds: '2026-12-23',
        sections: [1, 2, 3],
        minutesLocation: posted.minutesLocation,
        publicUrl: posted.publicVersion,
        published: '2026-12-02T08:00:00Z',
        updated: '2026-12-02T08:00:01Z',
      },
    ]);
  });

  it('counts the appeal period over Easter and midsummer as the minutes do', () => {
    // three weeks from 13 March 2026 end on Good Friday: Easter Monday follows, so 7 April
    const easter = row({ at: '2026-03-13T08:00:00Z' });
    expect(noticesOnBoard(board([easter]), '2026-03-13')[0]).toMatchObject({ appealEnds: '2026-04-07', removeOn: '2026-04-08' });
    // … from 29 May on midsummer eve: the next weekday is Monday 22 June
    const midsummer = row({ at: '2026-05-29T08:00:00Z' });
    expect(noticesOnBoard(board([midsummer]), '2026-05-29')[0]).toMatchObject({ appealEnds: '2026-06-22', removeOn: '2026-06-23' });
  });

  it('keeps the notice up after the period until it is taken down, and then it is gone', () => {
    const posted = row({ at: '2026-12-02T08:00:00Z' });
    const down = takenDown('2026-12-28T08:00:00Z');
    expect(ids(noticesOnBoard(board([posted, down]), '2026-12-27'))).toEqual([`anslag-${posted.id}`]);
    expect(noticesOnBoard(board([posted, down]), '2026-12-28')).toEqual([]);
    expect(noticesOnBoard(board([posted, down]), '2027-01-15')).toEqual([]);
  });

  it('takes a notice down early off the board too; put up again, it is a new notice with its own dates', () => {
    const first = row({ at: '2026-12-02T08:00:00Z' });
    const early = takenDown('2026-12-03T08:00:00Z');
    expect(noticesOnBoard(board([first, early]), '2026-12-03')).toEqual([]);
    const again = row({ at: '2026-12-03T09:00:00Z' });
    const [n] = noticesOnBoard(board([first, early, again]), '2026-12-03');
    // three weeks from 3 December end on Christmas Eve: the period runs to the next weekday
    expect(n).toMatchObject({ id: `anslag-${again.id}`, postedOn: '2026-12-03', appealEnds: '2026-12-28', removeOn: '2026-12-29' });
  });

  it("leaves out what is not the body's staff's: another body's clerk, a member, a last editor who is not staff", () => {
    const posted = row({ at: '2026-12-02T08:00:00Z' });
    // RUN's clerk can neither post RF's minutes nor take them down, naming RF's meeting or her own body's
    const forged = row({ at: '2026-12-01T08:00:00Z', authorId: LENA, editorId: LENA });
    const downByLena = takenDown('2026-12-03T08:00:00Z', { authorId: LENA, editorId: LENA, bodyId: RUN });
    const downViaRun = takenDown('2026-12-03T08:00:00Z', { authorId: LENA, editorId: LENA, bodyId: RUN, meetingId: RUN_MEETING });
    const byMember = takenDown('2026-12-03T09:00:00Z', { authorId: MEMBER, editorId: MEMBER });
    const shown = noticesOnBoard(board([forged, posted, downByLena, downViaRun, byMember]), '2026-12-04');
    expect(ids(shown)).toEqual([`anslag-${posted.id}`]);
    expect(noticesOnBoard(board([row({ at: '2026-12-02T08:00:00Z', editorId: LENA })]), '2026-12-04')).toEqual([]);
  });

  it('counts the owners and the chair on the meeting day, not a chair whose assignment had ended', () => {
    expect(noticesOnBoard(board([row({ at: '2026-12-02T08:00:00Z', authorId: OWNER, editorId: OWNER })]), '2026-12-02')).toHaveLength(1);
    const byChair = row({ at: '2026-12-02T08:00:00Z', authorId: CHAIR, editorId: CHAIR });
    expect(noticesOnBoard(board([byChair]), '2026-12-02')).toHaveLength(1);
    const ended = board([byChair], {
      assignments: [{ bodyId: 1, personId: CHAIR, position: 'Chair', validFrom: '2022-11-01', validTo: '2026-10-31' }],
    });
    expect(noticesOnBoard(ended, '2026-12-02')).toEqual([]);
  });

  it('counts only a finished posting: a row the clerk wrote without the text and the public version is not the notice', () => {
    const bare = row({ at: '2026-12-01T08:00:00Z', text: null, publicVersion: null });
    const posted = row({ at: '2026-12-02T08:00:00Z' });
    expect(noticesOnBoard(board([bare]), '2026-12-02')).toEqual([]);
    expect(noticesOnBoard(board([bare, posted]), '2026-12-02')[0]).toMatchObject({ id: `anslag-${posted.id}`, postedOn: '2026-12-02' });
  });

  it("shows RF's announcements by their days, both included, and only the staff's", () => {
    const a = announcement('2026-12-01', '2026-12-15', { meetingId: 101 });
    expect(noticesOnBoard(board([a]), '2026-11-30')).toEqual([]);
    expect(noticesOnBoard(board([a]), '2026-12-01')[0]).toMatchObject({
      kind: 'meetingAnnouncement',
      bodyName: 'Regionfullmäktige',
      meetingDate: '2026-12-15',
      postedOn: '2026-12-01',
      removeOn: '2026-12-15',
      appealEnds: null,
      sections: [],
    });
    expect(noticesOnBoard(board([a]), '2026-12-15')).toHaveLength(1);
    expect(noticesOnBoard(board([a]), '2026-12-16')).toEqual([]);
    // edited since by another body's clerk: not the region's word any more
    expect(noticesOnBoard(board([{ ...a, editorId: LENA }]), '2026-12-02')).toEqual([]);
    expect(noticesOnBoard(board([{ ...a, authorId: MEMBER }]), '2026-12-02')).toEqual([]);
  });

  it('lists the newest first, whatever the kind', () => {
    const older = row({ at: '2026-12-01T08:00:00Z', minutesId: 8 });
    const a = announcement('2026-12-02', '2026-12-15', { meetingId: 101 });
    const newer = row({ at: '2026-12-03T08:00:00Z' });
    const other = row({
      at: '2026-12-02T10:00:00Z',
      kind: 'other',
      event: null,
      minutesId: null,
      meetingId: null,
      postedOn: '2026-12-02',
      authorId: OWNER,
      editorId: OWNER,
    });
    expect(ids(noticesOnBoard(board([older, a, newer, other]), '2026-12-04'))).toEqual(
      [newer, other, a, older].map((r) => `anslag-${r.id}`),
    );
  });

  it("serves the public versions of the staff's postings, also once taken down, and no one else's", () => {
    const posted = row({ at: '2026-12-02T08:00:00Z' });
    const down = takenDown('2026-12-28T08:00:00Z');
    const forged = row({
      at: '2026-12-02T08:00:00Z',
      authorId: LENA,
      editorId: LENA,
      publicVersion: '/sites/politikerportal/Minutes/Offentliga/x.pdf',
    });
    expect([...publishedVersions(board([posted, down, forged]))]).toEqual([posted.publicVersion]);
  });
});
