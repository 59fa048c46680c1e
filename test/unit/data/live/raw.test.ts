import {
  clerkIdsOf,
  formatMark,
  markCovers,
  maxMark,
  NO_EVENTS,
  parseMark,
  toDebateRules,
  toLiveState,
  toProposalEvents,
  toSpeakerEvents,
  type RawDebateBody,
  type RawLiveRow,
  type RawProposalRow,
  type RawSpeakerRow,
} from '../../../../src/data/live/raw';

const AT = '2026-12-09T09:00:00Z';

function speakerRow(over: Partial<RawSpeakerRow> = {}): RawSpeakerRow {
  return {
    Id: 1,
    AgendaItemId: 12,
    SpeakerKind: 'Anförande',
    ReplyTo: null,
    OnBehalfOfId: null,
    Position: null,
    Created: AT,
    AuthorId: 101,
    ...over,
  };
}

function proposalRow(over: Partial<RawProposalRow> = {}): RawProposalRow {
  return {
    Id: 1,
    AgendaItemId: 12,
    ProposalKind: 'Bifall',
    ProposalEvent: 'Yrkat',
    ProposalText: 'Bifall till förslaget',
    RefersTo: null,
    OnBehalfOfId: null,
    UnanimousConsent: null,
    Created: AT,
    AuthorId: 101,
    ...over,
  };
}

function liveRow(over: Partial<RawLiveRow> = {}): RawLiveRow {
  return {
    Id: 7,
    MeetingId: 3,
    Phase: 'Överläggning',
    CurrentItem: 12,
    CurrentSpeaker: 40,
    OpenVote: null,
    Revision: 5,
    EventMark: '{"s":4,"p":2,"a":9,"c":1}',
    Modified: AT,
    AuthorId: 900,
    EditorId: 901,
    ...over,
  };
}

function body(over: Partial<RawDebateBody> = {}): RawDebateBody {
  return {
    Id: 1,
    SubstitutesMaySpeak: null,
    MaxRepliesPerSpeech: null,
    ReplySeconds: null,
    RejoinderSeconds: null,
    SpeechSeconds: null,
    ClerksId: null,
    ...over,
  };
}

describe('the event mark', () => {
  it('round-trips through its short form', () => {
    const mark = { speakers: 12, proposals: 3, attendance: 40, conflicts: 0 };
    expect(formatMark(mark)).toBe('{"s":12,"p":3,"a":40,"c":0}');
    expect(parseMark(formatMark(mark))).toEqual(mark);
  });

  it('garbage, an empty column and a non-object give zeros', () => {
    for (const text of [null, undefined, '', 'not json', '{"s":', '[]', '"x"', 'null', '42']) expect(parseMark(text)).toEqual(NO_EVENTS);
  });

  it('negative, fractional and non-numeric counts are zero; the others are kept', () => {
    expect(parseMark('{"s":-1,"p":2.5,"a":"7","c":3}')).toEqual({ speakers: 0, proposals: 0, attendance: 0, conflicts: 3 });
  });

  it('maxMark takes the highest per list', () => {
    const a = { speakers: 5, proposals: 0, attendance: 9, conflicts: 1 };
    const b = { speakers: 3, proposals: 2, attendance: 9, conflicts: 4 };
    expect(maxMark(a, b)).toEqual({ speakers: 5, proposals: 2, attendance: 9, conflicts: 4 });
  });

  it('markCovers only when every list is at least as far', () => {
    const a = { speakers: 5, proposals: 2, attendance: 9, conflicts: 1 };
    expect(markCovers(a, a)).toBe(true);
    expect(markCovers(a, NO_EVENTS)).toBe(true);
    expect(markCovers(a, { ...a, conflicts: 2 })).toBe(false);
    expect(markCovers(NO_EVENTS, a)).toBe(false);
  });
});

