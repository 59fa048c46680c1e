import { ballotKey, ballotRandom, keyNames, parseBallotKey } from '../../../../src/domain/voting/ballotKey';

describe('the ballot key', () => {
  it('is <voteId>:<voterId>:<random> and parses back', () => {
    const key = ballotKey(7, 101, 'aZ09_-xy');
    expect(key).toBe('7:101:aZ09_-xy');
    expect(parseBallotKey(key)).toEqual({ voteId: 7, voterId: 101, random: 'aZ09_-xy' });
  });

  it.each([
    [0, 101, 'abcdefgh'],
    [7, -1, 'abcdefgh'],
    [7, 1.5, 'abcdefgh'],
    [7, 101, 'short'],
    [7, 101, 'has:colon'],
  ])('refuses to build %p:%p:%p, which would not parse', (voteId, voterId, random) => {
    expect(() => ballotKey(voteId, voterId, random)).toThrow(RangeError);
  });

  it('gets its random part from 16 random bytes, as hex the key accepts', () => {
    const r = ballotRandom(Uint8Array.from({ length: 16 }, (_, i) => i * 17));
    expect(r).toBe('00112233445566778899aabbccddeeff');
    expect(parseBallotKey(ballotKey(1, 2, r))).not.toBeNull();
    expect(() => ballotRandom(new Uint8Array(8))).toThrow(RangeError);
  });
});

describe('parsing a key is strict', () => {
  it.each([
    ['7:101:abcdefgh', { voteId: 7, voterId: 101, random: 'abcdefgh' }],
    ['7:101:' + 'a'.repeat(40), { voteId: 7, voterId: 101, random: 'a'.repeat(40) }],
    ['7:101:' + 'a'.repeat(41), null],
    ['7:101:abcdefg', null],
    ['7:101', null],
    ['7:101:abcdefgh:x', null],
    ['7:101:abcd efgh', null],
    ['7:101:abcdéfgh', null],
    ['0:101:abcdefgh', null],
    ['7:0:abcdefgh', null],
    ['-7:101:abcdefgh', null],
    ['+7:101:abcdefgh', null],
    ['07:101:abcdefgh', null],
    ['7:1e2:abcdefgh', null],
    ['7.0:101:abcdefgh', null],
    [' 7:101:abcdefgh', null],
    ['7:101:abcdefgh\n', null],
    ['7:99999999999999999999:abcdefgh', null],
    ['', null],
  ])('%p → %p', (key, parsed) => {
    expect(parseBallotKey(key)).toEqual(parsed);
  });
});

describe('a key names a vote and an author', () => {
  it.each([
    ['7:101:abcdefgh', 7, 101, true],
    ['7:101:abcdefgh', 8, 101, false],
    // someone else's name in the key: the ballot's server-stamped author decides
    ['7:102:abcdefgh', 7, 101, false],
    ['7:101', 7, 101, false],
  ])('%p names vote %p and author %p: %p', (key, voteId, authorId, names) => {
    expect(keyNames(key, voteId, authorId)).toBe(names);
  });
});
