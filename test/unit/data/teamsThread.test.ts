import { teamsThreadId } from '../../../src/data/teamsThread';

const THREAD = '19:meeting_NjM4ZTk3YjEtZGQ2Ny00YjM5LWE3NTAtNjc4ZWU3ZDg4OTk0@thread.v2';
const CONTEXT = '%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%2255c0e7a6-5d4b-4a1e-9d3c-2d1f4e4a8b11%22%7d';
const join = (encodedThread: string) => `https://teams.microsoft.com/l/meetup-join/${encodedThread}/0?context=${CONTEXT}`;

describe("a Teams meeting's chat id from its join link", () => {
  it('is decoded from a real join link', () => {
    expect(teamsThreadId(join('19%3ameeting_NjM4ZTk3YjEtZGQ2Ny00YjM5LWE3NTAtNjc4ZWU3ZDg4OTk0%40thread.v2'))).toBe(THREAD);
  });

  it('takes upper-case percent-encoding too', () => {
    expect(teamsThreadId(join('19%3Ameeting_NjM4ZTk3YjEtZGQ2Ny00YjM5LWE3NTAtNjc4ZWU3ZDg4OTk0%40thread.v2'))).toBe(THREAD);
  });

  it('works without the context and trailing part', () => {
    expect(teamsThreadId('https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2')).toBe('19:meeting_abc@thread.v2');
  });

  it('reads a channel meeting thread (tacv2) and an old skype thread', () => {
    expect(teamsThreadId(join('19%3a4f3b2c1d0e%40thread.tacv2'))).toBe('19:4f3b2c1d0e@thread.tacv2');
    expect(teamsThreadId(join('19%3ameeting_x%40thread.skype'))).toBe('19:meeting_x@thread.skype');
  });

  it('is null for no link', () => {
    expect(teamsThreadId(null)).toBeNull();
    expect(teamsThreadId(undefined)).toBeNull();
    expect(teamsThreadId('')).toBeNull();
  });

  it('is null for links that are not Teams meeting links', () => {
    for (const url of [
      'https://zoom.us/j/123456789',
      'https://teams.microsoft.com/meet/3456789012345?p=abcDEF',
      'https://teams.microsoft.com/l/channel/19%3aabc%40thread.tacv2/General',
      'https://intranet.example.se/moten/3',
    ])
      expect(teamsThreadId(url)).toBeNull();
  });

  it('is null when the id is not a thread id', () => {
    for (const id of [
      '19%3ameeting_abc%40example.com',
      'meeting_abc%40thread.v2',
      '20%3ameeting_abc%40thread.v2',
      '19%3a%40thread.v2',
      '19%3ameet%20ing%40thread.v2',
    ])
      expect(teamsThreadId(join(id))).toBeNull();
  });

  it('is null for malformed percent-encoding', () => {
    expect(teamsThreadId(join('19%3ameeting_%E0%A4%A%40thread.v2'))).toBeNull();
    expect(teamsThreadId(join('19%3ameeting_abc%40thread.v2%'))).toBeNull();
  });
});
