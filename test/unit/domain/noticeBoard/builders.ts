import type { BoardInput, BoardRow, BoardSite } from '../../../../src/domain/noticeBoard/types';

/** Site users: the site owner, RF's clerk, RF's chair, RUN's clerk, a member. */
export const OWNER = 1;
export const CLERK = 20;
export const CHAIR = 10;
export const LENA = 30;
export const MEMBER = 40;

export const RF = 1;
export const RUN = 2;
/** RF's meeting of 24 November and one of RUN's. */
export const RF_MEETING = 100;
export const RUN_MEETING = 200;

let nextId = 1;

/** A row as SharePoint stamps it; `at` is its server time (Created, and Modified unless given). */
export function row(over: Partial<BoardRow> & { at: string }): BoardRow {
  const { at, ...rest } = over;
  return {
    id: nextId++,
    kind: 'minutes',
    event: 'Posted',
    minutesId: 7,
    meetingId: RF_MEETING,
    bodyId: RF,
    authorId: CLERK,
    editorId: CLERK,
    created: at,
    modified: at,
    title: 'Anslag: Protokoll – Regionfullmäktige',
    text: 'Regionfullmäktige: protokoll från sammanträdet 2026-11-24 är justerat.',
    postedOn: null,
    removeOn: null,
    minutesLocation: '/sites/politikerportal/Minutes/100-protokoll-ab12cd34/v1.pdf',
    publicVersion: '/sites/politikerportal/Minutes/Offentliga/100-protokoll-ab12cd34-v1.pdf',
    sections: [3, 1, 2],
    ...rest,
  };
}

/** A taking down of document 7's notice. */
export const takenDown = (at: string, over: Partial<BoardRow> = {}): BoardRow =>
  row({ at, event: 'TakenDown', text: null, publicVersion: null, minutesLocation: null, sections: [], ...over });

/** RF's announcement of a meeting (noticeWrites.ts): by its PostedOn and RemoveOn. */
export const announcement = (postedOn: string, removeOn: string, over: Partial<BoardRow> = {}): BoardRow =>
  row({
    at: `${postedOn}T09:00:00Z`,
    kind: 'meetingAnnouncement',
    event: null,
    minutesId: null,
    title: 'Kungörelse: Regionfullmäktige december',
    text: 'Regionfullmäktige sammanträder …',
    postedOn,
    removeOn,
    minutesLocation: null,
    publicVersion: null,
    sections: [],
    ...over,
  });

export function board(rows: BoardRow[], over: Partial<BoardInput> = {}): BoardInput {
  return {
    rows,
    meetings: [
      { id: RF_MEETING, bodyId: RF, start: '2026-11-24T08:00:00Z', end: '2026-11-24T16:00:00Z' },
      { id: 101, bodyId: RF, start: '2026-12-15T08:00:00Z', end: null },
      { id: RUN_MEETING, bodyId: RUN, start: '2026-11-20T08:00:00Z', end: null },
    ],
    bodies: [
      { id: RF, name: 'Regionfullmäktige', clerkIds: [CLERK] },
      { id: RUN, name: 'Regionala utvecklingsnämnden', clerkIds: [LENA] },
    ],
    ownerIds: [OWNER],
    assignments: [{ bodyId: RF, personId: CHAIR, position: 'Chair', validFrom: '2022-11-01', validTo: null }],
    ...over,
  };
}

export const site: BoardSite = {
  title: 'Anslagstavla – Region Norrbotten',
  description: 'Region Norrbottens officiella anslagstavla.',
  boardUrl: 'https://example.org/anslagstavla/',
  jsonFeedUrl: 'https://example.org/anslagstavla/feed.json',
  atomFeedUrl: 'https://example.org/anslagstavla/feed.atom',
  authorName: 'Region Norrbotten',
  tagAuthority: 'norrbotten.se',
  tagDate: '2026',
  asOf: '2026-12-02T10:00:00.000Z',
};