describe('speaker rows', () => {
  it('map to events with the server’s author and time', () => {
    expect(toSpeakerEvents([speakerRow({ Id: 4, SpeakerKind: 'Replik', ReplyTo: 2 })])).toEqual([
      { id: 4, itemId: 12, kind: 'Reply', personId: 101, authorId: 101, refersTo: 2, position: null, at: AT },
    ]);
  });

  it('a clerk asking for a member is about the member, written by the clerk', () => {
    const [e] = toSpeakerEvents([speakerRow({ OnBehalfOfId: 102, AuthorId: 900 })]);
    expect(e).toMatchObject({ personId: 102, authorId: 900 });
  });

  it('keeps the chair’s move with its place', () => {
    const [e] = toSpeakerEvents([speakerRow({ SpeakerKind: 'Flyttad', ReplyTo: 3, Position: 1, AuthorId: 901 })]);
    expect(e).toMatchObject({ kind: 'Moved', refersTo: 3, position: 1, personId: 901 });
  });

  it('maps every Swedish kind', () => {
    const kinds = [
      'Anförande',
      'Replik',
      'Genmäle',
      'Ordningsfråga',
      'Återkallad',
      'Ordet lämnat',
      'Anförande avslutat',
      'Flyttad',
      'Struken',
      'Talarlistan stängd',
      'Talarlistan öppnad',
    ];
    const events = toSpeakerEvents(kinds.map((k, i) => speakerRow({ Id: i + 1, SpeakerKind: k })));
    expect(events.map((e) => e.kind)).toEqual([
      'Speech',
      'Reply',
      'Answer',
      'PointOfOrder',
      'Withdrawn',
      'FloorGiven',
      'SpeechEnded',
      'Moved',
      'Removed',
      'ListClosed',
      'ListOpened',
    ]);
  });

  it('skips rows with an unknown kind or no item', () => {
    const rows = [
      speakerRow({ Id: 1, SpeakerKind: 'Talar' }),
      speakerRow({ Id: 2, SpeakerKind: '' }),
      speakerRow({ Id: 3, AgendaItemId: 0 }),
      speakerRow({ Id: 4, AgendaItemId: null as unknown as number }),
      speakerRow({ Id: 5 }),
    ];
    expect(toSpeakerEvents(rows).map((e) => e.id)).toEqual([5]);
  });

  it('skips a kind that only looks known to a plain object (toString, constructor)', () => {
    const rows = [speakerRow({ Id: 1, SpeakerKind: 'toString' }), speakerRow({ Id: 2, SpeakerKind: 'constructor' })];
    expect(toSpeakerEvents(rows)).toEqual([]);
  });
});

describe('proposal rows', () => {
  it('map to events with kind, text and the server’s author', () => {
    expect(toProposalEvents([proposalRow({ Id: 3 })])).toEqual([
      {
        id: 3,
        itemId: 12,
        kind: 'Made',
        proposalKind: 'Approve',
        text: 'Bifall till förslaget',
        refersTo: null,
        unanimousConsent: false,
        personId: 101,
        authorId: 101,
        at: AT,
      },
    ]);
  });

  it('a clerk recording a support for a member is about the member', () => {
    const [e] = toProposalEvents([
      proposalRow({ ProposalEvent: 'Instämt', ProposalKind: null, ProposalText: null, RefersTo: 3, OnBehalfOfId: 104, AuthorId: 900 }),
    ]);
    expect(e).toMatchObject({ kind: 'Supported', proposalKind: null, text: null, refersTo: 3, personId: 104, authorId: 900 });
  });

  it('an empty text is no text, an unknown proposal kind is null, and consent is read as a flag', () => {
    const [e] = toProposalEvents([
      proposalRow({ ProposalEvent: 'Ändrat', ProposalText: '', ProposalKind: 'Okänt', UnanimousConsent: true }),
    ]);
    expect(e).toMatchObject({ kind: 'Changed', text: null, proposalKind: null, unanimousConsent: true });
  });

  it('maps the lock', () => {
    expect(toProposalEvents([proposalRow({ ProposalEvent: 'Yrkandena låsta', AuthorId: 901 })])[0]).toMatchObject({
      kind: 'Locked',
      personId: 901,
    });
  });

  it('an inherited property name as the proposal kind is no kind (toString, constructor)', () => {
    const events = toProposalEvents([
      proposalRow({ Id: 1, ProposalKind: 'toString' }),
      proposalRow({ Id: 2, ProposalKind: 'constructor' }),
    ]);
    expect(events.map((e) => e.proposalKind)).toEqual([null, null]);
  });

  it('skips rows with an unknown event or no item', () => {
    const rows = [proposalRow({ Id: 1, ProposalEvent: 'Föreslaget' }), proposalRow({ Id: 2, AgendaItemId: 0 }), proposalRow({ Id: 3 })];
    expect(toProposalEvents(rows).map((e) => e.id)).toEqual([3]);
  });
});

describe('the live state row', () => {
  it('maps the Swedish phase, the pointers and the mark', () => {
    expect(toLiveState(liveRow({ 'odata.etag': '"3"' }))).toEqual({
      id: 7,
      etag: '"3"',
      revision: 5,
      phase: 'Debate',
      currentItemId: 12,
      currentSpeakerId: 40,
      openVoteId: null,
      turnout: null,
      voteMark: 0,
      mark: { speakers: 4, proposals: 2, attendance: 9, conflicts: 1 },
      modified: AT,
      authorId: 900,
      editorId: 901,
    });
  });

  it('maps every phase, and an unknown one to not started', () => {
    const phases = ['Ej startat', 'Upprop', 'Överläggning', 'Beslut', 'Votering', 'Ajournerat', 'Avslutat', 'Paus'];
    expect(phases.map((Phase) => toLiveState(liveRow({ Phase })).phase)).toEqual([
      'NotStarted',
      'RollCall',
      'Debate',
      'Decision',
      'Voting',
      'Adjourned',
      'Ended',
      'NotStarted',
    ]);
  });

  it('reads the ETag from odata.etag or __metadata.etag, else *', () => {
    expect(toLiveState(liveRow({ 'odata.etag': '"4"' })).etag).toBe('"4"');
    expect(toLiveState(liveRow({ __metadata: { etag: '"5"' } })).etag).toBe('"5"');
    expect(toLiveState(liveRow({ 'odata.etag': '"4"', __metadata: { etag: '"5"' } })).etag).toBe('"4"');
    expect(toLiveState(liveRow()).etag).toBe('*');
  });

  it('a fresh row has revision 0, no pointers and no events seen', () => {
    const s = toLiveState(liveRow({ Revision: null, CurrentItem: null, CurrentSpeaker: null, EventMark: null }));
    expect(s).toMatchObject({ revision: 0, currentItemId: null, currentSpeakerId: null, mark: NO_EVENTS });
  });
});

describe("the body's debate rules", () => {
  it('default to two replies, no speech limit, 120 s replies, 60 s answers, substitutes silent', () => {
    expect(toDebateRules(body())).toEqual({
      maxRepliesPerSpeech: 2,
      speechSeconds: 0,
      replySeconds: 120,
      answerSeconds: 60,
      substitutesMaySpeak: false,
      eliminationTieByLot: false,
    });
  });

  it("take the body's settings, 0 included, and default negatives", () => {
    const rules = toDebateRules(
      body({
        MaxRepliesPerSpeech: 0,
        SpeechSeconds: 300,
        ReplySeconds: 90,
        RejoinderSeconds: -1,
        SubstitutesMaySpeak: true,
        EliminationTieByLot: true,
      }),
    );
    expect(rules).toEqual({
      maxRepliesPerSpeech: 0,
      speechSeconds: 300,
      replySeconds: 90,
      answerSeconds: 60,
      substitutesMaySpeak: true,
      eliminationTieByLot: true,
    });
  });

  it('clerks come as an array or as verbose { results }', () => {
    expect(clerkIdsOf(body({ ClerksId: [1, 2] }))).toEqual([1, 2]);
    expect(clerkIdsOf(body({ ClerksId: { results: [1, 2] } }))).toEqual([1, 2]);
    expect(clerkIdsOf(body({ ClerksId: null }))).toEqual([]);
    expect(clerkIdsOf(body({ ClerksId: {} as { results: number[] } }))).toEqual([]);
  });
});
